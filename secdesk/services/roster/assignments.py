"""Department history: who belonged where, from when to when (assignment rows).

Completion of training is judged against the department a person belonged to on a due date,
so these rows are kept exact: [start_date, end_date), one open row per active person.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import Problem, ValidationError
from secdesk.i18n import tr
from secdesk.store.models import Assignment, Staff


def departments_on_stmt(day: date) -> Select:
    return select(Assignment.staff_id, Assignment.department_id).where(
        Assignment.start_date <= day,
        or_(Assignment.end_date.is_(None), Assignment.end_date > day),
    )


_UNKNOWN = object()


def open_assignment(session: Session, staff_id: int) -> Assignment | None:
    return session.scalar(
        select(Assignment)
        .where(Assignment.staff_id == staff_id, Assignment.end_date.is_(None))
        .order_by(Assignment.start_date.desc())
    )


def open_assignments(session: Session, staff_ids: list[int]) -> dict[int, Assignment]:
    """The open assignment of each of many people, in one query (bulk imports)."""
    result: dict[int, Assignment] = {}
    for start in range(0, len(staff_ids), 5000):
        chunk = staff_ids[start : start + 5000]
        for assignment in session.scalars(
            select(Assignment).where(Assignment.staff_id.in_(chunk), Assignment.end_date.is_(None))
        ):
            result[assignment.staff_id] = assignment
    return result


def move_staff(
    session: Session, staff: Staff, department_id: int, effective: date, current=_UNKNOWN
) -> None:
    """Close the open assignment the day before `effective` and open a new one from it.

    `current` is the open assignment when the caller already loaded it (None: there is none).
    """
    if current is _UNKNOWN:
        current = open_assignment(session, staff.id)
    if current is not None:
        if current.start_date == effective:
            current.department_id = department_id
            staff.department_id = department_id
            return
        if current.start_date > effective:
            raise ValidationError(
                Problem(
                    tr(
                        "異動日（{day}）は現在の所属の開始日（{start}）より後にしてください。"
                    ).format(day=effective, start=current.start_date),
                    "effective",
                )
            )
        current.end_date = effective
    session.add(Assignment(staff_id=staff.id, department_id=department_id, start_date=effective))
    staff.department_id = department_id


def deactivate(session: Session, staff: Staff, effective: date, current=_UNKNOWN) -> None:
    """Leaves on `effective`: last working day is the day before; the assignment ends then."""
    staff.active = False
    staff.left_on = effective - timedelta(days=1)
    if current is _UNKNOWN:
        current = open_assignment(session, staff.id)
    if current is not None:
        current.end_date = max(effective, current.start_date + timedelta(days=1))


def reactivate(session: Session, staff: Staff, effective: date) -> None:
    staff.active = True
    staff.left_on = None
    if staff.department_id is not None:
        open_now = session.scalar(
            select(Assignment.id).where(
                Assignment.staff_id == staff.id, Assignment.end_date.is_(None)
            )
        )
        if open_now is None:
            last = session.scalar(
                select(func.max(Assignment.end_date)).where(Assignment.staff_id == staff.id)
            )
            start = max(effective, last) if last else effective
            session.add(
                Assignment(staff_id=staff.id, department_id=staff.department_id, start_date=start)
            )
