"""The checklist catalog (versions per fiscal year and their items) and the ratings list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.gui.audits import widgets as audit_widgets
from secdesk.gui.audits.dialogs import AuditLookups
from secdesk.gui.audits.widgets import read_only_table, set_row
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error


class ChecklistPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checklists = []
        self.versions = read_only_table(
            self,
            "checklist_versions",
            [tr("年度"), tr("名称"), tr("版"), tr("項目数"), tr("使用中の監査"), tr("取り込み元")],
            [60, 260, 40, 60, 90],
        )
        self.versions.setAccessibleName(tr("チェックリストの版"))
        self.versions.itemSelectionChanged.connect(self._show_items)
        self.items = read_only_table(
            self,
            "checklist_items",
            [
                tr("No."),
                tr("分類"),
                tr("必須"),
                tr("監査項目"),
                tr("対象所属"),
                tr("参照"),
                tr("関連JIS Q 27002番号"),
            ],
            [70, 220, 40, 420, 130, 180],
        )
        self.items.setAccessibleName(tr("監査項目"))
        self.items.setWordWrap(True)
        can_edit = ctx.actor.can(Permission.EDIT_AUDITS)
        self.import_button = QPushButton(tr("チェックリストの取り込み…"), self)
        self.import_button.setObjectName("checklist_import")
        self.import_button.clicked.connect(self.import_checklist)
        self.import_button.setVisible(can_edit)
        self.ratings_button = QPushButton(tr("評価区分の編集…"), self)
        self.ratings_button.setObjectName("checklist_ratings")
        self.ratings_button.clicked.connect(self.edit_ratings)
        self.ratings_button.setVisible(ctx.actor.can(Permission.MANAGE_MASTER_DATA))
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.ratings_button)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.versions)
        splitter.addWidget(self.items)
        splitter.setSizes([180, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def set_lookups(self, lookups: AuditLookups) -> None:
        selected = self._selected()
        self.checklists = lookups.checklists
        self.versions.setRowCount(len(self.checklists))
        for row, checklist in enumerate(self.checklists):
            set_row(
                self.versions,
                row,
                [
                    checklist.fiscal_year,
                    checklist.title,
                    checklist.revision,
                    checklist.item_count,
                    checklist.audits,
                    checklist.source,
                ],
                key=checklist.id,
            )
        ids = [c.id for c in self.checklists]
        if ids:
            self.versions.selectRow(ids.index(selected) if selected in ids else 0)

    def _selected(self) -> int | None:
        row = self.versions.currentRow()
        item = self.versions.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_items(self) -> None:
        checklist_id = self._selected()
        if checklist_id is None:
            self.items.setRowCount(0)
            return
        actor, service = self.ctx.actor, self.ctx.services.audits.checklists
        self.ctx.runner.read(
            lambda _p: service.items(actor, checklist_id),
            self._items_loaded,
            lambda e: show_error(self, e),
        )

    def _items_loaded(self, items) -> None:
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            set_row(
                self.items,
                row,
                [
                    item.code,
                    item.category,
                    "○" if item.required else "",
                    item.text,
                    item.applies_label,
                    item.reference,
                    item.jis_ref,
                ],
            )
            self.items.item(row, 3).setToolTip(
                "\n".join(
                    f"{label}: {value}"
                    for label, value in (
                        (tr("監査資料の例"), item.evidence_examples),
                        (tr("監査実施の例"), item.procedure_examples),
                        (tr("ポリシーガイドライン例文番号"), item.policy_ref),
                        (tr("留意事項"), item.notes),
                    )
                    if value
                )
                or item.text
            )

    def import_checklist(self) -> None:
        from secdesk.gui.audits.import_dialogs import ChecklistImportDialog

        dialog = ChecklistImportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.ctx.hub.changed.emit("audit_checklist"))
        dialog.open()
        self.dialog = dialog

    def edit_ratings(self) -> None:
        dialog = RatingsDialog(self.ctx, self)
        dialog.finished.connect(lambda *_: self.ctx.hub.changed.emit("audit_rating"))
        dialog.open()
        self.dialog = dialog

    def apply_filters(self, **_filters) -> None:
        self._show_items()

    def refresh(self) -> None:
        self._show_items()

    def focus_search(self) -> None:
        self.versions.setFocus()

    def save_layout(self) -> None:
        pass


class RatingsDialog(QDialog):
    """評価区分: the office's own list; each change is saved at once and left in the trail."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("評価区分の編集"))
        self.table = read_only_table(
            self, "ratings_table", [tr("評価"), tr("是正処置"), tr("状態")], [160, 120]
        )
        self.table.setAccessibleName(tr("評価区分の一覧"))
        note = QLabel(
            tr(
                "評価の名前・順序・是正処置の要否を決めます。使われなくなった評価は無効にします（指摘事項の記録は残ります）。"
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QVBoxLayout()
        for text, slot in (
            (tr("追加…"), self.add),
            (tr("名前の変更…"), self.rename),
            (tr("是正処置の要否を切り替え"), self.toggle_action),
            (tr("有効・無効を切り替え"), self.toggle_active),
            (tr("上へ"), lambda: self.move(-1)),
            (tr("下へ"), lambda: self.move(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("閉じる"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(560, 360)
        self.load()

    def load(self, *_args) -> None:
        actor, service = self.ctx.actor, self.ctx.services.audits.ratings
        self.ctx.runner.read(
            lambda _p: service.list(actor, include_inactive=True),
            self._show,
            lambda e: show_error(self, e),
        )

    def _show(self, ratings) -> None:
        self.ratings = ratings
        row_before = self.table.currentRow()
        self.table.setRowCount(len(ratings))
        for row, rating in enumerate(ratings):
            set_row(
                self.table,
                row,
                [
                    rating.name,
                    tr("必要") if rating.requires_action else tr("不要"),
                    tr("有効") if rating.active else tr("無効"),
                ],
                None if rating.active else "inactive",
                rating.id,
            )
        if ratings:
            self.table.selectRow(min(max(row_before, 0), len(ratings) - 1))

    def _current(self):
        row = self.table.currentRow()
        return self.ratings[row] if 0 <= row < len(self.ratings) else None

    def _write(self, fn) -> None:
        self.ctx.runner.write(lambda _p: fn(), self.load, lambda e: show_error(self, e))

    def add(self) -> None:
        name = audit_widgets.ask_text(self, tr("評価区分の追加"), tr("評価の名前"))
        if name:
            service = self.ctx.services.audits.ratings
            self._write(lambda: service.add(self.ctx.actor, name))

    def rename(self) -> None:
        rating = self._current()
        name = rating and audit_widgets.ask_text(
            self, tr("名前の変更"), tr("評価の名前"), rating.name
        )
        if name:
            service = self.ctx.services.audits.ratings
            self._write(lambda: service.update(self.ctx.actor, rating.id, name=name))

    def toggle_action(self) -> None:
        rating = self._current()
        if rating:
            service = self.ctx.services.audits.ratings
            self._write(
                lambda: service.update(
                    self.ctx.actor, rating.id, requires_action=not rating.requires_action
                )
            )

    def toggle_active(self) -> None:
        rating = self._current()
        if rating:
            service = self.ctx.services.audits.ratings
            self._write(lambda: service.update(self.ctx.actor, rating.id, active=not rating.active))

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if not (0 <= row < len(self.ratings) and 0 <= other < len(self.ratings)):
            return
        first, second = self.ratings[row], self.ratings[other]
        service = self.ctx.services.audits.ratings

        def swap():
            service.update(self.ctx.actor, first.id, sort_order=second.sort_order)
            return service.update(self.ctx.actor, second.id, sort_order=first.sort_order)

        self.table.selectRow(other)
        self._write(swap)
