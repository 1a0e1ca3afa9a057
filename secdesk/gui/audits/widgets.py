"""Small pieces the audit screens share: filter combos, questions, file choosers, state words.

The questions and file choosers are module functions so that tests can replace them (a modal
dialog would block a headless test run).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secdesk.domain.fiscal import fiscal_year_label
from secdesk.gui.roster.dialogs import department_choices
from secdesk.gui.widgets.state_style import state_brush, state_icon, state_word
from secdesk.i18n import language

__all__ = [
    "ask_open_file",
    "ask_reason",
    "ask_save_file",
    "ask_text",
    "choose",
    "department_choices",
    "fill",
    "filter_combo",
    "read_only_table",
    "refill",
    "set_row",
    "value",
    "year_items",
]


# The choices' values live on the Python side of the combo, never in Qt's item data: an item
# stored with None comes back through an empty QVariant, which PySide6 6.12 returns without a
# reference (see gui/refcount_guard.py), and values of any Python type survive unchanged.


def fill(combo: QComboBox, items: list[tuple[str, object]], empty: str | None = None) -> None:
    """Choices (text, value), with an optional first choice meaning "none" (value None)."""
    values = ([None] if empty is not None else []) + [v for _, v in items]
    combo._values = values  # read before clear() and addItem() fire currentIndexChanged
    combo.clear()
    if empty is not None:
        combo.addItem(empty)
    for text, _ in items:
        combo.addItem(text)


def value(combo: QComboBox) -> object:
    """The chosen value (None for the "none" choice or an empty combo)."""
    values = getattr(combo, "_values", [])
    index = combo.currentIndex()
    return values[index] if 0 <= index < len(values) else None


def choose(combo: QComboBox, wanted: object) -> None:
    """Choose the item with this value, or the first one when there is none."""
    values = getattr(combo, "_values", [])
    index = next((i for i, v in enumerate(values) if v == wanted), 0)
    combo.setCurrentIndex(index if values else -1)


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """A reason (for 取消, 再開 …); None when the person cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
    return text.strip() if ok and text.strip() else None


def ask_text(parent: QWidget, title: str, prompt: str, value: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, prompt, text=value)
    return text.strip() if ok and text.strip() else None


def ask_open_file(parent: QWidget, title: str, filters: str, folder: str = "") -> str | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder or str(Path.home()), filters)
    return chosen or None


def ask_save_file(parent: QWidget, title: str, suggested: str) -> str | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested)
    return chosen or None


def year_items(years: list[int]) -> list[tuple[str, int]]:
    return [(fiscal_year_label(y, language()), y) for y in years]


def filter_combo(
    parent: QWidget, name: str, accessible: str, items: list[tuple[str, object]], empty: str
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(accessible)
    # Long audit titles must not widen the window: the popup shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(7)
    combo.view().setMinimumWidth(320)
    fill(combo, items, empty)
    return combo


def refill(combo: QComboBox, items: list[tuple[str, object]], empty: str | None) -> None:
    """New items, keeping the choice when it is still there, without firing a change."""
    current = value(combo)
    combo.blockSignals(True)
    fill(combo, items, empty)
    choose(combo, current)
    combo.blockSignals(False)


def read_only_table(
    parent: QWidget, name: str, headers: list[str], widths: list[int]
) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def set_row(
    table: QTableWidget, row: int, values: list[object], state: str | None = None, key=None
) -> None:
    """Fill a row; a state colours it and puts its word and icon in the first cell."""
    brush = state_brush(state)
    for column, value in enumerate(values):
        item = QTableWidgetItem("" if value is None else str(value))
        if brush is not None:
            item.setForeground(brush)
        if column == 0:
            if key is not None:
                from PySide6.QtCore import Qt

                item.setData(Qt.ItemDataRole.UserRole, key)
            icon = state_icon(state)
            if icon is not None:
                item.setIcon(icon)
            if state:
                item.setToolTip(state_word(state))
        table.setItem(row, column, item)


def state_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
