"""The incident list sorted by next deadline within a fiscal year: one index serves both.

The fiscal-year index becomes (fiscal_year, next_due_on, id): its prefix still serves the
dashboard's and the reports' per-year counts, and the whole of it gives the nearest deadlines of
a year without reading the year's records (docs/performance.md, "Incident register").

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Migrations are frozen history: they never import the app's models or helpers.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_incident_fy", table_name="incident")
    op.create_index("ix_incident_fy_due", "incident", ["fiscal_year", "next_due_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_incident_fy_due", table_name="incident")
    op.create_index("ix_incident_fy", "incident", ["fiscal_year", "id"])
