"""The audit register's lists of audits and of findings (the follow-up list is in action_list).

Each filter maps onto a column the services keep beside the records (fiscal year, status,
earliest pending due date, search key), each with an index, so a list over ten years of
audits answers in milliseconds (benchmarks/audits_bench.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from secdesk.domain.audits import (
    AUDIT_STATUS_LABELS,
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    ActionStatus,
    AuditKind,
    AuditStatus,
    FindingStatus,
)
from secdesk.domain.roles import Permission
from secdesk.domain.text import normalize, search_key
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.audits.common import due_soon_days, row_state
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.listing import (
    STATE_DONE,
    STATE_INACTIVE,
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    fetch_ids,
    id_array,
    ordered,
)
from secdesk.store.models import (
    Audit,
    AuditRating,
    AuditScope,
    CorrectiveAction,
    Department,
    Finding,
)

OPEN_ALL = "open_all"  # status filter: 未対応 and 対応中
PENDING = "pending"  # action filter: 未着手 and 対応中
AWAITING = "awaiting"  # action filter: 完了, waiting for verification
CLOSED = "closed"  # action filter: verified or risk accepted
OVERDUE, DUE_SOON = "overdue", "due_soon"
PENDING_STATUSES = [ActionStatus.NOT_STARTED.value, ActionStatus.IN_PROGRESS.value]


class ListSourceBase:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def _run_count(self, actor: Actor, stmt) -> int:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return session.scalar(stmt) or 0

    def _run_ids(self, actor: Actor, stmt, limit: int | None, progress=None):
        actor.require(Permission.READ)
        with self.db.read() as session:
            if limit is not None:
                return id_array(session.scalars(stmt.limit(limit)))
            return fetch_ids(session, stmt, progress)


class AuditListSource(ListSourceBase):
    """Audits and self-inspections, newest first."""

    _COLUMNS = (
        ColumnSpec("number", QT_TR_NOOP("番号"), width=145),
        ColumnSpec("fiscal_year", QT_TR_NOOP("年度"), width=60),
        ColumnSpec("kind", QT_TR_NOOP("種別"), width=80),
        ColumnSpec("title", QT_TR_NOOP("名称"), width=260),
        ColumnSpec("auditor", QT_TR_NOOP("監査人"), width=180),
        ColumnSpec("period", QT_TR_NOOP("期間"), width=170),
        ColumnSpec("status", QT_TR_NOOP("状態"), width=70),
        ColumnSpec("scope", QT_TR_NOOP("対象所属"), sortable=False, width=70, align_right=True),
        ColumnSpec("findings", QT_TR_NOOP("指摘"), sortable=False, width=60, align_right=True),
        ColumnSpec("open", QT_TR_NOOP("未完了"), sortable=False, width=60, align_right=True),
    )

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def _where(self, query: ListQuery) -> list:
        conditions = []
        text = normalize(query.text)
        if text:
            conditions.append(
                or_(
                    contains(Audit.number, text.upper()),
                    contains(Audit.title, text),
                    contains(Audit.auditor_org, text),
                    contains(Audit.auditor_person, text),
                )
            )
        if query.filter("fiscal_year"):
            conditions.append(Audit.fiscal_year == query.filter("fiscal_year"))
        if query.filter("kind"):
            conditions.append(Audit.kind == query.filter("kind"))
        if query.filter("status"):
            conditions.append(Audit.status == query.filter("status"))
        if not query.filter("include_withdrawn", False):
            conditions.append(Audit.withdrawn.is_(False))
        return conditions

    def count(self, actor: Actor, query: ListQuery) -> int:
        return self._run_count(
            actor, select(func.count()).select_from(Audit).where(and_(True, *self._where(query)))
        )

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None):
        column = {
            "fiscal_year": Audit.fiscal_year,
            "kind": Audit.kind,
            "title": Audit.title,
            "auditor": Audit.auditor_org,
            "period": Audit.period_start,
            "status": Audit.status,
        }.get(query.sort, Audit.number)
        descending = query.descending if query.sort else True
        stmt = ordered(
            select(Audit.id).where(and_(True, *self._where(query))), column, Audit.id, descending
        )
        return self._run_ids(actor, stmt, limit, progress)

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        ids = list(ids)
        open_values = [s.value for s in (FindingStatus.OPEN, FindingStatus.IN_PROGRESS)]
        with self.db.read() as session:
            scope = dict(
                session.execute(
                    select(AuditScope.audit_id, func.count())
                    .where(AuditScope.audit_id.in_(ids))
                    .group_by(AuditScope.audit_id)
                ).all()
            )
            counts = {
                a: (n, o)
                for a, n, o in session.execute(
                    select(
                        Finding.audit_id,
                        func.count(),
                        func.sum(case((Finding.status.in_(open_values), 1), else_=0)),
                    )
                    .where(Finding.audit_id.in_(ids), Finding.status != FindingStatus.WITHDRAWN)
                    .group_by(Finding.audit_id)
                )
            }
            result = {}
            for audit in session.scalars(select(Audit).where(Audit.id.in_(ids))):
                findings, open_ = counts.get(audit.id, (0, 0))
                period = " 〜 ".join(
                    d.isoformat() for d in (audit.period_start, audit.period_end) if d
                )
                auditor = " ".join(p for p in (audit.auditor_org, audit.auditor_person) if p)
                state = None
                if audit.withdrawn:
                    state = STATE_INACTIVE
                elif audit.status == AuditStatus.COMPLETED:
                    state = STATE_DONE
                result[audit.id] = ListRow(
                    audit.id,
                    (
                        audit.number,
                        str(audit.fiscal_year),
                        tr(KIND_LABELS[AuditKind(audit.kind)]),
                        audit.title + (tr("（取消）") if audit.withdrawn else ""),
                        auditor,
                        period,
                        tr(AUDIT_STATUS_LABELS[AuditStatus(audit.status)]),
                        scope.get(audit.id, 0),
                        findings,
                        int(open_ or 0),
                    ),
                    state,
                )
        return result


class FindingListSource(ListSourceBase):
    """Findings with filters: fiscal year, audit, department, rating, status, overdue, text."""

    _COLUMNS = (
        ColumnSpec("number", QT_TR_NOOP("指摘番号"), width=150),
        ColumnSpec("fiscal_year", QT_TR_NOOP("年度"), width=55),
        ColumnSpec("audit", QT_TR_NOOP("監査"), width=120),
        ColumnSpec("department", QT_TR_NOOP("所属"), width=150),
        ColumnSpec("rating", QT_TR_NOOP("評価"), width=70),
        ColumnSpec("title", QT_TR_NOOP("件名"), width=320),
        ColumnSpec("status", QT_TR_NOOP("状態"), width=70),
        ColumnSpec("next_due", QT_TR_NOOP("次の期限"), width=90),
        ColumnSpec("actions", QT_TR_NOOP("処置（完了/全体）"), width=110, align_right=True),
        ColumnSpec("recurrence", QT_TR_NOOP("前年度の指摘"), sortable=False, width=130),
    )

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def where(self, query: ListQuery, today, soon: int) -> list:
        conditions = []
        text = normalize(query.text)
        if text:
            conditions.append(contains(Finding.search_key, search_key(text)))
        if query.filter("fiscal_year"):
            conditions.append(Finding.fiscal_year == query.filter("fiscal_year"))
        if query.filter("audit_id"):
            conditions.append(Finding.audit_id == query.filter("audit_id"))
        departments = query.filter("departments")
        if departments:
            conditions.append(Finding.department_id.in_(list(departments)))
        if query.filter("rating_id"):
            conditions.append(Finding.rating_id == query.filter("rating_id"))
        status = query.filter("status")
        if status == OPEN_ALL:
            conditions.append(
                Finding.status.in_([FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value])
            )
        elif status:
            conditions.append(Finding.status == status)
        elif not query.filter("include_withdrawn", False):
            conditions.append(Finding.status != FindingStatus.WITHDRAWN.value)
        due = query.filter("due")
        if due == OVERDUE:
            conditions.append(Finding.next_due < today)
        elif due == DUE_SOON:
            conditions.append(Finding.next_due.between(today, today + timedelta(days=soon)))
        if query.filter("recurring"):
            conditions.append(Finding.recurrence_of_id.is_not(None))
        return conditions

    def _conditions(self, query: ListQuery) -> list:
        with self.db.read() as session:
            soon = due_soon_days(session)
        return self.where(query, self.clock.today(), soon)

    def count(self, actor: Actor, query: ListQuery) -> int:
        stmt = select(func.count()).select_from(Finding).where(and_(True, *self._conditions(query)))
        return self._run_count(actor, stmt)

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None):
        stmt = select(Finding.id).where(and_(True, *self._conditions(query)))
        if query.sort == "audit":
            stmt = stmt.join(Audit, Audit.id == Finding.audit_id)
        elif query.sort == "department":
            stmt = stmt.outerjoin(Department, Department.id == Finding.department_id)
        elif query.sort == "rating":
            stmt = stmt.join(AuditRating, AuditRating.id == Finding.rating_id)
        column = {
            "fiscal_year": Finding.fiscal_year,
            "audit": Audit.number,
            "department": Department.code,
            "rating": AuditRating.sort_order,
            "title": Finding.title,
            "status": Finding.status,
            "next_due": Finding.next_due,
            "actions": Finding.action_count,
        }.get(query.sort, Finding.number)
        descending = query.descending if query.sort else True
        return self._run_ids(actor, ordered(stmt, column, Finding.id, descending), limit, progress)

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        ids = list(ids)
        earlier = aliased(Finding)
        stmt = (
            select(Finding, Audit.number, Department.name, AuditRating.name, earlier.number)
            .join(Audit, Audit.id == Finding.audit_id)
            .join(AuditRating, AuditRating.id == Finding.rating_id)
            .outerjoin(Department, Department.id == Finding.department_id)
            .outerjoin(earlier, earlier.id == Finding.recurrence_of_id)
            .where(Finding.id.in_(ids))
        )
        today = self.clock.today()
        with self.db.read() as session:
            soon = due_soon_days(session)
            closed = dict(
                session.execute(
                    select(CorrectiveAction.finding_id, func.count())
                    .where(
                        CorrectiveAction.finding_id.in_(ids),
                        CorrectiveAction.closed.is_(True),
                    )
                    .group_by(CorrectiveAction.finding_id)
                ).all()
            )
            result = {}
            for finding, audit, dept, rating, recurrence in session.execute(stmt):
                status = FindingStatus(finding.status)
                if status == FindingStatus.WITHDRAWN:
                    state = STATE_INACTIVE
                elif status in (FindingStatus.CLOSED, FindingStatus.NO_ACTION):
                    state = STATE_DONE
                else:
                    state = row_state(finding.next_due, today, True, soon)
                result[finding.id] = ListRow(
                    finding.id,
                    (
                        finding.number,
                        str(finding.fiscal_year),
                        audit,
                        dept or "",
                        rating,
                        finding.title,
                        tr(FINDING_STATUS_LABELS[status]),
                        finding.next_due,
                        f"{closed.get(finding.id, 0)}/{finding.action_count}",
                        recurrence or "",
                    ),
                    state,
                    tooltip=finding.description[:300],
                )
        return result
