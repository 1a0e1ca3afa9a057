"""Migration 0004 builds exactly the audit tables the models describe (on both databases)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from secdesk.store.models import AuditRating, Base


def test_migration_matches_the_audit_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            d
            for d in compare_metadata(context, Base.metadata)
            if "audit_" in repr(d) or "'audit'" in repr(d)
        ]
    assert differences == []


def test_migration_seeds_the_default_ratings(db):
    with db.read() as session:
        rows = session.execute(
            select(AuditRating.name, AuditRating.requires_action).order_by(AuditRating.sort_order)
        ).all()
    assert rows == [("重大", True), ("指摘", True), ("観察", True), ("良好事例", False)]
