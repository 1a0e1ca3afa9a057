"""Edit dialogs of the roster: a staff member (with department history) and a department."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, get_date, set_date
from secdesk.services.roster.departments import DepartmentInfo, DepartmentInput
from secdesk.services.roster.staff import StaffInfo, StaffInput


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def department_choices(
    departments: list[DepartmentInfo], exclude: set[int] | None = None
) -> list[tuple[str, int]]:
    """Departments as an indented tree, for combo boxes."""
    children: dict[int | None, list[DepartmentInfo]] = {}
    for dept in departments:
        children.setdefault(dept.parent_id, []).append(dept)
    known = {d.id for d in departments}
    roots = [d for d in departments if d.parent_id is None or d.parent_id not in known]
    result: list[tuple[str, int]] = []

    def walk(dept: DepartmentInfo, depth: int) -> None:
        if exclude and dept.id in exclude:
            return
        suffix = "" if dept.active else tr("（無効）")
        result.append((f"{'　' * depth}{dept.code} {dept.name}{suffix}", dept.id))
        for sub in children.get(dept.id, []):
            walk(sub, depth + 1)

    for root in roots:
        walk(root, 0)
    return result


class StaffDialog(FormDialog):
    def __init__(
        self,
        ctx,
        staff: StaffInfo | None,
        departments: list[DepartmentInfo],
        employment_types,
        parent: QWidget | None = None,
        department_id: int | None = None,
    ) -> None:
        title = tr("職員の編集") if staff else tr("職員の追加")
        super().__init__("staff", title, ctx.runner, parent)
        self.ctx = ctx
        self.staff = staff
        self.number = self.field("staff_number", QLineEdit)
        self.name = self.field("name", QLineEdit)
        self.kana = self.field("kana", QLineEdit)
        self.department = self.field("department_id", QComboBox)
        self.effective = self.field("effective", QDateEdit)
        self.title_edit = self.field("title", QLineEdit)
        self.employment = self.field("employment_type_id", QComboBox)
        self.email = self.field("email", QLineEdit)
        self.joined = self.field("joined_on", QDateEdit)
        fill_combo(
            self.department,
            department_choices(
                [d for d in departments if d.active or (staff and d.id == staff.department_id)]
            ),
            tr("（未設定）"),
        )
        fill_combo(self.employment, [(t.name, t.id) for t in employment_types], tr("（未設定）"))
        self.joined.setMinimumDate(QDate(1950, 1, 1))
        today = ctx.services.clock.today()
        self.effective.setDate(QDate(today.year, today.month, today.day))
        if staff is not None:
            self.number.setText(staff.staff_number)
            self.name.setText(staff.name)
            self.kana.setText(staff.kana)
            select_data(self.department, staff.department_id)
            self.title_edit.setText(staff.title)
            select_data(self.employment, staff.employment_type_id)
            self.email.setText(staff.email)
            set_date(self.joined, staff.joined_on)
            self.form.layout().addWidget(self._history(staff))
        else:
            select_data(self.department, department_id)
            set_date(self.joined, None)
        self.department.currentIndexChanged.connect(self._department_changed)
        self._department_changed()
        self.dirty = False
        self.resize(520, self.sizeHint().height())

    def _history(self, staff: StaffInfo) -> QWidget:
        table = QTableWidget(len(staff.history), 3, self)
        table.setObjectName("history")
        table.setAccessibleName(tr("所属の履歴"))
        table.setHorizontalHeaderLabels([tr("所属"), tr("開始日"), tr("終了日")])
        for row, item in enumerate(staff.history):
            for column, text in enumerate(
                (
                    f"{item.department_code} {item.department_name}",
                    item.start_date.isoformat(),
                    item.end_date.isoformat() if item.end_date else tr("現在"),
                )
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 220)
        table.setMaximumHeight(140)
        wrapper = QWidget(self)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(wrapper)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(tr("所属の履歴"), wrapper))
        layout.addWidget(table)
        return wrapper

    def _department_changed(self) -> None:
        moving = (
            self.staff is not None and self.department.currentData() != self.staff.department_id
        )
        self.effective.setEnabled(moving or self.staff is None)

    def collect(self) -> tuple[StaffInput, object]:
        data = StaffInput(
            staff_number=self.number.text(),
            name=self.name.text(),
            kana=self.kana.text(),
            title=self.title_edit.text(),
            employment_type_id=self.employment.currentData(),
            email=self.email.text(),
            department_id=self.department.currentData(),
            joined_on=get_date(self.joined),
        )
        return data, self.effective.date().toPython()

    def submit(self, data) -> StaffInfo:
        staff_input, effective = data
        service = self.ctx.services.staff
        if self.staff is None:
            return service.create(self.ctx.actor, staff_input, effective)
        return service.update(
            self.ctx.actor, self.staff.id, self.staff.version, staff_input, effective
        )


class DepartmentDialog(FormDialog):
    def __init__(
        self,
        ctx,
        department: DepartmentInfo | None,
        departments: list[DepartmentInfo],
        parent: QWidget | None = None,
        parent_id: int | None = None,
    ) -> None:
        title = tr("所属の編集") if department else tr("所属の追加")
        super().__init__("department", title, ctx.runner, parent)
        self.ctx = ctx
        self.department = department
        self.code = self.field("code", QLineEdit)
        self.name = self.field("name", QLineEdit)
        self.parent_combo = self.field("parent_id", QComboBox)
        self.owns = self.field("owns_systems", QCheckBox)
        self.active = self.field("active", QCheckBox)
        self.order = self.field("sort_order", QSpinBox)
        exclude = None
        if department is not None:
            from secdesk.services.roster.departments import descendant_ids

            exclude = descendant_ids(departments, department.id)
        fill_combo(
            self.parent_combo, department_choices(departments, exclude), tr("（なし・最上位）")
        )
        if department is not None:
            self.code.setText(department.code)
            self.name.setText(department.name)
            select_data(self.parent_combo, department.parent_id)
            self.owns.setChecked(department.owns_systems)
            self.active.setChecked(department.active)
            self.order.setValue(department.sort_order)
        else:
            select_data(self.parent_combo, parent_id)
            self.active.setChecked(True)
        self.dirty = False

    def collect(self) -> DepartmentInput:
        return DepartmentInput(
            code=self.code.text(),
            name=self.name.text(),
            parent_id=self.parent_combo.currentData(),
            owns_systems=self.owns.isChecked(),
            active=self.active.isChecked(),
            sort_order=self.order.value(),
        )

    def submit(self, data: DepartmentInput) -> DepartmentInfo:
        service = self.ctx.services.departments
        if self.department is None:
            return service.create(self.ctx.actor, data)
        return service.update(self.ctx.actor, self.department.id, self.department.version, data)
