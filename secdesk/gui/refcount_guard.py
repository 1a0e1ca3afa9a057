"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

shiboken 6.12 hands back `None` from every void method (and from empty QVariants) without taking
a reference to it: each `label.setText(…)` lowers None's reference count by one. Python 3.12 and
newer do not count references to None, True and False (they are immortal), so nothing happens
there; on 3.11 a few tens of thousands of calls bring None's count to zero and the interpreter
aborts ("deallocating None"), at the latest when it exits. When the binding is seen to drop
references, the three constants are given a count no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def binding_drops_references() -> bool:
    """Whether calling a void Qt method from Python loses a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("refcount-probe")
    return sys.getrefcount(None) < before - 32


def apply() -> bool:
    """Raise the counts of None, True and False if needed; returns whether it did."""
    if sys.version_info >= (3, 12) or not binding_drops_references():
        return False
    for constant in (None, True, False):
        # ob_refcnt is the first field of every object header in CPython 3.11.
        ctypes.c_ssize_t.from_address(id(constant)).value += _HEADROOM
    return True
