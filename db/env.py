"""Alembic environment. The app runs migrations itself (secdesk.store.migrate); developers can
also run `alembic -c alembic.ini ...` against SECDESK_DATABASE_URL."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from secdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The incident search index is plain SQL (an FTS5 table, a tsvector table), not a model.
    return not (
        type_ == "table" and reflected and name.startswith(("incident_fts", "incident_search"))
    )


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from secdesk.location import resolve
    from secdesk.store.engine import url_of

    url = url_of(resolve())  # SECDESK_DATABASE_URL, this PC's setting, or the default file
    config.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False))
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        run_migrations(conn)
