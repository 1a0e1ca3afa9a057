"""Putting a backup back: checked whole before anything is replaced, the replaced register kept.

A backup is accepted only if it decrypts (when sealed), passes the database's own check, has a
schema this secdesk knows, and its audit chain verifies. The register it replaces is first copied
to the backups folder. PostgreSQL restores run in one transaction (its DDL is transactional), so
a failure part-way leaves the old register as it was.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select

from secdesk import paths
from secdesk.domain.errors import EnvironmentProblem, PermissionDenied, SecdeskError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core import anchors, declarations, trail
from secdesk.services.core.backup import (
    BackupInfo,
    Progress,
    backup_key,
    inspect_plain,
    open_backup,
)
from secdesk.services.core.context import SYSTEM, Actor, Clock
from secdesk.store import logical_copy
from secdesk.store.database import Database
from secdesk.store.models import AuditEntry


class RestoreRefused(SecdeskError):
    """The restore would replace another register, or lose trail entries, without the say-so."""


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would do to the register it replaces, for the person to confirm."""

    info: BackupInfo
    same_register: bool | None  # None: the current register cannot be read (or has no identity)
    current_entries: int  # trail entries of the register being replaced (0 when unreadable)
    lost_entries: int  # of those, the ones the backup does not hold
    lost_from: datetime | None = None
    lost_to: datetime | None = None

    def loss_text(self) -> str:
        if not self.lost_entries:
            return ""
        from secdesk.domain.timezone import format_local

        return tr(
            "現在の監査ログのうち {n} 件（{start}〜{end}）はこのバックアップにないため失われます。"
        ).format(
            n=self.lost_entries,
            start=format_local(self.lost_from) if self.lost_from else "?",
            end=format_local(self.lost_to) if self.lost_to else "?",
        )


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None
    info: BackupInfo
    upgraded: bool
    recovery_code: str | None = None  # set when the sealed copy needed a new backup key


def check_backup(source: Path | str, recovery_code: str | None = None) -> BackupInfo:
    """Everything restore checks, without replacing anything."""
    with paths.work_folder("check") as work:
        plain, encrypted = open_backup(Path(source), work, recovery_code)
        return replace(inspect_plain(plain), encrypted=encrypted)


def plan_restore(db: Database | None, info: BackupInfo) -> RestorePlan:
    """Which register the backup belongs to and how many trail entries restoring it would lose."""
    current = _current(db)
    if current is None:
        return RestorePlan(info, None, 0, 0)
    register, seq, at_of = current
    same = None if not (register and info.register) else register == info.register
    kept = info.head_seq if same is not False else 0
    lost = max(seq - kept, 0)
    if not lost:
        return RestorePlan(info, same, seq, 0)
    return RestorePlan(info, same, seq, lost, at_of(kept + 1), at_of(seq))


def _current(db: Database | None):
    """(register id, head seq, seq → time) of the register being replaced; None if unreadable."""
    if db is None:
        return None
    try:
        with db.read() as session:
            head = anchors.read_head(session)
            times = dict(
                session.execute(
                    select(AuditEntry.seq, AuditEntry.at).where(AuditEntry.seq.in_([head.seq]))
                ).all()
            )
    except Exception:  # a damaged register: restoring it is what the person is trying to do
        return None

    def at_of(seq: int) -> datetime | None:
        if seq in times:
            return times[seq]
        with db.read() as session:
            return session.scalar(select(AuditEntry.at).where(AuditEntry.seq == seq))

    return head.register, head.seq, at_of


def _prove_with_recovery_code(source: Path, recovery_code: str | None) -> None:
    """Without a login, the backup key's recovery code is the proof of being an administrator:
    it must be the key this PC holds, or, on a PC without one, open the (encrypted) backup."""
    from secdesk.io import sealed

    if not recovery_code:
        raise PermissionDenied(
            tr(
                "復元には、置き換える台帳の管理者のログインが必要です"
                "（台帳が開けないときはバックアップ鍵の回復キー）。"
            )
        )
    try:
        key = sealed.key_from_recovery_code(recovery_code)
    except sealed.SealedFileError as error:
        raise PermissionDenied(str(error)) from error
    stored, _ = backup_key()
    if stored is not None and stored != key:
        raise PermissionDenied(tr("回復キーがこの端末のバックアップ鍵と一致しません。"))
    if stored is None and not sealed.is_sealed(source):
        raise PermissionDenied(
            tr("この端末には鍵がないため、回復キーで開ける暗号化バックアップだけを復元できます。")
        )


