"""The one engine factory: the embedded SQLite file or a PostgreSQL server.

Which database is `secdesk.location`'s business; this module only builds engines (and turns a
resolved Location into a URL).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from secdesk.location import Location

SQLITE_BUSY_TIMEOUT_MS = 10_000
EXECUTION_OPTION_WRITE = "secdesk_write"


def url_of(location: Location) -> URL:
    """The SQLAlchemy URL of a register's place (psycopg 3 for PostgreSQL)."""
    if location.path is not None:
        return sqlite_url(location.path)
    url = make_url(location.url)
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path).expanduser().absolute()))


def describe_url(url: URL) -> str:
    """Where the data lives, for the status bar and messages (never shows a password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def make_engine(
    url: URL | str, *, password: str | None = None, echo: bool = False, exclusive: bool = False
) -> Engine:
    """`exclusive`: single-user mode for a file on a network drive (one lock for the whole
    session and a rollback journal, because WAL needs shared memory the network cannot give)."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo, exclusive)
    if url.get_backend_name() == "postgresql":
        if password is not None and url.password is None:
            url = url.set(password=password)
        return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5)
    raise ValueError(f"unsupported database: {url.get_backend_name()}")


def _sqlite_engine(url: URL, echo: bool, exclusive: bool = False) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        echo=echo,
        # Exclusive locking holds the file for the connection's life: one connection only.
        **({"poolclass": StaticPool} if exclusive else {}),
        # The driver's own transaction handling is switched off: we issue BEGIN ourselves so
        # that write transactions can take the write lock up front (BEGIN IMMEDIATE) and wait
        # for it, instead of failing halfway when another process writes.
        connect_args={
            "isolation_level": None,
            "check_same_thread": False,
            "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
        },
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            if exclusive:
                cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
                cursor.execute("PRAGMA journal_mode = DELETE")
            elif url.database and url.database != ":memory:":
                cursor.execute("PRAGMA journal_mode = WAL")
            # FULL, not NORMAL: with WAL, NORMAL may lose the last commits on a power cut, and
            # each commit here is a person's act, while bulk work commits once.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        write = connection.get_execution_options().get(EXECUTION_OPTION_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
