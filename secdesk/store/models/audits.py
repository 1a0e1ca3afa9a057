"""The audit register: checklists, audits, self-inspection answers, findings, corrective actions.

Findings and actions carry copies of what their lists filter on (fiscal year, the status the
closing rule gives, the earliest pending due date, a search key), kept by the services, so
that every filter of the findings and follow-up lists is one indexed lookup.

Links from findings to incidents belong to neither register alone: they arrive as a table of
their own (finding id, incident id) once the incident register is in, without touching these.
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
from secdesk.store.types import UTCDateTime


class AuditRating(Timestamped, Base):
    """評価: the office's own list (重大 / 指摘 / 観察 / 良好事例 …); no official scale exists."""

    __tablename__ = "audit_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    requires_action: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Checklist(Timestamped, Base):
    """One imported version of a checklist for a fiscal year; items never change afterwards,
    so an old audit keeps showing the wording it was checked against."""

    __tablename__ = "audit_checklist"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(String(255), default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_by: Mapped[str] = mapped_column(String(64), default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("fiscal_year", "title", "revision"),)


class ChecklistItem(Base):
    """監査項目, with the columns of the national audit guideline's checklist tables."""

    __tablename__ = "audit_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("audit_checklist.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(32))
    category_major: Mapped[str] = mapped_column(String(200), default="")
    category_minor: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    reference: Mapped[str] = mapped_column(String(500), default="")
    applies_to: Mapped[str] = mapped_column(String(16), default="all")
    evidence_examples: Mapped[str] = mapped_column(Text, default="")
    procedure_examples: Mapped[str] = mapped_column(Text, default="")
    policy_ref: Mapped[str] = mapped_column(String(200), default="")
    jis_ref: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("checklist_id", "code"),
        Index("ix_audit_checklist_item_order", "checklist_id", "sort_order"),
    )


class Audit(Versioned, Base):
    """外部監査 / 内部監査 / 自己点検 of one fiscal year."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    auditor_org: Mapped[str] = mapped_column(String(200), default="")
    auditor_person: Mapped[str] = mapped_column(String(100), default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    checklist_id: Mapped[int | None] = mapped_column(ForeignKey("audit_checklist.id"))
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("audit.id"))
    # Under α′/β/β′ the external audit's report goes to J-LIS: the day it went.
    jlis_reported_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_year_kind", "fiscal_year", "kind"),)


class AuditScope(Base):
    """A department in an audit's scope (for a self-inspection: a department that answers)."""

    __tablename__ = "audit_scope"

    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"), primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id"), primary_key=True, index=True
    )


class SelfCheckAnswer(Versioned, Base):
    """One department's answer to one item of a self-inspection."""

    __tablename__ = "audit_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("audit_checklist_item.id"))
    answer: Mapped[str | None] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(64), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The finding made from this いいえ, so that it is proposed only once.
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("audit_finding.id"))

    __table_args__ = (UniqueConstraint("audit_id", "department_id", "item_id"),)


class Finding(Versioned, Base):
    """指摘事項. `status`, `next_due`, `action_count` and `search_key` are kept by the service."""

    __tablename__ = "audit_finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("audit_checklist_item.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    rating_id: Mapped[int] = mapped_column(ForeignKey("audit_rating.id"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    # The same finding in an earlier year's audit: the history of a finding that recurs.
    recurrence_of_id: Mapped[int | None] = mapped_column(ForeignKey("audit_finding.id"))
    status: Mapped[str] = mapped_column(String(16))
    next_due: Mapped[date | None] = mapped_column(Date)
    action_count: Mapped[int] = mapped_column(Integer, default=0)
    closed_on: Mapped[date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (
        Index("ix_audit_finding_year", "fiscal_year", "number"),
        Index("ix_audit_finding_audit", "audit_id", "number"),
        Index("ix_audit_finding_department", "department_id", "fiscal_year"),
        Index("ix_audit_finding_rating", "rating_id", "fiscal_year"),
        Index("ix_audit_finding_status", "status", "next_due"),
        Index("ix_audit_finding_next_due", "next_due"),
        Index("ix_audit_finding_recurrence", "recurrence_of_id"),
        Index("ix_audit_finding_item", "item_id"),
    )


class CorrectiveAction(Versioned, Base):
    """是正処置: who does what by when; closed by verification (確認済) or by accepted risk."""

    __tablename__ = "audit_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("audit_finding.id"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    plan: Mapped[str] = mapped_column(Text)
    owner_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    owner_name: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    completed_on: Mapped[date | None] = mapped_column(Date)
    risk_reason: Mapped[str] = mapped_column(Text, default="")
    risk_approver: Mapped[str] = mapped_column(String(100), default="")
    risk_accepted_on: Mapped[date | None] = mapped_column(Date)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_by: Mapped[str] = mapped_column(String(64), default="")
    verification_note: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    last_note_on: Mapped[date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (
        Index("ix_audit_action_finding", "finding_id"),
        Index("ix_audit_action_status_due", "status", "due_date"),
        Index("ix_audit_action_owner", "owner_department_id", "due_date"),
        Index("ix_audit_action_year", "fiscal_year", "due_date"),
        # No index on due_date alone: SQLite would walk it for "overdue" (due before today),
        # through ten years of closed actions, instead of the few pending ones by status.
    )


class ActionNote(Base):
    """A dated line of the follow-up (経過). Only ever added: the services never change one."""

    __tablename__ = "audit_action_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("audit_action.id"))
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_audit_action_note_action", "action_id", "noted_on"),)


class ActionEvidence(Base):
    """An evidence file, kept in the database with its SHA-256 (checked again when read)."""

    __tablename__ = "audit_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("audit_action.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
