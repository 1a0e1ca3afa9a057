"""Audit register: checklists, audits, self-inspection answers, findings, corrective actions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Migrations are frozen history: they never import the app's models or helpers.
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The office's starting list of ratings; no official scale exists, so it stays editable.
RATINGS = (("重大", True), ("指摘", True), ("観察", True), ("良好事例", False))


def upgrade() -> None:
    op.create_table(
        "audit_checklist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checklist")),
        sa.UniqueConstraint(
            "fiscal_year",
            "title",
            "revision",
            name=op.f("uq_audit_checklist_fiscal_year_title_revision"),
        ),
    )
    op.create_table(
        "audit_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("requires_action", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_rating")),
        sa.UniqueConstraint("name", name=op.f("uq_audit_rating_name")),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("auditor_org", sa.String(length=200), nullable=False),
        sa.Column("auditor_person", sa.String(length=100), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=True),
        sa.Column("copied_from_id", sa.Integer(), nullable=True),
        sa.Column("jlis_reported_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["audit_checklist.id"],
            name=op.f("fk_audit_checklist_id_audit_checklist"),
        ),
        sa.ForeignKeyConstraint(
            ["copied_from_id"], ["audit.id"], name=op.f("fk_audit_copied_from_id_audit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
        sa.UniqueConstraint("number", name=op.f("uq_audit_number")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_year_kind", ["fiscal_year", "kind"], unique=False)

    op.create_table(
        "audit_checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("category_major", sa.String(length=200), nullable=False),
        sa.Column("category_minor", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("reference", sa.String(length=500), nullable=False),
        sa.Column("applies_to", sa.String(length=16), nullable=False),
        sa.Column("evidence_examples", sa.Text(), nullable=False),
        sa.Column("procedure_examples", sa.Text(), nullable=False),
        sa.Column("policy_ref", sa.String(length=200), nullable=False),
        sa.Column("jis_ref", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["audit_checklist.id"],
            name=op.f("fk_audit_checklist_item_checklist_id_audit_checklist"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checklist_item")),
        sa.UniqueConstraint(
            "checklist_id", "code", name=op.f("uq_audit_checklist_item_checklist_id_code")
        ),
    )
    with op.batch_alter_table("audit_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_checklist_item_order", ["checklist_id", "sort_order"], unique=False
        )

    op.create_table(
        "audit_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("recurrence_of_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("action_count", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_finding_audit_id_audit")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_audit_finding_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["audit_checklist_item.id"],
            name=op.f("fk_audit_finding_item_id_audit_checklist_item"),
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"], ["audit_rating.id"], name=op.f("fk_audit_finding_rating_id_audit_rating")
        ),
        sa.ForeignKeyConstraint(
            ["recurrence_of_id"],
            ["audit_finding.id"],
            name=op.f("fk_audit_finding_recurrence_of_id_audit_finding"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_finding")),
        sa.UniqueConstraint("number", name=op.f("uq_audit_finding_number")),
    )
    with op.batch_alter_table("audit_finding", schema=None) as batch_op:
        batch_op.create_index("ix_audit_finding_audit", ["audit_id", "number"], unique=False)
        batch_op.create_index(
            "ix_audit_finding_department", ["department_id", "fiscal_year"], unique=False
        )
        batch_op.create_index("ix_audit_finding_item", ["item_id"], unique=False)
        batch_op.create_index("ix_audit_finding_next_due", ["next_due"], unique=False)
        batch_op.create_index("ix_audit_finding_rating", ["rating_id", "fiscal_year"], unique=False)
        batch_op.create_index("ix_audit_finding_recurrence", ["recurrence_of_id"], unique=False)
        batch_op.create_index("ix_audit_finding_status", ["status", "next_due"], unique=False)
        batch_op.create_index("ix_audit_finding_year", ["fiscal_year", "number"], unique=False)

    op.create_table(
        "audit_scope",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_scope_audit_id_audit")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_audit_scope_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("audit_id", "department_id", name=op.f("pk_audit_scope")),
    )
    with op.batch_alter_table("audit_scope", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_scope_department_id"), ["department_id"], unique=False
        )

    op.create_table(
        "audit_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("owner_department_id", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=100), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("risk_reason", sa.Text(), nullable=False),
        sa.Column("risk_approver", sa.String(length=100), nullable=False),
        sa.Column("risk_accepted_on", sa.Date(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verified_by", sa.String(length=64), nullable=False),
        sa.Column("verification_note", sa.Text(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("last_note_on", sa.Date(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["audit_finding.id"],
            name=op.f("fk_audit_action_finding_id_audit_finding"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_department_id"],
            ["department.id"],
            name=op.f("fk_audit_action_owner_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"], ["staff.id"], name=op.f("fk_audit_action_owner_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_action")),
    )
    with op.batch_alter_table("audit_action", schema=None) as batch_op:
        batch_op.create_index("ix_audit_action_finding", ["finding_id"], unique=False)
        batch_op.create_index(
            "ix_audit_action_owner", ["owner_department_id", "due_date"], unique=False
        )
        batch_op.create_index("ix_audit_action_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index("ix_audit_action_year", ["fiscal_year", "due_date"], unique=False)

    op.create_table(
        "audit_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finding_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_audit_answer_audit_id_audit")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_audit_answer_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["audit_finding.id"],
            name=op.f("fk_audit_answer_finding_id_audit_finding"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["audit_checklist_item.id"],
            name=op.f("fk_audit_answer_item_id_audit_checklist_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_answer")),
        sa.UniqueConstraint(
            "audit_id",
            "department_id",
            "item_id",
            name=op.f("uq_audit_answer_audit_id_department_id_item_id"),
        ),
    )
    op.create_table(
        "audit_action_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["audit_action.id"],
            name=op.f("fk_audit_action_note_action_id_audit_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_action_note")),
    )
    with op.batch_alter_table("audit_action_note", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_action_note_action", ["action_id", "noted_on"], unique=False
        )

    op.create_table(
        "audit_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["audit_action.id"],
            name=op.f("fk_audit_evidence_action_id_audit_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_evidence")),
    )
    with op.batch_alter_table("audit_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_evidence_action_id"), ["action_id"], unique=False
        )

    _trigram_indexes()
    # Ids come from the table's own sequence, so that PostgreSQL's stays in step.
    now = datetime.now(UTC)
    op.bulk_insert(
        sa.table(
            "audit_rating",
            sa.column("name"),
            sa.column("requires_action"),
            sa.column("sort_order"),
            sa.column("active"),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("updated_at", sa.DateTime(timezone=True)),
        ),
        [
            {
                "name": name,
                "requires_action": requires_action,
                "sort_order": i * 10,
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
            for i, (name, requires_action) in enumerate(RATINGS, start=1)
        ],
    )


def _trigram_indexes() -> None:
    """On PostgreSQL, trigram indexes let free-text search find any part of a Japanese text
    without reading every row. pg_trgm ships with PostgreSQL (a trusted extension since 13); if
    it cannot be installed here, nothing fails: searches then read the table, as on SQLite."""
    if op.get_context().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    if not bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).scalar():
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return
    # The extension may live in another schema than ours: name its operator class fully.
    schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    for table in ("audit_finding", "audit_action"):
        op.create_index(
            f"ix_{table}_search",
            table,
            ["search_key"],
            postgresql_using="gin",
            postgresql_ops={"search_key": f'"{schema}".gin_trgm_ops'},
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_audit_action_search")
        op.execute("DROP INDEX IF EXISTS ix_audit_finding_search")
    with op.batch_alter_table("audit_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_evidence_action_id"))

    op.drop_table("audit_evidence")
    with op.batch_alter_table("audit_action_note", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_action_note_action")

    op.drop_table("audit_action_note")
    op.drop_table("audit_answer")
    with op.batch_alter_table("audit_action", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_action_year")
        batch_op.drop_index("ix_audit_action_status_due")
        batch_op.drop_index("ix_audit_action_owner")
        batch_op.drop_index("ix_audit_action_finding")

    op.drop_table("audit_action")
    with op.batch_alter_table("audit_scope", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_scope_department_id"))

    op.drop_table("audit_scope")
    with op.batch_alter_table("audit_finding", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_finding_year")
        batch_op.drop_index("ix_audit_finding_status")
        batch_op.drop_index("ix_audit_finding_recurrence")
        batch_op.drop_index("ix_audit_finding_rating")
        batch_op.drop_index("ix_audit_finding_next_due")
        batch_op.drop_index("ix_audit_finding_item")
        batch_op.drop_index("ix_audit_finding_department")
        batch_op.drop_index("ix_audit_finding_audit")

    op.drop_table("audit_finding")
    with op.batch_alter_table("audit_checklist_item", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_checklist_item_order")

    op.drop_table("audit_checklist_item")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_year_kind")

    op.drop_table("audit")
    op.drop_table("audit_rating")
    op.drop_table("audit_checklist")
