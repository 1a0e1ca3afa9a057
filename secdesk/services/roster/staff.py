"""Staff members, their department history, and the staff list."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import (
    clean_line,
    kana_sort_key,
    normalize,
    normalize_code,
    search_key,
)
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.services.roster.assignments import (
    deactivate,
    departments_on_stmt,
    move_staff,
    reactivate,
)
from secdesk.store.models import Assignment, Department, EmploymentType, Staff

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class StaffInput:
    staff_number: str
    name: str
    kana: str = ""
    title: str = ""
    employment_type_id: int | None = None
    email: str = ""
    department_id: int | None = None
    joined_on: date | None = None


@dataclass(frozen=True)
class AssignmentInfo:
    department_id: int
    department_code: str
    department_name: str
    start_date: date
    end_date: date | None


@dataclass(frozen=True)
class StaffInfo:
    id: int
    staff_number: str
    name: str
    kana: str
    title: str
    employment_type_id: int | None
    employment_type: str
    email: str
    department_id: int | None
    department_name: str
    active: bool
    joined_on: date | None
    left_on: date | None
    version: int
    history: tuple[AssignmentInfo, ...] = ()


def _fields(staff: Staff) -> dict[str, object]:
    return {
        "staff_number": staff.staff_number,
        "name": staff.name,
        "kana": staff.kana,
        "title": staff.title,
        "employment_type_id": staff.employment_type_id,
        "email": staff.email,
        "department_id": staff.department_id,
        "active": staff.active,
        "joined_on": staff.joined_on,
        "left_on": staff.left_on,
    }


def validate_staff_fields(data: StaffInput) -> tuple[StaffInput, list[Problem]]:
    """Normalise and check the fields of one person (shared by the form and the import)."""
    clean = replace(
        data,
        staff_number=normalize_code(data.staff_number),
        name=clean_line(data.name),
        kana=normalize(data.kana),
        title=clean_line(data.title),
        email=normalize(data.email).replace(" ", ""),
    )
    problems = []
    if not clean.staff_number:
        problems.append(Problem(tr("職員番号を入力してください。"), "staff_number"))
    elif len(clean.staff_number) > 32:
        problems.append(Problem(tr("職員番号は32文字以内で入力してください。"), "staff_number"))
    if not clean.name:
        problems.append(Problem(tr("氏名を入力してください。"), "name"))
    elif len(clean.name) > 100:
        problems.append(Problem(tr("氏名は100文字以内で入力してください。"), "name"))
    if len(clean.kana) > 100:
        problems.append(Problem(tr("フリガナは100文字以内で入力してください。"), "kana"))
    if clean.email and (len(clean.email) > 254 or not _EMAIL.match(clean.email)):
        problems.append(Problem(tr("メールアドレスの形式が正しくありません。"), "email"))
    if len(clean.title) > 100:
        problems.append(Problem(tr("役職は100文字以内で入力してください。"), "title"))
    return clean, problems


class StaffService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def get(self, actor: Actor, staff_id: int) -> StaffInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            staff = _get(session, staff_id)
            return _info(session, staff, with_history=True)

    def find_by_number(self, actor: Actor, staff_number: str) -> StaffInfo | None:
        actor.require(Permission.READ)
        with self.db.read() as session:
            staff = session.scalar(
                select(Staff).where(Staff.staff_number == normalize_code(staff_number))
            )
            return None if staff is None else _info(session, staff)

    def create(self, actor: Actor, data: StaffInput, effective: date | None = None) -> StaffInfo:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            clean = _validated(session, data, None)
            staff = Staff(
                staff_number=clean.staff_number,
                name=clean.name,
                name_key=search_key(clean.name),
                kana=clean.kana,
                kana_key=kana_sort_key(clean.kana),
                title=clean.title,
                employment_type_id=clean.employment_type_id,
                email=clean.email,
                email_key=clean.email.casefold(),
                active=True,
                joined_on=clean.joined_on,
                department_id=clean.department_id,
            )
            session.add(staff)
            session.flush()
            if clean.department_id is not None:
                start = effective or clean.joined_on or self.clock.today()
                session.add(
                    Assignment(
                        staff_id=staff.id, department_id=clean.department_id, start_date=start
                    )
                )
            trail.record(session, actor, self.clock, "create", "staff", staff.id, _fields(staff))
            session.flush()
            return _info(session, staff, with_history=True)

    def update(
        self,
        actor: Actor,
        staff_id: int,
        expected_version: int,
        data: StaffInput,
        effective: date | None = None,
    ) -> StaffInfo:
        """Save the form. A changed department is a transfer from `effective` (default today)."""
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            staff = _get(session, staff_id)
            before = _fields(staff)
            check_version(
                "staff",
                staff,
                expected_version,
                _input_fields(data),
                before,
                tr("他の利用者がこの職員を先に更新しました。"),
            )
            clean = _validated(session, data, staff.id)
            staff.staff_number, staff.name, staff.name_key = (
                clean.staff_number,
                clean.name,
                search_key(clean.name),
            )
            staff.kana, staff.kana_key = clean.kana, kana_sort_key(clean.kana)
            staff.title, staff.employment_type_id = clean.title, clean.employment_type_id
            staff.email, staff.email_key = clean.email, clean.email.casefold()
            staff.joined_on = clean.joined_on
            if clean.department_id != staff.department_id and clean.department_id is not None:
                move_staff(session, staff, clean.department_id, effective or self.clock.today())
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "staff",
                staff.id,
                trail.changes(before, _fields(staff)),
            )
            return _info(session, staff, with_history=True)

    def set_active(
        self,
        actor: Actor,
        staff_id: int,
        expected_version: int,
        active: bool,
        on: date | None = None,
    ) -> StaffInfo:
        """Deactivate (退職) from a date, or reactivate. Nobody is ever deleted."""
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            staff = _get(session, staff_id)
            before = _fields(staff)
            check_version(
                "staff",
                staff,
                expected_version,
                {"active": active},
                before,
                tr("他の利用者がこの職員を先に更新しました。"),
            )
            day = on or self.clock.today()
            if active:
                reactivate(session, staff, day)
            else:
                deactivate(session, staff, day)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "activate" if active else "deactivate",
                "staff",
                staff.id,
                trail.changes(before, _fields(staff)),
            )
            return _info(session, staff, with_history=True)

    def department_on(self, actor: Actor, day: date) -> dict[int, int]:
        """staff id → department id on a day, for everyone who had a department then."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return dict(session.execute(departments_on_stmt(day)).all())

    # --- the list -------------------------------------------------------------------------

    def list_source(self):
        from secdesk.services.roster.staff_list import StaffListSource

        return StaffListSource(self.db)


