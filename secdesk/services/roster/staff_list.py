"""The staff list: search by number, name or kana, filter by department, sort, window of rows."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select

from secdesk.domain.roles import Permission
from secdesk.domain.text import kana_sort_key, normalize, normalize_code, search_key, to_katakana
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core.context import Actor
from secdesk.services.core.listing import (
    STATE_INACTIVE,
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    fetch_ids,
    id_array,
    ordered,
)
from secdesk.store.models import Department, EmploymentType, Staff


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

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None) -> array:
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
            if limit is not None:
                return id_array(session.scalars(stmt))
            return fetch_ids(session, stmt, progress)

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
