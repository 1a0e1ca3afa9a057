"""The records of the incident register as plain data: what a person edits (`IncidentInput`) and
what a record shows (`IncidentInfo` with its timeline, duties, contacts, files and links).

Services load them from the database; the GUI shows them and the PDF builders draw them, so they
live here, below all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class IncidentInput:
    """The fields a person edits. Times are aware datetimes; None where unknown."""

    kind: str
    title: str
    discovered_at: datetime | None
    description: str = ""
    category_id: int | None = None
    segment: str = ""
    department_id: int | None = None
    reporter_staff_id: int | None = None
    handler_user_id: int | None = None
    occurred_at: datetime | None = None
    reported_at: datetime | None = None
    severity_id: int | None = None
    cause: str = ""
    countermeasures: str = ""
    preventive_measures: str = ""
    tags: str = ""
    classification: str = "3C"
    persons_affected: int | None = None
    sensitive_data: bool = False
    my_number: bool = False
    unlawful_purpose: bool = False
    financial_harm: bool = False
    leaked_items: str = ""
    secondary_damage: str = ""
    persons_response: str = ""
    publication: str = ""


# The fields of IncidentInput that are stored as they are (all but kind).
EDITABLE = tuple(f for f in IncidentInput.__dataclass_fields__ if f != "kind")


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    actor_name: str
    kind: str
    from_status: str
    to_status: str
    text: str
    ref: str = ""  # set when the entry belongs to the near-miss this incident came from


@dataclass(frozen=True)
class DutyInfo:
    id: int
    code: str
    label: str
    due_on: date
    basis: str
    required: bool
    done_at: datetime | None
    method: str
    note: str
    state: str  # domain.duties OVERDUE / DUE_SOON / DONE / NOT_REQUIRED / PENDING
    late: bool


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    target: str
    notified_at: datetime | None
    method: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    content_type: str
    size: int
    sha256: str
    note: str
    added_at: datetime
    added_by: str
    withdrawn: bool
    withdrawn_reason: str


@dataclass(frozen=True)
class LinkInfo:
    incident_id: int
    ref: str
    title: str
    kind: str
    status: str
    note: str


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    ref: str
    kind: str
    fiscal_year: int
    status: str
    version: int
    data: IncidentInput
    category_name: str
    department_name: str
    reporter_name: str
    reporter_number: str
    handler_name: str
    severity_name: str
    first_response_at: datetime | None
    closed_at: datetime | None
    withdrawn_reason: str
    next_due_on: date | None
    created_at: datetime
    updated_at: datetime
    promoted_from: LinkInfo | None = None
    promoted_to: LinkInfo | None = None
    events: tuple[EventInfo, ...] = ()
    duties: tuple[DutyInfo, ...] = ()
    notifications: tuple[NotificationInfo, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    links: tuple[LinkInfo, ...] = ()
    transitions: tuple[str, ...] = ()
    can_promote: bool = False
    ppc_reasons: tuple[str, ...] = ()
    my_number_note: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.data.title
