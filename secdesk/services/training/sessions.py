"""Sessions of courses held in rooms (or online), and the editable list of exemption reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, normalize
from secdesk.domain.training import AttendanceStatus
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.services.training.courses import get_course, open_course
from secdesk.store.models import Attendance, CourseSession, ExemptionReason

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class SessionInput:
    held_on: date | None
    start_time: str = ""
    place: str = ""
    online: bool = False
    capacity: int | None = None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    course_id: int
    held_on: date
    start_time: str
    place: str
    online: bool
    capacity: int | None
    attended: int
    withdrawn: bool
    version: int

    @property
    def label(self) -> str:
        where = tr("オンライン") if self.online else self.place
        time = f" {self.start_time}" if self.start_time else ""
        return f"{self.held_on.isoformat()}{time} {where}".strip()


@dataclass(frozen=True)
class ReasonInfo:
    id: int
    name: str
    active: bool


def _fields(row: CourseSession) -> dict[str, object]:
    return {
        "held_on": row.held_on,
        "start_time": row.start_time,
        "place": row.place,
        "online": row.online,
        "capacity": row.capacity,
    }


def _validated(data: SessionInput) -> SessionInput:
    problems = []
    time = normalize(data.start_time)
    place = clean_line(data.place)
    if data.held_on is None:
        problems.append(Problem(tr("開催日を入力してください。"), "held_on"))
    if time and not _TIME.match(time):
        problems.append(Problem(tr("開始時刻は 13:30 のように入力してください。"), "start_time"))
    if not data.online and not place:
        problems.append(Problem(tr("会場を入力するか、オンラインを選んでください。"), "place"))
    if len(place) > 200:
        problems.append(Problem(tr("会場は200文字以内で入力してください。"), "place"))
    if data.capacity is not None and not 1 <= data.capacity <= 100000:
        problems.append(Problem(tr("定員は1以上の数で入力してください。"), "capacity"))
    if problems:
        raise ValidationError(problems)
    if time:
        hours, minutes = time.split(":")
        time = f"{int(hours):02d}:{minutes}"
    return SessionInput(data.held_on, time, place, data.online, data.capacity)


class SessionService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def of_course(self, actor: Actor, course_id: int) -> list[SessionInfo]:
        actor.require(Permission.READ)
        attended = (
            select(Attendance.session_id, func.count().label("n"))
            .where(
                Attendance.course_id == course_id,
                Attendance.withdrawn_at.is_(None),
                Attendance.status == AttendanceStatus.COMPLETED.value,
            )
            .group_by(Attendance.session_id)
            .subquery()
        )
        stmt = (
            select(CourseSession, func.coalesce(attended.c.n, 0))
            .outerjoin(attended, attended.c.session_id == CourseSession.id)
            .where(CourseSession.course_id == course_id, CourseSession.withdrawn_at.is_(None))
            .order_by(CourseSession.held_on, CourseSession.start_time)
        )
        with self.db.read() as session:
            get_course(session, course_id)
            return [_info(row, n) for row, n in session.execute(stmt)]

    def create(self, actor: Actor, course_id: int, data: SessionInput) -> SessionInfo:
        actor.require(Permission.EDIT_TRAINING)
        clean = _validated(data)
        with self.db.write() as session:
            open_course(session, course_id)
            row = CourseSession(
                course_id=course_id,
                held_on=clean.held_on,
                start_time=clean.start_time,
                place=clean.place,
                online=clean.online,
                capacity=clean.capacity,
                withdrawn_reason="",
            )
            session.add(row)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "course_session",
                row.id,
                {"course_id": course_id, **_fields(row)},
            )
            return _info(row, 0)

    def update(
        self, actor: Actor, session_id: int, expected_version: int, data: SessionInput
    ) -> SessionInfo:
        actor.require(Permission.EDIT_TRAINING)
        clean = _validated(data)
        with self.db.write() as session:
            row = _get(session, session_id)
            before = _fields(row)
            mine = {"held_on": clean.held_on, "place": clean.place}
            message = tr("他の利用者がこの日程を先に更新しました。")
            check_version("course_session", row, expected_version, mine, before, message)
            row.held_on, row.start_time, row.place = clean.held_on, clean.start_time, clean.place
            row.online, row.capacity = clean.online, clean.capacity
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "course_session",
                row.id,
                trail.changes(before, _fields(row)),
            )
            return _info(row, 0)

    def withdraw(self, actor: Actor, session_id: int, reason: str) -> None:
        actor.require(Permission.EDIT_TRAINING)
        reason = clean_line(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            row = _get(session, session_id)
            row.withdrawn_at = self.clock.now()
            row.withdrawn_reason = reason[:200]
            trail.record(
                session, actor, self.clock, "withdraw", "course_session", row.id, {"reason": reason}
            )

    # --- exemption reasons -------------------------------------------------------------------

    def reasons(self, actor: Actor, include_inactive: bool = False) -> list[ReasonInfo]:
        actor.require(Permission.READ)
        stmt = select(ExemptionReason).order_by(ExemptionReason.sort_order, ExemptionReason.id)
        if not include_inactive:
            stmt = stmt.where(ExemptionReason.active.is_(True))
        with self.db.read() as session:
            return [ReasonInfo(r.id, r.name, r.active) for r in session.scalars(stmt)]

    def add_reason(self, actor: Actor, name: str) -> ReasonInfo:
        actor.require(Permission.EDIT_TRAINING)
        clean = clean_line(name)
        if not clean or len(clean) > 100:
            raise ValidationError(Problem(tr("免除理由は1〜100文字で入力してください。"), "name"))
        with self.db.write() as session:
            existing = session.scalar(select(ExemptionReason).where(ExemptionReason.name == clean))
            if existing is not None:
                if not existing.active:
                    existing.active = True
                    trail.record(
                        session,
                        actor,
                        self.clock,
                        "activate",
                        "exemption_reason",
                        existing.id,
                        {"name": clean},
                    )
                return ReasonInfo(existing.id, existing.name, True)
            top = session.scalar(select(func.max(ExemptionReason.sort_order))) or 0
            row = ExemptionReason(name=clean, sort_order=top + 10, active=True)
            session.add(row)
            session.flush()
            trail.record(
                session, actor, self.clock, "create", "exemption_reason", row.id, {"name": clean}
            )
            return ReasonInfo(row.id, row.name, True)

    def set_reason_active(self, actor: Actor, reason_id: int, active: bool) -> None:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            row = session.get(ExemptionReason, reason_id)
            if row is None:
                raise NotFound(tr("免除理由が見つかりません。"))
            details = {"name": row.name}
            trail.switch_active(
                session, actor, self.clock, "exemption_reason", row, active, details
            )


def _get(session, session_id: int) -> CourseSession:
    row = session.get(CourseSession, session_id)
    if row is None or row.withdrawn_at is not None:
        raise NotFound(tr("日程が見つかりません。"))
    return row


def _info(row: CourseSession, attended: int) -> SessionInfo:
    return SessionInfo(
        row.id,
        row.course_id,
        row.held_on,
        row.start_time,
        row.place,
        row.online,
        row.capacity,
        int(attended),
        row.withdrawn_at is not None,
        row.version,
    )
