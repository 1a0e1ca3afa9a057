"""The composition point: one Services object per open database, handed to the GUI or the CLI."""

from __future__ import annotations

from functools import cached_property

from argon2 import PasswordHasher

from secdesk.services.accounts import AccountService
from secdesk.services.context import Clock
from secdesk.services.departments import DepartmentService
from secdesk.services.org_settings import OrgSettingsService
from secdesk.services.roster_export import RosterExportService
from secdesk.services.roster_import import RosterImportService
from secdesk.services.staff import StaffService
from secdesk.services.trail import TrailService
from secdesk.services.training import TrainingServices
from secdesk.store.database import Database


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
        return RosterImportService(self.db, self.clock)

    @cached_property
    def roster_export(self) -> RosterExportService:
        return RosterExportService(self.db, self.clock)

    @cached_property
    def training(self) -> TrainingServices:
        return TrainingServices(self.db, self.clock)

    @cached_property
    def dashboard(self):
        from secdesk.services.dashboard import DashboardService

        return DashboardService(self)
