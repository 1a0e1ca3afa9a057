"""Someone edits the database file behind the app's back: `verify` names the first broken entry."""

import sqlite3
from contextlib import closing

import pytest

from secdesk.services.core import trail
from secdesk.services.core.context import SYSTEM


@pytest.fixture
def chain(sqlite_db, clock):
    with sqlite_db.write() as session:
        for i in range(1, 11):
            trail.record(session, SYSTEM, clock, "create", "thing", i, {"n": i})
    sqlite_db.dispose()
    return sqlite_db


def _tamper(db, *statements):
    with closing(sqlite3.connect(db.url.database)) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _verify(db):
    with db.read() as session:
        return trail.verify_chain(session)


def test_untouched_chain_is_ok(chain):
    assert _verify(chain).ok


def test_edited_entry_is_named(chain):
    _tamper(chain, "UPDATE audit_entry SET details = '{\"n\":99}' WHERE seq = 4")
    report = _verify(chain)
    assert not report.ok and report.broken_seq == 4 and "書き換え" in report.reason


def test_deleted_entry_is_named(chain):
    _tamper(chain, "DELETE FROM audit_entry WHERE seq = 6")
    report = _verify(chain)
    assert not report.ok and report.broken_seq == 6


def test_reordered_entries_are_named(chain):
    _tamper(
        chain,
        "UPDATE audit_entry SET seq = -3 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 7",
        "UPDATE audit_entry SET seq = 7 WHERE seq = -3",
    )
    report = _verify(chain)
    assert not report.ok and report.broken_seq == 3


def test_removed_tail_is_named(chain):
    _tamper(chain, "DELETE FROM audit_entry WHERE seq >= 9")
    report = _verify(chain)
    assert not report.ok and report.broken_seq == 9 and "失われ" in report.reason


def test_rehashed_forgery_is_caught_by_the_head(chain):
    """Rewriting an entry and recomputing every later hash still leaves the head row behind."""
    with chain.read() as session:
        from sqlalchemy import select

        from secdesk.store.models import AuditEntry

        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    prev = entries[7].prev_hash
    statements = []
    for entry in entries[7:]:
        details = '{"n":0}' if entry.seq == 8 else entry.details
        digest = trail.entry_hash(
            prev,
            entry.seq,
            entry.at,
            entry.actor_id,
            entry.actor_name,
            entry.action,
            entry.entity,
            entry.entity_id,
            details,
        )
        statements.append(
            f"UPDATE audit_entry SET details = '{details}', prev_hash = '{prev}', hash = '{digest}' WHERE seq = {entry.seq}"
        )
        prev = digest
    _tamper(chain, *statements)
    report = _verify(chain)
    assert not report.ok
