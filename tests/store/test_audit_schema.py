"""Migration 0004 builds exactly the audit tables the models describe (on both databases)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from secdesk.store.models import AuditRating, Base


def test_migration_matches_the_audit_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            d
            for d in compare_metadata(context, Base.metadata)
            if ("audit_" in repr(d) or "'audit'" in repr(d)) and "_search" not in repr(d)
        ]
    assert differences == []


def test_free_text_search_has_trigram_indexes_on_postgresql(db):
    """PostgreSQL only: the optional pg_trgm indexes (not in the models) exist when possible."""
    if db.dialect != "postgresql":
        pytest.skip("trigram indexes are PostgreSQL's")
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        available = connection.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        ).scalar()
        names = {i["name"] for i in inspect(connection).get_indexes("audit_finding")}
    assert ("ix_audit_finding_search" in names) == bool(available)


def test_migration_seeds_the_default_ratings(db):
    with db.read() as session:
        rows = session.execute(
            select(AuditRating.name, AuditRating.requires_action).order_by(AuditRating.sort_order)
        ).all()
    assert rows == [("重大", True), ("指摘", True), ("観察", True), ("良好事例", False)]
