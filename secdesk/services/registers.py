"""The registers' declarations — organisation settings, dashboard tiles, trail labels — made
when they are first needed, not at start-up: the login window needs none of them."""

from __future__ import annotations

from functools import cache


@cache
def load_registers() -> None:
    from secdesk.services import (  # noqa: F401 - imported for their declarations
        audit_common,
        audit_overview,
        incident_dashboard,
        incident_settings,
        incidents,
        reports,
        training,
        training_dashboard,
    )
