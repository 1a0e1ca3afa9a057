"""Schema upgrades: from each released schema (frozen databases in tests/data) to the newest."""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from secdesk.domain.errors import DatabaseTooNew, EnvironmentProblem
from secdesk.paths import migrations_dir
from secdesk.services.app import Services
from secdesk.services.core.listing import ListQuery
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import HEAD_REVISION, current_revision, prepare
from tests.conftest import fast_hasher

FROZEN = Path(__file__).parent.parent / "data"


def test_head_constant_matches_the_scripts():
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION]


@pytest.mark.parametrize("frozen", sorted(p.name for p in FROZEN.glob("schema_*.sqlite3")))
def test_released_schema_upgrades_with_its_data(frozen, tmp_path):
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(FROZEN / frozen, path)
    engine = make_engine(sqlite_url(path))
    result = prepare(engine, backup_dir=tmp_path / "backups")
    assert result.upgraded_from == frozen.removeprefix("schema_").removesuffix(".sqlite3")
    assert result.backup_path is not None and result.backup_path.exists()
    with closing(sqlite3.connect(result.backup_path)) as backup:
        assert (
            backup.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == result.upgraded_from
        )
    assert current_revision(engine) == HEAD_REVISION
    services = Services(Database(engine), hasher=fast_hasher())
    actor = services.accounts.login("admin", "frozen-admin-pass").actor()
    names = {
        row.values[1]
        for row in services.staff.list_source()
        .rows(actor, services.staff.list_source().ids(actor, ListQuery()))
        .values()
    }
    assert names == {"髙橋 ①子", "山﨑 次郎", "佐藤 花子"}
    assert services.trail.verify(actor).ok
    engine.dispose()


def test_database_from_a_newer_secdesk_is_refused_untouched(sqlite_db):
    path = Path(sqlite_db.url.database)
    sqlite_db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = path.read_bytes()
    engine = make_engine(sqlite_url(path))
    with pytest.raises(DatabaseTooNew, match="新しい版"):
        prepare(engine)
    engine.dispose()
    assert path.read_bytes() == before


def test_some_other_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
        conn.commit()
    engine = make_engine(sqlite_url(path))
    with pytest.raises(EnvironmentProblem, match="以外"):
        prepare(engine)
    engine.dispose()


def test_not_a_database_file_gives_a_clear_message(tmp_path):
    from secdesk.services.core.opening import open_database

    path = tmp_path / "notes.sqlite3"
    path.write_text("これはデータベースではありません" * 100, encoding="utf-8")
    with pytest.raises(EnvironmentProblem, match="データベースではない"):
        open_database(str(path))


def test_every_migration_runs_down_and_up_again(db):
    """Downgrades are kept working so that a failed release can be rolled back by hand."""
    from alembic import command

    from secdesk.store.migrate import upgrade

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert current_revision(db.engine) == "0001"
    upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION


def test_an_upgrade_first_copies_the_register_aside(services, admin, tmp_path):
    """On both databases: SQLite through its backup API, PostgreSQL as a logical dump."""
    from alembic import command

    from secdesk.services.roster.staff import StaffInput
    from secdesk.store import logical_copy

    services.staff.create(admin, StaffInput("000123", "移行 前"))
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with services.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    result = prepare(services.db.engine, backup_dir=tmp_path)
    assert result.upgraded_from == "0001" and result.backup_path.exists()
    if services.db.dialect == "postgresql":
        assert logical_copy.read_manifest(result.backup_path)["counts"]["staff"] == 1
    assert services.staff.find_by_number(admin, "000123").name == "移行 前"
