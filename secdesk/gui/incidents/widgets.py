"""Small pieces the incident screens share: the master lists, Tokyo date-times in edits, tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secdesk.domain import incidents as vocab
from secdesk.domain.timezone import TOKYO
from secdesk.gui.i18n import tr
from secdesk.gui.roster.dialogs import department_choices, fill_combo
from secdesk.gui.widgets.state_style import state_brush, state_icon, state_word
from secdesk.services.core.listing import ListQuery

UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


@dataclass
class Choices:
    """The master lists the incident forms offer, loaded once per refresh of the section."""

    categories: list = field(default_factory=list)
    departments: list = field(default_factory=list)
    severities: list = field(default_factory=list)
    handlers: list = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    @classmethod
    def load(cls, services, actor) -> Choices:
        masters = services.incident_masters
        return cls(
            masters.categories(actor),
            services.departments.list(actor),
            masters.severities(actor),
            masters.handlers(actor),
            masters.fiscal_years(actor),
        )


def set_when(edit: QDateTimeEdit, value: datetime | None, optional: bool = False) -> None:
    """Show an instant as Tokyo wall-clock time; an unset optional value shows its special text."""
    if optional:
        edit.setMinimumDateTime(UNSET)
    if value is None:
        edit.setDateTime(UNSET)
        return
    local = value.astimezone(TOKYO)
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def get_when(edit: QDateTimeEdit, optional: bool = False) -> datetime | None:
    value = edit.dateTime()
    if optional and value == UNSET:
        return None
    naive = value.toPython().replace(second=0, microsecond=0)
    return naive.replace(tzinfo=TOKYO)


def fill_categories(combo: QComboBox, categories, current: int | None = None) -> None:
    items = [
        (c.label + ("" if c.active else tr("（使用停止）")), c.id)
        for c in categories
        if c.active or c.id == current
    ]
    fill_combo(combo, items, tr("（未設定）"))


def fill_departments(combo: QComboBox, departments, current: int | None = None) -> None:
    shown = [d for d in departments if d.active or d.id == current]
    fill_combo(combo, department_choices(shown), tr("（未設定）"))


def fill_reporters(combo: QComboBox, services, actor, department_id: int | None, current=None):
    """Staff of the chosen department (the usual reporter), plus the current reporter."""
    items: list[tuple[str, int]] = []
    if department_id is not None:
        source = services.staff.list_source()
        ids = source.ids(actor, ListQuery().with_filters(departments=(department_id,)))
        rows = source.rows(actor, ids)
        items = [(f"{rows[i].values[0]} {rows[i].values[1]}", i) for i in ids if i in rows]
    if current is not None and all(data != current[0] for _, data in items):
        items.insert(0, (current[1], current[0]))
    fill_combo(combo, items, tr("（未設定）"))


def fill_codes(combo: QComboBox, labels: dict[str, str], empty: str | None = None) -> None:
    fill_combo(combo, [(tr(text), code) for code, text in labels.items()], empty)


def read_only_table(
    parent: QWidget, name: str, headers: list[str], widths: list[int]
) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def fill_table(
    table: QTableWidget, rows: list[tuple], states: list[str | None] | None = None
) -> None:
    """Rows of text; a row's state colours it, and puts its word and icon in the state column."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        state = states[row] if states else None
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            brush = state_brush(state)
            if brush is not None:
                item.setForeground(brush)
            if column == 0 and state:
                icon = state_icon(state)
                if icon is not None:
                    item.setIcon(icon)
                item.setToolTip(state_word(state))
            table.setItem(row, column, item)


def status_text(code: str) -> str:
    return vocab.label(vocab.STATUS_LABELS, code)
