"""The checklist catalog: versions per fiscal year, imported whole from CSV or Excel.

An import never changes a version that exists: it adds the next revision of the checklist for
that fiscal year, so an audit keeps the wording it was checked against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from secdesk.domain.audits import APPLIES_TO_LABELS, AppliesTo, parse_applies_to, parse_required
from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline, normalize_code
from secdesk.i18n import tr
from secdesk.io.checklist_format import (
    CHECKLIST_COLUMNS,
    guess_columns,
    missing_required,
    split_category,
)
from secdesk.services.audits import common as _common  # noqa: F401  (labels, settings)
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import Audit, Checklist, ChecklistItem

if TYPE_CHECKING:  # the file readers load when a file is read, not at start-up
    from secdesk.io.tabular import Table

_LIMITS = {
    "code": 32,
    "category_major": 200,
    "category_minor": 200,
    "reference": 500,
    "policy_ref": 200,
    "jis_ref": 200,
}


@dataclass(frozen=True)
class ChecklistInfo:
    id: int
    fiscal_year: int
    title: str
    revision: int
    source: str
    item_count: int
    imported_by: str
    audits: int = 0

    @property
    def label(self) -> str:
        return tr("{year}年度 {title}（第{rev}版、{n}項目）").format(
            year=self.fiscal_year, title=self.title, rev=self.revision, n=self.item_count
        )


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    category_major: str
    category_minor: str
    text: str
    required: bool
    reference: str
    applies_to: str
    evidence_examples: str = ""
    procedure_examples: str = ""
    policy_ref: str = ""
    jis_ref: str = ""
    notes: str = ""

    @property
    def category(self) -> str:
        return " › ".join(p for p in (self.category_major, self.category_minor) if p)

    @property
    def applies_label(self) -> str:
        return tr(APPLIES_TO_LABELS[AppliesTo(self.applies_to)])


@dataclass
class ChecklistPlan:
    """What an import would add; nothing is written until `apply`."""

    items: list[dict[str, object]] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    revision: int = 1

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return tr("{n} 項目（第{rev}版として登録）、エラー {e} 件").format(
            n=len(self.items), rev=self.revision, e=len(self.errors)
        )


def item_info(item: ChecklistItem) -> ItemInfo:
    return ItemInfo(
        item.id,
        item.code,
        item.category_major,
        item.category_minor,
        item.text,
        item.required,
        item.reference,
        item.applies_to,
        item.evidence_examples,
        item.procedure_examples,
        item.policy_ref,
        item.jis_ref,
        item.notes,
    )


class ChecklistService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def list(self, actor: Actor, fiscal_year: int | None = None) -> list[ChecklistInfo]:
        actor.require(Permission.READ)
        used = (
            select(Audit.checklist_id, func.count().label("n"))
            .where(Audit.withdrawn.is_(False))
            .group_by(Audit.checklist_id)
            .subquery()
        )
        stmt = (
            select(Checklist, func.coalesce(used.c.n, 0))
            .outerjoin(used, used.c.checklist_id == Checklist.id)
            .where(Checklist.withdrawn.is_(False))
            .order_by(Checklist.fiscal_year.desc(), Checklist.title, Checklist.revision.desc())
        )
        if fiscal_year is not None:
            stmt = stmt.where(Checklist.fiscal_year == fiscal_year)
        with self.db.read() as session:
            return [checklist_info(c, n) for c, n in session.execute(stmt)]

    def get(self, actor: Actor, checklist_id: int) -> ChecklistInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            checklist = session.get(Checklist, checklist_id)
            if checklist is None:
                raise NotFound(tr("チェックリストが見つかりません。"))
            return checklist_info(checklist)

    def items(self, actor: Actor, checklist_id: int) -> list[ItemInfo]:
        actor.require(Permission.READ)
        stmt = (
            select(ChecklistItem)
            .where(ChecklistItem.checklist_id == checklist_id)
            .order_by(ChecklistItem.sort_order, ChecklistItem.id)
        )
        with self.db.read() as session:
            return [item_info(i) for i in session.scalars(stmt)]

    def plan(self, actor: Actor, table: Table, fiscal_year: int, title: str) -> ChecklistPlan:
        actor.require(Permission.EDIT_AUDITS)
        with self.db.read() as session:
            return _make_plan(session, table, fiscal_year, title)

    def apply(
        self,
        actor: Actor,
        table: Table,
        fiscal_year: int,
        title: str,
        only_good_rows: bool = False,
    ) -> ChecklistInfo:
        """Add the file as the next revision of the checklist; all of it or nothing."""
        actor.require(Permission.EDIT_AUDITS)
        with self.db.write() as session:
            plan = _make_plan(session, table, fiscal_year, title)
            whole_file = any(p.line is None for p in plan.errors)
            if plan.errors and (not only_good_rows or whole_file or not plan.items):
                raise ValidationError(plan.errors)
            checklist = Checklist(
                fiscal_year=fiscal_year,
                title=clean_line(title),
                revision=plan.revision,
                source=table.source[:255],
                item_count=len(plan.items),
                imported_by=actor.username,
                withdrawn=False,
                withdrawn_reason="",
            )
            session.add(checklist)
            session.flush()
            session.execute(
                insert(ChecklistItem),
                [{**item, "checklist_id": checklist.id} for item in plan.items],
            )
            trail.record(
                session,
                actor,
                self.clock,
                "import",
                "audit_checklist",
                checklist.id,
                {
                    "file": table.source,
                    "fiscal_year": fiscal_year,
                    "title": checklist.title,
                    "revision": checklist.revision,
                    "items": len(plan.items),
                    "skipped_lines": sorted({p.line for p in plan.errors if p.line}),
                },
            )
            return checklist_info(checklist)


def checklist_info(checklist: Checklist, audits: int = 0) -> ChecklistInfo:
    return ChecklistInfo(
        checklist.id,
        checklist.fiscal_year,
        checklist.title,
        checklist.revision,
        checklist.source,
        checklist.item_count,
        checklist.imported_by,
        audits,
    )


def _make_plan(session: Session, table: Table, fiscal_year: int, title: str) -> ChecklistPlan:
    plan = ChecklistPlan(rows_read=len(table.rows))
    title = clean_line(title)
    if not title or len(title) > 200:
        plan.errors.append(Problem(tr("チェックリスト名は1〜200文字で入力してください。"), "title"))
    if not 1990 <= fiscal_year <= 2100:
        plan.errors.append(Problem(tr("年度が正しくありません。"), "fiscal_year"))
    found = guess_columns(table.headers, CHECKLIST_COLUMNS)
    for column in missing_required(found, CHECKLIST_COLUMNS):
        names = "、".join((column.header, *column.aliases[:1]))
        plan.errors.append(
            Problem(tr("必須の列「{name}」がありません。").format(name=names), column.key)
        )
    if not table.rows:
        plan.errors.append(Problem(tr("項目の行がありません。")))
    if plan.errors:
        return plan
    top = session.scalar(
        select(func.max(Checklist.revision)).where(
            Checklist.fiscal_year == fiscal_year, Checklist.title == title
        )
    )
    plan.revision = (top or 0) + 1

    def cell(values: list[str], key: str) -> str:
        index = found.get(key)
        return values[index] if index is not None and index < len(values) else ""

    seen: dict[str, int] = {}
    major = minor = ""
    for order, row in enumerate(table.rows, start=1):
        problems: list[str] = []
        code = normalize_code(cell(row.values, "code"))
        text = clean_multiline(cell(row.values, "text"))
        # The guideline's tables merge the category cells: a blank one continues the last.
        if "category" in found and cell(row.values, "category").strip():
            major, minor = split_category(clean_multiline(cell(row.values, "category")))
        if cell(row.values, "category_major").strip():
            major, minor = clean_line(cell(row.values, "category_major")), ""
        if cell(row.values, "category_minor").strip():
            minor = clean_line(cell(row.values, "category_minor"))
        if not code:
            problems.append(tr("項目番号が空です。"))
        elif code in seen:
            problems.append(
                tr("項目番号「{code}」が{line}行目と重複しています。").format(
                    code=code, line=seen[code]
                )
            )
        else:
            seen[code] = row.line
        if not text:
            problems.append(tr("監査項目が空です。"))
        try:
            required = parse_required(cell(row.values, "required"))
        except ValueError:
            required = False
            problems.append(
                tr("必須欄は「○」か空欄にしてください（「{v}」）。").format(
                    v=cell(row.values, "required")
                )
            )
        try:
            applies_to = parse_applies_to(cell(row.values, "applies_to"))
        except ValueError:
            applies_to = AppliesTo.ALL
            problems.append(
                tr(
                    "対象所属は「全所属」か「情報システム保有所属」にしてください（「{v}」）。"
                ).format(v=cell(row.values, "applies_to"))
            )
        item = {
            "sort_order": order,
            "code": code,
            "category_major": major,
            "category_minor": minor,
            "text": text,
            "required": required,
            "reference": clean_line(cell(row.values, "reference")),
            "applies_to": applies_to.value,
            "evidence_examples": clean_multiline(cell(row.values, "evidence_examples")),
            "procedure_examples": clean_multiline(cell(row.values, "procedure_examples")),
            "policy_ref": clean_line(cell(row.values, "policy_ref")),
            "jis_ref": clean_line(cell(row.values, "jis_ref")),
            "notes": clean_multiline(cell(row.values, "notes")),
        }
        for key, limit in _LIMITS.items():
            if len(str(item[key])) > limit:
                problems.append(
                    tr("{column}は{n}文字以内にしてください。").format(column=_label(key), n=limit)
                )
        if problems:
            plan.errors.extend(Problem(p, None, row.line) for p in problems)
        else:
            plan.items.append(item)
    return plan


def _label(key: str) -> str:
    if key in ("category_major", "category_minor"):
        return tr("分類")
    return tr(next(c.label for c in CHECKLIST_COLUMNS if c.key == key))
