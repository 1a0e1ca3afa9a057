"""The rows of the audit PDFs, gathered from the register for `reports.audit_reports`."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    AUDIT_STATUS_LABELS,
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    ActionStatus,
    AuditKind,
    AuditStatus,
    DueState,
    FindingStatus,
    days_late,
    due_state,
    format_rate,
)
from secdesk.domain.fiscal import fiscal_year_label
from secdesk.i18n import language, tr
from secdesk.reports.audit_reports import (
    ActionLine,
    AuditReport,
    FindingBlock,
    FollowUpReport,
)
from secdesk.services.audits.common import due_soon_days
from secdesk.services.audits.self_checks import department_rates
from secdesk.services.audits.service import audit_info
from secdesk.store.models import (
    Audit,
    AuditRating,
    Checklist,
    ChecklistItem,
    CorrectiveAction,
    Department,
    Finding,
)

_PENDING = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
_STATUS_ORDER = (
    FindingStatus.OPEN,
    FindingStatus.IN_PROGRESS,
    FindingStatus.CLOSED,
    FindingStatus.NO_ACTION,
)


def audit_report_data(session, audit: Audit, today: date) -> AuditReport:
    """The rows of one audit's result report."""
    info = audit_info(session, audit)
    soon = due_soon_days(session)
    checklist = session.get(Checklist, audit.checklist_id) if audit.checklist_id else None
    period = " 〜 ".join(d.isoformat() for d in (audit.period_start, audit.period_end) if d)
    facts = [
        (tr("種別"), info.kind_label),
        (tr("年度"), fiscal_year_label(audit.fiscal_year, language())),
        (
            tr("監査人"),
            " ".join(p for p in (audit.auditor_org, audit.auditor_person) if p) or "-",
        ),
        (tr("期間"), period or "-"),
        (tr("状態"), info.status_label),
        (
            tr("チェックリスト"),
            tr("{title}（{year}年度 第{rev}版）").format(
                title=checklist.title, year=checklist.fiscal_year, rev=checklist.revision
            )
            if checklist
            else "-",
        ),
    ]
    if audit.jlis_reported_on:
        facts.append((tr("J-LIS への報告日"), audit.jlis_reported_on.isoformat()))
    scope = [
        f"{d.code} {d.name}"
        for d in session.scalars(
            select(Department)
            .where(Department.id.in_(info.department_ids))
            .order_by(Department.sort_order, Department.code)
        )
    ]
    ratings = session.scalars(select(AuditRating).order_by(AuditRating.sort_order)).all()
    findings = session.execute(
        select(Finding, ChecklistItem, Department)
        .outerjoin(ChecklistItem, ChecklistItem.id == Finding.item_id)
        .outerjoin(Department, Department.id == Finding.department_id)
        .where(Finding.audit_id == audit.id, Finding.status != FindingStatus.WITHDRAWN)
    ).all()
    order = {r.id: r.sort_order for r in ratings}
    findings.sort(key=lambda row: (order.get(row[0].rating_id, 0), row[0].number))
    counts = Counter((f.rating_id, f.status) for f, _, _ in findings)
    actions: dict[int, list[CorrectiveAction]] = defaultdict(list)
    for action in session.scalars(
        select(CorrectiveAction)
        .where(
            CorrectiveAction.finding_id.in_([f.id for f, _, _ in findings]),
            CorrectiveAction.withdrawn.is_(False),
        )
        .order_by(CorrectiveAction.due_date, CorrectiveAction.id)
    ):
        actions[action.finding_id].append(action)
    earlier = dict(
        session.execute(
            select(Finding.id, Finding.number).where(
                Finding.id.in_([f.recurrence_of_id for f, _, _ in findings if f.recurrence_of_id])
            )
        ).all()
    )
    names = {r.id: r.name for r in ratings}
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    blocks, overdue = [], 0
    for finding, item, dept in findings:
        lines = []
        for action in actions.get(finding.id, []):
            state = due_state(action.due_date, today, action.status in _PENDING, soon)
            overdue += state == DueState.OVERDUE
            lines.append(_action_line(action, departments, state, today))
        blocks.append(
            FindingBlock(
                finding.number,
                names.get(finding.rating_id, ""),
                finding.title,
                dept.name if dept else "",
                f"{item.code} {item.text}" if item else "",
                finding.description,
                finding.risk,
                finding.recommendation,
                tr(FINDING_STATUS_LABELS[FindingStatus(finding.status)]),
                earlier.get(finding.recurrence_of_id, ""),
                tuple(lines),
            )
        )
    open_count = sum(
        1 for f, _, _ in findings if f.status in (FindingStatus.OPEN, FindingStatus.IN_PROGRESS)
    )
    top = ratings[0] if ratings else None
    figures = [
        (tr("指摘事項"), f"{len(findings):,}", tr("件")),
        (
            tr("うち{name}").format(name=top.name) if top else "-",
            f"{sum(n for (r, _), n in counts.items() if top and r == top.id):,}",
            tr("件"),
        ),
        (tr("未完了"), f"{open_count:,}", tr("件")),
        (tr("期限超過の是正処置"), f"{overdue:,}", tr("件")),
    ]
    table = [
        (
            rating.name,
            str(sum(n for (r, _), n in counts.items() if r == rating.id)),
            *(str(counts.get((rating.id, s.value), 0)) for s in _STATUS_ORDER),
        )
        for rating in ratings
        if rating.active or any(r == rating.id for r, _ in counts)
    ]
    rates = []
    if audit.kind == AuditKind.SELF_CHECK:
        rates = [
            (
                f"{r.code} {r.name}",
                tr("回答済") if r.complete else tr("回答中") if r.answered else tr("未回答"),
                str(r.expected),
                str(r.answered),
                format_rate(r.rate),
                str(r.yes),
                str(r.no),
                str(r.not_applicable),
            )
            for r in department_rates(session, audit)
        ]
    return AuditReport(
        facts,
        scope,
        figures,
        table,
        [tr(FINDING_STATUS_LABELS[s]) for s in _STATUS_ORDER],
        department_rates=rates,
        findings=blocks,
    )


