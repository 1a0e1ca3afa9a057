"""The list of courses of a fiscal year."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from sqlalchemy import and_, func, select

from secdesk.domain.roles import Permission
from secdesk.domain.text import normalize, normalize_code
from secdesk.domain.training import kind_label, rule_label
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
from secdesk.store.models import Course


class CourseListSource:
    """The courses of a fiscal year (filter `fiscal_year`), searchable by code and title."""

    _COLUMNS = (
        ColumnSpec("code", QT_TR_NOOP("コード"), width=90),
        ColumnSpec("title", QT_TR_NOOP("研修名"), width=240),
        ColumnSpec("kind", QT_TR_NOOP("種別"), width=150),
        ColumnSpec("due_date", QT_TR_NOOP("期限日"), width=100),
        ColumnSpec("target_rule", QT_TR_NOOP("対象"), width=170),
    )

    def __init__(self, db) -> None:
        self.db = db

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def _where(self, query: ListQuery) -> list:
        conditions = []
        year = query.filter("fiscal_year")
        if year is not None:
            conditions.append(Course.fiscal_year == year)
        if not query.filter("include_withdrawn", False):
            conditions.append(Course.withdrawn_at.is_(None))
        text = normalize(query.text)
        if text:
            conditions.append(
                contains(Course.code, normalize_code(text)) | contains(Course.title, text)
            )
        kind = query.filter("kind")
        if kind:
            conditions.append(Course.kind == kind)
        return conditions

    def count(self, actor: Actor, query: ListQuery) -> int:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Course).where(and_(True, *self._where(query)))
                )
                or 0
            )

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None) -> array:
        actor.require(Permission.READ)
        column = {
            "code": Course.code,
            "title": Course.title,
            "kind": Course.kind,
            "due_date": Course.due_date,
            "target_rule": Course.target_rule,
        }.get(query.sort, Course.due_date)
        stmt = ordered(
            select(Course.id).where(and_(True, *self._where(query))),
            column,
            Course.id,
            query.descending,
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as session:
            if limit is not None:
                return id_array(session.scalars(stmt))
            return fetch_ids(session, stmt, progress)

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return {
                c.id: ListRow(
                    c.id,
                    (
                        c.code,
                        c.title + (tr("（取消）") if c.withdrawn_at else ""),
                        kind_label(c.kind),
                        c.due_date,
                        rule_label(c.target_rule),
                    ),
                    STATE_INACTIVE if c.withdrawn_at else None,
                    tooltip=c.notes,
                )
                for c in session.scalars(select(Course).where(Course.id.in_(list(ids))))
            }
