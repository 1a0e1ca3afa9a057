"""Accounts held against the trail: someone with the database file can write `role='admin'` or a
password hash of their own into app_user, but not the trail entries that would have recorded it
(the chain and its anchors show a rewrite, services.core.integrity).

Every change of an account is in the trail: its creation (role), role and active changes
(`update` details as {field: [old, new]}), and since schema 0007 a digest of (role, active,
password hash) on every change of any of them. Replaying those entries gives what the account
must be; `verify` names the accounts that differ and login refuses them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.i18n import tr
from secdesk.store.models import AuditEntry, User

DIGEST_KEY = "account_digest"
# The actions that change what an account is (logins and lockouts do not).
ACCOUNT_ACTIONS = (
    "create",
    "update",
    "password_changed",
    "password_reset",
    "password_rehashed",
    "account_baseline",
)


def account_digest(role: str, active: bool, password_hash: str) -> str:
    """What the trail keeps of an account: never the hash itself, a digest of it with the rest."""
    body = json.dumps([role, bool(active), password_hash], separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


def digest_of(user: User) -> str:
    return account_digest(user.role, user.active, user.password_hash)


@dataclass
class Recorded:
    role: str | None = None
    active: bool | None = None
    digest: str | None = None  # None: no digest recorded yet (an account from before 0007)


def replay(entries: Iterable[AuditEntry]) -> dict[int, Recorded]:
    """What the trail says each account is, entries in seq order."""
    states: dict[int, Recorded] = {}
    for entry in entries:
        if not entry.entity_id.isdigit():
            continue
        try:
            details = json.loads(entry.details or "{}")
        except ValueError:
            continue
        if not isinstance(details, dict):
            continue
        state = states.setdefault(int(entry.entity_id), Recorded())
        if entry.action == "create":
            state.role, state.active = details.get("role"), True
        for key in ("role", "active"):
            change = details.get(key)
            if entry.action == "update" and isinstance(change, list) and len(change) == 2:
                setattr(state, key, change[1])
        if isinstance(details.get(DIGEST_KEY), str):
            state.digest = details[DIGEST_KEY]
    return states


def _entries(session: Session, user_id: int | None = None):
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == "user", AuditEntry.action.in_(ACCOUNT_ACTIONS))
        .order_by(AuditEntry.seq)
    )
    if user_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == str(user_id))
    return session.scalars(stmt)


def differences(user: User, recorded: Recorded | None) -> list[str]:
    """What of the account's row the trail does not account for (empty: it agrees)."""
    if recorded is None or recorded.role is None:
        return [tr("作成の記録がありません")]
    found = []
    if user.role != recorded.role:
        found.append(tr("権限（記録: {r}）").format(r=recorded.role))
    if recorded.active is not None and bool(user.active) != bool(recorded.active):
        found.append(tr("有効・無効"))
    if recorded.digest is not None and digest_of(user) != recorded.digest:
        found.append(tr("パスワードまたは権限"))
    return found


def disagreeing(session: Session) -> list[tuple[str, list[str]]]:
    """Every account whose row differs from the trail: (user name, what differs)."""
    states = replay(_entries(session))
    result = []
    for user in session.scalars(select(User).order_by(User.username)):
        if found := differences(user, states.get(user.id)):
            result.append((user.username, found))
    return result


def recorded_for(session: Session, user_id: int) -> Recorded | None:
    return replay(_entries(session, user_id)).get(user_id)
