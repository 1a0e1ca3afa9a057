"""Copies of the trail's head kept outside the database: the anchors `verify` checks against.

The chain alone has no secret: someone holding the register file can rewrite an entry and
recompute every hash after it, or cut the tail and move the head back. Whoever has seen the head
(seq + hash) can tell. So each PC appends the head to a small log in the user's data folder on
every login, export, report and backup (outside the register; on PostgreSQL every client keeps
its own); backups carry the head of their copy; reports print it in the footer. `secdesk verify`
compares the chain with all of them (services.core.integrity).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from secdesk import paths
from secdesk.domain.audit_chain import Anchor
from secdesk.store.models import AuditHead, RegisterIdentity

LOG_NAME = "trail-anchors.jsonl"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    """The head of one register's trail as read inside a transaction."""

    register: str
    seq: int
    hash: str


def register_id(session: Session) -> str:
    """The register's identity; "" for a database made before it had one (never after 0007)."""
    if not inspect(session.connection()).has_table("register_identity"):
        return ""
    return session.scalar(select(RegisterIdentity.uuid).where(RegisterIdentity.id == 1)) or ""


def read_head(session: Session) -> Head:
    head = session.get(AuditHead, 1)
    seq, digest = (head.seq, head.hash) if head is not None else (0, "")
    return Head(register_id(session), seq, digest)


def log_path() -> Path:
    return paths.user_data_dir() / LOG_NAME


def remember(head: Head, source: str) -> None:
    """Append the head to this PC's anchor log (call after the transaction committed).

    A full disk or a read-only profile must not stop the work: the failure is logged and the
    anchor is simply missing."""
    if not head.register or head.seq <= 0:
        return
    path = log_path()
    line = json.dumps(
        {
            "register": head.register,
            "seq": head.seq,
            "hash": head.hash,
            "source": source,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
        },
        ensure_ascii=False,
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    except OSError as error:
        log.warning("trail anchor not written to %s: %s", path, error)


def local_anchors(register: str, path: Path | None = None) -> list[Anchor]:
    """This PC's anchors of one register (lines of other registers and damaged lines skipped)."""
    path = path or log_path()
    found: list[Anchor] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return found
    for number, line in enumerate(lines, 1):
        try:
            item = json.loads(line)
            if item.get("register") != register:
                continue
            label = f"{path.name}:{number} {item.get('source', '')} {item.get('at', '')}".strip()
            found.append(Anchor(int(item["seq"]), str(item["hash"]).lower(), label))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return found
