"""SECDESK_SMOKE_EXIT=login: the hook the bundle's smoke test and the start-up benchmark use to
start the real app headless and stop at the login window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from secdesk.gui.app import SmokeExit, run
from secdesk.services.app import Services
from secdesk.services.core.opening import open_database
from tests.conftest import ADMIN_PASSWORD, fast_hasher


def registered_database(path) -> str:
    db, _ = open_database(str(path))
    Services(db, hasher=fast_hasher()).accounts.create_first_admin("kanri", ADMIN_PASSWORD)
    db.dispose()
    return str(path)


def test_start_stops_with_success_once_the_login_window_is_painted(
    qapp, qtbot, monkeypatch, tmp_path, capsys
):
    database = registered_database(tmp_path / "テスト 用" / "データ" / "secdesk.sqlite3")
    monkeypatch.setenv("SECDESK_SMOKE_EXIT", "login")
    assert run(database=database) == 0
    assert "secdesk: login window shown" in capsys.readouterr().err
    # The hook is gone afterwards: a dialog shown now stays open.
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qapp.processEvents()
    qapp.processEvents()
    assert dialog.isVisible()


def test_login_waits_for_the_register_behind_the_window_painted_does_not(
    qapp, monkeypatch, tmp_path, capsys
):
    from secdesk.gui.login_first import LoginFirst

    database = registered_database(tmp_path / "テスト 用" / "secdesk.sqlite3")
    opened = []
    real_open = LoginFirst.open

    def recording_open(self):
        if not self.started:
            opened.append(self.dialog.isVisible())
        real_open(self)

    monkeypatch.setattr(LoginFirst, "open", recording_open)
    monkeypatch.setenv("SECDESK_SMOKE_EXIT", "painted")
    assert run(database=database) == 0
    assert "secdesk: login window shown" in capsys.readouterr().err
    assert opened == []
    monkeypatch.setenv("SECDESK_SMOKE_EXIT", "login")
    assert run(database=database) == 0
    assert opened == [True]


def test_a_database_error_before_the_login_window_fails_the_run(
    qapp, monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv("SECDESK_SMOKE_EXIT", "login")
    assert run(database=str(tmp_path)) == 1  # a folder, not a database file
    assert "データベースファイルを開けません" in capsys.readouterr().err


def test_nothing_is_installed_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv("SECDESK_SMOKE_EXIT", raising=False)
    assert SmokeExit.install_if_asked(qapp) is None
    monkeypatch.setenv("SECDESK_SMOKE_EXIT", "main-window")  # only "login" and "painted" are known
    assert SmokeExit.install_if_asked(qapp) is None
