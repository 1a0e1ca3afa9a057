"""Moving a register to another database (SQLite → PostgreSQL when an office grows, and back)."""

from __future__ import annotations

from dataclasses import dataclass

from secdesk.domain.errors import SecdeskError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core import declarations, trail
from secdesk.services.core.backup import Progress
from secdesk.services.core.context import Actor, Clock
from secdesk.store import logical_copy
from secdesk.store.database import Database


@dataclass(frozen=True)
class TransferResult:
    target: str
    counts: dict[str, int]
    trail_entries: int


def transfer(
    source: Database, clock: Clock, actor: Actor, target: Database, progress: Progress | None = None
) -> TransferResult:
    """Copy every record into the empty register `target`, then prove it: same row counts in
    every table and an intact audit chain on the target."""
    actor.require(Permission.MANAGE_SETTINGS)
    from secdesk.store.migrate import prepare

    prepare(target.engine)
    try:
        logical_copy.ensure_empty(target.engine)
    except ValueError:
        raise SecdeskError(
            tr("移行先のデータベースは空ではありません。空のデータベースを指定してください。")
        ) from None
    declarations.ensure()  # the registers' after-load hooks (search index)
    counts = logical_copy.copy(source.engine, target.engine, progress)
    copied = logical_copy.row_counts(target.engine)
    different = {name: (n, copied.get(name)) for name, n in counts.items() if copied.get(name) != n}
    if different:
        raise SecdeskError(tr("移行後の件数が一致しません: {d}").format(d=different))
    with target.read() as session:
        chain = trail.verify_chain(session)
    if not chain.ok:
        raise SecdeskError(
            tr("移行先の監査ログに不整合があります（記録 {seq}）。").format(seq=chain.broken_seq)
        )
    where = target.location
    details = {"target": where, "rows": sum(counts.values()), "trail_entries": chain.entries}
    with source.write() as session:
        trail.record(session, actor, clock, "transfer", "database", None, details)
    with target.write() as session:
        trail.record(
            session,
            actor,
            clock,
            "transfer_in",
            "database",
            None,
            {**details, "source": source.location},
        )
    return TransferResult(where, counts, chain.entries)
