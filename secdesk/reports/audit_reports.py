"""PDF: the audit result report (one audit) and the follow-up status report (a fiscal year).

The services gather plain rows into the dataclasses below; this module only lays them out on
the shared page template. Long lists are drawn with plain cells where nothing needs to wrap,
so that a year of thousands of actions still prints in a few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from secdesk.i18n import tr
from secdesk.reports.audit_tables import actions_table, facts_table, long_table
from secdesk.reports.charts import bar_chart
from secdesk.reports.template import (
    ReportMeta,
    build_pdf,
    keep,
    key_figures,
    para,
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
    parts: list[Flowable] = [heading, facts_table(facts, WIDTH)]
    if block.actions:
        parts += [Spacer(1, 2 * mm), actions_table(block.actions)]
    else:
        parts += [Spacer(1, 1 * mm), para(tr("是正処置は登録されていません。"), "small")]
    return [CondPageBreak(40 * mm), keep(*parts[:2]), *parts[2:], Spacer(1, 4 * mm)]


def write_audit_report(target: Path | str, meta: ReportMeta, report: AuditReport) -> int:
    story: list[Flowable] = [*title_block(meta)]
    if report.duty:
        story += [para(report.duty, "alert"), Spacer(1, 3 * mm)]
    story += [para(tr("1. 監査の概要"), "h1"), facts_table(report.facts, WIDTH)]
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
        long_table(
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
            *long_table(
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
        *long_table(
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
        *long_table(
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
            long_table(
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
