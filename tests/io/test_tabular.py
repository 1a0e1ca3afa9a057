import pytest

from secdesk.io.tabular import TableError, read_csv_bytes, read_table

HEADER = "職員番号,氏名\r\n"


def test_cp932_file_with_characters_shift_jis_lacks():
    data = (HEADER + "1,髙橋 ①子\r\n2,山﨑 次郎\r\n").encode("cp932")
    table = read_csv_bytes(data)
    assert table.encoding == "cp932"
    assert [r.values[1] for r in table.rows] == ["髙橋 ①子", "山﨑 次郎"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_and_without_bom(encoding):
    table = read_csv_bytes((HEADER + "1,山田\r\n").encode(encoding))
    assert table.headers == ["職員番号", "氏名"] and table.rows[0].values == ["1", "山田"]


def test_row_numbers_are_excels_whatever_line_breaks_cells_hold():
    # Row 2 holds a cell with a line break (Alt+Enter): it is one row in Excel, so the row
    # after the blank row 3 is row 4, not line 5 of the file.
    data = (HEADER + '1,"複数\n行"\r\n\r\n2,次\r\n').encode()
    table = read_csv_bytes(data)
    assert [r.line for r in table.rows] == [2, 4]
    many = (HEADER + "".join(f'{i},"一\n二\n三"\r\n' for i in range(1, 11)) + "11,x\r\n").encode()
    assert read_csv_bytes(many).rows[-1].line == 12  # not 32


def test_binary_file_is_refused_clearly(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(TableError, match="CSV または Excel"):
        read_table(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(TableError, match="空"):
        read_table(path)


def test_undecodable_text_is_refused():
    with pytest.raises(TableError, match="文字コード"):
        read_csv_bytes(b"\xff\xfe\xfd\x80\x81,\x82\n")


def test_old_xls_gets_advice(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(TableError, match="xlsx"):
        read_table(path)


def test_xlsx_dates_and_numbers_read_as_people_see_them(tmp_path):
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["職員番号", "受講日", "得点"])
    sheet.append([123, date(2025, 6, 1), 85.0])
    path = tmp_path / "r.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.rows[0].values == ["123", "2025-06-01", "85"] and table.rows[0].line == 2


def test_not_really_xlsx_is_refused(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04garbage-not-a-zip")
    with pytest.raises(TableError, match="Excel"):
        read_table(path)


def test_tabs_inside_cells_do_not_make_a_comma_file_tab_separated():
    # The incident export's 対応経過 holds one entry per line, its parts separated by tabs.
    entry = '"2026-04-03 08:52\tkanri\t対応\t\t\t所属長へ第一報"'
    data = ("番号,件名,対応経過\r\n" + "".join(f"{i},件名,{entry}\r\n" for i in range(5))).encode()
    table = read_csv_bytes(data)
    assert table.headers == ["番号", "件名", "対応経過"] and len(table.rows) == 5
