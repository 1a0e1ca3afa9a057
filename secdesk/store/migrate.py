"""Bring a database to the schema this version of the app expects.

On start the app calls `prepare()`: an empty database gets the whole schema; an older one is
copied to a backup and upgraded; one from a newer secdesk, or a file that is some other
database, is refused before anything is touched.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect

from secdesk.domain.errors import DatabaseTooNew, EnvironmentProblem
from secdesk.i18n import tr
from secdesk.store.schema_version import HEAD_REVISION, current_revision


@dataclass(frozen=True)
class PrepareResult:
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def alembic_config(engine: Engine):
    from alembic.config import Config

    from secdesk.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def prepare(engine: Engine, backup_dir: Path | None = None) -> PrepareResult:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return PrepareResult()
    if revision is None:
        if _has_tables(engine):
            raise EnvironmentProblem(
                tr(
                    "このデータベースには secdesk 以外の表があります。別のデータベースを指定してください。"
                )
            )
        upgrade(engine)
        return PrepareResult(created=True)
    if revision not in known_revisions(engine):
        raise DatabaseTooNew(
            tr(
                "このデータベースは新しい版の secdesk で作られています（スキーマ {revision}）。"
                "secdesk を更新してから開いてください。データは変更していません。"
            ).format(revision=revision)
        )
    backup = backup_before_upgrade(engine, revision, backup_dir)
    upgrade(engine)
    return PrepareResult(upgraded_from=revision, backup_path=backup)


def backup_before_upgrade(engine: Engine, revision: str, backup_dir: Path | None) -> Path | None:
    """Copy the database aside before changing its schema: SQLite through its backup API,
    PostgreSQL as a logical dump (its DDL is transactional too, so a failed upgrade rolls back)."""
    import sqlite3

    from secdesk.paths import backups_dir

    target_dir = backup_dir or backups_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if engine.dialect.name != "sqlite":
        from secdesk.store.logical_copy import dump

        target = target_dir / f"postgresql-before-upgrade-{revision}-{stamp}.zip"
        dump(engine, target)
        return target
    source = Path(engine.url.database or "")
    target = target_dir / f"{source.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target
