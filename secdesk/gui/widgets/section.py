"""What the main window expects of a section page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Section(QWidget):
    """A page of the navigation pane. Override what applies; the defaults do nothing."""

    navigate = Signal(str, dict)  # section key, filters: "show me the records behind this"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """F5, or something changed elsewhere."""

    def focus_search(self) -> None:
        """Ctrl+F."""

    def new_record(self) -> None:
        """Ctrl+N."""

    def show_filtered(self, **filters) -> None:
        """Open with a filter applied (dashboard tiles lead here)."""
