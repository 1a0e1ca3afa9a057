"""How a row's state looks: colour only with a word and an icon beside it, never alone."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from secdesk.i18n import tr
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_INACTIVE, STATE_OVERDUE

# Dark enough for text on white (WCAG AA contrast).
COLOURS = {
    STATE_OVERDUE: "#b3261e",
    STATE_DUE_SOON: "#8a5300",
    STATE_DONE: "#6b6b6b",
    STATE_INACTIVE: "#6b6b6b",
}


def state_word(state: str | None) -> str:
    return {
        STATE_OVERDUE: tr("期限超過"),
        STATE_DUE_SOON: tr("期限間近"),
        STATE_DONE: tr("完了"),
        STATE_INACTIVE: tr("無効"),
    }.get(state or "", "")


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def state_brush(state: str | None) -> QBrush | None:
    colour = COLOURS.get(state or "")
    return _brush(colour) if colour else None


def state_icon(state: str | None) -> QIcon | None:
    pixmap = {
        STATE_OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
        STATE_DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
        STATE_DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
    }.get(state or "")
    if pixmap is None:
        return None
    return QApplication.style().standardIcon(pixmap)
