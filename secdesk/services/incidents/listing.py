"""The register's list: filters, sort by any column, free-text search; fast with a million rows.

Every sortable column has an index (column, id), so a page in any order is an index scan. With a
filter that keeps most rows, the first page scans the sort index and stops after 200 rows; with a
narrow filter (or a rare search word) it is quicker to take the few matching rows and sort them.
SQLite's planner cannot tell the two apart before it runs, so ids() decides from the count and
tells it: a `+` before a column keeps SQLite from using that column's index.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from secdesk.domain import incidents as vocab
from secdesk.domain.roles import Permission
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import QT_TR_NOOP
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.listing import (
    STATE_DONE,
    STATE_DUE_SOON,
    STATE_INACTIVE,
    STATE_OVERDUE,
    ColumnSpec,
    ListQuery,
    ListRow,
    fetch_ids,
    id_array,
)
from secdesk.services.incidents import search
from secdesk.services.incidents.settings import load_rules
from secdesk.store.models import (
    Department,
    Incident,
    IncidentCategory,
    IncidentDuty,
    SeverityLevel,
    User,
)
from secdesk.store.models.incidents import NO_DUE

OPEN = "open"  # status filter: every status still being worked on
# A filter keeping more than this share of the rows is cheaper to apply while scanning the sort
# index than to collect and sort (measured in benchmarks/incidents_list.py).
WIDE_SHARE = 0.02
# Filters on columns whose values are spread over time and every other column…
SPREAD_FILTERS = frozenset(
    {
        "kind",
        "status",
        "category",
        "category_id",
        "department_id",
        "segment",
        "severity_id",
        "handler_user_id",
        "overdue",
        "due_soon",
    }
)
# …and filters that are ranges of the discovery time.
TIME_FILTERS = frozenset({"fiscal_year", "month"})
# Sort columns whose order is not that of time.
SPREAD_SORTS = frozenset(
    {"kind", "status", "title", "category", "department", "severity", "handler"}
)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """A calendar month in Tokyo as UTC instants [start, end)."""
    start = datetime(year, month, 1, tzinfo=TOKYO)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=TOKYO)
    return start.astimezone(UTC), end.astimezone(UTC)


class IncidentListSource:
    """Filters: fiscal_year, kind, status (a code or "open"), category (top level id),
    category_id, department_id, segment, severity_id, handler_user_id, overdue, due_soon,
    month ((year, month) of discovery), duty (a duty code, or "any": records that owe it)."""

    _COLUMNS = (
        ColumnSpec("ref", QT_TR_NOOP("番号"), width=120),
        ColumnSpec("kind", QT_TR_NOOP("種別"), width=100),
        ColumnSpec("status", QT_TR_NOOP("状態"), width=140),
        ColumnSpec("discovered", QT_TR_NOOP("発見日時"), width=130),
        ColumnSpec("title", QT_TR_NOOP("件名"), width=300),
        ColumnSpec("category", QT_TR_NOOP("分類"), width=200),
        ColumnSpec("department", QT_TR_NOOP("所属"), width=150),
        ColumnSpec("severity", QT_TR_NOOP("重大度"), width=70),
        ColumnSpec("next_due", QT_TR_NOOP("次の期限"), width=100),
        ColumnSpec("handler", QT_TR_NOOP("担当者"), width=110),
    )
    _SORT: ClassVar[dict] = {
        # Numbers are issued in registration order, so the number column sorts by the id: the
        # primary key (no index of its own), and the order the free-text index keeps too.
        "ref": Incident.id,
        "kind": Incident.kind,
        "status": Incident.status,
        "discovered": Incident.discovered_at,
        "title": Incident.title,
        "category": Incident.category_id,
        "department": Incident.department_id,
        "severity": Incident.severity_id,
        "next_due": Incident.next_due_on,
        "handler": Incident.handler_user_id,
    }

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        # The last count per query: ids() right after count() uses it to choose its plan.
        self._counts: dict[ListQuery, int] = {}

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    # --- conditions ----------------------------------------------------------------------------

    def _where(self, session, query: ListQuery, unindexed: bool = False) -> list:
        """The filter as conditions; `unindexed` writes them so that SQLite will not use their
        indexes (for plans that scan the sort index instead)."""

        sqlite = session.get_bind().dialect.name == "sqlite"

        def col(column):
            return _unindexed(column) if unindexed and sqlite else column

        conditions = []
        f = query.filter
        if f("fiscal_year") is not None and _year_by_deadline(query):
            conditions.append(Incident.fiscal_year == int(f("fiscal_year")))
        elif f("fiscal_year") is not None:
            # The fiscal year is that of the discovery, so it is a range of discovered_at: one
            # index then serves the filter and the default order (newest first) together.
            start, _ = month_bounds(int(f("fiscal_year")), 4)
            end, _ = month_bounds(int(f("fiscal_year")) + 1, 4)
            conditions.append(col(Incident.discovered_at) >= start)
            conditions.append(col(Incident.discovered_at) < end)
        if f("kind"):
            conditions.append(col(Incident.kind) == f("kind"))
        status = f("status")
        if status == OPEN:
            conditions.append(col(Incident.status).in_(sorted(vocab.OPEN_STATUSES)))
        elif status:
            conditions.append(col(Incident.status) == status)
        if f("category") is not None:
            # 0 stands for "no category" (a dashboard row of its own).
            category = int(f("category"))
            conditions.append(
                col(Incident.category_top_id) == category
                if category
                else Incident.category_top_id.is_(None)
            )
        if f("category_id"):
            conditions.append(col(Incident.category_id) == int(f("category_id")))
        departments = f("department_id")
        if departments is not None and departments != ():
            if isinstance(departments, list | tuple):
                conditions.append(col(Incident.department_id).in_([int(d) for d in departments]))
            elif int(departments) == 0:  # "no department", as for categories
                conditions.append(Incident.department_id.is_(None))
            else:
                conditions.append(col(Incident.department_id) == int(departments))
        if f("segment"):
            conditions.append(col(Incident.segment) == f("segment"))
        if f("severity_id"):
            conditions.append(col(Incident.severity_id) == int(f("severity_id")))
        if f("handler_user_id"):
            conditions.append(col(Incident.handler_user_id) == int(f("handler_user_id")))
        today = self.clock.today()
        if f("overdue"):
            conditions.append(col(Incident.next_due_on) < today)
        if f("due_soon"):
            days = int(f("due_soon"))
            conditions.append(
                and_(
                    col(Incident.next_due_on) >= today,
                    col(Incident.next_due_on) <= today + timedelta(days=days),
                )
            )
        duty = f("duty")
        if duty:
            owed = select(IncidentDuty.incident_id).where(IncidentDuty.required.is_(True))
            if duty != "any":
                owed = owed.where(IncidentDuty.code == duty)
            conditions.append(Incident.id.in_(owed))
        if f("month"):
            year, month = f("month")
            start, end = month_bounds(int(year), int(month))
            conditions.append(col(Incident.discovered_at) >= start)
            conditions.append(col(Incident.discovered_at) < end)
        text = query.text.strip()
        if text:
            match = search.match_condition(session, text)
            if match is not None:
                conditions.append(match)
        return conditions

    # --- ListSource ----------------------------------------------------------------------------

    def count(self, actor: Actor, query: ListQuery) -> int:
        actor.require(Permission.READ)
        with self.db.read() as session:
            conditions = self._where(session, query)
            if not conditions:
                total = session.scalar(select(func.count()).select_from(Incident)) or 0
            elif len(conditions) == 1 and query.text.strip() and not query.filters:
                # Text alone: count in the index itself, without touching the records.
                ids = search.matching_ids(session, query.text)
                total = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
            else:
                total = (
                    session.scalar(select(func.count()).select_from(Incident).where(*conditions))
                    or 0
                )
        if len(self._counts) > 64:
            self._counts.clear()
        self._counts[query] = total
        return total

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None) -> array:
        actor.require(Permission.READ)
        sort = self._SORT.get(query.sort, Incident.id)
        descending = query.descending if query.sort in self._SORT else True
        with self.db.read() as session:
            if query.text.strip() and not query.filters and sort is Incident.id:
                # Text alone in number order: the free-text index returns its matches in id
                # order, so the first page needs no more than the first matches.
                found = search.matching_ids(session, query.text)
                if found is None:
                    return array("q")
                column = found.selected_columns[0]
                found = found.order_by(column.desc() if descending else column.asc())
                if limit is not None:
                    found = found.limit(limit)
                return fetch_ids(session, found, progress)
            plan = self._plan(session, query) if limit is not None else "natural"
            conditions = self._where(session, query, unindexed=plan == "scan")
            stmt = select(Incident.id).where(*conditions)
            order = (sort, Incident.id)
            if plan == "collect" and session.get_bind().dialect.name == "sqlite":
                # Keep SQLite from walking the sort index past rows the filter rejects: take the
                # filtered rows through their own index and keep the best `limit` of them.
                order = tuple(_unindexed(c) for c in order)
            if descending:
                stmt = stmt.order_by(*(c.desc() for c in order))
            else:
                stmt = stmt.order_by(*(c.asc() for c in order))
            if limit is not None:
                return id_array(session.scalars(stmt.limit(limit)))
            return fetch_ids(session, stmt, progress)

    def _plan(self, session, query: ListQuery) -> str:
        """How to find the first page: "natural" (let the database choose: no filter, or the
        filter is a range of the sort column), "scan" (walk the sort index, testing the filter:
        the filter keeps many rows that are spread over every value of the sort column), or
        "collect" (take the filtered rows and keep the best; narrow or time-correlated filters,
        whose rows would come late in a walk of the sort index)."""
        keys = {key for key, _ in query.filters}
        text = bool(query.text.strip())
        if not keys:
            return "natural"
        if keys <= TIME_FILTERS and query.sort == "discovered" and not text:
            return "natural"
        if _year_by_deadline(query):
            return "natural"  # (fiscal_year, next_due_on, id) is the order itself
        known = self._counts.get(query)
        if known is None or text or not keys <= SPREAD_FILTERS | TIME_FILTERS:
            return "collect"
        if keys & TIME_FILTERS and query.sort not in SPREAD_SORTS:
            return "collect"  # numbers and deadlines follow time too
        total = session.scalar(select(func.max(Incident.id))) or 1
        return "scan" if known / total > WIDE_SHARE else "collect"

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        top = aliased(IncidentCategory)
        stmt = (
            select(
                Incident.id,
                Incident.ref,
                Incident.kind,
                Incident.status,
                Incident.discovered_at,
                Incident.title,
                IncidentCategory.name,
                top.name,
                Department.name,
                SeverityLevel.name,
                Incident.next_due_on,
                User.display_name,
                User.username,
            )
            .outerjoin(IncidentCategory, IncidentCategory.id == Incident.category_id)
            .outerjoin(top, top.id == Incident.category_top_id)
            .outerjoin(Department, Department.id == Incident.department_id)
            .outerjoin(SeverityLevel, SeverityLevel.id == Incident.severity_id)
            .outerjoin(User, User.id == Incident.handler_user_id)
            .where(Incident.id.in_(list(ids)))
        )
        today = self.clock.today()
        result = {}
        with self.db.read() as session:
            soon = today + timedelta(days=load_rules(session).due_soon_days)
            for row in session.execute(stmt):
                (rid, ref, kind, status, discovered, title, cat, top_name, dept, sev, due) = row[
                    :11
                ]
                category = cat if cat == top_name or not top_name else f"{top_name} › {cat}"
                result[rid] = ListRow(
                    rid,
                    (
                        ref,
                        vocab.label(vocab.KIND_LABELS, kind),
                        vocab.label(vocab.STATUS_LABELS, status),
                        discovered,
                        title,
                        category or "",
                        dept or "",
                        sev or "",
                        None if due == NO_DUE else due,
                        row[11] or row[12] or "",
                    ),
                    _state(status, due, today, soon),
                )
        return result


def _year_by_deadline(query: ListQuery) -> bool:
    """One fiscal year sorted by next deadline: the index on (fiscal_year, next_due_on, id)
    gives it in order, where the range of discovery times would read the whole year."""
    keys = {key for key, _ in query.filters}
    return keys == {"fiscal_year"} and query.sort == "next_due" and not query.text.strip()


def _unindexed(column):
    """`+column`: the same value, but SQLite will not use the column's index for it."""
    return UnaryExpression(column.expression, operator=operators.custom_op("+"), type_=column.type)


def _state(status: str, due: date, today: date, soon: date) -> str | None:
    if due < today:
        return STATE_OVERDUE
    if due <= soon:
        return STATE_DUE_SOON
    if status in (vocab.WITHDRAWN, vocab.PROMOTED):
        return STATE_INACTIVE
    if status == vocab.CLOSED:
        return STATE_DONE
    return None
