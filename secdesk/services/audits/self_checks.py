"""Self-inspection (自己点検): answers per department and item, answer rates, いいえ → findings.

Coordinators type the answers in, or send each department its sheet (an .xlsx with one sheet
per department, see `export_sheets`) and import what comes back (`plan_import`/`apply_import`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secdesk.domain.audits import (
    ANSWER_LABELS,
    Answer,
    AuditKind,
    answer_rate,
    applies,
)
from secdesk.domain.errors import Problem, SecdeskError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.audits.checklists import ItemInfo, item_info
from secdesk.services.audits.self_check_answers import (
    AnswerChange,
    applicable_items,
    store_answers,
    writable_self_check,
)
from secdesk.services.audits.service import get_audit, scope_of
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import Audit, ChecklistItem, Department, SelfCheckAnswer


@dataclass(frozen=True)
class DepartmentRate:
    department_id: int
    code: str
    name: str
    owns_systems: bool
    expected: int
    answered: int
    yes: int = 0
    no: int = 0
    not_applicable: int = 0
    last_answered_at: datetime | None = None

    @property
    def rate(self) -> float | None:
        return answer_rate(self.answered, self.expected)

    @property
    def complete(self) -> bool:
        return self.expected > 0 and self.answered >= self.expected


@dataclass(frozen=True)
class AnswerRow:
    item: ItemInfo
    answer: str | None
    comment: str
    answered_by: str
    answered_at: datetime | None
    version: int | None  # None: never answered
    finding_id: int | None

    @property
    def answer_label(self) -> str:
        return tr(ANSWER_LABELS[Answer(self.answer)]) if self.answer else ""


@dataclass
class SelfCheckSummary:
    fiscal_year: int
    expected: int = 0
    answered: int = 0
    departments: int = 0
    incomplete_departments: int = 0
    audit_ids: list[int] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return answer_rate(self.answered, self.expected)


def department_rates(session: Session, audit: Audit) -> list[DepartmentRate]:
    """Per department in scope: applicable items, answered ones, and how they were answered."""
    scope = scope_of(session, audit.id)
    if not scope or audit.checklist_id is None:
        return []
    counts = dict(
        session.execute(
            select(ChecklistItem.applies_to, func.count())
            .where(ChecklistItem.checklist_id == audit.checklist_id)
            .group_by(ChecklistItem.applies_to)
        ).all()
    )
    answered: dict[int, dict[str, int]] = {}
    last: dict[int, datetime] = {}
    stmt = (
        select(
            SelfCheckAnswer.department_id,
            SelfCheckAnswer.answer,
            ChecklistItem.applies_to,
            func.count(),
            func.max(SelfCheckAnswer.answered_at),
        )
        .join(ChecklistItem, ChecklistItem.id == SelfCheckAnswer.item_id)
        .where(SelfCheckAnswer.audit_id == audit.id, SelfCheckAnswer.answer.is_not(None))
        .group_by(SelfCheckAnswer.department_id, SelfCheckAnswer.answer, ChecklistItem.applies_to)
    )
    departments = {
        d.id: d for d in session.scalars(select(Department).where(Department.id.in_(scope)))
    }
    for dept_id, answer, applies_to, n, at in session.execute(stmt):
        dept = departments.get(dept_id)
        if dept is None or not applies(applies_to, dept.owns_systems):
            continue
        answered.setdefault(dept_id, {}).setdefault(answer, 0)
        answered[dept_id][answer] += n
        if at is not None and (dept_id not in last or at > last[dept_id]):
            last[dept_id] = at
    rates = []
    for dept in sorted(departments.values(), key=lambda d: (d.sort_order, d.code)):
        expected = counts.get("all", 0) + (counts.get("systems", 0) if dept.owns_systems else 0)
        by = answered.get(dept.id, {})
        rates.append(
            DepartmentRate(
                dept.id,
                dept.code,
                dept.name,
                dept.owns_systems,
                expected,
                sum(by.values()),
                by.get(Answer.YES, 0),
                by.get(Answer.NO, 0),
                by.get(Answer.NOT_APPLICABLE, 0),
                last.get(dept.id),
            )
        )
    return rates


def summary_for_year(session: Session, fiscal_year: int) -> SelfCheckSummary:
    """The answer rate over every live self-inspection of a fiscal year (dashboard tile)."""
    summary = SelfCheckSummary(fiscal_year)
    audits = session.scalars(
        select(Audit).where(
            Audit.fiscal_year == fiscal_year,
            Audit.kind == AuditKind.SELF_CHECK,
            Audit.withdrawn.is_(False),
        )
    )
    for audit in audits:
        summary.audit_ids.append(audit.id)
        for rate in department_rates(session, audit):
            summary.expected += rate.expected
            summary.answered += min(rate.answered, rate.expected)
            summary.departments += 1
            summary.incomplete_departments += not rate.complete
    return summary


class SelfCheckService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def rates(self, actor: Actor, audit_id: int) -> list[DepartmentRate]:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return department_rates(session, get_audit(session, audit_id))

    def summary(self, actor: Actor, fiscal_year: int) -> SelfCheckSummary:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return summary_for_year(session, fiscal_year)

    def answers(self, actor: Actor, audit_id: int, department_id: int) -> list[AnswerRow]:
        """Every item the department has to answer, with its answer so far."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            audit = get_audit(session, audit_id)
            department = session.get(Department, department_id)
            if audit.checklist_id is None or department is None:
                return []
            stored = {
                a.item_id: a
                for a in session.scalars(
                    select(SelfCheckAnswer).where(
                        SelfCheckAnswer.audit_id == audit.id,
                        SelfCheckAnswer.department_id == department.id,
                    )
                )
            }
            rows = []
            for item in applicable_items(session, audit, department):
                a = stored.get(item.id)
                rows.append(
                    AnswerRow(
                        item_info(item),
                        a.answer if a else None,
                        a.comment if a else "",
                        a.answered_by if a else "",
                        a.answered_at if a else None,
                        a.version if a else None,
                        a.finding_id if a else None,
                    )
                )
            return rows

    def save_answers(
        self, actor: Actor, audit_id: int, department_id: int, changes: list[AnswerChange]
    ) -> int:
        """Save what a coordinator entered for one department; returns the number changed."""
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            audit = writable_self_check(session, audit_id)
            department = session.get(Department, department_id)
            if department is None or department_id not in scope_of(session, audit.id):
                raise SecdeskError(tr("この所属は自己点検の対象ではありません。"))
            allowed = {i.id for i in applicable_items(session, audit, department)}
            problems = [
                Problem(tr("この所属が回答する項目ではありません。"), "answers")
                for c in changes
                if c.item_id not in allowed
            ]
            problems += [
                Problem(tr("回答は「はい」「いいえ」「該当なし」から選んでください。"), "answers")
                for c in changes
                if c.answer is not None and c.answer not in set(Answer)
            ]
            if problems:
                from secdesk.domain.errors import ValidationError

                raise ValidationError(problems[:1])
            events = store_answers(session, actor, self.clock, audit, department, changes)
            trail.record_many(session, actor, self.clock, events)
            return len(events)

    # Import, sheets and findings from いいえ live in self_check_import.py (module size).

    def plan_import(self, actor: Actor, audit_id: int, sheets, department_code: str = ""):
        from secdesk.services.audits.self_check_import import plan_import

        actor.require(Permission.EDIT_AUDITS)
        with self.db.read() as session:
            return plan_import(session, audit_id, sheets, department_code)

    def apply_import(
        self,
        actor: Actor,
        audit_id: int,
        sheets,
        department_code: str = "",
        only_good_rows: bool = False,
    ):
        from secdesk.services.audits.self_check_import import apply_import

        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            return apply_import(
                session, actor, self.clock, audit_id, sheets, department_code, only_good_rows
            )

    def export_sheets(self, actor: Actor, audit_id: int, path, label: str = ""):
        from secdesk.services.audits.self_check_import import export_sheets

        return export_sheets(self.db, self.clock, actor, audit_id, path, label)

    def proposals(self, actor: Actor, audit_id: int):
        from secdesk.services.audits.self_check_findings import proposals

        actor.require(Permission.READ)
        with self.db.read() as session:
            return proposals(session, audit_id)

    def create_findings(
        self,
        actor: Actor,
        audit_id: int,
        answer_ids: list[int] | None = None,
        rating_id: int | None = None,
    ) -> list[str]:
        """One finding per いいえ not yet turned into one; returns the new finding numbers."""
        from secdesk.services.audits.self_check_findings import create_findings

        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            return create_findings(session, actor, self.clock, audit_id, answer_ids, rating_id)
