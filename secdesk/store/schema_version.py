"""The schema's revision: the newest migration in db/versions, for a normal start to compare
revisions without loading Alembic (or, for the login window, SQLAlchemy) — tests check that it
matches the scripts —, and the revision a database is at (read by the migrations and by logical
copies, which must agree on it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

HEAD_REVISION = "0007"


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at; None for a database without secdesk's schema."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
