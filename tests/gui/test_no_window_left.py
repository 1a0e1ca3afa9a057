"""Every GUI test starts with no window of an earlier test alive (tests/gui/conftest.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from tests.gui.conftest import close_top_level_widgets


def test_windows_left_open_are_closed_and_deleted(qapp):
    assert QApplication.topLevelWidgets() == []  # nothing left by the tests before this one
    main, dialog, label = QMainWindow(), QDialog(), QLabel("残り")
    for widget in (main, dialog, label):
        widget.show()
    assert len(QApplication.topLevelWidgets()) == 3
    assert close_top_level_widgets() == []
    assert QApplication.topLevelWidgets() == []
    assert not any(shiboken6.isValid(w) for w in (main, dialog, label))
