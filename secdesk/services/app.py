"""The composition point: one Services object per open database, handed to the GUI or the CLI."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from secdesk.services.core.accounts import AccountService
from secdesk.services.core.context import Clock
from secdesk.services.core.org_settings import OrgSettingsService
from secdesk.services.core.trail import TrailService
from secdesk.services.roster.departments import DepartmentService
from secdesk.services.roster.staff import StaffService
from secdesk.store.database import Database

if TYPE_CHECKING:  # registers, importers and exporters load when first used, not at start-up
    from secdesk.services.audits.register import AuditRegister
    from secdesk.services.roster.file_export import RosterExportService
    from secdesk.services.roster.file_import import RosterImportService
    from secdesk.services.training.register import TrainingServices


class Services:
    """Every use case of the app over one database. Registers are created on first use."""

    def __init__(
        self, db: Database, clock: Clock | None = None, hasher: PasswordHasher | None = None
    ) -> None:
        self.db = db
        self.clock = clock or Clock()
        self._hasher = hasher

    @cached_property
    def accounts(self) -> AccountService:
        return AccountService(self.db, self.clock, self._hasher)

    @cached_property
    def settings(self) -> OrgSettingsService:
        return OrgSettingsService(self.db, self.clock)

    @cached_property
    def trail(self) -> TrailService:
        return TrailService(self.db, self.clock)

    @cached_property
    def departments(self) -> DepartmentService:
        return DepartmentService(self.db, self.clock)

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.db, self.clock)

    @cached_property
    def roster_import(self) -> RosterImportService:
        from secdesk.services.roster.file_import import RosterImportService

        return RosterImportService(self.db, self.clock)

    @cached_property
    def roster_export(self) -> RosterExportService:
        from secdesk.services.roster.file_export import RosterExportService

        return RosterExportService(self.db, self.clock)

    @cached_property
    def audits(self) -> AuditRegister:
        from secdesk.services.audits.register import AuditRegister

        return AuditRegister(self.db, self.clock)

    @cached_property
    def incidents(self):
        from secdesk.services.incidents.service import IncidentService

        return IncidentService(self.db, self.clock)

    @cached_property
    def incident_work(self):
        from secdesk.services.incidents.work import IncidentWorkService

        return IncidentWorkService(self.db, self.clock)

    @cached_property
    def incident_masters(self):
        from secdesk.services.incidents.masters import IncidentMasterService

        return IncidentMasterService(self.db, self.clock)

    @cached_property
    def incident_export(self):
        from secdesk.services.incidents.file_export import IncidentExportService

        return IncidentExportService(self.db, self.clock)

    @cached_property
    def incident_import(self):
        from secdesk.services.incidents.file_import import IncidentImportService

        return IncidentImportService(self.db, self.clock)

    @cached_property
    def incident_reports(self):
        from secdesk.services.incidents.report import IncidentReportService

        return IncidentReportService(self.db, self.clock, self.settings)

    @cached_property
    def training(self) -> TrainingServices:
        from secdesk.services.training.register import TrainingServices

        return TrainingServices(self.db, self.clock)

    @cached_property
    def dashboard(self):
        from secdesk.services.core.dashboard import DashboardService

        return DashboardService(self)

    @cached_property
    def reports(self):
        from secdesk.services.reports.catalogue import ReportServices

        return ReportServices(self.db, self.clock, self.settings)

    @cached_property
    def backup(self):
        from secdesk.services.core.backup import BackupService

        return BackupService(self.db, self.clock)

    @cached_property
    def finding_links(self):
        from secdesk.services.links.findings_incidents import FindingLinkService

        return FindingLinkService(self.db, self.clock)
