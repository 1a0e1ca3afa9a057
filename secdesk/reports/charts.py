"""Simple, labelled vector charts for the reports: title, units, categories, a legend."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from secdesk.reports.template import FONT, FONT_BOLD, INK, MUTED, register_fonts

SERIES_COLOURS = (
    colors.HexColor("#2b4c7e"),
    colors.HexColor("#9aa7b4"),
    colors.HexColor("#c8833a"),
    colors.HexColor("#5e8c61"),
)


def axis_scale(top: float, integers: bool = True) -> tuple[float, float]:
    """(maximum, step) of a value axis with about five round steps and room above the top bar."""
    if top <= 0:
        return 5.0, 1.0
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    multiples = (1, 2, 5, 10) if integers and magnitude < 10 else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in multiples if m * magnitude >= raw)
    if integers:
        step = max(1.0, step)
    maximum = step * math.ceil(top / step)
    if maximum <= top:
        maximum += step
    return maximum, step


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    unit: str,
    width: float = 170 * mm,
    height: float = 70 * mm,
    horizontal: bool = False,
    value_max: float | None = None,
) -> Drawing:
    """Grouped bars, one group per category, one colour per series (e.g. this year / last year).

    `value_max` fixes the top of the value axis (100 for percentages)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    drawing.add(
        String(
            width, height - 12, unit, fontName=FONT, fontSize=8, fillColor=MUTED, textAnchor="end"
        )
    )
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    legend_height = 14 if len(series) > 1 else 0
    # Horizontal charts keep room under the value axis labels for the legend too.
    chart.x, chart.y = (32 * mm, 14 + legend_height) if horizontal else (30, 34 + legend_height)
    chart.width = width - chart.x - 10
    chart.height = height - chart.y - 24
    chart.data = [list(values) or [0] for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal:
        chart.categoryAxis.labels.angle = 30 if len(categories) > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 8 else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((max(values) if values else 0) for _, values in series) if series else 0
    integers = all(float(v).is_integer() for _, vs in series for v in vs)
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = axis_scale(top, integers)
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
        chart.valueAxis.valueStep = axis_scale(value_max * 0.999, integers)[1]
    chart.valueAxis.labelTextFormat = "%d" if integers else "%.1f"
    chart.barLabelFormat = "%d" if integers else "%.1f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    if horizontal:
        # Labels start just past the end of the bar; centred on it they would sit half on the bar.
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.nudge = 2
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.x, legend.y = 30, legend_height
        legend.columnMaximum = 1
        # Wide enough that a long series name does not run into the next swatch.
        longest = max(len(name) for name, _ in series)
        legend.deltax = max(70, longest * 7.5 + 30)
        legend.colorNamePairs = [
            (SERIES_COLOURS[i % len(SERIES_COLOURS)], name) for i, (name, _) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing
