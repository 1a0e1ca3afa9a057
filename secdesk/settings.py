r"""The user's settings on this PC (language, window layout, remembered choices), two JSON files.

The person's preferences are in settings.json in the roaming profile, so they follow the person;
what names this PC's own places (the register, network files opened in single-user mode, the
backup folder, the last folder) is in machine.json in the local profile (`MACHINE_KEYS`): on
another PC a `C:\…` path from here could name nothing, or the wrong thing.

Organisation-wide settings live in the database (services.core.org_settings); secrets live in the
keyring (secdesk.secrets). Every key is declared here with its default; an unknown or broken
value falls back to the default instead of stopping the app. `SCHEMA` is bumped with an upgrade
step whenever a key changes meaning or place.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from secdesk.paths import machine_config_dir, user_config_dir

SCHEMA = 2
MACHINE_KEYS = (
    "database_url",
    "single_user_paths",
    "auto_backup_folder",
    "auto_backup_keep",
    "auto_backup_encrypt",
    "last_folder",
)


@dataclass
class LocalSettings:
    schema: int = SCHEMA
    language: str = "ja"
    last_section: str = "dashboard"
    window_geometry: str = ""  # hex of QWidget.saveGeometry()
    window_state: str = ""
    # list id → {column key: width}
    column_widths: dict[str, dict[str, int]] = field(default_factory=dict)
    # import kind → {header signature: {field: column}}
    import_mappings: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    last_folder: str = ""
    last_username: str = ""
    open_after_export: bool = True
    # The register this PC opens when neither --db nor SECDESK_DATABASE_URL says (管理 → データベース).
    database_url: str = ""
    # SQLite files on network drives the user chose to open in single-user mode.
    single_user_paths: list[str] = field(default_factory=list)
    # Backup on exit (empty folder: off).
    auto_backup_folder: str = ""
    auto_backup_keep: int = 7
    auto_backup_encrypt: bool = True

    @classmethod
    def path(cls) -> Path:
        return user_config_dir() / "settings.json"

    @classmethod
    def machine_path(cls) -> Path:
        return machine_config_dir() / "machine.json"

    @classmethod
    def load(cls) -> LocalSettings:
        raw = _read(cls.path())
        machine = _read(cls.machine_path())
        if raw is None and machine is None:
            return cls()
        raw = _upgrade(raw or {}, machine is not None)
        raw.update({k: v for k, v in (machine or {}).items() if k in MACHINE_KEYS})
        settings = cls()
        for spec in fields(cls):
            if spec.name in raw and _same_kind(raw[spec.name], getattr(settings, spec.name)):
                setattr(settings, spec.name, raw[spec.name])
        settings.schema = SCHEMA
        return settings

    def save(self) -> None:
        values = asdict(self)
        machine = {k: values.pop(k) for k in MACHINE_KEYS}
        _write(self.machine_path(), {"schema": SCHEMA, **machine})
        _write(self.path(), values)


def _read(path: Path) -> dict | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return raw if isinstance(raw, dict) else None


def _write(path: Path, values: dict) -> None:
    """Whole or not at all, under a name of its own: two running copies of secdesk may save at
    the same moment, and a fixed temporary name would let one take the other's half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(values, ensure_ascii=False, indent=1))
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    return isinstance(value, type(default))


def _upgrade(raw: dict, has_machine_file: bool) -> dict:
    """Steps from older schemas, as `if raw.get("schema", 1) < N: ...`."""
    if raw.get("schema", 1) < 2 and has_machine_file:
        # Schema 1 kept this PC's places in the roaming file. Once this PC has its own file,
        # places left in the roaming one came from another PC: they are not this PC's.
        raw = {k: v for k, v in raw.items() if k not in MACHINE_KEYS}
    return raw
