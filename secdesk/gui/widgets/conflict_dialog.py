"""Shown when someone else saved the record first: both versions side by side, nothing lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.errors import EditConflict
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.windowed_model import display_text


class ConflictDialog(QDialog):
    def __init__(self, error: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(tr("保存できませんでした（同時編集）"))
        details = error.details
        intro = QLabel(
            str(error)
            + "\n"
            + tr(
                "あなたの入力は画面に残っています。下の表で違いを確かめ、必要なら内容を直してから保存し直してください。"
            ),
            self,
        )
        intro.setWordWrap(True)
        keys = sorted(set(details.mine) | set(details.theirs))
        differing = [
            k
            for k in keys
            if display_text(details.mine.get(k)) != display_text(details.theirs.get(k))
        ]
        table = QTableWidget(len(differing), 3, self)
        table.setObjectName("conflict_table")
        table.setHorizontalHeaderLabels([tr("項目"), tr("あなたの入力"), tr("保存されている内容")])
        for row, key in enumerate(differing):
            for column, value in enumerate(
                (key, display_text(details.mine.get(key)), display_text(details.theirs.get(key)))
            ):
                table.setItem(row, column, QTableWidgetItem(value))
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 140)
        table.setColumnWidth(1, 220)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 360)
