"""The one reader of tabular files: CSV (UTF-8 with or without BOM, CP932, or UTF-16 as Excel's
「Unicode テキスト」 and Moodle's 「Excel」 download write it, comma or tab separated) and .xlsx.

Whatever the file, the result is a Table: header names and rows of strings, each row with the
row number a person sees in Excel (a cell holding a line break is one row, however many lines it
takes in the file). Title rows above the header (a merged title, a date, a blank row) are read
over: the header is the first row, among the first HEADER_SEARCH_ROWS, that names the most
columns, and Table.header_line says which row that was. Anything that is not such a file ends in
a TableError whose message says what is wrong, never in a traceback.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
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
HEADER_SEARCH_ROWS = 30  # how far down title rows may push the header

# Excel writes CP932 when it says "CSV"; never use Python's "shift_jis", which lacks 髙, 﨑, ①.
ENCODINGS = ("utf-8-sig", "cp932")


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


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
    header_line: int = 1  # the row the headers were taken from, as Excel numbers it

    def header_note(self) -> str:
        """「見出しは 4 行目です…」 when title rows were read over, else ""."""
        if self.header_line <= 1:
            return ""
        return tr(
            "見出しは {line}行目の行です（その上の {n} 行は表題として読み飛ばしました）。"
        ).format(line=self.header_line, n=self.header_line - 1)

    def column(self, name: str) -> int | None:
        try:
            return self.headers.index(name)
        except ValueError:
            return None


def no_header_problem(table: Table, known: Iterable[str], required: Iterable[str]) -> str | None:
    """When the row taken as the header names none of the columns an import knows, the message
    that says so, naming the row read and the columns required; None when it names any."""
    from secdesk.i18n import join

    if any(name in table.headers for name in known):
        return None
    return tr(
        "見出しの行が見つかりません（{line}行目を見出しとして読みましたが、知っている列名がありません）。"
        "必要な列: {names}"
    ).format(line=table.header_line, names=join(f"「{n}」" for n in required))


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
    utf16 = _utf16_encoding(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        # A table has separators and no control characters; two bytes FF FE before anything
        # else are no proof of UTF-16 by themselves.
        if ("\t" in text or "," in text) and not _CONTROL.search(text[:65536]):
            return text, "utf-16"
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


def _utf16_encoding(data: bytes) -> str:
    """ "utf-16" (BOM first), "utf-16-le" or "utf-16-be" (ASCII-heavy text without a BOM: every
    other byte NUL), or "" for any other file. Excel's 「Unicode テキスト」 and Moodle's
    「Excel」 download (a tab-separated UTF-16LE file with a BOM) are such files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
            return "utf-16-be"
    return ""


def read_csv_bytes(data: bytes, source: str = "") -> Table:
    text, encoding = decode(data)
    return _read_csv(io.StringIO(text, newline=""), encoding, source)


def read_csv_file(path: Path) -> Table:
    """A CSV file read as a stream: the memory is the rows kept (bounded by MAX_CELLS), never
    the whole file decoded at once (a 200 MB file is 800 MB as one Python string buffer)."""
    with path.open("rb") as handle:
        head = handle.read(65536)
    if _utf16_encoding(head):  # Excel's Unicode text and Moodle's download: decide on the whole
        return read_csv_bytes(path.read_bytes(), source=path.name)
    if b"\x00" in head:  # not text at all: refused at once
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

    # The separator is the one the first line with any holds most of (cells may hold tabs).
    peek = []
    while len(peek) < HEADER_SEARCH_ROWS and (line := handle.readline(MAX_LINE_CHARS + 1)):
        peek.append(line)
    first_line = next((line for line in peek if "\t" in line or "," in line), "")
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(
        _bounded_lines(itertools.chain(peek, _lines(handle))),
        delimiter=delimiter,
        strict=False,
    )
    # Rows are numbered as Excel numbers them: one per record, whatever line breaks its cells
    # hold (reader.line_num counts physical lines, which a cell with Alt+Enter pushes on).
    row_number = 0
    try:
        first: list[list[str]] = []
        for values in reader:
            _check_width(len(first) + 1, values)
            first.append(values)
            if len(first) >= HEADER_SEARCH_ROWS:
                break
        at = header_index(first)
        headers = _clean_headers(first[at])
        table = Table(headers, encoding=encoding, source=source, header_line=at + 1)
        row_number = at + 1
        for values in first[at + 1 :]:
            row_number += 1
            _append(table, row_number, values)
        for values in reader:
            row_number += 1
            _append(table, row_number, values)
    except csv.Error as error:
        raise TableError(
            tr("{line}行目付近で CSV として読めません: {error}").format(
                line=row_number + 1, error=error
            )
        ) from error
    return table


def header_index(rows: list[list[str]] | list[tuple]) -> int:
    """Which of the first rows holds the column names. Raises TableError when no row has any
    text."""

    def filled(row) -> int:
        return sum(1 for cell in row if cell not in (None, "") and str(cell).strip())

    counts = [filled(row) for row in rows]
    best = max(counts, default=0)
    if best == 0:
        raise TableError(tr("1行目に列名（見出し）がありません。"))
    if best == 1:
        return next(i for i, n in enumerate(counts) if n)  # a one-column list
    # A title row fills a cell or two of a wide table; a header names at least half of the
    # columns its data fills (Moodle leaves the name column and expected dates blank). Row 1
    # wins whenever it is such a row.
    return next(i for i, n in enumerate(counts) if n >= 2 and n * 2 >= best)


def _clean_headers(cells: list[str]) -> list[str]:
    if len(cells) > MAX_COLUMNS:
        raise TableError(
            tr("列が多すぎます（{n}列、上限 {limit}列）。").format(n=len(cells), limit=MAX_COLUMNS)
        )
    from secdesk.domain.text import normalize

    return [normalize(cell).strip("'") for cell in cells]


def _check_width(line: int, values) -> None:
    if len(values) > MAX_COLUMNS:  # every row, not only the header: stop at the first wide one
        raise TableError(
            tr("{line}行目の列が多すぎます（{n}列、上限 {limit}列）。").format(
                line=line, n=len(values), limit=MAX_COLUMNS
            )
        )


def _append(table: Table, line: int, values: list[str]) -> None:
    _check_width(line, values)
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
    import itertools

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
        # A read-only sheet yields every row from row 1, empty ones included: Excel's numbers.
        rows = enumerate(worksheet.iter_rows(values_only=True), start=1)
        first: list[tuple[int, tuple]] = []
        for number, values in rows:
            _check_width(number, values)
            first.append((number, values))
            if number >= HEADER_SEARCH_ROWS:
                break
        at = header_index([values for _, values in first]) if first else None
        if at is None:
            raise TableError(tr("1行目に列名（見出し）がありません。"))
        headers = _clean_headers([cell_text(c) for c in first[at][1]])
        while headers and not headers[-1]:
            headers.pop()
        table = Table(headers, encoding="xlsx", source=path.name, header_line=first[at][0])
        width = max(len(headers), 1)
        for number, values in itertools.chain(first[at + 1 :], rows):
            if len(values) > MAX_COLUMNS:
                _append(table, number, values)  # refuses, naming the row
            _append(table, number, [cell_text(c) for c in values[:width]])
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
