"""Tables of the app itself: the audit trail, organisation settings, reference counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secdesk.store.models.base import Base
from secdesk.store.types import UTCDateTime, utcnow


class AuditEntry(Base):
    """One line of the tamper-evident trail. Rows are only ever inserted (triggers refuse the rest).

    hash = SHA-256(prev_hash + canonical JSON of the entry); `seq` has no gaps, so a deleted,
    edited or reordered entry breaks the chain at a nameable place.
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at", "at"),
    )


class AuditHead(Base):
    """The single row naming the last entry; writers lock it, which keeps the chain linear."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class RegisterIdentity(Base):
    """The register's identity, made once when it is created: a backup names the register it
    belongs to, and the anchors each PC keeps of the trail's head are filed under it."""

    __tablename__ = "register_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    uuid: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OrgSetting(Base):
    """Organisation-wide settings shared by every PC (name, classification label, rules …)."""

    __tablename__ = "org_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class RefCounter(Base):
    """Last reference number handed out per fiscal year and kind (gap-free, see services.refs)."""

    __tablename__ = "ref_counter"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
