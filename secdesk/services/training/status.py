"""Where things stand: completion per department of a course, one person's history across
years, and the people of one department for ticking attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from secdesk.domain.errors import NotFound
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import TOKYO
from secdesk.domain.training import (
    MODE_LABELS,
    AttendanceStatus,
    OverrideMode,
    PersonOnDay,
    PersonStatus,
    completion_rate,
    deadline_state,
    in_target,
    meets_target,
    person_status,
    stage_from_flags,
)
from secdesk.i18n import tr
from secdesk.services.core.context import Actor, Clock
from secdesk.services.training.courses import CourseInfo, course_info, get_course
from secdesk.services.training.targets import (
    counts_by_department,
    exempt_stmt,
    is_drill,
    population,
    spec_of,
)
from secdesk.store.models import (
    Assignment,
    Attendance,
    Course,
    Department,
    DrillResult,
    Staff,
    TargetOverride,
)


@dataclass(frozen=True)
class DepartmentRow:
    department_id: int | None
    code: str
    name: str
    parent_name: str
    target: int
    completed: int
    exempt: int
    rate: float | None
    meets_target: bool
    state: str | None  # listing.STATE_*: done, overdue, due_soon or None

    @property
    def remaining(self) -> int:
        return self.target - self.completed - self.exempt


@dataclass(frozen=True)
class CourseSummary:
    course: CourseInfo
    target: int
    completed: int
    exempt: int
    rate: float | None
    meets_target: bool
    state: str | None
    days_left: int
    departments: list[DepartmentRow]

    @property
    def remaining(self) -> int:
        return self.target - self.completed - self.exempt

    @property
    def below_target(self) -> list[DepartmentRow]:
        return [d for d in self.departments if not d.meets_target]


@dataclass(frozen=True)
class HistoryRow:
    course_id: int
    fiscal_year: int
    code: str
    title: str
    kind: str
    due_date: date
    department: str  # as on the due date
    in_target: bool
    status: PersonStatus | None  # None: not concerned, but has a record
    completed_on: date | None
    score: float | None
    stage: str | None  # drills: domain.training.DrillStage
    reported: bool
    note: str  # the coordinator's override, e.g. 免除（育児休業）


@dataclass(frozen=True)
class PersonHistory:
    staff_id: int
    staff_number: str
    name: str
    department: str
    active: bool
    rows: list[HistoryRow]


@dataclass(frozen=True)
class RosterEntry:
    staff_id: int
    staff_number: str
    name: str
    kana: str
    status: PersonStatus
    completed_on: date | None


def department_names(session) -> dict[int, tuple[str, str, str, int]]:
    """id → (code, name, parent name, sort order)."""
    departments = {d.id: d for d in session.scalars(select(Department))}
    return {
        d.id: (
            d.code,
            d.name,
            departments[d.parent_id].name if d.parent_id in departments else "",
            d.sort_order,
        )
        for d in departments.values()
    }


def summarise(session, course: Course, today: date) -> CourseSummary:
    info = course_info(course)
    names = department_names(session)
    rows = []
    for count in counts_by_department(session, course):
        code, name, parent, _ = names.get(count.department_id, ("", tr("（所属なし）"), "", 0))
        rate = completion_rate(count.target, count.completed, count.exempt)
        met = meets_target(rate, course.target_rate)
        rows.append(
            DepartmentRow(
                count.department_id,
                code,
                name,
                parent,
                count.target,
                count.completed,
                count.exempt,
                rate,
                met,
                deadline_state(course.due_date, today, met),
            )
        )
    rows.sort(key=lambda r: (names.get(r.department_id, ("", "", "", 10**9))[3], r.code))
    target = sum(r.target for r in rows)
    completed = sum(r.completed for r in rows)
    exempt = sum(r.exempt for r in rows)
    rate = completion_rate(target, completed, exempt)
    met = meets_target(rate, course.target_rate)
    return CourseSummary(
        info,
        target,
        completed,
        exempt,
        rate,
        met,
        deadline_state(course.due_date, today, met),
        (course.due_date - today).days,
        rows,
    )


class StatusService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def course_summary(self, actor: Actor, course_id: int) -> CourseSummary:
        """Completion overall and per department (as on the due date) against the target."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return summarise(session, get_course(session, course_id), self.clock.today())

    def department_roster(
        self, actor: Actor, course_id: int, department_id: int
    ) -> list[RosterEntry]:
        """The people a department must train on a course, with where each stands."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            course = get_course(session, course_id)
            pop = population(course).subquery("pop")
            done = (
                select(Attendance.staff_id, Attendance.completed_on)
                .where(
                    Attendance.course_id == course.id,
                    Attendance.withdrawn_at.is_(None),
                    Attendance.status == AttendanceStatus.COMPLETED.value,
                )
                .subquery("done")
                if not is_drill(course)
                else select(DrillResult.staff_id, DrillResult.sent_at.label("completed_on"))
                .where(DrillResult.course_id == course.id, DrillResult.sent.is_(True))
                .subquery("done")
            )
            exempt = exempt_stmt(course).subquery("exempt")
            stmt = (
                select(Staff, done.c.staff_id, done.c.completed_on, exempt.c.staff_id)
                .join(pop, pop.c.staff_id == Staff.id)
                .outerjoin(done, done.c.staff_id == Staff.id)
                .outerjoin(exempt, exempt.c.staff_id == Staff.id)
                .where(pop.c.department_id == department_id)
                .order_by(Staff.kana_key, Staff.id)
            )
            result = []
            for staff, done_id, completed_on, exempt_id in session.execute(stmt):
                if isinstance(completed_on, datetime):
                    completed_on = completed_on.astimezone(TOKYO).date()
                result.append(
                    RosterEntry(
                        staff.id,
                        staff.staff_number,
                        staff.name,
                        staff.kana,
                        person_status(done_id is not None, exempt_id is not None),
                        completed_on,
                    )
                )
            return result

    def person_history(self, actor: Actor, staff_id: int) -> PersonHistory:
        """Every course and drill a person was concerned by or has a record of, newest first."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound(tr("職員が見つかりません。"))
            periods = session.execute(
                select(
                    Assignment.start_date,
                    Assignment.end_date,
                    Department.id,
                    Department.name,
                    Department.owns_systems,
                )
                .join(Department, Department.id == Assignment.department_id)
                .where(Assignment.staff_id == staff_id)
            ).all()
            first_day = min((p.start_date for p in periods), default=None)
            overrides = {
                o.course_id: o
                for o in session.scalars(
                    select(TargetOverride).where(
                        TargetOverride.staff_id == staff_id, TargetOverride.withdrawn_at.is_(None)
                    )
                )
            }
            attended = {
                a.course_id: a
                for a in session.scalars(
                    select(Attendance).where(
                        Attendance.staff_id == staff_id, Attendance.withdrawn_at.is_(None)
                    )
                )
            }
            drills = {
                d.course_id: d
                for d in session.scalars(
                    select(DrillResult).where(DrillResult.staff_id == staff_id)
                )
            }
            courses = session.scalars(
                select(Course)
                .where(Course.withdrawn_at.is_(None))
                .order_by(Course.fiscal_year.desc(), Course.due_date.desc(), Course.code)
            ).all()
            current = session.get(Department, staff.department_id) if staff.department_id else None
            rows = []
            for course in courses:
                period = next(
                    (
                        p
                        for p in periods
                        if p.start_date <= course.due_date
                        and (p.end_date is None or p.end_date > course.due_date)
                    ),
                    None,
                )
                facts = PersonOnDay(
                    period.id if period else None,
                    bool(period.owns_systems) if period else False,
                    staff.employment_type_id,
                    staff.joined_on or first_day,
                )
                override = overrides.get(course.id)
                mode = OverrideMode(override.mode) if override else None
                concerned = in_target(spec_of(course), facts, mode)
                record = attended.get(course.id)
                drill = drills.get(course.id)
                if not concerned and record is None and drill is None:
                    continue
                rows.append(
                    _history_row(course, period, current, concerned, mode, override, record, drill)
                )
            return PersonHistory(
                staff.id,
                staff.staff_number,
                staff.name,
                current.name if current else "",
                staff.active,
                rows,
            )


def _history_row(course, period, current, concerned, mode, override, record, drill) -> HistoryRow:
    if is_drill(course):
        done = drill is not None and drill.sent
        stage = (
            stage_from_flags(drill.sent, drill.opened, drill.clicked, drill.submitted).value
            if drill
            else None
        )
        completed_on = drill.sent_at.astimezone(TOKYO).date() if drill and drill.sent_at else None
        score = None
    else:
        done = record is not None and record.status == AttendanceStatus.COMPLETED
        stage = None
        completed_on = record.completed_on if record else None
        score = record.score if record else None
    note = ""
    if mode is not None:
        note = tr(MODE_LABELS[mode])
        if override.reason:
            note = tr("{mode}（{reason}）").format(mode=note, reason=override.reason)
    return HistoryRow(
        course.id,
        course.fiscal_year,
        course.code,
        course.title,
        course.kind,
        course.due_date,
        period.name if period else (current.name if current else ""),
        concerned,
        person_status(done, mode == OverrideMode.EXEMPT) if concerned else None,
        completed_on,
        score,
        stage,
        bool(drill.reported) if drill else False,
        note,
    )
