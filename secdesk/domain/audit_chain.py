"""The audit trail's hash chain, as pure rules: how an entry is hashed, and how a sequence of
entries (rows of the table, or of a backup's dump) is checked from the start.

hash = SHA-256(previous hash + canonical JSON of the entry). Kept free of the database so that the
store (checking a dump) and the services (checking the table) use the same rule.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

from secdesk.i18n import tr

GENESIS_HASH = "0" * 64


def plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def canonical_json(value: object) -> str:
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor_name: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor_id": actor_id,
            "actor_name": actor_name,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
        }
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    broken_seq: int | None = None
    reason: str = ""


def check_chain(entries: Iterable, head_seq: int | None, head_hash: str | None) -> ChainReport:
    """The chain check over any sequence of entries in seq order (rows of a table or of a dump)."""
    expected_seq, prev = 0, GENESIS_HASH
    for entry in entries:
        expected_seq += 1
        if entry.seq != expected_seq:
            return ChainReport(
                expected_seq - 1,
                False,
                expected_seq,
                tr("記録 {seq} がありません（削除または並べ替えの可能性）").format(
                    seq=expected_seq
                ),
            )
        if entry.prev_hash != prev:
            return ChainReport(
                expected_seq - 1,
                False,
                entry.seq,
                tr(
                    "記録 {seq} の前記録ハッシュが一致しません（削除または並べ替えの可能性）"
                ).format(seq=entry.seq),
            )
        digest = entry_hash(
            prev,
            entry.seq,
            entry.at,
            entry.actor_id,
            entry.actor_name,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.details,
        )
        if digest != entry.hash:
            return ChainReport(
                expected_seq - 1,
                False,
                entry.seq,
                tr("記録 {seq} の内容が書き換えられています").format(seq=entry.seq),
            )
        prev = entry.hash
    if head_seq != expected_seq or head_hash != prev:
        missing = expected_seq + 1
        return ChainReport(
            expected_seq,
            False,
            missing,
            tr("記録 {seq} 以降が失われています（末尾の削除の可能性）").format(seq=missing),
        )
    return ChainReport(expected_seq, True)
