"""Courses and drills of each fiscal year, their sessions, and the list of exemption reasons."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.fiscal import fiscal_year_bounds, fiscal_year_label
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline, normalize_code
from secdesk.domain.training import (
    DEFAULT_RULES,
    CourseKind,
    TargetRule,
)
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.store.models import Course, EmploymentType


@dataclass(frozen=True)
class CourseInput:
    fiscal_year: int
    code: str
    title: str
    kind: str
    due_date: date | None
    target_rule: str | None = None  # None: the kind's usual rule
    target_employment_type_id: int | None = None
    target_joined_after: date | None = None
    target_rate: int = 100
    notes: str = ""


@dataclass(frozen=True)
class CourseInfo:
    id: int
    fiscal_year: int
    code: str
    title: str
    kind: str
    due_date: date
    target_rule: str
    target_employment_type_id: int | None
    target_joined_after: date | None
    target_rate: int
    notes: str
    follow_up_of_id: int | None
    withdrawn: bool
    withdrawn_reason: str
    version: int

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"


def course_info(course: Course) -> CourseInfo:
    return CourseInfo(
        course.id,
        course.fiscal_year,
        course.code,
        course.title,
        course.kind,
        course.due_date,
        course.target_rule,
        course.target_employment_type_id,
        course.target_joined_after,
        course.target_rate,
        course.notes,
        course.follow_up_of_id,
        course.withdrawn_at is not None,
        course.withdrawn_reason,
        course.version,
    )


def _fields(course: Course) -> dict[str, object]:
    return {
        "fiscal_year": course.fiscal_year,
        "code": course.code,
        "title": course.title,
        "kind": course.kind,
        "due_date": course.due_date,
        "target_rule": course.target_rule,
        "target_employment_type_id": course.target_employment_type_id,
        "target_joined_after": course.target_joined_after,
        "target_rate": course.target_rate,
        "notes": course.notes,
    }


def validate_course(session: Session, data: CourseInput, own_id: int | None) -> CourseInput:
    """Normalise and check a course; every problem names its field."""
    problems: list[Problem] = []
    try:
        kind = CourseKind(data.kind)
    except ValueError:
        kind = None
        problems.append(Problem(tr("研修の種別を選んでください。"), "kind"))
    rule_text = data.target_rule or (DEFAULT_RULES[kind].value if kind else TargetRule.ALL.value)
    try:
        rule = TargetRule(rule_text)
    except ValueError:
        rule = TargetRule.ALL
        problems.append(Problem(tr("対象者の決め方を選んでください。"), "target_rule"))
    clean = replace(
        data,
        code=normalize_code(data.code),
        title=clean_line(data.title),
        notes=clean_multiline(data.notes),
        target_rule=rule.value,
        target_employment_type_id=data.target_employment_type_id
        if rule == TargetRule.ALL
        else None,
        target_joined_after=data.target_joined_after if rule == TargetRule.JOINED_AFTER else None,
    )
    if not 2000 <= clean.fiscal_year <= 2100:
        problems.append(Problem(tr("年度は2000〜2100で入力してください。"), "fiscal_year"))
    if not clean.code:
        problems.append(Problem(tr("研修コードを入力してください。"), "code"))
    elif len(clean.code) > 32:
        problems.append(Problem(tr("研修コードは32文字以内で入力してください。"), "code"))
    else:
        clash = session.scalar(
            select(Course.id).where(
                Course.fiscal_year == clean.fiscal_year, Course.code == clean.code
            )
        )
        if clash is not None and clash != own_id:
            problems.append(Problem(tr("この研修コードは同じ年度ですでに使われています。"), "code"))
    if not clean.title:
        problems.append(Problem(tr("研修名を入力してください。"), "title"))
    elif len(clean.title) > 200:
        problems.append(Problem(tr("研修名は200文字以内で入力してください。"), "title"))
    if clean.due_date is None:
        problems.append(Problem(tr("期限日を入力してください。"), "due_date"))
    elif 2000 <= clean.fiscal_year <= 2100:
        first, last = fiscal_year_bounds(clean.fiscal_year)
        if not first <= clean.due_date <= last:
            problems.append(
                Problem(
                    tr("期限日は{fy}の日付（{first}〜{last}）にしてください。").format(
                        fy=fiscal_year_label(clean.fiscal_year), first=first, last=last
                    ),
                    "due_date",
                )
            )
    if rule == TargetRule.JOINED_AFTER and clean.target_joined_after is None:
        problems.append(Problem(tr("採用日の基準日を入力してください。"), "target_joined_after"))
    if clean.target_employment_type_id is not None and (
        session.get(EmploymentType, clean.target_employment_type_id) is None
    ):
        problems.append(Problem(tr("雇用区分が見つかりません。"), "target_employment_type_id"))
    if not 1 <= clean.target_rate <= 100:
        problems.append(Problem(tr("目標受講率は1〜100%で入力してください。"), "target_rate"))
    if len(clean.notes) > 2000:
        problems.append(Problem(tr("備考は2000文字以内で入力してください。"), "notes"))
    if problems:
        raise ValidationError(problems)
    return clean


def get_course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(tr("研修が見つかりません。"))
    return course


def open_course(session: Session, course_id: int) -> Course:
    """A course that may still receive records (not withdrawn)."""
    course = get_course(session, course_id)
    if course.withdrawn_at is not None:
        raise ValidationError(tr("取り消された研修には記録できません。"))
    return course


class CourseService:
    """Setting up the year's courses and drills."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def get(self, actor: Actor, course_id: int) -> CourseInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return course_info(get_course(session, course_id))

    def find(self, actor: Actor, fiscal_year: int, code: str) -> CourseInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            course = session.scalar(
                select(Course).where(
                    Course.fiscal_year == fiscal_year, Course.code == normalize_code(code)
                )
            )
            if course is None:
                raise NotFound(
                    tr("{fy}の研修「{code}」は登録されていません。").format(
                        fy=fiscal_year_label(fiscal_year), code=normalize_code(code)
                    )
                )
            return course_info(course)

    def find_code(self, actor: Actor, code: str, fiscal_year: int | None, today) -> CourseInfo:
        """The course of that code: of the fiscal year given; without one, of the current fiscal
        year, else of the only year that has the code (several years: NotFound naming them)."""
        if fiscal_year is not None:
            return self.find(actor, fiscal_year, code)
        from secdesk.domain.fiscal import fiscal_year as year_of

        actor.require(Permission.READ)
        with self.db.read() as session:
            years = sorted(
                session.scalars(
                    select(Course.fiscal_year).where(Course.code == normalize_code(code))
                ).all()
            )
        current = year_of(today)
        if current in years or not years:
            return self.find(actor, current, code)
        if len(years) == 1:
            return self.find(actor, years[0], code)
        from secdesk.i18n import join

        raise NotFound(
            tr(
                "研修「{code}」は {years} にあります。--fiscal-year で年度を指定してください。"
            ).format(code=normalize_code(code), years=join(fiscal_year_label(y) for y in years))
        )

    def of_year(
        self, actor: Actor, fiscal_year: int, include_withdrawn: bool = False
    ) -> list[CourseInfo]:
        actor.require(Permission.READ)
        stmt = (
            select(Course)
            .where(Course.fiscal_year == fiscal_year)
            .order_by(Course.due_date, Course.code)
        )
        if not include_withdrawn:
            stmt = stmt.where(Course.withdrawn_at.is_(None))
        with self.db.read() as session:
            return [course_info(c) for c in session.scalars(stmt)]

    def fiscal_years(self, actor: Actor) -> list[int]:
        """Years with courses, newest first."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Course.fiscal_year).distinct().order_by(Course.fiscal_year.desc())
                )
            )

    def create(
        self, actor: Actor, data: CourseInput, follow_up_of: int | None = None
    ) -> CourseInfo:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            clean = validate_course(session, data, None)
            course = Course(
                fiscal_year=clean.fiscal_year,
                code=clean.code,
                title=clean.title,
                kind=clean.kind,
                due_date=clean.due_date,
                target_rule=clean.target_rule,
                target_employment_type_id=clean.target_employment_type_id,
                target_joined_after=clean.target_joined_after,
                target_rate=clean.target_rate,
                notes=clean.notes,
                follow_up_of_id=follow_up_of,
                withdrawn_reason="",
            )
            session.add(course)
            session.flush()
            trail.record(session, actor, self.clock, "create", "course", course.id, _fields(course))
            return course_info(course)

    def update(
        self, actor: Actor, course_id: int, expected_version: int, data: CourseInput
    ) -> CourseInfo:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            course = get_course(session, course_id)
            before = _fields(course)
            mine = {"code": data.code, "title": data.title, "due_date": data.due_date}
            check_version(
                "course",
                course,
                expected_version,
                mine,
                before,
                tr("他の利用者がこの研修を先に更新しました。"),
            )
            clean = validate_course(session, data, course.id)
            for key in _fields(course):
                setattr(course, key, getattr(clean, key))
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "course",
                course.id,
                trail.changes(before, _fields(course)),
            )
            return course_info(course)

    def withdraw(
        self, actor: Actor, course_id: int, expected_version: int, reason: str
    ) -> CourseInfo:
        """取消: the course leaves the lists and reports; its records stay."""
        actor.require(Permission.EDIT_TRAINING)
        reason = clean_line(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            course = get_course(session, course_id)
            check_version(
                "course",
                course,
                expected_version,
                {},
                _fields(course),
                tr("他の利用者がこの研修を先に更新しました。"),
            )
            course.withdrawn_at = self.clock.now()
            course.withdrawn_reason = reason[:200]
            session.flush()
            trail.record(
                session, actor, self.clock, "withdraw", "course", course.id, {"reason": reason}
            )
            return course_info(course)

    def list_source(self):
        from secdesk.services.training.course_list import CourseListSource

        return CourseListSource(self.db)
