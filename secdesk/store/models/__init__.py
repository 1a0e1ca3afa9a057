"""All models, imported here so that Base.metadata knows every table."""

from secdesk.store.models.accounts import User
from secdesk.store.models.base import Base
from secdesk.store.models.org import Assignment, Department, EmploymentType, Staff
from secdesk.store.models.system import AuditEntry, AuditHead, OrgSetting, RefCounter
from secdesk.store.models.training import (
    Attendance,
    Course,
    CourseSession,
    DrillResult,
    ExemptionReason,
    TargetOverride,
)

__all__ = [
    "Assignment",
    "Attendance",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Course",
    "CourseSession",
    "Department",
    "DrillResult",
    "EmploymentType",
    "ExemptionReason",
    "OrgSetting",
    "RefCounter",
    "Staff",
    "TargetOverride",
    "User",
]
