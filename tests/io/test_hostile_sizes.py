"""Hostile files cost nothing: zip bombs, lying zip headers, a sheet that declares the whole grid,
rows wider than the limit anywhere in a CSV, too many cells — each refused (naming what was too
large) before it costs memory or time. Sizes here are scaled down through the limits; the full
sizes are measured by benchmarks/hostile_files.py (docs/performance.md)."""

import re
import struct
import zipfile

import pytest
from openpyxl import Workbook

from secdesk.io import tabular
from secdesk.io.tabular import TableError, read_table


def _xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _replace_member(path, name, data):
    """Rewrite one part of an .xlsx (as a hostile sender would), deflated."""
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, content in parts.items():
            target.writestr(part, content)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_XLSX_UNCOMPRESSED", 8 * 1024 * 1024)
    path = _xlsx(tmp_path / "bomb.xlsx", [["職員番号"], ["1"]])
    sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    _replace_member(path, "xl/worksheets/sheet1.xml", sheet + b" " * (20 * 1024 * 1024))
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(TableError, match=r"展開すると 20 MB 以上.*上限 8 MB"):
        read_table(path)


def test_a_part_that_inflates_beyond_its_declared_size_is_refused(tmp_path):
    path = _xlsx(tmp_path / "liar.xlsx", [["職員番号"], ["1"]])
    data = bytearray(path.read_bytes())
    # Lower the uncompressed size of the sheet in the central directory (offset 24 of its entry).
    at = data.find(b"PK\x01\x02")
    name = b"xl/worksheets/sheet1.xml"
    while data[at + 46 : at + 46 + len(name)] != name:
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = struct.pack("<I", 10)
    path.write_bytes(bytes(data))
    with pytest.raises(TableError, match=r"読めません|大きすぎます"):
        read_table(path)


def test_too_many_shared_strings_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_XLSX_SHARED_STRINGS", 1024)
    path = _xlsx(tmp_path / "strings.xlsx", [["氏名"], ["山田"]])
    # openpyxl writes strings inline; Excel writes them to this part, which openpyxl loads whole.
    strings = "".join(f"<si><t>職員 {i}</t></si>" for i in range(200))
    _replace_member(path, "xl/sharedStrings.xml", f"<sst>{strings}</sst>".encode())
    with pytest.raises(TableError, match="文字列表が大きすぎます"):
        read_table(path)


def test_a_sheet_declaring_the_whole_grid_reads_only_what_is_there(tmp_path):
    path = _xlsx(tmp_path / "grid.xlsx", [["職員番号", "氏名"], ["1", "山田"], ["2", "佐藤"]])
    with zipfile.ZipFile(path) as source:
        sheet = source.read("xl/worksheets/sheet1.xml")
    sheet = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', sheet)
    assert b"XFD1048576" in sheet
    _replace_member(path, "xl/worksheets/sheet1.xml", sheet)
    table = read_table(path)
    assert [r.values for r in table.rows] == [["1", "山田"], ["2", "佐藤"]]


def test_a_wide_row_anywhere_in_a_csv_is_refused_at_that_row(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("職員番号,氏名\n1,山田\n" + "," * 5000 + "\n3,佐藤\n", encoding="utf-8")
    with pytest.raises(TableError, match="3行目の列が多すぎます（5001列、上限 1000列）"):
        read_table(path)


def test_a_wide_row_in_a_sheet_is_refused_at_that_row(tmp_path):
    path = _xlsx(tmp_path / "wide.xlsx", [["職員番号"], ["1"], ["x"] * 1500])
    with pytest.raises(TableError, match="3行目の列が多すぎます"):
        read_table(path)


def test_cells_per_file_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_CELLS", 100)
    path = tmp_path / "many.csv"
    path.write_text("a,b\n" + "1,2\n" * 200, encoding="utf-8")
    with pytest.raises(TableError, match="セルが多すぎます（52行目までで上限 100 個"):
        read_table(path)


def test_a_line_longer_than_any_row_is_refused_before_it_is_split(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "line.csv"
    path.write_text("職員番号,氏名\n1,山田\n" + "," * 5000, encoding="utf-8")
    with pytest.raises(TableError, match="3行目が長すぎます"):
        read_table(path)


def test_a_cp932_file_is_still_read_as_a_stream(tmp_path):
    path = tmp_path / "sjis.csv"
    path.write_bytes("職員番号,氏名\n1,髙橋\n2,山﨑\n".encode("cp932"))
    table = read_table(path)
    assert table.encoding == "cp932" and [r.values[1] for r in table.rows] == ["髙橋", "山﨑"]


def test_a_multibyte_character_across_the_first_64_kib_is_no_problem(tmp_path):
    path = tmp_path / "long.csv"
    filler = "a" * (65536 - len("職員番号,氏名\n".encode()) - 1)
    path.write_text(f"職員番号,氏名\n{filler},髙橋\n", encoding="utf-8")
    assert read_table(path).rows[0].values[1] == "髙橋"
