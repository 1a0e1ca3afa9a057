"""The training completion report: summary, a section per course (per-department table and
chart) and per drill, and optionally an appendix listing who has still to complete."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from secdesk.domain.training import CourseKind, format_rate, kind_label
from secdesk.i18n import tr
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
CHART_LIMIT = 45  # departments; beyond this the table alone is clearer than a chart


def _verdict(meets: bool) -> str:
    return tr("達成") if meets else tr("未達")


def _summary(data) -> list[Flowable]:
    courses = [c for c in data.courses if c.course.kind != CourseKind.PHISHING]
    main = next((c for c in courses if c.course.kind == CourseKind.ALL_STAFF), None)
    figures = []
    if main is not None:
        figures.append(
            (
                tr("全職員研修の受講率"),
                format_rate(main.rate),
                tr("完了 {done:,} / 対象 {due:,} 名").format(
                    done=main.completed, due=main.target - main.exempt
                ),
            )
        )
        figures.append(
            (
                tr("目標未達の所属"),
                f"{len(main.below_target):,}",
                tr("目標 {rate}%・所属 {n}").format(
                    rate=main.course.target_rate, n=len(main.departments)
                ),
            )
        )
    figures.append((tr("研修"), f"{len(courses):,}", tr("訓練 {n} 回").format(n=len(data.drills))))
    if data.drills:
        latest = data.drills[-1]
        figures.append(
            (
                tr("訓練のクリック率（直近）"),
                format_rate(latest.counts.rate("clicked")),
                tr("報告率 {rate}").format(rate=format_rate(latest.counts.rate("reported"))),
            )
        )
    story: list[Flowable] = [key_figures(figures, columns=len(figures), width=WIDTH)]
    story.append(Spacer(1, 5 * mm))
    story.append(para(tr("研修ごとの受講状況"), "h1"))
    rows, colours = [], {}
    for index, summary in enumerate(courses):
        info = summary.course
        if not summary.meets_target:
            colours[index] = ALERT
        rows.append(
            (
                info.code,
                info.title,
                kind_label(info.kind),
                info.due_date.isoformat(),
                f"{summary.target:,}",
                f"{summary.completed:,}",
                f"{summary.exempt:,}",
                format_rate(summary.rate),
                _verdict(summary.meets_target),
            )
        )
    story.append(
        data_table(
            [
                tr("コード"),
                tr("研修名"),
                tr("種別"),
                tr("期限日"),
                tr("対象"),
                tr("完了"),
                tr("免除"),
                tr("受講率"),
                tr("判定"),
            ],
            rows,
            [18 * mm, 46 * mm, 28 * mm, 20 * mm, 14 * mm, 14 * mm, 12 * mm, 16 * mm, 12 * mm],
            align_right=(4, 5, 6, 7),
            row_colours=colours,
        )
    )
    if data.drills:
        story.append(para(tr("標的型攻撃メール訓練"), "h1"))
        story.append(
            data_table(
                [
                    tr("コード"),
                    tr("訓練名"),
                    tr("実施日"),
                    tr("送信"),
                    tr("開封率"),
                    tr("クリック率"),
                    tr("入力率"),
                    tr("報告率"),
                ],
                [
                    (
                        d.course.code,
                        d.course.title,
                        d.course.due_date.isoformat(),
                        f"{d.counts.sent:,}",
                        format_rate(d.counts.rate("opened")),
                        format_rate(d.counts.rate("clicked")),
                        format_rate(d.counts.rate("submitted")),
                        format_rate(d.counts.rate("reported")),
                    )
                    for d in data.drills
                ],
                [18 * mm, 50 * mm, 20 * mm, 14 * mm, 19 * mm, 20 * mm, 19 * mm, 20 * mm],
                align_right=(3, 4, 5, 6, 7),
            )
        )
    story.append(
        para(
            tr(
                "受講率 = 完了 ÷（対象 − 免除）。所属は期限日（訓練は実施日）時点の所属で数えています。"
                "訓練の各率は、訓練メールが届いた職員に対する割合です。"
            ),
            "small",
        )
    )
    return story


def _course_section(summary) -> list[Flowable]:
    info = summary.course
    story: list[Flowable] = [PageBreak(), para(f"{info.code} {info.title}", "h1")]
    story.append(
        para(
            tr(
                "種別: {kind}　期限日: {due}　目標: {target}%　対象 {n:,} 名・完了 {done:,} 名・"
                "免除 {exempt:,} 名・未完了 {left:,} 名　受講率 {rate}"
            ).format(
                kind=kind_label(info.kind),
                due=info.due_date.isoformat(),
                target=info.target_rate,
                n=summary.target,
                done=summary.completed,
                exempt=summary.exempt,
                left=summary.remaining,
                rate=format_rate(summary.rate),
            )
        )
    )
    departments = summary.departments
    if departments and len(departments) <= CHART_LIMIT:
        height = min(max(55 * mm, (len(departments) * 5 + 25) * mm), 215 * mm)
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(
                tr("所属別の受講率（{due} 時点の所属）").format(due=info.due_date.isoformat()),
                [d.name for d in reversed(departments)],
                [(tr("受講率"), [round(d.rate or 0.0, 1) for d in reversed(departments)])],
                tr("単位: %"),
                width=WIDTH,
                height=height,
                horizontal=True,
                value_max=100,
            )
        )
    rows, colours = [], {}
    for index, dept in enumerate(departments):
        if not dept.meets_target:
            colours[index] = ALERT
        rows.append(
            (
                dept.code,
                dept.name,
                dept.parent_name,
                f"{dept.target:,}",
                f"{dept.completed:,}",
                f"{dept.exempt:,}",
                f"{dept.remaining:,}",
                format_rate(dept.rate),
                _verdict(dept.meets_target),
            )
        )
    story.append(Spacer(1, 3 * mm))
    story.append(
        data_table(
            [
                tr("コード"),
                tr("所属"),
                tr("上位の所属"),
                tr("対象"),
                tr("完了"),
                tr("免除"),
                tr("未完了"),
                tr("受講率"),
                tr("判定"),
            ],
            rows,
            [14 * mm, 36 * mm, 32 * mm, 16 * mm, 16 * mm, 14 * mm, 16 * mm, 18 * mm, 14 * mm],
            align_right=(3, 4, 5, 6, 7),
            row_colours=colours,
        )
    )
    return story


def _drill_section(drill) -> list[Flowable]:
    info, counts = drill.course, drill.counts
    story: list[Flowable] = [PageBreak(), para(f"{info.code} {info.title}", "h1")]
    story.append(
        para(
            tr(
                "実施日: {day}　送信 {sent:,} 名（未送信 {unsent:,}）　開封率 {opened}・"
                "クリック率 {clicked}・入力率 {submitted}・報告率 {reported}"
            ).format(
                day=info.due_date.isoformat(),
                sent=counts.sent,
                unsent=drill.not_sent,
                opened=format_rate(counts.rate("opened")),
                clicked=format_rate(counts.rate("clicked")),
                submitted=format_rate(counts.rate("submitted")),
                reported=format_rate(counts.rate("reported")),
            )
        )
    )
    departments = drill.departments
    if departments and len(departments) <= CHART_LIMIT:
        height = min(max(55 * mm, (len(departments) * 7 + 30) * mm), 215 * mm)
        story.append(
            bar_chart(
                tr("所属別のクリック率と報告率"),
                [d.name for d in reversed(departments)],
                [
                    (
                        tr("クリック率"),
                        [round(d.counts.rate("clicked") or 0.0, 1) for d in reversed(departments)],
                    ),
                    (
                        tr("報告率"),
                        [round(d.counts.rate("reported") or 0.0, 1) for d in reversed(departments)],
                    ),
                ],
                tr("単位: %（送信数に対する割合）"),
                width=WIDTH,
                height=height,
                horizontal=True,
                value_max=100,
            )
        )
    rows = [
        (
            d.code,
            d.name,
            f"{d.counts.sent:,}",
            format_rate(d.counts.rate("opened")),
            format_rate(d.counts.rate("clicked")),
            format_rate(d.counts.rate("submitted")),
            format_rate(d.counts.rate("reported")),
        )
        for d in departments
    ]
    story.append(Spacer(1, 3 * mm))
    story.append(
        data_table(
            [
                tr("コード"),
                tr("所属"),
                tr("送信"),
                tr("開封率"),
                tr("クリック率"),
                tr("入力率"),
                tr("報告率"),
            ],
            rows,
            [16 * mm, 50 * mm, 20 * mm, 23 * mm, 24 * mm, 23 * mm, 24 * mm],
            align_right=(2, 3, 4, 5, 6),
        )
    )
    return story


def _appendix(data) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), para(tr("付録　未完了者一覧"), "h1")]
    for summary in data.courses:
        if summary.course.id not in data.non_completers:
            continue
        people = data.non_completers[summary.course.id]
        heading = para(
            tr("{code} {title}（{n:,} 名）").format(
                code=summary.course.code, title=summary.course.title, n=len(people)
            ),
            "h2",
        )
        if not people:
            story.append(keep(heading, para(tr("未完了の職員はいません。"))))
            continue
        story.append(heading)
        story.append(
            data_table(
                [tr("所属コード"), tr("所属"), tr("職員番号"), tr("氏名"), tr("備考")],
                [(p.department_code, p.department, p.staff_number, p.name, p.note) for p in people],
                [20 * mm, 50 * mm, 25 * mm, 40 * mm, 45 * mm],
            )
        )
    return story


def build_training_report(target: Path | str, meta: ReportMeta, data) -> int:
    """Lay the report out on the shared template; returns the number of pages."""
    story = [*title_block(meta), *_summary(data)]
    for summary in data.courses:
        if summary.course.kind != CourseKind.PHISHING:
            story.extend(_course_section(summary))
    for drill in data.drills:
        story.extend(_drill_section(drill))
    if data.drills:
        story.append(
            para(
                tr(
                    "複数の訓練でリンクをクリックした職員: {n} 名（全訓練の通算。個人名は画面の"
                    "「繰り返しクリックした職員」で確認できます）。"
                ).format(n=data.repeat_clickers)
            )
        )
    if data.non_completers:
        story.extend(_appendix(data))
    return build_pdf(target, meta, story)
