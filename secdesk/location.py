"""Where the register is and what kind it is: one value, resolved once, handed down.

The person chooses with --db, else SECDESK_DATABASE_URL, else this PC's setting, else the default
file in the user's data folder; a bare path means a SQLite file, anything with "://" a server.
SQLite's locking and its write-ahead log are not reliable over network file systems, so a file
there is for one person only: the value says whether it is on one. Standard library only: the
command line and the login window look before the data layer is loaded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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


def is_unc(path: str) -> bool:
    """\\\\server\\share, //server/share, and mixed forms such as \\/server/share."""
    return len(path) >= 2 and path[0] in "\\/" and path[1] in "\\/"


def is_network_path(path: Path | str, mounts: str | None = None) -> bool:
    """UNC paths, mapped network drives (Windows), and NFS/SMB/… mounts (Linux).

    Links and ".." are resolved first: /tmp/../mnt/nfs/x.sqlite3, or a symlink (a junction on
    Windows) pointing into a network mount, is where the file really is."""
    text = str(path)
    if is_unc(text):
        return True
    resolved = os.path.realpath(text)
    if is_unc(resolved):
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows; the rule is tested below
        import ctypes

        return windows_network(resolved, ctypes.windll.kernel32.GetDriveTypeW)
    return _mount_type(Path(resolved), mounts) in NETWORK_FILESYSTEMS


def windows_network(resolved: str, get_drive_type) -> bool:
    """Whether Windows calls the drive of an already resolved path remote (a mapped drive)."""
    from pathlib import PureWindowsPath

    pure = PureWindowsPath(resolved)
    if pure.drive.startswith(("\\\\", "//")):
        return True
    return bool(pure.drive) and get_drive_type(pure.drive + "\\") == _DRIVE_REMOTE


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


@dataclass(frozen=True)
class Location:
    """A register's place: a SQLite file (`path`) or a server (`url`), as the person chose it."""

    given: str | None  # as chosen (a path or a URL); None for the default file
    path: Path | None  # the SQLite file, absolute; None for a server
    url: str | None  # the server's URL as given; None for a file
    network: bool = False  # a SQLite file on a network drive
    source: str = "option"  # who chose it: "option" (--db), "environment", "setting", "default"

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def found(self) -> bool:
        """Is the register there already (a server is taken to be)? A missing file is new."""
        return self.path is None or self.path.is_file()

    @property
    def place(self) -> str:
        """How to name it to a person: a UNC path as typed (on Linux it would read as relative)."""
        if self.given and "://" not in self.given:
            return self.given
        return str(self.path) if self.path is not None else str(self.url)


def resolve(
    given: str | None = None, environ: dict | None = None, mounts: str | None = None
) -> Location:
    """The register the person chose: --db (`given`), else SECDESK_DATABASE_URL, else this PC's
    setting, else the default file."""
    environ = os.environ if environ is None else environ
    source = "option" if given else "environment" if environ.get(ENV_VAR) else "setting"
    if source == "setting":
        from secdesk.settings import LocalSettings

        given = LocalSettings.load().database_url or None
        source = "setting" if given else "default"
    value = given or environ.get(ENV_VAR)
    if value and "://" in value:
        return Location(given, None, value, source=source)
    if value:
        path = Path(value).expanduser().absolute()
    else:
        from secdesk.paths import default_database_path

        path = default_database_path().expanduser().absolute()
    places = [p for p in (given, path) if p]
    network = any(is_network_path(p, mounts) for p in places)
    return Location(given, path, None, network, source)


def local_register_with_accounts(location: Location) -> Path | None:
    """The register when it is a SQLite file on this PC, at this version's schema, that already
    has user accounts, found with a read-only look through the standard library; None when that
    is not known so cheaply (a server, no file yet, a network drive, an unreadable or foreign
    file) or when opening it is more than a moment's work (an upgrade)."""
    import sqlite3
    from contextlib import closing

    from secdesk.store.schema_version import HEAD_REVISION

    path = location.path
    if path is None or location.network or not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as con:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            found = con.execute("SELECT 1 FROM app_user LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return path if found and revision == (HEAD_REVISION,) else None


def profile_warning(location: Location, reason: str | None = None) -> str | None:
    """Why a SQLite register here may be lost at logoff (a mandatory profile, or one whose local
    copy Windows deletes), or None. `reason` as `paths.volatile_profile()` gives it."""
    from secdesk import paths
    from secdesk.i18n import tr

    reason = paths.volatile_profile() if reason is None else reason
    if reason is None or location.path is None:
        return None
    try:
        location.path.relative_to(paths.user_data_dir())
    except ValueError:
        return None  # a fixed folder of its own: not deleted with the profile
    kind = (
        tr("必須プロファイル")
        if reason == "mandatory"
        else tr("ログオフ時に削除されるプロファイル")
    )
    return tr(
        "この PC のユーザープロファイルは{kind}です。データベースとバックアップはログオフの"
        "ときに失われます（{path}）。固定のフォルダー（例: D:\\secdesk）を --db で指定するか、"
        "PostgreSQL を使ってください。"
    ).format(kind=kind, path=location.path)
