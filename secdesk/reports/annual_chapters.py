"""Chapters of the annual report: training and drills, audits and self-inspection."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from secdesk.i18n import tr
from secdesk.reports.annual_data import AuditPart, TrainingPart
from secdesk.reports.audit_tables import CELL_FONT_SIZE, long_table, wrap_cell
from secdesk.reports.charts import bar_chart
from secdesk.reports.template import (
    ALERT,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    RULE,
    data_table,
    para,
    register_fonts,
)

WIDTH = 180 * mm
MATRIX_COLUMNS = 7  # courses side by side in one table of rates per department
BELOW = "▼"  # beside a rate under the course's target (never colour alone)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def training_chapter(part: TrainingPart) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), para(tr("3 研修・訓練"), "h1")]
    if not part.courses and not part.drills:
        return [*story, para(tr("この年度の研修・訓練は登録されていません。"))]
    story.append(para(tr("3.1 研修ごとの受講状況"), "h2"))
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
                tr("目標"),
                tr("判定"),
            ],
            [
                (
                    c.code,
                    c.title,
                    c.kind,
                    c.due.isoformat(),
                    f"{c.target:,}",
                    f"{c.completed:,}",
                    f"{c.exempt:,}",
                    _rate(c.rate),
                    f"{c.target_rate}%",
                    tr("達成") if c.meets_target else tr("未達"),
                )
                for c in part.courses
            ],
            [
                16 * mm,
                40 * mm,
                22 * mm,
                19 * mm,
                15 * mm,
                15 * mm,
                12 * mm,
                15 * mm,
                12 * mm,
                14 * mm,
            ],
            align_right=(4, 5, 6, 7, 8),
            row_colours={i: ALERT for i, c in enumerate(part.courses) if not c.meets_target},
        )
    )
    if part.courses:
        shown = list(reversed(part.courses))
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(
                tr("研修ごとの受講率"),
                [f"{c.code}" for c in shown],
                [(tr("受講率"), [round(c.rate or 0.0, 1) for c in shown])],
                tr("単位: %"),
                width=WIDTH,
                height=min(max(50 * mm, (len(shown) * 7 + 25) * mm), 150 * mm),
                horizontal=True,
                value_max=100,
            )
        )
    story.append(para(tr("3.2 目標に届かなかった所属"), "h2"))
    for course in part.courses:
        names = "、".join(course.below) if course.below else tr("なし")
        story.append(
            para(
                tr("{code} {title}（目標 {rate}%）: {names}").format(
                    code=course.code,
                    title=course.title,
                    rate=course.target_rate,
                    names=names,
                    n=len(course.below),
                ),
                "alert" if course.below else "body",
            )
        )
    if part.departments:
        story += [CondPageBreak(60 * mm), para(tr("3.3 所属別の受講率"), "h2")]
        story.append(
            para(
                tr(
                    "列は 3.1 の研修コードです。{mark} は目標未達（赤字）、— はその研修の対象者が"
                    "いない所属です。"
                ).format(mark=BELOW),
                "small",
            )
        )
        for start in range(0, len(part.matrix), MATRIX_COLUMNS):
            story.append(_matrix(part, start, start + MATRIX_COLUMNS))
            story.append(Spacer(1, 3 * mm))
    if part.drills:
        story += [CondPageBreak(50 * mm), para(tr("3.4 標的型攻撃メール訓練"), "h2")]
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
                        d.code,
                        d.title,
                        d.day.isoformat(),
                        f"{d.sent:,}",
                        _rate(d.opened),
                        _rate(d.clicked),
                        _rate(d.submitted),
                        _rate(d.reported),
                    )
                    for d in part.drills
                ],
                [18 * mm, 50 * mm, 20 * mm, 16 * mm, 18 * mm, 20 * mm, 18 * mm, 20 * mm],
                align_right=(3, 4, 5, 6, 7),
            )
        )
        story.append(Spacer(1, 1.5 * mm))
        story.append(
            para(tr("各率は訓練メールが届いた職員に対する割合です（所属は実施日時点）。"), "small")
        )
    return story


def _matrix(part: TrainingPart, start: int, end: int) -> Table:
    """Departments down, courses across; a rate under target in red with ▼ beside it."""
    register_fonts()
    codes = part.matrix[start:end]
    name_width = WIDTH - 20 * mm * len(codes)
    header = [tr("所属"), *codes]
    body = []
    commands = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, CELL_FONT_SIZE, CELL_FONT_SIZE + 2.5),
        ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE, CELL_FONT_SIZE + 2.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for row, dept in enumerate(part.departments, start=1):
        cells = [wrap_cell(dept.name, name_width - 6)]
        for column, index in enumerate(range(start, start + len(codes)), start=1):
            below = dept.below[index]
            cells.append(_rate(dept.rates[index]) + (BELOW if below else ""))
            if below:
                commands.append(("TEXTCOLOR", (column, row), (column, row), ALERT))
                commands.append(
                    (
                        "FONT",
                        (column, row),
                        (column, row),
                        FONT_BOLD,
                        CELL_FONT_SIZE,
                        CELL_FONT_SIZE + 2.5,
                    )
                )
        body.append(cells)
    table = Table([header, *body], colWidths=[name_width] + [20 * mm] * len(codes), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def audit_chapter(part: AuditPart) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), para(tr("4 監査・自己点検"), "h1")]
    if part.jlis:
        story.append(para(part.jlis, "alert"))
    story.append(para(tr("4.1 今年度の監査・自己点検"), "h2"))
    if part.audits:
        story += long_table(
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
            [
                (
                    a.number,
                    a.kind,
                    a.title,
                    a.status,
                    f"{a.findings:,}",
                    f"{a.closed:,}",
                    f"{a.open:,}",
                    f"{a.overdue:,}",
                )
                for a in part.audits
            ],
            [28 * mm, 18 * mm, 52 * mm, 16 * mm, 14 * mm, 14 * mm, 16 * mm, 22 * mm],
            wrap=(2,),
            align_right=(4, 5, 6, 7),
        )
    else:
        story.append(para(tr("この年度の監査・自己点検は登録されていません。")))
    story += [
        CondPageBreak(70 * mm),
        para(tr("4.2 評価・状態別の指摘事項"), "h2"),
        para(
            tr("指摘 {n} 件、うち未完了 {o} 件。前年度以前の指摘で未完了のもの {c} 件。").format(
                n=f"{part.findings:,}", o=f"{part.open_findings:,}", c=f"{part.carried_over:,}"
            )
        ),
    ]
    if part.ratings:
        story.append(
            data_table(
                [tr("評価"), tr("件数"), *part.status_headers],
                [
                    (name, f"{total:,}", *(f"{n:,}" for n in counts))
                    for name, total, counts in part.ratings
                ],
                [40 * mm, 20 * mm]
                + [120 * mm / max(len(part.status_headers), 1)] * len(part.status_headers),
                align_right=range(1, 2 + len(part.status_headers)),
            )
        )
        shown = list(reversed(part.ratings))
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(
                tr("評価別の指摘事項"),
                [name for name, _, _ in shown],
                [
                    (tr("未完了"), [float(c[0] + c[1]) for _, _, c in shown]),
                    (tr("完了・対応不要"), [float(c[2] + c[3]) for _, _, c in shown]),
                ],
                tr("単位: 件"),
                width=WIDTH,
                height=max(45 * mm, (len(shown) * 8 + 22) * mm),
                horizontal=True,
            )
        )
    story += [
        CondPageBreak(50 * mm),
        para(tr("4.3 期限を過ぎた是正処置（{n} 件）").format(n=f"{part.overdue_total:,}"), "h2"),
    ]
    if part.overdue:
        story += long_table(
            [
                tr("期限"),
                tr("超過"),
                tr("指摘番号"),
                tr("評価"),
                tr("担当所属"),
                tr("件名"),
                tr("是正処置"),
                tr("状態"),
            ],
            [
                (
                    a.due.isoformat(),
                    tr("{n}日").format(n=a.days_late),
                    a.finding,
                    a.rating,
                    a.department,
                    a.title,
                    a.plan,
                    a.status,
                )
                for a in part.overdue
            ],
            [19 * mm, 12 * mm, 25 * mm, 12 * mm, 24 * mm, 36 * mm, 38 * mm, 14 * mm],
            wrap=(2, 4, 5, 6),
            alert_rows=set(range(len(part.overdue))),
        )
        if part.overdue_total > len(part.overdue):
            story.append(
                para(
                    tr(
                        "期限の早い順に {shown} 件を載せています。全件は監査人向けワークブックの"
                        "「是正処置」シートにあります。"
                    ).format(shown=f"{len(part.overdue):,}"),
                    "small",
                )
            )
    else:
        story.append(para(tr("期限を過ぎた是正処置はありません。")))
    story += [CondPageBreak(40 * mm), para(tr("4.4 自己点検の回答状況"), "h2")]
    if not part.self_checks:
        return [*story, para(tr("この年度の自己点検は登録されていません。"))]
    story.append(
        data_table(
            [
                tr("自己点検"),
                tr("所属"),
                tr("対象項目"),
                tr("回答済"),
                tr("回答率"),
                tr("回答のない所属"),
            ],
            [
                (
                    f"{s.number}\n{s.title}",
                    f"{s.departments:,}",
                    f"{s.expected:,}",
                    f"{s.answered:,}",
                    _rate(s.rate),
                    "、".join(s.unanswered) or tr("なし"),
                )
                for s in part.self_checks
            ],
            [50 * mm, 14 * mm, 18 * mm, 18 * mm, 18 * mm, 62 * mm],
            align_right=(1, 2, 3, 4),
            row_colours={i: ALERT for i, s in enumerate(part.self_checks) if s.unanswered},
        )
    )
    return story
