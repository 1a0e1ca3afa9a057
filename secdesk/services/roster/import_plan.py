"""Comparing a personnel file with the roster: every line classified, every problem named.

Reads the database, writes nothing. The import service runs it again inside its write
transaction, so what is written is exactly what was checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.errors import Problem
from secdesk.domain.text import clean_line, normalize, normalize_code
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.io.roster_format import ACTIVE_WORDS, LEFT_WORDS, guess_mapping, mapping_problems
from secdesk.services.roster.staff import StaffInput, validate_staff_fields
from secdesk.store.models import Department, EmploymentType, Staff

if TYPE_CHECKING:  # the file readers load when a file is read, not at start-up
    from secdesk.io.tabular import Table

NEW, MOVED, CHANGED, LEAVING, UNCHANGED = "new", "moved", "changed", "leaving", "unchanged"
KIND_LABELS = {
    NEW: QT_TR_NOOP("新規"),
    MOVED: QT_TR_NOOP("異動"),
    CHANGED: QT_TR_NOOP("変更"),
    LEAVING: QT_TR_NOOP("退職"),
    UNCHANGED: QT_TR_NOOP("変更なし"),
}
_COMPARED = ("name", "kana", "title", "email", "employment_type")


@dataclass
class RosterChange:
    line: int | None  # None for people absent from a full roster
    kind: str
    staff_number: str
    name: str
    department_code: str = ""
    department_name: str = ""
    old_department: str = ""
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    staff_id: int | None = None
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class RosterPlan:
    effective: date
    changes: list[RosterChange] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    new_departments: dict[str, str] = field(default_factory=dict)
    renamed_departments: dict[str, tuple[str, str]] = field(default_factory=dict)
    new_employment_types: list[str] = field(default_factory=list)
    rows_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, int]:
        counter = Counter(change.kind for change in self.changes)
        return {kind: counter.get(kind, 0) for kind in KIND_LABELS}

    def summary(self) -> str:
        counts = self.counts()
        parts = [f"{tr(KIND_LABELS[k])} {counts[k]}" for k in KIND_LABELS]
        parts.append(tr("エラー {n}").format(n=len(self.errors)))
        return " / ".join(parts)


@dataclass
class _Existing:
    id: int
    number: str
    name: str
    kana: str
    title: str
    email: str
    employment_type: str
    department_id: int | None
    active: bool
    version: int


def _cell(table: Table, values: list[str], column: str | None) -> str | None:
    """The cell of a mapped column; None when the file has no such column."""
    if column is None:
        return None
    index = table.column(column)
    if index is None:
        return None
    return values[index].lstrip("'") if index < len(values) else ""


def make_plan(
    session: Session,
    table: Table,
    effective: date,
    mapping: dict[str, str] | None,
    deactivate_missing: bool,
) -> RosterPlan:
    plan = RosterPlan(effective=effective, rows_read=len(table.rows))
    mapping = dict(mapping) if mapping else guess_mapping(table.headers)
    plan.errors.extend(mapping_problems(table, mapping))
    if plan.errors:
        return plan

    departments = {d.code: d for d in session.scalars(select(Department))}
    dept_by_id = {d.id: d for d in departments.values()}
    types = {t.name: t for t in session.scalars(select(EmploymentType))}
    existing = {
        row.number: row
        for row in (
            _Existing(
                s.id,
                s.staff_number,
                s.name,
                s.kana,
                s.title,
                s.email,
                t or "",
                s.department_id,
                s.active,
                s.version,
            )
            for s, t in session.execute(
                select(Staff, EmploymentType.name).outerjoin(
                    EmploymentType, EmploymentType.id == Staff.employment_type_id
                )
            )
        )
    }
    seen: dict[str, int] = {}
    for row in table.rows:
        get = {key: _cell(table, row.values, mapping.get(key)) for key in mapping}
        data, problems = validate_staff_fields(
            StaffInput(
                staff_number=get.get("staff_number") or "",
                name=get.get("name") or "",
                kana=get.get("kana") or "",
                title=get.get("title") or "",
                email=get.get("email") or "",
            )
        )
        status = normalize(get.get("status")).upper() if get.get("status") is not None else ""
        if status not in ACTIVE_WORDS and status not in LEFT_WORDS:
            problems.append(
                Problem(
                    tr("在職欄は「在職」か「退職」で入力してください（「{v}」）。").format(
                        v=status
                    ),
                    "status",
                )
            )
        code = normalize_code(get.get("department_code"))
        dept_name = clean_line(get.get("department_name"))
        if not code:
            problems.append(Problem(tr("所属コードを入力してください。"), "department_code"))
        elif code not in departments and code not in plan.new_departments and not dept_name:
            problems.append(
                Problem(
                    tr("未登録の所属コード「{code}」です。所属名も入力してください。").format(
                        code=code
                    ),
                    "department_code",
                )
            )
        if data.staff_number:
            if data.staff_number in seen:
                problems.append(
                    Problem(
                        tr("職員番号「{n}」が{line}行目と重複しています。").format(
                            n=data.staff_number, line=seen[data.staff_number]
                        ),
                        "staff_number",
                    )
                )
            else:
                seen[data.staff_number] = row.line
        if problems:
            plan.errors.extend(Problem(p.message, p.field, row.line) for p in problems)
            continue
        if code not in departments:
            plan.new_departments.setdefault(code, dept_name)
        elif (
            dept_name
            and departments[code].name != dept_name
            and code not in plan.renamed_departments
        ):
            plan.renamed_departments[code] = (departments[code].name, dept_name)
        employment = (
            normalize(get.get("employment_type"))
            if get.get("employment_type") is not None
            else None
        )
        if employment and employment not in types and employment not in plan.new_employment_types:
            plan.new_employment_types.append(employment)
        leaving = status in LEFT_WORDS
        new_values = {
            "name": data.name,
            "kana": data.kana if get.get("kana") is not None else None,
            "title": data.title if get.get("title") is not None else None,
            "email": data.email if get.get("email") is not None else None,
            "employment_type": employment,
        }
        plan.changes.append(
            _classify(
                existing.get(data.staff_number),
                data,
                code,
                new_values,
                leaving,
                row.line,
                departments,
                dept_by_id,
                plan,
            )
        )

    if deactivate_missing:
        for number, person in existing.items():
            if person.active and number not in seen:
                dept = dept_by_id.get(person.department_id) if person.department_id else None
                plan.changes.append(
                    RosterChange(
                        None,
                        LEAVING,
                        number,
                        person.name,
                        old_department=dept.name if dept else "",
                        staff_id=person.id,
                    )
                )
    return plan


def _classify(
    person: _Existing | None,
    data: StaffInput,
    code: str,
    values: dict[str, object],
    leaving: bool,
    line: int,
    departments: dict[str, Department],
    dept_by_id: dict[int, Department],
    plan: RosterPlan,
) -> RosterChange:
    dept_name = departments[code].name if code in departments else plan.new_departments[code]
    change = RosterChange(
        line, UNCHANGED, data.staff_number, data.name, code, dept_name, values=values
    )
    if person is None:
        # A leaver we never knew has nothing to record.
        change.kind = UNCHANGED if leaving else NEW
        return change
    change.staff_id = person.id
    old_dept = dept_by_id.get(person.department_id) if person.department_id else None
    change.old_department = old_dept.name if old_dept else ""
    for key in _COMPARED:
        new = values.get(key)
        old = getattr(person, key)
        if new is not None and new != old:
            change.changes[key] = (old, new)
    if leaving:
        change.kind = LEAVING if person.active else UNCHANGED
    elif old_dept is None or old_dept.code != code:
        change.kind = MOVED
    elif change.changes or not person.active:
        change.kind = CHANGED
        if not person.active:
            change.changes["active"] = (False, True)
    return change
