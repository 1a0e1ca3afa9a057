"""Realistic Japanese incident records at scale, as rows of the import file (io.incident_format).

Titles, descriptions, causes and measures are put together from the phrases a municipal office
writes, so that the free-text index sees the variety of real text (and two-character words such
as 紛失 or 誤送 occur in a realistic share of records, not in all of them).
"""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from secdesk.domain.timezone import TOKYO
from secdesk.io.incident_format import HEADERS
from secdesk.io.tabular import Row, Table

CATEGORIES = (
    "誤送付・誤送信 › メール",
    "誤送付・誤送信 › FAX",
    "誤送付・誤送信 › 郵便・配送",
    "紛失・盗難 › 書類",
    "紛失・盗難 › USBメモリ等",
    "紛失・盗難 › 端末",
    "誤交付",
    "誤廃棄",
    "マルウェア・不正アクセス › 標的型攻撃メール",
    "マルウェア・不正アクセス › ランサムウェア",
    "Webサイト改ざん",
    "設定不備",
    "システム障害",
    "不適切な取扱い",
    "その他",
)
SUBJECTS = (
    "納税通知書",
    "児童手当の申請書",
    "住民票の写し",
    "国民健康保険の資格確認書",
    "介護保険の認定調査票",
    "保育所の入所申込書",
    "固定資産税の課税明細書",
    "選挙人名簿の抄本",
    "健診結果の通知",
    "研修の受講者名簿",
    "委託事業者との連絡メール",
    "生活保護の記録",
    "就学援助の申請書",
    "障害福祉サービスの受給者証",
)
EVENTS = (
    "誤送付",
    "誤送信",
    "紛失",
    "置き忘れ",
    "誤交付",
    "誤廃棄",
    "盗難",
    "漏えい",
    "設定誤り",
    "不正アクセス",
    "ウイルス感染",
    "停止",
    "誤記載",
    "放置",
)
PLACES = (
    "窓口",
    "執務室",
    "会議室",
    "出張先",
    "公用車",
    "郵便局",
    "委託先",
    "書庫",
    "学校",
    "保健センター",
    "支所",
)
CAUSES = (
    "確認が不十分だった",
    "二人での読み合わせをしなかった",
    "手順書が古いままだった",
    "繁忙期で作業が集中していた",
    "システムの設定を引き継がなかった",
    "封入封緘機の設定を誤った",
    "宛先をオートコンプリートで選んだ",
    "持ち出しの記録をしなかった",
    "パスワードが推測しやすかった",
    "保守事業者との連絡が遅れた",
)
MEASURES = (
    "相手方へ連絡し回収した",
    "削除を依頼し報告を受けた",
    "本人へ電話と訪問で謝罪した",
    "警察に遺失届を提出した",
    "端末を切り離しスキャンした",
    "アクセス権を修正した",
    "バックアップから復旧した",
    "所属長へ報告した",
)
PREVENTION = (
    "ダブルチェックを徹底する",
    "送信前の確認を1分保留する設定にする",
    "手順書を改訂し研修を行う",
    "持ち出しを原則禁止とする",
    "多要素認証を導入する",
    "点検を年2回行う",
    "チェックリストを整備する",
)
DEPARTMENT_CODES = tuple(str(110 + i) for i in range(30))


EIGHT_YEARS = 60 * 24 * 365 * 8  # minutes


def record_row(
    rng: random.Random,
    index: int,
    now: datetime,
    departments: tuple[str, ...] = DEPARTMENT_CODES,
    span: int = EIGHT_YEARS,
) -> list[str]:
    """One record discovered within `span` minutes before `now` (at least 12 hours before)."""
    incident = rng.random() < 0.35
    discovered = now - timedelta(minutes=rng.randint(720, span))
    occurred = discovered - timedelta(minutes=rng.randint(0, 60 * 72))
    reported = discovered + timedelta(minutes=rng.randint(5, 600))
    subject, event, place = rng.choice(SUBJECTS), rng.choice(EVENTS), rng.choice(PLACES)
    persons = rng.choice((0, 0, 1, 2, 3, 12, 40, 150, 800)) if incident else 0
    title = f"{place}での{subject}の{event}" + ("" if incident else "（未然に防止）")
    description = (
        f"{place}で扱っていた{subject}について{event}が発生した。"
        f"{'本人' + str(persons) + '名分の氏名・住所を含む。' if persons else ''}"
        f"担当者が{rng.choice(('翌朝', '当日中', '数日後', '直後'))}に気づき、所属長へ報告した。"
    )
    closed = discovered + timedelta(days=rng.randint(1, 60))
    done = closed < now and rng.random() < 0.9
    when = lambda t: t.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M")  # noqa: E731
    row = {
        "種別": "インシデント" if incident else "ヒヤリハット",
        "状態": "完了" if done else "受付",
        "件名": title,
        "概要": description,
        "分類": rng.choice(CATEGORIES),
        "ネットワーク": rng.choice(
            ("LGWAN接続系", "インターネット接続系", "紙媒体・その他", "マイナンバー利用事務系")
        ),
        "所属コード": rng.choice(departments),
        "発生日時": when(occurred),
        "発見日時": when(discovered),
        "CSIRT報告日時": when(reported),
        "初動日時": when(reported + timedelta(hours=rng.randint(1, 48))) if done else "",
        "完了日時": when(closed) if done else "",
        "重大度": rng.choice(("軽微", "低", "中", "高")) if incident else "軽微",
        "機密性": "機密性3B" if persons else "機密性3C",
        "原因": rng.choice(CAUSES) + "。",
        "応急措置・対応": rng.choice(MEASURES) + "。",
        "再発防止策": rng.choice(PREVENTION) + "。",
        "本人の数": str(persons) if persons else "",
        "要配慮個人情報": "○" if incident and rng.random() < 0.05 else "",
    }
    if rng.random() < 0.5:
        row["対応経過"] = f"{when(reported)}\t職員{index % 50}\t対応\t\t\t{rng.choice(MEASURES)}"
    return [row.get(h, "") for h in HEADERS]


def make_table(
    count: int,
    seed: int = 2026,
    start: int = 0,
    now: datetime | None = None,
    departments: tuple[str, ...] = DEPARTMENT_CODES,
    span: int = EIGHT_YEARS,
) -> Table:
    """`count` records over the `span` minutes before `now` (eight years by default), in the
    departments of these codes."""
    rng = random.Random(seed + start)
    now = now or datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    rows = [Row(i + 2, record_row(rng, start + i, now, departments, span)) for i in range(count)]
    return Table(list(HEADERS), rows, "utf-8-sig", f"bench-{start}.csv")


def write_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(table.headers)
        writer.writerows(r.values for r in table.rows)
