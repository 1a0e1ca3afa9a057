"""Login, the first administrator, password change, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from secdesk.domain.errors import AuthenticationFailed, Problem, ValidationError
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import FormDialog, child, show_error

if TYPE_CHECKING:  # the login window is painted before the data layer loads (gui/login_first.py)
    from secdesk.services.core.accounts import UserInfo


class LoginDialog(FormDialog):
    """Asks for user name and password; `result_value` is the UserInfo after accept()."""

    def __init__(
        self,
        services,
        runner,
        location: str,
        username: str = "",
        parent: QWidget | None = None,
        title: str | None = None,
        locked_user: str | None = None,
    ) -> None:
        super().__init__("login", title or tr("secdesk - ログイン"), runner, parent)
        self.services = services
        self.username = self.field("username", QLineEdit)
        self.password = self.field("password", QLineEdit)
        child(self.form, QLabel, "database").setText(
            tr("データベース: {where}").format(where=location)
        )
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(tr("ログイン"))
        save.setIcon(QIcon())
        save.setDefault(True)
        self.setMinimumWidth(440)
        self.username.setText(locked_user or username)
        if locked_user:
            self.username.setReadOnly(True)
            child(self.form, QLabel, "heading").setText(tr("画面をロックしています"))
        (self.password if (locked_user or username) else self.username).setFocus()
        self.dirty = False
        # Set while the register is still to be opened behind the window (gui/login_first.py).
        self.open_register: Callable[[], None] | None = None

    def save(self) -> None:
        if self.open_register is not None:
            self.open_register()
            if self.services is None:
                return
        super().save()

    def reject(self) -> None:  # nothing typed here is worth a question
        self.dirty = False
        super().reject()

    def collect(self) -> tuple[str, str]:
        problems = []
        if not self.username.text().strip():
            problems.append(Problem(tr("ユーザー名を入力してください。"), "username"))
        if not self.password.text():
            problems.append(Problem(tr("パスワードを入力してください。"), "password"))
        if problems:
            raise ValidationError(problems)
        return self.username.text(), self.password.text()

    def submit(self, data: tuple[str, str]) -> UserInfo:
        return self.services.accounts.login(*data)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AuthenticationFailed):
            self.saving = False
            self.buttons.setEnabled(True)
            self.password.clear()
            self.show_problems(ValidationError(Problem(str(error), "password")))
            return
        super()._failed(error)


class FirstAdminDialog(FormDialog):
    def __init__(self, services, runner, parent: QWidget | None = None) -> None:
        super().__init__("first_admin", tr("secdesk - 最初の管理者の登録"), runner, parent)
        self.services = services
        self.username = self.field("username", QLineEdit)
        self.display_name = self.field("display_name", QLineEdit)
        self.password = self.field("password", QLineEdit)
        self.confirm = self.field("confirm", QLineEdit)
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("登録"))
        self.setMinimumWidth(480)
        self.username.setFocus()

    def collect(self) -> tuple[str, str, str]:
        if self.password.text() != self.confirm.text():
            raise ValidationError(Problem(tr("確認用のパスワードが一致しません。"), "confirm"))
        return self.username.text(), self.password.text(), self.display_name.text()

    def submit(self, data: tuple[str, str, str]) -> UserInfo:
        username, password, display = data
        self.services.accounts.create_first_admin(username, password, display)
        return self.services.accounts.login(username, password)


class ChangePasswordDialog(FormDialog):
    def __init__(
        self, services, runner, actor, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__("change_password", tr("パスワードの変更"), runner, parent)
        self.services = services
        self.actor = actor
        self.current = self.field("current", QLineEdit)
        self.new = self.field("new", QLineEdit)
        self.confirm = self.field("confirm", QLineEdit)
        if forced:
            child(self.form, QLabel, "explanation").setText(
                tr(
                    "管理者が設定したパスワードでログインしました。続ける前に、自分だけが知るパスワード（10文字以上）に変更してください。"
                )
            )
        self.current.setFocus()

    def collect(self) -> tuple[str, str]:
        if self.new.text() != self.confirm.text():
            raise ValidationError(Problem(tr("確認用のパスワードが一致しません。"), "confirm"))
        return self.current.text(), self.new.text()

    def submit(self, data: tuple[str, str]) -> UserInfo:
        return self.services.accounts.change_own_password(self.actor, *data)


def run_login_flow(services, runner, location: str, username: str, parent=None) -> UserInfo | None:
    """First administrator if the database is empty, else login; then a forced password change."""
    try:
        first = services.accounts.needs_first_admin()
    except Exception as error:  # a broken database: say so and stop
        show_error(parent, error)
        return None
    dialog = (
        FirstAdminDialog(services, runner, parent)
        if first
        else LoginDialog(services, runner, location, username, parent)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return after_login(services, runner, dialog.result_value, parent)


def after_login(services, runner, info: UserInfo, parent=None) -> UserInfo | None:
    """A password the administrator set (or reset) is changed before anything else."""
    if info.must_change_password:
        change = ChangePasswordDialog(services, runner, info.actor(), forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
        info = change.result_value
    return info
