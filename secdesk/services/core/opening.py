"""Opening the register: resolve where it is, connect, bring its schema up to date."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from secdesk.domain.errors import EnvironmentProblem, Problem, ValidationError
from secdesk.i18n import tr
from secdesk.location import Location, resolve
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url, url_of
from secdesk.store.migrate import prepare


class NetworkPathRefused(EnvironmentProblem):
    """A SQLite register on a network drive, opened without choosing single-user mode."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


def open_database(
    where: Location | str | None = None, *, migrate: bool = True, single_user: bool = False
) -> tuple[Database, list[str]]:
    """Open the register at `where` (a resolved Location, or --db as typed: see
    `secdesk.location.resolve`), and bring its schema up to date unless `migrate` is False.

    Returns the database and notes for the person (created, upgraded and where the backup is).
    """
    location = where if isinstance(where, Location) else resolve(where)
    if location.source == "setting" and not location.found:
        raise EnvironmentProblem(
            tr(
                "この端末の設定にあるデータベースが見つかりません（{path}）。ファイルが移動・削除"
                "されたか、別の端末の設定です。新しい空のデータベースは作成していません。"
                "場所を確かめて --db で指定するか、管理者に連絡してください。"
            ).format(path=location.place)
        )
    url = url_of(location)
    if location.network and not single_user:
        raise NetworkPathRefused(
            tr(
                "このデータベースはネットワーク上の場所にあります（{path}）。SQLite のファイルを複数の人で"
                "同時に使うと壊れるおそれがあるため、開きません。複数の端末で使うときは PostgreSQL を"
                "使ってください。1人だけで使う場合に限り「単独利用モード」（--single-user）で開けます。"
            ).format(path=location.place),
            location.place,
        )
    password = None
    if url.get_backend_name() == "postgresql" and url.password is None:
        from secdesk.secrets import database_secret_name, get_secret, keyring_available

        if keyring_available():
            password = get_secret(database_secret_name(url))
    try:
        engine = make_engine(
            url, password=password, exclusive=single_user and url.get_backend_name() == "sqlite"
        )
    except ModuleNotFoundError as error:
        raise EnvironmentProblem(
            tr('PostgreSQL を使うには追加の部品が必要です: pip install "secdesk[postgres]"')
        ) from error
    db = Database(engine)
    notes: list[str] = []
    if migrate:
        from sqlalchemy.exc import DatabaseError

        from secdesk.store.database import environment_problem

        try:
            result = prepare(engine)
        except DatabaseError as error:
            db.dispose()
            raise (environment_problem(error) or EnvironmentProblem(str(error.orig))) from error
        except BaseException:
            db.dispose()
            raise
        _private_register(url)
        if result.created:
            notes.append(tr("新しいデータベースを作成しました: {where}").format(where=db.location))
        if result.upgraded_from:
            notes.append(
                tr("データベースを新しい形式に更新しました（更新前の複製: {path}）").format(
                    path=result.backup_path or tr("サーバー側のバックアップを利用")
                )
            )
    return db, notes


def connection_url(
    kind: str, sqlite_path: str, host: str, port: int, database: str, user: str, sslmode: str
) -> URL | None:
    """The URL a form describes (never with the password in it)."""
    if kind == "sqlite":
        if not sqlite_path.strip():
            return None
        return sqlite_url(Path(sqlite_path.strip()))
    problems = []
    if not host.strip():
        problems.append(Problem(tr("サーバー名を入力してください。"), "host"))
    if not database.strip():
        problems.append(Problem(tr("データベース名を入力してください。"), "database"))
    if not user.strip():
        problems.append(Problem(tr("ユーザー名を入力してください。"), "user"))
    if problems:
        raise ValidationError(problems)
    return URL.create(
        "postgresql+psycopg",
        username=user.strip(),
        host=host.strip(),
        port=port,
        database=database.strip(),
        query={"sslmode": sslmode},
    )


def probe(url: URL | None, password: str) -> str:
    """Connect and say what is there (runs in the background)."""
    from sqlalchemy import inspect

    from secdesk.store.migrate import HEAD_REVISION, current_revision

    engine = make_engine(url or url_of(resolve(None)), password=password or None)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        revision = current_revision(engine)
    finally:
        engine.dispose()
    if revision is None and not tables:
        return tr("接続できました。空のデータベースです（最初の起動で台帳を作成します）。")
    if revision is None:
        return tr(
            "接続できましたが、secdesk 以外の表があります。別のデータベースを指定してください。"
        )
    if revision == HEAD_REVISION:
        return tr("接続できました。secdesk の台帳です。")
    return tr("接続できました。secdesk の台帳です（スキーマ {r}、起動時に更新します）。").format(
        r=revision
    )


def trial_migration(folder: Path) -> tuple[str | None, str]:
    """Build a register from nothing in `folder` (every migration, as a first start does):
    the revision it reached and the one this version expects (`secdesk --self-test`)."""
    from secdesk.store.migrate import HEAD_REVISION, current_revision

    engine = make_engine(sqlite_url(Path(folder) / "self-test.sqlite3"))
    try:
        prepare(engine)
        return current_revision(engine), HEAD_REVISION
    finally:
        engine.dispose()


def _private_register(url) -> None:
    """On POSIX a SQLite register (and its journal files) is readable by its owner only, and the
    default data folder by this user only; on Windows it lives under the user's profile."""
    import os
    from pathlib import Path

    from secdesk import paths

    if os.name != "posix" or url.get_backend_name() != "sqlite" or not url.database:
        return
    path = Path(url.database)
    if path.parent == paths.user_data_dir():
        paths.private_dir(path.parent)
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if part.exists() and part.stat().st_uid == os.getuid():
            part.chmod(0o600)
