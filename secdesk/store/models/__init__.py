"""All models, imported here so that Base.metadata knows every table."""

from secdesk.store.models.accounts import User
from secdesk.store.models.audits import (
    ActionEvidence,
    ActionNote,
    Audit,
    AuditRating,
    AuditScope,
    Checklist,
    ChecklistItem,
    CorrectiveAction,
    Finding,
    SelfCheckAnswer,
)
from secdesk.store.models.base import Base
from secdesk.store.models.incidents import (
    Incident,
    IncidentAttachment,
    IncidentCategory,
    IncidentDuty,
    IncidentEvent,
    IncidentLink,
    IncidentNotification,
    SeverityLevel,
)
from secdesk.store.models.links import FindingIncidentLink
from secdesk.store.models.org import Assignment, Department, EmploymentType, Staff
from secdesk.store.models.system import (
    AuditEntry,
    AuditHead,
    OrgSetting,
    RefCounter,
    RegisterIdentity,
)
from secdesk.store.models.training import (
    Attendance,
    Course,
    CourseSession,
    DrillResult,
    ExemptionReason,
    TargetOverride,
)

__all__ = [
    "ActionEvidence",
    "ActionNote",
    "Assignment",
    "Attendance",
    "Audit",
    "AuditEntry",
    "AuditHead",
    "AuditRating",
    "AuditScope",
    "Base",
    "Checklist",
    "ChecklistItem",
    "CorrectiveAction",
    "Course",
    "CourseSession",
    "Department",
    "DrillResult",
    "EmploymentType",
    "ExemptionReason",
    "Finding",
    "FindingIncidentLink",
    "Incident",
    "IncidentAttachment",
    "IncidentCategory",
    "IncidentDuty",
    "IncidentEvent",
    "IncidentLink",
    "IncidentNotification",
    "OrgSetting",
    "RefCounter",
    "RegisterIdentity",
    "SelfCheckAnswer",
    "SeverityLevel",
    "Staff",
    "TargetOverride",
    "User",
]
