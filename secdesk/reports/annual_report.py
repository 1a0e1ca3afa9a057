"""The annual information-security report on the shared template: the summary against targets,
a chapter per register (incidents here, training and audits in annual_chapters), and the
appendix listing the year's incidents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from secdesk.i18n import tr
from secdesk.reports.annual_chapters import audit_chapter, training_chapter
from secdesk.reports.annual_data import AnnualReport, CountRow, IncidentPart
from secdesk.reports.audit_tables import long_table
from secdesk.reports.charts import bar_chart
from secdesk.reports.template import (
    ALERT,
    ReportMeta,
    build_pdf,
    data_table,
    keep,
    key_figures,
    para,
    title_block,
)

WIDTH = 180 * mm
TOP_DEPARTMENTS = 15  # departments in the chart; the table lists them all
KEEP_ROWS = 25  # tables this short stay on the page of their chart


def verdict(met: bool | None) -> str:
    return "—" if met is None else tr("達成") if met else tr("未達")


def rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _summary(report: AnnualReport) -> list[Flowable]:
    tiles = []
    for figure in report.figures[:8]:
        note = tr("目標 {target}").format(target=figure.target) if figure.target != "—" else ""
        if figure.met is not None:
            note += tr("（{verdict}）").format(verdict=verdict(figure.met))
        tiles.append((figure.label, figure.value, "\n".join(p for p in (note, figure.note) if p)))
    story: list[Flowable] = [
        para(tr("1 概要"), "h1"),
        key_figures(tiles, columns=4, width=WIDTH),
        Spacer(1, 4 * mm),
        para(tr("目標に対する実績"), "h2"),
    ]
    colours = {i: ALERT for i, f in enumerate(report.figures) if f.met is False}
    story.append(
        data_table(
            [tr("指標"), tr("実績"), tr("目標"), tr("判定"), tr("備考")],
            [(f.label, f.value, f.target, verdict(f.met), f.note) for f in report.figures],
            [52 * mm, 22 * mm, 18 * mm, 14 * mm, 74 * mm],
            align_right=(1, 2),
            row_colours=colours,
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    story.append(
        para(tr("目標に届かなかった指標は赤字で示し、判定欄に「未達」と記します。"), "small")
    )
    story += [
        para(tr("地方自治法施行規則の改正（2027年7月1日施行）で求められる取組"), "h2"),
        data_table(
            [tr("取組"), tr("今年度の状況"), tr("本報告書の章")],
            report.duties_of_law,
            [36 * mm, 108 * mm, 36 * mm],
        ),
        Spacer(1, 3 * mm),
        para(
            tr(
                "件数は発見日の属する年度で数えています。取消した記録は数えず、インシデントへ"
                "移行したヒヤリハットはインシデントとして数えます。研修の受講率は期限日時点の"
                "所属で、受講率 = 完了 ÷（対象 − 免除）です。"
            ),
            "small",
        ),
    ]
    return story


def _count_table(first: str, rows: Sequence[CountRow], total: bool = True) -> list[Flowable]:
    body = [
        (
            r.label,
            f"{r.incidents:,}",
            f"{r.incidents_before:,}",
            f"{r.near_misses:,}",
            f"{r.near_misses_before:,}",
            f"{r.total:,}",
            f"{r.total_before:,}",
        )
        for r in rows
    ]
    if total:
        body.append(
            (
                tr("合計"),
                *(
                    f"{sum(getattr(r, name) for r in rows):,}"
                    for name in (
                        "incidents",
                        "incidents_before",
                        "near_misses",
                        "near_misses_before",
                        "total",
                        "total_before",
                    )
                ),
            )
        )
    headers = [
        first,
        tr("インシデント 今年度"),
        tr("前年度"),
        tr("ヒヤリハット 今年度"),
        tr("前年度"),
        tr("合計 今年度"),
        tr("前年度"),
    ]
    return long_table(
        headers,
        body,
        [54 * mm, 22 * mm, 18 * mm, 22 * mm, 18 * mm, 24 * mm, 22 * mm],
        wrap=(0,),
        align_right=range(1, 7),
    )


def _comparison(title: str, rows: Sequence[CountRow], unit: str, horizontal: bool) -> Flowable:
    shown = list(reversed(rows)) if horizontal else list(rows)
    height = max(50 * mm, (len(rows) * 6 + 24) * mm) if horizontal else 62 * mm
    return bar_chart(
        title,
        [r.label for r in shown],
        [
            (tr("今年度"), [float(r.total) for r in shown]),
            (tr("前年度"), [float(r.total_before) for r in shown]),
        ],
        unit,
        width=WIDTH,
        height=min(height, 200 * mm),
        horizontal=horizontal,
    )


def _incident_chapter(part: IncidentPart) -> list[Flowable]:
    unit = tr("単位: 件")
    story: list[Flowable] = [PageBreak(), para(tr("2 インシデント・ヒヤリハット"), "h1")]
    story.append(
        para(
            tr(
                "インシデント {i} 件（前年度 {ib} 件）、ヒヤリハット {n} 件（前年度 {nb} 件）。"
            ).format(
                i=f"{part.incidents:,}",
                ib=f"{part.incidents_before:,}",
                n=f"{part.near_misses:,}",
                nb=f"{part.near_misses_before:,}",
            )
        )
    )
    months = part.months
    story += [para(tr("2.1 月別の件数（発見月）"), "h2")]
    story.append(
        bar_chart(
            tr("月別のインシデント"),
            [r.label for r in months],
            [
                (tr("今年度"), [float(r.incidents) for r in months]),
                (tr("前年度"), [float(r.incidents_before) for r in months]),
            ],
            unit,
            width=WIDTH,
            height=55 * mm,
        )
    )
    story.append(
        bar_chart(
            tr("月別のヒヤリハット"),
            [r.label for r in months],
            [
                (tr("今年度"), [float(r.near_misses) for r in months]),
                (tr("前年度"), [float(r.near_misses_before) for r in months]),
            ],
            unit,
            width=WIDTH,
            height=55 * mm,
        )
    )
    story += _count_table(tr("月"), months)
    # A heading, its chart and a short table go on one page (a long one splits as it must).
    for heading, title, first, rows in (
        (
            tr("2.2 分類別の件数"),
            tr("分類別（インシデントとヒヤリハットの合計）"),
            tr("分類"),
            part.categories,
        ),
        (
            tr("2.3 ネットワーク別の件数"),
            tr("ネットワーク別（合計）"),
            tr("ネットワーク"),
            part.segments,
        ),
    ):
        parts = [para(heading, "h2"), _comparison(title, rows, unit, True)]
        parts += _count_table(first, rows)
        story += [keep(*parts)] if len(rows) <= KEEP_ROWS else parts
    busiest = sorted(part.departments, key=lambda r: (-r.total, -r.total_before))[:TOP_DEPARTMENTS]
    story += [CondPageBreak(90 * mm), para(tr("2.4 所属別の件数"), "h2")]
    if busiest:
        story.append(
            _comparison(
                tr("件数の多い所属（上位 {n}）").format(n=len(busiest)), busiest, unit, True
            )
        )
    story += _count_table(tr("所属"), part.departments)
    story += _duty_section(part)
    return story


def _duty_section(part: IncidentPart) -> list[Flowable]:
    rows = [*part.duties, *([part.duty_total] if part.duty_total and part.duties else [])]
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        para(tr("2.5 報告義務の実施状況"), "h2"),
        para(
            tr(
                "個人情報保護委員会への速報・確報、本人への通知など、今年度のインシデントが負った"
                "報告義務です。期限内率 = 期限内に実施 ÷（実施済み ＋ 未実施で期限超過）。"
            ),
            "small",
        ),
    ]
    if not rows:
        return [*story, para(tr("今年度のインシデントに報告義務はありません。"))]
    story.append(
        data_table(
            [
                tr("報告"),
                tr("対象"),
                tr("期限内に実施"),
                tr("期限後に実施"),
                tr("未実施・期限超過"),
                tr("未実施・期限前"),
                tr("期限内率"),
            ],
            [
                (
                    r.label,
                    f"{r.owed:,}",
                    f"{r.on_time:,}",
                    f"{r.late:,}",
                    f"{r.overdue:,}",
                    f"{r.pending:,}",
                    rate(r.rate),
                )
                for r in rows
            ],
            [48 * mm, 18 * mm, 22 * mm, 22 * mm, 26 * mm, 24 * mm, 20 * mm],
            align_right=range(1, 7),
            row_colours={i: ALERT for i, r in enumerate(rows) if r.late or r.overdue},
        )
    )
    if part.duty_cases:
        shown = len(part.duty_cases)
        story += [
            Spacer(1, 3 * mm),
            keep(
                para(
                    tr("期限後に実施した報告と、期限を過ぎて未実施の報告（{n} 件）").format(
                        n=f"{part.duty_cases_total:,}"
                    ),
                    "h2",
                ),
                para(tr("未実施のものは赤の太字で示します（状況欄に「未実施」）。"), "small"),
            ),
            *long_table(
                [tr("番号"), tr("件名"), tr("所属"), tr("報告"), tr("期限"), tr("状況")],
                [
                    (c.ref, c.title, c.department, c.duty, c.due.isoformat(), c.state)
                    for c in part.duty_cases
                ],
                [24 * mm, 42 * mm, 26 * mm, 30 * mm, 20 * mm, 38 * mm],
                wrap=(1, 2, 3, 5),
                alert_rows={i for i, c in enumerate(part.duty_cases) if c.overdue},
            ),
        ]
        if part.duty_cases_total > shown:
            story.append(
                para(
                    tr(
                        "期限の早い順に {shown} 件を載せています。全 {n} 件は監査人向け"
                        "ワークブックの「報告義務」シートにあります。"
                    ).format(shown=f"{shown:,}", n=f"{part.duty_cases_total:,}"),
                    "small",
                )
            )
    return story


def appendix(part: IncidentPart) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), para(tr("付録　今年度のインシデント一覧"), "h1")]
    note = tr(
        "インシデント {n} 件の一覧です。ヒヤリハット（{m} 件）は件数のみを本文に示し、"
        "一件ごとの記録は監査人向けワークブックにあります。"
    ).format(n=f"{part.incidents:,}", m=f"{part.near_misses:,}")
    if part.appendix_limit:
        note += tr(
            "件数が多いため、重大度の高いもの（同じ重大度では本人の数の多いもの）から "
            "{limit} 件を選び、番号順に載せています。"
        ).format(limit=f"{part.appendix_limit:,}")
    story.append(keep(para(note, "small"), Spacer(1, 2 * mm)))
    if not part.appendix:
        return [*story, para(tr("今年度のインシデントはありません。"))]
    story += long_table(
        [
            tr("番号"),
            tr("発見日"),
            tr("件名"),
            tr("分類"),
            tr("所属"),
            tr("重大度"),
            tr("状態"),
            tr("本人の数"),
            tr("報告義務"),
        ],
        [
            (
                r.ref,
                r.discovered,
                r.title,
                r.category,
                r.department,
                r.severity,
                r.status,
                r.persons,
                r.duties,
            )
            for r in part.appendix
        ],
        [23 * mm, 18 * mm, 42 * mm, 26 * mm, 20 * mm, 12 * mm, 12 * mm, 12 * mm, 15 * mm],
        wrap=(2, 3, 4, 8),
        align_right=(7,),
    )
    return story


def build_annual_report(target: Path | str, meta: ReportMeta, report: AnnualReport) -> int:
    """Lay the report out; returns the number of pages."""
    story: list[Flowable] = [*title_block(meta), *_summary(report)]
    story += _incident_chapter(report.incidents)
    story += training_chapter(report.training)
    story += audit_chapter(report.audits)
    story += appendix(report.incidents)
    return build_pdf(target, meta, story)
