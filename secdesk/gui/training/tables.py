"""Small summary tables of the training screens (departments of a course, of a drill, a person's
history): a read-only model with sortable columns, and a view that opens a row with Enter."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from secdesk.gui.widgets.state_style import state_brush, state_icon

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    label: str  # already translated
    width: int = 100
    align_right: bool = False


@dataclass(frozen=True)
class SummaryRow:
    key: object  # what opening the row acts on (a department id, a course id …)
    values: tuple[str, ...]
    sort_values: tuple[object, ...] = ()
    state: str | None = None  # listing.STATE_*: colour and icon, always beside a word
    tooltip: str = ""
    flags: dict[str, object] = field(default_factory=dict)


class SummaryTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    KEY_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[SummaryRow] = []

    def set_rows(self, rows: list[SummaryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].label
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column >= len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.values[column]
        if role == self.SORT_ROLE:
            return row.sort_values[column] if column < len(row.sort_values) else row.values[column]
        if role == self.KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return state_brush(row.state)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return state_icon(row.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        return None


class SummaryFilter(QSortFilterProxyModel):
    """Sorts by each column's sort value; optionally keeps only rows with a flag set."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SummaryTableModel.SORT_ROLE)
        self.required_flag: str | None = None

    def set_required_flag(self, flag: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later; older ones lack it
            self.beginFilterChange()
            self.required_flag = flag
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.required_flag = flag
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.required_flag is None:
            return True
        model = self.sourceModel()
        return bool(model.rows[source_row].flags.get(self.required_flag))


class SummaryTable(QTableView):
    """Keyboard first: arrows move, Enter (or a double click) opens the row."""

    opened = Signal(object)  # the row's key

    def __init__(self, columns: list[Column], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.source = SummaryTableModel(columns, self)
        self.proxy = SummaryFilter(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(columns):
            self.setColumnWidth(index, column.width)
        self.activated.connect(self._activated)

    def set_rows(self, rows: list[SummaryRow]) -> None:
        self.source.set_rows(rows)

    def restore_widths(self, settings) -> None:
        """Column widths as the person left them (LocalSettings.column_widths, by table name)."""
        saved = settings.column_widths.get(self.objectName(), {})
        for index, column in enumerate(self.source.columns):
            if column.label in saved:
                self.setColumnWidth(index, int(saved[column.label]))

    def save_widths(self, settings) -> None:
        settings.column_widths[self.objectName()] = {
            column.label: self.columnWidth(index)
            for index, column in enumerate(self.source.columns)
        }

    def visible_rows(self) -> int:
        return self.proxy.rowCount()

    def key_at(self, row: int) -> object:
        return self.proxy.index(row, 0).data(SummaryTableModel.KEY_ROLE)

    def current_key(self) -> object:
        index = self.currentIndex()
        return index.data(SummaryTableModel.KEY_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(index.data(SummaryTableModel.KEY_ROLE))
