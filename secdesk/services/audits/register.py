"""The audit register's services behind one name: `services.audits.findings.create(...)`."""

from __future__ import annotations

from functools import cached_property

from secdesk.services.core.context import Clock


class AuditRegister:
    """Audits, checklists, ratings, self-inspection, findings, actions, exports and reports."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @cached_property
    def audits(self):
        from secdesk.services.audits.service import AuditService

        return AuditService(self.db, self.clock)

    @cached_property
    def checklists(self):
        from secdesk.services.audits.checklists import ChecklistService

        return ChecklistService(self.db, self.clock)

    @cached_property
    def ratings(self):
        from secdesk.services.audits.ratings import RatingService

        return RatingService(self.db, self.clock)

    @cached_property
    def self_checks(self):
        from secdesk.services.audits.self_checks import SelfCheckService

        return SelfCheckService(self.db, self.clock)

    @cached_property
    def findings(self):
        from secdesk.services.audits.findings import FindingService

        return FindingService(self.db, self.clock)

    @cached_property
    def actions(self):
        from secdesk.services.audits.corrective_actions import ActionService

        return ActionService(self.db, self.clock)

    @cached_property
    def overview(self):
        from secdesk.services.audits.overview import AuditOverviewService

        return AuditOverviewService(self.db, self.clock)

    @cached_property
    def exports(self):
        from secdesk.services.audits.file_export import AuditExportService

        return AuditExportService(self.db, self.clock)

    @cached_property
    def reports(self):
        from secdesk.services.audits.reports import AuditReportService

        return AuditReportService(self.db, self.clock)


# Settings, trail labels and dashboard tiles must be declared wherever the app builds its
# services, even before the register is first used.
from secdesk.services.audits import common as _common  # noqa: E402, F401
from secdesk.services.audits import overview as _tiles  # noqa: E402, F401
