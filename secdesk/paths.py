"""Where things live: the shipped ui/, resources/ and db/ folders, and the user's own folders.

The shipped folders sit beside the package in a source checkout, inside it (secdesk/_data) in an
installed wheel, and under sys._MEIPASS in a PyInstaller bundle. Everything that needs one of them
asks this module, so no other code builds such paths by hand.

User folders come from platformdirs and can be redirected as a whole with SECDESK_HOME, which the
tests and portable installs use.
"""

from __future__ import annotations

import os
import sys
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
