"""Links between an audit finding and the incidents it concerns.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Migrations are frozen history: they never import the app's models or helpers.
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_incident_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["audit_finding.id"],
            name=op.f("fk_finding_incident_link_finding_id_audit_finding"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_finding_incident_link_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_incident_link")),
        sa.UniqueConstraint(
            "finding_id",
            "incident_id",
            name=op.f("uq_finding_incident_link_finding_id_incident_id"),
        ),
    )
    with op.batch_alter_table("finding_incident_link", schema=None) as batch_op:
        batch_op.create_index("ix_finding_incident_link_incident", ["incident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("finding_incident_link", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_incident_link_incident")
    op.drop_table("finding_incident_link")
