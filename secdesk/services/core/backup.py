"""Backups that can be trusted: consistent while the app is in use, verified, optionally
encrypted, restorable only when whole and genuine.

SQLite registers are copied with SQLite's online backup API (a consistent snapshot even while
others write); PostgreSQL registers are written as a logical dump (store.logical_copy). An
encrypted backup is sealed with AES-256-GCM (io.sealed) under a key kept in the OS keyring, with a
printable recovery code for the safe.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from secdesk import paths
from secdesk.domain.audit_chain import Anchor, head_text
from secdesk.domain.errors import SecdeskError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.io import sealed
from secdesk.io.files import atomic_path, sha256_file
from secdesk.services.core import anchors, trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store import logical_copy

KEY_NAME = "backup-key"
SQLITE_MAGIC = b"SQLite format 3\x00"

Progress = Callable[[int, int, str], None]


class BackupError(SecdeskError):
    pass


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    size: int
    encrypted: bool
    entries: int  # audit trail entries in the copy, all verified
    recovery_code: str | None = None  # set when a new key was made for this backup


@dataclass(frozen=True)
class BackupInfo:
    kind: str  # "sqlite" or "logical"
    revision: str
    trail_entries: int
    encrypted: bool
    register: str = ""  # the register's identity ("" before schema 0007)
    head_seq: int = 0  # the trail's head in the copy: an anchor for `verify --anchor`
    head_hash: str = ""


def backup_key(create: bool = False) -> tuple[bytes | None, str | None]:
    """The backup key from the keyring; with create=True a new one is made and its recovery code returned."""
    import base64

    from secdesk.secrets import get_secret, set_secret

    stored = get_secret(KEY_NAME)
    if stored:
        return base64.b64decode(stored), None
    if not create:
        return None, None
    key = sealed.new_key()
    set_secret(KEY_NAME, base64.b64encode(key).decode())
    return key, sealed.recovery_code(key)


def recovery_code_of_stored_key() -> str | None:
    key, _ = backup_key()
    return sealed.recovery_code(key) if key else None


class BackupService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- making a backup -----------------------------------------------------------------------

    def backup(
        self,
        actor: Actor,
        target: Path | str,
        encrypt: bool = False,
        progress: Progress | None = None,
    ) -> BackupResult:
        actor.require(Permission.BACKUP)
        target = Path(target)
        code = None
        key = None
        if encrypt:
            key, code = backup_key(create=True)
        # The plain snapshot lives only in a private work folder (0700, in the user's profile),
        # removed on every way out; a killed process's folder is swept at the next start.
        with paths.work_folder("backup") as work:
            plain = work / "copy"
            self._snapshot(plain, progress)
            info = inspect_plain(plain)
            with atomic_path(target) as temp:
                if key is not None:
                    sealed.seal(plain, temp, key)
                else:
                    shutil.copyfile(plain, temp)
                private_file(temp)
                digest, size = sha256_file(temp), temp.stat().st_size
                with self.db.write() as session:
                    trail.record(
                        session,
                        actor,
                        self.clock,
                        "backup",
                        "database",
                        None,
                        {
                            "file": target.name,
                            "sha256": digest,
                            "bytes": size,
                            "encrypted": encrypt,
                            "kind": info.kind,
                            "trail_entries": info.trail_entries,
                            "trail_head": head_text(info.head_seq, info.head_hash),
                        },
                    )
                    after = anchors.read_head(session)
        anchors.remember(after, "backup")
        return BackupResult(target, digest, size, encrypt, info.trail_entries, code)

    def _snapshot(self, plain: Path, progress: Progress | None) -> None:
        if self.db.dialect == "sqlite":
            source = Path(self.db.url.database)
            with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(plain)) as dst:

                def step(status, remaining, total):
                    if progress:
                        progress(total - remaining, total, "")

                src.backup(dst, pages=1024, progress=step)
                dst.execute("PRAGMA journal_mode=DELETE")
        else:
            logical_copy.dump(self.db.engine, plain, progress)

    def auto_backup(
        self, actor: Actor, folder: Path | str, keep: int, encrypt: bool = False
    ) -> BackupResult:
        """The backup on exit: a dated file in `folder`, keeping the newest `keep` of them."""
        folder = paths.private_dir(Path(folder), enforce=False)
        stamp = self.clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        suffix = ".sdbk" if encrypt else (".sqlite3" if self.db.dialect == "sqlite" else ".zip")
        result = self.backup(actor, folder / f"secdesk-auto-{stamp}{suffix}", encrypt)
        olds = sorted(folder.glob("secdesk-auto-*"), key=lambda p: p.name, reverse=True)
        for old in olds[max(keep, 1) :]:
            old.unlink(missing_ok=True)
        return result


def inspect_plain(path: Path) -> BackupInfo:
    """Check an unencrypted backup: the database's own check, a known schema, an intact trail."""
    from secdesk.store.database import Database
    from secdesk.store.engine import make_engine, sqlite_url
    from secdesk.store.migrate import current_revision, known_revisions

    with path.open("rb") as handle:
        head = handle.read(16)
    if head == SQLITE_MAGIC:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            try:
                result = conn.execute("PRAGMA integrity_check").fetchall()
            except sqlite3.DatabaseError as error:
                raise BackupError(
                    tr("バックアップのデータベースが壊れています: {e}").format(e=error)
                ) from error
            if result != [("ok",)]:
                raise BackupError(
                    tr("バックアップのデータベースが壊れています: {e}").format(e=result[0][0])
                )
        engine = make_engine(sqlite_url(path))
        try:
            revision = current_revision(engine)
            if revision is None:
                raise BackupError(tr("secdesk のバックアップではありません。"))
            if revision not in known_revisions(engine):
                raise BackupError(
                    tr("新しい版の secdesk で作られたバックアップです（スキーマ {r}）。").format(
                        r=revision
                    )
                )
            with Database(engine).read() as session:
                chain = trail.verify_chain(session)
                head = anchors.read_head(session)
        finally:
            engine.dispose()
        if not chain.ok:
            raise BackupError(
                tr("バックアップの監査ログに不整合があります（記録 {seq}）。復元しません。").format(
                    seq=chain.broken_seq
                )
            )
        return BackupInfo(
            "sqlite", revision, chain.entries, False, head.register, head.seq, head.hash
        )
    if head.startswith(b"PK"):
        try:
            manifest = logical_copy.read_manifest(path)
        except (zipfile.BadZipFile, KeyError, ValueError) as error:
            raise BackupError(tr("secdesk のバックアップではありません。")) from error
        head = manifest.get("trail_head") or {}
        return BackupInfo(
            "logical",
            manifest["revision"],
            manifest["counts"].get("audit_entry", 0),
            False,
            str(manifest.get("register") or ""),
            int(head.get("seq") or 0),
            str(head.get("hash") or ""),
        )
    raise BackupError(tr("secdesk のバックアップではありません。"))


