"""The registers' declarations — organisation settings, dashboard tiles, trail labels, after-load
hooks (the search index rebuilt after a restore or transfer) — made when
they are first needed, not at start-up: the login window needs none of them."""

from __future__ import annotations

from functools import cache


@cache
def load_registers() -> None:
    # Imported for what they declare when imported; the names are not used here.
    from secdesk.services.audits import common, overview  # noqa: F401
    from secdesk.services.incidents import dashboard, search, service, settings  # noqa: F401
    from secdesk.services.reports import catalogue  # noqa: F401
    from secdesk.services.training import dashboard as training_dashboard  # noqa: F401
    from secdesk.services.training import register  # noqa: F401
