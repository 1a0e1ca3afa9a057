"""The error log: what went wrong, where in the code, and a short reference a person can quote.

A windowed program has no console, so an error nobody saw would be lost; the GUI writes every
unexpected error here (rotating files under `paths.log_dir()`, in the local profile) and shows
the reference. The log holds no personal data: an exception's message may quote a name, an
address or a record's text, so only its type and the code locations of its traceback are
written, never the message or local values. Record numbers are added by the callers that know
them (`report(error, context="2026-INC-0007")`).
"""

from __future__ import annotations

import logging
import secrets
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from secdesk import paths

LOGGER = "secdesk"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
log = logging.getLogger(LOGGER)


def setup(folder: Path | None = None) -> Path:
    """Send secdesk's log records to a rotating file; returns the file's path (idempotent)."""
    folder = folder or paths.log_dir()
    target = folder / "secdesk.log"
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return target


def summary(error: BaseException) -> str:
    """The exception's type and where it passed, innermost last; never its message."""
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.append("caused by " + summary(cause).replace("\n", "\n  "))
    return "\n".join(lines)


def _short(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("secdesk", "site-packages"):
        if anchor in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(anchor) :])
    return Path(filename).name


def report(error: BaseException, context: str = "") -> str:
    """Log an unexpected error; returns the reference to show the person (8 hex digits)."""
    reference = secrets.token_hex(4).upper()
    where = f" [{context}]" if context else ""
    log.error("%s%s %s", reference, where, summary(error))
    return reference
