"""This PC's settings: preferences roam with the person, places stay on the PC (a mandatory or
roaming profile carries settings.json to other PCs; machine.json stays in the local profile)."""

from __future__ import annotations

import json

import pytest

from secdesk import paths
from secdesk.domain.errors import EnvironmentProblem
from secdesk.location import resolve
from secdesk.services.core.opening import open_database
from secdesk.settings import MACHINE_KEYS, LocalSettings


@pytest.fixture
def split_profiles(tmp_path, monkeypatch):
    """Roaming and local profiles in different folders, as on Windows."""
    monkeypatch.setattr("secdesk.settings.user_config_dir", lambda: tmp_path / "Roaming")
    monkeypatch.setattr("secdesk.settings.machine_config_dir", lambda: tmp_path / "Local")
    return tmp_path


def test_places_stay_on_this_pc_and_preferences_roam(split_profiles):
    settings = LocalSettings.load()
    settings.language = "en"
    settings.database_url = r"C:\secdesk\register.sqlite3"
    settings.auto_backup_folder = r"D:\backup"
    settings.save()
    roaming = json.loads((split_profiles / "Roaming" / "settings.json").read_text("utf-8"))
    local = json.loads((split_profiles / "Local" / "machine.json").read_text("utf-8"))
    assert roaming["language"] == "en"
    assert not set(MACHINE_KEYS) & set(roaming)
    assert local["database_url"] == r"C:\secdesk\register.sqlite3"
    assert local["auto_backup_folder"] == r"D:\backup"
    again = LocalSettings.load()
    assert (again.language, again.database_url) == ("en", r"C:\secdesk\register.sqlite3")


def test_on_another_pc_the_roaming_file_brings_no_place(split_profiles):
    """The roaming file of an older secdesk (schema 1) still holds the first PC's register; a PC
    that already has its own machine.json ignores it."""
    roaming = split_profiles / "Roaming"
    roaming.mkdir()
    (roaming / "settings.json").write_text(
        json.dumps({"schema": 1, "language": "en", "database_url": r"C:\other-pc\x.sqlite3"}),
        encoding="utf-8",
    )
    (split_profiles / "Local").mkdir()
    (split_profiles / "Local" / "machine.json").write_text('{"schema": 2}', encoding="utf-8")
    settings = LocalSettings.load()
    assert settings.language == "en" and settings.database_url == ""


def test_the_first_pc_keeps_its_register_when_upgrading(split_profiles):
    roaming = split_profiles / "Roaming"
    roaming.mkdir()
    (roaming / "settings.json").write_text(
        json.dumps({"schema": 1, "database_url": r"C:\secdesk\x.sqlite3"}), encoding="utf-8"
    )
    assert LocalSettings.load().database_url == r"C:\secdesk\x.sqlite3"


def test_saving_uses_a_temporary_name_of_its_own(split_profiles):
    # A fixed "settings.tmp" held by a second running secdesk (here: a folder in its way).
    (split_profiles / "Roaming").mkdir()
    (split_profiles / "Roaming" / "settings.tmp").mkdir()
    LocalSettings().save()
    assert (split_profiles / "Roaming" / "settings.json").is_file()
    assert sorted(p.name for p in (split_profiles / "Roaming").iterdir()) == [
        "settings.json",
        "settings.tmp",
    ]


def test_a_register_named_by_this_pcs_setting_is_never_created_silently(tmp_path, monkeypatch):
    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    missing = tmp_path / "gone" / "register.sqlite3"
    settings = LocalSettings.load()
    settings.database_url = str(missing)
    settings.save()
    location = resolve(None)
    assert (location.source, location.path) == ("setting", missing)
    with pytest.raises(EnvironmentProblem, match="見つかりません"):
        open_database(location)
    assert not missing.exists() and not missing.parent.exists()
    # Named on the command line, the same file is made: the person asked for it there.
    db, notes = open_database(str(missing))
    db.dispose()
    assert missing.is_file() and notes


def test_the_default_register_is_created_on_the_first_start(monkeypatch):
    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    location = resolve(None)
    assert location.source == "default" and location.path == paths.default_database_path()
    db, _ = open_database(location)
    db.dispose()
    assert location.found
