"""`secdesk verify`: the database's own integrity check, the guard triggers, the audit chain, and
the chain against every anchor of its head found outside the database (services.core.anchors)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select, text

from secdesk.domain.audit_chain import Anchor, AnchorFinding, check_anchors
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core import account_trail, anchors, declarations
from secdesk.services.core.context import Actor
from secdesk.services.core.trail import ChainReport, verify_chain
from secdesk.store.models import AuditEntry

# The triggers that keep the trail (and the registers' append-only tables) append-only, by
# dialect: {trigger name: table}. Registers add theirs; verify names any that is missing or off.
GUARDS: dict[str, dict[str, str]] = {
    "sqlite": {
        "audit_entry_no_update": "audit_entry",
        "audit_entry_no_delete": "audit_entry",
        "audit_head_no_delete": "audit_head",
        "audit_head_forward": "audit_head",
    },
    "postgresql": {
        "audit_entry_immutable": "audit_entry",
        "audit_entry_no_truncate": "audit_entry",
        "audit_head_immutable": "audit_head",
        "audit_head_forward": "audit_head",
    },
}


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    chain: ChainReport | None = None
    anchors_checked: int = 0
    anchor_findings: list[AnchorFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and not self.anchor_findings
            and self.chain is not None
            and self.chain.ok
        )


def check(
    db,
    actor: Actor,
    extra_anchors: Iterable[tuple[str, Anchor]] = (),
    local: bool = True,
) -> IntegrityReport:
    """Everything `verify` checks. `extra_anchors` are (register id, anchor) pairs from backups
    (`--anchor`) or typed heads (register id "" for "this register")."""
    actor.require(Permission.READ)
    report = IntegrityReport()
    with db.read() as session:
        if db.dialect == "sqlite":
            results = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if results != ["ok"]:
                report.problems.extend(
                    tr("データベースの整合性エラー: {r}").format(r=r) for r in results[:20]
                )
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(
                    tr("参照先のない行: {table} (rowid {rowid}) → {parent}").format(
                        table=table, rowid=rowid, parent=parent
                    )
                )
        report.problems.extend(guard_problems(session, db.dialect))
        report.chain = verify_chain(session)
        for name, differs in account_trail.disagreeing(session):
            report.problems.append(
                tr("アカウント {name} が監査ログの記録と異なります: {what}").format(
                    name=name, what="、".join(differs)
                )
            )
        head = anchors.read_head(session)
        found: list[Anchor] = []
        if local:
            found.extend(anchors.local_anchors(head.register))
        for register, anchor in extra_anchors:
            if register and head.register and register != head.register:
                report.problems.append(
                    tr(
                        "控え「{source}」は別の台帳のものです（この台帳の控えではありません）"
                    ).format(source=anchor.source)
                )
                continue
            found.append(anchor)
        report.anchors_checked = len(found)

        def hash_at(seq: int) -> str | None:
            return session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))

        report.anchor_findings = check_anchors(head.seq, hash_at, found)
    return report


def guard_problems(session, dialect: str) -> list[str]:
    """Missing, disabled or emptied guard triggers, by name."""
    declarations.ensure()
    expected = GUARDS.get(dialect, {})
    problems: list[str] = []
    if dialect == "sqlite":
        present = {
            name: (table, sql or "")
            for name, table, sql in session.execute(
                text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
        }
        for name, table in sorted(expected.items()):
            seen = present.get(name)
            if seen is None or seen[0] != table or "RAISE(ABORT" not in seen[1].upper():
                problems.append(missing_guard(name, table))
    else:
        rows = session.execute(
            text(
                "SELECT t.tgname, c.relname, t.tgenabled, p.prosrc FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                "WHERE NOT t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())"
            )
        )
        present = {name: (table, enabled, source or "") for name, table, enabled, source in rows}
        for name, table in sorted(expected.items()):
            seen = present.get(name)
            if seen is None or seen[0] != table or "RAISE EXCEPTION" not in seen[2].upper():
                problems.append(missing_guard(name, table))
            elif seen[1] not in ("O", "A"):
                problems.append(
                    tr("保護トリガー {name}（{table}）が無効にされています").format(
                        name=name, table=table
                    )
                )
    return problems


def missing_guard(name: str, table: str) -> str:
    return tr("保護トリガー {name}（{table}）がないか、書き換えられています").format(
        name=name, table=table
    )
