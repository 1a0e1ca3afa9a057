"""Closing an action: verification (確認済), accepted risk, reopening, and progress notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from secdesk.domain.audits import ActionStatus
from secdesk.domain.errors import PermissionDenied, Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.i18n import tr
from secdesk.services.audits.action_records import (
    ActionInfo,
    NoteInfo,
    action_fields,
    action_info,
    add_note_row,
    get_action,
    may_verify,
    touch,
)
from secdesk.services.core import trail
from secdesk.services.core.context import Actor
from secdesk.services.core.editing import check_version
from secdesk.store.models import CorrectiveAction


class ActionClosing:
    """The steps of following an action up; mixed into ActionService."""

    def verify(
        self, actor: Actor, action_id: int, expected_version: int, note: str = ""
    ) -> ActionInfo:
        """確認済: the auditor or CSIRT confirms a completed action, which closes it."""
        with self.db.write() as session:
            if not may_verify(session, actor):
                raise PermissionDenied(
                    tr(
                        "是正処置を確認する権限がありません。監査人の場合は、管理者に確認の権限の付与を依頼してください。"
                    )
                )
            action = self._editable(session, action_id, expected_version, {"verify": True})
            if action.status != ActionStatus.DONE:
                raise SecdeskError(tr("「完了」と報告された処置だけを確認できます。"))
            if action.verified_at is not None:
                raise SecdeskError(tr("この処置はすでに確認済みです。"))
            action.verified_at = self.clock.now()
            action.verified_by = actor.username
            action.verification_note = clean_multiline(note)
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "verify",
                "audit_action",
                action.id,
                {"verified_by": actor.username, "note": action.verification_note},
            )
            return action_info(session, action)

    def accept_risk(
        self,
        actor: Actor,
        action_id: int,
        expected_version: int,
        reason: str,
        approver: str,
        accepted_on: date | None = None,
    ) -> ActionInfo:
        """リスク受容: record the decision not to fix, its reason and who approved it."""
        actor.require(Permission.EDIT_AUDITS)
        reason, approver = clean_multiline(reason), clean_line(approver)
        day = accepted_on or self.clock.today()
        problems = []
        if not reason:
            problems.append(Problem(tr("リスクを受容する理由を入力してください。"), "risk_reason"))
        if not approver:
            problems.append(Problem(tr("承認者を入力してください。"), "risk_approver"))
        elif len(approver) > 100:
            problems.append(Problem(tr("承認者は100文字以内で入力してください。"), "risk_approver"))
        if day > self.clock.today():
            problems.append(Problem(tr("承認日に未来の日付は入力できません。"), "risk_accepted_on"))
        if problems:
            raise ValidationError(problems)
        with self.db.write() as session:
            action = self._editable(session, action_id, expected_version, {"risk_reason": reason})
            if action.closed:
                raise SecdeskError(tr("この処置はすでに完了（確認済み・リスク受容）しています。"))
            before = {"status": action.status}
            action.status = ActionStatus.RISK_ACCEPTED
            action.risk_reason, action.risk_approver = reason, approver
            action.risk_accepted_on = day
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "accept_risk",
                "audit_action",
                action.id,
                {
                    "status": [before["status"], action.status],
                    "reason": reason,
                    "approver": approver,
                    "accepted_on": day,
                },
            )
            return action_info(session, action)

    def reopen(
        self, actor: Actor, action_id: int, expected_version: int, reason: str
    ) -> ActionInfo:
        """Undo a verification or a risk acceptance (with a reason, kept as a progress note)."""
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("再開の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            action = self._editable(session, action_id, expected_version, {"reopen": True})
            if not action.closed:
                raise SecdeskError(tr("完了していない処置は再開できません。"))
            before = {
                "status": action.status,
                "verified_by": action.verified_by,
                "risk_approver": action.risk_approver,
            }
            action.status = ActionStatus.IN_PROGRESS
            action.completed_on = None
            action.verified_at, action.verified_by, action.verification_note = None, "", ""
            action.risk_reason, action.risk_approver, action.risk_accepted_on = "", "", None
            add_note_row(session, actor, self.clock, action, tr("再開: {r}").format(r=reason))
            touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "reopen",
                "audit_action",
                action.id,
                {"before": before, "reason": reason},
            )
            return action_info(session, action)

    def add_note(
        self, actor: Actor, action_id: int, text: str, noted_on: date | None = None
    ) -> NoteInfo:
        """A dated line of the follow-up; notes are only ever added."""
        actor.require(Permission.EDIT_AUDITS)
        text = clean_multiline(text)
        day = noted_on or self.clock.today()
        problems = []
        if not text:
            problems.append(Problem(tr("経過の内容を入力してください。"), "text"))
        elif len(text) > 4000:
            problems.append(Problem(tr("経過は4000文字以内で入力してください。"), "text"))
        if day > self.clock.today():
            problems.append(Problem(tr("未来の日付は入力できません。"), "noted_on"))
        if problems:
            raise ValidationError(problems)
        with self.db.write() as session:
            action = get_action(session, action_id)
            if action.withdrawn:
                raise SecdeskError(tr("取り消された処置には経過を記録できません。"))
            note = add_note_row(session, actor, self.clock, action, text, day)
            return NoteInfo(note.id, note.noted_on, note.text, note.author, note.created_at)

    def _editable(
        self, session: Session, action_id: int, expected_version: int, mine: dict
    ) -> CorrectiveAction:
        action = get_action(session, action_id)
        if action.withdrawn:
            raise SecdeskError(tr("取り消された処置は変更できません。"))
        check_version(
            "audit_action",
            action,
            expected_version,
            {k: v for k, v in mine.items()},
            action_fields(action),
            tr("他の利用者がこの是正処置を先に更新しました。"),
        )
        return action
