"""Fixtures shared by every test: isolated user folders, in-memory keyring, databases on both
SQLite and PostgreSQL, services with a fixed clock and a fast (still argon2id) password hash."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SECDESK_LANG", "ja")

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from sqlalchemy import insert, select, text

from secdesk import i18n
from secdesk.services.app import Services
from secdesk.services.core.context import Actor, FixedClock
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from secdesk.store.models import Base

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("SECDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ADMIN_PASSWORD = "kanri-pass-2026"
# 2026-11-25 10:00 in Tokyo.
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


@pytest.fixture(autouse=True)
def _fresh_working_directory(tmp_path_factory, monkeypatch) -> None:
    """Every test runs in an empty folder of its own: a relative path that a test (or the code it
    tests) writes to lands there, never in the checkout. Tests that need a file of the repository
    find it from ROOT, not from the working directory."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SECDESK_HOME", str(home))
    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("SECDESK_PASSWORD", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    i18n.set_language("ja")
    yield
    keyring.set_keyring(previous)
    i18n.set_language("ja")


# --- databases ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(sqlite_url(path))
    prepare(engine)
    engine.dispose()
    return path


def _postgres_available() -> str | None:
    try:
        engine = make_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as error:  # the reason goes into the skip or failure message
        return f"{type(error).__name__}: {error}"


@pytest.fixture(scope="session")
def postgres_schema() -> Iterator[tuple[str, dict]]:
    """A schema of our own in database `test`, migrated once; tests get it emptied."""
    problem = _postgres_available()
    if problem is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL at {PG_URL} is required under CI=true: {problem}")
        pytest.skip(f"PostgreSQL not available: {problem}")
    schema = f"secdesk_test_{os.getpid()}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    prepare(engine)
    with engine.connect() as conn:
        seed = {
            table.name: [dict(r._mapping) for r in conn.execute(select(table))]
            for table in Base.metadata.sorted_tables
        }
        sequences = {}
        for table in Base.metadata.sorted_tables:
            pk = table.autoincrement_column
            if pk is not None:
                name = conn.scalar(
                    text(f"SELECT pg_get_serial_sequence('{table.name}', '{pk.name}')")
                )
                if name:
                    sequences[name] = tuple(
                        conn.execute(text(f"SELECT last_value, is_called FROM {name}")).one()
                    )
    engine.dispose()
    yield url, seed, sequences
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


def _reset_postgres(db: Database, seed: dict, sequences: dict) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        # The audit trail refuses TRUNCATE by trigger; replica mode skips triggers for the reset.
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        for table in Base.metadata.sorted_tables:
            if seed.get(table.name):
                conn.execute(insert(table), seed[table.name])
        # Id sequences go back to where the migrations left them, as in a new database.
        for name, (last_value, is_called) in sequences.items():
            conn.execute(
                text("SELECT setval(:name, :value, :called)"),
                {"name": name, "value": last_value, "called": is_called},
            )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path) -> Iterator[Database]:
    """A migrated, empty database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "secdesk.sqlite3"
        shutil.copyfile(template, path)
        database = Database(make_engine(sqlite_url(path)))
    else:
        url, seed, sequences = request.getfixturevalue("postgres_schema")
        database = Database(make_engine(url))
        _reset_postgres(database, seed, sequences)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template, tmp_path) -> Iterator[Database]:
    """For tests about SQLite itself (files, pragmas, locking)."""
    path = tmp_path / "secdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = Database(make_engine(sqlite_url(path)))
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def services(db, clock) -> Services:
    return Services(db, clock, fast_hasher())


@pytest.fixture
def admin(services) -> Actor:
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD, "管理 太郎")
    return services.accounts.login("admin", ADMIN_PASSWORD).actor()


@pytest.fixture
def make_user(services, admin):
    """Create a user of a role and return its Actor (password already changed)."""

    def make(username: str, role: str) -> Actor:
        password = f"{username}-initial-pw"
        services.accounts.create_user(admin, username, role, password, must_change=False)
        return services.accounts.login(username, password).actor()

    return make
