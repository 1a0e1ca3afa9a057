"""Layout of the half-year publication list: one landscape table, a row per leak."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm

from secdesk.i18n import tr
from secdesk.reports.template import ReportMeta, build_pdf, data_table, para, title_block


def _count(value: int | None) -> str:
    return "" if value is None else tr("{n} 人").format(n=f"{value:,}")


def build_publication_list(target: Path | str, meta: ReportMeta, rows: Sequence) -> int:
    story = title_block(meta)
    if not rows:
        story.append(para(tr("この期間に発見した個人情報の漏えい等はありません。")))
        return build_pdf(target, meta, story, landscape_pages=True)
    story.append(
        para(
            tr(
                "この期間に発見した個人情報の漏えい等 {n} 件（インシデントのみ。取消した記録は除く）。"
            ).format(n=len(rows))
        )
    )
    headers = [
        tr("番号"),
        tr("発見日"),
        tr("所属"),
        tr("概要"),
        tr("漏えい等した項目・本人の数"),
        tr("原因"),
        tr("二次被害"),
        tr("本人への対応"),
        tr("公表"),
        tr("再発防止策"),
    ]
    body = []
    for row in rows:
        summary = row.title + ("\n" + row.description if row.description else "")
        items = "\n".join(
            part for part in (row.leaked_items, _count(row.persons), row.flags) if part
        )
        body.append(
            [
                row.ref,
                row.discovered.isoformat(),
                row.department,
                summary,
                items,
                row.cause,
                row.secondary_damage or "—",
                row.persons_response or "—",
                row.publication or "—",
                row.preventive_measures,
            ]
        )
    widths = [
        22 * mm,
        18 * mm,
        20 * mm,
        42 * mm,
        32 * mm,
        30 * mm,
        20 * mm,
        26 * mm,
        22 * mm,
        35 * mm,
    ]
    story.append(data_table(headers, body, widths))
    return build_pdf(target, meta, story, landscape_pages=True)
