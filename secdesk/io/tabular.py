"""The one reader of tabular files: CSV (UTF-8 with or without BOM, or CP932) and .xlsx.

Whatever the file, the result is a Table: header names and rows of strings, each row with the
line number a person sees in Excel. Anything that is not such a file ends in a TableError whose
message says what is wrong, never in a traceback.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from secdesk.domain.errors import SecdeskError
from secdesk.i18n import tr

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 2_000_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 100_000
# One physical line of a CSV; longer is no table a person made.
MAX_LINE_CHARS = 8 * 1024 * 1024
# Every cell read is kept as a string: this bounds the memory of any accepted file.
MAX_CELLS = 1_500_000
# An .xlsx is a zip of XML: the inflated parts are what parsing costs, not the file's size. Each
# member's declared and actual size are checked before openpyxl sees the file (zip bombs).
MAX_XLSX_UNCOMPRESSED = 400 * 1024 * 1024
# openpyxl holds the shared strings in memory as a whole.
MAX_XLSX_SHARED_STRINGS = 64 * 1024 * 1024

# Excel writes CP932 when it says "CSV"; never use Python's "shift_jis", which lacks 髙, 﨑, ①.
ENCODINGS = ("utf-8-sig", "cp932")


class TableError(SecdeskError):
    """The file as a whole cannot be read as a table."""


@dataclass
class Row:
    line: int
    values: list[str]


@dataclass
class Table:
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    encoding: str = ""
    source: str = ""
    cells: int = 0

    def column(self, name: str) -> int | None:
        try:
            return self.headers.index(name)
        except ValueError:
            return None


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TableError(
            tr("ファイルを開けません: {error}").format(error=error.strerror)
        ) from error
    if size == 0:
        raise TableError(tr("ファイルが空です。"))
    if size > MAX_FILE_BYTES:
        raise TableError(
            tr(
                "ファイルが大きすぎます（{mb} MB、上限 {limit} MB）。分割してから読み込んでください。"
            ).format(mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(
            tr(
                "旧形式の Excel ファイル（.xls）は読み込めません。.xlsx または CSV で保存し直してください。"
            )
        )
    return read_csv_file(path)


def decode(data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:65536]:
        raise TableError(tr("CSV または Excel（.xlsx）のファイルではありません。"))
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise TableError(
        tr(
            "文字コードを判別できません。UTF-8 または Shift_JIS（CP932）で保存したファイルを指定してください。"
        )
    )


def read_csv_bytes(data: bytes, source: str = "") -> Table:
    text, encoding = decode(data)
    return _read_csv(io.StringIO(text, newline=""), encoding, source)


def read_csv_file(path: Path) -> Table:
    """A CSV file read as a stream: the memory is the rows kept (bounded by MAX_CELLS), never
    the whole file decoded at once (a 200 MB file is 800 MB as one Python string buffer)."""
    with path.open("rb") as handle:
        if b"\x00" in handle.read(65536):  # not text at all: refused at once
            raise TableError(tr("CSV または Excel（.xlsx）のファイルではありません。"))
    encoding = _file_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        return _read_csv(handle, encoding, path.name)


def _file_encoding(path: Path) -> str:
    """The first of ENCODINGS the whole file decodes in, checked in chunks (nothing kept)."""
    import codecs

    for encoding in ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(4 * 1024 * 1024):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise TableError(
        tr(
            "文字コードを判別できません。UTF-8 または Shift_JIS（CP932）で保存したファイルを指定してください。"
        )
    )


def _lines(handle):
    while line := handle.readline(MAX_LINE_CHARS + 1):
        yield line


def _bounded_lines(lines):
    """Lines as they are, refusing one longer than any row could be before csv splits it (a
    200 MB line of commas would be 200 million fields at once)."""
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE_CHARS:
            raise TableError(
                tr("{line}行目が長すぎます（上限 {limit} 文字）。").format(
                    line=number, limit=f"{MAX_LINE_CHARS:,}"
                )
            )
        yield line


def _read_csv(handle, encoding: str, source: str) -> Table:
    import itertools

    first_line = handle.readline(MAX_LINE_CHARS + 1)
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(
        _bounded_lines(itertools.chain([first_line], _lines(handle))),
        delimiter=delimiter,
        strict=False,
    )
    try:
        header_row = next(reader, None)
        if header_row is None or not any(cell.strip() for cell in header_row):
            raise TableError(tr("1行目に列名（見出し）がありません。"))
        headers = _clean_headers(header_row)
        table = Table(headers, encoding=encoding, source=source)
        for values in reader:
            _append(table, reader.line_num, values)
    except csv.Error as error:
        raise TableError(
            tr("{line}行目付近で CSV として読めません: {error}").format(
                line=reader.line_num, error=error
            )
        ) from error
    return table


def _clean_headers(cells: list[str]) -> list[str]:
    if len(cells) > MAX_COLUMNS:
        raise TableError(
            tr("列が多すぎます（{n}列、上限 {limit}列）。").format(n=len(cells), limit=MAX_COLUMNS)
        )
    from secdesk.domain.text import normalize

    return [normalize(cell).strip("'") for cell in cells]


def _append(table: Table, line: int, values: list[str]) -> None:
    if len(values) > MAX_COLUMNS:  # every row, not only the header: stop at the first wide one
        raise TableError(
            tr("{line}行目の列が多すぎます（{n}列、上限 {limit}列）。").format(
                line=line, n=len(values), limit=MAX_COLUMNS
            )
        )
    if not any(v.strip() for v in values):
        return  # blank lines, common at the end of Excel exports
    table.cells += len(values)
    if table.cells > MAX_CELLS:
        raise TableError(
            tr("セルが多すぎます（{line}行目までで上限 {limit} 個を超えました）。").format(
                line=line, limit=f"{MAX_CELLS:,}"
            )
        )
    if len(table.rows) >= MAX_ROWS:
        raise TableError(tr("行が多すぎます（上限 {limit}行）。").format(limit=MAX_ROWS))
    for value in values:
        if len(value) > MAX_CELL_CHARS:
            raise TableError(
                tr("{line}行目に長すぎる値があります（{n}文字、上限 {limit}文字）。").format(
                    line=line, n=len(value), limit=MAX_CELL_CHARS
                )
            )
    table.rows.append(Row(line, values))


def check_xlsx_parts(path: Path) -> None:
    """Refuse an .xlsx whose parts inflate beyond the limits, by their declared sizes and then by
    inflating each part (streamed, nothing kept) — a header can lie about its size."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise TableError(
            tr("Excel ファイルとして読めません: {error}").format(error=error)
        ) from error
    with archive:
        members = archive.infolist()
        declared = sum(m.file_size for m in members)
        if declared > MAX_XLSX_UNCOMPRESSED:
            raise TableError(_too_inflated(declared))
        total = 0
        for member in members:
            limit = MAX_XLSX_SHARED_STRINGS if "sharedstrings" in member.filename.lower() else None
            if limit is not None and member.file_size > limit:
                raise TableError(_too_many_strings(member.file_size))
            size = 0
            try:
                with archive.open(member) as part:
                    while chunk := part.read(1024 * 1024):
                        size += len(chunk)
                        total += len(chunk)
                        if size > member.file_size or total > MAX_XLSX_UNCOMPRESSED:
                            raise TableError(_too_inflated(total, member.filename))
                        if limit is not None and size > limit:
                            raise TableError(_too_many_strings(size))
            except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as error:
                raise TableError(
                    tr("Excel ファイルとして読めません: {error}").format(error=error)
                ) from error


