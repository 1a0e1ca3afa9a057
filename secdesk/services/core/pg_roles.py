"""Least privilege on a shared PostgreSQL register: an owner role and an application role.

The owner role owns every table; it is used only for `init`, upgrades and restores, and its
password is never stored on the PCs. Every PC connects as the application role, which may read
and write the registers but only read and append to the trail and the timelines: no UPDATE,
DELETE or TRUNCATE there, and, owning nothing, it cannot `ALTER TABLE … DISABLE TRIGGER` or drop
a guard. The head row of the trail is the one it may update, and the guard trigger lets the head
only move forward onto an entry that exists (migration 0007).

Run again after every upgrade that adds tables (`secdesk pg-setup` is idempotent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, text

from secdesk.domain.errors import SecdeskError
from secdesk.i18n import tr
from secdesk.services.core import declarations

# Tables the application role may only read and append to; registers add theirs.
APPEND_ONLY: set[str] = {"audit_entry"}
# Tables it may only read (the schema's revision, the register's identity).
READ_ONLY: set[str] = {"alembic_version", "register_identity"}
# The trail's head: read and moved forward (guarded by a trigger), never inserted or deleted.
HEAD_TABLE = "audit_head"

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PgSetupError(SecdeskError):
    pass


@dataclass(frozen=True)
class PgSetupResult:
    app_role: str
    owner: str
    schema: str
    database: str
    created: bool
    tables: int


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def privileges_for(table: str) -> str:
    declarations.ensure()
    if table in APPEND_ONLY:
        return "SELECT, INSERT"
    if table in READ_ONLY:
        return "SELECT"
    if table == HEAD_TABLE:
        return "SELECT, UPDATE"
    # The registers: the app also removes relations (links, an audit's scope), never records.
    return "SELECT, INSERT, UPDATE, DELETE"


def setup(owner_engine: Engine, app_role: str, password: str | None = None) -> PgSetupResult:
    """Create (or bring up to date) the application role's grants on the owner's register."""
    if owner_engine.dialect.name != "postgresql":
        raise PgSetupError(tr("pg-setup は PostgreSQL の台帳にだけ使えます。"))
    if not _ROLE_NAME.match(app_role):
        raise PgSetupError(
            tr("ロール名は英小文字・数字・_ で、英小文字か _ で始めてください: {name}").format(
                name=app_role
            )
        )
    with owner_engine.begin() as conn:
        owner, schema, database = conn.execute(
            text("SELECT current_user, current_schema(), current_database()")
        ).one()
        if app_role == owner:
            raise PgSetupError(tr("アプリケーション用ロールは所有者ロールと別にしてください。"))
        tables = [
            (name, table_owner)
            for name, table_owner in conn.execute(
                text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = :s"),
                {"s": schema},
            )
        ]
        if "audit_entry" not in {name for name, _ in tables}:
            raise PgSetupError(
                tr(
                    "スキーマ {schema} に secdesk の台帳がありません。先に init を実行してください。"
                ).format(schema=schema)
            )
        foreign = sorted(name for name, table_owner in tables if table_owner != owner)
        if foreign:
            raise PgSetupError(
                tr("所有者ロール {owner} の持ち物でない表があります: {tables}").format(
                    owner=owner, tables=", ".join(foreign[:5])
                )
            )
        role = conn.execute(
            text("SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = :n"),
            {"n": app_role},
        ).first()
        created = role is None
        quoted = f'"{app_role}"'
        if created:
            if not password:
                raise PgSetupError(tr("新しいロールのパスワードを指定してください。"))
            conn.execute(
                text(
                    f"CREATE ROLE {quoted} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                    f"NOREPLICATION NOBYPASSRLS PASSWORD {_literal(password)}"
                )
            )
        else:
            if any(role):
                raise PgSetupError(
                    tr(
                        "ロール {name} はスーパーユーザーかロール作成権限を持っています。"
                        "アプリケーション用には権限のないロールを使ってください。"
                    ).format(name=app_role)
                )
            if password:
                conn.execute(text(f"ALTER ROLE {quoted} PASSWORD {_literal(password)}"))
        member = conn.scalar(
            text("SELECT pg_has_role(:app, :owner, 'MEMBER')"), {"app": app_role, "owner": owner}
        )
        if member:
            raise PgSetupError(
                tr("ロール {name} は所有者ロール {owner} のメンバーです。外してください。").format(
                    name=app_role, owner=owner
                )
            )
        q_schema = f'"{schema}"'
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {quoted}'))
        conn.execute(text(f"GRANT USAGE ON SCHEMA {q_schema} TO {quoted}"))
        conn.execute(text(f"REVOKE CREATE ON SCHEMA {q_schema} FROM {quoted}"))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {q_schema} FROM {quoted}"))
        conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q_schema} FROM {quoted}"))
        for name, _ in tables:
            conn.execute(text(f'GRANT {privileges_for(name)} ON {q_schema}."{name}" TO {quoted}'))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q_schema} TO {quoted}"))
    return PgSetupResult(app_role, owner, schema, database, created, len(tables))


def setup_at(owner_url: str, app_role: str, password: str | None = None) -> PgSetupResult:
    """`setup` through a connection of the owner's URL (its password from the URL or PGPASSWORD)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from secdesk.store.engine import make_engine

    try:
        url = make_url(owner_url)
    except ArgumentError as error:
        raise PgSetupError(tr("接続先の URL が読めません: {e}").format(e=error)) from error
    if url.get_backend_name() != "postgresql":
        raise PgSetupError(tr("pg-setup は PostgreSQL の台帳にだけ使えます。"))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = make_engine(url)
    try:
        return setup(engine, app_role, password)
    except DBAPIError as error:
        raise PgSetupError(
            tr("PostgreSQL が設定を拒みました: {e}").format(e=str(error.orig).strip())
        ) from error
    finally:
        engine.dispose()


def app_url(owner_url: str, result: PgSetupResult) -> str:
    """The URL the PCs use: the owner's host and database, the application role, no password."""
    from sqlalchemy.engine import make_url

    url = make_url(owner_url).set(username=result.app_role, password=None)
    text_url = url.render_as_string(hide_password=False)
    if result.schema != "public" and "search_path" not in text_url:
        text_url += ("&" if "?" in text_url else "?") + f"options=-csearch_path%3D{result.schema}"
    return text_url
