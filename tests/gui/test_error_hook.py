"""An exception in a slot of the windowed program is shown to the person with a reference and
written to the log without personal data (a windowed Windows build has no console)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from secdesk import logs
from secdesk.gui import errors


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup(tmp_path / "logs")
    yield path
    for handler in list(logs.log.handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            logs.log.removeHandler(handler)
            handler.close()


@pytest.fixture
def shown(monkeypatch, log_file):
    seen: list[tuple[str, str]] = []
    previous = sys.excepthook
    errors.install(str(log_file), show=lambda ref, where: seen.append((ref, where)))
    yield seen
    sys.excepthook = previous


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_and_logged_without_personal_data(qtbot, shown, log_file):
    button = QPushButton("添付を保存")
    qtbot.addWidget(button)

    def save_attachment() -> None:
        raise PermissionError("C:/Users/yamada/山田太郎の住所.docx を書き込めません")

    button.clicked.connect(save_attachment)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    reference, where = shown[0]
    assert where == str(log_file) and len(reference) == 8
    text = log_file.read_text(encoding="utf-8")
    assert reference in text and "PermissionError" in text
    assert "save_attachment" in text and "test_error_hook.py" in text  # where it happened
    assert "山田" not in text and "yamada" not in text  # never the message


def test_the_summary_follows_the_cause_and_keeps_no_message():
    try:
        try:
            raise KeyError("髙橋 花子")
        except KeyError as inner:
            raise ValueError("住所: 東京都") from inner
    except ValueError as error:
        text = logs.summary(error)
    assert text.startswith("builtins.ValueError") and "caused by builtins.KeyError" in text
    assert "髙橋" not in text and "東京都" not in text
