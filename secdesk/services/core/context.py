"""Who is acting, and what time it is: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from secdesk.domain.errors import PermissionDenied
from secdesk.domain.roles import Permission, Role, role_allows, role_label
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import tr


@dataclass(frozen=True)
class Actor:
    """The logged-in user as the services see it (a plain value, safe to keep in the GUI)."""

    id: int | None
    username: str
    role: Role
    display_name: str = ""
    may_verify_actions: bool = False

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                tr("この操作を行う権限がありません（{role}）。").format(role=role_label(self.role))
            )


# Acts for the app itself: schema set-up and the first administrator, before anyone logs in.
SYSTEM = Actor(id=None, username="system", role=Role.ADMIN, display_name="secdesk")


class Clock:
    """Now in UTC and today in Tokyo; tests pass a FixedClock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(TOKYO).date()


class FixedClock(Clock):
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)
