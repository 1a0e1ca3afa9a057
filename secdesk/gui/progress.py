"""Long work with a progress bar and a cancel button, shown only if the work takes a while."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from secdesk.gui.i18n import tr
from secdesk.gui.tasks import Cancelled, Progress, Task

SHOW_AFTER_MS = 500


def run_with_progress(
    parent: QWidget,
    runner,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    write: bool = True,
) -> Task:
    """Run `fn` in the background; a progress dialog appears if it is still running after 0.5 s."""
    dialog = QProgressDialog(title, tr("キャンセル"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def finished_ok(result: Any) -> None:
        dialog.close()
        on_done(result)

    def finished_error(error: BaseException) -> None:
        dialog.close()
        if isinstance(error, Cancelled):
            parent.window().statusBar().showMessage(
                tr("キャンセルしました。何も変更していません。"), 5000
            ) if hasattr(parent.window(), "statusBar") else None
            return
        if on_error is not None:
            on_error(error)
        else:
            from secdesk.gui.widgets.forms import show_error

            show_error(parent, error)

    start = runner.write if write else runner.read
    task = start(fn, finished_ok, finished_error)
    if not task.done:

        def progressed(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        task.progressed.connect(progressed)
        dialog.canceled.connect(task.cancel)
        dialog.setValue(0)
    return task
