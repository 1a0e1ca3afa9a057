"""The shared page template: right-aligned numbers, and a layout that can be stopped."""

from datetime import UTC, datetime

import pytest
from reportlab.lib.enums import TA_RIGHT

from secdesk.reports.template import ALERT, ReportMeta, build_pdf, data_table, layout_progress, para


def test_right_aligned_columns_are_right_aligned_also_in_coloured_rows():
    table = data_table(
        ["所属", "件数"],
        [("総務課", "3"), ("税務課", "12")],
        align_right=(1,),
        row_colours={1: ALERT},
    )
    cells = table._cellvalues
    assert cells[1][1].style.alignment == TA_RIGHT and cells[2][1].style.alignment == TA_RIGHT
    assert cells[2][1].style.textColor == ALERT
    assert cells[1][0].style.alignment != TA_RIGHT


def test_layout_reports_its_progress_and_stops_when_told(tmp_path):
    meta = ReportMeta("試験", "〇〇市", "取扱注意", datetime(2026, 11, 25, 1, tzinfo=UTC), "管理")

    def story():  # flowables are used up by a layout: each build gets its own
        return [para(f"段落 {n}") for n in range(300)]

    seen: list[tuple[int, int]] = []
    with layout_progress(lambda done, total: seen.append((done, total))):
        build_pdf(tmp_path / "a.pdf", meta, story())
    assert seen[-1] == (300, 300) and len(seen) >= 300

    def stop(done: int, total: int) -> None:
        if done > 100:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), layout_progress(stop):
        build_pdf(tmp_path / "b.pdf", meta, story())
    # Outside the block nobody listens any more.
    build_pdf(tmp_path / "c.pdf", meta, story())
    assert (tmp_path / "c.pdf").stat().st_size > 0
