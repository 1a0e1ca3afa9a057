"""The training register: courses, sessions, who must attend, attendance and drill outcomes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from secdesk.store.models.base import Base, Timestamped, Versioned
from secdesk.store.types import UTCDateTime


class Course(Versioned, Base):
    """A course or a phishing drill of one fiscal year; its code is unique within the year."""

    __tablename__ = "course"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # domain.training.CourseKind
    due_date: Mapped[date] = mapped_column(Date)
    target_rule: Mapped[str] = mapped_column(String(24))  # domain.training.TargetRule
    target_employment_type_id: Mapped[int | None] = mapped_column(ForeignKey("employment_type.id"))
    target_joined_after: Mapped[date | None] = mapped_column(Date)
    target_rate: Mapped[int] = mapped_column(Integer, default=100)  # percent
    notes: Mapped[str] = mapped_column(Text, default="")
    # A follow-up course remembers the drill whose clickers it was made for.
    follow_up_of_id: Mapped[int | None] = mapped_column(ForeignKey("course.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("fiscal_year", "code"),
        Index("ix_course_year_due", "fiscal_year", "due_date"),
    )


class CourseSession(Versioned, Base):
    """A date on which a course is held in a room (or online), with its capacity."""

    __tablename__ = "course_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # HH:MM, local
    place: Mapped[str] = mapped_column(String(200), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int | None] = mapped_column(Integer)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")


class TargetOverride(Versioned, Base):
    """A coordinator's correction of the target population for one person on one course.

    One row per course and person; withdrawing it returns the person to what the rule says.
    """

    __tablename__ = "target_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    mode: Mapped[str] = mapped_column(String(16))  # domain.training.OverrideMode
    reason: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("course_id", "staff_id"),)


class ExemptionReason(Timestamped, Base):
    """The editable list of reasons for an exemption (育児休業, 病気休暇, 長期派遣 …)."""

    __tablename__ = "exemption_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Attendance(Versioned, Base):
    """One person's attendance of one course. At most one record per course and person is in
    force (withdrawn_at IS NULL); a withdrawn record stays, with its reason, for the trail."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("course_session.id"))
    status: Mapped[str] = mapped_column(String(16))  # domain.training.AttendanceStatus
    completed_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))  # domain.training.AttendanceSource
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    # The trail entry of the import that brought this record (one entry per file, not per row).
    import_seq: Mapped[int | None] = mapped_column(Integer)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index(
            "uq_attendance_in_force",
            "course_id",
            "staff_id",
            unique=True,
            sqlite_where=text("withdrawn_at IS NULL"),
            postgresql_where=text("withdrawn_at IS NULL"),
        ),
        Index("ix_attendance_staff", "staff_id", "course_id"),
    )


class DrillResult(Timestamped, Base):
    """How far a phishing drill mail got with one person, and whether they reported it.

    Only the outcome is kept: the IP address, location and job title in GoPhish's results file
    are personal data the office has no use for, so they are never stored.
    """

    __tablename__ = "drill_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    sent: Mapped[bool] = mapped_column(Boolean, default=False)
    opened: Mapped[bool] = mapped_column(Boolean, default=False)
    clicked: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    reported: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    send_error: Mapped[bool] = mapped_column(Boolean, default=False)
    import_seq: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("course_id", "staff_id"),
        Index("ix_drill_result_staff", "staff_id", "course_id"),
    )