def _input_fields(data: StaffInput) -> dict[str, object]:
    return {
        "staff_number": data.staff_number,
        "name": data.name,
        "kana": data.kana,
        "title": data.title,
        "employment_type_id": data.employment_type_id,
        "email": data.email,
        "department_id": data.department_id,
        "joined_on": data.joined_on,
    }


def _validated(session: Session, data: StaffInput, own_id: int | None) -> StaffInput:
    clean, problems = validate_staff_fields(data)
    if clean.staff_number:
        clash = session.scalar(select(Staff.id).where(Staff.staff_number == clean.staff_number))
        if clash is not None and clash != own_id:
            problems.append(Problem(tr("この職員番号はすでに登録されています。"), "staff_number"))
    if clean.department_id is not None and session.get(Department, clean.department_id) is None:
        problems.append(Problem(tr("所属が見つかりません。"), "department_id"))
    if (
        clean.employment_type_id is not None
        and session.get(EmploymentType, clean.employment_type_id) is None
    ):
        problems.append(Problem(tr("雇用区分が見つかりません。"), "employment_type_id"))
    if problems:
        raise ValidationError(problems)
    return clean


def _get(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(tr("職員が見つかりません。"))
    return staff


def _info(session: Session, staff: Staff, with_history: bool = False) -> StaffInfo:
    history: tuple[AssignmentInfo, ...] = ()
    if with_history:
        rows = session.execute(
            select(Assignment, Department)
            .join(Department, Department.id == Assignment.department_id)
            .where(Assignment.staff_id == staff.id)
            .order_by(Assignment.start_date.desc())
        )
        history = tuple(
            AssignmentInfo(d.id, d.code, d.name, a.start_date, a.end_date) for a, d in rows
        )
    return StaffInfo(
        staff.id,
        staff.staff_number,
        staff.name,
        staff.kana,
        staff.title,
        staff.employment_type_id,
        staff.employment_type.name if staff.employment_type else "",
        staff.email,
        staff.department_id,
        staff.department.name if staff.department else "",
        staff.active,
        staff.joined_on,
        staff.left_on,
        staff.version,
        history,
    )
