"""The training register as one object: `services.training.courses`, `.attendance`, … .

Importing this module also registers the register's trail labels and dashboard tiles.
"""

from __future__ import annotations

from functools import cached_property

from secdesk.i18n import QT_TR_NOOP
from secdesk.services.core import trail
from secdesk.services.core.context import Clock

trail.ACTION_LABELS.update(
    {
        "assign_follow_up": QT_TR_NOOP("フォローアップ研修の割り当て"),
    }
)
trail.ENTITY_LABELS.update(
    {
        "course": QT_TR_NOOP("研修"),
        "course_session": QT_TR_NOOP("研修の日程"),
        "attendance": QT_TR_NOOP("受講記録"),
        "training_override": QT_TR_NOOP("研修対象者の個別指定"),
        "drill_result": QT_TR_NOOP("訓練結果"),
        "exemption_reason": QT_TR_NOOP("免除理由"),
        "training": QT_TR_NOOP("研修の受講状況"),
        "non_completers": QT_TR_NOOP("未受講者一覧"),
    }
)


class TrainingServices:
    """Every use case of the training register over one database."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @cached_property
    def courses(self):
        from secdesk.services.training.courses import CourseService

        return CourseService(self.db, self.clock)

    @cached_property
    def sessions(self):
        from secdesk.services.training.sessions import SessionService

        return SessionService(self.db, self.clock)

    @cached_property
    def attendance(self):
        from secdesk.services.training.attendance import AttendanceService

        return AttendanceService(self.db, self.clock)

    @cached_property
    def status(self):
        from secdesk.services.training.status import StatusService

        return StatusService(self.db, self.clock)

    @cached_property
    def imports(self):
        from secdesk.services.training.attendance_import import AttendanceImportService

        return AttendanceImportService(self.db, self.clock)

    @cached_property
    def gophish(self):
        from secdesk.services.training.drill_import import DrillImportService

        return DrillImportService(self.db, self.clock)

    @cached_property
    def drills(self):
        from secdesk.services.training.drills import DrillService

        return DrillService(self.db, self.clock)

    @cached_property
    def exports(self):
        from secdesk.services.training.file_export import TrainingExportService

        return TrainingExportService(self.db, self.clock)

    @cached_property
    def report(self):
        from secdesk.services.training.report import TrainingReportService

        return TrainingReportService(self.db, self.clock)

    def target_list(self, course_id: int | None = None):
        from secdesk.services.training.target_list import TargetListSource

        return TargetListSource(self.db, course_id)


# The tiles register themselves with the dashboard when their module is imported.
from secdesk.services.training import dashboard as training_dashboard  # noqa: E402, F401
