"""Fonts: the platform's own UI font, with the shipped Japanese font as a fallback.

On Windows (Yu Gothic UI / Meiryo UI) and desktop Linux a Japanese font exists and nothing is
loaded. On machines without one (CI, minimal Linux) the shipped BIZ UDGothic is registered, so
screens show Japanese text instead of empty boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from secdesk.paths import fonts_dir

SHIPPED = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf")


def ensure_japanese_font() -> str | None:
    """Register the shipped font when the system has no Japanese one; returns its family."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        return None
    family = None
    for name in SHIPPED:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        default = QFont().family()
        QFont.insertSubstitution(default, family)
        QFont.insertSubstitution("Sans Serif", family)
    return family
