"""Findings (指摘事項): what an audit found, where, how serious, and the link to last year's.

A finding's status is never typed in: `refresh_finding` derives it from the rating and the
corrective actions with the domain's closing rule, in the same transaction as every change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    FINDING_STATUS_LABELS,
    ActionFacts,
    FindingStatus,
    finding_is_open,
    finding_status,
    next_due,
)
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline, search_key
from secdesk.i18n import tr
from secdesk.services.audits import common as audit_common
from secdesk.services.audits.finding_history import (
    HistoryEntry,
    finding_history,
    recurrence_candidates,
)
from secdesk.services.audits.service import get_audit
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.editing import check_version, require_found
from secdesk.store.models import (
    Audit,
    AuditRating,
    ChecklistItem,
    CorrectiveAction,
    Department,
    Finding,
)


@dataclass(frozen=True)
class FindingInput:
    audit_id: int
    title: str
    rating_id: int
    department_id: int | None = None
    item_id: int | None = None
    description: str = ""
    risk: str = ""
    recommendation: str = ""
    recurrence_of_id: int | None = None


@dataclass(frozen=True)
class FindingInfo:
    id: int
    number: str
    fiscal_year: int
    audit_id: int
    audit_label: str
    title: str
    rating_id: int
    rating: str
    department_id: int | None
    department: str
    item_id: int | None
    item_code: str
    item_text: str
    description: str
    risk: str
    recommendation: str
    recurrence_of_id: int | None
    recurrence_number: str
    status: str
    next_due: date | None
    action_count: int
    closed_on: date | None
    withdrawn_reason: str
    version: int

    @property
    def status_label(self) -> str:
        return tr(FINDING_STATUS_LABELS[FindingStatus(self.status)])

    @property
    def is_open(self) -> bool:
        return finding_is_open(self.status)

    def as_input(self) -> FindingInput:
        return FindingInput(
            self.audit_id,
            self.title,
            self.rating_id,
            self.department_id,
            self.item_id,
            self.description,
            self.risk,
            self.recommendation,
            self.recurrence_of_id,
        )


def _fields(finding: Finding) -> dict[str, object]:
    return {
        "audit_id": finding.audit_id,
        "title": finding.title,
        "rating_id": finding.rating_id,
        "department_id": finding.department_id,
        "item_id": finding.item_id,
        "description": finding.description,
        "risk": finding.risk,
        "recommendation": finding.recommendation,
        "recurrence_of_id": finding.recurrence_of_id,
    }


def finding_search_key(finding: Finding) -> str:
    return search_key(
        " ".join(
            (
                finding.number,
                finding.title,
                finding.description,
                finding.risk,
                finding.recommendation,
            )
        )
    )


def refresh_finding(session: Session, finding: Finding, today: date) -> None:
    """Recompute what the lists filter on from the actions, by the domain's closing rule."""
    session.flush()
    actions = session.execute(
        select(
            CorrectiveAction.status,
            CorrectiveAction.due_date,
            CorrectiveAction.verified_at,
            CorrectiveAction.risk_reason,
            CorrectiveAction.risk_approver,
            CorrectiveAction.withdrawn,
        ).where(CorrectiveAction.finding_id == finding.id)
    ).all()
    requires = session.scalar(
        select(AuditRating.requires_action).where(AuditRating.id == finding.rating_id)
    )
    facts = [ActionFacts(s, v is not None, r, a, w) for s, _d, v, r, a, w in actions]
    status = finding_status(
        bool(requires), facts, withdrawn=finding.status == FindingStatus.WITHDRAWN
    )
    values = {
        "status": status.value,
        "next_due": next_due([(s, d, w) for s, d, _v, _r, _a, w in actions]),
        "action_count": sum(1 for a in facts if not a.withdrawn),
        "closed_on": (finding.closed_on or today) if status == FindingStatus.CLOSED else None,
    }
    # A derived change is no edit of the person's: write it without bumping the version, so
    # that someone who has the finding open can still save their own changes.
    session.execute(update(Finding).where(Finding.id == finding.id).values(**values))
    session.expire(finding)


