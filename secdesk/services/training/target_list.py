"""The people a course concerns, each with where they stand: the 対象者 and 未受講者 lists.

A source serves one course at a time (`course_id`, which the screen changes when another course
is chosen). Filters: `departments` (department ids as on the due date), `status` (completed /
incomplete / exempt). The non-completer list of the whole organisation is this list with
status=incomplete.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select

from secdesk.domain.roles import Permission
from secdesk.domain.text import kana_sort_key, normalize, normalize_code, search_key, to_katakana
from secdesk.domain.timezone import TOKYO
from secdesk.domain.training import (
    MODE_LABELS,
    AttendanceStatus,
    OverrideMode,
    PersonStatus,
    person_status,
    stage_from_flags,
    stage_label,
    status_label,
)
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core.context import Actor
from secdesk.services.core.listing import (
    STATE_DONE,
    STATE_INACTIVE,
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    fetch_ids,
    id_array,
)
from secdesk.services.training.targets import (
    done_stmt,
    exempt_stmt,
    is_drill,
    population,
    status_rank,
)
from secdesk.store.models import (
    Attendance,
    Course,
    Department,
    DrillResult,
    Staff,
    TargetOverride,
)

STATUS_FILTERS = {s.value for s in PersonStatus}


class TargetListSource:
    """Everyone in a course's target population, department as on the due date."""

    _COLUMNS = (
        ColumnSpec("staff_number", QT_TR_NOOP("職員番号"), width=90),
        ColumnSpec("name", QT_TR_NOOP("氏名"), width=130),
        ColumnSpec("kana", QT_TR_NOOP("フリガナ"), width=150),
        ColumnSpec("department", QT_TR_NOOP("所属（期限日時点）"), width=170),
        ColumnSpec("status", QT_TR_NOOP("状況"), width=70),
        ColumnSpec("completed_on", QT_TR_NOOP("完了日・送信日"), width=110),
        ColumnSpec("result", QT_TR_NOOP("得点・訓練結果"), width=120, sortable=False),
        ColumnSpec("note", QT_TR_NOOP("個別の指定"), width=180, sortable=False),
    )

    def __init__(self, db, course_id: int | None = None) -> None:
        self.db = db
        self.course_id = course_id

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def _course(self, session) -> Course | None:
        return session.get(Course, self.course_id) if self.course_id else None

    def _base(self, course: Course, query: ListQuery, columns):
        pop = population(course).subquery("pop")
        done = done_stmt(course).subquery("done")
        exempt = exempt_stmt(course).subquery("exempt")
        stmt = (
            select(*columns(pop, done, exempt))
            .select_from(pop)
            .join(Staff, Staff.id == pop.c.staff_id)
            .outerjoin(done, done.c.staff_id == pop.c.staff_id)
            .outerjoin(exempt, exempt.c.staff_id == pop.c.staff_id)
        )
        departments = query.filter("departments")
        if departments:
            stmt = stmt.where(pop.c.department_id.in_(list(departments)))
        status = query.filter("status")
        if status == PersonStatus.COMPLETED:
            stmt = stmt.where(done.c.staff_id.is_not(None))
        elif status == PersonStatus.EXEMPT:
            stmt = stmt.where(done.c.staff_id.is_(None), exempt.c.staff_id.is_not(None))
        elif status == PersonStatus.INCOMPLETE:
            stmt = stmt.where(done.c.staff_id.is_(None), exempt.c.staff_id.is_(None))
        text = normalize(query.text)
        if text:
            stmt = stmt.where(
                or_(
                    contains(Staff.staff_number, normalize_code(text)),
                    contains(Staff.name_key, search_key(text)),
                    contains(Staff.kana_key, to_katakana(kana_sort_key(text))),
                )
            )
        return stmt, pop, done, exempt

    def count(self, actor: Actor, query: ListQuery) -> int:
        actor.require(Permission.READ)
        with self.db.read() as session:
            course = self._course(session)
            if course is None:
                return 0
            stmt, *_ = self._base(course, query, lambda pop, done, exempt: [func.count()])
            return session.scalar(stmt) or 0

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None) -> array:
        actor.require(Permission.READ)
        with self.db.read() as session:
            course = self._course(session)
            if course is None:
                return id_array([])
            stmt, pop, done, exempt = self._base(
                course, query, lambda pop, done, exempt: [pop.c.staff_id]
            )
            sort = query.sort or "department"
            if sort == "department":
                stmt = stmt.outerjoin(Department, Department.id == pop.c.department_id)
                keys = [Department.sort_order, Department.code, Staff.kana_key]
            elif sort == "status":
                keys = [status_rank(done.c.staff_id, exempt.c.staff_id), Staff.kana_key]
            elif sort == "completed_on":
                stmt, day = _with_day(course, stmt, pop)
                keys = [day]
            else:
                keys = [
                    {
                        "staff_number": Staff.staff_number,
                        "name": Staff.name_key,
                        "kana": Staff.kana_key,
                    }.get(sort, Staff.kana_key)
                ]
            keys.append(Staff.id)
            stmt = stmt.order_by(*(k.desc() if query.descending else k.asc() for k in keys))
            if limit is not None:
                return id_array(session.scalars(stmt.limit(limit)))
            return fetch_ids(session, stmt, progress)

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        wanted = list(ids)
        with self.db.read() as session:
            course = self._course(session)
            if course is None or not wanted:
                return {}
            return _rows(session, course, wanted)


