"""One line of an incident file: read (with its list cells: timeline, duties, contacts, one entry
per line), checked against the register, ready for a bulk insert."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS, DutyRules, required_duties
from secdesk.domain.errors import Problem
from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.text import clean_line, clean_multiline, normalize, normalize_code
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import tr
from secdesk.io.incident_format import (
    parse_bool,
    parse_time,
    split_entries,
    unneutralise,
)
from secdesk.io.tabular import Row, Table
from secdesk.services.core.context import Actor
from secdesk.services.incidents import search
from secdesk.services.incidents.checks import FIELD_LABELS, clean_input, persons_message
from secdesk.services.incidents.masters import categories_in
from secdesk.services.incidents.records import EDITABLE, IncidentInput, personal_info
from secdesk.store.models import Department, Incident, SeverityLevel, Staff, User
from secdesk.store.models.incidents import NO_DUE

# Service field → file column, for naming the column in a message.
_COLUMN_OF = {
    "title": "件名",
    "description": "概要",
    "category_id": "分類",
    "segment": "ネットワーク",
    "department_id": "所属コード",
    "reporter_staff_id": "報告者職員番号",
    "handler_user_id": "担当者",
    "occurred_at": "発生日時",
    "discovered_at": "発見日時",
    "reported_at": "CSIRT報告日時",
    "severity_id": "重大度",
    "classification": "機密性",
    "persons_affected": "本人の数",
    "tags": "タグ",
}


@dataclass
class Lookups:
    """Everything a line is checked against, loaded once per file."""

    categories: dict[str, tuple[int, int]]  # label → (id, top id)
    departments: dict[str, int]
    staff: dict[str, int]
    users: dict[str, int]
    severities: dict[str, int]
    existing_refs: set[str]
    columns: dict[str, int] = field(default_factory=dict)  # header → index in a row
    seen_refs: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, table: Table) -> Lookups:
        def column(name: str) -> set[str]:
            index = table.column(name)
            if index is None:
                return set()
            return {r.values[index].strip() for r in table.rows if index < len(r.values)}

        categories = {}
        for c in categories_in(session):
            categories[c.label] = (c.id, c.parent_id or c.id)
        numbers = {normalize_code(n) for n in column("報告者職員番号") if n}
        staff = {}
        for start in range(0, len(numbers), 900):
            chunk = sorted(numbers)[start : start + 900]
            staff.update(
                dict(
                    session.execute(
                        select(Staff.staff_number, Staff.id).where(Staff.staff_number.in_(chunk))
                    ).all()
                )
            )
        wanted = {r.upper() for r in column("番号") | column("移行元番号") if r}
        index = table.column("関連番号")
        if index is not None:
            for row in table.rows:
                if index < len(row.values):
                    wanted.update(ref.upper() for ref in row.values[index].split())
        existing: set[str] = set()
        wanted_list = sorted(wanted)
        for start in range(0, len(wanted_list), 900):
            chunk = wanted_list[start : start + 900]
            existing.update(session.scalars(select(Incident.ref).where(Incident.ref.in_(chunk))))
        return cls(
            categories=categories,
            departments=dict(session.execute(select(Department.code, Department.id)).all()),
            staff=staff,
            users=dict(session.execute(select(User.username, User.id)).all()),
            severities=dict(session.execute(select(SeverityLevel.name, SeverityLevel.id)).all()),
            existing_refs=existing,
            columns={h: i for i, h in reversed(list(enumerate(table.headers)))},
        )


@dataclass
class ParsedRow:
    line: int
    ref: str
    data: IncidentInput
    status: str
    fiscal_year: int
    category_top_id: int | None
    first_response_at: datetime | None
    closed_at: datetime | None
    withdrawn_reason: str
    promoted_from: str
    links: list[str]
    events: list[dict]
    duties: list[dict] | None  # None: derive from the rules
    contacts: list[dict]

    def _values(self) -> dict[str, object]:
        return {name: getattr(self.data, name) for name in EDITABLE}

    def incident_values(self, now: datetime, rules: DutyRules) -> dict[str, object]:
        return {
            **self._values(),
            "kind": self.data.kind,
            "ref": self.ref,
            "fiscal_year": self.fiscal_year,
            "status": self.status,
            "category_top_id": self.category_top_id,
            "first_response_at": self.first_response_at,
            "closed_at": self.closed_at,
            "withdrawn_reason": self.withdrawn_reason,
            "next_due_on": NO_DUE,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }

    def event_values(self, incident_id: int, now: datetime, actor: Actor, name: str) -> list[dict]:
        if not self.events:
            return [
                {
                    "incident_id": incident_id,
                    "at": now,
                    "recorded_at": now,
                    "actor_id": actor.id,
                    "actor_name": name,
                    "kind": vocab.EVENT_CREATED,
                    "from_status": "",
                    "to_status": self.status,
                    "text": tr("ファイルから取り込みました（{line}行目）。").format(line=self.line),
                }
            ]
        return [
            {**e, "incident_id": incident_id, "recorded_at": now, "actor_id": None}
            for e in self.events
        ]

    def duty_values(self, incident_id: int, now: datetime, rules: DutyRules) -> list[dict]:
        duties = self.duties
        if duties is None:
            duties = []
            if self.status not in (vocab.WITHDRAWN, vocab.PROMOTED):
                aware = self.data.discovered_at.astimezone(TOKYO).date()
                duties = [
                    {
                        "code": d.code,
                        "due_on": d.due,
                        "basis": d.basis,
                        "required": True,
                        "done_at": None,
                        "method": "",
                        "note": "",
                    }
                    for d in required_duties(self.data.kind, personal_info(self.data), aware, rules)
                ]
        return [
            {**d, "incident_id": incident_id, "created_at": now, "updated_at": now} for d in duties
        ]

    def contact_values(self, incident_id: int, now: datetime, by: str) -> list[dict]:
        return [
            {**c, "incident_id": incident_id, "recorded_at": now, "recorded_by": by}
            for c in self.contacts
        ]

    def tokens(self) -> str:
        values = {**self._values(), "ref": self.ref, "withdrawn_reason": self.withdrawn_reason}
        texts = [e["text"] for e in self.events if e["kind"] in search.INDEXED_EVENTS]
        return search.record_text([*(values[n] for n in search.SEARCHED_FIELDS), *texts])


def parse_row(
    table: Table, row: Row, lookups: Lookups, now: datetime
) -> tuple[ParsedRow | None, list[Problem]]:
    problems: list[str] = []

    values, width = row.values, len(row.values)

    def get(name: str) -> str:
        index = lookups.columns.get(name)
        if index is None or index >= width:
            return ""
        value = values[index]
        return unneutralise(value) if value[:1] == "'" else value

    unreadable: set[str] = set()  # columns already reported as no date

    def time_of(name: str) -> datetime | None:
        try:
            return parse_time(get(name))
        except ValueError:
            unreadable.add(name)
            problems.append(
                tr("{col}: 日時は YYYY-MM-DD HH:MM で入力してください（「{v}」）。").format(
                    col=name, v=get(name)
                )
            )
            return None

    def flag(name: str) -> bool:
        value = parse_bool(get(name))
        if value is None:
            problems.append(
                tr("{col}: ○ か空欄（または 1 / 0）で入力してください。").format(col=name)
            )
            return False
        return value

    def lookup(name: str, mapping: dict, key: str, message: str):
        if not key:
            return None
        if key not in mapping:
            problems.append(f"{name}: " + message.format(v=key))
            return None
        return mapping[key]

    kind = vocab.code_for_label(vocab.KIND_LABELS, get("種別"))
    if kind is None:
        problems.append(tr("種別: 「ヒヤリハット」か「インシデント」で入力してください。"))
        kind = vocab.NEAR_MISS
    ref = normalize_code(get("番号"))
    if ref:
        parsed_ref = vocab.parse_ref(ref)
        if parsed_ref is None:
            problems.append(
                tr("番号: 「2025-INC-0007」の形で入力してください（「{v}」）。").format(v=ref)
            )
        elif parsed_ref[1] != kind:
            problems.append(tr("番号: 種別と番号の記号（NM / INC）が合いません。"))
        elif ref in lookups.existing_refs:
            problems.append(tr("番号: {ref} はすでに登録されています。").format(ref=ref))
        elif ref in lookups.seen_refs:
            problems.append(
                tr("番号: {ref} が{line}行目と重複しています。").format(
                    ref=ref, line=lookups.seen_refs[ref]
                )
            )
        else:
            lookups.seen_refs[ref] = row.line
    status_text = get("状態")
    status = (
        vocab.code_for_label(vocab.STATUS_LABELS, status_text) if status_text else vocab.RECEIVED
    )
    if status is None or status not in vocab.statuses_of(kind):
        problems.append(tr("状態: 「{v}」はこの種別の状態ではありません。").format(v=status_text))
        status = vocab.RECEIVED
    category = lookup(
        "分類",
        lookups.categories,
        normalize(get("分類")).replace(" > ", " › "),
        tr("分類「{v}」が登録されていません。"),
    )
    segment_text = get("ネットワーク")
    segment = vocab.code_for_label(vocab.SEGMENTS, segment_text) if segment_text else ""
    if segment is None:
        problems.append(tr("ネットワーク: 「{v}」は区分にありません。").format(v=segment_text))
        segment = ""
    classification = vocab.code_for_label(
        vocab.CLASSIFICATIONS, get("機密性") or vocab.DEFAULT_CLASSIFICATION
    )
    if classification is None:
        problems.append(tr("機密性: 3A / 3B / 3C / 2 / 1 のいずれかで入力してください。"))
        classification = vocab.DEFAULT_CLASSIFICATION
    persons_text = normalize(get("本人の数")).replace(",", "")
    persons = None
    if persons_text:
        if persons_text.isdigit():
            persons = int(persons_text)  # above MAX_PERSONS: refused once, by clean_input
        else:
            problems.append(tr("本人の数: {rule}").format(rule=persons_message()))
    data = IncidentInput(
        kind=kind,
        title=get("件名"),
        discovered_at=time_of("発見日時"),
        description=get("概要"),
        category_id=category[0] if category else None,
        segment=segment,
        department_id=lookup(
            "所属コード",
            lookups.departments,
            normalize_code(get("所属コード")),
            tr("所属コード「{v}」が登録されていません。"),
        ),
        reporter_staff_id=lookup(
            "報告者職員番号",
            lookups.staff,
            normalize_code(get("報告者職員番号")),
            tr("職員番号「{v}」が職員名簿にありません。"),
        ),
        handler_user_id=lookup(
            "担当者",
            lookups.users,
            clean_line(get("担当者")),
            tr("ユーザー「{v}」が登録されていません。"),
        ),
        occurred_at=time_of("発生日時"),
        reported_at=time_of("CSIRT報告日時"),
        severity_id=lookup(
            "重大度",
            lookups.severities,
            clean_line(get("重大度")),
            tr("重大度「{v}」が登録されていません。"),
        ),
        cause=get("原因"),
        countermeasures=get("応急措置・対応"),
        preventive_measures=get("再発防止策"),
        tags=get("タグ"),
        classification=classification,
        persons_affected=persons,
        sensitive_data=flag("要配慮個人情報"),
        my_number=flag("特定個人情報"),
        unlawful_purpose=flag("不正の目的のおそれ"),
        financial_harm=flag("財産的被害のおそれ"),
        leaked_items=get("漏えい等した項目"),
        secondary_damage=get("二次被害"),
        persons_response=get("本人への対応"),
        publication=get("公表"),
    )
    clean, field_problems = clean_input(data, now)
    for problem in field_problems:
        column = _COLUMN_OF.get(problem.field or "", tr(FIELD_LABELS.get(problem.field or "", "")))
        if column in unreadable:
            continue  # a date that could not be read is named once, above, not again as missing
        problems.append(f"{column}: {problem.message}" if column else problem.message)
    first_response, closed = time_of("初動日時"), time_of("完了日時")
    events = events_of(get("対応経過"), problems)
    duties = duties_of(get("報告義務"), problems)
    contacts = contacts_of(get("関係機関への連絡"), problems)
    if problems:
        return None, [Problem(message, line=row.line) for message in problems]
    return (
        ParsedRow(
            line=row.line,
            ref=ref,
            data=clean,
            status=status,
            fiscal_year=fiscal_year(clean.discovered_at.astimezone(TOKYO).date()),
            category_top_id=category[1] if category else None,
            first_response_at=first_response,
            closed_at=closed,
            withdrawn_reason=clean_multiline(get("取消理由")),
            promoted_from=normalize_code(get("移行元番号")),
            links=[normalize_code(r) for r in get("関連番号").split() if r.strip()],
            events=events,
            duties=duties,
            contacts=contacts,
        ),
        [],
    )


# The list cells (timeline, duties, contacts): one entry per line.


def events_of(cell: str, problems: list[str]) -> list[dict]:
    result = []
    try:
        entries = split_entries(cell, 6)
    except ValueError as error:
        problems.append(tr("対応経過: {e}").format(e=error))
        return []
    for at_text, actor, kind_text, old, new, text in entries:
        try:
            at = parse_time(at_text)
        except ValueError:
            at = None
        kind = vocab.code_for_label(vocab.EVENT_LABELS, kind_text)
        old_code = vocab.code_for_label(vocab.STATUS_LABELS, old) if old else ""
        new_code = vocab.code_for_label(vocab.STATUS_LABELS, new) if new else ""
        if at is None or kind is None or old_code is None or new_code is None:
            problems.append(
                tr("対応経過: 「{e}」を読めません。").format(e=f"{at_text} {kind_text}".strip())
            )
            continue
        result.append(
            {
                "at": at,
                "actor_name": actor[:100],
                "kind": kind,
                "from_status": old_code,
                "to_status": new_code,
                "text": text,
            }
        )
    return result


def duties_of(cell: str, problems: list[str]) -> list[dict] | None:
    if not cell.strip():
        return None
    try:
        entries = split_entries(cell, 7)
    except ValueError as error:
        problems.append(tr("報告義務: {e}").format(e=error))
        return []
    result = []
    for label, due, required, done_at, method, note, basis in entries:
        code = vocab.code_for_label(DUTY_LABELS, label)
        try:
            due_on = date.fromisoformat(due.strip())
            done = parse_time(done_at)
        except ValueError:
            code = None
        if code is None or parse_bool(required) is None:
            problems.append(
                tr("報告義務: 「{e}」を読めません。").format(e=f"{label} {due}".strip())
            )
            continue
        result.append(
            {
                "code": code,
                "due_on": due_on,
                "required": parse_bool(required),
                "done_at": done,
                "method": method[:50],
                "note": note,
                "basis": basis[:300],
            }
        )
    return result


def contacts_of(cell: str, problems: list[str]) -> list[dict]:
    try:
        entries = split_entries(cell, 4)
    except ValueError as error:
        problems.append(tr("関係機関への連絡: {e}").format(e=error))
        return []
    result = []
    for target, at_text, method, note in entries:
        try:
            at = parse_time(at_text)
        except ValueError:
            at = None
        if target not in vocab.NOTIFICATION_TARGETS or at is None:
            problems.append(
                tr("関係機関への連絡: 「{e}」を読めません。").format(
                    e=f"{target} {at_text}".strip()
                )
            )
            continue
        result.append({"target": target, "notified_at": at, "method": method[:50], "note": note})
    return result
