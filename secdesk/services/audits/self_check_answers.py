"""Storing self-inspection answers: the self-inspection that may still be answered, the items
that apply to a department, and the answers written with their trail events. Shared by typing
answers in (self_checks) and importing the departments' sheets (self_check_import)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    AuditKind,
    AuditStatus,
    applies,
)
from secdesk.domain.errors import ConflictDetails, EditConflict, SecdeskError
from secdesk.domain.text import clean_multiline
from secdesk.i18n import tr
from secdesk.services.audits.service import get_audit
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import Audit, ChecklistItem, Department, SelfCheckAnswer


@dataclass(frozen=True)
class AnswerChange:
    """What a coordinator typed for one item; `expected_version` is the one they saw."""

    item_id: int
    answer: str | None
    comment: str = ""
    expected_version: int | None = None


def writable_self_check(session: Session, audit_id: int) -> Audit:
    audit = get_audit(session, audit_id)
    if audit.kind != AuditKind.SELF_CHECK or audit.checklist_id is None:
        raise SecdeskError(tr("回答を入力できるのは、チェックリストのある自己点検だけです。"))
    if audit.withdrawn:
        raise SecdeskError(tr("取り消された監査です。"))
    if audit.status in (AuditStatus.REPORTED, AuditStatus.COMPLETED):
        raise SecdeskError(
            tr("この自己点検は「{s}」のため、回答は変更できません。").format(
                s=tr("報告済") if audit.status == AuditStatus.REPORTED else tr("完了")
            )
        )
    return audit


def applicable_items(session: Session, audit: Audit, department: Department) -> list[ChecklistItem]:
    items = session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.checklist_id == audit.checklist_id)
        .order_by(ChecklistItem.sort_order, ChecklistItem.id)
    )
    return [i for i in items if applies(i.applies_to, department.owns_systems)]


def store_answers(
    session: Session,
    actor: Actor,
    clock: Clock,
    audit: Audit,
    department: Department,
    changes: list[AnswerChange],
    check_versions: bool = True,
) -> list[trail.TrailEvent]:
    """Write answers that differ from what is stored; returns one trail event per change."""
    existing = {
        a.item_id: a
        for a in session.scalars(
            select(SelfCheckAnswer).where(
                SelfCheckAnswer.audit_id == audit.id,
                SelfCheckAnswer.department_id == department.id,
            )
        )
    }
    events = []
    now = clock.now()
    for change in changes:
        row = existing.get(change.item_id)
        comment = clean_multiline(change.comment)
        if check_versions and (row.version if row else None) != change.expected_version:
            raise EditConflict(
                tr(
                    "他の利用者がこの所属の回答を先に更新しました。開き直してから入力してください。"
                ),
                ConflictDetails(
                    "audit_answer",
                    row.id if row else 0,
                    change.expected_version or 0,
                    row.version if row else 0,
                    {"answer": change.answer, "comment": comment},
                    {"answer": row.answer, "comment": row.comment} if row else {},
                    row.answered_by if row else None,
                ),
            )
        if row is not None and row.answer == change.answer and row.comment == comment:
            continue
        before = {"answer": row.answer, "comment": row.comment} if row else {}
        if row is None:
            row = SelfCheckAnswer(
                audit_id=audit.id, department_id=department.id, item_id=change.item_id
            )
            session.add(row)
        row.answer, row.comment = change.answer, comment
        row.answered_by, row.answered_at = actor.username, now
        session.flush()
        events.append(
            trail.TrailEvent(
                "answer",
                "audit_answer",
                row.id,
                {
                    "audit": audit.number,
                    "department": department.code,
                    "item": change.item_id,
                    **trail.changes(before, {"answer": row.answer, "comment": row.comment}),
                },
            )
        )
    return events
