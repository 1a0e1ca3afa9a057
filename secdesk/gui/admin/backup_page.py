"""管理 → バックアップ: back up now, restore, the recovery code, backups on exit, the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress
from secdesk.gui.widgets.forms import ask_yes_no, show_error


def ask_backup_target(parent: QWidget, suggested: str) -> Path | None:
    """Replaced in tests."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        tr("バックアップの保存先"),
        suggested,
        tr("secdesk バックアップ (*.sdbk *.sqlite3 *.zip)"),
    )
    return Path(chosen) if chosen else None


def ask_backup_source(parent: QWidget, folder: str) -> Path | None:
    """Replaced in tests."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        tr("復元するバックアップ"),
        folder,
        tr("secdesk バックアップ (*.sdbk *.sqlite3 *.zip);;すべてのファイル (*)"),
    )
    return Path(chosen) if chosen else None


class BackupPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        admin = ctx.actor.can(Permission.MANAGE_SETTINGS)
        settings = ctx.settings

        where = QLabel(tr("使用中のデータベース: {w}").format(w=ctx.location), self)
        where.setWordWrap(True)
        self.encrypt = QCheckBox(
            tr("暗号化する（AES-256-GCM。USB メモリなどに保存するときは必ず暗号化）"), self
        )
        self.encrypt.setObjectName("backup_encrypt")
        self.encrypt.setChecked(True)
        backup_now = QPushButton(tr("今すぐバックアップ…"), self)
        backup_now.setObjectName("backup_now")
        backup_now.clicked.connect(self.backup_now)
        restore = QPushButton(tr("バックアップから復元…"), self)
        restore.setObjectName("restore")
        restore.clicked.connect(self.restore)
        restore.setVisible(admin)
        code = QPushButton(tr("回復キーを表示…"), self)
        code.setObjectName("show_recovery_code")
        code.clicked.connect(self.show_recovery_code)
        code.setVisible(admin)
        database = QPushButton(tr("データベースの接続先…"), self)
        database.setObjectName("database_settings")
        database.clicked.connect(self.database_settings)
        database.setVisible(admin)
        manual = QGroupBox(tr("バックアップと復元"), self)
        buttons = QHBoxLayout()
        for button in (backup_now, restore, code):
            buttons.addWidget(button)
        buttons.addStretch(1)
        manual_layout = QVBoxLayout(manual)
        manual_layout.addWidget(self.encrypt)
        manual_layout.addLayout(buttons)

        auto = QGroupBox(tr("終了時の自動バックアップ（この端末の設定）"), self)
        self.auto_folder = QLineEdit(settings.auto_backup_folder, auto)
        self.auto_folder.setObjectName("auto_backup_folder")
        self.auto_folder.setPlaceholderText(tr("空欄: 自動バックアップしない"))
        browse = QPushButton(tr("参照…"), auto)
        browse.clicked.connect(self._browse_folder)
        self.auto_keep = QSpinBox(auto)
        self.auto_keep.setObjectName("auto_backup_keep")
        self.auto_keep.setRange(1, 365)
        self.auto_keep.setValue(settings.auto_backup_keep)
        self.auto_encrypt = QCheckBox(tr("暗号化する"), auto)
        self.auto_encrypt.setChecked(settings.auto_backup_encrypt)
        for widget in (self.auto_folder, self.auto_keep, self.auto_encrypt):
            signal = (
                getattr(widget, "textChanged", None)
                or getattr(widget, "valueChanged", None)
                or widget.toggled
            )
            signal.connect(self._store_auto)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.auto_folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(auto)
        form.addRow(tr("保存先フォルダー"), folder_row)
        form.addRow(tr("残す世代数"), self.auto_keep)
        form.addRow("", self.auto_encrypt)

        place = QGroupBox(tr("データベース"), self)
        place_layout = QHBoxLayout(place)
        place_layout.addWidget(where, 1)
        place_layout.addWidget(database)

        layout = QVBoxLayout(self)
        layout.addWidget(place)
        layout.addWidget(manual)
        layout.addWidget(auto)
        layout.addStretch(1)

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("自動バックアップの保存先"), self.auto_folder.text()
        )
        if chosen:
            self.auto_folder.setText(chosen)

    def _store_auto(self, *_args) -> None:
        settings = self.ctx.settings
        settings.auto_backup_folder = self.auto_folder.text().strip()
        settings.auto_backup_keep = self.auto_keep.value()
        settings.auto_backup_encrypt = self.auto_encrypt.isChecked()

    def backup_now(self) -> None:
        stamp = self.ctx.services.clock.today().strftime("%Y%m%d")
        suffix = (
            ".sdbk"
            if self.encrypt.isChecked()
            else (".sqlite3" if self.ctx.services.db.dialect == "sqlite" else ".zip")
        )
        folder = Path(self.ctx.settings.last_folder or Path.home())
        target = ask_backup_target(self, str(folder / f"secdesk-{stamp}{suffix}"))
        if target is None:
            return
        actor, service, encrypt = self.ctx.actor, self.ctx.services.backup, self.encrypt.isChecked()
        run_with_progress(
            self,
            self.ctx.runner,
            tr("バックアップしています…"),
            lambda p: service.backup(actor, target, encrypt, p.report),
            self._backed_up,
        )

    def _backed_up(self, result) -> None:
        self.last_result = result
        text = tr("バックアップを作成し、検証しました。\n{p}").format(p=result.path)
        if result.recovery_code:
            text += (
                "\n\n"
                + tr(
                    "新しい暗号鍵を作成しました。次の回復キーを紙に控え、金庫などに保管してください。"
                    "この端末が使えなくなったとき、暗号化バックアップを開く唯一の手段です。"
                )
                + f"\n\n{result.recovery_code}"
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("バックアップ"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("backup_done")
        box.open()
        self.ctx.hub.changed.emit("backup")

    def restore(self) -> None:
        from secdesk.services.core.restore import check_backup, plan_restore

        source = ask_backup_source(self, self.ctx.settings.last_folder or str(Path.home()))
        if source is None:
            return
        run_with_progress(
            self,
            self.ctx.runner,
            tr("バックアップを検査しています…"),
            lambda _p: plan_restore(self.ctx.services.db, check_backup(source)),
            lambda plan: self._confirm_restore(source, plan),
            write=False,
        )

    def _confirm_restore(self, source: Path, plan) -> None:
        info = plan.info
        question = tr(
            "このバックアップは検査に合格しました（スキーマ {r}、監査ログ {n} 件）。\n"
            "現在の台帳をこのバックアップで置き換えますか? 現在の台帳は複製を残します。"
            "復元の後、もう一度ログインしてください。"
        ).format(r=info.revision, n=info.trail_entries)
        warnings = []
        if plan.same_register is False:
            warnings.append(
                tr("注意: このバックアップは別の台帳のものです。現在の台帳はすべて置き換わります。")
            )
        if plan.lost_entries:
            warnings.append(tr("注意: ") + plan.loss_text())
        if warnings:
            question = "\n\n".join([*warnings, question])
        if not ask_yes_no(self, tr("復元の確認"), question):
            return
        from secdesk.paths import backups_dir
        from secdesk.services.core.restore import restore

        ctx = self.ctx
        run_with_progress(
            self,
            ctx.runner,
            tr("復元しています…"),
            lambda p: restore(
                ctx.services.db,
                ctx.services.clock,
                ctx.actor,
                source,
                backups_dir(),
                progress=p.report,
                other_register=plan.same_register is False,
                accept_loss=plan.lost_entries,
            ),
            self._restored,
        )

    def _restored(self, result) -> None:
        QMessageBox.information(
            self,
            tr("復元"),
            tr(
                "復元しました。置き換えた台帳の複製: {p}\nsecdesk を終了します。もう一度起動してログインしてください。"
            ).format(p=result.replaced_copy or "-"),
        )
        self.window().close()

    def show_recovery_code(self) -> None:
        from secdesk.services.core.backup import recovery_code_of_stored_key

        try:
            code = recovery_code_of_stored_key()
        except Exception as error:
            show_error(self, error)
            return
        text = code or tr(
            "この端末にはまだ暗号鍵がありません（最初の暗号化バックアップで作成されます）。"
        )
        box = QMessageBox(
            QMessageBox.Icon.Information, tr("回復キー"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("recovery_code")
        box.open()

    def database_settings(self) -> None:
        from secdesk.gui.admin.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.ctx, self)
        dialog.accepted.connect(self._database_saved)
        dialog.open()
        self.dialog = dialog

    def _database_saved(self) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("接続先を保存しました。次回の起動から新しい接続先を使います。"), 10000
            )


def auto_backup_on_exit(ctx, parent: QWidget | None = None) -> object | None:
    """The backup this PC makes when the window closes, if a folder is set. Runs to the end
    (the window is going away anyway); a failure is reported but does not stop the exit."""
    settings = ctx.settings
    if not settings.auto_backup_folder or not ctx.actor.can(Permission.BACKUP):
        return None
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return ctx.services.backup.auto_backup(
            ctx.actor,
            settings.auto_backup_folder,
            settings.auto_backup_keep,
            encrypt=settings.auto_backup_encrypt,
        )
    except Exception as error:
        QMessageBox.warning(
            parent,
            tr("自動バックアップ"),
            tr("終了時の自動バックアップに失敗しました: {e}").format(e=error),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
