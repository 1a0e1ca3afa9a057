"""All models, imported here so that Base.metadata knows every table."""

from secdesk.store.models.accounts import User
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
from secdesk.store.models.org import Assignment, Department, EmploymentType, Staff
from secdesk.store.models.system import AuditEntry, AuditHead, OrgSetting, RefCounter

__all__ = [
    "Assignment",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Department",
    "EmploymentType",
    "Incident",
    "IncidentAttachment",
    "IncidentCategory",
    "IncidentDuty",
    "IncidentEvent",
    "IncidentLink",
    "IncidentNotification",
    "OrgSetting",
    "RefCounter",
    "SeverityLevel",
    "Staff",
    "User",
]
