"""Take a screenshot of every screen, for a person to look at before a change is called done.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots.py shots/

Builds a demo database in a temporary SECDESK_HOME, logs in as the demo administrator, opens
each section and each dialog, and saves PNGs. Also works with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
OUT.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("SECDESK_HOME", tempfile.mkdtemp(prefix="secdesk-shots-"))
LANG = os.environ.get("SHOTS_LANG", "ja")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from secdesk import i18n  # noqa: E402
from secdesk.demo import run_demo  # noqa: E402
from secdesk.gui.app import create_application  # noqa: E402
from secdesk.gui.context import AppContext  # noqa: E402
from secdesk.gui.i18n import install_translators  # noqa: E402
from secdesk.gui.main_window import MainWindow  # noqa: E402
from secdesk.gui.tasks import TaskRunner  # noqa: E402
from secdesk.services.app import Services  # noqa: E402
from secdesk.services.core.opening import open_database  # noqa: E402
from secdesk.settings import LocalSettings  # noqa: E402

PASSWORD = "shots-admin-pass"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    app = create_application()
    install_translators(app, LANG)
    i18n.set_language(LANG)
    db, _ = open_database(None)
    services = Services(db)
    if services.accounts.needs_first_admin():
        services.accounts.create_first_admin("admin", PASSWORD, "情報政策課 管理者")
        actor = services.accounts.login("admin", PASSWORD).actor()
        run_demo(services, actor, progress=lambda _t: None)
    runner = TaskRunner(inline=True)

    from secdesk.gui.auth_dialogs import FirstAdminDialog, LoginDialog

    login = LoginDialog(services, runner, db.location, "admin")
    login.show()
    grab(login, "01_login")
    login.close()
    first = FirstAdminDialog(services, runner)
    first.show()
    grab(first, "02_first_admin")
    first.close()

    user = services.accounts.login("admin", PASSWORD)
    ctx = AppContext(services, runner, user, LocalSettings(), location=db.location)
    window = MainWindow(ctx)
    window.resize(1360, 820)
    window.show()
    for index, spec in enumerate(window.specs, start=3):
        window.show_section(spec.key)
        grab(window, f"{index:02d}_section_{spec.key}")

    roster = window.show_section("roster")
    roster.list.table.selectRow(3)
    roster.edit_staff(roster.list.model.id_at(3))
    grab(roster.dialog, "20_staff_dialog")
    roster.dialog.form.findChild(QWidget, "name").setText("")
    roster.dialog.save()
    grab(roster.dialog, "21_staff_dialog_errors")
    roster.dialog.dirty = False
    roster.dialog.reject()
    roster.add_department()
    grab(roster.dialog, "22_department_dialog")
    roster.dialog.reject()

    from secdesk.gui.roster.import_dialog import RosterImportDialog

    export = Path(os.environ["SECDESK_HOME"]) / "roster.csv"
    services.roster_export.export(user.actor(), export)
    text = export.read_text(encoding="utf-8-sig").splitlines()
    text[3] = text[3].replace("在職", "退職")
    text.append(
        "999001,新規 採用,シンキ サイヨウ,130,情報政策課,主事,正規職員,new@city.example.lg.jp,在職"
    )
    text.append("999002,,,130,情報政策課,,,,在職")
    export.write_text("\n".join(text), encoding="utf-8-sig")
    dialog = RosterImportDialog(ctx, window)
    dialog.path.setText(str(export))
    dialog.show()
    grab(dialog, "23_import_file")
    dialog.go_next()
    grab(dialog, "24_import_mapping")
    dialog.go_next()
    grab(dialog, "25_import_preview")
    dialog.reject()

    __import__("shots_audits").audit_shots(window, grab, Path(os.environ["SECDESK_HOME"]))
    __import__("shots_training").training_shots(window, ctx, grab, Path(os.environ["SECDESK_HOME"]))
    __import__("shots_reports").reports_shots(window, grab, Path(os.environ["SECDESK_HOME"]))

    admin = window.show_section("admin")
    for tab in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(tab)
        grab(window, f"3{tab}_admin_tab{tab}")
    admin.user_table.selectRow(1)
    admin.edit_user()
    grab(admin.dialog, "35_user_dialog")
    admin.dialog.reject()
    admin.change_settings()
    grab(admin.dialog, "36_settings_dialog")
    admin.dialog.reject()
    admin.backup_page.database_settings()
    grab(admin.backup_page.dialog, "37_database_dialog")
    admin.backup_page.dialog.reject()
    from shots_incidents import incident_shots

    incident_shots(window, services, user, grab, OUT)
    window.lock()
    grab(window.lock_dialog, "40_lock_dialog")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
