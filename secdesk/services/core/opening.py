"""Opening the register: resolve where it is, connect, bring its schema up to date."""

from __future__ import annotations

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, resolve_database_url
from secdesk.store.location import chosen_database, is_network_path
from secdesk.store.migrate import prepare


class NetworkPathRefused(EnvironmentProblem):
    """A SQLite register on a network drive, opened without choosing single-user mode."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


def open_database(
    given: str | None = None, *, migrate: bool = True, single_user: bool = False
) -> tuple[Database, list[str]]:
    """Open the database named by --db, SECDESK_DATABASE_URL, this PC's setting, or the default file.

    Returns the database and notes for the person (created, upgraded and where the backup is).
    """
    given = chosen_database(given)
    url = resolve_database_url(given)
    # A UNC path stays recognisable only as typed: on Linux it would become a relative file name.
    places = [p for p in (given if given and "://" not in given else None, url.database) if p]
    if url.get_backend_name() == "sqlite" and any(map(is_network_path, places)) and not single_user:
        raise NetworkPathRefused(
            tr(
                "このデータベースはネットワーク上の場所にあります（{path}）。SQLite のファイルを複数の人で"
                "同時に使うと壊れるおそれがあるため、開きません。複数の端末で使うときは PostgreSQL を"
                "使ってください。1人だけで使う場合に限り「単独利用モード」（--single-user）で開けます。"
            ).format(path=places[0]),
            places[0],
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
        if result.created:
            notes.append(tr("新しいデータベースを作成しました: {where}").format(where=db.location))
        if result.upgraded_from:
            notes.append(
                tr("データベースを新しい形式に更新しました（更新前の複製: {path}）").format(
                    path=result.backup_path or tr("サーバー側のバックアップを利用")
                )
            )
    return db, notes
