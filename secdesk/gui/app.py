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
from secdesk.location import Location
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


_LOOK = object()  # start(): look at the register here (the command line has usually looked)


def start(
    app: QApplication,
    database: Location | str | None,
    language: str | None,
    runner=None,
    known=_LOOK,
):
    """Open the database, log in, return the main window (or None if the person gave up).

    `database`: the register's Location, resolved once by the command line (or --db as typed).
    `known`: what location.local_register_with_accounts said of it, if asked."""
    from secdesk.gui.tasks import TaskRunner
    from secdesk.location import local_register_with_accounts, resolve

    location = database if isinstance(database, Location) else resolve(database)
    if not location.found:  # the first start on this PC
        warn_if_volatile(location)

    settings = LocalSettings.load()
    install_translators(app, language or settings.language)
    runner = runner or TaskRunner()
    opened: dict = {}

    def open_services():
        from secdesk.services.app import Services

        got = _open_register(location, settings)
        if got is None:
            return None
        opened["db"], opened["notes"] = got
        return Services(opened["db"])

    if known is _LOOK:
        known = local_register_with_accounts(location)
    if known is not None:
        from secdesk.gui.login_first import login_first

        services, user = login_first(runner, str(known), settings.last_username, open_services)
    else:
        from secdesk.gui.auth_dialogs import run_login_flow

        services = open_services()
        user = (
            run_login_flow(services, runner, services.db.location, settings.last_username)
            if services is not None
            else None
        )
    if user is None:
        if services is not None:
            services.db.dispose()
        return None
    from secdesk.gui.context import AppContext
    from secdesk.gui.main_window import MainWindow

    settings.last_username = user.username
    db = services.db
    window = MainWindow(AppContext(services, runner, user, settings, location=db.location))
    for note in opened["notes"]:
        window.statusBar().showMessage(note, 15000)
    return window


def warn_if_volatile(location: Location, reason: str | None = None) -> bool:
    """Say so before the first register is made in a profile that Windows deletes at logoff."""
    from secdesk.location import profile_warning

    warning = profile_warning(location, reason)
    if warning is not None:
        QMessageBox.warning(None, tr("secdesk - データの保存場所"), warning)
    return warning is not None


def _open_register(location: Location, settings: LocalSettings):
    """(db, notes), or None after telling the person why the register could not be opened."""
    from secdesk.services.core.opening import NetworkPathRefused, open_database

    try:
        try:
            return open_database(location)
        except NetworkPathRefused as refusal:
            if not _choose_single_user(settings, refusal):
                return None
            return open_database(location, single_user=True)
    except SecdeskError as error:
        QMessageBox.critical(None, tr("secdesk - データベースを開けません"), str(error))
        return None


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
    """`SECDESK_SMOKE_EXIT=login`: quit with exit status 0 once the first window a person sees
    (the login or the first-administrator dialog) has been painted and the register is open
    behind it. `SECDESK_SMOKE_EXIT=painted`: quit as soon as that window is painted (the login
    window comes before the data layer, gui/login_first.py: this times what a person waits for).
    Any other dialog seen first (a database error …) is printed and closed, and the run fails.
    The bundle's smoke test and the start-up benchmark use it; nothing else does."""

    MODES = ("login", "painted")

    def __init__(self, app: QApplication, mode: str = "login") -> None:
        super().__init__(app)
        self.mode = mode
        self.reached = False
        self.refused: str | None = None
        self.closing: set[int] = set()
        app.installEventFilter(self)

    @classmethod
    def install_if_asked(cls, app: QApplication) -> SmokeExit | None:
        mode = os.environ.get(SMOKE_EXIT_VAR)
        return cls(app, mode) if mode in cls.MODES else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog):
            from secdesk.gui.auth_dialogs import FirstAdminDialog, LoginDialog

            if isinstance(watched, LoginDialog | FirstAdminDialog):
                self.reached = True
            elif self.refused is None:
                self.refused = getattr(watched, "text", watched.windowTitle)()
            if id(watched) not in self.closing:
                self.closing.add(id(watched))
                QTimer.singleShot(0, lambda: self._close(watched))
        return False

    def _close(self, dialog: QDialog) -> None:
        waiting = self.mode == "login" and getattr(dialog, "services", True) is None
        if waiting and dialog.isVisible():  # the register is still being opened behind it
            QTimer.singleShot(10, lambda: self._close(dialog))
            return
        dialog.reject()

    def exit_code(self) -> int:
        self.parent().removeEventFilter(self)
        self.deleteLater()
        if sys.stderr is not None:  # a windowed Windows build has no console to write to
            note = "login window shown" if self.reached else self.refused
            sys.stderr.write(f"secdesk: {note}\n")
        return 0 if self.reached and self.refused is None else 1


def run(database: Location | str | None = None, language: str | None = None, known=_LOOK) -> int:
    from secdesk import logs, paths
    from secdesk.gui import errors

    paths.sweep_work_dirs()  # plaintext left by a process that was killed (docs/reliability.md)
    app = create_application()
    errors.install(str(logs.setup()))
    smoke = SmokeExit.install_if_asked(app)
    window = start(app, database, language, known=known)
    if smoke is not None:
        return smoke.exit_code()
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.ctx.services.db.dispose()
    paths.remove_own_work_dirs()  # attachments opened in this session
    return code
