"""Findings proposed by self-inspection answers: every いいえ becomes a finding, once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.audits import Answer
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.i18n import tr
from secdesk.services.audits.finding_history import earlier_finding_for
from secdesk.services.audits.findings import FindingInput, new_finding
from secdesk.services.audits.service import get_audit
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import (
    AuditRating,
    ChecklistItem,
    Department,
    SelfCheckAnswer,
)


@dataclass(frozen=True)
class Proposal:
    """An いいえ answer not yet made into a finding."""

    answer_id: int
    department_id: int
    department: str
    item_id: int
    item_code: str
    item_text: str
    comment: str


def proposals(session: Session, audit_id: int) -> list[Proposal]:
    stmt = (
        select(SelfCheckAnswer, Department, ChecklistItem)
        .join(Department, Department.id == SelfCheckAnswer.department_id)
        .join(ChecklistItem, ChecklistItem.id == SelfCheckAnswer.item_id)
        .where(
            SelfCheckAnswer.audit_id == audit_id,
            SelfCheckAnswer.answer == Answer.NO,
            SelfCheckAnswer.finding_id.is_(None),
        )
        .order_by(Department.sort_order, Department.code, ChecklistItem.sort_order)
    )
    return [
        Proposal(a.id, d.id, d.name, i.id, i.code, i.text, a.comment)
        for a, d, i in session.execute(stmt)
    ]


def default_rating(session: Session) -> AuditRating:
    ratings = session.scalars(
        select(AuditRating)
        .where(AuditRating.active.is_(True), AuditRating.requires_action.is_(True))
        .order_by(AuditRating.sort_order)
    ).all()
    if not ratings:
        raise SecdeskError(tr("対応を要する評価区分がありません。評価区分を登録してください。"))
    return next((r for r in ratings if r.name == "指摘"), ratings[0])


def create_findings(
    session: Session,
    actor: Actor,
    clock: Clock,
    audit_id: int,
    answer_ids: list[int] | None,
    rating_id: int | None,
) -> list[str]:
    audit = get_audit(session, audit_id)
    if audit.withdrawn:
        raise SecdeskError(tr("取り消された監査です。"))
    rating = session.get(AuditRating, rating_id) if rating_id else default_rating(session)
    if rating is None:
        raise ValidationError(Problem(tr("評価を選んでください。"), "rating_id"))
    chosen = [
        p for p in proposals(session, audit.id) if answer_ids is None or p.answer_id in answer_ids
    ]
    numbers, events = [], []
    today = clock.today()
    for proposal in chosen:
        first_line = proposal.item_text.splitlines()[0] if proposal.item_text else ""
        title = f"[{proposal.item_code}] {first_line}"
        description = tr("自己点検で「いいえ」と回答。")
        if proposal.comment:
            description += "\n" + tr("所属のコメント: {c}").format(c=proposal.comment)
        data = FindingInput(
            audit_id=audit.id,
            title=title if len(title) <= 200 else title[:199] + "…",
            rating_id=rating.id,
            department_id=proposal.department_id,
            item_id=proposal.item_id,
            description=description,
            recurrence_of_id=earlier_finding_for(
                session, audit.fiscal_year, proposal.department_id, proposal.item_code
            ),
        )
        finding = new_finding(session, actor, data, today)
        session.get(SelfCheckAnswer, proposal.answer_id).finding_id = finding.id
        numbers.append(finding.number)
        events.append(
            trail.TrailEvent(
                "create",
                "audit_finding",
                finding.id,
                {
                    "number": finding.number,
                    "from_answer": proposal.answer_id,
                    "department_id": proposal.department_id,
                    "item": proposal.item_code,
                    "rating": rating.name,
                    "recurrence_of_id": data.recurrence_of_id,
                },
            )
        )
    session.flush()
    trail.record_many(session, actor, clock, events)
    return numbers
