"""The audit chapter of the annual report: the year's audits, findings by rating and status,
the corrective actions past their due date, and the self-inspections' answer rates.

Findings are chosen with the findings list's own conditions (FindingListSource.where: fiscal
year, departments), so the report counts what the list shows; a finding's actions belong to
the report when the finding does.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import and_, func, select

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    AUDIT_STATUS_LABELS,
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    ActionStatus,
    AuditKind,
    AuditStatus,
    FindingStatus,
    days_late,
)
from secdesk.i18n import tr
from secdesk.reports.annual_data import AuditPart, AuditRow, OverdueAction, SelfCheckRow
from secdesk.services.audits.common import due_soon_days
from secdesk.services.audits.lists import OPEN_ALL, PENDING_STATUSES, FindingListSource
from secdesk.services.audits.self_checks import department_rates
from secdesk.services.core.listing import ListQuery
from secdesk.services.reports.scope import ReportScope
from secdesk.store.models import Audit, AuditRating, CorrectiveAction, Department, Finding

OVERDUE_LIMIT = 300
_STATUS_ORDER = (
    FindingStatus.OPEN,
    FindingStatus.IN_PROGRESS,
    FindingStatus.CLOSED,
    FindingStatus.NO_ACTION,
)
_CLOSED = (FindingStatus.CLOSED.value, FindingStatus.NO_ACTION.value)


def finding_conditions(source: FindingListSource, scope: ReportScope, today, soon, **extra):
    query = ListQuery().with_filters(
        fiscal_year=scope.fiscal_year,
        departments=sorted(scope.department_ids) if scope.department_ids is not None else None,
        **extra,
    )
    return and_(True, *source.where(query, today, soon))


def gather_audits(session, source: FindingListSource, scope: ReportScope, today: date) -> AuditPart:
    part = AuditPart(status_headers=[tr(FINDING_STATUS_LABELS[s]) for s in _STATUS_ORDER])
    soon = due_soon_days(session)
    chosen = finding_conditions(source, scope, today, soon)
    per_audit: Counter = Counter()
    by_rating: Counter = Counter()
    for audit_id, rating_id, status, n in session.execute(
        select(Finding.audit_id, Finding.rating_id, Finding.status, func.count())
        .where(chosen)
        .group_by(Finding.audit_id, Finding.rating_id, Finding.status)
    ):
        per_audit[(audit_id, status)] += n
        by_rating[(rating_id, status)] += n
    overdue = (
        select(
            CorrectiveAction.due_date,
            CorrectiveAction.plan,
            CorrectiveAction.owner_name,
            CorrectiveAction.status,
            CorrectiveAction.owner_department_id,
            Finding.audit_id,
            Finding.number,
            Finding.rating_id,
            Finding.title,
        )
        .join(Finding, Finding.id == CorrectiveAction.finding_id)
        .where(
            chosen,
            CorrectiveAction.withdrawn.is_(False),
            CorrectiveAction.status.in_(PENDING_STATUSES),
            CorrectiveAction.due_date < today,
        )
        .order_by(CorrectiveAction.due_date, Finding.number, CorrectiveAction.id)
    )
    ratings = session.execute(
        select(AuditRating.id, AuditRating.name, AuditRating.active).order_by(
            AuditRating.sort_order
        )
    ).all()
    rating_names = {r.id: r.name for r in ratings}
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    overdue_by_audit: Counter = Counter()
    for row in session.execute(overdue):
        part.overdue_total += 1
        overdue_by_audit[row.audit_id] += 1
        if len(part.overdue) < OVERDUE_LIMIT:
            part.overdue.append(
                OverdueAction(
                    row.due_date,
                    days_late(row.due_date, today),
                    row.number,
                    rating_names.get(row.rating_id, ""),
                    departments.get(row.owner_department_id, ""),
                    row.title,
                    row.plan,
                    row.owner_name,
                    tr(ACTION_STATUS_LABELS[ActionStatus(row.status)]),
                )
            )
    for rating_id, name, active in ratings:
        counts = tuple(by_rating[(rating_id, s.value)] for s in _STATUS_ORDER)
        if active or any(counts):
            part.ratings.append((name, sum(counts), counts))
    live = [k for k in by_rating if k[1] != FindingStatus.WITHDRAWN]
    part.findings = sum(by_rating[k] for k in live)
    part.open_findings = sum(
        by_rating[k] for k in live if k[1] in (FindingStatus.OPEN, FindingStatus.IN_PROGRESS)
    )
    part.carried_over = _carried_over(session, source, scope, today, soon)

    audits = session.scalars(
        select(Audit)
        .where(Audit.fiscal_year == scope.fiscal_year, Audit.withdrawn.is_(False))
        .order_by(Audit.number)
    ).all()
    kinds: Counter = Counter()
    for audit in audits:
        kind = tr(KIND_LABELS[AuditKind(audit.kind)])
        kinds[kind] += 1
        found = sum(
            n for (a, s), n in per_audit.items() if a == audit.id and s != FindingStatus.WITHDRAWN
        )
        closed = sum(n for (a, s), n in per_audit.items() if a == audit.id and s in _CLOSED)
        part.audits.append(
            AuditRow(
                audit.number,
                kind,
                audit.title,
                tr(AUDIT_STATUS_LABELS[AuditStatus(audit.status)]),
                found,
                closed,
                found - closed,
                overdue_by_audit[audit.id],
            )
        )
        if audit.kind == AuditKind.SELF_CHECK:
            part.self_checks.append(_self_check(session, audit, scope))
    part.kinds = {tr(KIND_LABELS[k]): kinds[tr(KIND_LABELS[k])] for k in AuditKind}
    return part


def _carried_over(session, source, scope: ReportScope, today, soon) -> int:
    """Findings of earlier years still open (their year's report counted them too)."""
    query = ListQuery().with_filters(
        status=OPEN_ALL,
        departments=sorted(scope.department_ids) if scope.department_ids is not None else None,
    )
    return (
        session.scalar(
            select(func.count())
            .select_from(Finding)
            .where(
                and_(True, *source.where(query, today, soon)),
                Finding.fiscal_year < scope.fiscal_year,
            )
        )
        or 0
    )


def _self_check(session, audit: Audit, scope: ReportScope) -> SelfCheckRow:
    rates = [r for r in department_rates(session, audit) if scope.covers(r.department_id)]
    expected = sum(r.expected for r in rates)
    answered = sum(min(r.answered, r.expected) for r in rates)
    return SelfCheckRow(
        audit.number,
        audit.title,
        len(rates),
        expected,
        answered,
        None if expected == 0 else 100.0 * answered / expected,
        tuple(r.name for r in rates if r.answered == 0),
        sum(1 for r in rates if not r.complete),
    )
