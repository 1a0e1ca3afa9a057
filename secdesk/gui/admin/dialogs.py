"""Dialogs of the 管理 section: a user account, the organisation settings, a password reset."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QLineEdit, QSpinBox, QWidget

from secdesk.domain.roles import Role, role_label
from secdesk.gui.i18n import tr
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import FormDialog
from secdesk.services.core.accounts import UserInfo
from secdesk.services.core.org_settings import NETWORK_MODELS


class UserDialog(FormDialog):
    def __init__(self, ctx, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            "user", tr("ユーザーの編集") if user else tr("ユーザーの追加"), ctx.runner, parent
        )
        self.ctx = ctx
        self.user = user
        self.username = self.field("username", QLineEdit)
        self.display_name = self.field("display_name", QLineEdit)
        self.role = self.field("role", QComboBox)
        self.password = self.field("password", QLineEdit)
        self.active = self.field("active", QCheckBox)
        self.may_verify = self.field("may_verify_actions", QCheckBox)
        fill_combo(self.role, [(role_label(r), r.value) for r in Role])
        if user is None:
            select_data(self.role, Role.VIEWER.value)
            self.active.setChecked(True)
            self.active.setEnabled(False)
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.display_name.setText(user.display_name)
            select_data(self.role, user.role.value)
            self.active.setChecked(user.active)
            self.may_verify.setChecked(user.may_verify_actions)
            self.password.hide()
            self.form.findChild(QWidget, "password_label").hide()
        self.dirty = False

    def collect(self) -> dict:
        return {
            "username": self.username.text(),
            "display_name": self.display_name.text(),
            "role": self.role.currentData(),
            "password": self.password.text(),
            "active": self.active.isChecked(),
            "may_verify_actions": self.may_verify.isChecked(),
        }

    def submit(self, data: dict) -> UserInfo:
        accounts, actor = self.ctx.services.accounts, self.ctx.actor
        if self.user is None:
            created = accounts.create_user(
                actor, data["username"], data["role"], data["password"], data["display_name"]
            )
            if data["may_verify_actions"]:
                created = accounts.update_user(
                    actor, created.id, created.version, may_verify_actions=True
                )
            return created
        return accounts.update_user(
            actor,
            self.user.id,
            self.user.version,
            display_name=data["display_name"],
            role=data["role"],
            active=data["active"],
            may_verify_actions=data["may_verify_actions"],
        )


class OrgSettingsDialog(FormDialog):
    def __init__(self, ctx, values: dict, parent: QWidget | None = None) -> None:
        super().__init__("org_settings", tr("団体の設定"), ctx.runner, parent)
        self.ctx = ctx
        self.name = self.field("organisation_name", QLineEdit)
        self.label = self.field("classification_label", QLineEdit)
        self.model = self.field("network_model", QComboBox)
        self.idle = self.field("idle_lock_minutes", QSpinBox)
        fill_combo(self.model, [(m, m) for m in NETWORK_MODELS])
        self.name.setText(str(values.get("organisation_name", "")))
        self.label.setText(str(values.get("classification_label", "")))
        select_data(self.model, values.get("network_model"))
        self.idle.setValue(int(values.get("idle_lock_minutes", 0)))
        self.dirty = False

    def collect(self) -> dict:
        return {
            "organisation_name": self.name.text(),
            "classification_label": self.label.text(),
            "network_model": self.model.currentData(),
            "idle_lock_minutes": self.idle.value(),
        }

    def submit(self, data: dict) -> dict:
        return self.ctx.services.settings.update(self.ctx.actor, data)


def ask_new_password(parent: QWidget, username: str) -> str | None:
    """Ask an administrator for a temporary password (the user changes it at next login)."""
    text, ok = QInputDialog.getText(
        parent,
        tr("パスワードの再設定"),
        tr("{user} の仮パスワード（10文字以上）。次回ログイン時に本人が変更します。").format(
            user=username
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
