"""Tables of the audit PDFs: long lists that print fast, facts, and a finding's actions."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from secdesk.i18n import tr
from secdesk.reports.template import (
    ALERT,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    RULE,
    WARN,
    para,
    register_fonts,
    styles,
)

if TYPE_CHECKING:
    from secdesk.reports.audit_reports import ActionLine

# Splitting one table across pages costs time in proportion to its length, on every page:
# thousands of rows go out as tables of a few hundred (the header repeats on every page).
CHUNK_ROWS = 300
CELL_FONT_SIZE = 8
CELL_PADDING = 6


@cache
def _char_width(ch: str) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(ch, FONT, CELL_FONT_SIZE)


def wrap_cell(text: str, width: float) -> str:
    """Text broken into lines that fit `width`: at the last space when the line has one (English),
    else after any character, as in a Japanese document. Much cheaper than a Paragraph per cell."""
    lines: list[str] = []
    for part in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for ch in part:
            w = _char_width(ch)
            if line and used + w > width:
                space = "".join(line).rfind(" ")
                if space > 0 and ch != " ":
                    lines.append("".join(line[:space]))
                    line = line[space + 1 :]
                    used = sum(map(_char_width, line))
                else:
                    lines.append("".join(line))
                    line, used = [], 0.0
                    if ch == " ":
                        continue
            line.append(ch)
            used += w
        lines.append("".join(line))
    return "\n".join(lines)


def long_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    wrap: Sequence[int] = (),
    alert_rows: set[int] | None = None,
    align_right: Sequence[int] = (),
) -> list[Flowable]:
    """A long table as plain text cells (wrapped by hand where asked), in chunks of rows that
    each repeat the header; alert rows are red and bold. Thousands of rows print in seconds."""
    register_fonts()
    head = styles()["cell_bold"]
    header = [Paragraph(escape(h), head) for h in headers]
    wrapped = {i: widths[i] - CELL_PADDING for i in wrap}
    body = [
        [
            wrap_cell(str(v), wrapped[i]) if i in wrapped else ("" if v is None else str(v))
            for i, v in enumerate(row)
        ]
        for row in rows
    ]
    alert_rows = alert_rows or set()
    tables: list[Flowable] = []
    for start in range(0, max(len(body), 1), CHUNK_ROWS):
        chunk = body[start : start + CHUNK_ROWS]
        table = Table([header, *chunk], colWidths=list(widths), repeatRows=1)
        commands = [
            ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE, CELL_FONT_SIZE + 2.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for column in align_right:
            commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        for index in range(len(chunk)):
            if start + index in alert_rows:
                commands.append(("TEXTCOLOR", (0, index + 1), (-1, index + 1), ALERT))
                commands.append(
                    (
                        "FONT",
                        (0, index + 1),
                        (-1, index + 1),
                        FONT_BOLD,
                        CELL_FONT_SIZE,
                        CELL_FONT_SIZE + 2.5,
                    )
                )
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables


def facts_table(facts: Sequence[tuple[str, str]], width: float) -> Table:
    rows = [[para(k, "cell_bold"), para(v, "cell")] for k, v in facts]
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def actions_table(actions: Sequence[ActionLine]) -> Table:
    """A finding's actions; late ones in red bold, due-soon ones amber, each with its word."""
    st = styles()
    head = st["cell_bold"]
    late = ParagraphStyle("cell_late", parent=st["cell"], textColor=ALERT, fontName=FONT_BOLD)
    soon = ParagraphStyle("cell_soon", parent=st["cell"], textColor=WARN)
    body = [
        [
            Paragraph(escape(h), head)
            for h in (tr("是正処置"), tr("担当"), tr("期限"), tr("状態"), tr("確認"))
        ]
    ]
    for a in actions:
        style = late if a.overdue else soon if a.lateness else st["cell"]
        status = a.status + (f"\n{a.lateness}" if a.lateness else "")
        body.append(
            [
                Paragraph(escape(v).replace("\n", "<br/>"), style)
                for v in (a.plan, a.owner, a.due, status, a.verification)
            ]
        )
    table = Table(body, colWidths=[78 * mm, 34 * mm, 22 * mm, 28 * mm, 18 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
