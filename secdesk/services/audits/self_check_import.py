"""Self-inspection sheets out and back in, and findings proposed by いいえ answers.

The sheet sent to departments is an .xlsx with one sheet per department ("110 総務課"), the
items it has to answer, and columns 所属コード, 項目番号, 分類, 監査項目, 回答, コメント. A
returned workbook, or one CSV/.xlsx per department, imports all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.audits import ANSWER_LABELS, Answer, applies, parse_answer
from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_multiline, normalize_code
from secdesk.i18n import tr
from secdesk.io.checklist_format import (
    ANSWER_COLUMNS,
    department_code_of_sheet,
    guess_columns,
    missing_required,
)
from secdesk.services.audits.self_check_answers import (
    AnswerChange,
    applicable_items,
    store_answers,
    writable_self_check,
)
from secdesk.services.audits.service import get_audit, scope_of
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import (
    ChecklistItem,
    Department,
    SelfCheckAnswer,
)

if TYPE_CHECKING:  # the file readers load when a file is read, not at start-up
    from secdesk.io.tabular import Table


@dataclass(frozen=True)
class ImportedAnswer:
    sheet: str
    line: int
    department_id: int
    item_id: int
    answer: str
    comment: str


@dataclass
class AnswerImportPlan:
    rows: list[ImportedAnswer] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blank: int = 0
    changed: int = 0
    departments: dict[str, int] = field(default_factory=dict)  # code → answers in the file

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return tr("所属 {d} / 回答 {n}（変更 {c}、空欄 {b}）/ エラー {e}").format(
            d=len(self.departments),
            n=len(self.rows),
            c=self.changed,
            b=self.blank,
            e=len(self.errors),
        )


@dataclass(frozen=True)
class AnswerImportResult:
    changed: int
    departments: int
    skipped_lines: int


def _problem(sheet: str, line: int | None, message: str) -> Problem:
    text = tr("シート「{s}」: {m}").format(s=sheet, m=message) if sheet else message
    return Problem(text, None, line)


def plan_import(
    session: Session, audit_id: int, sheets: list[tuple[str, Table]], department_code: str = ""
) -> AnswerImportPlan:
    plan = AnswerImportPlan()
    audit = get_audit(session, audit_id)
    if audit.checklist_id is None:
        plan.errors.append(Problem(tr("この監査にはチェックリストがありません。")))
        return plan
    scope = set(scope_of(session, audit.id))
    departments = {d.code: d for d in session.scalars(select(Department))}
    items = {
        i.code: i
        for i in session.scalars(
            select(ChecklistItem).where(ChecklistItem.checklist_id == audit.checklist_id)
        )
    }
    stored = {
        (a.department_id, a.item_id): (a.answer, a.comment)
        for a in session.scalars(
            select(SelfCheckAnswer).where(SelfCheckAnswer.audit_id == audit.id)
        )
    }
    fallback = normalize_code(department_code)
    usable = 0
    seen: dict[tuple[int, int], str] = {}
    for title, table in sheets:
        found = guess_columns(table.headers, ANSWER_COLUMNS)
        missing = missing_required(found, ANSWER_COLUMNS)
        if missing:
            if len(sheets) > 1:
                plan.notes.append(
                    tr("シート「{s}」は回答の列がないため読み飛ばしました。").format(s=title)
                )
                continue
            for column in missing:
                plan.errors.append(
                    Problem(tr("必須の列「{name}」がありません。").format(name=column.header))
                )
            return plan
        usable += 1
        sheet_code = department_code_of_sheet(title) if title else ""
        for row in table.rows:

            def cell(key: str, values=row.values, found=found) -> str:
                index = found.get(key)
                return values[index] if index is not None and index < len(values) else ""

            code = normalize_code(cell("department_code")) or (
                sheet_code if sheet_code in departments else fallback
            )
            item_code = normalize_code(cell("code"))
            comment = clean_multiline(cell("comment"))
            problems = []
            dept = departments.get(code)
            if not code:
                problems.append(
                    tr("所属が分かりません（所属コードの列か、シート名に所属コードを）。")
                )
            elif dept is None:
                problems.append(tr("所属コード「{c}」は登録されていません。").format(c=code))
            elif dept.id not in scope:
                problems.append(
                    tr("所属「{c} {n}」は対象所属ではありません。").format(c=code, n=dept.name)
                )
            item = items.get(item_code)
            if item is None:
                problems.append(
                    tr("項目番号「{c}」はチェックリストにありません。").format(c=item_code)
                )
            elif dept is not None and not applies(item.applies_to, dept.owns_systems):
                problems.append(
                    tr("項目「{c}」はこの所属の点検項目ではありません。").format(c=item_code)
                )
            try:
                answer = parse_answer(cell("answer"))
            except ValueError:
                answer = None
                problems.append(
                    tr(
                        "回答は「はい」「いいえ」「該当なし」のいずれかにしてください（「{v}」）。"
                    ).format(v=cell("answer"))
                )
            else:
                if answer is None and comment:
                    problems.append(tr("コメントがありますが、回答が空です。"))
            if len(comment) > 4000:
                problems.append(tr("コメントは4000文字以内にしてください。"))
            if not problems and dept is not None and item is not None:
                key = (dept.id, item.id)
                if key in seen:
                    problems.append(
                        tr("所属「{c}」の項目「{i}」の回答が重複しています（{w}）。").format(
                            c=code, i=item_code, w=seen[key]
                        )
                    )
                else:
                    seen[key] = tr("{s}{line}行目").format(
                        s=f"{title} " if title else "", line=row.line
                    )
            if problems:
                plan.errors.extend(_problem(title, row.line, p) for p in problems)
                continue
            if answer is None:
                plan.blank += 1
                continue
            plan.rows.append(ImportedAnswer(title, row.line, dept.id, item.id, answer, comment))
            plan.departments[code] = plan.departments.get(code, 0) + 1
            if stored.get((dept.id, item.id)) != (answer.value, comment):
                plan.changed += 1
    if not usable:
        plan.errors.append(Problem(tr("回答の列（項目番号・回答）があるシートがありません。")))
    return plan


def apply_import(
    session: Session,
    actor: Actor,
    clock: Clock,
    audit_id: int,
    sheets: list[tuple[str, Table]],
    department_code: str = "",
    only_good_rows: bool = False,
) -> AnswerImportResult:
    audit = writable_self_check(session, audit_id)
    plan = plan_import(session, audit_id, sheets, department_code)
    whole = any(p.line is None for p in plan.errors)
    if plan.errors and (not only_good_rows or whole):
        raise ValidationError(plan.errors)
    by_department: dict[int, list[AnswerChange]] = {}
    for row in plan.rows:
        by_department.setdefault(row.department_id, []).append(
            AnswerChange(row.item_id, row.answer, row.comment)
        )
    events: list[trail.TrailEvent] = []
    for dept_id, changes in by_department.items():
        department = session.get(Department, dept_id)
        # The returned sheet is the department's own word: it replaces what was stored.
        events += store_answers(
            session, actor, clock, audit, department, changes, check_versions=False
        )
    files = sorted({t.source for _, t in sheets})
    skipped = sorted({p.line for p in plan.errors if p.line})
    events.append(
        trail.TrailEvent(
            "import",
            "audit_answer",
            audit.id,
            {
                "audit": audit.number,
                "files": files,
                "answers": len(plan.rows),
                "changed": sum(1 for e in events if e.action == "answer"),
                "skipped_lines": skipped,
            },
        )
    )
    trail.record_many(session, actor, clock, events)
    return AnswerImportResult(len(events) - 1, len(by_department), len(skipped))


def export_sheets(db, clock: Clock, actor: Actor, audit_id: int, path: Path | str, label: str = ""):
    """The workbook to send out: one sheet per department in scope, answers so far filled in."""
    from secdesk.io.writers import Column, write_xlsx
    from secdesk.services.core.exports import exporting

    actor.require(Permission.READ)
    with db.read() as session:
        audit = get_audit(session, audit_id)
        if audit.checklist_id is None:
            raise SecdeskError(tr("この監査にはチェックリストがありません。"))
        answers = {
            (a.department_id, a.item_id): a
            for a in session.scalars(
                select(SelfCheckAnswer).where(SelfCheckAnswer.audit_id == audit.id)
            )
        }
        departments = session.scalars(
            select(Department)
            .where(Department.id.in_(scope_of(session, audit.id)))
            .order_by(Department.sort_order, Department.code)
        ).all()
        sheets = []
        for dept in departments:
            rows = []
            for item in applicable_items(session, audit, dept):
                stored = answers.get((dept.id, item.id))
                answer = (
                    tr(ANSWER_LABELS[Answer(stored.answer)]) if stored and stored.answer else ""
                )
                category = " › ".join(p for p in (item.category_major, item.category_minor) if p)
                rows.append(
                    (
                        dept.code,
                        item.code,
                        category,
                        item.text,
                        answer,
                        stored.comment if stored else "",
                    )
                )
            sheets.append((f"{dept.code} {dept.name}", rows))
        number = audit.number
    widths = (10, 10, 28, 60, 10, 40)
    columns = [Column(c.header, w) for c, w in zip(ANSWER_COLUMNS, widths, strict=True)]
    guide = [
        (
            tr(
                "各所属のシートの「回答」欄に「はい」「いいえ」「該当なし」のいずれかを入力してください。"
            ),
        ),
        (tr("「いいえ」の場合は、理由や今後の対応を「コメント」欄に書いてください。"),),
        (tr("シート名・所属コード・項目番号は変更しないでください。"),),
        (tr("監査番号: {n}").format(n=number),),
    ]
    with exporting(db, clock, actor, "audit_answer", path, {"audit": number}) as (temp, record):
        counts = write_xlsx(
            temp,
            [(tr("記入方法"), [Column(tr("記入方法"), 100)], guide)]
            + [(title, columns, rows) for title, rows in sheets],
            label=label,
        )
        record.rows = sum(counts.values()) - len(guide)
    return record
