import sys

from PySide6.QtCore import QObject, Signal

import secdesk.gui  # noqa: F401  (installs the workaround, as the app does)


class _Sender(QObject):
    changed = Signal(str)


def test_emitting_from_python_keeps_true_alive():
    """PySide6 6.12.0 took a reference from True on every emit; thousands aborted the app."""
    sender = _Sender()
    before = sys.getrefcount(True)
    for _ in range(5000):
        sender.changed.emit("attendance")
    assert sys.getrefcount(True) - before >= 0
