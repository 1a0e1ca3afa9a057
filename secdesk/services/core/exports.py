"""Every export and report leaves a trail entry: who, what, which filters, file name, SHA-256.

The file is written to a temporary path first; the file takes its name inside the transaction
that records the trail entry with the finished file's hash, so a failed or cancelled export leaves
neither a half-written file nor a trail entry, and a file that could not take its name (held open
by Excel) leaves no entry for a file that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from secdesk.domain.audit_chain import head_text
from secdesk.domain.roles import Permission
from secdesk.io.files import sha256_file, staged_file
from secdesk.reports.anchor import trail_anchor
from secdesk.services.core import anchors, trail
from secdesk.services.core.context import Actor, Clock


@dataclass
class ExportRecord:
    path: Path
    rows: int = 0
    sha256: str = ""
    trail_head: str = ""  # the trail's head when the file was made, as printed on reports


@contextmanager
def exporting(
    db,
    clock: Clock,
    actor: Actor,
    what: str,
    path: Path | str,
    filters: Mapping[str, object] | None = None,
    action: str = "export",
) -> Iterator[tuple[Path, ExportRecord]]:
    """Yield (temporary path, record); set record.rows inside the block.

    `action` is "export" for data files and "report" for PDF reports (the trail tells them apart).
    """
    actor.require(Permission.EXPORT)
    target = Path(path)
    record = ExportRecord(target)
    with db.read() as session:
        before = anchors.read_head(session)
    record.trail_head = head_text(before.seq, before.hash)
    with staged_file(target) as staged:
        temp = staged.temp
        token = trail_anchor.set(record.trail_head)
        try:
            yield temp, record
        finally:
            trail_anchor.reset(token)
        record.sha256 = sha256_file(temp)
        with db.write() as session:
            trail.record(
                session,
                actor,
                clock,
                action,
                what,
                None,
                {
                    "file": target.name,
                    "filters": dict(filters or {}),
                    "rows": record.rows,
                    "sha256": record.sha256,
                    "bytes": temp.stat().st_size,
                    "trail_head": record.trail_head,
                },
            )
            after = anchors.read_head(session)
            staged.publish()
    anchors.remember(after, action)
