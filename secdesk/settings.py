"""This PC's own settings (language, window layout, remembered choices), one JSON file.

Organisation-wide settings live in the database (services.org_settings); secrets live in the
keyring (secdesk.secrets). Every key is declared here with its default; an unknown or broken
value falls back to the default instead of stopping the app. `SCHEMA` is bumped with an upgrade
step whenever a key changes meaning.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from secdesk.paths import user_config_dir

SCHEMA = 1


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
    def load(cls) -> LocalSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        raw = _upgrade(raw)
        settings = cls()
        for spec in fields(cls):
            if spec.name in raw and _same_kind(raw[spec.name], getattr(settings, spec.name)):
                setattr(settings, spec.name, raw[spec.name])
        settings.schema = SCHEMA
        return settings

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        temp.replace(path)


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    return isinstance(value, type(default))


def _upgrade(raw: dict) -> dict:
    # No older schema yet; upgrade steps go here as `if raw.get("schema", 1) < N: ...`.
    return raw
