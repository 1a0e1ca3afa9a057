"""A process killed (SIGKILL) in the middle of an import, a save, a backup or an export leaves
the register consistent, the operation wholly there or wholly absent.

Each test starts a second client, lets it get going, kills it at a random moment, then checks
SQLite's own integrity check, the audit chain, and what the operation left. The runs here are few
(the suite must stay quick); benchmarks/crash_points.py runs hundreds and counts lost records.
"""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from secdesk.io.writers import write_csv
from secdesk.services.app import Services
from secdesk.services.core.listing import ListQuery
from secdesk.services.core.restore import check_backup
from secdesk.services.roster.staff import StaffInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from tests.conftest import ADMIN_PASSWORD, fast_hasher

ROOT = Path(__file__).resolve().parents[2]
RUNS = 4
IMPORT_ROWS = 3000


def start(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def kill_after(process: subprocess.Popen, ready: str, delay: float) -> bool:
    """Wait for the line `ready`, then SIGKILL after `delay`; True if it died before finishing."""
    line = process.stdout.readline().strip()
    assert line.startswith(ready), line
    time.sleep(delay)  # the moment of the power cut: deliberately random, not a synchronisation
    process.send_signal(signal.SIGKILL)
    process.wait()
    rest = process.stdout.read()
    process.stdout.close()
    return "done" not in rest


@pytest.fixture
def register(sqlite_db, clock):
    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    return services, actor


def reopen(services):
    services.db.dispose()
    db = Database(make_engine(sqlite_url(services.db.url.database)))
    return Services(db, services.clock, fast_hasher())


def consistent(services, actor) -> None:
    from sqlalchemy import text

    with services.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert services.trail.verify(actor).ok


@pytest.mark.slow
def test_killed_import_is_all_or_nothing(register, tmp_path):
    services, actor = register
    headers = ["職員番号", "氏名", "所属コード", "所属名"]
    rows = [[f"{n:06d}", f"職員 {n}", "110", "総務課"] for n in range(IMPORT_ROWS)]
    source = tmp_path / "roster.csv"
    write_csv(source, headers, rows, encoding="cp932")
    rng = random.Random(1)
    for _ in range(RUNS):
        worker = start("import", services.db.url.database, str(source))
        kill_after(worker, "start", rng.uniform(0.0, 1.5))
        services = reopen(services)
        consistent(services, actor)
        count = services.staff.list_source().count(
            actor, ListQuery().with_filters(include_inactive=True)
        )
        assert count in (0, IMPORT_ROWS)
        if count:
            return


@pytest.mark.slow
def test_killed_saves_leave_record_and_trail_in_step(register):
    services, actor = register
    person = services.staff.create(actor, StaffInput("000001", "保存 中"))
    rng = random.Random(2)
    for _ in range(RUNS):
        worker = start("saves", services.db.url.database, str(person.id))
        kill_after(worker, "saved", rng.uniform(0.05, 0.6))
        services = reopen(services)
        consistent(services, actor)
        info = services.staff.get(actor, person.id)
        updates = [
            e
            for e in services.trail.recent(actor, 5000, entity="staff", entity_id=str(person.id))
            if e.action == "update"
        ]
        # every committed save has exactly its trail entry, and nothing half-saved exists
        assert info.version == 1 + len(updates)
        assert updates[0].details.endswith(f'"{info.title}"]}}')


@pytest.mark.slow
def test_killed_backup_leaves_no_backup_or_a_good_one(register, tmp_path):
    services, actor = register
    for n in range(300):
        services.staff.create(actor, StaffInput(f"{n:06d}", f"職員 {n}"))
    from secdesk.services.core.backup import backup_key

    _, code = backup_key(create=True)
    rng = random.Random(3)
    for run in range(RUNS):
        target = tmp_path / f"backup-{run}.sdbk"
        worker = start("backup", services.db.url.database, str(target), code)
        kill_after(worker, "start", rng.uniform(0.0, 0.4))
        services = reopen(services)
        consistent(services, actor)
        if target.exists():
            assert check_backup(target).trail_entries > 0


@pytest.mark.slow
def test_killed_export_leaves_no_file_or_a_whole_one(register, tmp_path):
    services, actor = register
    for n in range(300):
        services.staff.create(actor, StaffInput(f"{n:06d}", f"職員 {n}"))
    rng = random.Random(4)
    for run in range(RUNS):
        target = tmp_path / f"staff-{run}.xlsx"
        worker = start("export", services.db.url.database, str(target))
        kill_after(worker, "start", rng.uniform(0.0, 0.5))
        services = reopen(services)
        consistent(services, actor)
        if target.exists():
            assert load_workbook(target).active.max_row == 301
