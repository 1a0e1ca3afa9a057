"""研修: the year's courses and drills on the left; the chosen one on the right, by department,
person by person, by session, and (drills) by outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.fiscal import fiscal_year, fiscal_year_label
from secdesk.domain.roles import Permission
from secdesk.domain.training import CourseKind, format_rate, kind_label, rule_label
from secdesk.gui.i18n import tr
from secdesk.gui.training.actions import TrainingActions
from secdesk.gui.training.people import PeopleTab
from secdesk.gui.training.views import DepartmentTab, DrillTab, SessionsTab
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.list_page import ListPage
from secdesk.gui.widgets.section import Section
from secdesk.gui.widgets.state_style import COLOURS, state_word
from secdesk.i18n import language
from secdesk.services.core.listing import ListQuery

TABS = ("departments", "people", "sessions", "drill")


class TrainingSection(TrainingActions, Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.course = None
        self.summary = None
        can_edit = ctx.actor.can(Permission.EDIT_TRAINING)
        can_export = ctx.actor.can(Permission.EXPORT)

        # Top: the fiscal year and what concerns the whole year.
        self.year = QComboBox(self)
        self.year.setObjectName("training_year")
        self.year.setAccessibleName(tr("年度"))
        year_label = QLabel(tr("年度(&Y)"), self)
        year_label.setBuddy(self.year)
        self.new_button = QPushButton(tr("研修を追加 (Ctrl+N)"), self)
        self.edit_button = QPushButton(tr("研修を編集…"), self)
        self.withdraw_button = QPushButton(tr("研修を取消…"), self)
        self.export_button = QPushButton(tr("年度の受講状況を書き出し…"), self)
        self.report_button = QPushButton(tr("報告書（PDF）…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_course)
        self.withdraw_button.clicked.connect(self.withdraw_course)
        self.export_button.clicked.connect(self.export_year)
        self.report_button.clicked.connect(self.write_report)
        for button in (self.new_button, self.edit_button, self.withdraw_button):
            button.setVisible(can_edit)
        for button in (self.export_button, self.report_button):
            button.setVisible(can_export)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        for button in (self.new_button, self.edit_button, self.withdraw_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.report_button)

        # Left: the courses of the year.
        self.courses = ListPage(
            ctx,
            ctx.services.training.courses.list_source(),
            "courses",
            tr("研修コード・研修名で検索"),
            self,
            default_sort="due_date",
        )
        self.courses.selection_changed.connect(self.select_course)
        self.courses.opened.connect(lambda _id: self.edit_course())

        # Right: the chosen course.
        self.header = QLabel(tr("左の一覧から研修を選んでください。"), self)
        self.header.setObjectName("course_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.entry_button = QPushButton(tr("職員番号で記録… (F2)"), self)
        self.tick_button = QPushButton(tr("所属の名簿で記録…"), self)
        self.import_button = QPushButton(tr("受講結果の取り込み…"), self)
        self.gophish_button = QPushButton(tr("GoPhish 結果の取り込み…"), self)
        self.entry_button.clicked.connect(self.fast_entry)
        self.tick_button.clicked.connect(self.tick_entry)
        self.import_button.clicked.connect(self.import_attendance)
        self.gophish_button.clicked.connect(self.import_gophish)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=self.fast_entry)
        record_bar = QHBoxLayout()
        for button in (
            self.entry_button,
            self.tick_button,
            self.import_button,
            self.gophish_button,
        ):
            button.setVisible(can_edit)
            record_bar.addWidget(button)
        record_bar.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("course_tabs")
        self.departments = DepartmentTab(self)
        self.departments.department_opened.connect(self.open_department)
        self.people = PeopleTab(ctx, self)
        self.people.person_opened.connect(self.open_person)
        self.people.override_requested.connect(self.edit_override)
        self.people.withdraw_override_requested.connect(self.withdraw_override)
        self.people.withdraw_attendance_requested.connect(self.withdraw_attendance)
        self.people.export_requested.connect(self.export_non_completers)
        self.sessions = SessionsTab(ctx, self)
        self.sessions.add_requested.connect(lambda: self.edit_session(None))
        self.sessions.edit_requested.connect(self.edit_session)
        self.sessions.withdraw_requested.connect(self.withdraw_session)
        self.drill = DrillTab(ctx, self)
        self.drill.follow_up_requested.connect(self.assign_follow_up)
        self.drill.clickers.opened.connect(self.open_person)
        for table in (self.departments.table, self.sessions.table, self.drill.table):
            table.restore_widths(ctx.settings)
        self.tabs.addTab(self.departments, tr("所属別の受講状況"))
        self.tabs.addTab(self.people, tr("対象者・未完了者"))
        self.tabs.addTab(self.sessions, tr("日程"))
        self.tabs.addTab(self.drill, tr("訓練結果"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addLayout(record_bar)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.courses)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._fill_years()
        self.year.currentIndexChanged.connect(lambda *_: self._year_changed())
        self._year_changed()
        self._show_course(None)

    # --- the year and its courses -----------------------------------------------------------

    def _fill_years(self, wanted: int | None = None) -> None:
        current = fiscal_year(self.ctx.services.clock.today())
        years = set(self.ctx.services.training.courses.fiscal_years(self.ctx.actor))
        years |= {current, current + 1}
        keep = wanted or self.year.currentData() or current
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years | {keep}, reverse=True):
            self.year.addItem(fiscal_year_label(year, language()), year)
        self.year.setCurrentIndex(max(self.year.findData(keep), 0))
        self.year.blockSignals(False)

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def _year_changed(self) -> None:
        self.courses.set_base_query(ListQuery().with_filters(fiscal_year=self.selected_year()))
        if self.course is not None and self.course.fiscal_year != self.selected_year():
            self._show_course(None)

    def select_course(self, course_id: int | None) -> None:
        if course_id is None:
            return
        if self.course is not None and self.course.id == course_id and self.summary is not None:
            return
        self.load_course(course_id)

    def load_course(self, course_id: int, then=None) -> None:
        actor, training = self.ctx.actor, self.ctx.services.training

        def load(_progress):
            course = training.courses.get(actor, course_id)
            summary = training.status.course_summary(actor, course_id)
            sessions = training.sessions.of_course(actor, course_id)
            drill = (
                training.drills.summary(actor, course_id)
                if course.kind == CourseKind.PHISHING
                else None
            )
            return course, summary, sessions, drill

        def loaded(result) -> None:
            self._loaded(*result)
            if then is not None:
                then()

        self.ctx.runner.read(load, loaded, lambda e: show_error(self, e))

    def _loaded(self, course, summary, sessions, drill) -> None:
        self._show_course(course, summary, drill)
        self.departments.show_summary(summary)
        self.sessions.show_sessions(sessions)
        if drill is not None:
            self.drill.show_drill(drill)
        departments = [(f"{d.code} {d.name}", d.department_id) for d in summary.departments]
        self.people.set_course(course, departments)

    def _show_course(self, course, summary=None, drill_summary=None) -> None:
        self.course, self.summary = course, summary
        has = course is not None
        drill = has and course.kind == CourseKind.PHISHING
        editable = has and not course.withdrawn
        for button in (self.edit_button, self.withdraw_button):
            button.setEnabled(has)
        self.entry_button.setEnabled(editable and not drill)
        self.tick_button.setEnabled(editable and not drill)
        self.import_button.setEnabled(editable and not drill)
        self.gophish_button.setEnabled(editable and drill)
        self.tabs.setTabEnabled(TABS.index("drill"), drill)
        self.tabs.setTabEnabled(TABS.index("sessions"), has and not drill)
        self.tabs.setEnabled(has)
        if not has:
            self.header.setText(tr("左の一覧から研修を選んでください。"))
            return
        if summary is None:
            return
        withdrawn = tr("（取消）") if course.withdrawn else ""
        title = (
            f"<div style='font-size:13pt;font-weight:bold'>{course.code} {course.title}"
            f"{withdrawn}</div>"
        )
        if drill:
            counts = drill_summary.counts if drill_summary else None
            figures = (
                tr(
                    "送信 {sent:,} 名　開封率 {opened}　クリック率 {clicked}　報告率 {reported}"
                ).format(
                    sent=counts.sent,
                    opened=format_rate(counts.rate("opened")),
                    clicked=format_rate(counts.rate("clicked")),
                    reported=format_rate(counts.rate("reported")),
                )
                if counts and counts.sent
                else tr("結果はまだ取り込まれていません（GoPhish 結果の取り込み）。")
            )
            held = tr("{kind}・実施日 {day}").format(
                kind=kind_label(course.kind), day=course.due_date.isoformat()
            )
            self.header.setText(f"{title}<div>{held}</div><div><b>{figures}</b></div>")
            return
        word = state_word(summary.state)
        colour = COLOURS.get(summary.state or "", "#1f2d3d")
        days = (
            tr("期限まであと {n} 日").format(n=summary.days_left)
            if summary.days_left >= 0
            else tr("期限を {n} 日過ぎています").format(n=-summary.days_left)
        )
        facts = tr("{kind}・対象: {rule}・期限日 {due}（{days}）").format(
            kind=kind_label(course.kind),
            rule=rule_label(course.target_rule),
            due=course.due_date.isoformat(),
            days=days,
        )
        rate = tr("受講率 {rate}").format(rate=format_rate(summary.rate))
        self.header.setText(
            f"{title}<div>{facts}</div><div style='color:{colour}'><b>{rate}</b>　"
            + tr(
                "完了 {done:,} / 対象 {due:,} 名（免除 {exempt:,}）　目標 {target}%　目標未達の所属 {below}"
            ).format(
                done=summary.completed,
                due=summary.target - summary.exempt,
                exempt=summary.exempt,
                target=course.target_rate,
                below=len(summary.below_target),
            )
            + (f"　<b>{word}</b>" if word else "")
            + "</div>"
        )

    # --- Section ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_years()
        self.courses.refresh()
        if self.course is not None:
            self.load_course(self.course.id)

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.people and self.course is not None:
            self.people.list.focus_search()
        else:
            self.courses.focus_search()

    def show_filtered(self, **filters) -> None:
        """Dashboard tiles lead here: a year, or a course and the tab behind a number."""
        course_id = filters.get("course_id")
        if course_id is None:
            if filters.get("fiscal_year"):
                self._fill_years(int(filters["fiscal_year"]))
                self._year_changed()
            return
        course = self.ctx.services.training.courses.get(self.ctx.actor, int(course_id))
        self._fill_years(course.fiscal_year)
        self._year_changed()
        self.courses.select_id(course.id)
        tab = filters.get("tab", "departments")

        def open_tab() -> None:
            self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
            self.departments.below_only.setChecked(bool(filters.get("below_target")))
            if tab == "people":
                self.people.show_filtered(filters.get("status"), filters.get("department"))

        self.load_course(course.id, open_tab)

    def open_department(self, department_id) -> None:
        """From a department row to its people still to complete."""
        self.tabs.setCurrentWidget(self.people)
        self.people.show_filtered("incomplete", department_id)
        self.people.list.table.setFocus()

    def save_layout(self) -> None:
        self.courses.save_layout()
        self.people.list.save_layout()
        self.drill.clickers.save_layout()
        for table in (self.departments.table, self.sessions.table, self.drill.table):
            table.save_widths(self.ctx.settings)
