"""Inserting many rows at once without the per-value work of the ORM (imports of 100,000 rows).

On SQLite the values of date-time, date and boolean columns are converted here, exactly as the
column types store them (instants as naive UTC text with microseconds, days as ISO dates,
booleans as 0/1); every other value goes to the driver untouched, in one executemany. On
PostgreSQL the Core insert is already an efficient executemany.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from operator import itemgetter

from sqlalchemy import Boolean, Date, DateTime, Table
from sqlalchemy.orm import Session


def _instant(value: datetime) -> str:
    # store.types.UTCDateTime on SQLite: SQLAlchemy's DATETIME text, always with microseconds.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _day(value: date) -> str:
    return value.isoformat()


def _converter(column) -> object:
    kind = column.type
    impl = getattr(kind, "impl", kind)
    if isinstance(impl, DateTime):
        return _instant
    if isinstance(impl, Date):
        return _day
    if isinstance(impl, Boolean):
        return int
    return None


def insert_rows(session: Session, table: Table, rows: list[dict]) -> None:
    """INSERT every row (dicts with the same keys) in one executemany."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(table.insert(), rows)
        return
    keys = list(rows[0])
    special = [
        (index, convert)
        for index, key in enumerate(keys)
        if (convert := _converter(table.c[key])) is not None
    ]
    getter = itemgetter(*keys)
    params = []
    for row in rows:
        values = list(getter(row)) if len(keys) > 1 else [getter(row)]
        for index, convert in special:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        params.append(tuple(values))
    sql = f'INSERT INTO "{table.name}" ({", ".join(keys)}) VALUES ({", ".join("?" for _ in keys)})'
    connection.exec_driver_sql(sql, params)
