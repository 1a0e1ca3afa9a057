"""Demo audit register: last year's audit and self-inspection, this year's self-inspection
copied from it (some departments have not replied), an external audit with findings and
corrective actions in every state, and one finding that recurs from last year."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from secdesk.domain.audits import Answer, AuditKind, AuditStatus
from secdesk.domain.fiscal import fiscal_year, wareki_label
from secdesk.i18n import tr
from secdesk.io.tabular import read_table
from secdesk.paths import samples_dir
from secdesk.services.audits.corrective_actions import ActionInput
from secdesk.services.audits.findings import FindingInput
from secdesk.services.audits.self_checks import AnswerChange
from secdesk.services.audits.service import AuditInput
from secdesk.services.core.listing import ListQuery

CHECKLIST_TITLE = "情報セキュリティ監査チェックリスト（サンプル）"
NO_COMMENTS = {
    "S2-01": "台帳の更新が滞っている。今年度中に棚卸しする。",
    "S2-03": "持ち出し管理簿に記入漏れがある。",
    "S4-01": "会計年度任用職員の一部が未受講。",
}


def _staff_name(services, actor, department_id: int, rng: random.Random) -> str:
    source = services.staff.list_source()
    ids = source.ids(actor, ListQuery().with_filters(departments=(department_id,)), limit=20)
    if not ids:
        return ""
    row = source.rows(actor, [rng.choice(list(ids))])
    return str(next(iter(row.values())).values[1])


def _answer_all(services, actor, audit_id, department_id, rng, no_codes=(), share=1.0) -> None:
    checks = services.audits.self_checks
    rows = checks.answers(actor, audit_id, department_id)
    changes = []
    for row in rows[: max(1, int(len(rows) * share))]:
        if row.item.code in no_codes:
            changes.append(AnswerChange(row.item.id, Answer.NO, NO_COMMENTS.get(row.item.code, "")))
        elif row.item.applies_to == "systems" and rng.random() < 0.1:
            changes.append(AnswerChange(row.item.id, Answer.NOT_APPLICABLE, "該当システムなし"))
        else:
            changes.append(AnswerChange(row.item.id, Answer.YES))
    checks.save_answers(actor, audit_id, department_id, changes)


def add_audits(services, actor, rng: random.Random) -> str:
    register = services.audits
    today = services.clock.today()
    year = fiscal_year(today)
    services.settings.update(actor, {"network_model": "α′"})
    sample = read_table(samples_dir() / "sample_audit_checklist.csv")
    old_list = register.checklists.apply(actor, sample, year - 1, CHECKLIST_TITLE)
    register.checklists.apply(actor, sample, year, CHECKLIST_TITLE)
    departments = [d for d in services.departments.list(actor) if d.parent_id is not None]
    scope = tuple(d.id for d in departments[:10])
    ratings = {r.name: r.id for r in register.ratings.list(actor)}
    by_id = {d.id: d for d in departments}

    # Last year: an internal audit, all closed, one finding that will recur.
    internal = register.audits.create(
        actor,
        AuditInput(
            AuditKind.INTERNAL,
            year - 1,
            f"{wareki_label(year - 1)} 情報セキュリティ内部監査",
            auditor_org="監査委員事務局",
            auditor_person="内藤 正",
            period_start=date(year - 1, 9, 1),
            period_end=date(year - 1, 9, 30),
            status=AuditStatus.COMPLETED,
            checklist_id=old_list.id,
            department_ids=scope[:6],
        ),
    )
    items = {i.code: i for i in register.checklists.items(actor, old_list.id)}
    recurring_dept = scope[0]
    old = register.findings.create(
        actor,
        FindingInput(
            internal.id,
            "情報資産台帳が更新されていない",
            ratings["指摘"],
            recurring_dept,
            items["S2-01"].id,
            "台帳の最終更新が3年前で、現在使っていない共有フォルダが残っている。",
            "所在の分からない情報資産から漏えいが起きても気付けない。",
            "年1回、所属長が台帳を確認する手順を定める。",
        ),
    )
    old_action = register.actions.create(
        actor,
        old.id,
        ActionInput(
            "台帳を棚卸しし、所属長の確認欄を設ける",
            recurring_dept,
            date(year, 3, 31),
            _staff_name(services, actor, recurring_dept, rng),
            status="done",
            completed_on=date(year, 3, 10),
        ),
    )
    register.actions.verify(actor, old_action.id, old_action.version, "更新後の台帳を確認した。")

    # Last year's self-inspection, and this year's copied from it.
    last_check = register.audits.create(
        actor,
        AuditInput(
            AuditKind.SELF_CHECK,
            year - 1,
            f"{wareki_label(year - 1)} 情報セキュリティ自己点検",
            period_start=date(year - 1, 10, 1),
            period_end=date(year - 1, 10, 31),
            status=AuditStatus.IN_PROGRESS,
            checklist_id=old_list.id,
            department_ids=scope,
        ),
    )
    for dept_id in scope:
        _answer_all(services, actor, last_check.id, dept_id, rng)
    last_check = register.audits.get(actor, last_check.id)
    register.audits.update(
        actor, last_check.id, last_check.version, replace(last_check.as_input(), status="completed")
    )
    check = register.audits.copy_from(actor, last_check.id, year)
    check = register.audits.update(
        actor,
        check.id,
        check.version,
        replace(check.as_input(), status=AuditStatus.IN_PROGRESS),
    )
    for index, dept_id in enumerate(scope):
        if index in (7, 9):
            continue  # not replied yet
        share = 0.5 if index == 8 else 1.0
        no_codes = {"S2-01"} if dept_id == recurring_dept else set()
        if index in (2, 5):
            no_codes |= {"S4-01", "S2-03"}
        _answer_all(services, actor, check.id, dept_id, rng, no_codes, share)
    made = register.self_checks.create_findings(actor, check.id)

    # This year's external audit: findings and actions in every state.
    external = register.audits.create(
        actor,
        AuditInput(
            AuditKind.EXTERNAL,
            year,
            f"{wareki_label(year)} 情報セキュリティ外部監査",
            auditor_org="みなと監査法人",
            auditor_person="大西 誠",
            period_start=date(year, 7, 1),
            period_end=date(year, 8, 31),
            status=AuditStatus.REPORTED,
            department_ids=scope[:5],
        ),
    )
    plans = [
        (
            "重大",
            "サーバ室の入退室記録が保存されていない",
            "入退室記録簿を備え付け、月次で確認する",
            -20,
            "not_started",
        ),
        (
            "指摘",
            "退職者のアカウントが残っている",
            "人事異動の一覧と突き合わせて削除する",
            7,
            "in_progress",
        ),
        ("観察", "委託先の点検記録が年1回に満たない", "委託先点検を半期ごとに実施する", 30, "done"),
        (
            "指摘",
            "USBメモリの持ち出し記録に記入漏れ",
            "持ち出し管理簿の記入を徹底し抜き打ち確認する",
            -40,
            "verified",
        ),
        (
            "観察",
            "古い複合機のログ保存期間が短い",
            "機器の更新まで現状の設定で運用する",
            60,
            "risk",
        ),
    ]
    for index, (rating, title, plan, offset, state) in enumerate(plans):
        dept_id = scope[index % len(scope)]
        finding = register.findings.create(
            actor,
            FindingInput(
                external.id,
                title,
                ratings[rating],
                dept_id,
                description=f"{by_id[dept_id].name}で確認した。{title}。",
                risk="個人情報の漏えいや不正利用に気付けないおそれがある。",
                recommendation="手順を定めて記録し、所属長が定期的に確認すること。",
            ),
        )
        action = register.actions.create(
            actor,
            finding.id,
            ActionInput(
                plan,
                dept_id,
                today + timedelta(days=offset),
                _staff_name(services, actor, dept_id, rng),
                status="in_progress" if state in ("in_progress", "risk") else "not_started",
            ),
        )
        if state in ("in_progress", "done", "verified"):
            register.actions.add_note(
                actor, action.id, "所属長と対応方針を確認した。", today - timedelta(days=10)
            )
        if state in ("done", "verified"):
            action = register.actions.update(
                actor, action.id, action.version, replace(action.as_input(), status="done")
            )
            register.actions.add_evidence(
                actor,
                action.id,
                "是正報告書.txt",
                f"{title}\n対応: {plan}\n（デモ用の証跡ファイル）\n".encode(),
                "所属からの是正報告",
            )
        if state == "verified":
            register.actions.verify(actor, action.id, action.version, "管理簿の記入を確認した。")
        if state == "risk":
            register.actions.accept_risk(
                actor,
                action.id,
                action.version,
                "機器の更新が来年度に予定され、費用に見合わないため。",
                "CISO 副市長 杉本 秀夫",
            )
    register.findings.create(
        actor,
        FindingInput(
            external.id,
            "全職員の研修受講率が100%に達している",
            ratings["良好事例"],
            scope[1],
            description="研修未受講者に所属長が個別に声をかけている。",
        ),
    )
    register.findings.create(
        actor,
        FindingInput(
            external.id,
            "クラウドサービスの利用申請が様式化されていない",
            ratings["指摘"],
            scope[2],
            description="利用の承認が口頭で行われている。",
        ),
    )
    register.audits.create(
        actor,
        AuditInput(
            AuditKind.INTERNAL,
            year,
            f"{wareki_label(year)} 情報セキュリティ内部監査",
            auditor_org="監査委員事務局",
            period_start=date(year + 1, 1, 15),
            period_end=date(year + 1, 2, 15),
            checklist_id=check.checklist_id,
            department_ids=scope[5:],
        ),
    )
    _link_an_incident(services, actor, external.id)
    return tr("監査 5 件、自己点検の指摘 {n} 件を含む監査の記録を追加しました。").format(
        n=len(made)
    )


def _link_an_incident(services, actor, audit_id: int) -> None:
    """The external audit's first finding explains an incident of the demo register, if any."""
    from secdesk.domain import incidents as vocab
    from secdesk.services.core.listing import ListQuery

    source = services.incidents.list_source()
    ids = source.ids(actor, ListQuery().with_filters(kind=vocab.INCIDENT), limit=1)
    findings = services.audits.findings.list_source()
    finding_ids = findings.ids(actor, ListQuery().with_filters(audit_id=audit_id), limit=1)
    if ids and finding_ids:
        ref = services.incidents.get(actor, ids[0]).ref
        services.finding_links.link(actor, finding_ids[0], ref, "監査で同じ原因を確認")
