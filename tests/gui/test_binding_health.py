"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call (setText, show …)
and one to True on every signal emit, until the interpreter aborted ("deallocating None",
"bool_dealloc") after some thousands of calls. pyproject.toml keeps that release out; these
tests fail if a binding with the fault comes back."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel


def test_qt_calls_leave_the_reference_count_of_none_alone(qtbot):
    label = QLabel()
    combo = QComboBox()
    combo.addItem("空", None)
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("確認")
        combo.currentData()
    assert sys.getrefcount(None) - before > -100


class _Emitter(QObject):
    happened = Signal()


def test_signal_emits_leave_the_reference_count_of_true_alone(qtbot):
    emitter = _Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.happened.emit()
    assert sys.getrefcount(True) - before > -100
