"""A database handle: the engine plus read and write units of work.

Services open `db.write()` for anything that changes data and `db.read()` for everything else.
A write unit commits when its block ends without an exception and rolls back otherwise, so a
service never leaves half a change behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr
from secdesk.store.engine import EXECUTION_OPTION_WRITE, describe_url, make_engine


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)

    @classmethod
    def open(cls, url: URL | str, *, password: str | None = None) -> Database:
        return cls(make_engine(url, password=password))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def location(self) -> str:
        return describe_url(self.engine.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # Closing (not rolling back) ends the transaction and detaches loaded objects without
        # expiring them, so values read inside the block stay readable after it.
        with _translated_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with _translated_errors(), self._sessions() as session:
            session.connection(execution_options={EXECUTION_OPTION_WRITE: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Turn what the machine did to us into a message; let programming errors through."""
    try:
        yield
    except StaleDataError as error:
        from secdesk.domain.errors import ConflictDetails, EditConflict

        raise EditConflict(
            tr("他の利用者が同時にこの記録を保存しました。開き直してから保存してください。"),
            ConflictDetails(entity="", entity_id=0, expected_version=0, current_version=0),
        ) from error
    except DatabaseError as error:
        problem = environment_problem(error)
        if problem is None:
            raise
        raise problem from error


def environment_problem(error: DatabaseError) -> EnvironmentProblem | None:
    text = str(error.orig).lower() if error.orig is not None else str(error).lower()
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(
            tr(
                "データベースが他の処理によってロックされています。しばらく待ってから、"
                "もう一度お試しください。"
            )
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return EnvironmentProblem(
            tr("データベースが読み取り専用のため保存できません。ファイルの権限を確認してください。")
        )
    if "disk is full" in text or "no space" in text or "database or disk is full" in text:
        return EnvironmentProblem(
            tr(
                "ディスクの空き容量が不足しているため保存できませんでした。変更は保存されていません。"
            )
        )
    if "not a database" in text or "malformed" in text:
        return EnvironmentProblem(
            tr("このファイルは secdesk のデータベースではないか、壊れています。")
        )
    if "unable to open" in text:
        return EnvironmentProblem(
            tr("データベースファイルを開けません。場所と権限を確認してください。")
        )
    if "connection" in text and ("refused" in text or "failed" in text or "timeout" in text):
        return EnvironmentProblem(
            tr("データベースサーバーに接続できません。サーバーの状態と接続設定を確認してください。")
        )
    return None
