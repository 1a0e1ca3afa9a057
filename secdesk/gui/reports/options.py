"""The conditions of a report (ui/report_options.ui): fiscal year, departments, and what the
chosen report needs besides (a course, an audit, an incident's number)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.fiscal import fiscal_year, fiscal_year_label
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import child, load_form
from secdesk.i18n import language
from secdesk.services.reports.catalogue import ReportKind, ReportRequest

YEARS_BACK = 6  # fiscal years offered before the current one

# Rows shown for each kind of report, by the name of their field in the form.
_ROWS = {
    "fiscal_year": lambda k: k.choice != "incident",
    "half": lambda k: k.choice == "half",
    "departments": lambda k: k.departments,
    "departments_note": lambda k: k.departments,
    "course": lambda k: k.choice == "course",
    "with_non_completers": lambda k: k.choice == "course",
    "audit": lambda k: k.choice == "audit",
    "all_open": lambda k: k.key == "audit_follow_up",
    "incident_ref": lambda k: k.choice == "incident",
}


class ReportOptions(QWidget):
    """The options form; `request(kind)` reads it."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = load_form("report_options", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.fields = child(self.form, QFormLayout, "fields")
        self.fiscal_year = child(self.form, QComboBox, "fiscal_year")
        self.departments = child(self.form, QTreeWidget, "departments")
        self.course = child(self.form, QComboBox, "course")
        self.with_non_completers = child(self.form, QCheckBox, "with_non_completers")
        self.audit = child(self.form, QComboBox, "audit")
        self.all_open = child(self.form, QCheckBox, "all_open")
        self.incident_ref = child(self.form, QLineEdit, "incident_ref")
        self.half = child(self.form, QComboBox, "half")
        from secdesk.services.reports.publication_list import HALVES

        for number, label in HALVES.items():
            self.half.addItem(tr(label), number)
        # the half that has ended most recently is the one usually published
        self.half.setCurrentIndex(
            0 if ctx.services.clock.today().month in (10, 11, 12, 1, 2, 3) else 1
        )
        self.classification = child(self.form, QLabel, "classification")
        self.open_after = child(self.form, QCheckBox, "open_after")
        current = fiscal_year(ctx.services.clock.today())
        for year in range(current, current - YEARS_BACK - 1, -1):
            self.fiscal_year.addItem(fiscal_year_label(year, language()), year)
        self.fiscal_year.currentIndexChanged.connect(lambda _i: self.load_choices())
        self.open_after.setChecked(ctx.settings.open_after_export)
        self.open_after.toggled.connect(self._remember_open_after)
        self.departments.itemChanged.connect(lambda *_: self._count_departments())

    @property
    def year(self) -> int:
        return int(self.fiscal_year.currentData())

    def _remember_open_after(self, checked: bool) -> None:
        self.ctx.settings.open_after_export = checked

    # --- filling ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Departments, the label, and the year's courses and audits (quick reads)."""
        actor, services = self.ctx.actor, self.ctx.services
        label = str(services.settings.get("classification_label") or "")
        self.classification.setText(label or tr("（表示なし）"))
        self.departments.blockSignals(True)
        self.departments.clear()
        departments = services.departments.list(actor, include_inactive=False)
        departments.sort(key=lambda d: (d.sort_order, d.code))
        items: dict[int, QTreeWidgetItem] = {}
        for dept in departments:
            item = QTreeWidgetItem([f"{dept.code} {dept.name}"])
            item.setData(0, Qt.ItemDataRole.UserRole, dept.id)
            # Checking a 部 checks its 課; the count and the request take the 部 alone.
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            items[dept.id] = item
        for dept in departments:
            parent = items.get(dept.parent_id) if dept.parent_id else None
            if parent is None:
                self.departments.addTopLevelItem(items[dept.id])
            else:
                parent.addChild(items[dept.id])
        self.departments.expandToDepth(0)
        self.departments.blockSignals(False)
        self._count_departments()
        self.load_choices()

    def load_choices(self) -> None:
        """The year's courses and audits, keeping the ones chosen when they are still there."""
        actor, services, year = self.ctx.actor, self.ctx.services, self.year
        course, audit = self.course.currentData(), self.audit.currentData()
        self.course.clear()
        self.course.addItem(tr("年度のすべての研修・訓練"), None)
        for course in services.training.courses.of_year(actor, year):
            self.course.addItem(course.label, course.id)
        self.audit.clear()
        for audit in services.audits.audits.choices(actor, year):
            self.audit.addItem(audit.label, audit.id)
        if self.audit.count() == 0:
            self.audit.addItem(tr("（この年度の監査はありません）"), None)
        for combo, value in ((self.course, course), (self.audit, audit)):
            index = combo.findData(value) if value is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def _count_departments(self) -> None:
        chosen = len(self.chosen_departments())
        label = self.fields.labelForField(self.departments)
        if isinstance(label, QLabel):
            label.setText(tr("所属(&D)") if chosen == 0 else tr("所属(&D)（{n}）").format(n=chosen))

    # --- reading ---------------------------------------------------------------------------------

    def chosen_departments(self) -> list[int]:
        """Checked departments whose parent is not checked (the parent brings them anyway)."""
        chosen = []
        stack = [
            self.departments.topLevelItem(i) for i in range(self.departments.topLevelItemCount())
        ]
        while stack:
            item = stack.pop(0)
            if item.checkState(0) == Qt.CheckState.Checked:
                chosen.append(int(item.data(0, Qt.ItemDataRole.UserRole)))
                continue
            stack.extend(item.child(i) for i in range(item.childCount()))
        return chosen

    def check_departments(self, ids) -> None:
        """Tick these departments (after the tree was loaded again)."""
        wanted = set(ids)
        stack = [
            self.departments.topLevelItem(i) for i in range(self.departments.topLevelItemCount())
        ]
        while stack:
            item = stack.pop()
            if int(item.data(0, Qt.ItemDataRole.UserRole)) in wanted:
                item.setCheckState(0, Qt.CheckState.Checked)
            stack.extend(item.child(i) for i in range(item.childCount()))

    def show_for(self, kind: ReportKind) -> None:
        for name, wanted in _ROWS.items():
            widget = self.form.findChild(QWidget, name)
            self.fields.setRowVisible(widget, wanted(kind))

    def request(self, kind: ReportKind) -> ReportRequest:
        return ReportRequest(
            kind.key,
            self.year,
            tuple(self.chosen_departments()) if kind.departments else (),
            course_id=self.course.currentData(),
            with_non_completers=self.with_non_completers.isChecked(),
            audit_id=self.audit.currentData(),
            all_open=self.all_open.isChecked(),
            incident=self.incident_ref.text().strip(),
            half=int(self.half.currentData()),
        )
