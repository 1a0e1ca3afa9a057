"""`secdesk demo`: realistic Japanese demo data so that a new user sees a living register.

Every record goes in through the services, as a person's work would (and so into the trail).
Each register adds its own step to STEPS.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from secdesk.domain.errors import SecdeskError
from secdesk.i18n import tr

DemoStep = Callable[["object", "object", random.Random], str]


def _steps() -> list[DemoStep]:
    from secdesk.demo import audits, incidents, roster, training, users

    return [
        roster.add_roster,
        users.add_users,
        incidents.add_incidents,
        training.add_training,
        audits.add_audits,
    ]


def run_demo(services, actor, seed: int = 2026, progress: Callable[[str], None] = print) -> None:
    from secdesk.services.core.listing import ListQuery

    if services.staff.list_source().count(actor, ListQuery().with_filters(include_inactive=True)):
        raise SecdeskError(tr("デモデータは職員が登録されていないデータベースにだけ追加できます。"))
    rng = random.Random(seed)
    for step in _steps():
        progress(step(services, actor, rng))
