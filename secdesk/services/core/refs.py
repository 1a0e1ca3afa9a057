"""Reference numbers (2025-INC-0007): gap-free and unique, even when two clients save at once.

The counter row of (fiscal year, kind) is incremented by an UPDATE in the same transaction as the
insert that uses the number. The UPDATE takes the row's write lock (PostgreSQL) or runs under the
database write lock that every SQLite write transaction takes first (BEGIN IMMEDIATE), so a second
client waits for the first to commit and then gets the next number; a rolled-back insert rolls
its number back too, which keeps the sequence free of gaps.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from secdesk.store.models import RefCounter


def reserve(session: Session, fiscal_year: int, kind: str, count: int = 1) -> int:
    """Take `count` consecutive numbers; returns the first of them."""
    stmt = (
        update(RefCounter)
        .where(RefCounter.fiscal_year == fiscal_year, RefCounter.kind == kind)
        .values(last_value=RefCounter.last_value + count)
        .returning(RefCounter.last_value)
    )
    last = session.execute(stmt).scalar()
    if last is None:
        _create_row(session, fiscal_year, kind)
        last = session.execute(stmt).scalar_one()
    return last - count + 1


def raise_to(session: Session, fiscal_year: int, kind: str, value: int) -> None:
    """Make sure the counter is at least `value` (after numbers were imported as they were)."""
    reserve(session, fiscal_year, kind, 0)
    session.execute(
        update(RefCounter)
        .where(
            RefCounter.fiscal_year == fiscal_year,
            RefCounter.kind == kind,
            RefCounter.last_value < value,
        )
        .values(last_value=value)
    )


def last_value(session: Session, fiscal_year: int, kind: str) -> int:
    return (
        session.scalar(
            select(RefCounter.last_value).where(
                RefCounter.fiscal_year == fiscal_year, RefCounter.kind == kind
            )
        )
        or 0
    )


def _create_row(session: Session, fiscal_year: int, kind: str) -> None:
    """The first number of a year: insert the row unless another client just did."""
    values = {"fiscal_year": fiscal_year, "kind": kind, "last_value": 0}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(RefCounter).values(**values).on_conflict_do_nothing())
