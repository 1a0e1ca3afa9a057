"""Putting a backup back: checked whole before anything is replaced, the replaced register kept.

A backup is accepted only if it decrypts (when sealed), passes the database's own check, has a
schema this secdesk knows, and its audit chain verifies. The register it replaces is first copied
to the backups folder. PostgreSQL restores run in one transaction (its DDL is transactional), so
a failure part-way leaves the old register as it was.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine

from secdesk.domain.errors import EnvironmentProblem
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core import declarations, trail
from secdesk.services.core.backup import BackupInfo, Progress, inspect_plain, open_backup, stamp
from secdesk.services.core.context import SYSTEM, Actor, Clock
from secdesk.store import logical_copy
from secdesk.store.database import Database


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None
    info: BackupInfo
    upgraded: bool


def check_backup(source: Path | str, recovery_code: str | None = None) -> BackupInfo:
    """Everything restore checks, without replacing anything."""
    with tempfile.TemporaryDirectory(prefix="secdesk-check-") as work:
        plain, encrypted = open_backup(Path(source), Path(work), recovery_code)
        info = inspect_plain(plain)
        return BackupInfo(info.kind, info.revision, info.trail_entries, encrypted)


def restore(
    db: Database,
    clock: Clock,
    actor: Actor | None,
    source: Path | str,
    backups_dir: Path,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the register behind `db` with the backup. `actor` must be an administrator of the
    register being replaced; None only when that register cannot be opened at all."""
    if actor is not None:
        actor.require(Permission.MANAGE_SETTINGS)
    source = Path(source)
    backups_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="secdesk-restore-") as work:
        plain, encrypted = open_backup(source, Path(work), recovery_code)
        info = inspect_plain(plain)
        info = BackupInfo(info.kind, info.revision, info.trail_entries, encrypted)
        if db.dialect == "sqlite":
            replaced = _restore_sqlite(db, plain, info, Path(work), backups_dir, progress)
        else:
            replaced = _restore_postgres(db, plain, info, Path(work), backups_dir, progress)
    from secdesk.store.migrate import HEAD_REVISION, prepare

    upgraded = info.revision != HEAD_REVISION
    prepare(db.engine, backups_dir)
    with db.write() as session:
        who = actor or replace(SYSTEM, username="restore")
        trail.record(
            session,
            who,
            clock,
            "restore",
            "database",
            None,
            {
                "file": source.name,
                "encrypted": encrypted,
                "kind": info.kind,
                "revision": info.revision,
                "replaced_copy": replaced.name if replaced else None,
            },
        )
    return RestoreResult(source, replaced, info, upgraded)


def _restore_sqlite(
    db: Database,
    plain: Path,
    info: BackupInfo,
    work: Path,
    backups_dir: Path,
    progress: Progress | None,
) -> Path | None:
    if info.kind == "logical":
        plain = _logical_to_sqlite(plain, info, work)
    target = Path(db.url.database)
    replaced = None
    db.dispose()
    if target.exists():
        replaced = backups_dir / f"{target.stem}-before-restore-{stamp()}.sqlite3"
        try:
            with closing(sqlite3.connect(target)) as src, closing(sqlite3.connect(replaced)) as dst:
                src.backup(dst)
        except sqlite3.DatabaseError:
            # The register being replaced may be the damaged one: keep its bytes as they are.
            import shutil

            shutil.copyfile(target, replaced)
    # The backup API writes the pages into the live file under SQLite's own locking, so another
    # process that has it open sees either the old register or the restored one.
    with (
        closing(sqlite3.connect(plain)) as src,
        closing(sqlite3.connect(target, timeout=10)) as dst,
    ):

        def step(status, remaining, total):
            if progress:
                progress(total - remaining, total, "")

        try:
            src.backup(dst, pages=1024, progress=step)
        except sqlite3.DatabaseError as error:
            raise EnvironmentProblem(
                tr("復元先のデータベースに書き込めません: {e}").format(e=error)
            ) from error
    return replaced


def _logical_to_sqlite(dump: Path, info: BackupInfo, work: Path) -> Path:
    from secdesk.store.engine import make_engine, sqlite_url
    from secdesk.store.migrate import upgrade

    path = work / "from-logical.sqlite3"
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine, info.revision)
        declarations.ensure()  # the registers' after-load hooks (search index)
        logical_copy.load(engine, dump)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    return path


def _restore_postgres(
    db: Database,
    plain: Path,
    info: BackupInfo,
    work: Path,
    backups_dir: Path,
    progress: Progress | None,
) -> Path:
    if info.kind == "sqlite":
        plain = _sqlite_to_logical(plain, work)
    replaced = backups_dir / f"postgresql-before-restore-{stamp()}.zip"
    logical_copy.dump(db.engine, replaced)
    manifest = logical_copy.read_manifest(plain)
    _replace_schema(db.engine, plain, manifest, progress)
    return replaced


def _sqlite_to_logical(path: Path, work: Path) -> Path:
    from secdesk.store.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path))
    try:
        target = work / "from-sqlite.zip"
        logical_copy.dump(engine, target)
        return target
    finally:
        engine.dispose()


def _replace_schema(engine: Engine, dump: Path, manifest: dict, progress: Progress | None) -> None:
    from alembic import command

    from secdesk.store.migrate import alembic_config

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        command.upgrade(config, manifest["revision"])
        declarations.ensure()  # the registers' after-load hooks (search index)
        logical_copy.load_into(connection, dump, manifest, progress)
