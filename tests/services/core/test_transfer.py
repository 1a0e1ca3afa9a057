"""Moving a register between SQLite and PostgreSQL, proved by counts and the audit chain."""

import os

import pytest
from sqlalchemy import text

from secdesk.domain.errors import SecdeskError
from secdesk.services.app import Services
from secdesk.services.core.transfer import transfer
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.roster.staff import StaffInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.logical_copy import row_counts
from tests.conftest import ADMIN_PASSWORD, PG_URL, fast_hasher


@pytest.fixture
def empty_postgres(postgres_schema):
    schema = f"secdesk_transfer_{os.getpid()}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(make_engine(f"{PG_URL}?options=-csearch_path%3D{schema}"))
    yield db
    db.dispose()
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


def _fill(services):
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    parent = services.departments.create(actor, DepartmentInput("100", "総務部"))
    child = services.departments.create(
        actor, DepartmentInput("110", "総務課", parent_id=parent.id)
    )
    # a parent created after its child: the copy must not depend on row order
    late = services.departments.create(actor, DepartmentInput("090", "本部"))
    services.departments.update(
        actor, parent.id, parent.version, DepartmentInput("100", "総務部", parent_id=late.id)
    )
    for n in range(30):
        services.staff.create(actor, StaffInput(f"{n:04d}", f"髙橋 ①子{n}", department_id=child.id))
    from tests.services.incidents.incident_helpers import near_miss

    services.incidents.create(actor, near_miss("ＵＳＢメモリの紛失に気づいた"))
    return actor


def _search(services, actor, text):
    from secdesk.services.core.listing import ListQuery

    source = services.incidents.list_source()
    return source.count(actor, ListQuery(text))


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back(sqlite_db, empty_postgres, clock, tmp_path):
    source = Services(sqlite_db, clock, fast_hasher())
    actor = _fill(source)
    result = transfer(sqlite_db, clock, actor, empty_postgres)
    assert result.counts["staff"] == 30 and result.trail_entries > 30
    moved = Services(empty_postgres, clock, fast_hasher())
    pg_actor = moved.accounts.login("admin", ADMIN_PASSWORD).actor()
    assert moved.staff.find_by_number(pg_actor, "0007").name == "髙橋 ①子7"
    assert moved.trail.verify(pg_actor).ok
    assert _search(moved, pg_actor, "紛失") == 1  # the search index was rebuilt on the target
    # new records on PostgreSQL get fresh ids after the copied ones
    moved.staff.create(pg_actor, StaffInput("9999", "新規 職員"))

    back = Database(make_engine(sqlite_url(tmp_path / "back.sqlite3")))
    transfer(empty_postgres, clock, pg_actor, back)
    counts = row_counts(back.engine)
    assert counts["staff"] == 31
    returned = Services(back, clock, fast_hasher())
    assert returned.trail.verify(pg_actor).ok
    assert _search(returned, pg_actor, "usb") == 1
    back.dispose()


def test_target_must_be_empty(sqlite_db, clock, tmp_path):
    source = Services(sqlite_db, clock, fast_hasher())
    actor = _fill(source)
    target = Database(make_engine(sqlite_url(tmp_path / "t.sqlite3")))
    transfer(sqlite_db, clock, actor, target)
    with pytest.raises(SecdeskError, match="空ではありません"):
        transfer(sqlite_db, clock, actor, target)
    target.dispose()
