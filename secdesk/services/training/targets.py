"""Who must attend a course, in SQL: the target population as the roster stood on the due date.

The population is one statement, `population(course)`, giving (staff_id, department_id) for
everyone the course concerns, so that counts per department are a GROUP BY over it and never
a loop over people. domain.training states the same rules for one person; a test checks that
both agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    insert,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from secdesk.domain.training import (
    AttendanceStatus,
    CourseKind,
    OverrideMode,
    PersonOnDay,
    TargetRule,
    TargetSpec,
)
from secdesk.services.core import trail
from secdesk.services.roster.staff import departments_on_stmt
from secdesk.store.models import (
    Assignment,
    Attendance,
    Department,
    DrillResult,
    Staff,
    TargetOverride,
)


def first_start_stmt() -> Select:
    """Each person's first day on the roster, for staff whose 採用日 was never recorded."""
    return select(
        Assignment.staff_id.label("staff_id"), func.min(Assignment.start_date).label("first_day")
    ).group_by(Assignment.staff_id)


def _overrides(course_id: int, *modes: OverrideMode) -> Select:
    return select(TargetOverride.staff_id).where(
        TargetOverride.course_id == course_id,
        TargetOverride.withdrawn_at.is_(None),
        TargetOverride.mode.in_([m.value for m in modes]),
    )


def population(course) -> Select:
    """(staff_id, department_id) of everyone who must attend; department as on the due date."""
    on_day = departments_on_stmt(course.due_date).subquery("on_day")
    rule = TargetRule(course.target_rule)
    parts = []
    if rule != TargetRule.EXPLICIT:
        stmt = select(on_day.c.staff_id, on_day.c.department_id)
        if rule == TargetRule.ALL and course.target_employment_type_id is not None:
            stmt = stmt.join(Staff, Staff.id == on_day.c.staff_id).where(
                Staff.employment_type_id == course.target_employment_type_id
            )
        elif rule == TargetRule.SYSTEM_DEPARTMENTS:
            stmt = stmt.join(Department, Department.id == on_day.c.department_id).where(
                Department.owns_systems.is_(True)
            )
        elif rule == TargetRule.JOINED_AFTER:
            first = first_start_stmt().subquery("first_start")
            stmt = (
                stmt.join(Staff, Staff.id == on_day.c.staff_id)
                .join(first, first.c.staff_id == on_day.c.staff_id)
                .where(
                    func.coalesce(Staff.joined_on, first.c.first_day)
                    >= (course.target_joined_after or date.max)
                )
            )
        # People named by an override are decided by it: excluded ones leave, included ones
        # come in below (once, with the department they had that day, else their current one).
        stmt = stmt.where(
            on_day.c.staff_id.not_in(
                _overrides(course.id, OverrideMode.EXCLUDE, OverrideMode.INCLUDE)
            )
        )
        parts.append(stmt)
    included = (
        select(
            Staff.id.label("staff_id"),
            func.coalesce(on_day.c.department_id, Staff.department_id).label("department_id"),
        )
        .outerjoin(on_day, on_day.c.staff_id == Staff.id)
        .where(Staff.id.in_(_overrides(course.id, OverrideMode.INCLUDE)))
    )
    parts.append(included)
    return union_all(*parts) if len(parts) > 1 else parts[0]


def is_drill(course) -> bool:
    return course.kind == CourseKind.PHISHING


def done_stmt(course) -> Select:
    """staff_id of everyone who has done the course: completed it, or (a drill) was sent the mail."""
    if is_drill(course):
        return select(DrillResult.staff_id).where(
            DrillResult.course_id == course.id, DrillResult.sent.is_(True)
        )
    return select(Attendance.staff_id).where(
        Attendance.course_id == course.id,
        Attendance.withdrawn_at.is_(None),
        Attendance.status == AttendanceStatus.COMPLETED.value,
    )


def exempt_stmt(course) -> Select:
    return _overrides(course.id, OverrideMode.EXEMPT)


@dataclass(frozen=True)
class DepartmentCount:
    department_id: int | None
    target: int
    completed: int
    exempt: int  # exempt and not completed


def counts_by_department(session: Session, course) -> list[DepartmentCount]:
    """Target, completed and exempt per department in one GROUP BY."""
    pop = population(course).subquery("pop")
    done = done_stmt(course).subquery("done")
    exempt = exempt_stmt(course).subquery("exempt")
    is_done = done.c.staff_id.is_not(None)
    stmt = (
        select(
            pop.c.department_id,
            func.count(),
            func.sum(case((is_done, 1), else_=0)),
            func.sum(case((and_(~is_done, exempt.c.staff_id.is_not(None)), 1), else_=0)),
        )
        .select_from(pop)
        .outerjoin(done, done.c.staff_id == pop.c.staff_id)
        .outerjoin(exempt, exempt.c.staff_id == pop.c.staff_id)
        .group_by(pop.c.department_id)
    )
    return [
        DepartmentCount(dept, int(target), int(completed or 0), int(exempt_n or 0))
        for dept, target, completed, exempt_n in session.execute(stmt)
    ]


