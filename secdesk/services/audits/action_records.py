"""The corrective-action records people see, and the helpers every action service shares:
lookups, validation, progress notes, and keeping the derived columns and the finding in step."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    ACTION_STATUS_LABELS,
    ActionFacts,
    ActionStatus,
    DueState,
    action_closed,
    action_pending,
    due_state,
)
from secdesk.domain.errors import Problem, ValidationError
from secdesk.domain.roles import Permission, Role
from secdesk.domain.text import clean_line, clean_multiline, search_key
from secdesk.i18n import tr
from secdesk.services.audits.findings import get_finding, refresh_finding
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import require_found
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


def action_fields(action: CorrectiveAction) -> dict[str, object]:
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


def is_closed(action: CorrectiveAction) -> bool:
    return action_closed(
        ActionFacts(
            action.status,
            action.verified_at is not None,
            action.risk_reason,
            action.risk_approver,
            action.withdrawn,
        )
    )


def touch(session: Session, action: CorrectiveAction, today: date) -> None:
    """Keep the action's derived columns and its finding's status in step."""
    finding = get_finding(session, action.finding_id)
    action.closed = is_closed(action)
    action.search_key = search_key(
        " ".join((finding.number, finding.title, action.plan, action.owner_name))
    )
    session.flush()
    refresh_finding(session, finding, today)


def get_action(session: Session, action_id: int) -> CorrectiveAction:
    return require_found(session.get(CorrectiveAction, action_id), tr("是正処置が見つかりません。"))


def get_evidence(session: Session, evidence_id: int) -> ActionEvidence:
    return require_found(session.get(ActionEvidence, evidence_id), tr("証跡が見つかりません。"))


def evidence_info(e: ActionEvidence) -> EvidenceInfo:
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


def add_note_row(
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


def assign(action: CorrectiveAction, data: ActionInput) -> None:
    action.plan, action.owner_department_id = data.plan, data.owner_department_id
    action.owner_staff_id, action.owner_name = data.owner_staff_id, data.owner_name
    action.due_date, action.status, action.completed_on = (
        data.due_date,
        data.status,
        data.completed_on,
    )


def validated(session: Session, data: ActionInput, today: date) -> ActionInput:
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
