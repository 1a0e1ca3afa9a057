"""The login window first, the register opened behind it.

Importing SQLAlchemy, the models and the services is most of a start (docs/performance.md,
"Start-up and bundle"), and a person needs longer than that to type a password. So when the
chosen register is a SQLite file on this PC that already has accounts (a read-only look through
the standard library tells), the login window is shown at once and the register is opened in the
first moment after the window has been painted. Keys typed meanwhile wait in the event queue; a
login submitted before the register is open waits for it. Any other register (PostgreSQL, a new
file, a network drive, an older schema that needs its backup and upgrade) is opened first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

from secdesk.gui.auth_dialogs import LoginDialog

# If the window is never painted (minimised at start, a platform without expose events), the
# register is opened anyway after this long.
UNPAINTED_MS = 500


class LoginFirst(QObject):
    """Opens the register (`open_services` returns the Services, or None after saying why it
    could not) once `dialog` has been painted, and hands the services to the dialog."""

    def __init__(self, dialog: LoginDialog, open_services: Callable[[], object | None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.open_services = open_services
        self.services = None
        self.started = False
        dialog.open_register = self.open
        dialog.installEventFilter(self)
        dialog.finished.connect(self._stop)
        QTimer.singleShot(UNPAINTED_MS, self, self.open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.started:
            QTimer.singleShot(0, self, self.open)
        return False

    def open(self) -> None:
        if self.started:
            return
        self.started = True
        self.dialog.removeEventFilter(self)
        self.dialog.open_register = None
        self.services = self.open_services()
        if self.services is None:
            self.dialog.done(QDialog.DialogCode.Rejected)
        else:
            self.dialog.services = self.services

    def _stop(self) -> None:
        """A window closed before its register was opened (Esc at once) opens nothing later."""
        self.started = True
        self.dialog.open_register = None


def login_first(runner, location: str, username: str, open_services):
    """(services, user) after a login, (services, None) if the person gave up, (None, None) if
    the register could not be opened or was never opened."""
    from secdesk.gui.auth_dialogs import after_login

    dialog = LoginDialog(None, runner, location, username)
    opener = LoginFirst(dialog, open_services)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    services = opener.services
    if services is None or not accepted:
        return services, None
    return services, after_login(services, runner, dialog.result_value)
