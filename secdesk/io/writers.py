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

# Typographic characters that have no CP932 form, written as the nearest character that has one.
# The category separator 「›」 becomes 「＞」, which every importer reads back as the separator
# (NFKC turns it into ">", and " > " is a level separator wherever a category path is read).
CP932_STAND_INS = {
    "\u203a": "\uff1e",  # › → ＞
    "\u2039": "\uff1c",  # ‹ → ＜
    "\u00bb": "\u226b",  # » → ≫
    "\u00ab": "\u226a",  # « → ≪
    "\u2014": "\u2015",  # — (em dash) → ― (horizontal bar)
    "\u2013": "\uff0d",  # – (en dash) → －
}
_CP932_MISSING = re.compile("[" + "".join(CP932_STAND_INS) + "]")


def cp932_text(value: str) -> str:
    """Text with the characters of CP932_STAND_INS replaced, so that CP932 can write it."""
    if _CP932_MISSING.search(value):
        return _CP932_MISSING.sub(lambda m: CP932_STAND_INS[m.group()], value)
    return value


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
    """Write rows; CP932 on request (for old Excel), UTF-8 with BOM otherwise. Returns row count.

    In CP932 the few typographic characters it lacks (CP932_STAND_INS: the category separator
    「›」, dashes, angle quotes) are written as their nearest CP932 character; any other character
    CP932 cannot write refuses the export, naming the line."""
    count = 0
    text_of = _csv_text
    if encoding.replace("_", "").lower() in ("cp932", "shiftjis", "mskanji", "windows31j"):

        def text_of(value: object) -> str:
            return cp932_text(_csv_text(value))

    with (
        atomic_path(path) as temp,
        temp.open("w", encoding=encoding, newline="", errors="strict") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        try:
            writer.writerow([text_of(h) for h in headers])
            for row in rows:
                writer.writerow([text_of(v) for v in row])
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
