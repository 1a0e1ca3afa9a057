"""監査: audits and self-inspections, their findings and the corrective actions that follow."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secdesk.domain.fiscal import fiscal_year
from secdesk.gui.audits.checklist_page import ChecklistPage
from secdesk.gui.audits.dialogs import AuditLookups
from secdesk.gui.audits.finding_pages import ActionsPage, FindingsPage
from secdesk.gui.audits.pages import AuditsPage
from secdesk.gui.audits.self_check_page import SelfCheckPage
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.section import Section

TABS = ("audits", "self_check", "findings", "actions", "checklists")


class AuditsSection(Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lookups = AuditLookups()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("audit_tabs")
        self.audits = AuditsPage(ctx, self)
        self.self_check = SelfCheckPage(ctx, self)
        self.findings = FindingsPage(ctx, self)
        self.actions = ActionsPage(ctx, self)
        self.checklists = ChecklistPage(ctx, self)
        self.pages = {
            "audits": self.audits,
            "self_check": self.self_check,
            "findings": self.findings,
            "actions": self.actions,
            "checklists": self.checklists,
        }
        for key, label in (
            ("audits", tr("監査・自己点検")),
            ("self_check", tr("自己点検の回答状況")),
            ("findings", tr("指摘事項")),
            ("actions", tr("是正処置（フォローアップ）")),
            ("checklists", tr("チェックリスト")),
        ):
            self.tabs.addTab(self.pages[key], label)
        self.audits.navigate.connect(lambda tab, filters: self.show_filtered(tab=tab, **filters))
        self.findings.open_incident.connect(
            lambda incident_id: self.navigate.emit("incidents", {"open_id": incident_id})
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._pending: dict | None = None
        self.refresh()

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, services = self.ctx.actor, self.ctx.services
        register = services.audits

        def load(_progress):
            from secdesk.services.audits.common import DUE_SOON_DAYS

            year = fiscal_year(services.clock.today())
            return (
                AuditLookups(
                    departments=services.departments.list(actor),
                    checklists=register.checklists.list(actor),
                    ratings=register.ratings.list(actor, include_inactive=True),
                    audits=register.audits.choices(actor),
                    years=register.audits.fiscal_years(actor),
                    may_verify=register.actions.may_verify(actor),
                    soon_days=int(services.settings.get(DUE_SOON_DAYS.key)),
                ),
                register.audits.jlis_duty(actor, year),
            )

        self.ctx.runner.read(load, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        self.lookups, duty = result
        for page in self.pages.values():
            page.set_lookups(self.lookups)
        self.audits.show_duty(duty)
        pending, self._pending = self._pending, None
        for key, page in self.pages.items():
            if pending is None or pending.get("tab") != key:
                page.refresh()
        if pending is not None:
            self.show_filtered(**pending)

    # --- navigation --------------------------------------------------------------------------

    def show_filtered(self, **filters) -> None:
        """Dashboard tiles and the audit view lead here: tab=…, then that list's filters."""
        tab = filters.pop("tab", "findings")
        if not self.lookups.years and self._pending is None:
            self._pending = {"tab": tab, **filters}
            return
        page = self.pages.get(tab, self.findings)
        self.tabs.setCurrentWidget(page)
        page.apply_filters(**filters)

    def focus_search(self) -> None:
        self.tabs.currentWidget().focus_search()

    def new_record(self) -> None:
        page = self.tabs.currentWidget()
        if hasattr(page, "new_record"):
            page.new_record()

    def save_layout(self) -> None:
        for page in self.pages.values():
            page.save_layout()
