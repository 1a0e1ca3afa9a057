"""A known year of all three registers, for the tests of the annual report and the workbook.

令和8年度 (2026): 3 incidents (one more withdrawn, not counted) and 2 near-misses; 令和7年度: 2
incidents and 1 near-miss. The CISO report is owed by every incident: made on time for one,
late for one (2 days), not made and overdue for the third, which (300 people affected) also
owes the commission's reports, the notice to the people and the prefecture's report, all still
ahead. Training: the all-staff course R8-ALL (target 100%): 総務課 100%, 情報政策課 0% (one
exempt, one to do), 税務課 50%: 2 of 4 due = 50.0%. Audits: an internal audit with a 重大
finding of 税務課 whose action was due on 2026-11-01 (24 days late) and a 指摘 of 情報政策課 due
in December; a self-inspection of 総務課 (all 16 items answered) and 税務課 (none of its 24);
and an open finding left from 令和7年度.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from secdesk.domain import incidents as v
from secdesk.domain.audits import AuditKind, AuditStatus
from secdesk.domain.training import OverrideMode
from secdesk.io.tabular import read_table
from secdesk.paths import samples_dir
from secdesk.services.audits.corrective_actions import ActionInput
from secdesk.services.audits.findings import FindingInput
from secdesk.services.audits.self_checks import AnswerChange
from secdesk.services.audits.service import AuditInput
from secdesk.services.incidents.records import IncidentInput
from tests.training_data import build_org, course


def tokyo(y: int, m: int, d: int, hour: int = 10) -> datetime:
    return datetime(y, m, d, hour, tzinfo=UTC) - timedelta(hours=9)


def _incident(services, admin, kind, title, when, department, **extra):
    return services.incidents.create(
        admin,
        IncidentInput(
            kind=kind,
            title=title,
            discovered_at=when,
            occurred_at=when - timedelta(hours=2),
            reported_at=when + timedelta(hours=1),
            department_id=department.id,
            **extra,
        ),
    )


def build_year(services, admin) -> dict:
    org = build_org(services, admin)
    deps = org["departments"]
    soumu, it, zei = deps["110"], deps["130"], deps["330"]

    all_staff = course(services, admin, title="情報セキュリティ研修（全職員）")
    attendance = services.training.attendance
    for number in ("0001", "0003"):
        attendance.record_by_number(admin, all_staff.id, number, date(2026, 11, 10))
    attendance.set_override(
        admin, all_staff.id, org["staff"]["0002"].id, OverrideMode.EXEMPT, "育児休業"
    )

    new = _incident
    a = new(services, admin, v.INCIDENT, "納税通知書の誤送付", tokyo(2026, 5, 10), zei)
    b = new(
        services,
        admin,
        v.INCIDENT,
        "USBメモリの紛失",
        tokyo(2026, 8, 3),
        it,
        segment="lgwan",
    )
    c = new(
        services,
        admin,
        v.INCIDENT,
        "委託先サーバーのランサムウェア感染",
        tokyo(2026, 11, 20),
        zei,
        segment="lgwan",
        persons_affected=300,
    )
    withdrawn = new(services, admin, v.INCIDENT, "誤登録", tokyo(2026, 9, 1), soumu)
    services.incidents.change_status(
        admin, withdrawn.id, withdrawn.version, v.WITHDRAWN, "重複登録のため"
    )
    new(services, admin, v.NEAR_MISS, "住民票の写しを渡しかけた", tokyo(2026, 6, 1), soumu)
    new(services, admin, v.NEAR_MISS, "FAX番号の入力誤りに気づいた", tokyo(2026, 11, 2), zei)
    new(services, admin, v.INCIDENT, "前年度の誤送付", tokyo(2025, 6, 1), zei)
    new(services, admin, v.INCIDENT, "前年度の紛失", tokyo(2026, 2, 15), it)
    new(services, admin, v.NEAR_MISS, "前年度のヒヤリハット", tokyo(2025, 7, 7), soumu)
    work = services.incident_work
    ciso = {i.id: next(d for d in i.duties if d.code == "ciso") for i in (a, b, c)}
    work.record_duty(admin, ciso[a.id].id, tokyo(2026, 5, 10, 15), "対面")
    work.record_duty(admin, ciso[b.id].id, tokyo(2026, 8, 6, 11), "メール")

    register = services.audits
    ratings = {r.name: r for r in register.ratings.list(admin)}
    internal = register.audits.create(
        admin,
        AuditInput(
            AuditKind.INTERNAL,
            2026,
            "令和8年度 内部監査",
            status=AuditStatus.REPORTED,
            department_ids=(it.id, zei.id),
        ),
    )
    serious = register.findings.create(
        admin,
        FindingInput(
            internal.id, "USBメモリの持ち出し記録がない", ratings["重大"].id, department_id=zei.id
        ),
    )
    register.actions.create(
        admin,
        serious.id,
        ActionInput("持ち出し管理簿を整備する", zei.id, date(2026, 11, 1), "佐藤 次郎"),
    )
    finding = register.findings.create(
        admin,
        FindingInput(internal.id, "入退室記録の不備", ratings["指摘"].id, department_id=it.id),
    )
    register.actions.create(
        admin, finding.id, ActionInput("入退室記録を電子化する", it.id, date(2026, 12, 25))
    )
    checklist = register.checklists.apply(
        admin,
        read_table(samples_dir() / "sample_audit_checklist.csv"),
        2026,
        "情報セキュリティ監査チェックリスト",
    )
    self_check = register.audits.create(
        admin,
        AuditInput(
            AuditKind.SELF_CHECK,
            2026,
            "令和8年度 自己点検",
            status=AuditStatus.IN_PROGRESS,
            checklist_id=checklist.id,
            department_ids=(soumu.id, zei.id),
        ),
    )
    items = register.self_checks.answers(admin, self_check.id, soumu.id)
    register.self_checks.save_answers(
        admin, self_check.id, soumu.id, [AnswerChange(r.item.id, "yes") for r in items]
    )
    old = register.audits.create(
        admin, AuditInput(AuditKind.INTERNAL, 2025, "令和7年度 内部監査", department_ids=(it.id,))
    )
    register.findings.create(
        admin, FindingInput(old.id, "パスワードの使い回し", ratings["指摘"].id, department_id=it.id)
    )
    return {"org": org, "departments": deps, "course": all_staff, "incidents": (a, b, c)}
