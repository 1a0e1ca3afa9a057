"""The trail against someone holding the database: rewrites the chain alone cannot show are caught
by the anchors of its head kept outside (this PC's log, backups, a head typed from a report), and
verify names missing or disabled guard triggers. Each attack runs on SQLite and PostgreSQL, with
the owner's rights (on PostgreSQL the app role cannot do this at all: test_pg_roles)."""

import json

import pytest
from sqlalchemy import select, text

from secdesk.domain.audit_chain import (
    GENESIS_HASH,
    Anchor,
    check_anchors,
    entry_hash,
    head_text,
    parse_head,
)
from secdesk.services.core import anchors, integrity, trail
from secdesk.services.core.backup import anchor_of
from secdesk.services.core.context import SYSTEM
from secdesk.store.models import AuditEntry
from tests.conftest import ADMIN_PASSWORD


def _append(services, n):
    with services.db.write() as session:
        for i in range(n):
            trail.record(session, SYSTEM, services.clock, "test", "thing", i, {"i": i})


def _head(db):
    with db.read() as session:
        return anchors.read_head(session)


def _lift_guards(conn, dialect):
    """What an attacker with the owner's rights does first; returns how to put them back."""
    if dialect == "sqlite":
        saved = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'"
            )
        ).all()
        for name, _ in saved:
            conn.execute(text(f"DROP TRIGGER {name}"))
        return lambda: [conn.execute(text(sql)) for _, sql in saved]
    for table in ("audit_entry", "audit_head"):
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    return lambda: [
        conn.execute(text(f"ALTER TABLE {t} ENABLE TRIGGER USER"))
        for t in ("audit_entry", "audit_head")
    ]


def _cut_tail(db, keep):
    with db.engine.begin() as conn:
        put_back = _lift_guards(conn, db.dialect)
        conn.execute(text("DELETE FROM audit_entry WHERE seq > :k"), {"k": keep})
        conn.execute(
            text(
                "UPDATE audit_head SET seq = :k, "
                "hash = (SELECT hash FROM audit_entry WHERE seq = :k) WHERE id = 1"
            ),
            {"k": keep},
        )
        put_back()


def _forge(db, seq):
    """Rewrite entry `seq` and recompute every hash after it: the chain is whole again."""
    with db.engine.begin() as conn:
        put_back = _lift_guards(conn, db.dialect)
        table = AuditEntry.__table__
        rows = conn.execute(select(table).order_by(table.c.seq)).mappings().all()
        prev = GENESIS_HASH
        for row in rows:
            row = dict(row)
            if row["seq"] == seq:
                row["actor_name"] = "someone-else"
            if row["seq"] >= seq:
                digest = entry_hash(
                    prev,
                    row["seq"],
                    row["at"],
                    row["actor_id"],
                    row["actor_name"],
                    row["action"],
                    row["entity"],
                    row["entity_id"],
                    row["details"],
                )
                conn.execute(
                    text(
                        "UPDATE audit_entry SET actor_name = :n, prev_hash = :p, hash = :h "
                        "WHERE seq = :s"
                    ),
                    {"n": row["actor_name"], "p": prev, "h": digest, "s": row["seq"]},
                )
                row["hash"] = digest
            prev = row["hash"]
        conn.execute(text("UPDATE audit_head SET hash = :h WHERE id = 1"), {"h": prev})
        put_back()


def test_the_head_only_moves_forward_onto_an_existing_entry(services):
    _append(services, 5)
    head = _head(services.db)
    for statement in (
        "UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_entry WHERE seq = 3)",
        f"UPDATE audit_head SET seq = 9, hash = '{'a' * 64}'",
        f"UPDATE audit_head SET hash = '{'b' * 64}'",
    ):
        with pytest.raises(Exception, match="only move forward"), services.db.write() as session:
            session.execute(text(statement))
    assert _head(services.db) == head
    _append(services, 1)  # the app's own forward move still passes the guard
    assert _head(services.db).seq == head.seq + 1


def test_a_cut_tail_passes_the_chain_but_not_this_pcs_anchor(services, admin):
    _append(services, 10)
    services.accounts.login("admin", ADMIN_PASSWORD)  # each login leaves an anchor
    before = _head(services.db)
    _cut_tail(services.db, 4)
    with services.db.read() as session:
        assert trail.verify_chain(session).ok  # the chain alone sees nothing
    report = integrity.check(services.db, admin)
    assert not report.ok and not report.problems  # the guards are back in place
    reason = report.anchor_findings[0].reason
    assert f"記録 {before.seq} まで" in reason and "記録 4 で" in reason and "記録 5 以降" in reason


