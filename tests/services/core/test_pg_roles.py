"""`secdesk pg-setup` on the real PostgreSQL server: the application role every PC uses runs the
app, but cannot change, delete, truncate or disable anything in the trail or the timeline, nor
move the trail's head back, nor create objects. Its own schema and roles (named by pid: roles are
global to the server, which other test runs share), dropped afterwards."""

import os

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from secdesk.services.app import Services
from secdesk.services.core import integrity, pg_roles
from secdesk.services.core.pg_roles import PgSetupError
from secdesk.services.roster.departments import DepartmentInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine
from secdesk.store.migrate import prepare
from tests.conftest import ADMIN_PASSWORD, NOW, PG_URL, fast_hasher

pytestmark = pytest.mark.postgres

APP = f"secdesk_app_{os.getpid()}"


@pytest.fixture
def register(postgres_schema):
    """A register made by the owner (here the server's superuser), and the app role's URL."""
    schema = f"secdesk_roles_{os.getpid()}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    owner = make_engine(f"{PG_URL}?options=-csearch_path%3D{schema}")
    prepare(owner)
    from secdesk.services.core.context import FixedClock

    Services(Database(owner), FixedClock(NOW), fast_hasher()).accounts.create_first_admin(
        "admin", ADMIN_PASSWORD
    )
    user_part = PG_URL.split("://", 1)[1].split("@", 1)[1]
    app_url = f"postgresql+psycopg://{APP}:app-secret@{user_part}?options=-csearch_path%3D{schema}"
    yield owner, app_url
    owner.dispose()
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": APP}):
            conn.execute(text(f'DROP OWNED BY "{APP}"'))
            conn.execute(text(f'DROP ROLE "{APP}"'))
    admin.dispose()


def test_the_app_role_runs_the_app_but_cannot_touch_the_trail(register):
    from secdesk.services.core.context import FixedClock

    owner, app_url = register
    result = pg_roles.setup(owner, APP, "app-secret")
    assert result.created and result.tables > 20
    assert pg_roles.setup(owner, APP).tables == result.tables  # idempotent
    app = make_engine(app_url)
    try:
        services = Services(Database(app), FixedClock(NOW), fast_hasher())
        actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
        services.departments.create(actor, DepartmentInput("110", "総務課"))
        assert integrity.check(services.db, actor, local=False).ok
        with app.connect() as conn:
            assert conn.scalar(text("SELECT current_user")) == APP
        attacks = [
            "UPDATE audit_entry SET actor_name = 'x' WHERE seq = 1",
            "DELETE FROM audit_entry WHERE seq > 1",
            "TRUNCATE audit_entry",
            "ALTER TABLE audit_entry DISABLE TRIGGER USER",
            "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable",
            "DROP TRIGGER audit_entry_immutable ON audit_entry",
            "ALTER TABLE audit_head DISABLE TRIGGER audit_head_forward",
            "DELETE FROM audit_head",
            "INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'x')",
            "UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_entry WHERE seq = 1)",
            "UPDATE incident_event SET text = 'x'",
            "DELETE FROM incident_event",
            "UPDATE register_identity SET uuid = 'x'",
            "SET session_replication_role = replica",
            "CREATE TABLE sneaky (id int)",
            "CREATE OR REPLACE FUNCTION secdesk_audit_immutable() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
        ]
        for statement in attacks:
            with pytest.raises(DBAPIError) as refused, app.begin() as conn:
                conn.execute(text(statement))
            message = str(refused.value.orig)
            assert any(
                word in message
                for word in ("permission denied", "must be owner", "only move forward")
            ), (statement, message)
        assert integrity.check(services.db, actor, local=False).ok
    finally:
        app.dispose()


def test_pg_setup_refuses_what_would_not_be_least_privilege(register):
    owner, _ = register
    with pytest.raises(PgSetupError, match="所有者ロールと別"):
        with owner.connect() as conn:
            name = conn.scalar(text("SELECT current_user"))
        pg_roles.setup(owner, name, "x")
    with pytest.raises(PgSetupError, match="ロール名"):
        pg_roles.setup(owner, 'bad"name', "x")
    with pytest.raises(PgSetupError, match="パスワード"):
        pg_roles.setup(owner, APP)


def test_pg_setup_command_prints_the_url_for_the_pcs(register, monkeypatch, capsys):
    from secdesk.cli.main import main

    owner, _ = register
    monkeypatch.setenv("SECDESK_APP_PASSWORD", "app-secret")
    owner_url = owner.url.render_as_string(hide_password=False)
    assert main(["pg-setup", "--owner", owner_url, "--app-role", APP]) == 0
    out = capsys.readouterr().out
    assert f"{APP}: 作成しました" in out and f"{APP}@" in out and "search_path" in out
    assert main(["pg-setup", "--owner", owner_url, "--app-role", APP, "--keep-password"]) == 0
    assert "設定し直しました" in capsys.readouterr().out
    assert main(["pg-setup", "--owner", "sqlite:///x.sqlite3", "--app-role", APP]) == 1
