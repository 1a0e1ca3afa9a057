"""Everything a screen needs, passed down from one composition point (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from secdesk.services.app import Services
from secdesk.services.core.accounts import UserInfo
from secdesk.settings import LocalSettings


class ChangeHub(QObject):
    """After any write, `changed(entity)` tells every open view to refresh what it shows."""

    changed = Signal(str)


@dataclass
class AppContext:
    services: Services
    runner: object  # gui.tasks.TaskRunner
    user: UserInfo
    settings: LocalSettings
    hub: ChangeHub = field(default_factory=ChangeHub)
    location: str = ""

    @property
    def actor(self):
        return self.user.actor()
