"""A dashboard chart: a title, a legend, and one button per row, painted as labelled bars (or as
a table of figures). Every row is a button, so a click, Enter or Space opens its records."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from secdesk.gui.i18n import tr
from secdesk.gui.widgets.state_style import COLOURS, state_word
from secdesk.i18n import join
from secdesk.services.core.dashboard import Chart, ChartRow, Tile

SERIES_COLOURS = ("#2b4c7e", "#9aa7b4", "#c8833a", "#5e8c61")
ROW_HEIGHT = 22
LABEL_WIDTH = 132


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


class ChartRowButton(QAbstractButton):
    """One category: its label, a bar per series scaled to the chart's largest value, the numbers."""

    def __init__(
        self, chart: Chart, row: ChartRow, top: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chart, self.row, self.top = chart, row, top
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        texts = row.texts or tuple(_number(v) for v in row.values)
        described = join(f"{name} {text}" for name, text in zip(chart.series, texts, strict=False))
        word = state_word(row.state)
        self.setAccessibleName(f"{row.label}: {described} {word}".strip())
        self.setToolTip(f"{row.label}\n{described}\n" + tr("クリックすると内訳の一覧を開きます"))

    def sizeHint(self) -> QSize:
        bars = len(self.row.values) if self.chart.kind != "table" else 1
        return QSize(320, max(ROW_HEIGHT, 6 + 15 * bars))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.rect()
        palette = self.palette()
        if self.hasFocus() or self.underMouse():
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(185))
        ink = QColor(
            COLOURS.get(self.row.state or "", palette.color(QPalette.ColorRole.WindowText).name())
        )
        painter.setPen(ink)
        metrics = QFontMetrics(self.font())
        label = metrics.elidedText(self.row.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6)
        painter.drawText(
            QRectF(2, 0, LABEL_WIDTH - 4, rect.height()), Qt.AlignmentFlag.AlignVCenter, label
        )
        area = QRectF(LABEL_WIDTH, 0, rect.width() - LABEL_WIDTH - 4, rect.height())
        texts = self.row.texts or tuple(_number(v) for v in self.row.values)
        if self.chart.kind == "table":
            width = area.width() / max(len(texts), 1)
            for index, text in enumerate(texts):
                cell = QRectF(area.left() + index * width, 0, width - 6, rect.height())
                painter.drawText(
                    cell, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text
                )
            return
        count = max(len(self.row.values), 1)
        bar_height = max(4.0, (rect.height() - 6) / count)
        number_width = (
            metrics.horizontalAdvance("0,000,000")
            if count == 1
            else metrics.horizontalAdvance("0000")
        )
        usable = max(area.width() - number_width - 8, 10)
        for index, value in enumerate(self.row.values):
            top = 3 + index * bar_height
            length = 0 if not value or self.top <= 0 else usable * float(value) / self.top
            painter.fillRect(
                QRectF(area.left(), top, max(length, 1.0 if value else 0.0), bar_height - 1),
                QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]),
            )
            small = self.font()
            if count > 1:
                small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6))
            painter.setFont(small)
            painter.setPen(ink)
            text = texts[index] if index < len(texts) else ""
            if not value and count > 1:
                continue  # an empty month or category: no bar, no figure
            if self.row.state and count == 1 and text != tr("報告なし"):
                text = tr("{n}（{state}）").format(n=text, state=state_word(self.row.state))
            painter.drawText(
                QRectF(area.left() + length + 4, top - 2, number_width + 60, bar_height + 4),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setFont(self.font())


def value_cells(area: QRectF, count: int) -> list[QRectF]:
    """The cells of a table chart's figures, shared by its header and its rows."""
    width = area.width() / max(count, 1)
    return [QRectF(area.left() + i * width, 0, width - 6, area.height()) for i in range(count)]


class TableHeader(QWidget):
    """The series names of a table chart, right-aligned over their columns."""

    def __init__(self, names: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setMinimumHeight(ROW_HEIGHT)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(QColor("#44546a"))
        rect = self.rect()
        area = QRectF(LABEL_WIDTH, 0, rect.width() - LABEL_WIDTH - 4, rect.height())
        for cell, name in zip(value_cells(area, len(self.names)), self.names, strict=True):
            painter.drawText(
                cell, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name
            )


class ChartTile(QFrame):
    """The chart of a Tile; `opened(filters)` when a row is chosen."""

    opened = Signal(dict)

    def __init__(self, tile: Tile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        chart = tile.chart
        self.setObjectName(f"chart_{tile.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tile.title)
        title = QLabel(f"<b>{tile.title}</b>", self)
        unit = QLabel(tr("単位: {u}").format(u=chart.unit) if chart.unit else "", self)
        unit.setStyleSheet("color: #44546a;")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(unit)
        layout = QVBoxLayout(self)
        layout.setSpacing(1)
        layout.addLayout(head)
        if len(chart.series) > 1 or chart.kind == "table":
            layout.addWidget(self._legend(chart))
        numbers = [v for row in chart.rows for v in row.values if v is not None]
        top = max(numbers, default=0)
        self.rows: list[ChartRowButton] = []
        for row in chart.rows:
            button = ChartRowButton(chart, row, top, self)
            button.setObjectName(f"{self.objectName()}_row")
            button.clicked.connect(
                lambda _=False, r=row: self.opened.emit({**tile.filters, **r.filters})
            )
            layout.addWidget(button)
            self.rows.append(button)
        if not chart.rows:
            layout.addWidget(QLabel(tr("まだ記録がありません。"), self))
        if tile.detail:
            detail = QLabel(tile.detail, self)
            detail.setWordWrap(True)
            colour = COLOURS.get(tile.state or "", "#44546a")
            detail.setStyleSheet(f"color: {colour};")
            layout.addWidget(detail)
        layout.addStretch(1)

    def _legend(self, chart: Chart) -> QWidget:
        if chart.kind == "table":
            names = "".join(
                f"<td align='right' width='{100 // max(len(chart.series), 1)}%'>{name}</td>"
                for name in chart.series
            )
            label = QLabel(
                f"<table width='100%'><tr><td width='{LABEL_WIDTH}'></td>{names}</tr></table>", self
            )
            label.setStyleSheet("color: #44546a;")
            return label
        items = "　".join(
            f"<span style='color:{SERIES_COLOURS[i % len(SERIES_COLOURS)]}'>■</span> {name}"
            for i, name in enumerate(chart.series)
        )
        return QLabel(items, self)
