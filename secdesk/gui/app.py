"""Starting the GUI: fonts, translations, database, first administrator or login, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from secdesk import __version__
from secdesk.domain.errors import SecdeskError
from secdesk.gui.i18n import install_translators, tr
from secdesk.settings import LocalSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("secdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("secdesk")
    from secdesk.gui.fonts import ensure_japanese_font
    from secdesk.paths import icons_dir

    ensure_japanese_font()
    app.setWindowIcon(QIcon(str(icons_dir() / "app.svg")))
    return app


def start(app: QApplication, database: str | None, language: str | None, runner=None):
    """Open the database, log in, return the main window (or None if the person gave up)."""
    from secdesk.gui.auth_dialogs import run_login_flow
    from secdesk.gui.context import AppContext
    from secdesk.gui.main_window import MainWindow
    from secdesk.gui.tasks import TaskRunner
    from secdesk.services.app import Services
    from secdesk.services.opening import open_database

    settings = LocalSettings.load()
    install_translators(app, language or settings.language)
    from secdesk.services.opening import NetworkPathRefused

    try:
        try:
            db, notes = open_database(database)
        except NetworkPathRefused as refusal:
            if not _choose_single_user(settings, refusal):
                return None
            db, notes = open_database(database, single_user=True)
    except SecdeskError as error:
        QMessageBox.critical(None, tr("secdesk - データベースを開けません"), str(error))
        return None
    services = Services(db)
    runner = runner or TaskRunner()
    user = run_login_flow(services, runner, db.location, settings.last_username)
    if user is None:
        db.dispose()
        return None
    settings.last_username = user.username
    window = MainWindow(AppContext(services, runner, user, settings, location=db.location))
    for note in notes:
        window.statusBar().showMessage(note, 15000)
    return window


def _choose_single_user(settings: LocalSettings, refusal) -> bool:
    """A register on a network drive: open it only if this person says they alone use it."""
    path = refusal.path
    if path in settings.single_user_paths:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("secdesk - ネットワーク上のデータベース"), str(refusal)
    )
    single = box.addButton(
        tr("1人だけで使う（単独利用モードで開く）"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(tr("開かない"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not single:
        return False
    settings.single_user_paths.append(path)
    settings.save()
    return True


SMOKE_EXIT_VAR = "SECDESK_SMOKE_EXIT"


class SmokeExit(QObject):
    """`SECDESK_SMOKE_EXIT=login`: quit as soon as the first window a person sees (the login or
    the first-administrator dialog) has been painted, with exit status 0. Any other dialog seen
    first (a database error …) is printed and closed, and the run fails. The bundle's smoke test
    and the start-up benchmark use it; nothing else does."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.reached = False
        self.refused: str | None = None
        app.installEventFilter(self)

    @classmethod
    def install_if_asked(cls, app: QApplication) -> SmokeExit | None:
        return cls(app) if os.environ.get(SMOKE_EXIT_VAR) == "login" else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog):
            from secdesk.gui.auth_dialogs import FirstAdminDialog, LoginDialog

            if isinstance(watched, LoginDialog | FirstAdminDialog):
                self.reached = True
            elif self.refused is None:
                self.refused = getattr(watched, "text", watched.windowTitle)()
            QTimer.singleShot(0, watched.reject)
        return False

    def exit_code(self) -> int:
        self.parent().removeEventFilter(self)
        self.deleteLater()
        if sys.stderr is not None:  # a windowed Windows build has no console to write to
            note = "login window shown" if self.reached else self.refused
            sys.stderr.write(f"secdesk: {note}\n")
        return 0 if self.reached and self.refused is None else 1


def run(database: str | None = None, language: str | None = None) -> int:
    app = create_application()
    smoke = SmokeExit.install_if_asked(app)
    window = start(app, database, language)
    if smoke is not None:
        return smoke.exit_code()
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.ctx.services.db.dispose()
    return code
