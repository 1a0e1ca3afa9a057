"""Nothing plaintext left outside the register: a backup killed midway (the process killed with
SIGKILL, no exit path runs) leaves its snapshot only in a private work folder, which the next
start sweeps; nothing goes to %TEMP%; backups and before-restore copies are sealed and private."""

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secdesk import paths
from secdesk.io import sealed
from secdesk.services.core.restore import KEEP_BEFORE_RESTORE, restore

MARKER = "PLAINTEXT-MARKER-山田花子"

CHILD = textwrap.dedent(
    f"""
    import os, signal, sys
    from secdesk.services.app import Services
    from secdesk.services.core.context import FixedClock
    from secdesk.services.roster.staff import StaffInput
    from secdesk.store.database import Database
    from secdesk.store.engine import make_engine, sqlite_url
    from secdesk.store.migrate import prepare
    from tests.conftest import NOW, fast_hasher

    engine = make_engine(sqlite_url(sys.argv[1]))
    prepare(engine)
    services = Services(Database(engine), FixedClock(NOW), fast_hasher())
    services.accounts.create_first_admin("admin", "kanri-pass-2026")
    admin = services.accounts.login("admin", "kanri-pass-2026").actor()
    services.staff.create(admin, StaffInput("000001", "{MARKER}"))

    def killed_midway(done, total, _):
        os.kill(os.getpid(), signal.SIGKILL)

    services.backup.backup(admin, sys.argv[2], encrypt=True, progress=killed_midway)
    """
)


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and POSIX modes")
def test_a_backup_killed_midway_leaves_no_plaintext_after_the_next_start(tmp_path, monkeypatch):
    home, temp = tmp_path / "home", tmp_path / "temp"
    temp.mkdir()
    register = home / "data" / "secdesk.sqlite3"
    register.parent.mkdir(parents=True)
    env = {**os.environ, "SECDESK_HOME": str(home), "TMPDIR": str(temp)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(register), str(tmp_path / "out.sdbk")],
        env=env,
        cwd=Path(__file__).parents[3],
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr.decode()
    needle = MARKER.encode()
    assert _files_holding(temp, needle) == []  # nothing in %TEMP%
    assert not (tmp_path / "out.sdbk").exists()
    in_register = {register, Path(f"{register}-wal"), Path(f"{register}-shm")}
    leftovers = [p for p in _files_holding(home, needle) if p not in in_register]
    assert leftovers
    for left in leftovers:  # until the sweep: only in a folder this user alone can read
        assert left.parent.parent == home / "data" / "work"
        assert stat.S_IMODE(left.parent.stat().st_mode) == 0o700
    monkeypatch.setenv("SECDESK_HOME", str(home))  # the next start, as this user
    assert paths.sweep_work_dirs() == 1
    assert [p for p in _files_holding(home, needle) if p not in in_register] == []


def test_backups_and_before_restore_copies_are_sealed_private_and_few(services, admin, tmp_path):
    result = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    if os.name == "posix":
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    folder = tmp_path / "backups"
    copies = []
    for _ in range(KEEP_BEFORE_RESTORE + 2):
        lost = services.trail.last_seq(admin) - result.entries
        outcome = restore(services.db, services.clock, admin, result.path, folder, accept_loss=lost)
        copies.append(outcome.replaced_copy)
        assert sealed.is_sealed(outcome.replaced_copy)
    kept = sorted(folder.glob("*-before-restore-*"))
    assert len(kept) == KEEP_BEFORE_RESTORE and set(kept) <= set(copies)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)
    assert not list(paths.work_root().glob("*"))  # every work folder removed on the way out
