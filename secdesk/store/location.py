"""Is a database file on a network drive? SQLite's locking and its write-ahead log are not
reliable over network file systems, so a register there is for one person only."""

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
