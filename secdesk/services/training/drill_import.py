"""Importing a GoPhish campaign's results into a drill.

People are matched by e-mail address. Addresses that match nobody (contractors, shared
mailboxes) are listed and skipped: they do not refuse the file. A malformed row does. A later
results file of the same campaign only moves people forward (a click is never undone).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.training import (
    DrillStage,
    flags_of,
    later_stage,
    stage_from_flags,
    stage_label,
)
from secdesk.i18n import tr
from secdesk.io.gophish import GophishRow, read_results
from secdesk.io.tabular import Table
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.training.courses import CourseInfo, course_info, open_course
from secdesk.services.training.targets import after_bulk_insert, bulk_insert, is_drill
from secdesk.store.models import DrillResult, Staff

CHUNK = 5000


@dataclass(frozen=True)
class DrillEntry:
    line: int
    staff_id: int
    staff_number: str
    name: str
    stage: DrillStage
    reported: bool
    sent_at: datetime | None
    last_event_at: datetime | None
    error: bool
    result_id: int | None = None  # an earlier import's row for this person


@dataclass
class DrillPlan:
    course: CourseInfo
    rows_read: int = 0
    new: list[DrillEntry] = field(default_factory=list)
    updated: list[DrillEntry] = field(default_factory=list)
    unchanged: int = 0
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, address)
    ambiguous: list[tuple[int, str]] = field(default_factory=list)
    errors: list = field(default_factory=list)
    stages: Counter = field(default_factory=Counter)
    reported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        parts = [f"{stage_label(s)} {self.stages.get(s, 0)}" for s in DrillStage]
        return tr(
            "新規 {new} / 更新 {updated} / 変更なし {same} / 該当なし {unmatched} / エラー {errors}"
        ).format(
            new=len(self.new),
            updated=len(self.updated),
            same=self.unchanged,
            unmatched=len(self.unmatched) + len(self.ambiguous),
            errors=len(self.errors),
        ) + tr("（{stages}）").format(
            stages=" / ".join(parts) + tr(" / 報告 {n}").format(n=self.reported)
        )


@dataclass(frozen=True)
class DrillImportResult:
    created: int
    updated: int
    unmatched: int
    import_seq: int


def _match(session: Session, rows: list[GophishRow]) -> dict[str, list[tuple[int, str, str, bool]]]:
    keys = {r.email_key for r in rows}
    found: dict[str, list[tuple[int, str, str, bool]]] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = list(keys)[start : start + CHUNK]
        for sid, number, name, active, key in session.execute(
            select(Staff.id, Staff.staff_number, Staff.name, Staff.active, Staff.email_key).where(
                Staff.email_key.in_(chunk)
            )
        ):
            found.setdefault(key, []).append((sid, number, name, active))
    return found


def _make_plan(session: Session, course_id: int, table: Table) -> DrillPlan:
    course = open_course(session, course_id)
    if not is_drill(course):
        raise ValidationError(
            tr("GoPhish の結果は「標的型攻撃メール訓練」の研修にだけ取り込めます。")
        )
    plan = DrillPlan(course_info(course), len(table.rows))
    rows, plan.errors = read_results(table)
    if plan.errors:
        return plan
    people = _match(session, rows)
    existing = {
        r.staff_id: r
        for r in session.scalars(select(DrillResult).where(DrillResult.course_id == course.id))
    }
    for row in rows:
        candidates = people.get(row.email_key, [])
        if len(candidates) > 1:
            # One address on several people: an active member of staff is the one meant.
            candidates = [c for c in candidates if c[3]] or candidates
        if not candidates:
            plan.unmatched.append((row.line, row.email))
            continue
        if len(candidates) > 1:
            plan.ambiguous.append((row.line, row.email))
            continue
        staff_id, number, name, _ = candidates[0]
        entry = DrillEntry(
            row.line,
            staff_id,
            number,
            name,
            row.stage,
            row.reported,
            row.sent_at,
            row.modified_at,
            row.error,
        )
        plan.stages[row.stage] += 1
        plan.reported += int(row.reported)
        old = existing.get(staff_id)
        if old is None:
            plan.new.append(entry)
            continue
        old_stage = stage_from_flags(old.sent, old.opened, old.clicked, old.submitted)
        merged = later_stage(old_stage, row.stage)
        if merged == old_stage and (old.reported or not row.reported):
            plan.unchanged += 1
            continue
        plan.updated.append(
            DrillEntry(
                row.line,
                staff_id,
                number,
                name,
                merged,
                old.reported or row.reported,
                old.sent_at or row.sent_at,
                max((t for t in (old.last_event_at, row.modified_at) if t), default=None),
                row.error and merged == DrillStage.NOT_SENT,
                old.id,
            )
        )
    return plan


class DrillImportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def plan(self, actor: Actor, course_id: int, table: Table) -> DrillPlan:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.read() as session:
            return _make_plan(session, course_id, table)

    def apply(self, actor: Actor, course_id: int, table: Table) -> DrillImportResult:
        actor.require(Permission.EDIT_TRAINING)
        with self.db.write() as session:
            plan = _make_plan(session, course_id, table)
            if plan.errors:
                raise ValidationError(plan.errors)
            seq = trail.record(
                session,
                actor,
                self.clock,
                "import",
                "drill_result",
                course_id,
                {
                    "course": plan.course.code,
                    "fiscal_year": plan.course.fiscal_year,
                    "file": table.source,
                    "rows": plan.rows_read,
                    "created": len(plan.new),
                    "updated": len(plan.updated),
                    "unmatched": [address for _, address in plan.unmatched + plan.ambiguous],
                    "stages": {s.value: plan.stages.get(s, 0) for s in DrillStage},
                    "reported": plan.reported,
                },
            )
            now = self.clock.now()
            rows = [
                {
                    "course_id": course_id,
                    "staff_id": e.staff_id,
                    **flags_of(e.stage),
                    "reported": e.reported,
                    "sent_at": e.sent_at,
                    "last_event_at": e.last_event_at,
                    "send_error": e.error,
                    "import_seq": seq,
                    "created_at": now,
                    "updated_at": now,
                }
                for e in plan.new
            ]
            bulk_insert(session, DrillResult.__table__, rows)
            after_bulk_insert(session, "drill_result", len(rows))
            for entry in plan.updated:
                result = session.get(DrillResult, entry.result_id)
                for flag, value in flags_of(entry.stage).items():
                    setattr(result, flag, value)
                result.reported, result.sent_at = entry.reported, entry.sent_at
                result.last_event_at, result.send_error = entry.last_event_at, entry.error
                result.import_seq = seq
            return DrillImportResult(
                len(plan.new),
                len(plan.updated),
                len(plan.unmatched) + len(plan.ambiguous),
                seq,
            )
