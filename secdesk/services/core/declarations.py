"""The one seam through which core reads what the registers declare, without importing them.

Each register declares its organisation settings, dashboard tiles, trail labels and after-load
hooks in its own modules. Core needs them only when it reads them (the settings dialog, the
dashboard, the trail view, a restore), and core may not import a register: the composition point
(`secdesk.services`) installs a loader here, and core calls `ensure()` before it reads.
"""

from __future__ import annotations

from collections.abc import Callable

_loader: Callable[[], None] | None = None


def install(loader: Callable[[], None]) -> None:
    """Called once by the composition point; the loader must be cheap after its first call."""
    global _loader
    _loader = loader


def ensure() -> None:
    """Make every register's declarations before reading them."""
    if _loader is not None:
        _loader()
