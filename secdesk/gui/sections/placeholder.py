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
        label = QLabel(
            f"<h2>{title}</h2><p>{summary}</p>"
            f"<p><b>{tr('この画面でできるようになること')}</b></p><ul>{bullets}</ul>"
            f"<p style='color:#6b6b6b'>{tr('この機能は準備中です。')}</p>",
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


def incidents(ctx, parent=None) -> Section:
    return PlannedSection(
        ctx,
        tr("インシデント・ヒヤリハット"),
        tr(
            "事故と事故になりかけた事例（ヒヤリハット）を一つの台帳で記録し、対応の流れと報告期限を管理します。"
        ),
        [
            tr("ヒヤリハットを1分で登録し、必要ならインシデントに切り替え（履歴は残ります）"),
            tr("受付 → 初動対応 → 調査 → 復旧 → 再発防止 → 完了 の対応経過を時系列で記録"),
            tr(
                "個人情報の漏えい等で生じる報告義務（個人情報保護委員会への速報・確報、本人通知、都道府県）と期限の自動算出、期限超過の赤表示"
            ),
            tr(
                "2文字の日本語（紛失・誤送 など）からの全文検索、所属・分類・重大度などでの絞り込み"
            ),
            tr("CISO 向けインシデント報告書（PDF）と一覧の CSV / Excel 出力"),
        ],
        parent,
    )


def audits(ctx, parent=None) -> Section:
    return PlannedSection(
        ctx,
        tr("監査・自己点検"),
        tr("外部監査・内部監査・自己点検の指摘事項と是正処置を、完了の確認まで追跡します。"),
        [
            tr("監査項目（チェックリスト）の取り込みと年度ごとの版管理"),
            tr("所属ごとの自己点検の回答と回答率、「いいえ」からの指摘事項の作成"),
            tr("是正処置の担当・期限・進捗・証跡の管理と、期限超過の強調表示"),
            tr("監査結果報告書・フォローアップ状況報告書（PDF）と Excel 出力"),
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
