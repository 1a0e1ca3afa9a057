"""How far an audit has got (the audit view), and the register's dashboard tiles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from secdesk.domain.audits import (
    ActionStatus,
    AuditKind,
    FindingStatus,
    external_audit_owed,
    format_rate,
)
from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.audits.checklists import ChecklistInfo, checklist_info
from secdesk.services.audits.common import due_soon_days, network_model
from secdesk.services.audits.self_checks import DepartmentRate, department_rates, summary_for_year
from secdesk.services.audits.service import AuditInfo, JlisDuty, audit_info, get_audit
from secdesk.services.core import dashboard
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.listing import STATE_DUE_SOON, STATE_OVERDUE
from secdesk.store.models import AuditRating, Checklist, CorrectiveAction, Finding

_PENDING = [ActionStatus.NOT_STARTED.value, ActionStatus.IN_PROGRESS.value]
_OPEN = [FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value]


@dataclass
class AuditProgress:
    audit: AuditInfo
    checklist: ChecklistInfo | None = None
    departments: list[DepartmentRate] = field(default_factory=list)
    ratings: list[str] = field(default_factory=list)
    by_rating_status: Counter = field(default_factory=Counter)  # (rating, status) → findings
    actions: Counter = field(default_factory=Counter)  # total/overdue/due_soon/awaiting/closed
    proposals: int = 0  # いいえ answers not yet made into findings
    jlis: JlisDuty | None = None

    @property
    def items_expected(self) -> int:
        return sum(d.expected for d in self.departments)

    @property
    def items_answered(self) -> int:
        return sum(min(d.answered, d.expected) for d in self.departments)

    @property
    def findings(self) -> int:
        return sum(n for (_, s), n in self.by_rating_status.items() if s != FindingStatus.WITHDRAWN)

    @property
    def open_findings(self) -> int:
        return sum(n for (_, s), n in self.by_rating_status.items() if s in _OPEN)


class AuditOverviewService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def progress(self, actor: Actor, audit_id: int) -> AuditProgress:
        actor.require(Permission.READ)
        today = self.clock.today()
        with self.db.read() as session:
            audit = get_audit(session, audit_id)
            progress = AuditProgress(audit_info(session, audit))
            if audit.checklist_id is not None:
                progress.checklist = checklist_info(session.get(Checklist, audit.checklist_id))
            if audit.kind == AuditKind.SELF_CHECK:
                progress.departments = department_rates(session, audit)
                from secdesk.services.audits.self_check_findings import proposals

                progress.proposals = len(proposals(session, audit.id))
            progress.ratings = list(
                session.scalars(select(AuditRating.name).order_by(AuditRating.sort_order))
            )
            for rating, status, n in session.execute(
                select(AuditRating.name, Finding.status, func.count())
                .join(AuditRating, AuditRating.id == Finding.rating_id)
                .where(Finding.audit_id == audit.id)
                .group_by(AuditRating.name, Finding.status)
            ):
                progress.by_rating_status[(rating, status)] = n
            soon = today + timedelta(days=due_soon_days(session))
            actions = session.execute(
                select(
                    CorrectiveAction.status,
                    CorrectiveAction.due_date,
                    CorrectiveAction.verified_at,
                    CorrectiveAction.closed,
                )
                .join(Finding, Finding.id == CorrectiveAction.finding_id)
                .where(Finding.audit_id == audit.id, CorrectiveAction.withdrawn.is_(False))
            ).all()
            for status, due, verified, closed in actions:
                progress.actions["total"] += 1
                if closed:
                    progress.actions["closed"] += 1
                elif status == ActionStatus.DONE and verified is None:
                    progress.actions["awaiting"] += 1
                elif status in _PENDING and due is not None and due < today:
                    progress.actions["overdue"] += 1
                elif status in _PENDING and due is not None and due <= soon:
                    progress.actions["due_soon"] += 1
            if audit.kind == AuditKind.EXTERNAL:
                model = network_model(session)
                progress.jlis = JlisDuty(
                    model, external_audit_owed(model), audit.fiscal_year, (progress.audit,)
                )
        return progress


def _count(session, stmt) -> int:
    return session.scalar(stmt) or 0


@dashboard.provider(order=30)
def audit_tiles(services, actor: Actor) -> list[dashboard.Tile]:
    today: date = services.clock.today()
    year = fiscal_year(today)
    group = tr("監査・自己点検")
    with services.db.read() as session:
        open_findings = _count(
            session, select(func.count()).select_from(Finding).where(Finding.status.in_(_OPEN))
        )
        top = session.execute(
            select(AuditRating.id, AuditRating.name)
            .where(AuditRating.active.is_(True))
            .order_by(AuditRating.sort_order)
            .limit(1)
        ).first()
        serious = (
            _count(
                session,
                select(func.count())
                .select_from(Finding)
                .where(Finding.status.in_(_OPEN), Finding.rating_id == top[0]),
            )
            if top
            else 0
        )
        pending = (
            select(func.count())
            .select_from(CorrectiveAction)
            .where(CorrectiveAction.withdrawn.is_(False), CorrectiveAction.status.in_(_PENDING))
        )
        overdue = _count(session, pending.where(CorrectiveAction.due_date < today))
        soon_days = due_soon_days(session)
        due_soon = _count(
            session,
            pending.where(
                CorrectiveAction.due_date.between(today, today + timedelta(days=soon_days))
            ),
        )
        summary = summary_for_year(session, year)
        model = network_model(session)
    tiles = [
        dashboard.Tile(
            "audit_open_findings",
            tr("未完了の指摘事項"),
            f"{open_findings:,}",
            tr("件（うち{rating} {n} 件）").format(rating=top[1] if top else "-", n=serious),
            section="audits",
            filters={"tab": "findings", "status": "open_all"},
            group=group,
        ),
        dashboard.Tile(
            "audit_overdue_actions",
            tr("期限超過の是正処置"),
            f"{overdue:,}",
            tr("件 ／ {d}日以内に期限 {n} 件").format(d=soon_days, n=due_soon),
            state=STATE_OVERDUE if overdue else (STATE_DUE_SOON if due_soon else None),
            section="audits",
            filters={"tab": "actions", "due": "overdue"},
            group=group,
        ),
        dashboard.Tile(
            "audit_self_check_rate",
            tr("自己点検の回答率"),
            format_rate(summary.rate),
            tr("未回答・回答途中の所属 {n} / {total}").format(
                n=summary.incomplete_departments, total=summary.departments
            )
            if summary.audit_ids
            else tr("今年度の自己点検は未登録"),
            section="audits",
            filters={"tab": "self_check", "audit_id": summary.audit_ids[0]}
            if summary.audit_ids
            else {"tab": "audits", "kind": AuditKind.SELF_CHECK.value},
            group=group,
        ),
    ]
    if external_audit_owed(model):
        duty = services.audits.audits.jlis_duty(actor, year)
        tiles.append(
            dashboard.Tile(
                "audit_jlis",
                tr("外部監査の J-LIS 報告"),
                tr("報告済") if duty.fulfilled else tr("未報告"),
                tr("ネットワーク分離モデル {m}").format(m=model),
                section="audits",
                filters={"tab": "audits", "kind": AuditKind.EXTERNAL.value},
                group=group,
            )
        )
    return tiles
