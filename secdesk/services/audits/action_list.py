"""The follow-up list: corrective actions, earliest due date first, late ones marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import and_, func, select

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    ActionStatus,
    days_late,
)
from secdesk.domain.roles import Permission
from secdesk.domain.text import normalize, search_key
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.audits.common import due_soon_days, row_state
from secdesk.services.audits.lists import (
    AWAITING,
    CLOSED,
    DUE_SOON,
    OVERDUE,
    PENDING,
    PENDING_STATUSES,
    ListSourceBase,
)
from secdesk.services.core.context import Actor
from secdesk.services.core.listing import (
    STATE_DONE,
    STATE_INACTIVE,
    ColumnSpec,
    ListQuery,
    ListRow,
    contains,
    ordered,
)
from secdesk.store.models import (
    CorrectiveAction,
    Department,
    Finding,
)


class ActionListSource(ListSourceBase):
    """Corrective actions: the follow-up list, earliest due date first."""

    _COLUMNS = (
        ColumnSpec("due_date", QT_TR_NOOP("期限"), width=115),
        ColumnSpec("lateness", QT_TR_NOOP("期限の状況"), sortable=False, width=110),
        ColumnSpec("finding", QT_TR_NOOP("指摘番号"), width=130),
        ColumnSpec("department", QT_TR_NOOP("担当所属"), width=150),
        ColumnSpec("owner", QT_TR_NOOP("担当者"), width=100),
        ColumnSpec("plan", QT_TR_NOOP("是正処置"), width=320),
        ColumnSpec("status", QT_TR_NOOP("状態"), width=80),
        ColumnSpec("verified", QT_TR_NOOP("確認"), sortable=False, width=70),
        ColumnSpec("last_note", QT_TR_NOOP("最終経過"), width=90),
    )

    def columns(self) -> list[ColumnSpec]:
        return list(self._COLUMNS)

    def where(self, query: ListQuery, today, soon: int) -> list:
        conditions = []
        text = normalize(query.text)
        if text:
            conditions.append(contains(CorrectiveAction.search_key, search_key(text)))
        if query.filter("fiscal_year"):
            conditions.append(CorrectiveAction.fiscal_year == query.filter("fiscal_year"))
        if query.filter("finding_id"):
            conditions.append(CorrectiveAction.finding_id == query.filter("finding_id"))
        if query.filter("audit_id"):
            conditions.append(
                CorrectiveAction.finding_id.in_(
                    select(Finding.id).where(Finding.audit_id == query.filter("audit_id"))
                )
            )
        if query.filter("rating_id"):
            conditions.append(
                CorrectiveAction.finding_id.in_(
                    select(Finding.id).where(Finding.rating_id == query.filter("rating_id"))
                )
            )
        departments = query.filter("departments")
        if departments:
            conditions.append(CorrectiveAction.owner_department_id.in_(list(departments)))
        status = query.filter("status")
        due = query.filter("due")
        if status == PENDING or due in (OVERDUE, DUE_SOON):
            conditions.append(CorrectiveAction.status.in_(PENDING_STATUSES))
        if status == AWAITING:
            conditions.append(
                CorrectiveAction.status == ActionStatus.DONE.value,
            )
            conditions.append(CorrectiveAction.verified_at.is_(None))
        elif status == CLOSED:
            conditions.append(CorrectiveAction.closed.is_(True))
        elif status and status != PENDING:
            conditions.append(CorrectiveAction.status == status)
        if due == OVERDUE:
            conditions.append(CorrectiveAction.due_date < today)
        elif due == DUE_SOON:
            conditions.append(
                CorrectiveAction.due_date.between(today, today + timedelta(days=soon))
            )
        if not query.filter("include_withdrawn", False):
            conditions.append(CorrectiveAction.withdrawn.is_(False))
        return conditions

    def _conditions(self, query: ListQuery) -> list:
        with self.db.read() as session:
            soon = due_soon_days(session)
        return self.where(query, self.clock.today(), soon)

    def count(self, actor: Actor, query: ListQuery) -> int:
        stmt = (
            select(func.count())
            .select_from(CorrectiveAction)
            .where(and_(True, *self._conditions(query)))
        )
        return self._run_count(actor, stmt)

    def ids(self, actor: Actor, query: ListQuery, limit: int | None = None, progress=None):
        stmt = select(CorrectiveAction.id).where(and_(True, *self._conditions(query)))
        if query.sort == "finding":
            stmt = stmt.join(Finding, Finding.id == CorrectiveAction.finding_id)
        elif query.sort == "department":
            stmt = stmt.outerjoin(Department, Department.id == CorrectiveAction.owner_department_id)
        column = {
            "finding": Finding.number,
            "department": Department.code,
            "owner": CorrectiveAction.owner_name,
            "plan": CorrectiveAction.plan,
            "status": CorrectiveAction.status,
            "last_note": CorrectiveAction.last_note_on,
        }.get(query.sort, CorrectiveAction.due_date)
        return self._run_ids(
            actor, ordered(stmt, column, CorrectiveAction.id, query.descending), limit, progress
        )

    def rows(self, actor: Actor, ids: Sequence[int]) -> dict[int, ListRow]:
        actor.require(Permission.READ)
        stmt = (
            select(CorrectiveAction, Finding.number, Department.name)
            .join(Finding, Finding.id == CorrectiveAction.finding_id)
            .outerjoin(Department, Department.id == CorrectiveAction.owner_department_id)
            .where(CorrectiveAction.id.in_(list(ids)))
        )
        today = self.clock.today()
        with self.db.read() as session:
            soon = due_soon_days(session)
            result = {}
            for action, finding, dept in session.execute(stmt):
                result[action.id] = action_row(action, finding, dept or "", today, soon)
        return result


def action_row(action: CorrectiveAction, finding: str, dept: str, today, soon: int) -> ListRow:
    pending = not action.withdrawn and action.status in PENDING_STATUSES
    if action.withdrawn:
        state = STATE_INACTIVE
    elif action.closed:
        state = STATE_DONE
    else:  # a completed action waiting for verification is neither late nor done
        state = row_state(action.due_date, today, True, soon) if pending else None
    lateness = ""
    if pending and action.due_date is not None:
        late = days_late(action.due_date, today)
        if late:
            lateness = tr("{n}日超過").format(n=late)
        else:
            lateness = tr("あと{n}日").format(n=(action.due_date - today).days)
    if action.verified_at is not None:
        verified = tr("確認済")
    elif action.status == ActionStatus.DONE:
        verified = tr("確認待ち")
    else:
        verified = ""
    plan = action.plan.splitlines()[0] if action.plan else ""
    return ListRow(
        action.id,
        (
            action.due_date,
            lateness,
            finding,
            dept,
            action.owner_name,
            plan + (tr("（取消）") if action.withdrawn else ""),
            tr(ACTION_STATUS_LABELS[ActionStatus(action.status)]),
            verified,
            action.last_note_on,
        ),
        state,
        tooltip=action.plan[:300],
    )
