"""Recording attendance in seconds per person.

Fast entry is keyboard first: the cursor stays in the staff-number field, Enter (or the
scanner's Enter) records, the running list shows whom each number matched, an unknown number
says so in red, and Ctrl+Z withdraws the last record. The department list is for ticking
people off a sign-in sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.timezone import format_local
from secdesk.domain.training import PersonStatus, status_label
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.state_style import COLOURS
from secdesk.services.core.listing import STATE_DUE_SOON, STATE_OVERDUE
from secdesk.services.training.attendance import (
    ALREADY,
    RECORDED,
    UNKNOWN,
    UPDATED,
    EntryResult,
)

OK_COLOUR = "#1d6b35"


def _session_row(form: QFormLayout, parent: QWidget, ctx, course, today) -> tuple:
    """The date and (optional) session fields both entry screens share."""
    day = QDateEdit(parent)
    day.setObjectName("entry_date")
    day.setCalendarPopup(True)
    day.setDisplayFormat("yyyy-MM-dd")
    day.setDate(QDate(today.year, today.month, today.day))
    day.setAccessibleName(tr("受講日"))
    sessions = QComboBox(parent)
    sessions.setObjectName("entry_session")
    sessions.setAccessibleName(tr("日程"))
    sessions.addItem(tr("（日程を指定しない）"), None)
    for session in ctx.services.training.sessions.of_course(ctx.actor, course.id):
        sessions.addItem(session.label, session)

    def chosen() -> None:
        session = sessions.currentData()
        if session is not None:
            day.setDate(QDate(session.held_on.year, session.held_on.month, session.held_on.day))

    sessions.currentIndexChanged.connect(chosen)
    date_label = QLabel(tr("受講日(&D)"), parent)
    date_label.setBuddy(day)
    session_label = QLabel(tr("日程(&S)"), parent)
    session_label.setBuddy(sessions)
    form.addRow(session_label, sessions)
    form.addRow(date_label, day)
    return day, sessions


class FastEntryDialog(QDialog):
    """Staff numbers one after another; each entry shows at once whom it matched."""

    def __init__(self, ctx, course, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.setWindowTitle(tr("職員番号で受講を記録 — {course}").format(course=course.label))
        self.resize(760, 560)
        self.recorded: list[int] = []  # attendance ids this window recorded, for Undo
        self.count = 0
        # Other views refresh once, when the window closes, not after every scan.
        self.changed = False
        self.finished.connect(self._closed)
        heading = QLabel(course.label, self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        form = QFormLayout()
        self.day, self.sessions = _session_row(form, self, ctx, course, ctx.services.clock.today())
        self.number = QLineEdit(self)
        self.number.setObjectName("entry_number")
        self.number.setAccessibleName(tr("職員番号"))
        self.number.setPlaceholderText(tr("職員番号を入力（または読み取り）して Enter"))
        self.number.setStyleSheet("font-size: 16pt; padding: 4px;")
        self.number.returnPressed.connect(self.submit)
        number_label = QLabel(tr("職員番号(&N)"), self)
        number_label.setBuddy(self.number)
        form.addRow(number_label, self.number)
        self.feedback = QLabel(tr("全角の数字でも入力できます。"), self)
        self.feedback.setObjectName("entry_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet("font-size: 12pt;")
        self.feedback.setAccessibleName(tr("入力の結果"))
        self.log = QTableWidget(0, 5, self)
        self.log.setObjectName("entry_log")
        self.log.setAccessibleName(tr("この画面で入力した職員"))
        self.log.setHorizontalHeaderLabels(
            [tr("時刻"), tr("職員番号"), tr("氏名"), tr("所属"), tr("結果")]
        )
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor belongs in the number field
        self.log.verticalHeader().hide()
        self.log.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 100, 140, 150)):
            self.log.setColumnWidth(column, width)
        self.counter = QLabel(self)
        self.counter.setObjectName("entry_counter")
        self.undo_button = QPushButton(tr("直前の記録を取り消す (Ctrl+Z)"), self)
        self.undo_button.setObjectName("entry_undo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("閉じる"))
        close.rejected.connect(self.reject)
        # Enter belongs to the number field: no button may be the dialog's default, or each scan
        # would also press it (QLineEdit passes Return on to the dialog after returnPressed).
        for button in (self.undo_button, *close.buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.log, 1)
        layout.addLayout(bottom)
        self._update_counter()
        self.number.setFocus()

    def _closed(self, _result: int) -> None:
        # Slots here return nothing: PySide mishandles a slot's returned bool (a crash at exit).
        if self.changed:
            self.ctx.hub.changed.emit("attendance")

    def submit(self) -> None:
        text = self.number.text().strip()
        if not text:
            return
        self.number.clear()  # the next scan may begin while this one is saved
        self.number.setFocus()
        session = self.sessions.currentData()
        day = self.day.date().toPython()
        actor, service = self.ctx.actor, self.ctx.services.training.attendance
        self.ctx.runner.write(
            lambda _p: service.record_by_number(
                actor, self.course.id, text, day, session.id if session else None
            ),
            self._entered,
            self._failed,
        )

    def _entered(self, result: EntryResult) -> None:
        if result.outcome == RECORDED and result.attendance_id is not None:
            self.recorded.append(result.attendance_id)
            self.count += 1
        ok = result.outcome != UNKNOWN
        mark, colour = {
            RECORDED: ("✔", OK_COLOUR),
            UPDATED: ("✔", OK_COLOUR),
            ALREADY: ("ℹ", COLOURS[STATE_DUE_SOON]),
        }.get(result.outcome, ("⚠", COLOURS[STATE_OVERDUE]))
        who = f"{result.name}（{result.department}）" if result.name else result.number
        self.feedback.setText(
            f"{mark} {who}: {result.message}" if ok else f"{mark} {result.message}"
        )
        self.feedback.setStyleSheet(f"font-size: 12pt; color: {colour};")
        self.log.insertRow(0)
        values = (
            format_local(self.ctx.services.clock.now(), with_seconds=True)[11:],
            result.number,
            result.name,
            result.department,
            result.message,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if result.outcome != RECORDED:
                item.setForeground(QColor(colour))
            self.log.setItem(0, column, item)
        self._update_counter()
        self.changed = self.changed or result.outcome != UNKNOWN

    def _failed(self, error: BaseException) -> None:
        self.feedback.setText("⚠ " + str(error))
        self.feedback.setStyleSheet(f"font-size: 12pt; color: {COLOURS[STATE_OVERDUE]};")
        show_error(self, error)

    def undo(self) -> None:
        if not self.recorded:
            self.feedback.setText(tr("取り消せる記録はありません。"))
            return
        attendance_id = self.recorded.pop()
        actor, service = self.ctx.actor, self.ctx.services.training.attendance
        self.ctx.runner.write(
            lambda _p: service.withdraw(actor, attendance_id, tr("入力の取り消し")),
            lambda _r: self._undone(),
            self._failed,
        )

    def _undone(self) -> None:
        self.count -= 1
        self.feedback.setText(tr("直前の記録を取り消しました。"))
        self.feedback.setStyleSheet("font-size: 12pt;")
        for row in range(self.log.rowCount()):
            item = self.log.item(row, 4)
            if (
                item is not None
                and not item.text().startswith(tr("（取消）"))
                and self.log.item(row, 2).text()
            ):
                item.setText(tr("（取消）") + item.text())
                break
        self._update_counter()
        self.changed = True
        self.number.setFocus()

    def _update_counter(self) -> None:
        self.counter.setText(tr("この画面で記録した人数: {n} 名").format(n=self.count))


class TickDialog(QDialog):
    """A department's people for this course: tick who attended (Space toggles), then save."""

    def __init__(self, ctx, course, departments: list[tuple[str, int]], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.setWindowTitle(tr("所属の名簿で受講を記録 — {course}").format(course=course.label))
        self.resize(640, 560)
        self.entries = []
        form = QFormLayout()
        self.department = QComboBox(self)
        self.department.setObjectName("tick_department")
        self.department.setAccessibleName(tr("所属"))
        for label, dept_id in departments:
            self.department.addItem(label, dept_id)
        dept_label = QLabel(tr("所属(&B)"), self)
        dept_label.setBuddy(self.department)
        form.addRow(dept_label, self.department)
        self.day, self.sessions = _session_row(form, self, ctx, course, ctx.services.clock.today())
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("tick_table")
        self.table.setAccessibleName(tr("所属の対象者（受講した職員にチェック）"))
        self.table.setHorizontalHeaderLabels([tr("職員番号"), tr("氏名"), tr("状況")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 200)
        self.table.itemChanged.connect(lambda *_: self._update_count())
        self.count = QLabel(self)
        self.count.setObjectName("tick_count")
        all_button = QPushButton(tr("未完了の全員にチェック"), self)
        all_button.clicked.connect(self.tick_all)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("記録する (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("キャンセル"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        bar = QHBoxLayout()
        bar.addWidget(all_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.department.currentIndexChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        dept_id = self.department.currentData()
        if dept_id is None:
            return
        actor, status = self.ctx.actor, self.ctx.services.training.status
        self.ctx.runner.read(
            lambda _p: status.department_roster(actor, self.course.id, dept_id),
            self._loaded,
            lambda e: show_error(self, e),
        )

    def _loaded(self, entries) -> None:
        self.entries = entries
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            number = QTableWidgetItem(entry.staff_number)
            done = entry.status == PersonStatus.COMPLETED
            number.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | (Qt.ItemFlag.NoItemFlags if done else Qt.ItemFlag.ItemIsUserCheckable)
            )
            number.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            status = status_label(entry.status)
            if entry.completed_on:
                status = tr("{status}（{day}）").format(
                    status=status, day=entry.completed_on.isoformat()
                )
            self.table.setItem(row, 0, number)
            self.table.setItem(row, 1, QTableWidgetItem(entry.name))
            self.table.setItem(row, 2, QTableWidgetItem(status))
        self.table.blockSignals(False)
        self._update_count()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.table.hasFocus():
            item = self.table.item(self.table.currentRow(), 0)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def ticked(self) -> list[int]:
        return [
            entry.staff_id
            for row, entry in enumerate(self.entries)
            if entry.status != PersonStatus.COMPLETED
            and self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def tick_all(self) -> None:
        for row, entry in enumerate(self.entries):
            if entry.status == PersonStatus.INCOMPLETE:
                self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)

    def _update_count(self) -> None:
        self.count.setText(tr("新たに記録する人数: {n} 名").format(n=len(self.ticked())))

    def save(self) -> None:
        people = self.ticked()
        if not people:
            self.reject()
            return
        session = self.sessions.currentData()
        day = self.day.date().toPython()
        actor, service = self.ctx.actor, self.ctx.services.training.attendance
        self.buttons.setEnabled(False)
        self.ctx.runner.write(
            lambda _p: service.record_many(
                actor, self.course.id, people, day, session.id if session else None
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, result) -> None:
        self.result = result
        self.ctx.hub.changed.emit("attendance")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
