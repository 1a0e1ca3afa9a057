"""The login window is painted before the data layer loads, and the register is opened behind it
(gui/login_first.py); nothing typed or submitted in between is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from secdesk.gui.app import start
from secdesk.gui.auth_dialogs import LoginDialog
from secdesk.gui.login_first import LoginFirst
from secdesk.gui.main_window import MainWindow
from secdesk.services.app import Services
from secdesk.services.core.opening import open_database
from tests.conftest import ADMIN_PASSWORD, fast_hasher


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_register_is_opened_once_the_window_is_painted(qtbot, runner, gui_services, gui_admin):
    dialog = LoginDialog(None, runner, "secdesk.sqlite3", "admin")
    qtbot.addWidget(dialog)
    painted = PaintCounter(dialog)
    seen = []

    def open_services():
        seen.append(painted.paints)
        return gui_services

    LoginFirst(dialog, open_services)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services is gui_services)
    assert seen[0] >= 1  # painted before the register was opened
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.result_value.username == "admin" and seen == [seen[0]]


def test_a_login_submitted_before_the_register_is_open_waits_for_it(
    qtbot, runner, gui_services, gui_admin
):
    dialog = LoginDialog(None, runner, "secdesk.sqlite3", "admin")
    qtbot.addWidget(dialog)
    opener = LoginFirst(dialog, lambda: gui_services)
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()  # not shown, not painted: nothing opened yet
    assert opener.started and dialog.result_value.username == "admin"


def test_a_register_that_cannot_be_opened_closes_the_login_window(qtbot, runner):
    dialog = LoginDialog(None, runner, "secdesk.sqlite3", "admin")
    qtbot.addWidget(dialog)
    LoginFirst(dialog, lambda: None)  # the opener has said why, as _open_register does
    with qtbot.waitSignal(dialog.rejected):
        dialog.show()
    assert dialog.services is None


def test_escape_before_the_register_is_open_opens_nothing_later(qtbot, runner):
    dialog = LoginDialog(None, runner, "secdesk.sqlite3", "admin")
    qtbot.addWidget(dialog)
    calls = []
    opener = LoginFirst(dialog, lambda: calls.append(1))
    dialog.reject()
    opener.open()  # what the pending timers would do
    assert calls == [] and dialog.open_register is None


def test_start_shows_the_login_first_and_opens_the_main_window(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SECDESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "テスト 用" / "secdesk.sqlite3"
    db, _ = open_database(str(path))
    Services(db, hasher=fast_hasher()).accounts.create_first_admin("kanri", ADMIN_PASSWORD)
    db.dispose()
    before_open = []
    opened = LoginFirst.open

    def recording_open(self):
        before_open.append((self.dialog.isVisible(), self.dialog.services))
        opened(self)

    monkeypatch.setattr(LoginFirst, "open", recording_open)

    def log_in():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or dialog.services is None:
            QTimer.singleShot(10, log_in)
            return
        dialog.username.setText("kanri")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.save()

    QTimer.singleShot(0, log_in)
    window = start(qapp, str(path), "ja")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert before_open[0] == (True, None)  # shown before there was a register behind it
    assert window.ctx.actor.username == "kanri"
    window.ctx.services.db.dispose()