def restore(
    db: Database,
    clock: Clock,
    actor: Actor | None,
    source: Path | str,
    backups_dir: Path,
    recovery_code: str | None = None,
    progress: Progress | None = None,
    *,
    other_register: bool = False,
    accept_loss: int | None = None,
) -> RestoreResult:
    """Replace the register behind `db` with the backup. `actor` must be an administrator of the
    register being replaced; None only when that register cannot be opened at all, and then the
    backup key's recovery code is the proof. A backup of another register needs
    `other_register` (and an administrator); one that would lose trail entries needs
    `accept_loss` equal to their number."""
    source = Path(source)
    if actor is not None:
        actor.require(Permission.MANAGE_SETTINGS)
    else:
        _prove_with_recovery_code(source, recovery_code)
    paths.private_dir(backups_dir)
    with paths.work_folder("restore") as work:
        plain, encrypted = open_backup(source, work, recovery_code)
        info = replace(inspect_plain(plain), encrypted=encrypted)
        plan = plan_restore(db, info) if actor is not None else RestorePlan(info, None, 0, 0)
        _check_plan(plan, actor, other_register, accept_loss)
        if db.dialect == "sqlite":
            replaced = _restore_sqlite(db, plain, info, work, progress)
        else:
            replaced = _restore_postgres(db, plain, info, work, progress)
        code = None
        if replaced is not None:
            replaced, code = _keep_sealed(replaced, backups_dir, db.dialect)
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
                "other_register": plan.same_register is False,
                "lost_entries": plan.lost_entries,
            },
        )
    return RestoreResult(source, replaced, info, upgraded, code)


# How many copies of replaced registers the backups folder keeps (each sealed with the backup key).
KEEP_BEFORE_RESTORE = 3


def _keep_sealed(copy: Path, backups_dir: Path, dialect: str) -> tuple[Path, str | None]:
    """The replaced register's copy, sealed with the backup key into the backups folder; only the
    newest KEEP_BEFORE_RESTORE are kept. Returns (path, recovery code if a key was just made)."""
    from secdesk.io import sealed
    from secdesk.services.core.backup import private_file

    key, code = backup_key(create=True)
    prefix = "secdesk" if dialect == "sqlite" else "postgresql"
    now = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")  # two restores in one second too
    target = backups_dir / f"{prefix}-before-restore-{now}.sdbk"
    sealed.seal(copy, target, key)
    private_file(target)
    olds = sorted(backups_dir.glob("*-before-restore-*"), key=lambda p: p.name, reverse=True)
    for old in olds[KEEP_BEFORE_RESTORE:]:
        old.unlink(missing_ok=True)
    return target, code


def _check_plan(
    plan: RestorePlan, actor: Actor | None, other_register: bool, accept_loss: int | None
) -> None:
    if plan.same_register is False and not (other_register and actor is not None):
        raise RestoreRefused(
            tr(
                "このバックアップは別の台帳のものです。置き換えるには管理者が "
                "--other-register を指定してください。"
            )
        )
    if plan.lost_entries and accept_loss != plan.lost_entries:
        raise RestoreRefused(
            plan.loss_text()
            + tr("承知のうえで復元するには --accept-loss {n} を指定してください。").format(
                n=plan.lost_entries
            )
        )


def _restore_sqlite(
    db: Database, plain: Path, info: BackupInfo, work: Path, progress: Progress | None
) -> Path | None:
    if info.kind == "logical":
        plain = _logical_to_sqlite(plain, info, work)
    target = Path(db.url.database)
    replaced = None
    db.dispose()
    if target.exists():
        replaced = work / "replaced.sqlite3"
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
    db: Database, plain: Path, info: BackupInfo, work: Path, progress: Progress | None
) -> Path:
    if info.kind == "sqlite":
        plain = _sqlite_to_logical(plain, work)
    replaced = work / "replaced.zip"
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
