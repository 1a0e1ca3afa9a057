"""Sections whose registers are still to come: they say what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secdesk.gui.i18n import tr
from secdesk.gui.sections.base import Section


class PlannedSection(Section):
    def __init__(
        self, ctx, title: str, summary: str, items: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        bullets = "".join(f"<li style='margin-bottom:6px'>{item}</li>" for item in items)
        # tr() outside the f-string: lupdate does not look inside f-strings.
        coming = tr("この画面でできるようになること")
        not_yet = tr("この機能は準備中です。")
        label = QLabel(
            f"<h2>{title}</h2><p>{summary}</p>"
            f"<p><b>{coming}</b></p><ul>{bullets}</ul>"
            f"<p style='color:#6b6b6b'>{not_yet}</p>",
            self,
        )
        label.setObjectName("planned")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(label)
        layout.addStretch(1)


def reports(ctx, parent=None) -> Section:
    return PlannedSection(
        ctx,
        tr("報告書"),
        tr("CISO や監査委員会に提出する報告書と、監査人向けの出力をまとめて作成します。"),
        [
            tr("年次情報セキュリティ報告書（令和N年度）: インシデント、研修受講率、監査指摘の状況"),
            tr("監査人向け Excel ブック（台帳ごとのシート）と台帳ごとの CSV"),
            tr("作成は画面を止めずに行い、進捗表示とキャンセルが可能"),
        ],
        parent,
    )
