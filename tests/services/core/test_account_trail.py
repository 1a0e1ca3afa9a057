"""Accounts held against the trail: a role or password hash written straight into app_user (as
someone holding the SQLite file, or the owner on PostgreSQL, can) is named by verify and refused
at login, on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import text

from secdesk.domain.errors import AuthenticationFailed
from secdesk.services.core import integrity
from tests.conftest import ADMIN_PASSWORD, fast_hasher


def _write(db, statement, **params):
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_accounts_changed_through_the_app_agree_with_the_trail(services, admin, make_user):
    user = make_user("kenshu", "training")
    info = services.accounts.get(admin, user.id)
    services.accounts.update_user(admin, user.id, info.version, role="csirt")
    services.accounts.reset_password(admin, user.id, "a-new-password-2026")
    info = services.accounts.get(admin, user.id)
    services.accounts.update_user(admin, user.id, info.version, active=False)
    info = services.accounts.get(admin, user.id)
    services.accounts.update_user(admin, user.id, info.version, active=True)
    report = integrity.check(services.db, admin, local=False)
    assert report.problems == [] and report.ok
    assert services.accounts.login("kenshu", "a-new-password-2026").role.value == "csirt"


def test_a_role_written_into_the_row_is_named_and_refused(services, admin, make_user):
    make_user("etsuran", "viewer")
    _write(services.db, "UPDATE app_user SET role = 'admin' WHERE username = 'etsuran'")
    problems = integrity.check(services.db, admin, local=False).problems
    assert any("etsuran" in p and "権限" in p for p in problems)
    with pytest.raises(AuthenticationFailed, match="管理者に連絡"):
        services.accounts.login("etsuran", "etsuran-initial-pw")
    assert services.trail.recent(admin, 1)[0].action == "login_refused_tampered"


def test_a_password_hash_written_into_the_row_is_named_and_refused(services, admin, make_user):
    make_user("kansa", "auditor")
    forged = fast_hasher().hash("attacker-chosen-pw")
    _write(services.db, "UPDATE app_user SET password_hash = :h WHERE username = 'kansa'", h=forged)
    problems = integrity.check(services.db, admin, local=False).problems
    assert any("kansa" in p and "パスワード" in p for p in problems)
    with pytest.raises(AuthenticationFailed, match="管理者に連絡"):
        services.accounts.login("kansa", "attacker-chosen-pw")
    # The administrator, whose row is untouched, still logs in.
    assert services.accounts.login("admin", ADMIN_PASSWORD).username == "admin"


def test_a_reactivated_or_injected_account_is_named(services, admin, make_user):
    user = make_user("taishoku", "csirt")
    info = services.accounts.get(admin, user.id)
    services.accounts.update_user(admin, user.id, info.version, active=False)
    _write(services.db, "UPDATE app_user SET active = true WHERE username = 'taishoku'")
    hashed = fast_hasher().hash("injected-password")
    _write(
        services.db,
        "INSERT INTO app_user (username, display_name, role, password_hash, "
        "must_change_password, failed_attempts, active, may_verify_actions, version, "
        "created_at, updated_at) "
        "VALUES ('ghost', 'ghost', 'admin', :h, false, 0, true, false, 1, :t, :t)",
        h=hashed,
        t=services.clock.now(),
    )
    problems = integrity.check(services.db, admin, local=False).problems
    assert any("taishoku" in p and "有効" in p for p in problems)
    assert any("ghost" in p and "作成の記録" in p for p in problems)
    with pytest.raises(AuthenticationFailed, match="管理者に連絡"):
        services.accounts.login("ghost", "injected-password")


def test_an_account_from_before_the_digests_gets_a_baseline_at_its_first_login(
    services, admin, make_user
):
    make_user("old", "csirt")
    # As an account made before schema 0007: its trail entries carry no digest.
    with services.db.engine.begin() as conn:
        if services.db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable"))
        conn.execute(
            text(
                "UPDATE audit_entry SET details = '{}' WHERE entity = 'user' "
                "AND action IN ('password_changed', 'password_reset')"
            )
        )
        rows = conn.execute(
            text("SELECT seq, details FROM audit_entry WHERE action = 'create' AND entity = 'user'")
        ).all()
        for seq, details in rows:
            import json

            body = json.loads(details)
            body.pop("account_digest", None)
            conn.execute(
                text("UPDATE audit_entry SET details = :d WHERE seq = :s"),
                {"d": json.dumps(body), "s": seq},
            )
    services.accounts.login("old", "old-initial-pw")
    assert [e.action for e in services.trail.recent(admin, 2)] == ["login", "account_baseline"]
    forged = fast_hasher().hash("attacker-chosen-pw")
    _write(services.db, "UPDATE app_user SET password_hash = :h WHERE username = 'old'", h=forged)
    with pytest.raises(AuthenticationFailed, match="管理者に連絡"):
        services.accounts.login("old", "attacker-chosen-pw")
