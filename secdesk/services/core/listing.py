"""What a list screen asks of a register: a count, the ordered ids, and rows for some ids.

A list never holds a table: the GUI keeps the ordered ids of the current filter (8 bytes each)
and asks for the rows it is about to show. Each register provides a ListSource.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, String, cast, literal

from secdesk.services.core.context import Actor

# Row states the GUI turns into colour plus an icon or word (never colour alone).
STATE_OVERDUE = "overdue"
STATE_DUE_SOON = "due_soon"
STATE_DONE = "done"
STATE_INACTIVE = "inactive"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str  # Japanese source text, shown through tr()
    sortable: bool = True
    width: int = 120  # default width in pixels
    align_right: bool = False


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    filters: tuple[tuple[str, object], ...] = ()
    sort: str = ""
    descending: bool = False

    def filter(self, key: str, default: object = None) -> object:
        return dict(self.filters).get(key, default)

    def with_filters(self, **values: object) -> ListQuery:
        merged = dict(self.filters)
        for key, value in values.items():
            if value is None or value == "":
                merged.pop(key, None)
            else:
                merged[key] = value
        return ListQuery(self.text, tuple(sorted(merged.items())), self.sort, self.descending)


@dataclass(frozen=True)
class ListRow:
    id: int
    values: tuple[object, ...]
    state: str | None = None
    tooltip: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class ListSource(Protocol):
    """Implemented by each register's service for its list screen."""

    def columns(self) -> list[ColumnSpec]: ...

    def count(self, actor: Actor, query: ListQuery) -> int: ...

    def ids(
        self, actor: Actor, query: ListQuery, limit: int | None = None, progress: Any = None
    ) -> array:
        """The ordered ids; a full list (no limit) stops with Cancelled when `progress` is
        cancelled (a list load that a newer query superseded)."""
        ...

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]: ...


def like_pattern(text: str) -> str:
    """%text% with LIKE's wildcards escaped (use with escape='\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: ColumnElement, text: str) -> ColumnElement[bool]:
    return cast(column, String).like(literal(like_pattern(text)), escape="\\")


def id_array(values) -> array:
    return array("q", values)


ID_CHUNK = 20_000
_first = itemgetter(0)


def fetch_ids(session, stmt: Select, progress: Any = None) -> array:
    """Every id a statement selects, read from the driver's cursor a chunk at a time. The
    statement is executed by SQLAlchemy (so its parameters are bound as usual), but the rows are
    plain integers that need none of the ORM's or the Result's work per row: a million ids in
    about a seventh of the time (docs/performance.md). Between chunks `progress.check()` lets a
    superseded load stop (it raises Cancelled)."""
    result = session.connection().execute(stmt)
    cursor = result.cursor
    ids = array("q")
    try:
        while rows := cursor.fetchmany(ID_CHUNK):
            ids.extend(map(_first, rows))
            if progress is not None:
                progress.check()
    finally:
        result.close()
    return ids


def ordered(
    stmt: Select, sort_column: ColumnElement, id_column: ColumnElement, descending: bool
) -> Select:
    """Order by the chosen column with the id as tie-break, so pages never shuffle."""
    if descending:
        return stmt.order_by(sort_column.desc(), id_column.desc())
    return stmt.order_by(sort_column.asc(), id_column.asc())
