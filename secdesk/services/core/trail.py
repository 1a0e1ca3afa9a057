"""The audit trail: every write and export appends an entry in the same transaction.

Entries form a hash chain: hash = SHA-256(previous hash + canonical JSON of the entry). The head
row is locked by each writer (SELECT … FOR UPDATE on PostgreSQL; SQLite writers are serialised by
BEGIN IMMEDIATE), so concurrent clients still build one straight chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from secdesk.domain.audit_chain import (  # noqa: F401 - the trail's public names
    GENESIS_HASH,
    ChainReport,
    canonical_json,
    check_chain,
    entry_hash,
    plain,
)
from secdesk.domain.roles import Permission
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core import declarations
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import AuditEntry, AuditHead

# How actions and entities read in the trail view; registers add theirs.
ACTION_LABELS: dict[str, str] = {
    "create": QT_TR_NOOP("作成"),
    "update": QT_TR_NOOP("更新"),
    "deactivate": QT_TR_NOOP("無効化"),
    "activate": QT_TR_NOOP("有効化"),
    "withdraw": QT_TR_NOOP("取消"),
    "import": QT_TR_NOOP("取り込み"),
    "export": QT_TR_NOOP("書き出し"),
    "report": QT_TR_NOOP("報告書作成"),
    "login": QT_TR_NOOP("ログイン"),
    "login_failed": QT_TR_NOOP("ログイン失敗"),
    "login_refused_locked": QT_TR_NOOP("ロック中のログイン"),
    "password_changed": QT_TR_NOOP("パスワード変更"),
    "password_reset": QT_TR_NOOP("パスワード再設定"),
    "unlock": QT_TR_NOOP("ロック解除"),
    "password_rehashed": QT_TR_NOOP("パスワードの再ハッシュ"),
    "account_baseline": QT_TR_NOOP("アカウントの記録"),
    "login_refused_tampered": QT_TR_NOOP("記録と異なるアカウントのログイン"),
}
ENTITY_LABELS: dict[str, str] = {
    "user": QT_TR_NOOP("ユーザー"),
    "staff": QT_TR_NOOP("職員"),
    "department": QT_TR_NOOP("所属"),
    "employment_type": QT_TR_NOOP("雇用区分"),
    "setting": QT_TR_NOOP("設定"),
}


def action_label(action: str) -> str:
    declarations.ensure()
    return tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def entity_label(entity: str) -> str:
    declarations.ensure()
    return tr(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def changes(before: Mapping[str, object], after: Mapping[str, object]) -> dict[str, list]:
    """Changed fields as {field: [old, new]}; fields equal on both sides are left out."""
    result = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if plain(old) != plain(new):
            result[key] = [old, new]
    return result


@dataclass(frozen=True)
class TrailEvent:
    action: str
    entity: str
    entity_id: str | int | None = None
    details: Mapping[str, object] | None = None


def record(
    session: Session,
    actor: Actor,
    clock: Clock,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    details: Mapping[str, object] | None = None,
) -> int:
    """Append one entry; returns its sequence number."""
    return record_many(session, actor, clock, [TrailEvent(action, entity, entity_id, details)])


def switch_active(
    session: Session,
    actor: Actor,
    clock: Clock,
    entity: str,
    row,
    active: bool,
    details: Mapping[str, object] | None = None,
) -> None:
    """Turn a master row (category, severity, reason …) on or off with its trail entry; nothing
    is written when it already is."""
    if row.active == active:
        return
    row.active = active
    action = "activate" if active else "deactivate"
    record(
        session, actor, clock, action, entity, row.id, details or {"active": [not active, active]}
    )


def record_many(session: Session, actor: Actor, clock: Clock, events: Iterable[TrailEvent]) -> int:
    """Append entries in order (bulk imports log one entry per record); returns the last seq."""
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    seq, prev = head.seq, head.hash
    at = clock.now()
    rows = []
    for event in events:
        seq += 1
        entity_id = "" if event.entity_id is None else str(event.entity_id)
        details = canonical_json(event.details or {})
        digest = entry_hash(
            prev, seq, at, actor.id, actor.username, event.action, event.entity, entity_id, details
        )
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor_id": actor.id,
                "actor_name": actor.username,
                "action": event.action,
                "entity": event.entity,
                "entity_id": entity_id,
                "details": details,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return head.seq
    for start in range(0, len(rows), 5000):
        session.execute(insert(AuditEntry), rows[start : start + 5000])
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=prev))
    session.expire(head)
    return seq


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain from the start; name the first entry that does not fit."""
    stmt = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    head = session.get(AuditHead, 1)
    return check_chain(
        session.scalars(stmt), head.seq if head else None, head.hash if head else None
    )


@dataclass(frozen=True)
class TrailRow:
    seq: int
    at: datetime
    actor_name: str
    action: str
    entity: str
    entity_id: str
    details: str


class TrailService:
    """Reading the trail (for the admin view and for auditors). Writing is `record()` only."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def verify(self, actor: Actor) -> ChainReport:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return verify_chain(session)

    def last_seq(self, actor: Actor) -> int:
        """The number of the newest entry: it moves whenever anyone, anywhere, writes."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0

    def count(self, actor: Actor) -> int:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    def recent(
        self,
        actor: Actor,
        limit: int = 200,
        before_seq: int | None = None,
        entity: str | None = None,
        entity_id: str | None = None,
    ) -> list[TrailRow]:
        actor.require(Permission.READ)
        stmt = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if before_seq is not None:
            stmt = stmt.where(AuditEntry.seq < before_seq)
        if entity is not None:
            stmt = stmt.where(AuditEntry.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == entity_id)
        with self.db.read() as session:
            return [
                TrailRow(e.seq, e.at, e.actor_name, e.action, e.entity, e.entity_id, e.details)
                for e in session.scalars(stmt)
            ]
