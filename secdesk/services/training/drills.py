"""Phishing drills (標的型攻撃メール訓練): rates per department, people who click again and again,
and follow-up training for those who clicked."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select

from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import kana_sort_key, normalize, normalize_code, search_key, to_katakana
from secdesk.domain.training import CourseKind, OverrideMode, rate_of
from secdesk.i18n import QT_TR_NOOP, join, tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.listing import (
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    fetch_ids,
    id_array,
)
from secdesk.services.roster.staff import departments_on_stmt
from secdesk.services.training.courses import CourseInfo, course_info, get_course, open_course
from secdesk.services.training.status import department_names
from secdesk.services.training.targets import apply_override, is_drill
from secdesk.store.models import Course, Department, DrillResult, Staff

STAGE_FLAGS = ("opened", "clicked", "submitted", "reported")


@dataclass(frozen=True)
class DrillCounts:
    """People the mail reached, and how many opened, clicked, submitted and reported it."""

    sent: int
    opened: int
    clicked: int
    submitted: int
    reported: int

    def rate(self, flag: str) -> float | None:
        return rate_of(getattr(self, flag), self.sent)


@dataclass(frozen=True)
class DrillDepartmentRow:
    department_id: int | None
    code: str
    name: str
    counts: DrillCounts


@dataclass(frozen=True)
class DrillSummary:
    course: CourseInfo
    counts: DrillCounts
    not_sent: int  # results whose mail never went out (scheduled, error)
    departments: list[DrillDepartmentRow]


def _drill(session, course_id: int) -> Course:
    course = get_course(session, course_id)
    if not is_drill(course):
        raise ValidationError(tr("標的型攻撃メール訓練ではありません。"))
    return course


def summarise_drill(session, course: Course) -> DrillSummary:
    """Rates over the people the mail reached, by their department on the drill's date."""
    on_day = departments_on_stmt(course.due_date).subquery("on_day")
    department = func.coalesce(on_day.c.department_id, Staff.department_id)
    flags = [
        func.sum(case((getattr(DrillResult, flag).is_(True), 1), else_=0)) for flag in STAGE_FLAGS
    ]
    stmt = (
        select(department, func.count(), *flags)
        .select_from(DrillResult)
        .join(Staff, Staff.id == DrillResult.staff_id)
        .outerjoin(on_day, on_day.c.staff_id == DrillResult.staff_id)
        .where(DrillResult.course_id == course.id, DrillResult.sent.is_(True))
        .group_by(department)
    )
    names = department_names(session)
    rows = []
    for dept_id, sent, *values in session.execute(stmt):
        code, name, _, _ = names.get(dept_id, ("", tr("（所属なし）"), "", 0))
        counts = DrillCounts(int(sent), *(int(v or 0) for v in values))
        rows.append(DrillDepartmentRow(dept_id, code, name, counts))
    rows.sort(key=lambda r: (names.get(r.department_id, ("", "", "", 10**9))[3], r.code))
    total = DrillCounts(*(sum(getattr(r.counts, f) for r in rows) for f in ("sent", *STAGE_FLAGS)))
    not_sent = (
        session.scalar(
            select(func.count())
            .select_from(DrillResult)
            .where(DrillResult.course_id == course.id, DrillResult.sent.is_(False))
        )
        or 0
    )
    return DrillSummary(course_info(course), total, not_sent, rows)


