"""PySide6 6.12 on Python 3.11 drops a reference to None on every void call; the guard that
secdesk.gui installs keeps long sessions (and this test run) from aborting."""

import sys

from PySide6.QtCore import QObject

import secdesk.gui  # noqa: F401  (installs the guard)


def test_a_long_session_of_void_calls_leaves_none_alive():
    probe = QObject()
    for _ in range(100_000):  # more than None's whole count without the guard
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 1_000


def test_guard_is_only_applied_where_references_are_lost():
    from secdesk.gui import refcount_guard

    if sys.version_info >= (3, 12):
        assert not refcount_guard.apply()
    else:
        # Applied once already; a second call must not be needed for the test above to pass.
        assert sys.getrefcount(None) > 1 << 39 or not refcount_guard.binding_drops_references()
