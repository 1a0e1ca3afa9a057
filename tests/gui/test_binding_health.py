"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call (setText, show …),
until the interpreter aborted with "deallocating None" after some tens of thousands of calls.
pyproject.toml keeps that release out; this test fails if a binding with the fault comes back."""

import sys

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
