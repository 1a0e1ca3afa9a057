"""Backups and restores, plain and encrypted, on SQLite and PostgreSQL, and refusals of bad files."""

import sqlite3
import threading
from contextlib import closing

import pytest

from secdesk.domain.errors import PermissionDenied
from secdesk.io import sealed
from secdesk.services.core.backup import BackupError, recovery_code_of_stored_key
from secdesk.services.core.restore import RestoreRefused, check_backup, restore
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.roster.staff import StaffInput


def _add_people(services, admin, numbers):
    dept = services.departments.list(admin)
    dept_id = (
        dept[0].id
        if dept
        else services.departments.create(admin, DepartmentInput("110", "総務課")).id
    )
    for n in numbers:
        services.staff.create(admin, StaffInput(f"{n:06d}", f"職員 {n}", department_id=dept_id))


def _numbers(services, admin):
    from secdesk.services.core.listing import ListQuery

    source = services.staff.list_source()
    rows = source.rows(admin, source.ids(admin, ListQuery().with_filters(include_inactive=True)))
    return sorted(r.values[0] for r in rows.values())


def test_backup_and_restore_round_trip(services, admin, tmp_path):
    _add_people(services, admin, range(1, 4))
    result = services.backup.backup(admin, tmp_path / "b.bak")
    assert result.path.exists() and result.entries > 0 and not result.encrypted
    _add_people(services, admin, [99])
    # The new staff member's entry and the backup's own entry are not in the backup.
    with pytest.raises(RestoreRefused, match="--accept-loss 2") as refused:
        restore(services.db, services.clock, admin, result.path, tmp_path / "replaced")
    assert "2 件" in str(refused.value)
    outcome = restore(
        services.db, services.clock, admin, result.path, tmp_path / "replaced", accept_loss=2
    )
    assert outcome.replaced_copy is not None and outcome.replaced_copy.exists()
    assert _numbers(services, admin) == ["000001", "000002", "000003"]
    actions = [e.action for e in services.trail.recent(admin, 3)]
    assert actions[0] == "restore"
    assert services.trail.verify(admin).ok


def test_backup_is_recorded_in_the_trail_with_its_hash(services, admin, tmp_path):
    result = services.backup.backup(admin, tmp_path / "b.bak")
    entry = services.trail.recent(admin, 1)[0]
    assert entry.action == "backup" and result.sha256 in entry.details


def test_encrypted_backup_needs_the_key_or_the_recovery_code(services, admin, tmp_path):
    import keyring

    _add_people(services, admin, [1, 2])
    result = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    assert result.encrypted and result.recovery_code and sealed.is_sealed(result.path)
    assert (
        b"\xe8\x81\xb7\xe5\x93\xa1" not in result.path.read_bytes()
    )  # "職員" is not readable in the file
    assert recovery_code_of_stored_key() == result.recovery_code
    assert check_backup(result.path).encrypted
    # The PC with the key is lost: only the recovery code on paper opens it.
    keyring.get_keyring().delete_password("secdesk", "backup-key")
    with pytest.raises(BackupError, match="回復キー"):
        check_backup(result.path)
    info = check_backup(result.path, result.recovery_code)
    assert info.trail_entries == result.entries


def test_tampered_truncated_foreign_and_wrong_key_files_are_refused(services, admin, tmp_path):
    _add_people(services, admin, [1])
    good = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    data = good.path.read_bytes()
    flipped = tmp_path / "flipped.sdbk"
    flipped.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])
    truncated = tmp_path / "short.sdbk"
    truncated.write_bytes(data[: len(data) // 2])
    foreign = tmp_path / "notes.bak"
    foreign.write_text("これはバックアップではありません", encoding="utf-8")
    for path, message in (
        (flipped, "壊れているか"),
        (truncated, "壊れているか"),
        (foreign, "バックアップではありません"),
    ):
        with pytest.raises(BackupError, match=message):
            check_backup(path)
    other_key = sealed.recovery_code(sealed.new_key())
    with pytest.raises(BackupError, match="別の暗号鍵"):
        check_backup(good.path, other_key)
    before = _numbers(services, admin)
    with pytest.raises(BackupError):
        restore(services.db, services.clock, admin, flipped, tmp_path / "replaced")
    assert _numbers(services, admin) == before


def test_damaged_sqlite_backup_is_refused(sqlite_db, clock, tmp_path):
    from secdesk.services.app import Services
    from tests.conftest import ADMIN_PASSWORD, fast_hasher

    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    _add_people(services, admin, range(1, 50))
    result = services.backup.backup(admin, tmp_path / "b.sqlite3")
    data = bytearray(result.path.read_bytes())
    for offset in range(4096 * 3, len(data) - 100, 997):
        data[offset] ^= 0xFF
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        check_backup(damaged)


def test_backup_with_edited_trail_is_refused(sqlite_db, clock, tmp_path):
    from secdesk.services.app import Services
    from tests.conftest import ADMIN_PASSWORD, fast_hasher

    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    result = services.backup.backup(admin, tmp_path / "b.sqlite3")
    with closing(sqlite3.connect(result.path)) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET actor_name = 'x' WHERE seq = 1")
        conn.commit()
    with pytest.raises(BackupError, match="監査ログ"):
        check_backup(result.path)


def test_sqlite_backup_while_another_thread_writes_is_consistent(sqlite_db, clock, tmp_path):
    from secdesk.services.app import Services
    from tests.conftest import ADMIN_PASSWORD, fast_hasher

    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    _add_people(services, admin, [0])
    stop = threading.Event()

    def writer():
        n = 1000
        while not stop.is_set():
            _add_people(services, admin, [n])
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [services.backup.backup(admin, tmp_path / f"b{i}.sqlite3") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    for result in results:
        assert check_backup(result.path).trail_entries == result.entries


def test_only_permitted_roles_back_up_and_restore(services, admin, make_user, tmp_path):
    viewer = make_user("etsuran", "viewer")
    csirt = make_user("csirt1", "csirt")
    with pytest.raises(PermissionDenied):
        services.backup.backup(viewer, tmp_path / "v.bak")
    result = services.backup.backup(csirt, tmp_path / "c.bak")
    with pytest.raises(PermissionDenied):
        restore(services.db, services.clock, csirt, result.path, tmp_path / "replaced")


def test_auto_backup_keeps_the_newest(services, admin, tmp_path, clock):
    folder = tmp_path / "auto"
    for _ in range(4):
        services.backup.auto_backup(admin, folder, keep=2)
        clock.advance(minutes=1)
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 2 and kept[-1].startswith("secdesk-auto-20261125T0103")