def info(session: Session, finding: Finding) -> FindingInfo:
    audit = session.get(Audit, finding.audit_id)
    rating = session.get(AuditRating, finding.rating_id)
    dept = session.get(Department, finding.department_id) if finding.department_id else None
    item = session.get(ChecklistItem, finding.item_id) if finding.item_id else None
    earlier = session.get(Finding, finding.recurrence_of_id) if finding.recurrence_of_id else None
    return FindingInfo(
        finding.id,
        finding.number,
        finding.fiscal_year,
        finding.audit_id,
        f"{audit.number} {audit.title}" if audit else "",
        finding.title,
        finding.rating_id,
        rating.name if rating else "",
        finding.department_id,
        dept.name if dept else "",
        finding.item_id,
        item.code if item else "",
        item.text if item else "",
        finding.description,
        finding.risk,
        finding.recommendation,
        finding.recurrence_of_id,
        earlier.number if earlier else "",
        finding.status,
        finding.next_due,
        finding.action_count,
        finding.closed_on,
        finding.withdrawn_reason,
        finding.version,
    )


def get_finding(session: Session, finding_id: int) -> Finding:
    return require_found(session.get(Finding, finding_id), tr("指摘事項が見つかりません。"))


def new_finding(session: Session, actor: Actor, data: FindingInput, today: date) -> Finding:
    """Add a validated finding (shared by the form and by "findings from いいえ")."""
    audit = get_audit(session, data.audit_id)
    finding = Finding(
        number=audit_common.next_number(session, audit.fiscal_year, audit_common.FINDING_PREFIX),
        fiscal_year=audit.fiscal_year,
        status=FindingStatus.OPEN,
        action_count=0,
        withdrawn_reason="",
        created_by=actor.username,
    )
    _assign(finding, data)
    finding.search_key = finding_search_key(finding)
    session.add(finding)
    session.flush()
    refresh_finding(session, finding, today)
    return finding