def _with_day(course: Course, stmt, pop):
    """The statement joined to the date a person completed (or was sent the drill)."""
    if is_drill(course):
        return (
            stmt.outerjoin(
                DrillResult,
                and_(DrillResult.course_id == course.id, DrillResult.staff_id == pop.c.staff_id),
            ),
            DrillResult.sent_at,
        )
    return (
        stmt.outerjoin(
            Attendance,
            and_(
                Attendance.course_id == course.id,
                Attendance.staff_id == pop.c.staff_id,
                Attendance.withdrawn_at.is_(None),
            ),
        ),
        Attendance.completed_on,
    )


def _rows(session, course: Course, wanted: list[int]) -> dict[int, ListRow]:
    pop = population(course).subquery("pop")
    departments = dict(
        session.execute(
            select(pop.c.staff_id, Department.name)
            .select_from(pop)
            .outerjoin(Department, Department.id == pop.c.department_id)
            .where(pop.c.staff_id.in_(wanted))
        ).all()
    )
    overrides = {
        o.staff_id: o
        for o in session.scalars(
            select(TargetOverride).where(
                TargetOverride.course_id == course.id,
                TargetOverride.staff_id.in_(wanted),
                TargetOverride.withdrawn_at.is_(None),
            )
        )
    }
    if is_drill(course):
        records = {
            d.staff_id: d
            for d in session.scalars(
                select(DrillResult).where(
                    DrillResult.course_id == course.id, DrillResult.staff_id.in_(wanted)
                )
            )
        }
    else:
        records = {
            a.staff_id: a
            for a in session.scalars(
                select(Attendance).where(
                    Attendance.course_id == course.id,
                    Attendance.staff_id.in_(wanted),
                    Attendance.withdrawn_at.is_(None),
                )
            )
        }
    result = {}
    for staff in session.scalars(select(Staff).where(Staff.id.in_(wanted))):
        result[staff.id] = _row(
            course, staff, departments, records.get(staff.id), overrides.get(staff.id)
        )
    return result


def _row(course, staff, departments, record, override) -> ListRow:
    exempt = override is not None and override.mode == OverrideMode.EXEMPT
    if is_drill(course):
        done = record is not None and record.sent
        day = record.sent_at.astimezone(TOKYO).date() if record and record.sent_at else None
        result = ""
        if record is not None:
            stage = stage_from_flags(record.sent, record.opened, record.clicked, record.submitted)
            result = stage_label(stage) + (tr("・報告あり") if record.reported else "")
    else:
        done = record is not None and record.status == AttendanceStatus.COMPLETED
        day = record.completed_on if record else None
        result = "" if record is None or record.score is None else f"{record.score:g}"
        if record is not None and record.status == AttendanceStatus.ABSENT:
            result = tr("欠席")
    status = person_status(done, exempt)
    note = ""
    if override is not None:
        note = tr(MODE_LABELS[OverrideMode(override.mode)])
        if override.reason:
            note = tr("{mode}（{reason}）").format(mode=note, reason=override.reason)
    state = {PersonStatus.COMPLETED: STATE_DONE, PersonStatus.EXEMPT: STATE_INACTIVE}.get(status)
    return ListRow(
        staff.id,
        (
            staff.staff_number,
            staff.name,
            staff.kana,
            departments.get(staff.id) or "",
            status_label(status),
            day,
            result,
            note,
        ),
        state,
        extra={"status": status.value, "exempt": exempt, "override": override is not None},
    )