def status_rank(done_column: ColumnElement, exempt_column: ColumnElement) -> ColumnElement:
    """0 completed, 1 exempt, 2 still to do: the order the target list sorts by status."""
    return case(
        (done_column.is_not(None), literal(0)),
        (exempt_column.is_not(None), literal(1)),
        else_=literal(2),
    )


def person_on_day(session: Session, staff_id: int, day: date) -> PersonOnDay:
    """The facts the rules look at for one person on one day (for single-person checks)."""
    staff = session.get(Staff, staff_id)
    row = session.execute(
        select(Assignment.department_id, Department.owns_systems)
        .join(Department, Department.id == Assignment.department_id)
        .where(Assignment.staff_id == staff_id, Assignment.start_date <= day)
        .where((Assignment.end_date.is_(None)) | (Assignment.end_date > day))
    ).first()
    first = session.scalar(
        select(func.min(Assignment.start_date)).where(Assignment.staff_id == staff_id)
    )
    return PersonOnDay(
        row[0] if row else None,
        bool(row[1]) if row else False,
        staff.employment_type_id if staff else None,
        (staff.joined_on if staff else None) or first,
    )


def spec_of(course) -> TargetSpec:
    return TargetSpec(
        TargetRule(course.target_rule),
        course.target_employment_type_id,
        course.target_joined_after,
    )


def apply_override(
    session: Session, course_id: int, staff_id: int, mode: OverrideMode, reason: str
) -> list[trail.TrailEvent]:
    """Create or change the one override row of (course, person); returns the trail events."""
    row = session.scalar(
        select(TargetOverride).where(
            TargetOverride.course_id == course_id, TargetOverride.staff_id == staff_id
        )
    )
    if row is None:
        row = TargetOverride(course_id=course_id, staff_id=staff_id, mode=mode.value, reason=reason)
        session.add(row)
        session.flush()
        return [
            trail.TrailEvent(
                "create",
                "training_override",
                row.id,
                {
                    "course_id": course_id,
                    "staff_id": staff_id,
                    "mode": mode.value,
                    "reason": reason,
                },
            )
        ]
    before = {"mode": row.mode, "reason": row.reason, "in_force": row.withdrawn_at is None}
    if before == {"mode": mode.value, "reason": reason, "in_force": True}:
        return []
    row.mode, row.reason, row.withdrawn_at = mode.value, reason, None
    session.flush()
    after = {"mode": row.mode, "reason": row.reason, "in_force": True}
    return [trail.TrailEvent("update", "training_override", row.id, trail.changes(before, after))]


BULK_ROWS = 1000


def bulk_insert(session: Session, table, rows: list[dict]) -> None:
    """Insert many rows of one shape: COPY on PostgreSQL (its driver's executemany goes row by
    row), Core executemany on SQLite (in-process, already fast)."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        columns = list(rows[0])
        names = ", ".join(columns)
        raw = connection.connection.driver_connection  # the psycopg connection of this transaction
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        return
    # SQLite: the statement compiled once, each column's bind processor applied by hand, and a
    # value shared by every row (the import's timestamps) converted once, not 100,000 times.
    columns = list(rows[0])
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=columns)
    order = list(compiled.positiontup)
    processors = {
        name: table.c[name].type._cached_bind_processor(connection.dialect) for name in order
    }
    first = rows[0]
    shared = {
        name: (processors[name](first[name]) if processors[name] else first[name])
        for name in order
        if all(row[name] is first[name] for row in rows)
    }
    values = [
        tuple(
            shared[name]
            if name in shared
            else (processors[name](row[name]) if processors[name] else row[name])
            for name in order
        )
        for row in rows
    ]
    connection.exec_driver_sql(compiled.string, values)


def after_bulk_insert(session: Session, table: str, rows: int) -> None:
    """Refresh PostgreSQL's statistics after a large import.

    With stale statistics the planner takes a course's thousands of records for one row and
    chooses nested loops: the non-completer list went from 35 ms to 10 s after a bulk load,
    until autovacuum got round to the table. SQLite needs nothing (its planner uses indexes).
    """
    if rows < BULK_ROWS or session.get_bind().dialect.name != "postgresql":
        return
    # Like autovacuum: only when the statistics are missing or the table grew by a tenth.
    estimate = session.scalar(
        text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:name)"), {"name": table}
    )
    if estimate is None or estimate <= 0 or rows > 0.1 * estimate:
        session.execute(text(f"ANALYZE {table}"))
