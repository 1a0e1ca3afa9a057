"""Small fixes to the shared report pieces that the training report relies on."""

from secdesk.reports.charts import bar_chart
from secdesk.reports.template import ALERT, data_table


def test_coloured_rows_really_are_coloured():
    table = data_table(
        ["所属", "判定"], [("総務課", "達成"), ("税務課", "未達")], row_colours={1: ALERT}
    )
    cells = table._cellvalues
    assert cells[2][1].style.textColor == ALERT
    assert cells[1][1].style.textColor != ALERT


def test_percentage_axis_can_stop_at_100():
    drawing = bar_chart(
        "受講率", ["総務課", "税務課"], [("受講率", [100.0, 62.5])], "%", value_max=100
    )
    chart = next(c for c in drawing.contents if hasattr(c, "valueAxis"))
    assert chart.valueAxis.valueMax == 100 and chart.valueAxis.valueStep == 20
    horizontal = bar_chart("率", ["a"], [("x", [50.0])], "%", horizontal=True)
    chart = next(c for c in horizontal.contents if hasattr(c, "valueAxis"))
    assert chart.barLabels.boxAnchor == "w"
