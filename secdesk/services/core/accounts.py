"""Local accounts: the first administrator, logging in, lockout, passwords, user management."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from secdesk.domain.credentials import (
    MIN_PASSWORD_LENGTH,  # noqa: F401 - part of this module's API
    normalize_username,
    password_problems,
    username_problems,
)
from secdesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    Problem,
    SecdeskError,
    ValidationError,
)
from secdesk.domain.roles import Permission, Role
from secdesk.domain.text import clean_line
from secdesk.i18n import tr
from secdesk.services.core import account_trail, anchors, trail
from secdesk.services.core.account_trail import DIGEST_KEY, digest_of
from secdesk.services.core.context import SYSTEM, Actor, Clock
from secdesk.services.core.editing import check_version
from secdesk.store.models import User

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)

# A hash to verify against when the user name is unknown, so that a wrong name and a wrong
# password take the same time.
_DUMMY_PASSWORD = "secdesk-timing-equaliser"


def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: 64 MiB, t=3)."""
    return PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    may_verify_actions: bool
    version: int

    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role, self.display_name, self.may_verify_actions)


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        user.must_change_password,
        user.locked_until,
        user.last_login_at,
        user.may_verify_actions,
        user.version,
    )


class AccountService:
    def __init__(self, db, clock: Clock, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.clock = clock
        self.hasher = hasher or default_hasher()
        self._dummy_hash: str | None = None

    # --- first start -------------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        with self.db.read() as session:
            return not session.scalar(select(func.count()).select_from(User))

    def create_first_admin(self, username: str, password: str, display_name: str = "") -> UserInfo:
        """Only on an empty database; the password is the one the administrator chose."""
        with self.db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise SecdeskError(tr("管理者はすでに登録されています。ログインしてください。"))
            user = self._new_user(
                session, SYSTEM, username, Role.ADMIN, password, display_name, must_change=False
            )
            return _info(user)

    # --- logging in ----------------------------------------------------------------------------

    def login(self, username: str, password: str) -> UserInfo:
        """Check a password; counts failures and locks the account after too many."""
        outcome = self._attempt(username, password)
        if isinstance(outcome, AuthenticationFailed):
            raise outcome
        with self.db.read() as session:
            anchors.remember(anchors.read_head(session), "login")
        return outcome

    def _attempt(self, username: str, password: str) -> UserInfo | AuthenticationFailed:
        # A failure is returned, not raised, so that the unit of work commits the failure count
        # and the trail entry before the caller raises it. The slow password hash is checked
        # outside the write transaction, so a login never holds the register's write lock for it.
        key = normalize_username(username)
        now = self.clock.now()
        wrong = AuthenticationFailed(tr("ユーザー名またはパスワードが違います。"))
        with self.db.read() as session:
            seen = session.scalar(select(User).where(User.username == key))
        if seen is None or not seen.active:
            self._burn_time(password)
            with self.db.write() as session:
                # A mistyped name is often a password: the trail keeps a salted hash of it (the
                # same name gives the same hash, so repeated tries still show), never the text.
                trail.record(
                    session,
                    _anonymous(),
                    self.clock,
                    "login_failed",
                    "user",
                    None,
                    {"reason": "unknown_or_inactive", "name_hash": _name_hash(session, key)},
                )
            return wrong
        correct = None if _is_locked(seen, now) else self._verify(seen, password)
        with self.db.write() as session:
            # The row lock (PostgreSQL) or the write lock (SQLite) makes the failure count exact
            # when two clients log in at once. Login bookkeeping is not an edit of the account,
            # so it does not bump the account's version.
            user = session.scalar(select(User).where(User.id == seen.id).with_for_update())
            actor = _info(user).actor()
            if _is_locked(user, now):
                trail.record(session, actor, self.clock, "login_refused_locked", "user", user.id)
                return AccountLocked(_locked_message(user.locked_until))
            if correct is None or user.password_hash != seen.password_hash:
                correct = self._verify(user, password)
            if correct and (differs := self._differs_from_trail(session, user)):
                # Someone wrote this row outside the app (a role, a password hash): the trail,
                # whose chain and anchors verify checks, does not account for it.
                trail.record(
                    session,
                    actor,
                    self.clock,
                    "login_refused_tampered",
                    "user",
                    user.id,
                    {"differs": differs},
                )
                return AuthenticationFailed(
                    tr(
                        "このアカウントの内容が監査ログの記録と一致しないため、ログインできません。"
                        "管理者に連絡してください（secdesk verify で確認できます）。"
                    )
                )
            if not correct:
                attempts = (0 if user.locked_until is not None else user.failed_attempts) + 1
                locked_until = now + LOCKOUT if attempts >= MAX_FAILED_ATTEMPTS else None
                _bookkeeping(session, user.id, failed_attempts=attempts, locked_until=locked_until)
                details: dict[str, object] = {"failed_attempts": attempts}
                if locked_until is not None:
                    details["locked_until"] = locked_until
                trail.record(session, actor, self.clock, "login_failed", "user", user.id, details)
                return AccountLocked(_locked_message(locked_until)) if locked_until else wrong
            values: dict[str, object] = {
                "failed_attempts": 0,
                "locked_until": None,
                "last_login_at": now,
            }
            if self.hasher.check_needs_rehash(user.password_hash):
                values["password_hash"] = self.hasher.hash(password)
            _bookkeeping(session, user.id, **values)
            trail.record(session, actor, self.clock, "login", "user", user.id)
            session.refresh(user)
            if "password_hash" in values:
                trail.record(
                    session,
                    actor,
                    self.clock,
                    "password_rehashed",
                    "user",
                    user.id,
                    {DIGEST_KEY: digest_of(user)},
                )
            return _info(user)

    def _differs_from_trail(self, session: Session, user: User) -> list[str]:
        recorded = account_trail.recorded_for(session, user.id)
        differs = account_trail.differences(user, recorded)
        if not differs and recorded is not None and recorded.digest is None:
            # An account from before the trail kept digests (schema 0007): its first login
            # after the upgrade records one, and from then on its password hash is held too.
            trail.record(
                session,
                _info(user).actor(),
                self.clock,
                "account_baseline",
                "user",
                user.id,
                {DIGEST_KEY: digest_of(user)},
            )
        return differs

    def _verify(self, user: User, password: str) -> bool:
        try:
            return self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _burn_time(self, password: str) -> None:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash(_DUMMY_PASSWORD)
        with contextlib.suppress(VerificationError):
            self.hasher.verify(self._dummy_hash, password)

    def change_own_password(self, actor: Actor, current: str, new: str) -> UserInfo:
        with self.db.write() as session:
            user = self._get(session, actor.id)
            if not self._verify(user, current):
                raise ValidationError(Problem(tr("現在のパスワードが違います。"), "current"))
            problems = password_problems(new, "new")
            if self._verify(user, new):
                problems.append(Problem(tr("新しいパスワードが現在のものと同じです。"), "new"))
            if problems:
                raise ValidationError(problems)
            user.password_hash = self.hasher.hash(new)
            user.must_change_password = False
            trail.record(
                session,
                actor,
                self.clock,
                "password_changed",
                "user",
                user.id,
                {DIGEST_KEY: digest_of(user)},
            )
            session.flush()
            return _info(user)

    # --- managing users (admin) ----------------------------------------------------------------

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return [_info(u) for u in session.scalars(select(User).order_by(User.username))]

    def get(self, actor: Actor, user_id: int) -> UserInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return _info(self._get(session, user_id))

    def create_user(
        self,
        actor: Actor,
        username: str,
        role: Role | str,
        password: str,
        display_name: str = "",
        must_change: bool = True,
    ) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            return _info(
                self._new_user(
                    session, actor, username, Role(role), password, display_name, must_change
                )
            )

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        expected_version: int,
        *,
        display_name: str | None = None,
        role: Role | str | None = None,
        active: bool | None = None,
        may_verify_actions: bool | None = None,
    ) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            user = self._get(session, user_id)
            _check_version(user, expected_version)
            before = _audited(user)
            if display_name is not None:
                user.display_name = clean_line(display_name)
            if role is not None:
                user.role = Role(role).value
            if active is not None:
                user.active = active
            if may_verify_actions is not None:
                user.may_verify_actions = may_verify_actions
            if user.id == actor.id and (user.role != Role.ADMIN or not user.active):
                raise ValidationError(tr("自分自身の管理者権限は外せません。"))
            self._keep_an_admin(session)
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "user",
                user.id,
                {**trail.changes(before, _audited(user)), DIGEST_KEY: digest_of(user)},
            )
            session.flush()
            return _info(user)

    def reset_password(self, actor: Actor, user_id: int, password: str) -> UserInfo:
        """An administrator sets a password; the user must change it at the next login."""
        actor.require(Permission.MANAGE_USERS)
        if problems := password_problems(password):
            raise ValidationError(problems)
        with self.db.write() as session:
            user = self._get(session, user_id)
            user.password_hash = self.hasher.hash(password)
            user.must_change_password = True
            user.failed_attempts, user.locked_until = 0, None
            trail.record(
                session,
                actor,
                self.clock,
                "password_reset",
                "user",
                user.id,
                {DIGEST_KEY: digest_of(user)},
            )
            session.flush()
            return _info(user)

    def unlock(self, actor: Actor, user_id: int) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            user = self._get(session, user_id)
            user.failed_attempts, user.locked_until = 0, None
            trail.record(session, actor, self.clock, "unlock", "user", user.id)
            session.flush()
            return _info(user)

    # --- helpers -------------------------------------------------------------------------------

    def _new_user(
        self,
        session: Session,
        actor: Actor,
        username: str,
        role: Role,
        password: str,
        display_name: str,
        must_change: bool,
    ) -> User:
        key = normalize_username(username)
        problems = username_problems(key) + password_problems(password)
        if key and session.scalar(select(User.id).where(User.username == key)):
            problems.append(Problem(tr("このユーザー名はすでに使われています。"), "username"))
        if problems:
            raise ValidationError(problems)
        user = User(
            username=key,
            display_name=clean_line(display_name) or key,
            role=role.value,
            password_hash=self.hasher.hash(password),
            must_change_password=must_change,
            failed_attempts=0,
            active=True,
            may_verify_actions=False,
        )
        session.add(user)
        session.flush()
        trail.record(
            session,
            actor,
            self.clock,
            "create",
            "user",
            user.id,
            {
                "username": key,
                "role": role.value,
                "display_name": user.display_name,
                DIGEST_KEY: digest_of(user),
            },
        )
        return user

    def _get(self, session: Session, user_id: int | None) -> User:
        user = session.get(User, user_id) if user_id is not None else None
        if user is None:
            raise NotFound(tr("ユーザーが見つかりません。"))
        return user

    def _keep_an_admin(self, session: Session) -> None:
        session.flush()
        admins = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        if not admins:
            raise ValidationError(tr("有効な管理者が一人もいなくなるため、変更できません。"))


def _is_locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


def _bookkeeping(session: Session, user_id: int, **values: object) -> None:
    """Login counters and times, written without the version check meant for edits."""
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def _audited(user: User) -> dict[str, object]:
    return {
        "display_name": user.display_name,
        "role": user.role,
        "active": user.active,
        "may_verify_actions": user.may_verify_actions,
    }


def _check_version(user: User, expected: int) -> None:
    if user.version != expected:  # the fields are read only for the dialog
        message = tr("他の利用者がこのユーザーを先に更新しました。最新の内容を確認してください。")
        check_version("user", user, expected, {}, _audited(user), message)


UNKNOWN_USER = "不明なユーザー"  # stored as is in the trail (the trail view shows it)


def _anonymous() -> Actor:
    return replace(SYSTEM, username=UNKNOWN_USER, role=Role.VIEWER)


def _name_hash(session: Session, name: str) -> str:
    """HMAC-SHA-256 of a typed name under this register's identity: equal names give equal
    hashes within one register, and the name is not in the trail."""
    import hashlib
    import hmac

    salt = anchors.register_id(session) or "secdesk"
    return hmac.new(salt.encode(), name.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _locked_message(until: datetime) -> str:
    from secdesk.domain.timezone import TOKYO

    return tr(
        "ログインに{n}回続けて失敗したため、このアカウントは {time} までロックされています。"
    ).format(n=MAX_FAILED_ATTEMPTS, time=until.astimezone(TOKYO).strftime("%H:%M"))
