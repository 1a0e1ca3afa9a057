import csv
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from secdesk.domain.errors import ValidationError
from secdesk.io.writers import Column, neutralise, write_csv, write_xlsx


@pytest.mark.parametrize(
    "payload", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", '=HYPERLINK("http://x")']
)
def test_formulas_become_text(payload):
    assert neutralise(payload).startswith("'")


def test_plain_values_pass():
    assert neutralise("山田") == "山田" and neutralise(-5) == -5


def test_control_characters_go_but_tabs_and_line_breaks_stay():
    assert neutralise("a\x01b\x7fc\td\ne\r") == "abc\td\ne\r"
    assert neutralise("\x00=cmd") == "'=cmd"


def test_csv_is_utf8_with_bom_by_default_and_cp932_on_request(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["氏名"], [["髙橋"], ["=cmd|' /C calc'!A0"]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[2][0].startswith("'=")
    write_csv(path, ["氏名"], [["髙橋"]], encoding="cp932")
    assert path.read_bytes().decode("cp932").splitlines()[1] == "髙橋"


def test_cp932_refuses_characters_it_cannot_hold_and_leaves_no_file(tmp_path):
    path = tmp_path / "out.csv"
    with pytest.raises(ValidationError, match="UTF-8"):
        write_csv(path, ["氏名"], [["ok"], ["𠮷野"]], encoding="cp932")
    assert not path.exists() and not list(tmp_path.iterdir())


def test_xlsx_has_frozen_header_filter_widths_and_real_dates(tmp_path):
    path = tmp_path / "out.xlsx"
    when = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)
    write_xlsx(
        path,
        [
            (
                "一覧",
                [Column("日付", 12), Column("日時", 18), Column("値", 30)],
                [[date(2026, 4, 1), when, "=1+2"]],
            )
        ],
    )
    sheet = load_workbook(path)["一覧"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C2"
    assert sheet.column_dimensions["C"].width == 30
    assert sheet["A2"].value == datetime(2026, 4, 1)
    assert sheet["B2"].value == datetime(2026, 4, 1, 9, 30)  # shown in Tokyo time
    assert sheet["C2"].value == "'=1+2"


def test_xlsx_whose_rows_fail_leaves_no_file(tmp_path):
    def rows():
        yield ("一行目",)
        raise KeyboardInterrupt  # a cancel arrives from inside the rows

    path = tmp_path / "out.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_xlsx(path, [("前", [Column("a")], [("x",)]), ("後", [Column("a")], rows())])
    assert list(tmp_path.iterdir()) == []


def test_xlsx_cells_read_back_as_written(tmp_path):
    """Every kind of value, odd sheet names, the label, and an empty sheet."""
    path = tmp_path / "kinds.xlsx"
    counts = write_xlsx(
        path,
        [
            (
                "a/b:c",
                [Column("文字"), Column("数"), Column("小数"), Column("真偽"), Column("空")],
                [(" 前後に空白 ", 12, 2.5, True, ""), ("<&>\n改行", -3, 1e-7, False, None)],
            ),
            ("a/b:c", [Column("x")], []),
            ("長い名前" * 10, [Column("x")], [("y",)]),
        ],
        label="取扱注意 & 秘",
    )
    assert counts == {"a/b:c": 0, "長い名前" * 10: 1}  # same title: the later count stands
    book = load_workbook(path)
    assert book.sheetnames == ["a_b_c", "a_b_c (2)", ("長い名前" * 10)[:31]]
    sheet = book["a_b_c"]
    assert [c.value for c in sheet[2]] == [" 前後に空白 ", 12, 2.5, True, None]
    assert [c.value for c in sheet[3]] == ["<&>\n改行", -3, 1e-7, False, None]
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDE4EE"
    assert sheet.oddHeader.center.text == "取扱注意 && 秘"  # && is the header code for &
    assert book["a_b_c (2)"].auto_filter.ref == "A1:A1"
