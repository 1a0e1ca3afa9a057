"""Trust against someone holding the file: a register identity, and a guard on the trail's head.

- register_identity: one row with a UUID made when the register is created (or upgraded), so that
  a backup names the register it belongs to and each PC files its anchors of the trail under it.
- audit_head may only move forward, and only onto an entry that exists with that very hash:
  cutting the tail and moving the head back is refused by the database itself (on PostgreSQL by a
  trigger the application role cannot disable, see `secdesk pg-setup`).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Migrations are frozen history: they never import the app's models or helpers.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "register_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_identity")),
    )
    op.bulk_insert(
        identity, [{"id": 1, "uuid": str(uuid.uuid4()), "created_at": datetime.now(UTC)}]
    )
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head "
            "WHEN NEW.id <> OLD.id OR NEW.seq < OLD.seq OR NOT EXISTS "
            "(SELECT 1 FROM audit_entry WHERE seq = NEW.seq AND hash = NEW.hash) "
            "BEGIN SELECT RAISE(ABORT, 'audit trail head can only move forward'); END"
        )
    else:
        op.execute(
            "CREATE FUNCTION secdesk_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF NEW.id <> OLD.id OR NEW.seq < OLD.seq OR NOT EXISTS "
            "(SELECT 1 FROM audit_entry WHERE seq = NEW.seq AND hash = NEW.hash) THEN "
            "RAISE EXCEPTION 'audit trail head can only move forward'; END IF; "
            "RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head "
            "FOR EACH ROW EXECUTE FUNCTION secdesk_audit_head_forward()"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_head_forward")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_head_forward ON audit_head")
        op.execute("DROP FUNCTION IF EXISTS secdesk_audit_head_forward()")
    op.drop_table("register_identity")
