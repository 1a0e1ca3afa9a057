"""管理 → データベース: which register this PC opens (SQLite file or PostgreSQL server)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget
from sqlalchemy.engine import URL, make_url

from secdesk.domain.errors import ValidationError
from secdesk.gui.i18n import tr
from secdesk.gui.roster.dialogs import fill_combo, select_data
from secdesk.gui.widgets.forms import FormDialog, show_error
from secdesk.services.core.opening import connection_url, probe

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


@dataclass(frozen=True)
class Connection:
    url: URL | None  # None: this PC's default SQLite file
    password: str


class DatabaseDialog(FormDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__("database", tr("データベースの接続先"), ctx.runner, parent)
        self.ctx = ctx
        self.kind = self.field("kind", QComboBox)
        self.sqlite_path = self.field("sqlite_path", QLineEdit)
        self.host = self.field("host", QLineEdit)
        self.port = self.field("port", QSpinBox)
        self.database = self.field("database", QLineEdit)
        self.user = self.field("user", QLineEdit)
        self.password = self.field("password", QLineEdit)
        self.sslmode = self.field("sslmode", QComboBox)
        fill_combo(
            self.kind,
            [
                (tr("SQLite（この端末のファイル）"), "sqlite"),
                (tr("PostgreSQL（共有サーバー）"), "postgresql"),
            ],
        )
        fill_combo(self.sslmode, [(m, m) for m in SSL_MODES])
        self.test_button = QPushButton(tr("接続テスト"), self)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.addButton(self.test_button, self.buttons.ButtonRole.ActionRole)
        self._load(ctx.settings.database_url)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.dirty = False
        self.resize(560, self.sizeHint().height())

    def _load(self, saved: str) -> None:
        url = make_url(saved) if saved and "://" in saved else None
        if url is not None and url.get_backend_name() == "postgresql":
            select_data(self.kind, "postgresql")
            self.host.setText(url.host or "")
            self.port.setValue(url.port or 5432)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
            select_data(self.sslmode, url.query.get("sslmode", "prefer"))
        else:
            select_data(self.kind, "sqlite")
            self.sqlite_path.setText(url.database if url is not None else saved)

    def _kind_changed(self) -> None:
        sqlite = self.kind.currentData() == "sqlite"
        self.sqlite_path.setEnabled(sqlite)
        for widget in (self.host, self.port, self.database, self.user, self.password, self.sslmode):
            widget.setEnabled(not sqlite)

    def collect(self) -> Connection:
        url = connection_url(
            self.kind.currentData(),
            self.sqlite_path.text(),
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.sslmode.currentData(),
        )
        return Connection(url, self.password.text())

    def test_connection(self) -> None:
        try:
            connection = self.collect()
        except ValidationError as error:
            self.show_problems(error)
            return
        self.clear_errors()
        self.test_button.setEnabled(False)

        def done(message: str) -> None:
            self.test_button.setEnabled(True)
            QMessageBox.information(self, tr("接続テスト"), message)

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            show_error(self, error, tr("接続できません"))

        self.ctx.runner.read(lambda _p: probe(connection.url, connection.password), done, failed)

    def submit(self, connection: Connection) -> Connection:
        if (
            connection.url is not None
            and connection.url.get_backend_name() == "postgresql"
            and connection.password
        ):
            from secdesk.secrets import database_secret_name, set_secret

            set_secret(database_secret_name(connection.url), connection.password)
        if connection.url is not None and connection.url.get_backend_name() == "sqlite":
            # A file chosen here is made now: a register named by this PC's setting is never
            # created silently at start-up (it may be another PC's path).
            from secdesk.services.core.opening import open_database

            db, _notes = open_database(connection.url.database)
            db.dispose()
        return connection

    def _saved(self, value) -> None:
        settings = self.ctx.settings
        settings.database_url = (
            "" if value.url is None else value.url.render_as_string(hide_password=True)
        )
        settings.save()
        super()._saved(value)
