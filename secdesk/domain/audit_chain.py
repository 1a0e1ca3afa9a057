"""The audit trail's hash chain, as pure rules: how an entry is hashed, and how a sequence of
entries (rows of the table, or of a backup's dump) is checked from the start.

hash = SHA-256(previous hash + canonical JSON of the entry). Kept free of the database so that the
store (checking a dump) and the services (checking the table) use the same rule.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
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


# --- anchors: copies of the head kept outside the database ---------------------------------------

# A printed head carries this many hex digits of the hash (64 bits: a forger would have to find a
# rewritten chain whose hash at that entry begins with them); a typed head may be no shorter.
PRINTED_HASH_DIGITS = 16
MIN_TYPED_HASH_DIGITS = 12


@dataclass(frozen=True)
class Anchor:
    """The head (seq, hash or a prefix of it) as seen at some moment, and where that copy lives."""

    seq: int
    hash: str
    source: str


@dataclass(frozen=True)
class AnchorFinding:
    anchor: Anchor
    reason: str
    # The first entry that may have been rewritten: just after the newest anchor that still
    # matches below this one (1 when none does).
    first_suspect: int = 1


def head_text(seq: int, digest: str, digits: int = PRINTED_HASH_DIGITS) -> str:
    """The head as people print and type it: "1234:3f9a0c…" (seq, then the hash's first digits)."""
    return f"{seq}:{digest[:digits]}"


def parse_head(text: str, source: str) -> Anchor:
    """ "SEQ:HASH" as typed from a report's footer; ValueError naming what is wrong."""
    seq_text, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not seq_text.strip().isdigit():
        raise ValueError(tr("記録番号が数字ではありません: {t}").format(t=text))
    if len(digest) < MIN_TYPED_HASH_DIGITS or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(
            tr("ハッシュは16進数で {n} 桁以上必要です: {t}").format(n=MIN_TYPED_HASH_DIGITS, t=text)
        )
    return Anchor(int(seq_text), digest, source)


def check_anchors(
    head_seq: int, hash_at: Callable[[int], str | None], anchors: Iterable[Anchor]
) -> list[AnchorFinding]:
    """Compare the chain with every anchor; `hash_at(seq)` is the stored hash of entry seq.

    An anchor ahead of the head means the tail was cut; an anchor whose entry now has another
    hash means that entry or one before it was rewritten (the chain links each entry to all the
    earlier ones). Findings come oldest anchor first.
    """
    ordered = sorted(set(anchors), key=lambda a: (a.seq, a.source))
    findings: list[AnchorFinding] = []
    last_good = 0
    for anchor in ordered:
        if anchor.seq == 0:
            continue
        if anchor.seq > head_seq:
            findings.append(
                AnchorFinding(
                    anchor,
                    tr(
                        "控え「{source}」は記録 {seq} まであるのに、データベースは記録 {head} で"
                        "終わっています（記録 {first} 以降が削除された可能性）"
                    ).format(
                        source=anchor.source, seq=anchor.seq, head=head_seq, first=head_seq + 1
                    ),
                    last_good + 1,
                )
            )
            continue
        stored = hash_at(anchor.seq)
        if stored is not None and stored.startswith(anchor.hash):
            if not findings:
                last_good = max(last_good, anchor.seq)
            continue
        findings.append(
            AnchorFinding(
                anchor,
                tr(
                    "記録 {seq} が控え「{source}」と一致しません（記録 {first}〜{seq} のどこかが"
                    "書き換えられています）"
                ).format(seq=anchor.seq, source=anchor.source, first=last_good + 1),
                last_good + 1,
            )
        )
    return findings
