"""The roster: departments (部 → 課 → 係), staff and their department history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secdesk.store.models.base import Base, Timestamped, Versioned


class Department(Versioned, Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    owns_systems: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Department | None] = relationship(remote_side=[id])


class EmploymentType(Timestamped, Base):
    """雇用区分: an editable list (正規職員, 会計年度任用職員, 再任用, 派遣, 委託 …)."""

    __tablename__ = "employment_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), index=True)
    kana: Mapped[str] = mapped_column(String(100), default="")
    kana_key: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    employment_type_id: Mapped[int | None] = mapped_column(ForeignKey("employment_type.id"))
    email: Mapped[str] = mapped_column(String(254), default="")
    email_key: Mapped[str] = mapped_column(String(254), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    # Copy of the open assignment's department, kept by the roster service, so that the staff
    # list can filter and sort by department without a history query per row.
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)

    employment_type: Mapped[EmploymentType | None] = relationship()
    department: Mapped[Department | None] = relationship()

    __table_args__ = (Index("ix_staff_kana_order", "kana_key", "id"),)


class Assignment(Timestamped, Base):
    """Staff member in a department from start_date up to (not including) end_date."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("staff_id", "start_date"),
        Index("ix_assignment_period", "staff_id", "start_date", "end_date"),
    )
