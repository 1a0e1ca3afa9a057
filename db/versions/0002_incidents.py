"""Incident and near-miss register: records, timeline, duties, notifications, attachments, links,
the master lists (categories, severity levels) and the free-text index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Migrations are frozen history: they never import the app's models or helpers.
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# DESIGN.md's starting list: (top level, (second level, ...)).
CATEGORIES = (
    ("誤送付・誤送信", ("メール", "FAX", "郵便・配送")),
    ("紛失・盗難", ("書類", "USBメモリ等", "端末")),
    ("誤交付", ()),
    ("誤廃棄", ()),
    ("マルウェア・不正アクセス", ("標的型攻撃メール", "ランサムウェア", "その他")),
    ("Webサイト改ざん", ()),
    ("設定不備", ()),
    ("システム障害", ()),
    ("不適切な取扱い", ()),
    ("その他", ()),
)
SEVERITY_LEVELS = (
    ("軽微", 1, "実害なし・影響はごく限定的"),
    ("低", 2, "限定的な影響（少数の関係者・短時間）"),
    ("中", 3, "住民等への影響あり・業務の一部に支障"),
    ("高", 4, "個人情報の漏えい等・公表や外部報告が必要な可能性"),
    ("重大", 5, "大規模な漏えい・業務停止・社会的影響が大きい"),
)


def upgrade() -> None:
    op.create_table(
        "incident_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["incident_category.id"],
            name=op.f("fk_incident_category_parent_id_incident_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_category")),
    )
    with op.batch_alter_table("incident_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_category_parent_id"), ["parent_id"], unique=False
        )

    op.create_table(
        "severity_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_severity_level")),
        sa.UniqueConstraint("name", name=op.f("uq_severity_level_name")),
    )
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("category_top_id", sa.Integer(), nullable=True),
        sa.Column("segment", sa.String(length=16), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("reporter_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_user_id", sa.Integer(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("discovered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("severity_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("countermeasures", sa.Text(), nullable=False),
        sa.Column("preventive_measures", sa.Text(), nullable=False),
        sa.Column("tags", sa.String(length=400), nullable=False),
        sa.Column("classification", sa.String(length=4), nullable=False),
        sa.Column("persons_affected", sa.Integer(), nullable=True),
        sa.Column("sensitive_data", sa.Boolean(), nullable=False),
        sa.Column("my_number", sa.Boolean(), nullable=False),
        sa.Column("unlawful_purpose", sa.Boolean(), nullable=False),
        sa.Column("financial_harm", sa.Boolean(), nullable=False),
        sa.Column("leaked_items", sa.Text(), nullable=False),
        sa.Column("secondary_damage", sa.Text(), nullable=False),
        sa.Column("persons_response", sa.Text(), nullable=False),
        sa.Column("publication", sa.Text(), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("promoted_from_id", sa.Integer(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["incident_category.id"],
            name=op.f("fk_incident_category_id_incident_category"),
        ),
        sa.ForeignKeyConstraint(
            ["category_top_id"],
            ["incident_category.id"],
            name=op.f("fk_incident_category_top_id_incident_category"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_incident_department_id_department")
        ),
        sa.ForeignKeyConstraint(
            ["handler_user_id"], ["app_user.id"], name=op.f("fk_incident_handler_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["promoted_from_id"],
            ["incident.id"],
            name=op.f("fk_incident_promoted_from_id_incident"),
        ),
        sa.ForeignKeyConstraint(
            ["reporter_staff_id"], ["staff.id"], name=op.f("fk_incident_reporter_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["severity_id"],
            ["severity_level.id"],
            name=op.f("fk_incident_severity_id_severity_level"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("promoted_from_id", name=op.f("uq_incident_promoted_from_id")),
        sa.UniqueConstraint("ref", name=op.f("uq_incident_ref")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_category", ["category_id", "id"], unique=False)
        batch_op.create_index("ix_incident_category_top", ["category_top_id", "id"], unique=False)
        batch_op.create_index("ix_incident_department", ["department_id", "id"], unique=False)
        batch_op.create_index("ix_incident_discovered", ["discovered_at", "id"], unique=False)
        batch_op.create_index("ix_incident_order", ["id"], unique=False)
        batch_op.create_index("ix_incident_fy", ["fiscal_year", "id"], unique=False)
        batch_op.create_index("ix_incident_handler", ["handler_user_id", "id"], unique=False)
        batch_op.create_index("ix_incident_kind", ["kind", "id"], unique=False)
        batch_op.create_index("ix_incident_next_due", ["next_due_on", "id"], unique=False)
        batch_op.create_index("ix_incident_reporter", ["reporter_staff_id"], unique=False)
        batch_op.create_index("ix_incident_segment", ["segment", "id"], unique=False)
        batch_op.create_index("ix_incident_severity", ["severity_id", "id"], unique=False)
        batch_op.create_index("ix_incident_status", ["status", "id"], unique=False)
        batch_op.create_index("ix_incident_title", ["title", "id"], unique=False)

    op.create_table(
        "incident_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_attachment_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_attachment")),
    )
    with op.batch_alter_table("incident_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_attachment_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_duty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("method", sa.String(length=50), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_duty_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_duty")),
        sa.UniqueConstraint("incident_id", "code", name=op.f("uq_incident_duty_incident_id_code")),
    )
    op.create_table(
        "incident_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_event_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_event")),
    )
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_event_incident", ["incident_id", "at", "id"], unique=False
        )

    op.create_table(
        "incident_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_link_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["incident.id"], name=op.f("fk_incident_link_other_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_link")),
        sa.UniqueConstraint(
            "incident_id", "other_id", name=op.f("uq_incident_link_incident_id_other_id")
        ),
    )
    with op.batch_alter_table("incident_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_link_other_id"), ["other_id"], unique=False)

    op.create_table(
        "incident_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=32), nullable=False),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("method", sa.String(length=50), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_notification_incident_id_incident"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_notification")),
    )
    with op.batch_alter_table("incident_notification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_notification_incident_id"), ["incident_id"], unique=False
        )
    _seed()
    _protect_timeline()
    _create_search_index()


def _seed() -> None:
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now}
    category = sa.table(
        "incident_category",
        sa.column("id"),
        sa.column("parent_id"),
        sa.column("name"),
        sa.column("sort_order"),
        sa.column("active"),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    rows, next_id = [], 1
    for top_index, (name, children) in enumerate(CATEGORIES, start=1):
        top_id = next_id
        rows.append(
            {
                "id": top_id,
                "parent_id": None,
                "name": name,
                "sort_order": top_index * 10,
                "active": True,
                **stamps,
            }
        )
        next_id += 1
        for child_index, child in enumerate(children, start=1):
            rows.append(
                {
                    "id": next_id,
                    "parent_id": top_id,
                    "name": child,
                    "sort_order": child_index * 10,
                    "active": True,
                    **stamps,
                }
            )
            next_id += 1
    op.bulk_insert(category, rows)
    severity = sa.table(
        "severity_level",
        sa.column("id"),
        sa.column("name"),
        sa.column("rank"),
        sa.column("description"),
        sa.column("active"),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        severity,
        [
            {"id": i, "name": name, "rank": rank, "description": text, "active": True, **stamps}
            for i, (name, rank, text) in enumerate(SEVERITY_LEVELS, start=1)
        ],
    )
    if op.get_context().dialect.name == "postgresql":
        # Explicit ids above: move the sequences past them.
        for table in ("incident_category", "severity_level"):
            op.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )


def _protect_timeline() -> None:
    """The timeline (対応経過) is append-only for everyone, not only for well-behaved code."""
    if op.get_context().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER incident_event_no_{event.lower()} BEFORE {event} "
                "ON incident_event "
                "BEGIN SELECT RAISE(ABORT, 'timeline entries cannot be changed'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION secdesk_timeline_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'timeline entries cannot be changed'; END $$"
        )
        op.execute(
            "CREATE TRIGGER incident_event_immutable BEFORE UPDATE OR DELETE ON incident_event "
            "FOR EACH ROW EXECUTE FUNCTION secdesk_timeline_immutable()"
        )


def _create_search_index() -> None:
    """Free text as overlapping two-character tokens (see domain.text.bigram_tokens).

    SQLite: a contentless FTS5 table whose rowid is the incident id; the tokens arrive normalised
    and separated by spaces, so the plain `ascii` tokenizer (which keeps every non-ASCII character
    inside a token) takes them as they are, and quickly. PostgreSQL: a tsvector of the same tokens
    with their positions under a GIN index; longer queries are phrases of the tokens on both.
    """
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE incident_fts USING fts5(tokens, content='', tokenize='ascii')"
        )
    else:
        op.execute(
            "CREATE TABLE incident_search ("
            "incident_id INTEGER PRIMARY KEY REFERENCES incident(id), "
            "vector TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_incident_search_vector ON incident_search USING GIN (vector)")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS incident_fts")
        op.execute("DROP TRIGGER IF EXISTS incident_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS incident_event_no_delete")
    else:
        op.execute("DROP TABLE IF EXISTS incident_search")
        op.execute("DROP TRIGGER IF EXISTS incident_event_immutable ON incident_event")
        op.execute("DROP FUNCTION IF EXISTS secdesk_timeline_immutable()")
    with op.batch_alter_table("incident_notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_notification_incident_id"))

    op.drop_table("incident_notification")
    with op.batch_alter_table("incident_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_link_other_id"))

    op.drop_table("incident_link")
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_event_incident")

    op.drop_table("incident_event")
    op.drop_table("incident_duty")
    with op.batch_alter_table("incident_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_attachment_incident_id"))

    op.drop_table("incident_attachment")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_title")
        batch_op.drop_index("ix_incident_status")
        batch_op.drop_index("ix_incident_severity")
        batch_op.drop_index("ix_incident_segment")
        batch_op.drop_index("ix_incident_reporter")
        batch_op.drop_index("ix_incident_next_due")
        batch_op.drop_index("ix_incident_kind")
        batch_op.drop_index("ix_incident_handler")
        batch_op.drop_index("ix_incident_fy")
        batch_op.drop_index("ix_incident_order")
        batch_op.drop_index("ix_incident_discovered")
        batch_op.drop_index("ix_incident_department")
        batch_op.drop_index("ix_incident_category_top")
        batch_op.drop_index("ix_incident_category")

    op.drop_table("incident")
    op.drop_table("severity_level")
    with op.batch_alter_table("incident_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_category_parent_id"))

    op.drop_table("incident_category")
