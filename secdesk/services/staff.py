"""Staff members, their department history, and the staff list."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import ConflictDetails, EditConflict, NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import (
    clean_line,
    kana_sort_key,
    normalize,
    normalize_code,
    search_key,
    to_katakana,
)
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services import trail
from secdesk.services.context import Actor, Clock
from secdesk.services.listing import (
    STATE_INACTIVE,
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    id_array,
    ordered,
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
            if staff.version != expected_version:
                raise EditConflict(
                    tr("他の利用者がこの職員を先に更新しました。"),
                    ConflictDetails(
                        "staff",
                        staff.id,
                        expected_version,
                        staff.version,
                        _input_fields(data),
                        _fields(staff),
                    ),
                )
            clean = _validated(session, data, staff.id)
            before = _fields(staff)
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
            if staff.version != expected_version:
                raise EditConflict(
                    tr("他の利用者がこの職員を先に更新しました。"),
                    ConflictDetails(
                        "staff",
                        staff.id,
                        expected_version,
                        staff.version,
                        {"active": active},
                        _fields(staff),
                    ),
                )
            before = _fields(staff)
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

    def list_source(self) -> StaffListSource:
        return StaffListSource(self.db)


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


class StaffListSource:
    """The staff list: search by number, name or kana (全角・半角 alike), filter, sort."""

    _COLUMNS = (
        ColumnSpec("staff_number", QT_TR_NOOP("職員番号"), width=100),
        ColumnSpec("name", QT_TR_NOOP("氏名"), width=140),
        ColumnSpec("kana", QT_TR_NOOP("フリガナ"), width=160),
        ColumnSpec("department", QT_TR_NOOP("所属"), width=180),
        ColumnSpec("title", QT_TR_NOOP("役職"), width=100),
        ColumnSpec("employment_type", QT_TR_NOOP("雇用区分"), width=130),
        ColumnSpec("email", QT_TR_NOOP("メールアドレス"), width=220),
        ColumnSpec("active", QT_TR_NOOP("在職"), width=60),
    )

    def __init__(self, db) -> None:
        self.db = db

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def _where(self, query: ListQuery) -> list:
        conditions = []
        text = normalize(query.text)
        if text:
            key = search_key(text)
            kana = kana_sort_key(text)
            conditions.append(
                or_(
                    contains(Staff.staff_number, normalize_code(text)),
                    contains(Staff.name_key, key),
                    contains(Staff.kana_key, to_katakana(kana)),
                    contains(Staff.email_key, key),
                )
            )
        departments = query.filter("departments")
        if departments:
            conditions.append(Staff.department_id.in_(list(departments)))
        if not query.filter("include_inactive", False):
            conditions.append(Staff.active.is_(True))
        employment = query.filter("employment_type_id")
        if employment:
            conditions.append(Staff.employment_type_id == employment)
        return conditions

    def _sort_column(self, key: str):
        return {
            "staff_number": Staff.staff_number,
            "name": Staff.name_key,
            "kana": Staff.kana_key,
            "department": Department.code,
            "title": Staff.title,
            "employment_type": EmploymentType.sort_order,
            "email": Staff.email_key,
            "active": Staff.active,
        }.get(key, Staff.kana_key)

    def count(self, actor: Actor, query: ListQuery) -> int:
        actor.require(Permission.READ)
        stmt = select(func.count()).select_from(Staff).where(and_(True, *self._where(query)))
        with self.db.read() as session:
            return session.scalar(stmt) or 0

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None) -> array:
        actor.require(Permission.READ)
        stmt = select(Staff.id).where(and_(True, *self._where(query)))
        if query.sort == "department":
            stmt = stmt.outerjoin(Department, Department.id == Staff.department_id)
        elif query.sort == "employment_type":
            stmt = stmt.outerjoin(EmploymentType, EmploymentType.id == Staff.employment_type_id)
        stmt = ordered(stmt, self._sort_column(query.sort), Staff.id, query.descending)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as session:
            return id_array(session.scalars(stmt))

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        stmt = (
            select(Staff, Department.name, EmploymentType.name)
            .outerjoin(Department, Department.id == Staff.department_id)
            .outerjoin(EmploymentType, EmploymentType.id == Staff.employment_type_id)
            .where(Staff.id.in_(list(ids)))
        )
        result = {}
        with self.db.read() as session:
            for staff, dept_name, type_name in session.execute(stmt):
                result[staff.id] = ListRow(
                    staff.id,
                    (
                        staff.staff_number,
                        staff.name,
                        staff.kana,
                        dept_name or "",
                        staff.title,
                        type_name or "",
                        staff.email,
                        tr("在職") if staff.active else tr("退職"),
                    ),
                    None if staff.active else STATE_INACTIVE,
                )
        return result
