"""管理: user accounts, organisation settings, employment types, and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission, role_label
from secdesk.domain.timezone import format_local
from secdesk.gui.admin.dialogs import OrgSettingsDialog, UserDialog, ask_new_password
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.section import Section
from secdesk.services.core.org_settings import specs
from secdesk.services.core.trail import action_label, entity_label

TRAIL_PAGE = 300


def _table(parent: QWidget, name: str, headers: list[str], widths: list[int]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(26)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))


class AdminSection(Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin_tabs")
        actor = ctx.actor
        self.users = []
        if actor.can(Permission.MANAGE_USERS):
            self.tabs.addTab(self._users_tab(), tr("ユーザー"))
        self.tabs.addTab(self._settings_tab(), tr("団体の設定"))
        self.tabs.addTab(self._trail_tab(), tr("監査ログ"))
        if actor.can(Permission.BACKUP):
            from secdesk.gui.admin.backup_page import BackupPage

            self.backup_page = BackupPage(ctx, self)
            self.tabs.addTab(self.backup_page, tr("バックアップ・データベース"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    # --- users ---------------------------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        page = QWidget(self)
        self.user_table = _table(
            page,
            "users_table",
            [tr("ユーザー名"), tr("表示名"), tr("役割"), tr("状態"), tr("最終ログイン")],
            [140, 180, 120, 220],
        )
        self.user_table.setAccessibleName(tr("ユーザーの一覧"))
        self.user_table.activated.connect(lambda *_: self.edit_user())
        buttons = QHBoxLayout()
        for text, slot, name in (
            (tr("追加…"), self.add_user, "add_user"),
            (tr("編集…"), self.edit_user, "edit_user"),
            (tr("パスワードの再設定…"), self.reset_password, "reset_password"),
            (tr("ロック解除"), self.unlock_user, "unlock_user"),
        ):
            button = QPushButton(text, page)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.user_table)
        return page

    def selected_user(self):
        row = self.user_table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> None:
        self._open(UserDialog(self.ctx, None, self))

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(UserDialog(self.ctx, user, self))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password = ask_new_password(self, user.username)
        if password:
            self._write(
                lambda: self.ctx.services.accounts.reset_password(self.ctx.actor, user.id, password)
            )

    def unlock_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._write(lambda: self.ctx.services.accounts.unlock(self.ctx.actor, user.id))

    # --- settings ------------------------------------------------------------------------------

    def _settings_tab(self) -> QWidget:
        page = QWidget(self)
        self.settings_form = QFormLayout()
        self.setting_labels: dict[str, QLabel] = {}
        for spec in specs():
            value = QLabel(page)
            value.setObjectName(f"setting_{spec.key}")
            self.settings_form.addRow(tr(spec.label), value)
            self.setting_labels[spec.key] = value
        change = QPushButton(tr("変更…"), page)
        change.setObjectName("change_settings")
        change.clicked.connect(self.change_settings)
        change.setVisible(self.ctx.actor.can(Permission.MANAGE_SETTINGS))
        layout = QVBoxLayout(page)
        layout.addLayout(self.settings_form)
        layout.addWidget(change)
        layout.addStretch(1)
        return page

    def change_settings(self) -> None:
        self._open(OrgSettingsDialog(self.ctx, self.setting_values, self))

    # --- audit trail ---------------------------------------------------------------------------

    def _trail_tab(self) -> QWidget:
        page = QWidget(self)
        self.trail_table = _table(
            page,
            "trail_table",
            ["No.", tr("日時"), tr("利用者"), tr("操作"), tr("対象"), tr("内容")],
            [70, 150, 110, 120, 140],
        )
        self.trail_table.setAccessibleName(tr("監査ログ"))
        self.verify_label = QLabel(page)
        self.verify_label.setObjectName("verify_result")
        self.verify_label.setWordWrap(True)
        verify = QPushButton(tr("改ざん検査"), page)
        verify.setObjectName("verify_trail")
        verify.clicked.connect(self.verify_trail)
        more = QPushButton(tr("さらに古い記録"), page)
        more.clicked.connect(self.more_trail)
        top = QHBoxLayout()
        top.addWidget(verify)
        top.addWidget(self.verify_label, 1)
        top.addWidget(more)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.trail_table)
        self.trail_rows: list = []
        return page

    def verify_trail(self) -> None:
        actor, trail = self.ctx.actor, self.ctx.services.trail
        self.verify_label.setText(tr("検査しています…"))

        def show(report) -> None:
            if report.ok:
                self.verify_label.setText(
                    tr("✔ {n} 件の記録を検査しました。改ざんは見つかりませんでした。").format(
                        n=f"{report.entries:,}"
                    )
                )
                self.verify_label.setStyleSheet("")
            else:
                self.verify_label.setText(
                    tr("✖ 記録 {seq} で不整合: {reason}").format(
                        seq=report.broken_seq, reason=report.reason
                    )
                )
                self.verify_label.setStyleSheet("color: #b3261e; font-weight: bold;")

        self.ctx.runner.read(lambda _p: trail.verify(actor), show, lambda e: show_error(self, e))

    def more_trail(self) -> None:
        before = self.trail_rows[-1].seq if self.trail_rows else None
        actor, trail = self.ctx.actor, self.ctx.services.trail
        self.ctx.runner.read(
            lambda _p: trail.recent(actor, TRAIL_PAGE, before_seq=before),
            lambda rows: self._show_trail(self.trail_rows + rows),
            lambda e: show_error(self, e),
        )

    def _show_trail(self, rows) -> None:
        self.trail_rows = rows
        _fill(
            self.trail_table,
            [
                (
                    r.seq,
                    format_local(r.at, with_seconds=True),
                    r.actor_name,
                    action_label(r.action),
                    f"{entity_label(r.entity)} {r.entity_id}".strip(),
                    r.details,
                )
                for r in rows
            ],
        )

    # --- common --------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, services = self.ctx.actor, self.ctx.services

        def load(_progress):
            users = (
                services.accounts.list_users(actor) if actor.can(Permission.MANAGE_USERS) else []
            )
            return users, services.settings.all(), services.trail.recent(actor, TRAIL_PAGE)

        self.ctx.runner.read(load, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        self.users, self.setting_values, trail_rows = result
        if self.ctx.actor.can(Permission.MANAGE_USERS):
            now = self.ctx.services.clock.now()
            _fill(
                self.user_table,
                [
                    (
                        u.username,
                        u.display_name,
                        role_label(u.role),
                        (tr("有効") if u.active else tr("無効"))
                        + (tr("・ロック中") if u.locked_until and u.locked_until > now else "")
                        + (tr("・要パスワード変更") if u.must_change_password else ""),
                        format_local(u.last_login_at),
                    )
                    for u in self.users
                ],
            )
        for key, label in self.setting_labels.items():
            value = self.setting_values.get(key)
            label.setText(str(value) if value not in (None, "") else tr("（未設定）"))
        self._show_trail(trail_rows)

    def _open(self, dialog) -> None:
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("admin"))
        dialog.open()
        self.dialog = dialog

    def _write(self, fn) -> None:
        self.ctx.runner.write(
            lambda _p: fn(),
            lambda _r: self.ctx.hub.changed.emit("admin"),
            lambda e: show_error(self, e),
        )
