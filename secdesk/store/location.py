"""Which database the person chose, and is its file on a network drive? SQLite's locking and its
write-ahead log are not reliable over network file systems, so a register there is for one person
only. Standard library only: the login window asks before the data layer is loaded."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "afs",
    "ncpfs",
    "9p",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "ceph",
    "lustre",
    "gpfs",
}
_DRIVE_REMOTE = 4
ENV_VAR = "SECDESK_DATABASE_URL"


def chosen_database(given: str | None) -> str | None:
    """--db, else SECDESK_DATABASE_URL, else this PC's setting; None means the default file."""
    if given or os.environ.get(ENV_VAR):
        return given
    from secdesk.settings import LocalSettings

    return LocalSettings.load().database_url or None


def sqlite_file(given: str | None, environ: dict | None = None) -> Path | None:
    """The SQLite file a bare path (or, with nothing given, the default) names; None for a URL."""
    environ = os.environ if environ is None else environ
    value = given or environ.get(ENV_VAR)
    if not value:
        from secdesk.paths import default_database_path

        return default_database_path().expanduser().absolute()
    if "://" in value:
        return None
    return Path(value).expanduser().absolute()


def is_unc(path: str) -> bool:
    return path.startswith(("\\\\", "//"))


def is_network_path(path: Path | str, mounts: str | None = None) -> bool:
    """UNC paths, mapped network drives (Windows), and NFS/SMB/… mounts (Linux)."""
    text = str(path)
    if is_unc(text):
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows
        import ctypes

        drive = Path(text).absolute().drive
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE
    return _mount_type(Path(text).absolute(), mounts) in NETWORK_FILESYSTEMS


def _mount_type(path: Path, mounts: str | None) -> str:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    best, kind = "", ""
    target = PurePath(path).as_posix()
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def local_register_with_accounts(given: str | None) -> Path | None:
    """The chosen register when it is a SQLite file on this PC, at this version's schema, that
    already has user accounts, found with a read-only look through the standard library; None
    when that is not known so cheaply (a PostgreSQL URL, no file yet, a network drive, an
    unreadable or foreign file) or when opening it is more than a moment's work (an upgrade)."""
    import sqlite3
    from contextlib import closing

    from secdesk.store.schema_version import HEAD_REVISION

    given = chosen_database(given)
    path = sqlite_file(given)
    if path is None or not path.is_file():
        return None
    if any(is_network_path(p) for p in (given, path) if p):
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as con:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            found = con.execute("SELECT 1 FROM app_user LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return path if found and revision == (HEAD_REVISION,) else None
