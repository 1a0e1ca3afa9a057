import pytest

from secdesk.domain.errors import AccountLocked, AuthenticationFailed, SecdeskError, ValidationError
from secdesk.domain.roles import Role
from secdesk.services.app import Services
from secdesk.services.core.accounts import LOCKOUT, MAX_FAILED_ATTEMPTS
from tests.conftest import ADMIN_PASSWORD, fast_hasher


def test_empty_database_asks_for_the_first_administrator(services):
    assert services.accounts.needs_first_admin()
    info = services.accounts.create_first_admin("Admin", ADMIN_PASSWORD)
    assert info.role is Role.ADMIN and info.username == "admin"
    assert not services.accounts.needs_first_admin()
    with pytest.raises(SecdeskError):
        services.accounts.create_first_admin("second", ADMIN_PASSWORD)


def test_password_is_stored_as_argon2id(services, admin):
    from sqlalchemy import select

    from secdesk.store.models import User

    with services.db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored


def test_short_password_is_refused_with_field(services):
    with pytest.raises(ValidationError) as error:
        services.accounts.create_first_admin("admin", "short")
    assert error.value.for_field("password")


def test_wrong_password_then_lockout_after_five_failures(services, admin, clock):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed) as error:
            services.accounts.login("admin", "wrong-password-1")
        assert not isinstance(error.value, AccountLocked)
    with pytest.raises(AccountLocked):
        services.accounts.login("admin", "wrong-password-1")
    # even the right password is refused while locked
    with pytest.raises(AccountLocked):
        services.accounts.login("admin", ADMIN_PASSWORD)
    clock.advance(seconds=LOCKOUT.total_seconds() + 1)
    assert services.accounts.login("admin", ADMIN_PASSWORD).username == "admin"


def test_lockout_survives_a_restart(services, admin, db, clock):
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("admin", "nope-nope-nope")
    restarted = Services(db, clock, fast_hasher())
    with pytest.raises(AccountLocked):
        restarted.accounts.login("admin", ADMIN_PASSWORD)
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        restarted.accounts.login("admin", ADMIN_PASSWORD)
    clock.advance(minutes=1, seconds=1)
    restarted.accounts.login("admin", ADMIN_PASSWORD)


def test_failed_logins_are_in_the_audit_trail(services, admin):
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("admin", "bad-password-x")
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("nobody", "bad-password-x")
    actions = [row.action for row in services.trail.recent(admin, 5)]
    assert actions[:2] == ["login_failed", "login_failed"]


def test_a_mistyped_user_name_never_reaches_the_trail(services, admin):
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("MySecretPassw0rd", "x")
    first, second = services.trail.recent(admin, 2)
    assert first.actor_name == second.actor_name == "不明なユーザー"
    assert "MySecretPassw0rd" not in first.details and "mysecretpassw0rd" not in first.details
    assert '"name_hash"' in first.details and first.details == second.details


def test_user_set_by_admin_must_change_password(services, admin):
    services.accounts.create_user(admin, "sato", Role.CSIRT, "temporary-pass-1")
    info = services.accounts.login("sato", "temporary-pass-1")
    assert info.must_change_password
    with pytest.raises(ValidationError):
        services.accounts.change_own_password(info.actor(), "temporary-pass-1", "temporary-pass-1")
    changed = services.accounts.change_own_password(
        info.actor(), "temporary-pass-1", "my-own-secret-9"
    )
    assert not changed.must_change_password
    assert not services.accounts.login("sato", "my-own-secret-9").must_change_password


def test_username_is_case_and_width_insensitive(services, admin):
    assert services.accounts.login("ＡＤＭＩＮ", ADMIN_PASSWORD).username == "admin"


def test_last_administrator_cannot_be_removed(services, admin, make_user):
    me = services.accounts.get(admin, admin.id)
    with pytest.raises(ValidationError):
        services.accounts.update_user(admin, me.id, me.version, role=Role.VIEWER)
    other = make_user("second", "admin")
    info = services.accounts.get(admin, other.id)
    services.accounts.update_user(admin, info.id, info.version, active=False)
    assert not services.accounts.get(admin, other.id).active


def test_reset_password_unlocks_and_forces_change(services, admin, make_user):
    user = make_user("tanaka", "viewer")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("tanaka", "wrong-wrong-wrong")
    services.accounts.reset_password(admin, user.id, "reset-by-admin-1")
    assert services.accounts.login("tanaka", "reset-by-admin-1").must_change_password


def test_without_a_keyring_the_app_says_so_plainly():
    import keyring
    from keyring.backends import fail

    from secdesk.domain.errors import EnvironmentProblem
    from secdesk.secrets import get_secret, keyring_available

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keyring_available()
        with pytest.raises(EnvironmentProblem, match="資格情報マネージャー"):
            get_secret("backup-key")
    finally:
        keyring.set_keyring(previous)