def _too_inflated(size: int, part: str = "") -> str:
    return tr(
        "Excel ファイルの中身が大きすぎます（展開すると {mb} MB 以上{part}、上限 {limit} MB）。"
    ).format(
        mb=size // (1024 * 1024),
        part=f"、{part}" if part else "",
        limit=MAX_XLSX_UNCOMPRESSED // (1024 * 1024),
    )


def _too_many_strings(size: int) -> str:
    return tr("Excel ファイルの文字列表が大きすぎます（{mb} MB、上限 {limit} MB）。").format(
        mb=size // (1024 * 1024), limit=MAX_XLSX_SHARED_STRINGS // (1024 * 1024)
    )


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_xlsx_parts(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as error:
        raise TableError(
            tr("Excel ファイルとして読めません: {error}").format(error=error)
        ) from error
    except Exception as error:  # zip bombs, broken XML: openpyxl raises many kinds
        raise TableError(
            tr("Excel ファイルとして読めません: {error}").format(error=error)
        ) from error
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        # The sheet's declared dimension (A1:XFD1048576 costs nothing to write) would make
        # openpyxl pad every row to its width and yield every missing row: read what is there.
        worksheet.reset_dimensions()
        rows = worksheet.iter_rows(values_only=True)
        header_row = next(rows, None)
        if header_row is None or not any(cell not in (None, "") for cell in header_row):
            raise TableError(tr("1行目に列名（見出し）がありません。"))
        headers = _clean_headers([cell_text(c) for c in header_row])
        while headers and not headers[-1]:
            headers.pop()
        table = Table(headers, encoding="xlsx", source=path.name)
        for line, values in enumerate(rows, start=2):
            if len(values) > MAX_COLUMNS:
                _append(table, line, values)  # refuses, naming the row
            _append(table, line, [cell_text(c) for c in values[: max(len(headers), 1)]])
        return table
    except KeyError as error:
        raise TableError(tr("シート「{sheet}」がありません。").format(sheet=sheet)) from error
    finally:
        workbook.close()


def sheet_names(path: Path) -> list[str]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    """An Excel cell as the text a person sees (dates as YYYY-MM-DD, whole numbers without .0)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
