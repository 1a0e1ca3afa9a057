"""The incident and near-miss register: records, their timeline, duties, contacts, files, links.

The free-text index is not a model: on SQLite it is the FTS5 table `incident_fts` (rowid = incident
id), on PostgreSQL the table `incident_search` (tsvector + GIN); services.incident_search keeps it
in step and builds the queries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from secdesk.store.models.base import Base, Timestamped, Versioned
from secdesk.store.types import UTCDateTime, utcnow

NO_DUE = date(9999, 12, 31)


class IncidentCategory(Timestamped, Base):
    """分類 in two levels (誤送付・誤送信 › メール); editable master data."""

    __tablename__ = "incident_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("incident_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SeverityLevel(Timestamped, Base):
    """重大度: an editable list; `rank` orders it (higher is worse)."""

    __tablename__ = "severity_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Incident(Versioned, Base):
    """One near-miss or incident. Never deleted: withdrawn (取消) with a reason."""

    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("incident_category.id"))
    # The top level of the category, kept beside it so that lists and counts group without a join.
    category_top_id: Mapped[int | None] = mapped_column(ForeignKey("incident_category.id"))
    segment: Mapped[str] = mapped_column(String(16), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    reporter_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handler_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    discovered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the record first left 受付 (from the timeline), for response-time figures.
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    severity_id: Mapped[int | None] = mapped_column(ForeignKey("severity_level.id"))
    status: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(Text, default="")
    countermeasures: Mapped[str] = mapped_column(Text, default="")
    preventive_measures: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(400), default="")
    classification: Mapped[str] = mapped_column(String(4), default="3C")
    persons_affected: Mapped[int | None] = mapped_column(Integer)
    sensitive_data: Mapped[bool] = mapped_column(Boolean, default=False)
    my_number: Mapped[bool] = mapped_column(Boolean, default=False)
    unlawful_purpose: Mapped[bool] = mapped_column(Boolean, default=False)
    financial_harm: Mapped[bool] = mapped_column(Boolean, default=False)
    leaked_items: Mapped[str] = mapped_column(Text, default="")
    secondary_damage: Mapped[str] = mapped_column(Text, default="")
    persons_response: Mapped[str] = mapped_column(Text, default="")
    publication: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    promoted_from_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), unique=True)
    # Earliest deadline of the duties still owed, kept by the service, NO_DUE when none: the list
    # sorts and filters on it ("has overdue duty") through its index, without a query per row.
    # A far-future day instead of NULL keeps "nearest deadline first" an index scan on both
    # databases (they disagree on where NULLs sort).
    next_due_on: Mapped[date] = mapped_column(Date, default=lambda: NO_DUE)

    __table_args__ = (
        # The primary key orders by number (registration), but scanning it reads every record;
        # this small index gives the million ids of that order from a few megabytes.
        Index("ix_incident_order", "id"),
        Index("ix_incident_discovered", "discovered_at", "id"),
        # Per-year counts use its prefix; the list sorted by deadline within a year, all of it.
        Index("ix_incident_fy_due", "fiscal_year", "next_due_on", "id"),
        Index("ix_incident_kind", "kind", "id"),
        Index("ix_incident_status", "status", "id"),
        Index("ix_incident_title", "title", "id"),
        Index("ix_incident_category", "category_id", "id"),
        Index("ix_incident_category_top", "category_top_id", "id"),
        Index("ix_incident_department", "department_id", "id"),
        Index("ix_incident_segment", "segment", "id"),
        Index("ix_incident_severity", "severity_id", "id"),
        Index("ix_incident_handler", "handler_user_id", "id"),
        Index("ix_incident_next_due", "next_due_on", "id"),
        Index("ix_incident_reporter", "reporter_staff_id"),
    )


class IncidentEvent(Base):
    """One line of a record's timeline (対応経過). Insert-only: triggers refuse changes."""

    __tablename__ = "incident_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())  # when it happened
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16), default="")
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_incident_event_incident", "incident_id", "at", "id"),)


class IncidentDuty(Timestamped, Base):
    """A report the incident owes (速報, 確報, 本人通知 …): deadline, when and how it was done."""

    __tablename__ = "incident_duty"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    code: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[date] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(300), default="")
    # False when a correction of the facts means the duty is no longer owed (kept, not deleted).
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    method: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("incident_id", "code"),)


class IncidentNotification(Base):
    """A notification to an outside body (総務省, 警察, 個人情報保護委員会, 報道 …)."""

    __tablename__ = "incident_notification"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    target: Mapped[str] = mapped_column(String(32))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    method: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")


class IncidentAttachment(Base):
    """A file kept in the database with its SHA-256; withdrawn with a reason, never deleted."""

    __tablename__ = "incident_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Loaded only when someone opens the file, never with the list of attachments.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")


class IncidentLink(Base):
    """Two records that belong together; stored once (lower id first), shown on both."""

    __tablename__ = "incident_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    other_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (UniqueConstraint("incident_id", "other_id"),)