def follow_up_data(session, year: int, today: date, all_open: bool = False) -> FollowUpReport:
    """The rows of a fiscal year's follow-up status report."""
    soon_day = today + timedelta(days=due_soon_days(session))
    audits = session.scalars(
        select(Audit)
        .where(Audit.fiscal_year == year, Audit.withdrawn.is_(False))
        .order_by(Audit.number)
    ).all()
    per_audit = {
        (a, s): n
        for a, s, n in session.execute(
            select(Finding.audit_id, Finding.status, func.count())
            .where(Finding.fiscal_year == year)
            .group_by(Finding.audit_id, Finding.status)
        )
    }
    ratings = dict(session.execute(select(AuditRating.id, AuditRating.name)).all())
    departments = {d.id: d for d in session.scalars(select(Department))}
    rows = session.execute(
        select(
            CorrectiveAction.id,
            CorrectiveAction.status,
            CorrectiveAction.due_date,
            CorrectiveAction.closed,
            CorrectiveAction.verified_at,
            CorrectiveAction.owner_department_id,
            CorrectiveAction.owner_name,
            CorrectiveAction.plan,
            Finding.audit_id,
            Finding.number,
            Finding.rating_id,
            Finding.title,
        )
        .join(Finding, Finding.id == CorrectiveAction.finding_id)
        .where(CorrectiveAction.fiscal_year == year, CorrectiveAction.withdrawn.is_(False))
    ).all()
    by_dept: dict[int | None, Counter] = defaultdict(Counter)
    overdue_by_audit: Counter = Counter()
    open_rows = []
    for r in rows:
        stats = by_dept[r.owner_department_id]
        stats["total"] += 1
        if r.closed:
            stats["closed"] += 1
            continue
        stats["open"] += 1
        pending = r.status in _PENDING
        attention = True
        if pending and r.due_date and r.due_date < today:
            stats["overdue"] += 1
            overdue_by_audit[r.audit_id] += 1
        elif pending and r.due_date and r.due_date <= soon_day:
            stats["due_soon"] += 1
        elif r.status == ActionStatus.DONE and r.verified_at is None:
            stats["awaiting"] += 1
        else:
            attention = False
        if attention or all_open:
            open_rows.append(r)
    open_rows.sort(key=lambda r: (r.due_date is None, r.due_date, r.number))
    table, overdue_rows = [], set()
    for index, r in enumerate(open_rows):
        pending = r.status in _PENDING
        late = pending and r.due_date is not None and r.due_date < today
        if late:
            overdue_rows.add(index)
            lateness = tr("期限超過 {n}日").format(n=days_late(r.due_date, today))
        elif pending and r.due_date and r.due_date <= soon_day:
            lateness = tr("期限間近")
        else:
            lateness = ""
        status = tr(ACTION_STATUS_LABELS[ActionStatus(r.status)])
        if r.status == ActionStatus.DONE:
            status = tr("確認待ち")
        dept = departments.get(r.owner_department_id)
        plan = r.plan if len(r.plan) <= 160 else r.plan[:159] + "…"
        table.append(
            (
                r.due_date.isoformat() if r.due_date else "",
                lateness,
                r.number,
                ratings.get(r.rating_id, ""),
                dept.name if dept else "",
                r.title,
                plan,
                r.owner_name,
                status,
            )
        )
    audit_rows = []
    for a in audits:
        live = sum(
            n for (aid, s), n in per_audit.items() if aid == a.id and s != FindingStatus.WITHDRAWN
        )
        closed = sum(
            n
            for (aid, s), n in per_audit.items()
            if aid == a.id and s in (FindingStatus.CLOSED, FindingStatus.NO_ACTION)
        )
        audit_rows.append(
            (
                a.number,
                tr(KIND_LABELS[AuditKind(a.kind)]),
                a.title,
                tr(AUDIT_STATUS_LABELS[AuditStatus(a.status)]),
                str(live),
                str(closed),
                str(live - closed),
                str(overdue_by_audit.get(a.id, 0)),
            )
        )
    ordered = sorted(
        by_dept.items(),
        key=lambda kv: (
            departments[kv[0]].sort_order if kv[0] in departments else 1 << 30,
            departments[kv[0]].code if kv[0] in departments else "",
        ),
    )
    dept_rows = [
        (
            departments[d].name if d in departments else tr("所属未設定"),
            *(str(c[k]) for k in ("total", "closed", "open", "overdue", "due_soon", "awaiting")),
        )
        for d, c in ordered
    ]
    top = sorted(((d, c) for d, c in by_dept.items() if c["open"]), key=lambda kv: -kv[1]["open"])[
        :12
    ]
    findings_total = sum(n for (_, s), n in per_audit.items() if s != FindingStatus.WITHDRAWN)
    findings_closed = sum(
        n for (_, s), n in per_audit.items() if s in (FindingStatus.CLOSED, FindingStatus.NO_ACTION)
    )
    totals = Counter()
    for counter in by_dept.values():
        totals.update(counter)
    figures = [
        (tr("監査・自己点検"), f"{len(audits):,}", tr("件")),
        (tr("指摘事項"), f"{findings_total:,}", tr("件")),
        (
            tr("完了した指摘"),
            f"{findings_closed:,}",
            format_rate(findings_closed / findings_total if findings_total else None),
        ),
        (tr("未完了の是正処置"), f"{totals['open']:,}", tr("件")),
        (tr("期限超過"), f"{totals['overdue']:,}", tr("件")),
        (tr("確認待ち"), f"{totals['awaiting']:,}", tr("件")),
    ]
    return FollowUpReport(
        figures,
        "",
        all_open,
        audit_rows,
        dept_rows,
        [departments[d].name if d in departments else tr("所属未設定") for d, _ in top],
        [float(c["open"]) for _, c in top],
        [float(c["overdue"]) for _, c in top],
        table,
        overdue_rows,
    )


def _action_line(action: CorrectiveAction, departments, state: DueState, today) -> ActionLine:
    status = tr(ACTION_STATUS_LABELS[ActionStatus(action.status)])
    if action.status == ActionStatus.RISK_ACCEPTED:
        status += tr("（承認: {who}）").format(who=action.risk_approver)
    lateness = ""
    if state == DueState.OVERDUE:
        lateness = tr("期限超過 {n}日").format(n=days_late(action.due_date, today))
    elif state == DueState.DUE_SOON:
        lateness = tr("期限間近")
    verification = tr("確認済") if action.verified_at else ""
    if not verification and action.status == ActionStatus.DONE:
        verification = tr("確認待ち")
    owner = departments.get(action.owner_department_id, "")
    if action.owner_name:
        owner = f"{owner}\n{action.owner_name}"
    return ActionLine(
        action.plan,
        owner,
        action.due_date.isoformat() if action.due_date else "",
        status,
        lateness,
        verification,
        state == DueState.OVERDUE,
    )
