"""Restores need an administrator of the register being replaced (or, when it cannot be opened,
the backup key's recovery code), refuse another register's backup unless told, and name the
trail entries an older backup would lose; on SQLite and PostgreSQL."""

import pytest

from secdesk.domain.errors import PermissionDenied
from secdesk.services.core.backup import recovery_code_of_stored_key
from secdesk.services.core.context import SYSTEM
from secdesk.services.core.restore import RestoreRefused, check_backup, plan_restore, restore
from secdesk.services.core.trail import record


def _entries(services, n):
    with services.db.write() as session:
        for i in range(n):
            record(session, SYSTEM, services.clock, "test", "thing", i)


def _set_identity(db, value):
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE register_identity SET uuid = :u"), {"u": value})


def test_an_older_backup_names_the_entries_it_would_lose(services, admin, tmp_path):
    backup = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    _entries(services, 3)
    plan = plan_restore(services.db, check_backup(backup.path))
    # The three entries, and the backup's own entry (written after its snapshot).
    assert plan.same_register is True and plan.lost_entries == 4
    assert plan.lost_from <= plan.lost_to and "4 件" in plan.loss_text()
    for wrong in (None, 3, 5):
        with pytest.raises(RestoreRefused, match="--accept-loss 4"):
            restore(services.db, services.clock, admin, backup.path, tmp_path, accept_loss=wrong)
    result = restore(services.db, services.clock, admin, backup.path, tmp_path, accept_loss=4)
    assert result.info.head_seq == backup.entries
    entry = services.trail.recent(admin, 1)[0]
    assert entry.action == "restore" and '"lost_entries":4' in entry.details


def test_a_backup_of_another_register_needs_other_register(services, admin, tmp_path):
    backup = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    _set_identity(services.db, "another-register")
    with pytest.raises(RestoreRefused, match="--other-register"):
        restore(services.db, services.clock, admin, backup.path, tmp_path, accept_loss=10**6)
    plan = plan_restore(services.db, check_backup(backup.path))
    assert plan.same_register is False and plan.lost_entries == plan.current_entries
    restore(
        services.db,
        services.clock,
        admin,
        backup.path,
        tmp_path,
        other_register=True,
        accept_loss=plan.lost_entries,
    )


def test_without_a_login_only_the_recovery_code_proves_the_right(services, admin, tmp_path):
    backup = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    with pytest.raises(PermissionDenied, match="管理者のログイン"):
        restore(services.db, services.clock, None, backup.path, tmp_path)
    other_code = "-".join(["AAAA"] * 13)
    with pytest.raises(PermissionDenied):
        restore(services.db, services.clock, None, backup.path, tmp_path, other_code)
    code = recovery_code_of_stored_key()
    result = restore(services.db, services.clock, None, backup.path, tmp_path, code)
    assert result.info.encrypted


def test_other_register_needs_an_administrator_not_only_the_code(
    services, admin, make_user, tmp_path
):
    backup = services.backup.backup(admin, tmp_path / "b.sdbk", encrypt=True)
    csirt = make_user("csirt1", "csirt")
    with pytest.raises(PermissionDenied):
        restore(services.db, services.clock, csirt, backup.path, tmp_path, other_register=True)
