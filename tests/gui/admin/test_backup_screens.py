import keyring
from PySide6.QtWidgets import QMessageBox

from secdesk.gui.admin import backup_page
from secdesk.gui.admin.database_dialog import DatabaseDialog
from secdesk.services.core.opening import connection_url, probe
from secdesk.services.roster.staff import StaffInput
from secdesk.settings import LocalSettings


def _page(window):
    admin = window.show_section("admin")
    return admin.backup_page


def test_backup_now_writes_an_encrypted_verified_copy_and_shows_the_recovery_code(
    qtbot, window, tmp_path, monkeypatch
):
    target = tmp_path / "持ち出し 用" / "secdesk.sdbk"
    monkeypatch.setattr(backup_page, "ask_backup_target", lambda parent, suggested: target)
    page = _page(window)
    page.backup_now()
    assert target.exists()
    box = page.findChild(QMessageBox, "backup_done")
    assert box is not None and page.last_result.recovery_code in box.text()


def test_restore_puts_the_backup_back_and_closes_the_window(
    qtbot, window, gui_services, gui_admin, tmp_path, monkeypatch
):
    page = _page(window)
    result = gui_services.backup.backup(gui_admin.actor(), tmp_path / "b.sqlite3")
    gui_services.staff.create(gui_admin.actor(), StaffInput("999999", "復元で 消える"))
    monkeypatch.setattr(backup_page, "ask_backup_source", lambda parent, folder: result.path)
    asked = []
    monkeypatch.setattr(backup_page, "ask_yes_no", lambda *args: asked.append(args[2]) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    page.restore()
    # The trail entries written after the backup are named before anything is replaced.
    assert "失われます" in asked[0] and "件（" in asked[0]
    assert gui_services.staff.find_by_number(gui_admin.actor(), "999999") is None
    assert not window.isVisible()


def test_auto_backup_on_exit_keeps_the_newest(qtbot, window, tmp_path):
    folder = tmp_path / "自動"
    page = _page(window)
    page.auto_folder.setText(str(folder))
    page.auto_keep.setValue(3)
    window.close()
    assert len(list(folder.iterdir())) == 1
    assert LocalSettings.load().auto_backup_folder == str(folder)


def test_database_dialog_keeps_the_password_out_of_the_settings_file(qtbot, window, monkeypatch):
    page = _page(window)
    page.database_settings()
    dialog = page.dialog
    assert isinstance(dialog, DatabaseDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("postgresql"))
    dialog.host.setText("secdesk-db.city.lg.local")
    dialog.database.setText("secdesk")
    dialog.user.setText("csirt")
    dialog.password.setText("s3cret-db-pass")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    saved = LocalSettings.machine_path().read_text(encoding="utf-8")  # this PC's, not roaming
    assert "secdesk-db.city.lg.local" in saved and "s3cret-db-pass" not in saved
    assert "secdesk-db.city.lg.local" not in LocalSettings.path().read_text(encoding="utf-8")
    assert (
        keyring.get_password("secdesk", "postgresql:csirt@secdesk-db.city.lg.local:5432/secdesk")
        == "s3cret-db-pass"
    )


def test_database_dialog_names_missing_server_fields(qtbot, window):
    page = _page(window)
    page.database_settings()
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("postgresql"))
    dialog.save()
    assert dialog.isVisible() and "サーバー名" in dialog.form.findChild(object, "host_error").text()


def test_probe_reports_what_is_at_the_other_end(postgres_schema):
    url, *_ = postgres_schema
    from sqlalchemy.engine import make_url

    assert "secdesk の台帳です" in probe(make_url(url), "")
    assert connection_url("sqlite", "", "", 5432, "", "", "prefer") is None
