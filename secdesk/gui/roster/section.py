"""職員・所属: the department tree beside the staff list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.roster.dialogs import DepartmentDialog, StaffDialog
from secdesk.gui.widgets.forms import ask_yes_no, show_error
from secdesk.gui.widgets.list_page import ListPage
from secdesk.gui.widgets.section import Section
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.departments import DepartmentInfo, descendant_ids

ALL = -1


class RosterSection(Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.departments: list[DepartmentInfo] = []
        self.employment_types = []
        can_edit = ctx.actor.can(Permission.EDIT_ROSTER)

        # Left: departments.
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("department_tree")
        self.tree.setAccessibleName(tr("所属の一覧"))
        self.tree.setHeaderLabels([tr("所属"), tr("職員数")])
        self.tree.setColumnWidth(0, 230)
        self.tree.currentItemChanged.connect(lambda *_: self._apply_filters())
        self.tree.itemActivated.connect(lambda *_: self.edit_department())
        self.add_dept = QPushButton(tr("所属を追加"), self)
        self.edit_dept = QPushButton(tr("所属を編集"), self)
        self.add_dept.clicked.connect(self.add_department)
        self.edit_dept.clicked.connect(self.edit_department)
        for button in (self.add_dept, self.edit_dept):
            button.setVisible(can_edit)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("所属"), left))
        left_layout.addWidget(self.tree, 1)
        dept_buttons = QHBoxLayout()
        dept_buttons.addWidget(self.add_dept)
        dept_buttons.addWidget(self.edit_dept)
        left_layout.addLayout(dept_buttons)

        # Right: staff.
        self.list = ListPage(
            ctx,
            ctx.services.staff.list_source(),
            "staff",
            tr("職員番号・氏名・フリガナで検索"),
            self,
        )
        self.list.opened.connect(self.edit_staff)
        self.employment = QComboBox(self)
        self.employment.setObjectName("employment_filter")
        self.employment.setAccessibleName(tr("雇用区分で絞り込み"))
        self.employment.currentIndexChanged.connect(lambda *_: self._apply_filters())
        self.inactive = QCheckBox(tr("退職者も表示"), self)
        self.inactive.setObjectName("include_inactive")
        self.inactive.toggled.connect(lambda *_: self._apply_filters())
        self.list.filter_bar.addWidget(self.employment)
        self.list.filter_bar.addWidget(self.inactive)

        self.new_button = QPushButton(tr("職員を追加 (Ctrl+N)"), self)
        self.edit_button = QPushButton(tr("開く (Enter)"), self)
        self.leave_button = QPushButton(tr("退職 / 復職"), self)
        self.import_button = QPushButton(tr("職員一覧の取り込み…"), self)
        self.export_button = QPushButton(tr("書き出し…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_staff))
        self.leave_button.clicked.connect(lambda: self._with_selected(self.toggle_active))
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)
        for button in (self.new_button, self.leave_button, self.import_button):
            button.setVisible(can_edit)
        self.export_button.setVisible(ctx.actor.can(Permission.EXPORT))
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.leave_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loading = False
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, services = self.ctx.actor, self.ctx.services

        def load(_progress):
            return services.departments.list(actor), services.departments.employment_types(
                actor, include_inactive=True
            )

        self.ctx.runner.read(load, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        self.departments, self.employment_types = result
        self._loading = True
        current = self.selected_department()
        self.tree.clear()
        root = QTreeWidgetItem([tr("すべての所属"), ""])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.tree.addTopLevelItem(root)
        items: dict[int, QTreeWidgetItem] = {}
        known = {d.id for d in self.departments}
        pending = list(self.departments)
        while pending:
            rest = []
            for dept in pending:
                parent = (
                    root
                    if dept.parent_id is None or dept.parent_id not in known
                    else items.get(dept.parent_id)
                )
                if parent is None:
                    rest.append(dept)
                    continue
                label = f"{dept.code} {dept.name}" + ("" if dept.active else tr("（無効）"))
                item = QTreeWidgetItem(
                    parent, [label, str(dept.staff_count) if dept.staff_count else ""]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, dept.id)
                if dept.owns_systems:
                    item.setToolTip(0, tr("情報システムを保有する所属"))
                items[dept.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        self.tree.expandToDepth(1)
        target = items.get(current) if current not in (None, ALL) else root
        self.tree.setCurrentItem(target or root)
        previous = self.employment.currentData()
        self.employment.clear()
        self.employment.addItem(tr("すべての雇用区分"), None)
        for kind in self.employment_types:
            self.employment.addItem(kind.name, kind.id)
        self.employment.setCurrentIndex(max(self.employment.findData(previous), 0))
        self._loading = False
        self._apply_filters()

    def selected_department(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _apply_filters(self) -> None:
        if self._loading:
            return
        dept = self.selected_department()
        departments = (
            None if dept in (None, ALL) else tuple(sorted(descendant_ids(self.departments, dept)))
        )
        query = ListQuery().with_filters(
            departments=departments,
            include_inactive=self.inactive.isChecked() or None,
            employment_type_id=self.employment.currentData(),
        )
        self.list.set_base_query(query)

    # --- actions ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.list.focus_search()

    def new_record(self) -> None:
        if not self.ctx.actor.can(Permission.EDIT_ROSTER):
            return
        dept = self.selected_department()
        dialog = StaffDialog(
            self.ctx,
            None,
            self.departments,
            [t for t in self.employment_types if t.active],
            self,
            department_id=None if dept == ALL else dept,
        )
        self._open(dialog, "staff")

    def _with_selected(self, action) -> None:
        record_id = self.list.selected_id()
        if record_id is not None:
            action(record_id)

    def edit_staff(self, staff_id: int) -> None:
        try:
            staff = self.ctx.services.staff.get(self.ctx.actor, staff_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = StaffDialog(self.ctx, staff, self.departments, self.employment_types, self)
        if not self.ctx.actor.can(Permission.EDIT_ROSTER):
            dialog.form.setEnabled(False)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).hide()
        self._open(dialog, "staff")

    def toggle_active(self, staff_id: int) -> None:
        staff = self.ctx.services.staff.get(self.ctx.actor, staff_id)
        question = (
            tr("{name} を退職（無効）にしますか? 記録は削除されません。")
            if staff.active
            else tr("{name} を復職（有効）にしますか?")
        ).format(name=staff.name)
        if not ask_yes_no(self, tr("確認"), question):
            return
        actor, service = self.ctx.actor, self.ctx.services.staff
        self.ctx.runner.write(
            lambda _p: service.set_active(actor, staff.id, staff.version, not staff.active),
            lambda _r: self.ctx.hub.changed.emit("staff"),
            lambda e: show_error(self, e),
        )

    def add_department(self) -> None:
        dept = self.selected_department()
        self._open(
            DepartmentDialog(
                self.ctx, None, self.departments, self, parent_id=None if dept == ALL else dept
            ),
            "department",
        )

    def edit_department(self) -> None:
        dept_id = self.selected_department()
        if dept_id in (None, ALL) or not self.ctx.actor.can(Permission.EDIT_ROSTER):
            return
        dept = next(d for d in self.departments if d.id == dept_id)
        self._open(DepartmentDialog(self.ctx, dept, self.departments, self), "department")

    def _open(self, dialog, entity: str) -> None:
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit(entity))
        dialog.open()
        self.dialog = dialog  # tests reach the open dialog here

    def import_roster(self) -> None:
        from secdesk.gui.roster.import_dialog import RosterImportDialog

        self._open(RosterImportDialog(self.ctx, self), "staff")

    def export_roster(self) -> None:
        from secdesk.gui.widgets.export_flow import export_to_file

        export_to_file(
            self,
            self.ctx,
            tr("職員一覧の書き出し"),
            "staff",
            lambda path, encoding: self.ctx.services.roster_export.export(
                self.ctx.actor,
                path,
                encoding=encoding,
                label=str(self.ctx.services.settings.get("classification_label")),
            ),
        )

    def save_layout(self) -> None:
        self.list.save_layout()

    def show_filtered(self, **filters) -> None:
        if "include_inactive" in filters:
            self.inactive.setChecked(bool(filters["include_inactive"]))
