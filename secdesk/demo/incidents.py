"""Demo incidents and near-misses: a year and a half of a city's cases, worked through the
workflow, with notes, contacts, duties done on time and a few overdue, some near-misses promoted.

Everything goes in through the services, as a CSIRT member's work would."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from secdesk.domain import incidents as v
from secdesk.i18n import tr
from secdesk.services.core.listing import ListQuery
from secdesk.services.incidents.records import IncidentInput

# (category label, incident title, near-miss title, description, cause, measure, prevention,
#  segment, persons range, sensitive?)
CASES = (
    (
        "誤送付・誤送信 › メール",
        "事業者あてメールの誤送信",
        "メールの宛先誤りに送信前に気づいた",
        "{dept}から委託事業者へ送る連絡メールを、アドレス帳の候補表示から別の事業者へ送信した。添付ファイルに{n}名分の氏名・住所が含まれていた。",
        "宛先をオートコンプリートで選び、送信前の確認をしなかった。",
        "誤送信先へ電話で削除を依頼し、削除の報告をメールで受けた。",
        "外部あてメールは送信を1分保留する設定とし、添付はパスワード付きZIPをやめて共有ストレージを使う。",
        "lgwan",
        (1, 180),
        False,
    ),
    (
        "誤送付・誤送信 › FAX",
        "FAXの誤送信",
        "FAX番号の押し間違いに気づいた",
        "医療機関へ送るべき{doc}を、短縮ダイヤルの登録誤りにより別の事業所へ送信した。",
        "短縮ダイヤルの登録番号が古いままだった。",
        "送信先の事業所に連絡し、受信した用紙を回収した。",
        "FAX送信は二人で番号を読み合わせ、短縮ダイヤルを年1回点検する。",
        "paper",
        (1, 3),
        True,
    ),
    (
        "誤送付・誤送信 › 郵便・配送",
        "通知書の誤送付",
        "封入物の確認で別人の通知書を発見",
        "{doc}の封入封緘作業で、別の世帯の{doc}を同封して郵送した。受け取った住民からの電話で判明した。",
        "封入封緘機のエラー後の再投入で、用紙の順序が入れ替わった。",
        "誤送付先を訪問して回収し、本人へ電話と訪問で謝罪した。",
        "封入後の重量チェックと抜き取り検査を導入する。",
        "paper",
        (2, 320),
        False,
    ),
    (
        "紛失・盗難 › 書類",
        "申請書類の紛失",
        "書類の所在が一時不明になった",
        "窓口で受け付けた{doc}{n}件分が、処理の途中で所在不明となった。庁舎内を捜索したが見つかっていない。",
        "受付簿と書類の受け渡しの記録がなかった。",
        "関係する住民へ連絡し、再提出をお願いした。",
        "書類の受け渡しは受付簿に記録し、終業時に件数を照合する。",
        "paper",
        (1, 40),
        False,
    ),
    (
        "紛失・盗難 › USBメモリ等",
        "USBメモリの紛失",
        "USBメモリを会議室に置き忘れた",
        "研修会場へ持ち出した業務用USBメモリ（暗号化済み）を紛失した。{n}名分の受講者名簿が保存されていた。",
        "持ち出し簿への記載と返却の確認が徹底されていなかった。",
        "会場と経路を捜索し、警察に遺失届を提出した。",
        "USBメモリの持ち出しを原則禁止とし、必要な場合は課長の承認を得る。",
        "lgwan",
        (10, 150),
        False,
    ),
    (
        "紛失・盗難 › 端末",
        "モバイル端末の盗難",
        "タブレット端末の置き忘れ",
        "訪問業務用のタブレット端末を公用車内から盗まれた。端末は遠隔消去の設定済みだった。",
        "車内に端末を置いたまま離れた。",
        "遠隔消去を実行し、警察に被害届を提出した。",
        "車両を離れるときは端末を携行する。端末管理のルールを再周知する。",
        "internet",
        (0, 0),
        False,
    ),
    (
        "誤交付",
        "住民票の写しの誤交付",
        "証明書の交付前に別人のものと気づいた",
        "同姓の別の方の{doc}を交付した。帰宅後に本人が気づき、連絡があった。",
        "交付時の本人確認で生年月日の照合をしなかった。",
        "誤交付した証明書を回収し、関係する二人に謝罪した。",
        "交付時に申請書と証明書の氏名・生年月日を声に出して照合する。",
        "mynumber",
        (1, 2),
        False,
    ),
    (
        "誤廃棄",
        "保存期間中の文書の誤廃棄",
        "廃棄予定の箱に保存文書が混入",
        "保存期間が満了していない{doc}を、溶解処理の箱に入れて廃棄した。",
        "文書箱の表示がなく、廃棄対象と保存対象が同じ棚にあった。",
        "廃棄業者に確認したが、すでに溶解処理済みだった。",
        "文書箱に保存期間を表示し、廃棄前に係長が確認する。",
        "paper",
        (0, 60),
        False,
    ),
    (
        "マルウェア・不正アクセス › 標的型攻撃メール",
        "標的型攻撃メールの添付ファイル開封",
        "不審なメールの報告",
        "取引先を装ったメールの添付ファイルを開いた。インターネット接続系の端末で、ウイルス対策ソフトが検知した。",
        "実在する取引先の名前と件名だったため、不審と思わなかった。",
        "端末をネットワークから切り離し、全体スキャンで駆除を確認した。",
        "標的型攻撃メール訓練を年2回行い、不審メールの報告手順を周知する。",
        "internet",
        (0, 0),
        False,
    ),
    (
        "マルウェア・不正アクセス › ランサムウェア",
        "委託先サーバーのランサムウェア感染",
        "委託先からの不審な通信の報告",
        "システムの保守を委託している事業者のサーバーがランサムウェアに感染し、{n}名分のデータが暗号化された。",
        "委託先のVPN機器に脆弱性が残っていた。",
        "委託先と対応を協議し、バックアップから復旧した。",
        "委託契約にセキュリティ要件と報告義務を明記し、年1回監査する。",
        "internet",
        (200, 5000),
        True,
    ),
    (
        "Webサイト改ざん",
        "市ホームページの一部改ざん",
        "CMSの不審なログイン試行",
        "市ホームページのお知らせ欄の一部が改ざんされ、外部サイトへのリンクが埋め込まれた。",
        "CMSの管理者アカウントに推測しやすいパスワードが使われていた。",
        "該当ページを非公開にし、改ざん前の状態に戻した。",
        "管理画面に多要素認証を導入し、アクセス元を制限する。",
        "internet",
        (0, 0),
        False,
    ),
    (
        "設定不備",
        "共有フォルダのアクセス権設定誤り",
        "アクセス権の設定漏れを点検で発見",
        "{dept}の共有フォルダが全職員から閲覧できる設定になっており、{n}名分の{doc}が閲覧可能だった。",
        "人事異動時のフォルダ移行でアクセス権を引き継がなかった。",
        "アクセス権を修正し、アクセスログで閲覧の有無を確認した。",
        "異動時のアクセス権見直しをチェックリストに加える。",
        "lgwan",
        (20, 400),
        True,
    ),
    (
        "システム障害",
        "基幹系システムの一時停止",
        "バックアップ処理の遅延",
        "住民記録システムが約2時間停止し、窓口での証明書発行ができなかった。",
        "夜間バッチの異常終了に気づかなかった。",
        "保守事業者がバッチを再実行し、システムを再開した。",
        "バッチ処理の監視と異常時の通知を設定する。",
        "mynumber",
        (0, 0),
        False,
    ),
    (
        "不適切な取扱い",
        "個人情報を含む書類の机上放置",
        "退庁時の書類の片付け忘れ",
        "{doc}を机の上に置いたまま退庁し、夜間に清掃業者の出入りがあった。",
        "クリアデスクのルールが徹底されていなかった。",
        "書類に欠落がないことを確認した。",
        "退庁時のクリアデスクを係長が確認する。",
        "paper",
        (1, 30),
        False,
    ),
)
DOCS = (
    "納税通知書",
    "児童手当の申請書",
    "住民票の写し",
    "国民健康保険の資格確認書",
    "介護保険の認定調査票",
    "保育所の入所申込書",
    "固定資産税の課税明細書",
)
PROGRESS = {
    v.INCIDENT: (v.INITIAL, v.INVESTIGATING, v.RECOVERING, v.PREVENTING, v.CLOSED),
    v.NEAR_MISS: (v.CONFIRMING, v.MEASURES, v.CLOSED),
}
NOTES = (
    "所属長へ第一報を入れた。",
    "関係職員から聞き取りを行い、経緯を時系列で整理した。",
    "現場を確認し、写真を記録した。",
    "再発防止策の案を所属と協議した。",
)


def add_incidents(services, actor, rng: random.Random, count: int = 140) -> str:
    """About two thirds in this fiscal year, the rest in the last one."""
    masters = services.incident_masters
    categories = {c.label: c.id for c in masters.categories(actor)}
    severities = [s.id for s in masters.severities(actor)]
    departments = [d for d in services.departments.list(actor) if d.parent_id is not None]
    staff_source = services.staff.list_source()
    staff_ids = list(staff_source.ids(actor, ListQuery()))
    staff_departments = {
        i: row.values[3] for i, row in staff_source.rows(actor, staff_ids[:400]).items()
    }
    handlers = [h.id for h in masters.handlers(actor) if h.active]
    now = services.clock.now()
    made = overdue = promoted = 0
    # The departments that own the most cases, and a few that never report: the dashboard's
    # "reports per department" should show both.
    busy = rng.sample(departments, k=min(6, len(departments)))
    quiet = {d.id for d in rng.sample(departments, k=min(4, len(departments)))} - {
        b.id for b in busy
    }
    # Cases are logged as they are discovered, oldest first, so numbers follow time as they do.
    ages = sorted(
        [rng.uniform(1, 540) for _ in range(count - 12)]
        + [rng.uniform(0.2, 25) for _ in range(12)],
        reverse=True,
    )
    for days_ago in ages:
        case = rng.choice(CASES)
        kind = v.INCIDENT if rng.random() < 0.38 else v.NEAR_MISS
        recent = days_ago < 25
        discovered = now - timedelta(days=days_ago)
        dept = rng.choice(busy) if rng.random() < 0.5 else rng.choice(departments)
        if dept.id in quiet:
            dept = rng.choice(busy)
        reporter = next((i for i, name in staff_departments.items() if name == dept.name), None)
        persons = rng.randint(*case[8]) if kind == v.INCIDENT else 0
        doc = rng.choice(DOCS)
        data = IncidentInput(
            kind=kind,
            title=case[1] if kind == v.INCIDENT else case[2],
            discovered_at=discovered,
            occurred_at=discovered - timedelta(hours=rng.uniform(0.5, 72)),
            reported_at=discovered + timedelta(hours=rng.uniform(0.2, 6)),
            description=case[3].format(dept=dept.name, n=max(persons, 1), doc=doc),
            category_id=categories.get(case[0]),
            segment=case[7],
            department_id=dept.id,
            reporter_staff_id=reporter,
            handler_user_id=rng.choice(handlers) if handlers else None,
            severity_id=severities[
                min(len(severities) - 1, rng.randint(2, 4) if kind == v.INCIDENT else 0)
            ]
            if severities
            else None,
            cause=case[4],
            tags=rng.choice(("", "窓口", "郵送", "委託", "持ち出し", "メール")),
            classification="3B" if persons else "3C",
            persons_affected=persons or None,
            sensitive_data=case[9] and kind == v.INCIDENT,
            leaked_items=tr("氏名、住所、{doc}の記載事項").format(doc=doc) if persons else "",
        )
        if data.reported_at > now:
            data = replace(data, reported_at=now)
        info = services.incidents.create(actor, data)
        made += 1
        info = _work(services, actor, rng, info, discovered, now, recent)
        if info.duties and recent and any(d.state == "overdue" for d in info.duties):
            overdue += 1
        if kind == v.NEAR_MISS and info.status == v.CONFIRMING and rng.random() < 0.6:
            services.incidents.promote(
                actor, info.id, info.version, tr("確認の結果、実際に漏えいしていた。")
            )
            promoted += 1
    return tr(
        "インシデント・ヒヤリハット {n} 件を登録しました（インシデントへ移行 {p} 件、期限超過のある事案 {o} 件）。"
    ).format(n=made, p=promoted, o=overdue)


def _work(services, actor, rng, info, discovered: datetime, now: datetime, recent: bool):
    """Move the record along as far as its age suggests; note, contact and report on the way."""
    path = PROGRESS[info.kind]
    age_days = (now - discovered).days
    steps = len(path) if age_days > 45 else rng.randint(0, min(len(path), 1 + age_days // 7))
    when = discovered + timedelta(hours=rng.uniform(0.5, 8))
    work = services.incident_work
    for status in path[:steps]:
        if when >= now:
            break
        note = (
            rng.choice(NOTES)
            if status != v.CLOSED
            else tr("再発防止策の実施を確認し、完了とした。")
        )
        info = services.incidents.change_status(actor, info.id, info.version, status, note, when)
        when += timedelta(days=rng.uniform(0.5, 12 if info.kind == v.INCIDENT else 4))
    if info.kind == v.INCIDENT and rng.random() < 0.5:
        work.add_note(actor, info.id, rng.choice(NOTES), min(discovered + timedelta(hours=3), now))
    for duty in services.incidents.get(actor, info.id).duties:
        done = duty.due_on - timedelta(days=rng.randint(0, 2))
        done_at = datetime(done.year, done.month, done.day, 1, 30, tzinfo=now.tzinfo)
        # Recent cases leave some duties undone (some now overdue); older ones were done in time.
        if done_at < now and (not recent or rng.random() < 0.3):
            method = {"ciso": "対面", "notify_persons": "郵送・電話"}.get(duty.code, "Webフォーム")
            work.record_duty(actor, duty.id, max(done_at, discovered), method)
            if duty.code == "ppc_preliminary":
                work.add_notification(
                    actor,
                    info.id,
                    "個人情報保護委員会",
                    max(done_at, discovered),
                    "Webフォーム",
                    tr("速報を提出"),
                )
    return services.incidents.get(actor, info.id)
