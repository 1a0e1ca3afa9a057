"""Edit dialogs of the training register: a course, a session, a person's override, and the
follow-up course for a drill's clickers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from secdesk.domain.errors import Problem, ValidationError
from secdesk.domain.fiscal import fiscal_year, fiscal_year_bounds
from secdesk.domain.training import (
    DEFAULT_RULES,
    KIND_LABELS,
    MODE_LABELS,
    RULE_LABELS,
    CourseKind,
    OverrideMode,
    TargetRule,
)
from secdesk.gui.i18n import tr
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import FormDialog, get_date, set_date
from secdesk.services.training.courses import CourseInfo, CourseInput
from secdesk.services.training.sessions import SessionInfo, SessionInput


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CourseDialog(FormDialog):
    """A course or drill of one fiscal year, with the rule that decides who must attend."""

    def __init__(
        self,
        ctx,
        course: CourseInfo | None,
        employment_types,
        parent: QWidget | None = None,
        fiscal_year_hint: int | None = None,
        preset: dict | None = None,
    ) -> None:
        super().__init__(
            "course", tr("研修の編集") if course else tr("研修の追加"), ctx.runner, parent
        )
        self.ctx = ctx
        self.course = course
        self.follow_up_of = (preset or {}).get("follow_up_of")
        self.year = self.field("fiscal_year", QSpinBox)
        self.code = self.field("code", QLineEdit)
        self.title_edit = self.field("title", QLineEdit)
        self.kind = self.field("kind", QComboBox)
        self.due = self.field("due_date", QDateEdit)
        self.rule = self.field("target_rule", QComboBox)
        self.employment = self.field("target_employment_type_id", QComboBox)
        self.joined = self.field("target_joined_after", QDateEdit)
        self.rate = self.field("target_rate", QSpinBox)
        self.notes = self.field("notes", QPlainTextEdit)
        self.joined.setMinimumDate(QDate(2000, 1, 1))
        self.notes.setMaximumHeight(90)
        fill_combo(self.kind, [(tr(label), kind.value) for kind, label in KIND_LABELS.items()])
        fill_combo(self.rule, [(tr(label), rule.value) for rule, label in RULE_LABELS.items()])
        fill_combo(
            self.employment, [(t.name, t.id) for t in employment_types], tr("（すべての雇用区分）")
        )
        today = ctx.services.clock.today()
        if course is not None:
            self.year.setValue(course.fiscal_year)
            self.code.setText(course.code)
            self.title_edit.setText(course.title)
            select_data(self.kind, course.kind)
            self.due.setDate(_qdate(course.due_date))
            select_data(self.rule, course.target_rule)
            select_data(self.employment, course.target_employment_type_id)
            set_date(
                self.joined,
                course.target_joined_after or fiscal_year_bounds(course.fiscal_year)[0],
            )
            self.rate.setValue(course.target_rate)
            self.notes.setPlainText(course.notes)
        else:
            preset = preset or {}
            year = preset.get("fiscal_year") or fiscal_year_hint or fiscal_year(today)
            self.year.setValue(year)
            self.code.setText(preset.get("code", ""))
            self.title_edit.setText(preset.get("title", ""))
            select_data(self.kind, preset.get("kind", CourseKind.ALL_STAFF.value))
            due = preset.get("due_date") or min(
                max(today, fiscal_year_bounds(year)[0]), fiscal_year_bounds(year)[1]
            )
            self.due.setDate(_qdate(due))
            select_data(self.rule, DEFAULT_RULES[CourseKind(self.kind.currentData())].value)
            set_date(self.joined, fiscal_year_bounds(year)[0])
            self.rate.setValue(100)
            self.kind.currentIndexChanged.connect(self._kind_changed)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()
        self.dirty = False
        self.resize(600, self.sizeHint().height())

    def _kind_changed(self) -> None:
        select_data(self.rule, DEFAULT_RULES[CourseKind(self.kind.currentData())].value)

    def _rule_changed(self) -> None:
        rule = self.rule.currentData()
        self.employment.setEnabled(rule == TargetRule.ALL)
        self.joined.setEnabled(rule == TargetRule.JOINED_AFTER)

    def collect(self) -> CourseInput:
        return CourseInput(
            fiscal_year=self.year.value(),
            code=self.code.text(),
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            due_date=self.due.date().toPython(),
            target_rule=self.rule.currentData(),
            target_employment_type_id=self.employment.currentData(),
            target_joined_after=get_date(self.joined),
            target_rate=self.rate.value(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: CourseInput) -> CourseInfo:
        courses = self.ctx.services.training.courses
        if self.course is None:
            return courses.create(self.ctx.actor, data, follow_up_of=self.follow_up_of)
        return courses.update(self.ctx.actor, self.course.id, self.course.version, data)


class SessionDialog(FormDialog):
    def __init__(
        self, ctx, course_id: int, session: SessionInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "course_session",
            tr("日程の編集") if session else tr("日程の追加"),
            ctx.runner,
            parent,
        )
        self.ctx = ctx
        self.course_id = course_id
        self.session = session
        self.held_on = self.field("held_on", QDateEdit)
        self.start_time = self.field("start_time", QLineEdit)
        self.place = self.field("place", QLineEdit)
        self.online = self.field("online", QCheckBox)
        self.capacity = self.field("capacity", QSpinBox)
        if session is not None:
            self.held_on.setDate(_qdate(session.held_on))
            self.start_time.setText(session.start_time)
            self.place.setText(session.place)
            self.online.setChecked(session.online)
            self.capacity.setValue(session.capacity or 0)
        else:
            self.held_on.setDate(_qdate(ctx.services.clock.today()))
        self.dirty = False
        self.resize(480, self.sizeHint().height())

    def collect(self) -> SessionInput:
        return SessionInput(
            self.held_on.date().toPython(),
            self.start_time.text(),
            self.place.text(),
            self.online.isChecked(),
            self.capacity.value() or None,
        )

    def submit(self, data: SessionInput) -> SessionInfo:
        sessions = self.ctx.services.training.sessions
        if self.session is None:
            return sessions.create(self.ctx.actor, self.course_id, data)
        return sessions.update(self.ctx.actor, self.session.id, self.session.version, data)


class OverrideDialog(FormDialog):
    """Exempt someone (with a reason), take them out of the target, or add someone."""

    def __init__(
        self,
        ctx,
        course_id: int,
        reasons: list[str],
        parent: QWidget | None = None,
        staff_number: str = "",
        mode: OverrideMode = OverrideMode.EXEMPT,
    ) -> None:
        super().__init__("training_override", tr("対象者の個別指定"), ctx.runner, parent)
        self.ctx = ctx
        self.course_id = course_id
        self.number = self.field("staff_number", QLineEdit)
        self.mode = self.field("mode", QComboBox)
        self.reason = self.field("reason", QComboBox)
        fill_combo(self.mode, [(tr(label), m.value) for m, label in MODE_LABELS.items()])
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(-1)
        self.number.setText(staff_number)
        if staff_number:
            self.number.setReadOnly(True)
        select_data(self.mode, mode.value)
        self.reason.setMinimumWidth(240)
        self.dirty = False
        self.resize(500, self.sizeHint().height())

    def collect(self) -> tuple[str, str, str]:
        return self.number.text(), self.mode.currentData(), self.reason.currentText()

    def submit(self, data: tuple[str, str, str]):
        number, mode, reason = data
        staff = self.ctx.services.staff.find_by_number(self.ctx.actor, number)
        if staff is None:
            raise ValidationError(
                Problem(
                    tr("職員番号「{n}」の職員は登録されていません。").format(n=number),
                    "staff_number",
                )
            )
        return self.ctx.services.training.attendance.set_override(
            self.ctx.actor, self.course_id, staff.id, OverrideMode(mode), reason
        )


class FollowUpDialog(FormDialog):
    """Put a drill's clickers on a follow-up course (an existing one, or a new one)."""

    def __init__(self, ctx, drill: CourseInfo, courses: list[CourseInfo], parent=None) -> None:
        super().__init__("follow_up", tr("フォローアップ研修の割り当て"), ctx.runner, parent)
        self.ctx = ctx
        self.drill = drill
        self.course = self.field("course_id", QComboBox)
        self.submitted_only = self.field("submitted_only", QCheckBox)
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("割り当てる (Ctrl+S)"))
        self.new_button = QPushButton(tr("新しい研修を作成…"), self)
        self.new_button.setObjectName("new_follow_up_course")
        self.new_button.clicked.connect(self.new_course)
        row = self.form.findChild(QFormLayout, "fields")
        row.addRow("", self.new_button)
        choices = [c for c in courses if c.kind != CourseKind.PHISHING and not c.withdrawn]
        # The course made for this drill's clickers, if there is one, is the likely choice.
        made_for = next((c.id for c in choices if c.follow_up_of_id == drill.id), None)
        self._fill(choices, made_for)
        self.dirty = False
        self.resize(560, self.sizeHint().height())

    def _fill(self, courses: list[CourseInfo], select: int | None = None) -> None:
        fill_combo(self.course, [(c.label, c.id) for c in courses])
        if select is not None:
            select_data(self.course, select)

    def new_course(self) -> None:
        types = self.ctx.services.departments.employment_types(self.ctx.actor)
        dialog = CourseDialog(
            self.ctx,
            None,
            types,
            self,
            preset={
                "fiscal_year": self.drill.fiscal_year,
                "kind": CourseKind.OTHER.value,
                "title": tr("標的型攻撃メール訓練 フォローアップ研修"),
                "follow_up_of": self.drill.id,
            },
        )
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        dialog.open()
        self.course_dialog = dialog  # tests reach the open dialog here

    def _created(self, course: CourseInfo) -> None:
        courses = self.ctx.services.training.courses.of_year(self.ctx.actor, self.drill.fiscal_year)
        self._fill([c for c in courses if c.kind != CourseKind.PHISHING], course.id)

    def collect(self) -> tuple[int | None, bool]:
        course_id = self.course.currentData()
        if course_id is None:
            raise ValidationError(Problem(tr("割り当てる研修を選んでください。"), "course_id"))
        return course_id, self.submitted_only.isChecked()

    def submit(self, data: tuple[int, bool]) -> int:
        course_id, submitted_only = data
        return self.ctx.services.training.drills.assign_follow_up(
            self.ctx.actor, self.drill.id, course_id, submitted_only
        )
