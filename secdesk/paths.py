"""Where things live: the shipped ui/, resources/ and db/ folders, and the user's own folders.

The shipped folders sit beside the package in a source checkout, inside it (secdesk/_data) in an
installed wheel, and under sys._MEIPASS in a PyInstaller bundle. Everything that needs one of them
asks this module, so no other code builds such paths by hand.

User folders come from platformdirs and can be redirected as a whole with SECDESK_HOME, which the
tests and portable installs use.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

APP_NAME = "secdesk"
APP_AUTHOR = "secdesk"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _shipped_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "secdesk" / "_data")
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "db" / "env.py").is_file() and (root / "resources").is_dir():
            return root
    raise RuntimeError(f"secdesk's shipped files were not found (looked in {candidates})")


def ui_dir() -> Path:
    return _shipped_root() / "ui"


def resources_dir() -> Path:
    return _shipped_root() / "resources"


def migrations_dir() -> Path:
    return _shipped_root() / "db"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def _home_override() -> Path | None:
    value = os.environ.get("SECDESK_HOME")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """Folder of the embedded database, backups and attachments exported by the user."""
    home = _home_override()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def user_config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=True))


def machine_config_dir() -> Path:
    """This PC's own settings, in the local (not roaming) profile: a path or a server chosen on
    one PC must not follow the user to another (%LOCALAPPDATA% on Windows)."""
    home = _home_override()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_database_path() -> Path:
    return user_data_dir() / "secdesk.sqlite3"


def log_dir() -> Path:
    """The error log (logs.py): local profile, beside the register, never roaming."""
    return user_data_dir() / "logs"


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def volatile_profile(environ: dict | None = None, read_policy=None) -> str | None:
    """Why this Windows profile loses its local data at logoff, or None: a mandatory profile
    (NTUSER.MAN) or the policy that deletes the cached copy of a roaming profile. The register
    and its backups live in the local profile (%LOCALAPPDATA%), which would go with it."""
    environ = os.environ if environ is None else environ
    profile = environ.get("USERPROFILE")
    if profile and (Path(profile) / "NTUSER.MAN").exists():
        return "mandatory"
    if read_policy is None:
        read_policy = _delete_roaming_cache_policy
    if read_policy():
        return "deleted_at_logoff"
    return None


def _delete_roaming_cache_policy() -> bool:
    if os.name != "nt":
        return False
    try:
        import winreg

        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Policies\Microsoft\Windows\System"
        ) as key:
            return winreg.QueryValueEx(key, "DeleteRoamingCache")[0] == 1
    except OSError:
        return False


# --- private work folders: nothing plaintext left in %TEMP% ---------------------------------------
#
# Decrypted or copied data on its way somewhere (a backup's snapshot, a restore, an opened
# attachment) goes into work/<kind>-<pid>-<random> under the user's data folder: 0700 on POSIX, in
# the user's own profile on Windows. The folder is removed when the work is done; whatever the
# process could not remove (killed, power cut) is swept by the next start once that process is gone.

WORK_DIR_NAME = "work"
_own_work_dirs: set[Path] = set()


def work_root() -> Path:
    return user_data_dir() / WORK_DIR_NAME


def private_dir(path: Path, enforce: bool = True) -> Path:
    """Create `path` (and parents) readable by this user only on POSIX. `enforce=False` for a
    folder the person chose (an existing one keeps the modes they gave it)."""
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and (enforce or not existed):
        with contextlib.suppress(OSError):  # a file system without modes (a USB stick's FAT)
            path.chmod(0o700)
    return path


def private_work_dir(kind: str) -> Path:
    """A new private folder for one piece of work; removed at exit if the caller did not."""
    import tempfile

    root = private_dir(work_root())
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=root))
    if not _own_work_dirs:
        import atexit

        atexit.register(remove_own_work_dirs)
    _own_work_dirs.add(folder)
    return folder


@contextmanager
def work_folder(kind: str) -> Iterator[Path]:
    """A private work folder for the length of a `with` block."""
    folder = private_work_dir(kind)
    try:
        yield folder
    finally:
        remove_work_dir(folder)


def remove_work_dir(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    _own_work_dirs.discard(folder)


def remove_own_work_dirs() -> None:
    """This process's work folders (opened attachments, unfinished work), at exit."""
    for folder in list(_own_work_dirs):
        remove_work_dir(folder)


def sweep_work_dirs() -> int:
    """Remove the work folders of processes that no longer run; returns how many."""
    import shutil

    root = work_root()
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        parts = folder.name.split("-")
        pid = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
        if pid is None or (pid != os.getpid() and not _alive(pid)):
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
