"""Training register: courses, sessions, target overrides, attendance, phishing drill results.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Migrations are frozen history: they never import the app's models or helpers.
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

EXEMPTION_REASONS = ("育児休業", "病気休暇", "長期派遣", "休職", "その他")
IN_FORCE = "withdrawn_at IS NULL"


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "exemption_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exemption_reason")),
        sa.UniqueConstraint("name", name=op.f("uq_exemption_reason_name")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("target_rule", sa.String(length=24), nullable=False),
        sa.Column("target_employment_type_id", sa.Integer(), nullable=True),
        sa.Column("target_joined_after", sa.Date(), nullable=True),
        sa.Column("target_rate", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_up_of_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["follow_up_of_id"], ["course.id"], name=op.f("fk_course_follow_up_of_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["target_employment_type_id"],
            ["employment_type.id"],
            name=op.f("fk_course_target_employment_type_id_employment_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
        sa.UniqueConstraint("fiscal_year", "code", name=op.f("uq_course_fiscal_year_code")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index("ix_course_year_due", ["fiscal_year", "due_date"], unique=False)

    op.create_table(
        "course_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_session_course_id_course")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_session")),
    )
    with op.batch_alter_table("course_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_session_course_id"), ["course_id"], unique=False
        )

    op.create_table(
        "drill_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.Column("opened", sa.Boolean(), nullable=False),
        sa.Column("clicked", sa.Boolean(), nullable=False),
        sa.Column("submitted", sa.Boolean(), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_event_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("send_error", sa.Boolean(), nullable=False),
        sa.Column("import_seq", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_drill_result_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_drill_result_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_result")),
        sa.UniqueConstraint(
            "course_id", "staff_id", name=op.f("uq_drill_result_course_id_staff_id")
        ),
    )
    with op.batch_alter_table("drill_result", schema=None) as batch_op:
        batch_op.create_index("ix_drill_result_staff", ["staff_id", "course_id"], unique=False)

    op.create_table(
        "target_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_target_override_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_target_override_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_override")),
        sa.UniqueConstraint(
            "course_id", "staff_id", name=op.f("uq_target_override_course_id_staff_id")
        ),
    )
    with op.batch_alter_table("target_override", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_override_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("import_seq", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_attendance_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["course_session.id"],
            name=op.f("fk_attendance_session_id_course_session"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_attendance_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_staff", ["staff_id", "course_id"], unique=False)
        # At most one record in force per course and person; withdrawn ones stay beside it.
        batch_op.create_index(
            "uq_attendance_in_force",
            ["course_id", "staff_id"],
            unique=True,
            sqlite_where=sa.text(IN_FORCE),
            postgresql_where=sa.text(IN_FORCE),
        )

    # No explicit ids: on PostgreSQL that would leave the id sequence behind the seeded rows.
    now = datetime.now(UTC)
    op.bulk_insert(
        sa.table(
            "exemption_reason",
            sa.column("name"),
            sa.column("sort_order"),
            sa.column("active"),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("updated_at", sa.DateTime(timezone=True)),
        ),
        [
            {
                "name": name,
                "sort_order": i * 10,
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
            for i, name in enumerate(EXEMPTION_REASONS, start=1)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("uq_attendance_in_force")
        batch_op.drop_index("ix_attendance_staff")
    op.drop_table("attendance")
    with op.batch_alter_table("target_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_override_staff_id"))
    op.drop_table("target_override")
    with op.batch_alter_table("drill_result", schema=None) as batch_op:
        batch_op.drop_index("ix_drill_result_staff")
    op.drop_table("drill_result")
    with op.batch_alter_table("course_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_session_course_id"))
    op.drop_table("course_session")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index("ix_course_year_due")
    op.drop_table("course")
    op.drop_table("exemption_reason")
