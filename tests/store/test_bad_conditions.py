"""The machine misbehaves: full disk, read-only file, another writer holding the lock.
Each ends in a clear message, and the register is left exactly as it was."""

import os
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from secdesk.domain.errors import EnvironmentProblem
from secdesk.services.app import Services
from secdesk.services.roster.staff import StaffInput
from secdesk.store import engine as engine_module
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from tests.conftest import ADMIN_PASSWORD, fast_hasher


@pytest.fixture
def register(sqlite_db, clock):
    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    for n in range(5):
        services.staff.create(actor, StaffInput(f"{n}", f"職員 {n}"))
    sqlite_db.dispose()
    return Path(sqlite_db.url.database), actor, clock


def _count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM staff").fetchone()[0]


def test_full_disk_refuses_the_save_and_keeps_the_register(register):
    path, actor, clock = register
    engine = make_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    services = Services(Database(engine), clock, fast_hasher())
    with pytest.raises(EnvironmentProblem, match="空き容量"):
        for n in range(200):  # until the file would have to grow
            services.staff.create(
                actor, StaffInput(f"x{n}", "容量 超過" * 20, title="長い役職名" * 10)
            )
    engine.dispose()
    count = _count(path)
    assert 5 <= count < 205  # every committed save is there, the refused one is not


def _immutable(path: Path, on: bool) -> bool:
    if os.geteuid() != 0:
        path.chmod(0o444 if on else 0o644)
        return True
    result = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return result.returncode == 0


def test_read_only_register_says_so_and_is_not_damaged(register):
    path, actor, clock = register
    before = path.read_bytes()
    if not _immutable(path, True):
        pytest.skip("this file system cannot make a file read-only for root")
    try:
        services = Services(Database(make_engine(sqlite_url(path))), clock, fast_hasher())
        with pytest.raises(EnvironmentProblem, match="読み取り専用"):
            services.staff.create(actor, StaffInput("ro", "読取 専用"))
        services.db.dispose()
    finally:
        _immutable(path, False)
    assert path.read_bytes() == before
    assert _count(path) == 5


def test_another_writer_holding_the_lock_gives_a_clear_message(register, monkeypatch):
    path, actor, clock = register
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        services = Services(Database(make_engine(sqlite_url(path))), clock, fast_hasher())
        with pytest.raises(EnvironmentProblem, match="ロック"):
            services.staff.create(actor, StaffInput("lk", "ロック 中"))
        services.db.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _count(path) == 5


def _small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root to mount a small file system")
    return mount


def test_export_to_a_full_disk_leaves_no_partial_file(services, admin, tmp_path):
    for n in range(400):
        services.staff.create(admin, StaffInput(f"{n:05d}", f"職員 {n}", title="主任" * 5))
    mount = _small_disk(tmp_path)
    try:
        with pytest.raises(EnvironmentProblem, match="書き込めません"):
            services.roster_export.export(admin, mount / "職員一覧.csv")
        assert list(mount.iterdir()) == []
        exports = [e for e in services.trail.recent(admin, 20) if e.action == "export"]
        assert exports == []
    finally:
        subprocess.run(["umount", str(mount)], check=False)
