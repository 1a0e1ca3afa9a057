"""分類・重大度: the master lists of the register (administrators). Entries in use are switched off,
never deleted, so old records keep theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error


def ask_name(parent: QWidget, title: str, label: str) -> str | None:
    """A name typed by the administrator. Replaced in tests."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class MastersDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(tr("分類と重大度"))
        self.categories = QTreeWidget(self)
        self.categories.setObjectName("category_tree")
        self.categories.setAccessibleName(tr("分類"))
        self.categories.setHeaderLabels([tr("分類"), tr("状態")])
        self.categories.setColumnWidth(0, 300)
        self.severities = QTreeWidget(self)
        self.severities.setObjectName("severity_list")
        self.severities.setAccessibleName(tr("重大度"))
        self.severities.setHeaderLabels([tr("重大度"), tr("順位"), tr("説明"), tr("状態")])
        self.severities.setColumnWidth(0, 90)
        self.severities.setRootIsDecorated(False)

        def buttons(specs) -> QHBoxLayout:
            row = QHBoxLayout()
            for text, slot, name in specs:
                button = QPushButton(text, self)
                button.setObjectName(name)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            return row

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("分類（2階層）。小分類は、選んだ大分類の下に追加します。"), self)
        )
        layout.addLayout(
            buttons(
                [
                    (tr("大分類を追加…"), self.add_top, "add_top_category"),
                    (tr("小分類を追加…"), self.add_sub, "add_sub_category"),
                    (tr("使用停止 / 再開"), self.toggle_category, "toggle_category"),
                ]
            )
        )
        layout.addWidget(self.categories, 2)
        layout.addWidget(QLabel(tr("重大度（順位の大きいほど重大）"), self))
        layout.addLayout(
            buttons(
                [
                    (tr("重大度を追加…"), self.add_severity, "add_severity"),
                    (tr("使用停止 / 再開"), self.toggle_severity, "toggle_severity"),
                ]
            )
        )
        layout.addWidget(self.severities, 1)
        layout.addWidget(close)
        self.resize(640, 600)
        self.reload()

    def reload(self) -> None:
        masters, actor = self.ctx.services.incident_masters, self.ctx.actor
        self.category_rows = masters.categories(actor)
        self.severity_rows = masters.severities(actor)
        self.categories.clear()
        tops: dict[int, QTreeWidgetItem] = {}
        for c in self.category_rows:
            state = tr("使用中") if c.active else tr("使用停止")
            parent = tops.get(c.parent_id) if c.parent_id else None
            item = (
                QTreeWidgetItem([c.name, state])
                if parent is None
                else QTreeWidgetItem(parent, [c.name, state])
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            if parent is None:
                self.categories.addTopLevelItem(item)
                tops[c.id] = item
        self.categories.expandAll()
        self.severities.clear()
        for s in self.severity_rows:
            item = QTreeWidgetItem(
                [s.name, str(s.rank), s.description, tr("使用中") if s.active else tr("使用停止")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            self.severities.addTopLevelItem(item)

    def _run(self, fn) -> None:
        try:
            fn()
        except Exception as error:
            show_error(self, error)
            return
        self.changed = True
        self.reload()
        self.ctx.hub.changed.emit("incident_category")

    def _selected(self, tree: QTreeWidget):
        item = tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def add_top(self) -> None:
        name = ask_name(self, tr("大分類を追加"), tr("大分類の名前"))
        if name:
            self._run(lambda: self.ctx.services.incident_masters.add_category(self.ctx.actor, name))

    def add_sub(self) -> None:
        selected = self._selected(self.categories)
        top = next((c for c in self.category_rows if c.id == selected), None)
        if top is None:
            return
        parent_id = top.parent_id or top.id
        name = ask_name(self, tr("小分類を追加"), tr("小分類の名前"))
        if name:
            self._run(
                lambda: self.ctx.services.incident_masters.add_category(
                    self.ctx.actor, name, parent_id
                )
            )

    def toggle_category(self) -> None:
        selected = self._selected(self.categories)
        row = next((c for c in self.category_rows if c.id == selected), None)
        if row is not None:
            self._run(
                lambda: self.ctx.services.incident_masters.set_category_active(
                    self.ctx.actor, row.id, not row.active
                )
            )

    def add_severity(self) -> None:
        name = ask_name(self, tr("重大度を追加"), tr("重大度の名前"))
        if not name:
            return
        rank = max((s.rank for s in self.severity_rows), default=0) + 1
        self._run(
            lambda: self.ctx.services.incident_masters.add_severity(self.ctx.actor, name, rank)
        )

    def toggle_severity(self) -> None:
        selected = self._selected(self.severities)
        row = next((s for s in self.severity_rows if s.id == selected), None)
        if row is not None:
            self._run(
                lambda: self.ctx.services.incident_masters.set_severity_active(
                    self.ctx.actor, row.id, not row.active
                )
            )
