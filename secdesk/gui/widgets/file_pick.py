"""Choosing a file to import: one dialog, one filter, the last folder remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from secdesk.gui.i18n import tr


def ask_table_file(parent: QWidget, ctx, title: str) -> str | None:
    """A CSV or Excel file to read, starting in the folder used last; None when cancelled."""
    folder = ctx.settings.last_folder or str(Path.home())
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, folder, tr("CSV / Excel (*.csv *.txt *.xlsx);;すべてのファイル (*)")
    )
    if not chosen:
        return None
    ctx.settings.last_folder = str(Path(chosen).parent)
    return chosen
