from PySide6.QtWidgets import QLabel

from secdesk.domain.roles import Role
from secdesk.gui.auth_dialogs import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from tests.conftest import ADMIN_PASSWORD


def test_first_start_registers_the_administrator(qtbot, gui_services, runner):
    dialog = FirstAdminDialog(gui_services, runner)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "kanri")
    dialog.display_name.setText("情報政策課 管理者")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.confirm, "a-long-password")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.result_value.role is Role.ADMIN
    assert not gui_services.accounts.needs_first_admin()


def test_mismatched_confirmation_is_shown_beside_the_field(qtbot, gui_services, runner):
    dialog = FirstAdminDialog(gui_services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("kanri")
    dialog.password.setText("a-long-password")
    dialog.confirm.setText("another-password")
    dialog.save()
    error = dialog.form.findChild(QLabel, "confirm_error")
    assert error.isVisible() and "一致しません" in error.text()
    assert gui_services.accounts.needs_first_admin()


def test_wrong_password_is_reported_and_cleared(qtbot, gui_services, runner, gui_admin):
    dialog = LoginDialog(gui_services, runner, "test.sqlite3", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("not-the-password")
    dialog.save()
    assert dialog.isVisible() and dialog.password.text() == ""
    assert "違います" in dialog.form.findChild(QLabel, "password_error").text()
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.result_value.username == "admin"


def test_forced_password_change(qtbot, gui_services, runner, gui_admin):
    gui_services.accounts.create_user(gui_admin.actor(), "sato", "csirt", "temporary-pass-1")
    user = gui_services.accounts.login("sato", "temporary-pass-1")
    dialog = ChangePasswordDialog(gui_services, runner, user.actor(), forced=True)
    qtbot.addWidget(dialog)
    assert "管理者が設定した" in dialog.form.findChild(QLabel, "explanation").text()
    dialog.current.setText("temporary-pass-1")
    dialog.new.setText("my-own-secret-9")
    dialog.confirm.setText("my-own-secret-9")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert not gui_services.accounts.login("sato", "my-own-secret-9").must_change_password


def test_an_account_the_trail_does_not_account_for_is_sent_to_the_administrator(
    qtbot, gui_services, runner, gui_admin
):
    from PySide6.QtCore import Qt
    from sqlalchemy import text

    gui_services.accounts.create_user(
        gui_admin.actor(), "etsuran", "viewer", "viewer-pass-2026", must_change=False
    )
    with gui_services.db.engine.begin() as conn:  # as someone holding the file would
        conn.execute(text("UPDATE app_user SET role = 'admin' WHERE username = 'etsuran'"))
    dialog = LoginDialog(gui_services, runner, "test.sqlite3", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "etsuran")
    qtbot.keyClicks(dialog.password, "viewer-pass-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    error = dialog.form.findChild(QLabel, "password_error")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "管理者に連絡" in error.text() and dialog.isVisible()
    dialog.grab().save("/tmp/i15_login_refused.png")
