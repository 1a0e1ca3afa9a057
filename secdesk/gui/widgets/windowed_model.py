"""A table model over a ListSource that never holds the table.

It keeps the ordered ids of the current query (8 bytes a row) and a bounded cache of rows. A new
query first fetches the count and the first page of ids, so the list shows at once; the full id
list follows in the background (one at a time, on the runner's bulk pool, so that first pages
never wait behind it), after which any scroll position is one indexed lookup away. A newer query
cancels the full load of the one it replaces: typing a search one key at a time starts one load
per key, and only the last is wanted.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from secdesk.domain.timezone import format_local
from secdesk.gui.widgets.state_style import state_brush, state_icon, state_word
from secdesk.i18n import tr
from secdesk.services.core.listing import ColumnSpec, ListQuery, ListRow

FIRST_PAGE = 200
PAGE = 100
CACHE_ROWS = 4000

Index = QModelIndex | QPersistentModelIndex


def display_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "○" if value else ""
    if isinstance(value, datetime):
        return format_local(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class WindowedTableModel(QAbstractTableModel):
    countChanged = Signal(int)
    loaded = Signal()  # the ids of the current query are all in
    failed = Signal(object)

    def __init__(self, source, actor, runner, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.actor = actor
        self.runner = runner
        self.columns: list[ColumnSpec] = source.columns()
        self.query = ListQuery()
        self._ids = array("q")
        self._total = 0
        self._complete = True
        self._cache: OrderedDict[int, ListRow] = OrderedDict()
        self._generation = 0
        self._full_load = None  # the Task loading every id of the current query

    # --- loading -----------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Fetch the count and first page, then all ids, for the current query."""
        self._generation += 1
        generation, query = self._generation, self.query
        source, actor = self.source, self.actor
        if self._full_load is not None:
            self._full_load.cancel()  # stops within one chunk of ids
            self._full_load = None

        def first(_progress):
            return source.count(actor, query), source.ids(actor, query, limit=FIRST_PAGE)

        def show_first(result) -> None:
            if generation != self._generation:
                return
            total, ids = result
            self.beginResetModel()
            self._cache.clear()
            self._ids, self._total = ids, total
            self._complete = len(ids) >= total
            self.endResetModel()
            self.countChanged.emit(total)
            if self._complete:
                self.loaded.emit()
            else:
                self._full_load = self.runner.bulk(
                    lambda progress: source.ids(actor, query, progress=progress),
                    show_all,
                    self._fail,
                )

        def show_all(ids) -> None:
            if generation != self._generation:
                return
            self._full_load = None
            if len(ids) != self._total:
                self.beginResetModel()
                self._ids, self._total = ids, len(ids)
                self.endResetModel()
                self.countChanged.emit(self._total)
            else:
                self._ids = ids
                self.dataChanged.emit(
                    self.index(0, 0), self.index(max(self._total - 1, 0), len(self.columns) - 1)
                )
            self._complete = True
            self.loaded.emit()

        self.runner.read(first, show_first, self._fail)

    def _fail(self, error) -> None:
        from secdesk.gui.tasks import Cancelled

        if not isinstance(error, Cancelled):  # a superseded load: nobody is waiting for it
            self.failed.emit(error)

    def invalidate_rows(self) -> None:
        """Forget cached rows (after an edit elsewhere) and reload ids in place."""
        self.reload()

    # --- access ------------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int, near: int | None = None) -> int | None:
        """The row showing a record; `near` (where it was) is looked at first, so keeping the
        selection after a reload costs a few comparisons, not a scan of a million ids."""
        if near is not None:
            start = max(0, near - PAGE)
            window = self._ids[start : near + PAGE]
            try:
                return start + window.index(record_id)
            except ValueError:
                pass
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    @property
    def total(self) -> int:
        return self._total

    @property
    def complete(self) -> bool:
        return self._complete

    def _row(self, row: int) -> ListRow | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        cached = self._cache.get(record_id)
        if cached is not None:
            self._cache.move_to_end(record_id)
            return cached
        # Fetch the page around this row in one query (a few ms even with a million rows).
        start = max(0, row - PAGE // 4)
        page = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        fetched = self.source.rows(self.actor, page)
        for i in page:
            if i in fetched:
                self._cache[i] = fetched[i]
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.columns[section].label)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._total:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[column].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        row = self._row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = display_text(row.values[column])
            if role == Qt.ItemDataRole.AccessibleTextRole and column == 0 and row.state:
                return f"{state_word(row.state)} {text}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (state_word(row.state) if row.state else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            brush = state_brush(row.state)
            return brush if brush is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return state_icon(row.state)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            ListQuery(self.query.text, self.query.filters, self.columns[column].key, descending)
        )
