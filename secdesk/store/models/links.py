"""Links between registers: an audit finding and the incidents it concerns (both ways)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from secdesk.store.models.base import Base
from secdesk.store.types import UTCDateTime, utcnow


class FindingIncidentLink(Base):
    """A finding that an incident led to, or an incident that a finding explains."""

    __tablename__ = "finding_incident_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("audit_finding.id"))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (
        UniqueConstraint("finding_id", "incident_id"),
        Index("ix_finding_incident_link_incident", "incident_id"),
    )
