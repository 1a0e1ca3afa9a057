"""Errors nobody would see: an exception in a slot of the windowed program (which has no
console) is logged without personal data (secdesk.logs) and shown to the person in Japanese with
a reference to quote, instead of vanishing."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from secdesk import logs
from secdesk.domain.errors import SecdeskError
from secdesk.gui.i18n import tr


def show_unexpected(reference: str, log_file: str) -> None:
    QMessageBox.critical(
        QApplication.activeWindow(),
        tr("secdesk - 予期しないエラー"),
        tr(
            "予期しないエラーが発生しました（参照番号 {ref}）。保存済みのデータは失われていません。"
            "同じ操作で繰り返し起きる場合は、参照番号とログの場所（{log}）を管理者に伝えてください。"
        ).format(ref=reference, log=log_file),
    )


def install(log_file: str, show=show_unexpected) -> None:
    """Make `sys.excepthook` log and show errors raised in slots and event handlers."""
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        if isinstance(error, SecdeskError):  # an expected problem: its message is for the person
            QMessageBox.warning(QApplication.activeWindow(), tr("secdesk"), str(error))
            return
        if error.__traceback__ is None:
            error = error.with_traceback(trace)
        show(logs.report(error), log_file)

    sys.excepthook = hook
