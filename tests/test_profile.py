"""Windows profiles that lose their local data at logoff (mandatory profiles, or roaming ones
whose cached copy a policy deletes): the register and its backups would go with them, so the
self-test and the first start say so. Simulated with the Windows facts given to the functions."""

from __future__ import annotations

from secdesk import paths
from secdesk.cli import self_test
from secdesk.location import Location, profile_warning, resolve


def test_a_mandatory_profile_is_recognised(tmp_path):
    (tmp_path / "NTUSER.MAN").write_bytes(b"")
    assert paths.volatile_profile({"USERPROFILE": str(tmp_path)}, lambda: False) == "mandatory"
    (tmp_path / "NTUSER.MAN").unlink()
    (tmp_path / "NTUSER.DAT").write_bytes(b"")
    assert paths.volatile_profile({"USERPROFILE": str(tmp_path)}, lambda: False) is None
    assert paths.volatile_profile({}, lambda: True) == "deleted_at_logoff"


def test_only_a_register_inside_the_profile_is_at_risk(monkeypatch, tmp_path):
    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    default = resolve(None)
    warning = profile_warning(default, "mandatory")
    assert warning is not None and "必須プロファイル" in warning and "--db" in warning
    fixed = Location(str(tmp_path / "x.sqlite3"), tmp_path / "x.sqlite3", None)
    assert profile_warning(fixed, "mandatory") is None
    server = Location("postgresql://db/secdesk", None, "postgresql://db/secdesk")
    assert profile_warning(server, "deleted_at_logoff") is None
    assert profile_warning(default, None) is None or paths.volatile_profile() is not None


def test_the_self_test_reports_it(monkeypatch):
    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    ((passed, _what, detail),) = self_test.check_profile("deleted_at_logoff")
    assert not passed and "ログオフ時に削除される" in detail
    monkeypatch.setattr(paths, "volatile_profile", lambda: None)
    ((passed, _what, _detail),) = self_test.check_profile()
    assert passed


def test_the_first_start_warns(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from secdesk.gui.app import warn_if_volatile

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert warn_if_volatile(resolve(None), "mandatory")
    assert shown and "必須プロファイル" in shown[0]
    monkeypatch.setattr(paths, "volatile_profile", lambda: None)
    assert not warn_if_volatile(resolve(None))
    assert len(shown) == 1
