"""The list every register shows: filter bar, count, sortable columns, keyboard first.

Typing in the search box filters as you type (after a short pause); Ctrl+F jumps there; Enter
or a double click opens the record; column widths are remembered per list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.windowed_model import WindowedTableModel
from secdesk.services.core.listing import ListQuery

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 26


class ListPage(QWidget):
    opened = Signal(int)  # record id
    selection_changed = Signal(object)  # record id or None

    def __init__(
        self,
        ctx,
        source,
        list_id: str,
        search_hint: str,
        parent: QWidget | None = None,
        default_sort: str = "",
        descending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list_id = list_id
        self.model = WindowedTableModel(source, ctx.actor, ctx.runner, self)
        self.model.countChanged.connect(self._show_count)
        self.model.failed.connect(lambda error: show_error(self, error))
        self._base_query = ListQuery()

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{list_id}_search")
        self.search.setPlaceholderText(search_hint + " (Ctrl+F)")
        self.search.setAccessibleName(tr("検索"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self.search.returnPressed.connect(self._focus_table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)

        self.count_label = QLabel(tr("読み込み中…"), self)
        self.count_label.setObjectName(f"{list_id}_count")
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 2)

        bar = QHBoxLayout()
        bar.addLayout(self.filter_bar, 1)
        bar.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName(f"{list_id}_table")
        self.table.setAccessibleName(tr("一覧"))
        self.table.setModel(self.model)
        # Enabling sorting sorts at once by the header's indicator: point it at the default first.
        keys = [c.key for c in self.model.columns]
        if default_sort in keys:
            self.model.query = ListQuery(sort=default_sort, descending=descending)
            self.table.horizontalHeader().setSortIndicator(
                keys.index(default_sort),
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._restore_selection)
        self._selected_id: int | None = None
        self._selected_row: int | None = None  # where it was: found again without a scan
        self._apply_widths()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # --- query -------------------------------------------------------------------------------

    def set_base_query(self, query: ListQuery) -> None:
        """Filters from the page's own widgets (department, status …); the text comes from search."""
        self._base_query = query
        self.apply()

    def current_query(self) -> ListQuery:
        model_query = self.model.query
        return ListQuery(
            self.search.text().strip(),
            self._base_query.filters,
            model_query.sort,
            model_query.descending,
        )

    def apply(self) -> None:
        self._timer.stop()
        self.count_label.setText(tr("読み込み中…"))
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        self.count_label.setText(tr("読み込み中…"))
        self.model.reload()

    def _search_later(self) -> None:
        self._timer.start()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(tr("{n} 件").format(n=f"{total:,}"))

    # --- selection and opening -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.apply()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.opened.emit(record_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected_id = self.model.id_at(current.row()) if current.isValid() else None
        self._selected_row = current.row() if current.isValid() else None
        self.selection_changed.emit(self._selected_id)

    def selected_id(self) -> int | None:
        return self._selected_id

    def select_id(self, record_id: int) -> None:
        """Select a record now if the list holds it, else as soon as the list has loaded."""
        self._selected_id = record_id
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id, near=self._selected_row)
        if row is not None:
            self.table.selectRow(row)

    # --- column widths -------------------------------------------------------------------------

    def _apply_widths(self) -> None:
        saved = self.ctx.settings.column_widths.get(self.list_id, {})
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(column, int(saved.get(spec.key, spec.width)))

    def save_layout(self) -> None:
        self.ctx.settings.column_widths[self.list_id] = {
            spec.key: self.table.columnWidth(column)
            for column, spec in enumerate(self.model.columns)
        }
