"""The 対象者 tab: everyone a course concerns with where they stand, filtered by status and
department; exemptions and other corrections; the non-completer lists for the reminder round."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.domain.training import PersonStatus, status_label
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.list_page import ListPage
from secdesk.services.core.listing import ListQuery

ALL = ""


class PeopleTab(QWidget):
    """ListPage over the course's target list; Enter opens the person's history."""

    person_opened = Signal(int)  # staff id
    override_requested = Signal(object)  # staff id or None (add someone)
    withdraw_override_requested = Signal(int)
    withdraw_attendance_requested = Signal(int, str)
    export_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = ctx.services.training.target_list(None)
        self.list = ListPage(
            ctx, self.source, "training_people", tr("職員番号・氏名・フリガナで検索"), self
        )
        self.list.opened.connect(self.person_opened)
        self.status = QComboBox(self)
        self.status.setObjectName("people_status")
        self.status.setAccessibleName(tr("状況で絞り込み"))
        self.status.addItem(tr("すべての状況"), ALL)
        for status in (PersonStatus.INCOMPLETE, PersonStatus.COMPLETED, PersonStatus.EXEMPT):
            self.status.addItem(status_label(status), status.value)
        self.department = QComboBox(self)
        self.department.setObjectName("people_department")
        self.department.setAccessibleName(tr("所属で絞り込み"))
        self.department.addItem(tr("すべての所属"), None)
        self.status.currentIndexChanged.connect(lambda *_: self.apply())
        self.department.currentIndexChanged.connect(lambda *_: self.apply())
        self.list.filter_bar.addWidget(self.status)
        self.list.filter_bar.addWidget(self.department, 1)

        can_edit = ctx.actor.can(Permission.EDIT_TRAINING)
        self.override_button = QPushButton(tr("免除・対象の個別指定…"), self)
        self.add_button = QPushButton(tr("対象者を追加…"), self)
        self.clear_button = QPushButton(tr("個別指定を取消"), self)
        self.withdraw_button = QPushButton(tr("受講記録を取消…"), self)
        self.history_button = QPushButton(tr("受講履歴 (Enter)"), self)
        self.export_button = QPushButton(tr("未完了者一覧を書き出し…"), self)
        self.override_button.clicked.connect(
            lambda: self._with_selected(self.override_requested.emit)
        )
        self.add_button.clicked.connect(self._add_someone)
        self.clear_button.clicked.connect(
            lambda: self._with_selected(self._emit(self.withdraw_override_requested))
        )
        self.withdraw_button.clicked.connect(lambda: self._with_selected(self._ask_withdraw))
        self.history_button.clicked.connect(
            lambda: self._with_selected(self._emit(self.person_opened))
        )
        self.export_button.clicked.connect(self.export_requested)
        actions = QHBoxLayout()
        for button in (
            self.history_button,
            self.override_button,
            self.add_button,
            self.clear_button,
            self.withdraw_button,
        ):
            button.setVisible(can_edit or button is self.history_button)
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button.setVisible(ctx.actor.can(Permission.EXPORT))
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        self._loading = False

    def set_course(self, course, departments: list[tuple[str, int | None]]) -> None:
        """Show another course: its people, with the departments of its target population."""
        self._loading = True
        self.source.course_id = course.id if course else None
        previous = self.department.currentData()
        self.department.clear()
        self.department.addItem(tr("すべての所属"), None)
        for label, dept_id in departments:
            if dept_id is not None:
                self.department.addItem(label, dept_id)
        self.department.setCurrentIndex(max(self.department.findData(previous), 0))
        drill = course is not None and course.kind == "phishing"
        self.withdraw_button.setEnabled(not drill)
        self._loading = False
        self.apply()

    def show_filtered(self, status: str | None = None, department: int | None = None) -> None:
        self._loading = True
        self.status.setCurrentIndex(max(self.status.findData(status or ALL), 0))
        self.department.setCurrentIndex(max(self.department.findData(department), 0))
        self._loading = False
        self.apply()

    def current_query(self) -> ListQuery:
        dept = self.department.currentData()
        return ListQuery().with_filters(
            status=self.status.currentData() or None,
            departments=(dept,) if dept is not None else None,
        )

    def apply(self) -> None:
        if not self._loading:
            self.list.set_base_query(self.current_query())

    def selected_department(self) -> tuple[int | None, str | None]:
        dept = self.department.currentData()
        return dept, (self.department.currentText() if dept is not None else None)

    @staticmethod
    def _emit(signal):
        def send(value) -> None:
            signal.emit(value)

        return send

    def _add_someone(self) -> None:
        self.override_requested.emit(None)

    def _with_selected(self, action) -> None:
        staff_id = self.list.selected_id()
        if staff_id is not None:
            action(staff_id)

    def _ask_withdraw(self, staff_id: int) -> None:
        reason, ok = QInputDialog.getText(
            self, tr("受講記録の取消"), tr("取消の理由（記録は削除されず、理由とともに残ります）")
        )
        if ok and reason.strip():
            self.withdraw_attendance_requested.emit(staff_id, reason)