def open_backup(source: Path, work: Path, recovery_code: str | None = None) -> tuple[Path, bool]:
    """An unencrypted copy of `source` in `work` (decrypting if needed); (path, was_encrypted)."""
    if not source.is_file():
        raise BackupError(tr("ファイルが見つかりません: {p}").format(p=source))
    if sealed.is_sealed(source):
        try:
            key = sealed.key_from_recovery_code(recovery_code) if recovery_code else backup_key()[0]
        except sealed.SealedFileError as error:
            raise BackupError(str(error)) from error
        if key is None:
            raise BackupError(tr("暗号化されたバックアップです。回復キーを指定してください。"))
        plain = work / "restored"
        try:
            sealed.unseal(source, plain, key)
        except sealed.SealedFileError as error:
            raise BackupError(str(error)) from error
        return plain, True
    return source, False


def anchor_of(source: Path, recovery_code: str | None = None) -> tuple[str, Anchor]:
    """The register and trail head a backup carries, as an anchor for `secdesk verify`."""
    with paths.work_folder("anchor") as work:
        plain, _ = open_backup(source, work, recovery_code)
        info = inspect_plain(plain)
    label = tr("バックアップ {name}").format(name=source.name)
    return info.register, Anchor(info.head_seq, info.head_hash, label)


def private_file(path: Path) -> None:
    """Readable by this user only (POSIX; on Windows the file lives in the user's profile)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a file system without modes (a USB stick's FAT)
            path.chmod(0o600)


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
