"""The audit register's services behind one name: `services.audits.findings.create(...)`."""

from __future__ import annotations

from functools import cached_property

from secdesk.services.context import Clock


class AuditRegister:
    """Audits, checklists, ratings, self-inspection, findings, actions, exports and reports."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @cached_property
    def audits(self):
        from secdesk.services.audits import AuditService

        return AuditService(self.db, self.clock)

    @cached_property
    def checklists(self):
        from secdesk.services.audit_checklists import ChecklistService

        return ChecklistService(self.db, self.clock)

    @cached_property
    def ratings(self):
        from secdesk.services.audit_ratings import RatingService

        return RatingService(self.db, self.clock)

    @cached_property
    def self_checks(self):
        from secdesk.services.self_checks import SelfCheckService

        return SelfCheckService(self.db, self.clock)

    @cached_property
    def findings(self):
        from secdesk.services.findings import FindingService

        return FindingService(self.db, self.clock)

    @cached_property
    def actions(self):
        from secdesk.services.corrective_actions import ActionService

        return ActionService(self.db, self.clock)

    @cached_property
    def overview(self):
        from secdesk.services.audit_overview import AuditOverviewService

        return AuditOverviewService(self.db, self.clock)

    @cached_property
    def exports(self):
        from secdesk.services.audit_exports import AuditExportService

        return AuditExportService(self.db, self.clock)

    @cached_property
    def reports(self):
        from secdesk.services.audit_reports import AuditReportService

        return AuditReportService(self.db, self.clock)


# Settings, trail labels and dashboard tiles must be declared wherever the app builds its
# services, even before the register is first used.
from secdesk.services import audit_common as _common  # noqa: E402, F401
from secdesk.services import audit_overview as _tiles  # noqa: E402, F401
