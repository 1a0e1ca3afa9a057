"""PDF: the audit result report (one audit) and the follow-up status report (a fiscal year).

The services gather plain rows into the dataclasses below; this module only lays them out on
the shared page template. Long lists are drawn with plain cells where nothing needs to wrap,
so that a year of thousands of actions still prints in a few seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from secdesk.i18n import tr
from secdesk.reports.charts import bar_chart
from secdesk.reports.template import (
    ALERT,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    RULE,
    WARN,
    ReportMeta,
    build_pdf,
    keep,
    key_figures,
    para,
    register_fonts,
    styles,
    title_block,
)

WIDTH = 180 * mm  # A4 portrait, inside the template's margins
WIDE = 267 * mm  # A4 landscape


@dataclass(frozen=True)
class ActionLine:
    plan: str
    owner: str
    due: str
    status: str
    lateness: str = ""  # 期限超過 12日 / 期限間近 / ""
    verification: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class FindingBlock:
    number: str
    rating: str
    title: str
    department: str
    item: str
    description: str
    risk: str
    recommendation: str
    status: str
    recurrence: str = ""
    actions: tuple[ActionLine, ...] = ()


@dataclass
class AuditReport:
    """監査結果報告書 of one audit."""

    facts: list[tuple[str, str]]  # (label, value): kind, auditor, period, checklist, status …
    scope: list[str]
    figures: list[tuple[str, str, str]]
    rating_table: list[tuple[str, ...]]  # rating, total, then one count per status
    status_headers: list[str]
    duty: str = ""
    department_rates: list[tuple[str, ...]] = field(default_factory=list)
    findings: list[FindingBlock] = field(default_factory=list)


@dataclass
class FollowUpReport:
    """フォローアップ状況報告書 across the audits of a fiscal year."""

    figures: list[tuple[str, str, str]]
    duty: str
    all_open: bool  # the list holds every open action, not only those needing attention
    audits: list[tuple[str, ...]]
    departments: list[tuple[str, ...]]
    chart_categories: list[str]
    chart_open: list[float]
    chart_overdue: list[float]
    open_actions: list[
        tuple[str, ...]
    ]  # finding, rating, department, title, plan, owner, due, status
    overdue_rows: set[int] = field(default_factory=set)  # indexes into open_actions


# Splitting one table across pages costs time in proportion to its length, on every page:
# thousands of rows go out as tables of a few hundred (the header repeats on every page).
CHUNK_ROWS = 300
CELL_FONT_SIZE = 8
CELL_PADDING = 6


@cache
def _char_width(ch: str) -> float:
    return pdfmetrics.stringWidth(ch, FONT, CELL_FONT_SIZE)


def wrap_cell(text: str, width: float) -> str:
    """Japanese text broken into lines that fit `width` (a line break may fall after any
    character, as in a Japanese document). Much cheaper than a Paragraph per cell."""
    lines: list[str] = []
    for part in text.split("\n"):
        line, used = [], 0.0
        for ch in part:
            w = _char_width(ch)
            if line and used + w > width:
                lines.append("".join(line))
                line, used = [], 0.0
            line.append(ch)
            used += w
        lines.append("".join(line))
    return "\n".join(lines)


def _fast_table(
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


def _facts_table(facts: Sequence[tuple[str, str]], width: float) -> Table:
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


def _actions_table(actions: Sequence[ActionLine]) -> Table:
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


def _finding_flowables(block: FindingBlock) -> list[Flowable]:
    heading = para(f"{block.number}　［{block.rating}］　{block.title}", "h2")
    facts = [
        (tr("所属"), block.department or "-"),
        (tr("監査項目"), block.item or "-"),
        (tr("指摘内容"), block.description or "-"),
        (tr("リスク"), block.risk or "-"),
        (tr("改善提言"), block.recommendation or "-"),
        (tr("状態"), block.status),
    ]
    if block.recurrence:
        facts.append((tr("前年度の指摘"), block.recurrence))
    parts: list[Flowable] = [heading, _facts_table(facts, WIDTH)]
    if block.actions:
        parts += [Spacer(1, 2 * mm), _actions_table(block.actions)]
    else:
        parts += [Spacer(1, 1 * mm), para(tr("是正処置は登録されていません。"), "small")]
    return [CondPageBreak(40 * mm), keep(*parts[:2]), *parts[2:], Spacer(1, 4 * mm)]


def write_audit_report(target: Path | str, meta: ReportMeta, report: AuditReport) -> int:
    story: list[Flowable] = [*title_block(meta)]
    if report.duty:
        story += [para(report.duty, "alert"), Spacer(1, 3 * mm)]
    story += [para(tr("1. 監査の概要"), "h1"), _facts_table(report.facts, WIDTH)]
    story += [
        para(tr("対象所属（{n}）").format(n=len(report.scope)), "h2"),
        para("、".join(report.scope) or "-"),
    ]
    story += [
        CondPageBreak(60 * mm),
        para(tr("2. 評価別の集計"), "h1"),
        key_figures(report.figures, 4, WIDTH),
    ]
    story.append(Spacer(1, 3 * mm))
    columns = len(report.status_headers)
    story.extend(
        _fast_table(
            [tr("評価"), tr("件数"), *report.status_headers],
            report.rating_table,
            [40 * mm, 20 * mm] + [120 * mm / max(columns, 1)] * columns,
            align_right=range(1, 2 + columns),
        )
    )
    if report.department_rates:
        story += [
            CondPageBreak(50 * mm),
            para(tr("3. 自己点検の回答状況"), "h1"),
            para(tr("回答のない所属は赤の太字で示します（状況欄に「未回答」）。"), "small"),
            *_fast_table(
                [
                    tr("所属"),
                    tr("状況"),
                    tr("対象項目"),
                    tr("回答済"),
                    tr("回答率"),
                    tr("はい"),
                    tr("いいえ"),
                    tr("該当なし"),
                ],
                report.department_rates,
                [52 * mm, 18 * mm, 18 * mm, 18 * mm, 20 * mm, 18 * mm, 18 * mm, 18 * mm],
                wrap=(0,),
                align_right=range(2, 8),
                alert_rows={
                    i for i, r in enumerate(report.department_rates) if r[1] == tr("未回答")
                },
            ),
        ]
    number = 4 if report.department_rates else 3
    story += [CondPageBreak(60 * mm), para(tr("{n}. 指摘事項と是正処置").format(n=number), "h1")]
    if not report.findings:
        story.append(para(tr("指摘事項はありません。")))
    for block in report.findings:
        story += _finding_flowables(block)
    return build_pdf(target, meta, story)


def write_follow_up_report(target: Path | str, meta: ReportMeta, report: FollowUpReport) -> int:
    story: list[Flowable] = [*title_block(meta)]
    if report.duty:
        story += [para(report.duty, "alert"), Spacer(1, 3 * mm)]
    story += [key_figures(report.figures, 6, WIDE), Spacer(1, 4 * mm)]
    story += [
        para(tr("1. 監査ごとの状況"), "h1"),
        *_fast_table(
            [
                tr("番号"),
                tr("種別"),
                tr("名称"),
                tr("状態"),
                tr("指摘"),
                tr("完了"),
                tr("未完了"),
                tr("期限超過の処置"),
            ],
            report.audits,
            [32 * mm, 22 * mm, 95 * mm, 20 * mm, 22 * mm, 22 * mm, 24 * mm, 30 * mm],
            wrap=(2,),
            align_right=(4, 5, 6, 7),
        ),
    ]
    story += [
        para(tr("2. 所属ごとの是正処置"), "h1"),
        *_fast_table(
            [
                tr("所属"),
                tr("処置"),
                tr("完了"),
                tr("未完了"),
                tr("期限超過"),
                tr("期限間近"),
                tr("確認待ち"),
            ],
            report.departments,
            [87 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
            align_right=range(1, 7),
        ),
    ]
    if report.chart_categories:
        story += [
            Spacer(1, 4 * mm),
            bar_chart(
                tr("所属別の未完了の是正処置（上位{n}所属）").format(
                    n=len(report.chart_categories)
                ),
                report.chart_categories,
                [(tr("未完了"), report.chart_open), (tr("うち期限超過"), report.chart_overdue)],
                tr("単位: 件"),
                width=WIDE,
                height=62 * mm,
            ),
        ]
    if report.all_open:
        story.append(para(tr("3. 未完了の是正処置（期限順）"), "h1"))
    else:
        story += [
            para(tr("3. 対応が必要な是正処置（期限超過・期限間近・確認待ち、期限順）"), "h1"),
            para(
                tr(
                    "期限内で対応中の処置は上の表に件数だけを示します。所属ごとの全件は"
                    "「督促用の所属別一覧」（Excel / CSV）で出力できます。"
                ),
                "small",
            ),
        ]
    if report.open_actions:
        story.append(
            para(tr("期限を過ぎた処置は赤の太字で示します（「期限超過」の表示つき）。"), "small")
        )
        story.extend(
            _fast_table(
                [
                    tr("期限"),
                    tr("期限の状況"),
                    tr("指摘番号"),
                    tr("評価"),
                    tr("担当所属"),
                    tr("件名"),
                    tr("是正処置"),
                    tr("担当者"),
                    tr("状態"),
                ],
                report.open_actions,
                [20 * mm, 22 * mm, 28 * mm, 14 * mm, 32 * mm, 55 * mm, 55 * mm, 20 * mm, 21 * mm],
                wrap=(5, 6),
                alert_rows=report.overdue_rows,
            )
        )
    else:
        story.append(para(tr("該当する是正処置はありません。")))
    return build_pdf(target, meta, story, landscape_pages=True)
