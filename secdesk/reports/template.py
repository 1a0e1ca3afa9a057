"""The one PDF page template every report uses.

Each page carries the report title, the classification label the office chose (取扱注意 …), the
organisation name, when and by whom it was generated, and "page N / M". Japanese text is set in
the embedded BIZ UDGothic TrueType font (subset into the file, so it is selectable and prints on
any PC). Long tables split across pages and repeat their header row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secdesk.domain.timezone import format_local
from secdesk.i18n import tr
from secdesk.paths import fonts_dir
from secdesk.reports.anchor import trail_anchor

FONT = "BIZUDGothic"
FONT_BOLD = "BIZUDGothic-Bold"
MARGIN = 15 * mm

INK = colors.HexColor("#1f2d3d")
MUTED = colors.HexColor("#5b6b7b")
RULE = colors.HexColor("#9aa7b4")
HEADER_FILL = colors.HexColor("#dde4ee")
ALERT = colors.HexColor("#b3261e")
WARN = colors.HexColor("#8a5300")


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir() / "BIZUDGothic-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir() / "BIZUDGothic-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def styles() -> dict[str, ParagraphStyle]:
    from secdesk import i18n

    return _styles(i18n.language())


@cache
def _styles(language: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        # Japanese may break after any character; English breaks between words (a Japanese run
        # too long for its line, such as a list of department names, is still split).
        wordWrap="CJK" if language == "ja" else None,
        splitLongWords=1,
        alignment=TA_LEFT,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11.5
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=24, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "figure": ParagraphStyle(
            "figure", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24
        ),
        "alert": ParagraphStyle("alert", parent=base, textColor=ALERT),
    }


def para(text: object, style: str = "body") -> Paragraph:
    """Plain text (escaped) as a paragraph; newlines become line breaks."""
    return Paragraph(
        escape("" if text is None else str(text)).replace("\n", "<br/>"), styles()[style]
    )


@dataclass(frozen=True)
class ReportMeta:
    title: str
    organisation: str
    label: str  # classification label, e.g. 取扱注意; empty for none
    generated_at: datetime
    generated_by: str
    subtitle: str = ""


class _PagedCanvas(Canvas):
    """Holds each page back until the end, so that every footer can say "page N / M"."""

    def __init__(self, *args, decorate=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, target, meta: ReportMeta, landscape_pages: bool) -> None:
        size = landscape(A4) if landscape_pages else A4
        super().__init__(
            str(target),
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 10 * mm,
            bottomMargin=MARGIN + 6 * mm,
            title=meta.title,
            author=meta.organisation,
            creator="secdesk",
            subject=meta.subtitle,
        )
        self.meta = meta
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def decorate(self, canvas, page: int, total: int) -> None:
        width, height = self.pagesize
        meta = self.meta
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        top = height - MARGIN
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, f"{meta.organisation}　{meta.title}")
        if meta.label:
            canvas.setFont(FONT_BOLD, 10)
            canvas.setFillColor(ALERT)
            canvas.setStrokeColor(ALERT)
            label_width = pdfmetrics.stringWidth(meta.label, FONT_BOLD, 10)
            canvas.rect(
                width - MARGIN - label_width - 8, top - 3, label_width + 8, 14, stroke=1, fill=0
            )
            canvas.drawString(width - MARGIN - label_width - 4, top, meta.label)
            canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, top - 6, width - MARGIN, top - 6)
        bottom = MARGIN
        canvas.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN,
            bottom,
            tr("作成: {at}　作成者: {by}　secdesk").format(
                at=format_local(meta.generated_at), by=meta.generated_by
            ),
        )
        anchor = trail_anchor.get()
        if anchor:
            canvas.drawRightString(
                width - MARGIN - 18 * mm, bottom, tr("監査ログ {head}").format(head=anchor)
            )
        canvas.drawRightString(width - MARGIN, bottom, f"{page} / {total}")
        canvas.restoreState()


# Who wants to hear how far the layout got: (flowables laid out, all flowables). Set around a
# report's generation by `layout_progress`, so that a register's report built deep inside its
# own service reports to (and can be cancelled by) the screen that asked for it: an exception
# raised by the callback stops the layout, and the caller's temporary file is thrown away.
_layout_progress: ContextVar[Callable[[int, int], None] | None] = ContextVar(
    "layout_progress", default=None
)


@contextmanager
def layout_progress(callback: Callable[[int, int], None] | None) -> Iterator[None]:
    """Every PDF laid out inside the block calls `callback(done, total)` as it goes."""
    token = _layout_progress.set(callback)
    try:
        yield
    finally:
        _layout_progress.reset(token)


def build_pdf(
    target: Path | str, meta: ReportMeta, story: Sequence[Flowable], landscape_pages: bool = False
) -> int:
    """Lay out `story` on the shared template; returns the number of pages."""
    register_fonts()
    doc = _Doc(target, meta, landscape_pages)
    callback = _layout_progress.get()
    if callback is not None:
        total = max(len(story), 1)
        doc.setProgressCallBack(
            lambda kind, value: (
                callback(max(0, min(value, total)), total) if kind == "PROGRESS" else None
            )
        )
    doc.build(list(story), canvasmaker=lambda *a, **k: _PagedCanvas(*a, decorate=doc.decorate, **k))
    return doc.page


def title_block(meta: ReportMeta) -> list[Flowable]:
    parts: list[Flowable] = [para(meta.title, "title")]
    if meta.subtitle:
        parts.append(para(meta.subtitle, "h2"))
    parts.append(Spacer(1, 4 * mm))
    return parts


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float] | None = None,
    align_right: Sequence[int] = (),
    row_colours: dict[int, colors.Color] | None = None,
) -> Table:
    """A table that splits across pages with its header row repeated; cells wrap Japanese text."""
    cell = styles()["cell"]
    head = styles()["cell_bold"]
    body = [[Paragraph(escape(str(h)), head) for h in headers]]
    # Cells are Paragraphs, which ignore the table's TEXTCOLOR: a coloured row needs its own style.
    coloured = {
        index: ParagraphStyle(f"cell_{index}", parent=cell, textColor=colour)
        for index, colour in (row_colours or {}).items()
    }
    # Likewise they ignore the table's ALIGN: right-aligned columns need a right-aligned style.
    right = set(align_right)
    flush: dict[str, ParagraphStyle] = {}

    def aligned(style: ParagraphStyle) -> ParagraphStyle:
        if style.name not in flush:
            flush[style.name] = ParagraphStyle(f"{style.name}_r", parent=style, alignment=TA_RIGHT)
        return flush[style.name]

    for index, row in enumerate(rows):
        style = coloured.get(index, cell)
        body.append(
            [
                Paragraph(
                    escape("" if v is None else str(v)).replace("\n", "<br/>"),
                    aligned(style) if column in right else style,
                )
                for column, v in enumerate(row)
            ]
        )
    table = Table(body, colWidths=widths, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in align_right:
        commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    for row_index, colour in (row_colours or {}).items():
        commands.append(("TEXTCOLOR", (0, row_index + 1), (-1, row_index + 1), colour))
    table.setStyle(TableStyle(commands))
    return table


def key_figures(
    figures: Sequence[tuple[str, str, str]], columns: int = 4, width: float = 180 * mm
) -> Table:
    """Tiles of (label, value, note) for a summary page."""
    st = styles()
    room = width / columns - 12  # the cell's left and right padding

    def figure(value: str) -> Paragraph:
        """The big figure, made smaller when it would not fit on one line (19 departments)."""
        style = st["figure"]
        needed = pdfmetrics.stringWidth(value, style.fontName, style.fontSize)
        if needed > room:
            size = max(11.0, style.fontSize * room / needed)
            style = ParagraphStyle(
                f"figure_{size:.1f}", parent=style, fontSize=size, leading=size * 1.2
            )
        return Paragraph(escape(value), style)

    cells = [
        [para(label, "small"), figure(value), para(note, "small")] for label, value, note in figures
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))
