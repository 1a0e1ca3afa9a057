"""A workaround for a reference-count bug in PySide6 6.12.0.

Its `SignalInstance.emit()` returns True without taking a new reference, so every emit made
from Python takes one reference away from True. On Python 3.11 (where True is not immortal)
the count reaches zero after some thousands of emits and the interpreter aborts ("Fatal Python
error: bool_dealloc"), at exit or in the middle of a session. The fix measures the leak once
and, only when it is there, hands back the missing reference after each emit.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def _emit_leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Install the workaround if this PySide6 needs it; returns whether it was installed."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not _emit_leaks():
        return False  # immortal True, or a PySide6 without the bug
    from PySide6.QtCore import SignalInstance

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        incref(result)  # the reference PySide forgot to take
        return result

    SignalInstance.emit = emit
    _applied = True
    return True
