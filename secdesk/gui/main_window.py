"""The main window: navigation pane, section pages, status bar, shortcuts, idle lock."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from secdesk import __version__
from secdesk.domain.roles import role_label
from secdesk.gui.context import AppContext
from secdesk.gui.i18n import tr
from secdesk.gui.sections import SectionSpec, section_specs
from secdesk.paths import icons_dir

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        return False


class MainWindow(QMainWindow):
    section_shown = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("secdesk - 情報セキュリティ業務"))
        self.setWindowIcon(QIcon(str(icons_dir() / "app.svg")))
        self.setObjectName("main_window")
        self.specs: list[SectionSpec] = section_specs()
        self.pages: dict[str, QWidget] = {}
        self.locked = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("メニュー"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(230)
        self.nav.setSpacing(2)
        for index, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(QIcon(str(icons_dir() / spec.icon)), tr(spec.label))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{tr(spec.label)} (Ctrl+{index})")
            item.setSizeHint(QSize(200, 40))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("sections")
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self._build_status_bar()
        ctx.hub.changed.connect(self._on_changed)
        from secdesk.gui.change_watcher import ChangeWatcher

        self.stale: set[str] = set()
        self.watcher = ChangeWatcher(ctx, parent=self)
        self.watcher.changed_elsewhere.connect(self._changed_elsewhere)

        minutes = int(ctx.services.settings.get("idle_lock_minutes") or 0)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)

        self._restore_layout()

    # --- building --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("ファイル(&F)"))
        self._action(file_menu, tr("パスワードの変更(&P)…"), self.change_password)
        self._action(file_menu, tr("画面をロック(&L)"), self.lock, "Ctrl+L")
        file_menu.addSeparator()
        self._action(file_menu, tr("終了(&X)"), self.close, QKeySequence.StandardKey.Quit)
        view_menu = self.menuBar().addMenu(tr("表示(&V)"))
        self._action(
            view_menu,
            tr("最新の情報に更新(&R)"),
            self.refresh_current,
            QKeySequence.StandardKey.Refresh,
        )
        self._action(view_menu, tr("検索(&S)"), self.focus_search, QKeySequence.StandardKey.Find)
        self._action(view_menu, tr("新規作成(&N)"), self.new_record, QKeySequence.StandardKey.New)
        view_menu.addSeparator()
        for index, spec in enumerate(self.specs, start=1):
            self._action(
                view_menu,
                tr(spec.label),
                lambda _=False, key=spec.key: self.show_section(key),
                f"Ctrl+{index}",
            )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(tr("表示言語(&L)"))
        self.language_actions = QActionGroup(self)
        for code, name in (("ja", "日本語"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._choose_language)
        help_menu = self.menuBar().addMenu(tr("ヘルプ(&H)"))
        self._action(help_menu, tr("secdesk について(&A)"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        user = self.ctx.user
        self.user_label = QLabel(
            tr("利用者: {name}（{role}）").format(
                name=user.display_name or user.username, role=role_label(user.role)
            )
        )
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(tr("データベース: {where}").format(where=self.ctx.location))
        self.db_label.setObjectName("status_database")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label, 1)

    # --- sections --------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The section's page, created on first use so that start-up stays quick."""
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            page = spec.factory(self.ctx, self.stack)
            page.setObjectName(f"section_{key}")
            page.navigate.connect(lambda section, filters: self.show_section(section, **filters))
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_section(self, key: str, **filters) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        page = self.page(key)
        if filters:
            page.show_filtered(**filters)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if key in self.stale:
            self.stale.discard(key)
            page.refresh()
        self.ctx.settings.last_section = key
        self.section_shown.emit(key)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def new_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_record()

    def _on_changed(self, _entity: str) -> None:
        for page in self.pages.values():
            page.refresh()

    def _changed_elsewhere(self) -> None:
        """Another PC wrote: refresh what is on screen now, the other pages when next shown."""
        current = self.current_page()
        for key, page in self.pages.items():
            if page is current:
                page.refresh()
            else:
                self.stale.add(key)

    # --- lock, password, about -------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the register and ask for the password again (idle time, or Ctrl+L)."""
        if self.locked:
            return
        from secdesk.gui.auth_dialogs import LoginDialog

        self.locked = True
        self.watcher.paused = True
        self.centralWidget().hide()
        dialog = LoginDialog(
            self.ctx.services,
            self.ctx.runner,
            self.ctx.location,
            parent=self,
            title=tr("secdesk - ロック中"),
            locked_user=self.ctx.user.username,
        )
        dialog.setObjectName("lock_dialog")
        dialog.finished.connect(self._unlock_finished)
        self.lock_dialog = dialog
        dialog.open()

    def _unlock_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.locked = False
            self.watcher.paused = False
            self.centralWidget().show()
            self.idle.set_minutes(self.idle.minutes)
        else:
            self.close()

    def change_password(self) -> None:
        from secdesk.gui.auth_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(
            self.ctx.services, self.ctx.runner, self.ctx.actor, parent=self
        )
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(tr("パスワードを変更しました。"), 5000)
        )
        dialog.open()

    def _choose_language(self, action: QAction) -> None:
        """The screens are built in one language; the choice applies from the next start."""
        self.ctx.settings.language = action.data()
        with suppress(OSError):
            self.ctx.settings.save()
        self.statusBar().showMessage(
            tr("表示言語を変更しました。次回の起動から切り替わります。")
            + " / The display language changes at the next start.",
            10000,
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("secdesk について"),
            tr(
                "secdesk {v}\n情報セキュリティ担当（CSIRT）のための業務ツール\n\n"
                "同梱フォント: BIZ UDゴシック（SIL Open Font License 1.1）"
            ).format(v=__version__),
        )

    # --- layout memory ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(settings.window_geometry.encode()))
        else:
            self.resize(1280, 800)
        keys = [s.key for s in self.specs]
        self.show_section(settings.last_section if settings.last_section in keys else "dashboard")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toHex()).decode()
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if save is not None:
                save()
        with suppress(OSError):  # losing the window size is no reason to refuse to close
            self.ctx.settings.save()
        self.ctx.runner.wait(10_000)
        from secdesk.gui.admin.backup_page import auto_backup_on_exit

        auto_backup_on_exit(self.ctx, self)
        super().closeEvent(event)
