"""CSV and .xlsx writers for every export, with spreadsheet formulas neutralised.

A cell whose text begins with = + - @ (or a tab or carriage return) would run as a formula when
the file is opened in Excel (CSV injection); such text gets a leading apostrophe, which Excel
shows as plain text. Numbers and dates stay real numbers and dates.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from secdesk.domain.errors import ValidationError
from secdesk.domain.timezone import local_naive
from secdesk.i18n import tr
from secdesk.io.files import atomic_path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# Control characters but tab, newline and carriage return (a regular expression: str.translate
# with a table is several times slower on the millions of cells of a large export).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would evaluate becomes inert; other values pass unchanged."""
    if not isinstance(value, str):
        return value
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return local_naive(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(neutralise(value))


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 14  # in characters, for .xlsx


def write_csv(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    encoding: str = "utf-8-sig",
) -> int:
    """Write rows; CP932 on request (for old Excel), UTF-8 with BOM otherwise. Returns row count."""
    count = 0
    with (
        atomic_path(path) as temp,
        temp.open("w", encoding=encoding, newline="", errors="strict") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        try:
            writer.writerow([_csv_text(h) for h in headers])
            for row in rows:
                writer.writerow([_csv_text(v) for v in row])
                count += 1
        except UnicodeEncodeError as error:
            bad = error.object[error.start : error.end]
            raise ValidationError(
                tr(
                    "{line}行目の「{ch}」は Shift_JIS（CP932）で書けない文字です。"
                    "UTF-8 で出力してください。"
                ).format(line=count + 2, ch=bad)
            ) from error
    return count


def write_xlsx(
    path: Path | str,
    sheets: Sequence[tuple[str, Sequence[Column], Iterable[Sequence[object]]]],
    label: str = "",
) -> dict[str, int]:
    """One sheet per (title, columns, rows): header frozen, filter on, widths set, dates real,
    the label in the printed header. Rows are streamed (io.xlsx_stream); a failure or a cancel
    while they come leaves no file."""
    from secdesk.io.xlsx_stream import write_workbook

    with atomic_path(path) as temp:
        return write_workbook(temp, sheets, label, neutralise)
