"""インシデント報告書: one record on the shared page template, for the CISO.

Sections follow what a leak report to the commission holds (概要, 漏えい等した項目, 本人の数,
原因, 二次被害, 本人への対応, 公表, 再発防止策), then the duties with their dates, the contacts
with outside bodies, the timeline and the attached files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from secdesk.domain import duties as rules
from secdesk.domain import incidents as vocab
from secdesk.domain.incident_records import IncidentInfo
from secdesk.domain.timezone import format_local
from secdesk.i18n import join, tr
from secdesk.reports.template import (
    ALERT,
    HEADER_FILL,
    RULE,
    WARN,
    ReportMeta,
    build_pdf,
    data_table,
    keep,
    para,
    title_block,
)

WIDTH = 180 * mm


def _yes(value: bool) -> str:
    return tr("あり") if value else tr("なし")


def fields_table(pairs: list[tuple[str, object]], label_width: float = 38 * mm) -> Table:
    """Label and value side by side; long values wrap."""
    body = [
        [para(label, "cell_bold"), para(value if value not in (None, "") else "—", "cell")]
        for label, value in pairs
    ]
    table = Table(body, colWidths=[label_width, WIDTH - label_width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(title: str, *content: Flowable) -> list[Flowable]:
    return [keep(para(title, "h1"), content[0]), *content[1:]] if content else [para(title, "h1")]


def story(info: IncidentInfo, extra_label: str = "") -> list[Flowable]:
    data = info.data
    kind = vocab.label(vocab.KIND_LABELS, info.kind)
    parts: list[Flowable] = []
    overview = [
        (tr("番号"), info.ref),
        (tr("種別"), kind),
        (tr("状態"), vocab.label(vocab.STATUS_LABELS, info.status)),
        (tr("機密性"), vocab.label(vocab.CLASSIFICATIONS, data.classification)),
        (tr("分類"), info.category_name),
        (tr("ネットワーク"), vocab.label(vocab.SEGMENTS, data.segment)),
        (tr("所属"), info.department_name),
        (
            tr("報告者"),
            f"{info.reporter_name}（{info.reporter_number}）" if info.reporter_name else "",
        ),
        (tr("担当者"), info.handler_name),
        (tr("重大度"), info.severity_name),
        (tr("発生日時"), format_local(data.occurred_at)),
        (tr("発見日時（認知）"), format_local(data.discovered_at)),
        (tr("CSIRTへの報告日時"), format_local(data.reported_at)),
        (tr("初動日時"), format_local(info.first_response_at)),
        (tr("完了日時"), format_local(info.closed_at)),
        (tr("タグ"), data.tags),
    ]
    if info.promoted_from:
        overview.append((tr("移行元"), f"{info.promoted_from.ref} {info.promoted_from.title}"))
    if info.promoted_to:
        overview.append((tr("移行先"), f"{info.promoted_to.ref} {info.promoted_to.title}"))
    if info.links:
        overview.append((tr("関連"), "\n".join(f"{x.ref} {x.title}" for x in info.links)))
    if info.withdrawn_reason:
        overview.append((tr("取消理由"), info.withdrawn_reason))
    parts += _section(tr("1. 基本情報"), fields_table(overview))
    parts += _section(tr("2. 概要"), para(data.description or "—"))

    personal = [
        (
            tr("本人の数"),
            f"{data.persons_affected:,}"
            if data.persons_affected is not None
            else tr("不明・該当なし"),
        ),
        (tr("要配慮個人情報"), _yes(data.sensitive_data)),
        (tr("特定個人情報（マイナンバー）"), _yes(data.my_number)),
        (tr("不正の目的のおそれ"), _yes(data.unlawful_purpose)),
        (tr("財産的被害のおそれ"), _yes(data.financial_harm)),
        (tr("漏えい等した項目"), data.leaked_items),
        (tr("二次被害の有無"), data.secondary_damage),
        (tr("本人への対応"), data.persons_response),
        (tr("公表"), data.publication),
    ]
    judgement = (
        tr("個人情報保護委員会への報告: 必要（{why}）").format(why=join(info.ppc_reasons))
        if info.ppc_reasons
        else tr("個人情報保護委員会への報告: 要件に該当しません")
    )
    parts += _section(tr("3. 個人情報"), fields_table(personal), Spacer(1, 2 * mm), para(judgement))
    if info.my_number_note:
        parts.append(para(info.my_number_note, "alert"))

    parts += _section(
        tr("4. 原因と対策"),
        fields_table(
            [
                (tr("原因"), data.cause),
                (tr("応急措置・対応"), data.countermeasures),
                (tr("再発防止策"), data.preventive_measures),
            ]
        ),
    )

    duty_rows, colours = [], {}
    for index, duty in enumerate(info.duties):
        state = {
            rules.OVERDUE: tr("期限超過"),
            rules.DUE_SOON: tr("期限間近"),
            rules.DONE: tr("完了（期限後）") if duty.late else tr("完了"),
            rules.NOT_REQUIRED: tr("不要"),
            rules.PENDING: tr("未了"),
        }[duty.state]
        duty_rows.append(
            (
                duty.label,
                duty.due_on.isoformat(),
                state,
                format_local(duty.done_at),
                duty.method,
                duty.note or duty.basis,
            )
        )
        if duty.state == rules.OVERDUE or duty.late:
            colours[index] = ALERT
        elif duty.state == rules.DUE_SOON:
            colours[index] = WARN
    parts += _section(
        tr("5. 報告義務と期限"),
        data_table(
            [tr("報告"), tr("期限"), tr("状況"), tr("実施日時"), tr("方法"), tr("備考・根拠")],
            duty_rows,
            widths=[42 * mm, 20 * mm, 22 * mm, 27 * mm, 18 * mm, 51 * mm],
            row_colours=colours,
        )
        if duty_rows
        else para(tr("報告義務はありません。")),
    )
    contact_rows = [
        (tr(n.target), format_local(n.notified_at), n.method, n.note) for n in info.notifications
    ]
    parts += _section(
        tr("6. 関係機関への連絡"),
        data_table(
            [tr("連絡先"), tr("日時"), tr("方法"), tr("内容")],
            contact_rows,
            widths=[38 * mm, 28 * mm, 22 * mm, 92 * mm],
        )
        if contact_rows
        else para(tr("記録はありません。")),
    )
    event_rows = []
    for event in info.events:
        what = vocab.label(vocab.EVENT_LABELS, event.kind)
        if event.to_status:
            what = tr("{event}（{old} → {new}）").format(
                event=what,
                old=vocab.label(vocab.STATUS_LABELS, event.from_status) or "—",
                new=vocab.label(vocab.STATUS_LABELS, event.to_status),
            )
        text = f"{what}\n{event.text}" if event.text else what
        if event.ref:
            text = f"[{event.ref}] {text}"
        event_rows.append((format_local(event.at), event.actor_name, text))
    parts += _section(
        tr("7. 対応経過"),
        data_table(
            [tr("日時"), tr("記録者"), tr("内容")], event_rows, widths=[28 * mm, 28 * mm, 124 * mm]
        ),
    )
    files = [
        (a.file_name, f"{a.size:,}", a.sha256, tr("取消") if a.withdrawn else "")
        for a in info.attachments
    ]
    if files:
        parts += _section(
            tr("8. 添付ファイル"),
            data_table(
                [tr("ファイル名"), tr("バイト"), "SHA-256", ""],
                files,
                widths=[50 * mm, 18 * mm, 100 * mm, 12 * mm],
                align_right=(1,),
            ),
        )
    return parts


def build(path: Path | str, meta: ReportMeta, info: IncidentInfo) -> int:
    return build_pdf(path, meta, [*title_block(meta), *story(info)])