class FindingService:
    """Findings of every audit: adding, editing, withdrawing, and their history over the years."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def get(self, actor: Actor, finding_id: int) -> FindingInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return info(session, get_finding(session, finding_id))

    def create(self, actor: Actor, data: FindingInput) -> FindingInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            clean = _validated(session, data, None)
            finding = new_finding(session, actor, clean, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "audit_finding",
                finding.id,
                {"number": finding.number, **_fields(finding)},
            )
            return info(session, finding)

    def update(
        self, actor: Actor, finding_id: int, expected_version: int, data: FindingInput
    ) -> FindingInfo:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            finding = get_finding(session, finding_id)
            if finding.status == FindingStatus.WITHDRAWN:
                raise SecdeskError(tr("取り消された指摘事項は変更できません。"))
            before = _fields(finding)
            mine = {**before, **{k: v for k, v in data.__dict__.items()}}
            check_version(
                "audit_finding",
                finding,
                expected_version,
                mine,
                before,
                tr("他の利用者がこの指摘事項を先に更新しました。"),
            )
            clean = _validated(session, data, finding)
            _assign(finding, clean)
            finding.search_key = finding_search_key(finding)
            session.flush()
            refresh_finding(session, finding, self.clock.today())
            trail.record(
                session,
                actor,
                self.clock,
                "update",
                "audit_finding",
                finding.id,
                trail.changes(before, _fields(finding)),
            )
            return info(session, finding)

    def withdraw(
        self, actor: Actor, finding_id: int, expected_version: int, reason: str
    ) -> FindingInfo:
        """取消 with a reason; its live corrective actions are withdrawn with it."""
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            finding = get_finding(session, finding_id)
            check_version("audit_finding", finding, expected_version, {"withdrawn": True}, {})
            finding.status, finding.withdrawn_reason = FindingStatus.WITHDRAWN, reason
            actions = list(
                session.scalars(
                    select(CorrectiveAction).where(
                        CorrectiveAction.finding_id == finding.id,
                        CorrectiveAction.withdrawn.is_(False),
                    )
                )
            )
            events = [trail.TrailEvent("withdraw", "audit_finding", finding.id, {"reason": reason})]
            for action in actions:
                action.withdrawn, action.withdrawn_reason = True, reason
                events.append(
                    trail.TrailEvent("withdraw", "audit_action", action.id, {"reason": reason})
                )
            session.flush()
            refresh_finding(session, finding, self.clock.today())
            trail.record_many(session, actor, self.clock, events)
            return info(session, finding)

    def recurrence_candidates(
        self, actor: Actor, fiscal_year: int, department_id: int | None, item_code: str = ""
    ) -> list[HistoryEntry]:
        """Earlier years' findings of the same department (same item first), newest first."""
        actor.require(Permission.READ)
        if department_id is None:
            return []
        with self.db.read() as session:
            return recurrence_candidates(session, fiscal_year, department_id, item_code)

    def list_source(self):
        from secdesk.services.audits.lists import FindingListSource

        return FindingListSource(self.db, self.clock)

    def history(self, actor: Actor, finding_id: int) -> list[HistoryEntry]:
        """Every year of a recurring finding, oldest first (this one included)."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return finding_history(session, finding_id)


def _assign(finding: Finding, data: FindingInput) -> None:
    finding.audit_id, finding.title, finding.rating_id = data.audit_id, data.title, data.rating_id
    finding.department_id, finding.item_id = data.department_id, data.item_id
    finding.description, finding.risk = data.description, data.risk
    finding.recommendation, finding.recurrence_of_id = data.recommendation, data.recurrence_of_id


def _validated(session: Session, data: FindingInput, existing: Finding | None) -> FindingInput:
    clean = replace(
        data,
        title=clean_line(data.title),
        description=clean_multiline(data.description),
        risk=clean_multiline(data.risk),
        recommendation=clean_multiline(data.recommendation),
    )
    problems = []
    audit = session.get(Audit, clean.audit_id)
    if audit is None or audit.withdrawn:
        problems.append(Problem(tr("監査を選んでください。"), "audit_id"))
    elif (
        existing is not None
        and existing.audit_id != clean.audit_id
        and audit.fiscal_year != existing.fiscal_year
    ):
        problems.append(
            Problem(tr("年度の異なる監査には移せません（番号が年度ごとのため）。"), "audit_id")
        )
    if not clean.title:
        problems.append(Problem(tr("件名を入力してください。"), "title"))
    elif len(clean.title) > 200:
        problems.append(Problem(tr("件名は200文字以内で入力してください。"), "title"))
    rating = session.get(AuditRating, clean.rating_id) if clean.rating_id else None
    if rating is None or (
        not rating.active and (existing is None or existing.rating_id != rating.id)
    ):
        problems.append(Problem(tr("評価を選んでください。"), "rating_id"))
    if clean.department_id is not None and session.get(Department, clean.department_id) is None:
        problems.append(Problem(tr("所属が見つかりません。"), "department_id"))
    if clean.item_id is not None:
        item = session.get(ChecklistItem, clean.item_id)
        if item is None or (audit is not None and item.checklist_id != audit.checklist_id):
            problems.append(Problem(tr("この監査のチェックリストにない項目です。"), "item_id"))
    if clean.recurrence_of_id is not None:
        earlier = session.get(Finding, clean.recurrence_of_id)
        if (
            earlier is None
            or (existing is not None and earlier.id == existing.id)
            or (audit is not None and earlier.fiscal_year >= audit.fiscal_year)
        ):
            problems.append(
                Problem(tr("前年度以前の指摘事項を選んでください。"), "recurrence_of_id")
            )
    if problems:
        raise ValidationError(problems)
    return clean
