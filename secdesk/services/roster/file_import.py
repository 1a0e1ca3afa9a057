"""The April personnel file: compare it with the roster, show the difference, apply it whole.

`plan()` reads nothing but the database and writes nothing: it classifies each line as new,
moved, changed, leaving, unchanged or wrong. `apply()` recomputes the plan inside one write
transaction and writes all of it, or nothing when any line is wrong (unless the user chose to
import only the good lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import kana_sort_key, search_key
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.roster.assignments import deactivate, move_staff, open_assignments
from secdesk.services.roster.departments import ensure_employment_type
from secdesk.services.roster.import_plan import (  # noqa: F401 - the plan's names are part of this API
    CHANGED,
    KIND_LABELS,
    LEAVING,
    MOVED,
    NEW,
    UNCHANGED,
    RosterChange,
    RosterPlan,
    make_plan,
)
from secdesk.store.models import Assignment, Department, EmploymentType, Staff

if TYPE_CHECKING:  # the file readers load when a file is read, not at start-up
    from secdesk.io.tabular import Table


@dataclass(frozen=True)
class RosterImportResult:
    counts: dict[str, int]
    departments_created: int
    skipped_lines: int


class RosterImportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def plan(
        self,
        actor: Actor,
        table: Table,
        effective: date | None = None,
        mapping: dict[str, str] | None = None,
        deactivate_missing: bool = False,
    ) -> RosterPlan:
        actor.require(Permission.EDIT_ROSTER)
        with self.db.read() as session:
            return make_plan(
                session, table, effective or self.clock.today(), mapping, deactivate_missing
            )

    def apply(
        self,
        actor: Actor,
        table: Table,
        effective: date | None = None,
        mapping: dict[str, str] | None = None,
        deactivate_missing: bool = False,
        only_good_rows: bool = False,
    ) -> RosterImportResult:
        actor.require(Permission.EDIT_ROSTER)
        day = effective or self.clock.today()
        with self.db.write() as session:
            plan = make_plan(session, table, day, mapping, deactivate_missing)
            if plan.errors and (not only_good_rows or any(p.line is None for p in plan.errors)):
                raise ValidationError(plan.errors)
            created = _write(session, actor, self.clock, plan)
            trail.record(
                session,
                actor,
                self.clock,
                "import",
                "staff",
                None,
                {
                    "file": table.source,
                    "effective": day,
                    "counts": plan.counts(),
                    "skipped_lines": sorted({p.line for p in plan.errors if p.line}),
                    "deactivate_missing": deactivate_missing,
                },
            )
            return RosterImportResult(plan.counts(), created, len({p.line for p in plan.errors}))


def _write(session: Session, actor: Actor, clock: Clock, plan: RosterPlan) -> int:
    now, day = clock.now(), plan.effective
    events: list[trail.TrailEvent] = []
    departments = _write_departments(session, plan, events)
    types = {
        name: ensure_employment_type(session, actor, clock, name).id
        for name in plan.new_employment_types
    }
    types.update({t.name: t.id for t in session.scalars(select(EmploymentType))})
    staff_by_id = (
        {
            s.id: s
            for s in session.scalars(
                select(Staff).where(Staff.id.in_([c.staff_id for c in plan.changes if c.staff_id]))
            )
        }
        if any(c.staff_id for c in plan.changes)
        else {}
    )

    new_rows, moves, leavers = [], [], []
    for change in plan.changes:
        dept_id = departments[change.department_code].id if change.department_code else None
        if change.kind == NEW:
            new_rows.append(_new_staff_row(change, dept_id, types, now))
        elif change.kind in (MOVED, CHANGED):
            staff = staff_by_id[change.staff_id]
            values = change.values
            staff.name, staff.name_key = change.name, search_key(change.name)
            for key in ("kana", "title", "email"):
                if values.get(key) is not None:
                    setattr(staff, key, values[key])
            staff.kana_key, staff.email_key = kana_sort_key(staff.kana), staff.email.casefold()
            if values.get("employment_type"):
                staff.employment_type_id = types[values["employment_type"]]
            details = {k: list(v) for k, v in change.changes.items()}
            if change.kind == MOVED or not staff.active:
                moves.append((staff, dept_id))
            if change.kind == MOVED:
                details["department"] = [change.old_department, change.department_name]
            staff.active, staff.left_on = True, None
            details["effective"] = day
            events.append(trail.TrailEvent("update", "staff", staff.id, details))
        elif change.kind == LEAVING:
            staff = staff_by_id[change.staff_id]
            leavers.append(staff)
    with session.no_autoflush:
        current = open_assignments(session, [s.id for s, _ in moves] + [s.id for s in leavers])
        for staff in leavers:
            deactivate(session, staff, day, current.get(staff.id))
            events.append(
                trail.TrailEvent(
                    "deactivate",
                    "staff",
                    staff.id,
                    {"active": [True, False], "left_on": staff.left_on},
                )
            )
        for staff, dept_id in moves:
            move_staff(session, staff, dept_id, day, current.get(staff.id))
    session.flush()
    if new_rows:
        session.execute(insert(Staff), new_rows)
        numbers = {r["staff_number"] for r in new_rows}
        ids = {
            n: i for n, i in session.execute(select(Staff.staff_number, Staff.id)) if n in numbers
        }
        session.execute(
            insert(Assignment),
            [
                {
                    "staff_id": ids[r["staff_number"]],
                    "department_id": r["department_id"],
                    "start_date": day,
                    "created_at": now,
                    "updated_at": now,
                }
                for r in new_rows
            ],
        )
        events.extend(
            trail.TrailEvent(
                "create",
                "staff",
                ids[r["staff_number"]],
                {
                    k: r[k]
                    for k in ("staff_number", "name", "kana", "title", "email", "department_id")
                },
            )
            for r in new_rows
        )
    trail.record_many(session, actor, clock, events)
    return len(plan.new_departments)


def _write_departments(
    session: Session, plan: RosterPlan, events: list[trail.TrailEvent]
) -> dict[str, Department]:
    for code, name in plan.new_departments.items():
        session.add(
            Department(
                code=code,
                name=name,
                name_key=search_key(name),
                owns_systems=False,
                active=True,
                sort_order=0,
            )
        )
    session.flush()
    departments = {d.code: d for d in session.scalars(select(Department))}
    events.extend(
        trail.TrailEvent("create", "department", departments[code].id, {"code": code, "name": name})
        for code, name in plan.new_departments.items()
    )
    for code, (old, new) in plan.renamed_departments.items():
        dept = departments[code]
        dept.name, dept.name_key = new, search_key(new)
        events.append(trail.TrailEvent("update", "department", dept.id, {"name": [old, new]}))
    return departments


def _new_staff_row(
    change: RosterChange, dept_id: int | None, types: dict[str, int], now
) -> dict[str, object]:
    values = change.values
    kana, email = values.get("kana") or "", values.get("email") or ""
    return {
        "staff_number": change.staff_number,
        "name": change.name,
        "name_key": search_key(change.name),
        "kana": kana,
        "kana_key": kana_sort_key(kana),
        "title": values.get("title") or "",
        "email": email,
        "email_key": email.casefold(),
        "employment_type_id": types.get(values.get("employment_type") or ""),
        "active": True,
        "joined_on": None,
        "department_id": dept_id,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }
