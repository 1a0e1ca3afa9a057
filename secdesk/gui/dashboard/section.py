"""ダッシュボード: the figures that matter this fiscal year; every number leads to its records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from secdesk.domain.fiscal import fiscal_year, fiscal_year_label
from secdesk.gui.i18n import tr
from secdesk.gui.widgets.forms import show_error
from secdesk.gui.widgets.section import Section
from secdesk.gui.widgets.state_style import COLOURS, state_word
from secdesk.i18n import language
from secdesk.services.core.dashboard import Tile

COLUMNS = 4


class TileButton(QPushButton):
    """A figure with its title; pressing it (click, Enter, Space) opens the records behind it."""

    def __init__(self, tile: Tile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName(f"tile_{tile.key}")
        word = state_word(tile.state)
        colour = COLOURS.get(tile.state or "", "#1f2d3d")
        value = f"{tile.value}"
        self.setText("")
        label = QLabel(
            f"<div style='font-size:10pt;color:#44546a'>{tile.title}</div>"
            f"<div style='font-size:22pt;font-weight:bold;color:{colour}'>{value}</div>"
            f"<div style='font-size:9pt;color:{colour}'>{word + ' ' if word else ''}{tile.detail}</div>",
            self,
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setMinimumSize(200, 110)
        self.setAccessibleName(f"{tile.title} {tile.value} {word} {tile.detail}".strip())
        self.setToolTip(tr("クリックすると内訳の一覧を開きます") if tile.section else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class DashboardSection(Section):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        year = fiscal_year(ctx.services.clock.today())
        self.heading = QLabel(
            tr("ダッシュボード　{fy}").format(fy=fiscal_year_label(year, language())), self
        )
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.body = QWidget(self)
        self.grid = QVBoxLayout(self.body)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.tiles: list[TileButton] = []
        self.refresh()

    def refresh(self) -> None:
        actor, service = self.ctx.actor, self.ctx.services.dashboard
        self.ctx.runner.read(
            lambda _p: service.tiles(actor), self._show, lambda e: show_error(self, e)
        )

    def _show(self, tiles: list[Tile]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear(item.layout())
        self.tiles = []
        groups: dict[str, list[Tile]] = {}
        for tile in tiles:
            groups.setdefault(tile.group, []).append(tile)
        for group, members in groups.items():
            title = QLabel(group, self.body)
            title.setStyleSheet("font-size: 12pt; font-weight: bold; margin-top: 8px;")
            self.grid.addWidget(title)
            grid = QGridLayout()
            cell = 0
            for tile in members:
                if tile.chart is not None:
                    # A chart takes half a row, and starts on a half.
                    from secdesk.gui.dashboard.chart import ChartTile

                    if not any(m.chart for m in members[: members.index(tile)]):
                        cell = -(-cell // COLUMNS) * COLUMNS  # charts begin on a row of their own
                    cell += cell % 2
                    chart = ChartTile(tile, self.body)
                    chart.opened.connect(lambda filters, t=tile: self._open_filters(t, filters))
                    grid.addWidget(chart, cell // COLUMNS, cell % COLUMNS, 1, 2)
                    cell += 2
                    continue
                button = TileButton(tile, self.body)
                button.clicked.connect(lambda _=False, t=tile: self._open(t))
                grid.addWidget(button, cell // COLUMNS, cell % COLUMNS)
                self.tiles.append(button)
                cell += 1
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            self.grid.addLayout(grid)

    def _open(self, tile: Tile) -> None:
        if tile.section:
            self.navigate.emit(tile.section, dict(tile.filters))

    def _open_filters(self, tile: Tile, filters: dict) -> None:
        if tile.section:
            self.navigate.emit(tile.section, filters)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
