"""Corrective actions (是正処置): plan, owner, due date, progress notes, evidence, and closing.

An action closes in one of two ways: the owner reports it done and the auditor or CSIRT
verifies it (確認済), or its risk is formally accepted with a reason and an approver. Every
change recomputes the finding's status in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import select

from secdesk.domain.audits import FindingStatus
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_multiline
from secdesk.i18n import tr
from secdesk.services.audits.action_closing import ActionClosing
from secdesk.services.audits.action_evidence import ActionEvidenceFiles
from secdesk.services.audits.action_records import (
    ActionDetail,
    ActionInfo,
    ActionInput,
    NoteInfo,
    action_fields,
    action_info,
    assign,
    evidence_info,
    get_action,
    may_verify,
    touch,
    validated,
)
from secdesk.services.audits.findings import get_finding
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import ActionEvidence, ActionNote, CorrectiveAction

__all__ = ["ActionDetail", "ActionInfo", "ActionInput", "ActionService", "NoteInfo"]


class ActionService(ActionClosing, ActionEvidenceFiles):
    """Reading, adding, editing and withdrawing actions; closing steps and evidence are mixed in."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- reading ---------------------------------------------------------------------------

    def get(self, actor: Actor, action_id: int) -> ActionDetail:
        actor.require(Permission.READ)
        with self.db.read() as session:
            action = get_action(session, action_id)
            notes = session.scalars(
                select(ActionNote)
                .where(ActionNote.action_id == action.id)
                .order_by(ActionNote.noted_on, ActionNote.id)
            )
            evidence = session.scalars(
                select(ActionEvidence)
                .where(ActionEvidence.action_id == action.id)
                .order_by(ActionEvidence.id)
            )
            return ActionDetail(
                action_info(session, action),
                tuple(NoteInfo(n.id, n.noted_on, n.text, n.author, n.created_at) for n in notes),
                tuple(evidence_info(e) for e in evidence),
            )

    def for_finding(self, actor: Actor, finding_id: int) -> list[ActionInfo]:
        actor.require(Permission.READ)
        with self.db.read() as session:
            actions = session.scalars(
                select(CorrectiveAction)
                .where(CorrectiveAction.finding_id == finding_id)
                .order_by(CorrectiveAction.id)
            )
            return [action_info(session, a) for a in actions]

    def may_verify(self, actor: Actor) -> bool:
        with self.db.read() as session:
            return may_verify(session, actor)

    def list_source(self):
        from secdesk.services.audits.action_list import ActionListSource

        return ActionListSource(self.db, self.clock)

    def create(self, actor: Actor, finding_id: int, data: ActionInput) -> ActionInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            finding = get_finding(session, finding_id)
            if finding.status == FindingStatus.WITHDRAWN:
                raise SecdeskError(tr("取り消された指摘事項には是正処置を追加できません。"))
            clean = validated(session, data, self.clock.today())
            action = CorrectiveAction(
                finding_id=finding.id,
                fiscal_year=finding.fiscal_year,
                withdrawn=False,
                withdrawn_reason="",
                risk_reason="",
                risk_approver="",
                verified_by="",
                verification_note="",
                created_by=actor.username,
            )
            assign(action, clean)
            session.add(action)
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "audit_action",
                action.id,
                {"finding": finding.number, **action_fields(action)},
            )
            return action_info(session, action)

    def update(
        self, actor: Actor, action_id: int, expected_version: int, data: ActionInput
    ) -> ActionInfo:
        """Plan, owner, due date and progress (未着手 / 対応中 / 完了)."""
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            action = self._editable(session, action_id, expected_version, data.__dict__)
            if action.closed:
                raise SecdeskError(
                    tr(
                        "確認済み・リスク受容済みの処置は変更できません。再開してから変更してください。"
                    )
                )
            before = action_fields(action)
            clean = validated(session, data, self.clock.today())
            assign(action, clean)
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "audit_action",
                action.id,
                trail.changes(before, action_fields(action)),
            )
            return action_info(session, action)

    def withdraw(
        self, actor: Actor, action_id: int, expected_version: int, reason: str
    ) -> ActionInfo:
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            action = self._editable(session, action_id, expected_version, {"withdrawn": True})
            action.withdrawn, action.withdrawn_reason = True, reason
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "audit_action",
                action.id,
                {"reason": reason},
            )
            return action_info(session, action)