def test_a_forged_entry_with_recomputed_hashes_is_named_by_the_anchors(services, admin):
    _append(services, 6)
    early = _head(services.db)
    anchors.remember(early, "test")
    _append(services, 6)
    anchors.remember(_head(services.db), "test")
    _forge(services.db, early.seq + 3)
    with services.db.read() as session:
        assert trail.verify_chain(session).ok
    report = integrity.check(services.db, admin)
    assert len(report.anchor_findings) == 1
    finding = report.anchor_findings[0]
    # The older anchor still matches, so the rewrite lies after it.
    assert finding.first_suspect == early.seq + 1
    assert f"記録 {early.seq + 1}〜" in finding.reason


def test_a_typed_head_from_a_report_catches_the_rewrite(services, admin):
    _append(services, 3)
    head = _head(services.db)
    typed = parse_head(head_text(head.seq, head.hash), "報告書")
    assert integrity.check(services.db, admin, [("", typed)], local=False).ok
    _forge(services.db, 2)
    report = integrity.check(services.db, admin, [("", typed)], local=False)
    assert [f.anchor for f in report.anchor_findings] == [typed]


def test_a_backup_is_an_anchor_and_one_of_another_register_is_named(services, admin, tmp_path):
    _append(services, 4)
    services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    register, anchor = anchor_of(tmp_path / "b.sdbk")
    assert register == _head(services.db).register and anchor.seq > 0
    _cut_tail(services.db, 2)
    report = integrity.check(services.db, admin, [(register, anchor)], local=False)
    assert report.anchor_findings[0].anchor == anchor
    report = integrity.check(services.db, admin, [("another-register", anchor)], local=False)
    assert any("別の台帳" in p for p in report.problems)


def test_a_missing_or_disabled_guard_is_named(services, admin):
    assert integrity.check(services.db, admin).ok
    with services.db.engine.begin() as conn:
        if services.db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER audit_head_forward"))
            conn.execute(text("DROP TRIGGER incident_event_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable"))
            conn.execute(text("DROP TRIGGER audit_head_forward ON audit_head"))
    problems = integrity.check(services.db, admin).problems
    assert any("audit_head_forward" in p for p in problems)
    if services.db.dialect == "sqlite":
        assert any("incident_event_no_delete" in p for p in problems)
    else:
        assert any("audit_entry_immutable" in p and "無効" in p for p in problems)


def test_the_anchor_log_is_private_and_keyed_by_register(services, admin):
    import os
    import stat

    path = anchors.log_path()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines and lines[-1]["source"] == "login"
    assert lines[-1]["register"] == _head(services.db).register
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert anchors.local_anchors("another-register") == []


def test_exports_and_reports_carry_the_head(services, admin, tmp_path):
    from pypdf import PdfReader

    from secdesk.reports.template import ReportMeta, build_pdf, para
    from secdesk.services.core.exports import exporting

    before = _head(services.db)
    meta = ReportMeta("表題", "〇〇市", "", services.clock.now(), "管理 太郎")
    with exporting(
        services.db, services.clock, admin, "thing", tmp_path / "r.pdf", action="report"
    ) as (
        temp,
        record,
    ):
        record.rows = build_pdf(temp, meta, [para("本文")])
    page = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert head_text(before.seq, before.hash) in page
    entry = services.trail.recent(admin, 1)[0]
    assert head_text(before.seq, before.hash) in entry.details
    assert anchors.local_anchors(before.register)[-1].seq == before.seq + 1


def test_typed_heads_are_checked():
    assert parse_head(" 12:ABCDEF0123456789 ", "x") == Anchor(12, "abcdef0123456789", "x")
    for bad in ("x:abcdef012345", "12:abc", "12:zzzzzzzzzzzzzz"):
        with pytest.raises(ValueError):
            parse_head(bad, "x")


def test_check_anchors_rules():
    hashes = {1: "a1", 2: "b2", 3: "c3"}
    good = Anchor(2, "b2", "old")
    assert check_anchors(3, hashes.get, [good, Anchor(3, "c", "prefix")]) == []
    (ahead,) = check_anchors(3, hashes.get, [good, Anchor(5, "e5", "pc")])
    assert ahead.first_suspect == 3 and "記録 4 以降" in ahead.reason
    (bad,) = check_anchors(3, hashes.get, [good, Anchor(3, "ff", "rep")])
    assert bad.first_suspect == 3
