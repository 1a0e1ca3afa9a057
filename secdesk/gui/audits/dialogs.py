"""Edit dialogs of the 監査 section: an audit, and this year's audit copied from last year's."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secdesk.domain.audits import AUDIT_STATUS_LABELS, KIND_LABELS, AuditKind
from secdesk.gui.audits.widgets import choose, department_choices, fill, value
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, get_date, set_date
from secdesk.services.audits.service import AuditInfo, AuditInput, retitled

NO_DATE = QDate(2000, 1, 1)


@dataclass
class AuditLookups:
    """What the audit forms choose from, loaded once per section refresh."""

    departments: list = field(default_factory=list)  # DepartmentInfo
    checklists: list = field(default_factory=list)  # ChecklistInfo
    ratings: list = field(default_factory=list)  # RatingInfo
    audits: list = field(default_factory=list)  # AuditChoice
    years: list[int] = field(default_factory=list)
    may_verify: bool = False
    soon_days: int = 14


def optional_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    set_date(edit, None)


def checklist_items(checklists) -> list[tuple[str, int]]:
    return [(c.label, c.id) for c in checklists]


class AuditDialog(FormDialog):
    def __init__(
        self,
        ctx,
        audit: AuditInfo | None,
        lookups: AuditLookups,
        parent: QWidget | None = None,
        kind: str | None = None,
    ) -> None:
        title = tr("監査の編集") if audit else tr("監査の登録")
        super().__init__("audit", title, ctx.runner, parent)
        self.ctx = ctx
        self.audit = audit
        self.kind = self.field("kind", QComboBox)
        self.fiscal_year = self.field("fiscal_year", QSpinBox)
        self.title_edit = self.field("title", QLineEdit)
        self.auditor_org = self.field("auditor_org", QLineEdit)
        self.auditor_person = self.field("auditor_person", QLineEdit)
        self.period_start = self.field("period_start", QDateEdit)
        self.period_end = self.field("period_end", QDateEdit)
        self.status = self.field("status", QComboBox)
        self.checklist = self.field("checklist_id", QComboBox)
        self.scope = self.field("department_ids", QListWidget)
        self.jlis = self.field("jlis_reported_on", QDateEdit)
        self.notes = self.field("notes", QPlainTextEdit)
        fill(self.kind, [(tr(label), k.value) for k, label in KIND_LABELS.items()])
        fill(self.status, [(tr(label), s.value) for s, label in AUDIT_STATUS_LABELS.items()])
        fill(self.checklist, checklist_items(lookups.checklists), tr("（なし）"))
        for edit in (self.period_start, self.period_end, self.jlis):
            optional_date(edit)
        active = [
            d for d in lookups.departments if d.active or (audit and d.id in audit.department_ids)
        ]
        for text, dept_id in department_choices(active):
            item = QListWidgetItem(text, self.scope)
            item.setData(Qt.ItemDataRole.UserRole, dept_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.scope.itemChanged.connect(self._mark_dirty)
        today = ctx.services.clock.today()
        from secdesk.domain.fiscal import fiscal_year

        if audit is None:
            choose(self.kind, kind or AuditKind.INTERNAL.value)
            self.fiscal_year.setValue(fiscal_year(today))
        else:
            self._fill(audit)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.dirty = False
        self.resize(640, self.sizeHint().height())

    def _fill(self, audit: AuditInfo) -> None:
        choose(self.kind, audit.kind)
        self.fiscal_year.setValue(audit.fiscal_year)
        self.title_edit.setText(audit.title)
        self.auditor_org.setText(audit.auditor_org)
        self.auditor_person.setText(audit.auditor_person)
        set_date(self.period_start, audit.period_start)
        set_date(self.period_end, audit.period_end)
        choose(self.status, audit.status)
        choose(self.checklist, audit.checklist_id)
        chosen = set(audit.department_ids)
        for row in range(self.scope.count()):
            item = self.scope.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        set_date(self.jlis, audit.jlis_reported_on)
        self.notes.setPlainText(audit.notes)

    def _kind_changed(self) -> None:
        external = value(self.kind) == AuditKind.EXTERNAL
        self.jlis.setEnabled(external)
        if not external:
            set_date(self.jlis, None)

    def chosen_departments(self) -> tuple[int, ...]:
        return tuple(
            self.scope.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.scope.count())
            if self.scope.item(row).checkState() == Qt.CheckState.Checked
        )

    def collect(self) -> AuditInput:
        return AuditInput(
            kind=value(self.kind),
            fiscal_year=self.fiscal_year.value(),
            title=self.title_edit.text(),
            auditor_org=self.auditor_org.text(),
            auditor_person=self.auditor_person.text(),
            period_start=get_date(self.period_start),
            period_end=get_date(self.period_end),
            status=value(self.status),
            checklist_id=value(self.checklist),
            department_ids=self.chosen_departments(),
            jlis_reported_on=get_date(self.jlis) if self.jlis.isEnabled() else None,
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: AuditInput) -> AuditInfo:
        service = self.ctx.services.audits.audits
        if self.audit is None:
            return service.create(self.ctx.actor, data)
        return service.update(self.ctx.actor, self.audit.id, self.audit.version, data)


class CopyAuditDialog(FormDialog):
    """前年度から複写: same scope and checklist, no answers, for the year chosen."""

    def __init__(self, ctx, source: AuditInfo, lookups: AuditLookups, parent=None) -> None:
        super().__init__("audit_copy", tr("前年度の監査から複写"), ctx.runner, parent)
        self.ctx = ctx
        self.source_audit = source
        self.lookups = lookups
        self.source = self.field("source", QLineEdit)
        self.fiscal_year = self.field("fiscal_year", QSpinBox)
        self.title_edit = self.field("title", QLineEdit)
        self.checklist = self.field("checklist_id", QComboBox)
        self.source.setText(source.label)
        fill(self.checklist, checklist_items(lookups.checklists), tr("（なし）"))
        self.fiscal_year.valueChanged.connect(self._year_changed)
        self.fiscal_year.setValue(source.fiscal_year + 1)
        self._year_changed()
        self.dirty = False
        self.resize(560, self.sizeHint().height())

    def _year_changed(self) -> None:
        year = self.fiscal_year.value()
        source = self.source_audit
        self.title_edit.setText(retitled(source.title, source.fiscal_year, year))
        old = next((c for c in self.lookups.checklists if c.id == source.checklist_id), None)
        same = [
            c
            for c in self.lookups.checklists
            if old is not None and c.title == old.title and c.fiscal_year == year
        ]
        chosen = max(same, key=lambda c: c.revision).id if same else source.checklist_id
        choose(self.checklist, chosen)

    def collect(self) -> tuple[int, str, int | None]:
        return self.fiscal_year.value(), self.title_edit.text(), value(self.checklist)

    def submit(self, data) -> AuditInfo:
        year, title, checklist_id = data
        return self.ctx.services.audits.audits.copy_from(
            self.ctx.actor, self.source_audit.id, year, title, checklist_id
        )
