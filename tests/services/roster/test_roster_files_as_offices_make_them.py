"""Roster workbooks as offices make them in Excel (issue 16): a merged title, a date, a blank row
above the header; cells with line breaks (Alt+Enter); the file saved as CP932 CSV or as
「Unicode テキスト」 (UTF-16LE, tab separated)."""

import json

import pytest
from openpyxl import Workbook

from secdesk.domain.errors import ValidationError
from secdesk.io.tabular import read_csv_bytes, read_table

HEADER = [
    "職員番号",
    "氏名",
    "フリガナ",
    "所属コード",
    "所属名",
    "役職",
    "雇用区分",
    "メールアドレス",
    "在職",
]
PEOPLE = [
    ["0001", "山田 太郎", "ヤマダ タロウ", "110", "総務課", "課長", "正規職員", "", "在職"],
    [
        "0002",
        "髙橋 花子",
        "タカハシ ハナコ",
        "120",
        "情報政策課",
        "主任\n（兼）係長",
        "正規職員",
        "",
        "在職",
    ],
]


def titled_workbook(path, rows):
    """Row 1: merged title; row 2: the date on the right; row 3 blank; row 4 the header."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "令和8年度 職員名簿（4月1日現在）"
    sheet.merge_cells("A1:I1")
    sheet["I2"] = "作成: 人事課"
    for column, name in enumerate(HEADER, start=1):
        sheet.cell(row=4, column=column, value=name)
    for number, values in enumerate(rows, start=5):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    book.save(path)


def test_header_below_title_rows_is_found_and_named(services, admin, tmp_path):
    path = tmp_path / "名簿.xlsx"
    titled_workbook(path, PEOPLE)
    table = read_table(path)
    assert table.header_line == 4 and [r.line for r in table.rows] == [5, 6]
    assert "4行目" in table.header_note()
    plan = services.roster_import.plan(admin, table)
    assert plan.ok, plan.errors
    services.roster_import.apply(admin, table)
    assert services.staff.find_by_number(admin, "0002").name == "髙橋 花子"


def test_the_same_sheet_saved_as_cp932_csv_keeps_excel_row_numbers(services, admin):
    # Excel's 「CSV（コンマ区切り）」 of the sheet above: the title rows become rows of commas, and
    # the cell with Alt+Enter is quoted over two lines. Row 7 (the bad one) is line 8 of the file.
    lines = [
        "令和8年度 職員名簿（4月1日現在）,,,,,,,,",
        ",,,,,,,,作成: 人事課",
        ",,,,,,,,",
        ",".join(HEADER),
        *(",".join(f'"{v}"' if "\n" in v else v for v in person) for person in PEOPLE),
        "0003,,サトウ ジロウ,110,総務課,,正規職員,,在職",
    ]
    table = read_csv_bytes("\r\n".join(lines).encode("cp932") + b"\r\n", source="名簿.csv")
    assert table.header_line == 4 and [r.line for r in table.rows] == [5, 6, 7]
    with pytest.raises(ValidationError) as refused:
        services.roster_import.apply(admin, table)
    assert [p.line for p in refused.value.problems] == [7]
    assert "7行目" in str(refused.value.problems[0])
    services.roster_import.apply(admin, table, only_good_rows=True)
    entry = services.trail.recent(admin, 1, entity="staff")[0]
    assert json.loads(entry.details)["skipped_lines"] == [7]


def test_no_row_with_known_column_names_is_refused_naming_the_columns(services, admin):
    text = "令和8年度 名簿\r\n\r\n番号,なまえ,課\r\n1,山田,総務\r\n"
    table = read_csv_bytes(text.encode("cp932"))
    plan = services.roster_import.plan(admin, table)
    message = str(plan.errors[0])
    assert "見出しの行が見つかりません" in message and "3行目" in message
    assert "「職員番号」" in message and "「氏名」" in message


def test_unicode_text_as_excel_saves_it(services, admin):
    # Excel's 「Unicode テキスト (*.txt)」: UTF-16LE with a BOM, tab separated, CRLF.
    lines = ["\t".join(HEADER), *("\t".join(p).replace("\n", " ") for p in PEOPLE)]
    data = "\r\n".join(lines).encode("utf-16")  # Python writes the BOM, little-endian here
    assert data[:2] == b"\xff\xfe"
    table = read_csv_bytes(data, source="名簿.txt")
    assert table.encoding == "utf-16" and table.headers == HEADER
    assert services.roster_import.plan(admin, table).ok
