"""Choose where to save an export, write it in the background, offer to open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from secdesk.gui.i18n import tr
from secdesk.gui.progress import run_with_progress

XLSX, CSV_UTF8, CSV_CP932 = "xlsx", "csv-utf8", "csv-cp932"


def ask_save_path(
    parent: QWidget, title: str, suggested: str, formats: tuple[str, ...]
) -> tuple[Path, str] | None:
    """Ask for a file; returns (path, format). Replaced in tests."""
    labels = {
        XLSX: tr("Excel ブック (*.xlsx)"),
        CSV_UTF8: tr("CSV・UTF-8 (*.csv)"),
        CSV_CP932: tr("CSV・Shift_JIS（古い Excel 用） (*.csv)"),
        "pdf": tr("PDF (*.pdf)"),
    }
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, suggested, ";;".join(labels[f] for f in formats)
    )
    if not chosen:
        return None
    fmt = next((f for f in formats if labels[f] == selected), formats[0])
    path = Path(chosen)
    wanted = ".xlsx" if fmt == XLSX else ".pdf" if fmt == "pdf" else ".csv"
    if path.suffix.lower() != wanted:
        path = path.with_suffix(wanted)
    return path, fmt


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_to_file(
    parent: QWidget,
    ctx,
    title: str,
    stem: str,
    write: Callable[[Path, str], object],
    formats: tuple[str, ...] = (XLSX, CSV_UTF8, CSV_CP932),
) -> None:
    """`write(path, encoding)` runs in the background and records the export in the trail."""
    folder = Path(ctx.settings.last_folder) if ctx.settings.last_folder else Path.home()
    today = ctx.services.clock.today().strftime("%Y%m%d")
    answer = ask_save_path(parent, title, str(folder / f"{stem}_{today}"), formats)
    if answer is None:
        return
    path, fmt = answer
    ctx.settings.last_folder = str(path.parent)
    encoding = "cp932" if fmt == CSV_CP932 else "utf-8-sig"

    def done(_result) -> None:
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("書き出しました: {path}").format(path=path), 8000)
        ctx.hub.changed.emit("export")
        if ctx.settings.open_after_export:
            open_file(path)

    run_with_progress(parent, ctx.runner, title, lambda _p: write(path, encoding), done)
