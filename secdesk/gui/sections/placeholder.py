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


def training(ctx, parent=None) -> Section:
    return PlannedSection(
        ctx,
        tr("研修・訓練"),
        tr(
            "全職員必須の情報セキュリティ研修、システム保有所属の上級研修、標的型攻撃メール訓練の受講状況を管理します。"
        ),
        [
            tr(
                "年度ごとの研修の設定と、期限日時点の所属に基づく対象者の自動算出（免除の理由も記録）"
            ),
            tr("職員番号の連続入力やe-ラーニング結果・GoPhish の訓練結果の取り込み"),
            tr("所属別の受講率と目標（100%）の比較、未受講者一覧の所属別出力"),
            tr("訓練でリンクを繰り返し開いた職員の把握とフォローアップ研修の割り当て"),
        ],
        parent,
    )


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
