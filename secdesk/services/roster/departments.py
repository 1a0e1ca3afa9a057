"""Departments (部 → 課 → 係) and the editable list of employment types."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, normalize, normalize_code, search_key
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.store.models import Department, EmploymentType, Staff


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    code: str
    name: str
    parent_id: int | None
    owns_systems: bool
    active: bool
    sort_order: int
    version: int
    staff_count: int = 0


@dataclass(frozen=True)
class DepartmentInput:
    code: str
    name: str
    parent_id: int | None = None
    owns_systems: bool = False
    active: bool = True
    sort_order: int = 0


@dataclass(frozen=True)
class EmploymentTypeInfo:
    id: int
    name: str
    active: bool
    sort_order: int


def _info(dept: Department, staff_count: int = 0) -> DepartmentInfo:
    return DepartmentInfo(
        dept.id,
        dept.code,
        dept.name,
        dept.parent_id,
        dept.owns_systems,
        dept.active,
        dept.sort_order,
        dept.version,
        staff_count,
    )


def _fields(dept: Department) -> dict[str, object]:
    return {
        "code": dept.code,
        "name": dept.name,
        "parent_id": dept.parent_id,
        "owns_systems": dept.owns_systems,
        "active": dept.active,
        "sort_order": dept.sort_order,
    }


class DepartmentService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def list(self, actor: Actor, include_inactive: bool = True) -> list[DepartmentInfo]:
        """Every department with its number of active staff, in tree order material."""
        actor.require(Permission.READ)
        counts = (
            select(Staff.department_id, func.count().label("n"))
            .where(Staff.active.is_(True))
            .group_by(Staff.department_id)
            .subquery()
        )
        stmt = (
            select(Department, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.department_id == Department.id)
            .order_by(Department.sort_order, Department.code)
        )
        if not include_inactive:
            stmt = stmt.where(Department.active.is_(True))
        with self.db.read() as session:
            return [_info(d, n) for d, n in session.execute(stmt)]

    def get(self, actor: Actor, department_id: int) -> DepartmentInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return _info(_get(session, department_id))

    def create(self, actor: Actor, data: DepartmentInput) -> DepartmentInfo:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            code, name = _validate(session, data, None)
            dept = Department(
                code=code,
                name=name,
                name_key=search_key(name),
                parent_id=data.parent_id,
                owns_systems=data.owns_systems,
                active=data.active,
                sort_order=data.sort_order,
            )
            session.add(dept)
            session.flush()
            trail.record(session, actor, self.clock, "create", "department", dept.id, _fields(dept))
            return _info(dept)

    def update(
        self, actor: Actor, department_id: int, expected_version: int, data: DepartmentInput
    ) -> DepartmentInfo:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            dept = _get(session, department_id)
            before = _fields(dept)
            mine = {"code": data.code, "name": data.name}
            message = tr("他の利用者がこの所属を先に更新しました。")
            check_version("department", dept, expected_version, mine, before, message)
            code, name = _validate(session, data, dept.id)
            dept.code, dept.name, dept.name_key = code, name, search_key(name)
            dept.parent_id, dept.owns_systems = data.parent_id, data.owns_systems
            dept.active, dept.sort_order = data.active, data.sort_order
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "department",
                dept.id,
                trail.changes(before, _fields(dept)),
            )
            return _info(dept)

    # --- employment types ----------------------------------------------------------------

    def employment_types(
        self, actor: Actor, include_inactive: bool = False
    ) -> list[EmploymentTypeInfo]:
        actor.require(Permission.READ)
        stmt = select(EmploymentType).order_by(EmploymentType.sort_order, EmploymentType.id)
        if not include_inactive:
            stmt = stmt.where(EmploymentType.active.is_(True))
        with self.db.read() as session:
            return [
                EmploymentTypeInfo(t.id, t.name, t.active, t.sort_order)
                for t in session.scalars(stmt)
            ]

    def add_employment_type(self, actor: Actor, name: str) -> EmploymentTypeInfo:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            kind = ensure_employment_type(session, actor, self.clock, name)
            return EmploymentTypeInfo(kind.id, kind.name, kind.active, kind.sort_order)

    def set_employment_type_active(self, actor: Actor, type_id: int, active: bool) -> None:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.write() as session:
            kind = session.get(EmploymentType, type_id)
            if kind is None:
                raise NotFound(tr("雇用区分が見つかりません。"))
            if kind.active != active:
                kind.active = active
                trail.record(
                    session,
                    actor,
                    self.clock,
                    "update",
                    "employment_type",
                    kind.id,
                    {"active": [not active, active]},
                )


def ensure_employment_type(
    session: Session, actor: Actor, clock: Clock, name: str
) -> EmploymentType:
    clean = normalize(name)
    if not clean or len(clean) > 50:
        raise ValidationError(Problem(tr("雇用区分は1〜50文字で入力してください。"), "name"))
    existing = session.scalar(select(EmploymentType).where(EmploymentType.name == clean))
    if existing is not None:
        return existing
    top = session.scalar(select(func.max(EmploymentType.sort_order))) or 0
    kind = EmploymentType(name=clean, sort_order=top + 10, active=True)
    session.add(kind)
    session.flush()
    trail.record(session, actor, clock, "create", "employment_type", kind.id, {"name": clean})
    return kind


def _get(session: Session, department_id: int) -> Department:
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFound(tr("所属が見つかりません。"))
    return dept


def _validate(session: Session, data: DepartmentInput, own_id: int | None) -> tuple[str, str]:
    code, name = normalize_code(data.code), clean_line(data.name)
    problems = []
    if not code:
        problems.append(Problem(tr("所属コードを入力してください。"), "code"))
    elif len(code) > 32:
        problems.append(Problem(tr("所属コードは32文字以内で入力してください。"), "code"))
    else:
        clash = session.scalar(select(Department.id).where(Department.code == code))
        if clash is not None and clash != own_id:
            problems.append(Problem(tr("この所属コードはすでに使われています。"), "code"))
    if not name:
        problems.append(Problem(tr("所属名を入力してください。"), "name"))
    elif len(name) > 100:
        problems.append(Problem(tr("所属名は100文字以内で入力してください。"), "name"))
    if data.parent_id is not None:
        parent = session.get(Department, data.parent_id)
        if parent is None:
            problems.append(Problem(tr("上位の所属が見つかりません。"), "parent_id"))
        elif own_id is not None and _is_descendant_or_self(session, data.parent_id, own_id):
            problems.append(
                Problem(tr("自分自身や下位の所属を上位に指定することはできません。"), "parent_id")
            )
    if problems:
        raise ValidationError(problems)
    return code, name


def _is_descendant_or_self(session: Session, candidate: int, ancestor: int) -> bool:
    seen: set[int] = set()
    current: int | None = candidate
    while current is not None and current not in seen:
        if current == ancestor:
            return True
        seen.add(current)
        current = session.scalar(select(Department.parent_id).where(Department.id == current))
    return False


def descendant_ids(departments: list[DepartmentInfo], root: int) -> set[int]:
    """The department and everything under it (for "this 部 and its 課" filters)."""
    children: dict[int | None, list[int]] = {}
    for dept in departments:
        children.setdefault(dept.parent_id, []).append(dept.id)
    result, stack = set(), [root]
    while stack:
        current = stack.pop()
        if current not in result:
            result.add(current)
            stack.extend(children.get(current, []))
    return result