class DrillService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def summary(self, actor: Actor, course_id: int) -> DrillSummary:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return summarise_drill(session, _drill(session, course_id))

    def latest(self, actor: Actor) -> DrillSummary | None:
        """The most recent drill that has results (for the dashboard)."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            course = session.scalar(
                select(Course)
                .where(
                    Course.kind == CourseKind.PHISHING.value,
                    Course.withdrawn_at.is_(None),
                    Course.id.in_(select(DrillResult.course_id).where(DrillResult.sent.is_(True))),
                )
                .order_by(Course.due_date.desc(), Course.id.desc())
                .limit(1)
            )
            return None if course is None else summarise_drill(session, course)

    def clicker_ids(self, actor: Actor, course_id: int, submitted_only: bool = False) -> list[int]:
        actor.require(Permission.READ)
        flag = DrillResult.submitted if submitted_only else DrillResult.clicked
        with self.db.read() as session:
            _drill(session, course_id)
            return list(
                session.scalars(
                    select(DrillResult.staff_id).where(
                        DrillResult.course_id == course_id, flag.is_(True)
                    )
                )
            )

    def assign_follow_up(
        self, actor: Actor, drill_id: int, course_id: int, submitted_only: bool = False
    ) -> int:
        """Put everyone who clicked (or submitted data) in a drill on a follow-up course."""
        actor.require(Permission.EDIT_TRAINING)
        flag = DrillResult.submitted if submitted_only else DrillResult.clicked
        with self.db.write() as session:
            drill = _drill(session, drill_id)
            course = open_course(session, course_id)
            if is_drill(course):
                raise ValidationError(
                    tr("フォローアップには標的型攻撃メール訓練以外の研修を選んでください。")
                )
            people = list(
                session.scalars(
                    select(DrillResult.staff_id).where(
                        DrillResult.course_id == drill.id, flag.is_(True)
                    )
                )
            )
            events: list[trail.TrailEvent] = []
            for staff_id in people:
                events.extend(
                    apply_override(session, course.id, staff_id, OverrideMode.INCLUDE, "")
                )
            if course.follow_up_of_id is None:
                course.follow_up_of_id = drill.id
            events.append(
                trail.TrailEvent(
                    "assign_follow_up",
                    "course",
                    course.id,
                    {"drill": drill.code, "drill_id": drill.id, "people": len(people)},
                )
            )
            trail.record_many(session, actor, self.clock, events)
            return len(people)

    def repeat_clickers(self) -> RepeatClickerSource:
        return RepeatClickerSource(self.db)


class RepeatClickerSource:
    """People who clicked in more than one drill: the view across campaigns GoPhish lacks.

    Counts every drill ever held (not withdrawn). Filter: `min_clicks` (default 2).
    """

    _COLUMNS = (
        ColumnSpec("staff_number", QT_TR_NOOP("職員番号"), width=90),
        ColumnSpec("name", QT_TR_NOOP("氏名"), width=130),
        ColumnSpec("department", QT_TR_NOOP("所属（現在）"), width=170),
        ColumnSpec("clicks", QT_TR_NOOP("クリック回数"), width=100, align_right=True),
        ColumnSpec("received", QT_TR_NOOP("受信した訓練"), width=100, align_right=True),
        ColumnSpec("reported", QT_TR_NOOP("報告回数"), width=90, align_right=True),
        ColumnSpec("drills", QT_TR_NOOP("クリックした訓練"), width=260, sortable=False),
    )

    def __init__(self, db) -> None:
        self.db = db

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def _grouped(self, query: ListQuery):
        conditions = [
            DrillResult.sent.is_(True),
            Course.withdrawn_at.is_(None),
            Course.kind == CourseKind.PHISHING.value,
        ]
        clicks = func.sum(case((DrillResult.clicked.is_(True), 1), else_=0))
        grouped = (
            select(
                DrillResult.staff_id.label("staff_id"),
                clicks.label("clicks"),
                func.count().label("received"),
                func.sum(case((DrillResult.reported.is_(True), 1), else_=0)).label("reported"),
            )
            .join(Course, Course.id == DrillResult.course_id)
            .where(and_(*conditions))
            .group_by(DrillResult.staff_id)
            .having(clicks >= int(query.filter("min_clicks", 2) or 2))
            .subquery("clickers")
        )
        stmt = select(grouped).join(Staff, Staff.id == grouped.c.staff_id)
        text = normalize(query.text)
        if text:
            stmt = stmt.where(
                or_(
                    contains(Staff.staff_number, normalize_code(text)),
                    contains(Staff.name_key, search_key(text)),
                    contains(Staff.kana_key, to_katakana(kana_sort_key(text))),
                )
            )
        return stmt, grouped

    def count(self, actor: Actor, query: ListQuery) -> int:
        actor.require(Permission.READ)
        stmt, _ = self._grouped(query)
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None) -> array:
        actor.require(Permission.READ)
        stmt, grouped = self._grouped(query)
        stmt = stmt.with_only_columns(grouped.c.staff_id)
        sort = query.sort or "clicks"
        descending = query.descending if query.sort else True
        key = {
            "staff_number": Staff.staff_number,
            "name": Staff.kana_key,
            "department": Staff.department_id,
            "clicks": grouped.c.clicks,
            "received": grouped.c.received,
            "reported": grouped.c.reported,
        }.get(sort, grouped.c.clicks)
        keys = [key, Staff.kana_key, Staff.id]
        stmt = stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as session:
            if limit is not None:
                return id_array(session.scalars(stmt))
            return fetch_ids(session, stmt, progress)

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        wanted = list(ids)
        if not wanted:
            return {}
        with self.db.read() as session:
            stats: dict[int, list] = {i: [0, 0, 0, []] for i in wanted}
            stmt = (
                select(DrillResult, Course.code, Course.fiscal_year)
                .join(Course, Course.id == DrillResult.course_id)
                .where(
                    DrillResult.staff_id.in_(wanted),
                    DrillResult.sent.is_(True),
                    Course.withdrawn_at.is_(None),
                    Course.kind == CourseKind.PHISHING.value,
                )
                .order_by(Course.due_date)
            )
            for result, code, year in session.execute(stmt):
                entry = stats[result.staff_id]
                entry[1] += 1
                entry[2] += int(result.reported)
                if result.clicked:
                    entry[0] += 1
                    entry[3].append(f"{year}-{code}")
            staff = session.execute(
                select(Staff, Department.name)
                .outerjoin(Department, Department.id == Staff.department_id)
                .where(Staff.id.in_(wanted))
            ).all()
            return {
                s.id: ListRow(
                    s.id,
                    (
                        s.staff_number,
                        s.name,
                        dept or "",
                        stats[s.id][0],
                        stats[s.id][1],
                        stats[s.id][2],
                        join(stats[s.id][3]),
                    ),
                )
                for s, dept in staff
            }
