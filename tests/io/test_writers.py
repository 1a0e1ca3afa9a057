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


def test_xlsx_whose_rows_fail_leaves_no_file_and_no_open_stream(tmp_path):
    import gc

    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    def rows():
        yield ("一行目",)
        raise KeyboardInterrupt  # a cancel arrives from inside the rows

    temp_files = list(ALL_TEMP_FILES)
    path = tmp_path / "out.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_xlsx(path, [("前", [Column("a")], [("x",)]), ("後", [Column("a")], rows())])
    # Collected streams must not write to their closed files (pytest turns that into an error).
    gc.collect()
    assert list(tmp_path.iterdir()) == []
    assert temp_files == ALL_TEMP_FILES
