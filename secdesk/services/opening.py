"""Opening the register: resolve where it is, connect, bring its schema up to date."""

from __future__ import annotations

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, resolve_database_url
from secdesk.store.migrate import prepare


def open_database(given: str | None = None, *, migrate: bool = True) -> tuple[Database, list[str]]:
    """Open the database named by --db, SECDESK_DATABASE_URL or the default file.

    Returns the database and notes for the person (created, upgraded and where the backup is).
    """
    url = resolve_database_url(given)
    password = None
    if url.get_backend_name() == "postgresql" and url.password is None:
        from secdesk.secrets import database_secret_name, get_secret, keyring_available

        if keyring_available():
            password = get_secret(database_secret_name(url))
    try:
        engine = make_engine(url, password=password)
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
