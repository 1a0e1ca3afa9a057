"""CSV and .xlsx writers for every export, with spreadsheet formulas neutralised.

A cell whose text begins with = + - @ (or a tab or carriage return) would run as a formula when
the file is opened in Excel (CSV injection); such text gets a leading apostrophe, which Excel
shows as plain text. Numbers and dates stay real numbers and dates.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from secdesk.domain.errors import ValidationError
from secdesk.domain.timezone import local_naive
from secdesk.i18n import tr
from secdesk.io.files import atomic_path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_CONTROL = {i: None for i in (*range(9), 11, 12, *range(14, 32), 127)}


def neutralise(value: object) -> object:
    """Text that a spreadsheet would evaluate becomes inert; other values pass unchanged."""
    if not isinstance(value, str):
        return value
    value = value.translate(_CONTROL)
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
    """One sheet per (title, columns, rows): header frozen, filter on, widths set."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    try:
        _fill(workbook, sheets, label, counts)
    except BaseException:
        _discard(workbook)
        raise
    with atomic_path(path) as temp:
        workbook.save(temp)
    return counts


def _discard(workbook) -> None:
    """Close the sheets' streams of a workbook that will not be saved (the rows failed, or the
    person cancelled), and remove their temporary files. Left open, openpyxl would write to a
    closed file when they are collected, and the files would stay in the temp folder."""
    for sheet in workbook.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        for step in (
            rows.close if rows is not None else None,
            writer.close if writer is not None else None,
            writer.cleanup if writer is not None else None,
        ):
            if step is not None:
                with contextlib.suppress(Exception):  # best effort on the way out
                    step()


def _fill(workbook, sheets, label: str, counts: dict[str, int]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(_sheet_title(title))
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.header)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        sheet.append(header)
        count = 0
        for row in rows:
            out = []
            for value in row:
                value = neutralise(value)
                if isinstance(value, datetime):
                    value = local_naive(value)
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = "yyyy-mm-dd hh:mm"
                    out.append(cell)
                elif isinstance(value, date):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = "yyyy-mm-dd"
                    out.append(cell)
                else:
                    out.append(value)
            sheet.append(out)
            count += 1
        last = get_column_letter(max(len(columns), 1))
        sheet.auto_filter.ref = f"A1:{last}{count + 1}"
        if label:
            sheet.oddHeader.center.text = label
        counts[title] = count


def _sheet_title(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, "_")
    return title[:31] or "Sheet"
