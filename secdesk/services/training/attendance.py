"""Recording attendance by hand: staff numbers one after another, or ticks in a department list;
and the coordinator's corrections of who must attend (exemptions, additions, exclusions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, normalize_code
from secdesk.domain.training import (
    AttendanceSource,
    AttendanceStatus,
    OverrideMode,
    in_target,
)
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.training.courses import open_course
from secdesk.services.training.targets import apply_override, is_drill, person_on_day, spec_of
from secdesk.store.models import (
    Attendance,
    Course,
    CourseSession,
    Department,
    Staff,
    TargetOverride,
)

RECORDED, ALREADY, UPDATED, UNKNOWN = "recorded", "already", "updated", "unknown"


@dataclass(frozen=True)
class EntryResult:
    """What one typed or scanned staff number did, to show at once beside the entry."""

    outcome: str  # RECORDED, ALREADY, UPDATED or UNKNOWN
    number: str
    message: str
    staff_id: int | None = None
    name: str = ""
    department: str = ""
    attendance_id: int | None = None
    in_target: bool = True


@dataclass(frozen=True)
class BulkResult:
    recorded: int
    already: int
    updated: int


@dataclass(frozen=True)
class OverrideInfo:
    course_id: int
    staff_id: int
    mode: str
    reason: str


def recordable_course(session: Session, course_id: int) -> Course:
    course = open_course(session, course_id)
    if is_drill(course):
        raise ValidationError(
            tr("標的型攻撃メール訓練の結果は GoPhish の結果ファイルから取り込んでください。")
        )
    return course


def _check_day(clock: Clock, day: date | None) -> date:
    if day is None:
        raise ValidationError(Problem(tr("受講日を入力してください。"), "completed_on"))
    if day > clock.today():
        raise ValidationError(Problem(tr("受講日に未来の日付は指定できません。"), "completed_on"))
    return day


def _check_session(session: Session, course: Course, session_id: int | None) -> None:
    if session_id is None:
        return
    row = session.get(CourseSession, session_id)
    if row is None or row.course_id != course.id or row.withdrawn_at is not None:
        raise ValidationError(Problem(tr("日程が見つかりません。"), "session_id"))


def _in_force(session: Session, course_id: int, staff_ids: Iterable[int]) -> dict[int, Attendance]:
    ids = list(staff_ids)
    if not ids:
        return {}
    return {
        a.staff_id: a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.course_id == course_id,
                Attendance.staff_id.in_(ids),
                Attendance.withdrawn_at.is_(None),
            )
        )
    }


class AttendanceService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def record_by_number(
        self,
        actor: Actor,
        course_id: int,
        number: str,
        day: date | None,
        session_id: int | None = None,
        score: float | None = None,
    ) -> EntryResult:
        """One staff number (full-width digits welcome): record it, or say why not."""
        actor.require(Permission.EDIT_TRAINING)
        day = _check_day(self.clock, day)
        clean = normalize_code(number)
        with self.db.write() as session:
            course = recordable_course(session, course_id)
            _check_session(session, course, session_id)
            staff = (
                session.scalar(select(Staff).where(Staff.staff_number == clean)) if clean else None
            )
            if staff is None:
                return EntryResult(
                    UNKNOWN,
                    clean,
                    tr("職員番号「{n}」の職員は登録されていません。").format(n=clean or number),
                )
            facts = person_on_day(session, staff.id, course.due_date)
            override = session.scalar(
                select(TargetOverride.mode).where(
                    TargetOverride.course_id == course.id,
                    TargetOverride.staff_id == staff.id,
                    TargetOverride.withdrawn_at.is_(None),
                )
            )
            targeted = in_target(
                spec_of(course), facts, OverrideMode(override) if override else None
            )
            dept_id = facts.department_id or staff.department_id
            dept = session.get(Department, dept_id) if dept_id else None
            who = {
                "number": staff.staff_number,
                "staff_id": staff.id,
                "name": staff.name,
                "department": dept.name if dept else "",
                "in_target": targeted,
            }
            existing = _in_force(session, course.id, [staff.id]).get(staff.id)
            note = "" if targeted else tr("（この研修の対象者ではありません）")
            if existing is not None and existing.status == AttendanceStatus.COMPLETED:
                return EntryResult(
                    ALREADY,
                    message=tr("受講済みです（{day} に記録済み）。").format(
                        day=existing.completed_on
                    ),
                    attendance_id=existing.id,
                    **who,
                )
            if existing is not None:
                self._complete(session, actor, existing, day, session_id, score)
                return EntryResult(
                    UPDATED,
                    message=tr("欠席の記録を受講済みに改めました。") + note,
                    attendance_id=existing.id,
                    **who,
                )
            row = self._add(session, actor, course.id, staff.id, day, session_id, score)
            return EntryResult(
                RECORDED, message=tr("記録しました。") + note, attendance_id=row.id, **who
            )

    def record_many(
        self,
        actor: Actor,
        course_id: int,
        staff_ids: list[int],
        day: date | None,
        session_id: int | None = None,
        status: AttendanceStatus = AttendanceStatus.COMPLETED,
    ) -> BulkResult:
        """Ticks in a department list: everyone ticked attended (or was absent) on `day`."""
        actor.require(Permission.EDIT_TRAINING)
        day = _check_day(self.clock, day)
        recorded = already = updated = 0
        with self.db.write() as session:
            course = recordable_course(session, course_id)
            _check_session(session, course, session_id)
            known = set(session.scalars(select(Staff.id).where(Staff.id.in_(staff_ids))))
            missing = set(staff_ids) - known
            if missing:
                raise NotFound(tr("職員が見つかりません。"))
            existing = _in_force(session, course.id, staff_ids)
            for staff_id in dict.fromkeys(staff_ids):
                row = existing.get(staff_id)
                if row is None:
                    self._add(session, actor, course.id, staff_id, day, session_id, None, status)
                    recorded += 1
                elif row.status == status or row.status == AttendanceStatus.COMPLETED:
                    already += 1  # a completion is never turned back into an absence here
                else:
                    self._complete(session, actor, row, day, session_id, None)
                    updated += 1
        return BulkResult(recorded, already, updated)

    def _add(
        self,
        session: Session,
        actor: Actor,
        course_id: int,
        staff_id: int,
        day: date,
        session_id: int | None,
        score: float | None,
        status: AttendanceStatus = AttendanceStatus.COMPLETED,
    ) -> Attendance:
        row = Attendance(
            course_id=course_id,
            staff_id=staff_id,
            session_id=session_id,
            status=status.value,
            completed_on=day if status == AttendanceStatus.COMPLETED else None,
            score=score,
            source=AttendanceSource.MANUAL.value,
            recorded_by=actor.username,
            withdrawn_reason="",
        )
        session.add(row)
        session.flush()
        trail.record(
            session,
            actor,
            self.clock,
            "create",
            "attendance",
            row.id,
            {
                "course_id": course_id,
                "staff_id": staff_id,
                "status": status.value,
                "completed_on": row.completed_on,
                "session_id": session_id,
                "score": score,
            },
        )
        return row

    def _complete(
        self,
        session: Session,
        actor: Actor,
        row: Attendance,
        day: date,
        session_id: int | None,
        score: float | None,
    ) -> None:
        before = {"status": row.status, "completed_on": row.completed_on, "score": row.score}
        row.status, row.completed_on = AttendanceStatus.COMPLETED.value, day
        row.session_id = session_id or row.session_id
        row.score = score if score is not None else row.score
        row.source, row.recorded_by = AttendanceSource.MANUAL.value, actor.username
        session.flush()
        after = {"status": row.status, "completed_on": row.completed_on, "score": row.score}
        trail.record(
            session,
            actor,
            self.clock,
            "update",
            "attendance",
            row.id,
            trail.changes(before, after),
        )

    def withdraw_for(self, actor: Actor, course_id: int, staff_id: int, reason: str) -> None:
        """取消 of the record in force of one person on one course."""
        with self.db.read() as session:
            attendance_id = session.scalar(
                select(Attendance.id).where(
                    Attendance.course_id == course_id,
                    Attendance.staff_id == staff_id,
                    Attendance.withdrawn_at.is_(None),
                )
            )
        if attendance_id is None:
            actor.require(Permission.EDIT_TRAINING)
            raise NotFound(tr("この職員の受講記録はありません。"))
        self.withdraw(actor, attendance_id, reason)

    def withdraw(self, actor: Actor, attendance_id: int, reason: str) -> None:
        """取消 of a record (a mistyped number, Undo): it stays, marked, with the reason."""
        actor.require(Permission.EDIT_TRAINING)
        reason = clean_line(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            row = session.get(Attendance, attendance_id)
            if row is None or row.withdrawn_at is not None:
                raise NotFound(tr("受講記録が見つかりません。"))
            row.withdrawn_at = self.clock.now()
            row.withdrawn_reason = reason[:200]
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "attendance",
                row.id,
                {"course_id": row.course_id, "staff_id": row.staff_id, "reason": reason},
            )

    # --- who must attend ----------------------------------------------------------------------

    def set_override(
        self, actor: Actor, course_id: int, staff_id: int, mode: OverrideMode, reason: str = ""
    ) -> OverrideInfo:
        """Exempt, add or exclude one person; one override per course and person."""
        actor.require(Permission.EDIT_TRAINING)
        mode = OverrideMode(mode)
        reason = clean_line(reason)
        if mode == OverrideMode.EXEMPT and not reason:
            raise ValidationError(Problem(tr("免除の理由を選んでください。"), "reason"))
        if len(reason) > 200:
            raise ValidationError(Problem(tr("理由は200文字以内で入力してください。"), "reason"))
        with self.db.write() as session:
            open_course(session, course_id)
            if session.get(Staff, staff_id) is None:
                raise NotFound(tr("職員が見つかりません。"))
            events = apply_override(session, course_id, staff_id, mode, reason)
            trail.record_many(session, actor, self.clock, events)
            return OverrideInfo(course_id, staff_id, mode.value, reason)

    def withdraw_override(self, actor: Actor, course_id: int, staff_id: int) -> None:
        """The person goes back to what the course's rule says."""
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            row = session.scalar(
                select(TargetOverride).where(
                    TargetOverride.course_id == course_id,
                    TargetOverride.staff_id == staff_id,
                    TargetOverride.withdrawn_at.is_(None),
                )
            )
            if row is None:
                raise NotFound(tr("この職員への個別の指定はありません。"))
            row.withdrawn_at = self.clock.now()
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "training_override",
                row.id,
                {"course_id": course_id, "staff_id": staff_id, "mode": row.mode},
            )
