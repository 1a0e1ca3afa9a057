"""Corrective actions (是正処置): plan, owner, due date, progress notes, evidence, and closing.

An action closes in one of two ways: the owner reports it done and the auditor or CSIRT
verifies it (確認済), or its risk is formally accepted with a reason and an approver. Every
change recomputes the finding's status in the same transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    ActionFacts,
    ActionStatus,
    DueState,
    FindingStatus,
    action_closed,
    action_pending,
    due_state,
)
from secdesk.domain.errors import PermissionDenied, Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission, Role
from secdesk.domain.text import clean_line, clean_multiline, search_key
from secdesk.i18n import tr
from secdesk.services import trail
from secdesk.services.audit_common import check_version, require_found
from secdesk.services.context import Actor, Clock
from secdesk.services.findings import get_finding, refresh_finding
from secdesk.store.models import (
    ActionEvidence,
    ActionNote,
    CorrectiveAction,
    Department,
    Finding,
    Staff,
    User,
)

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
_EDITABLE = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)


@dataclass(frozen=True)
class ActionInput:
    plan: str
    owner_department_id: int | None
    due_date: date | None
    owner_name: str = ""
    owner_staff_id: int | None = None
    status: str = ActionStatus.NOT_STARTED
    completed_on: date | None = None


@dataclass(frozen=True)
class ActionInfo:
    id: int
    finding_id: int
    finding_number: str
    finding_title: str
    fiscal_year: int
    plan: str
    owner_department_id: int | None
    owner_department: str
    owner_staff_id: int | None
    owner_name: str
    due_date: date | None
    status: str
    completed_on: date | None
    risk_reason: str
    risk_approver: str
    risk_accepted_on: date | None
    verified_at: datetime | None
    verified_by: str
    verification_note: str
    closed: bool
    last_note_on: date | None
    withdrawn: bool
    withdrawn_reason: str
    version: int

    @property
    def status_label(self) -> str:
        return tr(ACTION_STATUS_LABELS[ActionStatus(self.status)])

    @property
    def verification_label(self) -> str:
        if self.verified_at is not None:
            return tr("確認済")
        if self.status == ActionStatus.DONE:
            return tr("確認待ち")
        return ""

    @property
    def pending(self) -> bool:
        return not self.withdrawn and action_pending(self.status)

    def due(self, today: date, soon_days: int) -> DueState:
        return due_state(self.due_date, today, self.pending, soon_days)

    def as_input(self) -> ActionInput:
        return ActionInput(
            self.plan,
            self.owner_department_id,
            self.due_date,
            self.owner_name,
            self.owner_staff_id,
            self.status,
            self.completed_on,
        )


@dataclass(frozen=True)
class NoteInfo:
    id: int
    noted_on: date
    text: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    filename: str
    size: int
    sha256: str
    note: str
    added_by: str
    added_at: datetime
    withdrawn: bool
    withdrawn_reason: str


@dataclass(frozen=True)
class ActionDetail:
    action: ActionInfo
    notes: tuple[NoteInfo, ...]
    evidence: tuple[EvidenceInfo, ...]


def _fields(action: CorrectiveAction) -> dict[str, object]:
    return {
        "plan": action.plan,
        "owner_department_id": action.owner_department_id,
        "owner_staff_id": action.owner_staff_id,
        "owner_name": action.owner_name,
        "due_date": action.due_date,
        "status": action.status,
        "completed_on": action.completed_on,
    }


def action_info(session: Session, action: CorrectiveAction) -> ActionInfo:
    finding = session.get(Finding, action.finding_id)
    dept = (
        session.get(Department, action.owner_department_id) if action.owner_department_id else None
    )
    return ActionInfo(
        action.id,
        action.finding_id,
        finding.number if finding else "",
        finding.title if finding else "",
        action.fiscal_year,
        action.plan,
        action.owner_department_id,
        dept.name if dept else "",
        action.owner_staff_id,
        action.owner_name,
        action.due_date,
        action.status,
        action.completed_on,
        action.risk_reason,
        action.risk_approver,
        action.risk_accepted_on,
        action.verified_at,
        action.verified_by,
        action.verification_note,
        action.closed,
        action.last_note_on,
        action.withdrawn,
        action.withdrawn_reason,
        action.version,
    )


def may_verify(session: Session, actor: Actor) -> bool:
    """CSIRT and the administrator verify; an auditor only while the administrator grants it
    (read from the account now, so that a withdrawn grant counts at once)."""
    if actor.can(Permission.VERIFY_ACTIONS):
        return True
    if actor.role != Role.AUDITOR or actor.id is None:
        return False
    user = session.get(User, actor.id)
    return bool(user is not None and user.active and user.may_verify_actions)


def _closed(action: CorrectiveAction) -> bool:
    return action_closed(
        ActionFacts(
            action.status,
            action.verified_at is not None,
            action.risk_reason,
            action.risk_approver,
            action.withdrawn,
        )
    )


def _touch(session: Session, action: CorrectiveAction, today: date) -> None:
    """Keep the action's derived columns and its finding's status in step."""
    finding = get_finding(session, action.finding_id)
    action.closed = _closed(action)
    action.search_key = search_key(
        " ".join((finding.number, finding.title, action.plan, action.owner_name))
    )
    session.flush()
    refresh_finding(session, finding, today)


class ActionService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- reading ---------------------------------------------------------------------------

    def get(self, actor: Actor, action_id: int) -> ActionDetail:
        actor.require(Permission.READ)
        with self.db.read() as session:
            action = _get(session, action_id)
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
                tuple(_evidence_info(e) for e in evidence),
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
        from secdesk.services.audit_lists import ActionListSource

        return ActionListSource(self.db, self.clock)

    # --- writing ---------------------------------------------------------------------------

    def create(self, actor: Actor, finding_id: int, data: ActionInput) -> ActionInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            finding = get_finding(session, finding_id)
            if finding.status == FindingStatus.WITHDRAWN:
                raise SecdeskError(tr("取り消された指摘事項には是正処置を追加できません。"))
            clean = _validated(session, data, self.clock.today())
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
            _assign(action, clean)
            session.add(action)
            _touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "audit_action",
                action.id,
                {"finding": finding.number, **_fields(action)},
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
            before = _fields(action)
            clean = _validated(session, data, self.clock.today())
            _assign(action, clean)
            _touch(session, action, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "audit_action",
                action.id,
                trail.changes(before, _fields(action)),
            )
            return action_info(session, action)

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
            _touch(session, action, self.clock.today())
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
            _touch(session, action, self.clock.today())
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
            _add_note(session, actor, self.clock, action, tr("再開: {r}").format(r=reason))
            _touch(session, action, self.clock.today())
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
            _touch(session, action, self.clock.today())
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
            action = _get(session, action_id)
            if action.withdrawn:
                raise SecdeskError(tr("取り消された処置には経過を記録できません。"))
            note = _add_note(session, actor, self.clock, action, text, day)
            return NoteInfo(note.id, note.noted_on, note.text, note.author, note.created_at)

    # --- evidence ----------------------------------------------------------------------------

    def add_evidence(
        self, actor: Actor, action_id: int, filename: str, content: bytes, note: str = ""
    ) -> EvidenceInfo:
        actor.require(Permission.EDIT_AUDITS)
        name = clean_line(Path(filename.replace("\\", "/")).name)[:255]
        if not name:
            raise ValidationError(Problem(tr("ファイル名がありません。"), "filename"))
        if not content:
            raise ValidationError(Problem(tr("空のファイルは証跡にできません。"), "filename"))
        if len(content) > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                Problem(
                    tr("証跡ファイルは{mb} MB以下にしてください。").format(
                        mb=MAX_EVIDENCE_BYTES // (1024 * 1024)
                    ),
                    "filename",
                )
            )
        with self.db.write() as session:
            action = _get(session, action_id)
            if action.withdrawn:
                raise SecdeskError(tr("取り消された処置には証跡を追加できません。"))
            evidence = ActionEvidence(
                action_id=action.id,
                filename=name,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                note=clean_line(note)[:500],
                added_by=actor.username,
                added_at=self.clock.now(),
                withdrawn=False,
                withdrawn_reason="",
            )
            session.add(evidence)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "add_evidence",
                "audit_action",
                action.id,
                {
                    "evidence": evidence.id,
                    "file": name,
                    "bytes": evidence.size,
                    "sha256": evidence.sha256,
                },
            )
            return _evidence_info(evidence)

    def withdraw_evidence(self, actor: Actor, evidence_id: int, reason: str) -> EvidenceInfo:
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            evidence = _get_evidence(session, evidence_id)
            evidence.withdrawn, evidence.withdrawn_reason = True, reason
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "audit_evidence",
                evidence.id,
                {"file": evidence.filename, "reason": reason},
            )
            return _evidence_info(evidence)

    def save_evidence(self, actor: Actor, evidence_id: int, path: Path | str):
        """Write an evidence file out (an export: in the trail), after checking its SHA-256."""
        from secdesk.domain.errors import EnvironmentProblem
        from secdesk.services.exports import exporting

        with self.db.read() as session:
            actor.require(Permission.READ)
            evidence = _get_evidence(session, evidence_id)
            content, expected, name = evidence.content, evidence.sha256, evidence.filename
        if hashlib.sha256(content).hexdigest() != expected:
            raise EnvironmentProblem(
                tr(
                    "証跡ファイル「{name}」の内容が登録時と一致しません（SHA-256 不一致）。データベースの破損か改ざんの可能性があります。"
                ).format(name=name)
            )
        filters = {"evidence": evidence_id, "file": name, "sha256": expected}
        with exporting(self.db, self.clock, actor, "audit_evidence", path, filters) as (
            temp,
            record,
        ):
            Path(temp).write_bytes(content)
            record.rows = 1
        return record

    # --- helpers -----------------------------------------------------------------------------

    def _editable(
        self, session: Session, action_id: int, expected_version: int, mine: dict
    ) -> CorrectiveAction:
        action = _get(session, action_id)
        if action.withdrawn:
            raise SecdeskError(tr("取り消された処置は変更できません。"))
        check_version(
            "audit_action",
            action,
            expected_version,
            {k: v for k, v in mine.items()},
            _fields(action),
            tr("他の利用者がこの是正処置を先に更新しました。"),
        )
        return action


def _get(session: Session, action_id: int) -> CorrectiveAction:
    return require_found(session.get(CorrectiveAction, action_id), tr("是正処置が見つかりません。"))


def _get_evidence(session: Session, evidence_id: int) -> ActionEvidence:
    return require_found(session.get(ActionEvidence, evidence_id), tr("証跡が見つかりません。"))


def _evidence_info(e: ActionEvidence) -> EvidenceInfo:
    return EvidenceInfo(
        e.id,
        e.filename,
        e.size,
        e.sha256,
        e.note,
        e.added_by,
        e.added_at,
        e.withdrawn,
        e.withdrawn_reason,
    )


def _add_note(
    session: Session,
    actor: Actor,
    clock: Clock,
    action: CorrectiveAction,
    text: str,
    day: date | None = None,
) -> ActionNote:
    note = ActionNote(
        action_id=action.id,
        noted_on=day or clock.today(),
        text=text,
        author=actor.username,
        created_at=clock.now(),
    )
    session.add(note)
    session.flush()
    latest = max(filter(None, (action.last_note_on, note.noted_on)))
    # A note is no edit of the action itself: keep its version so open forms can still save.
    session.execute(
        update(CorrectiveAction).where(CorrectiveAction.id == action.id).values(last_note_on=latest)
    )
    session.expire(action, ["last_note_on"])
    trail.record(
        session,
        actor,
        clock,
        "add_note",
        "audit_action",
        action.id,
        {"note": note.id, "noted_on": note.noted_on, "text": text},
    )
    return note


def _assign(action: CorrectiveAction, data: ActionInput) -> None:
    action.plan, action.owner_department_id = data.plan, data.owner_department_id
    action.owner_staff_id, action.owner_name = data.owner_staff_id, data.owner_name
    action.due_date, action.status, action.completed_on = (
        data.due_date,
        data.status,
        data.completed_on,
    )


def _validated(session: Session, data: ActionInput, today: date) -> ActionInput:
    clean = replace(data, plan=clean_multiline(data.plan), owner_name=clean_line(data.owner_name))
    problems = []
    if not clean.plan:
        problems.append(Problem(tr("是正処置の内容を入力してください。"), "plan"))
    if clean.owner_department_id is None:
        problems.append(Problem(tr("担当所属を選んでください。"), "owner_department_id"))
    elif session.get(Department, clean.owner_department_id) is None:
        problems.append(Problem(tr("担当所属が見つかりません。"), "owner_department_id"))
    if clean.owner_staff_id is not None:
        staff = session.get(Staff, clean.owner_staff_id)
        if staff is None:
            problems.append(Problem(tr("担当者が見つかりません。"), "owner_name"))
        elif not clean.owner_name:
            clean = replace(clean, owner_name=staff.name)
    if len(clean.owner_name) > 100:
        problems.append(Problem(tr("担当者は100文字以内で入力してください。"), "owner_name"))
    if clean.due_date is None:
        problems.append(Problem(tr("期限を入力してください。"), "due_date"))
    if clean.status not in _EDITABLE:
        problems.append(
            Problem(tr("状態は「未着手」「対応中」「完了」から選んでください。"), "status")
        )
    if clean.status == ActionStatus.DONE:
        clean = replace(clean, completed_on=clean.completed_on or today)
        if clean.completed_on > today:
            problems.append(Problem(tr("完了日に未来の日付は入力できません。"), "completed_on"))
    else:
        clean = replace(clean, completed_on=None)
    if problems:
        raise ValidationError(problems)
    return clean
