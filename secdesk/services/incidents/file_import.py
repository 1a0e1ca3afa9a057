"""`import incidents`: the export's columns read back, checked whole, then written whole.

`plan()` checks every line and writes nothing. `apply()` checks again inside one write
transaction and inserts every record (with its timeline, duties, contacts and links and its search
tokens) in bulk, with one trail entry for the file that names every number it created, or nothing when any line is wrong, unless the person
chose to import only the good lines. A file row with a number keeps it (numbers already in the
register are refused); a row without one gets the next number of its year and kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.io.incident_format import HEADERS, REQUIRED
from secdesk.io.tabular import Table, no_header_problem
from secdesk.services.core import bulk, refs, trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.incidents import search
from secdesk.services.incidents.rows import Lookups, ParsedRow, parse_row
from secdesk.services.incidents.settings import load_rules
from secdesk.store.models import (
    Incident,
    IncidentDuty,
    IncidentEvent,
    IncidentLink,
    IncidentNotification,
)
from secdesk.store.models.incidents import NO_DUE

BATCH = 5000


@dataclass
class IncidentImportPlan:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, int]:
        kinds = [r.data.kind for r in self.rows]
        return {k: kinds.count(k) for k in vocab.KINDS}

    def summary(self) -> str:
        counts = self.counts()
        return tr("ヒヤリハット {nm} 件 / インシデント {inc} 件 / エラー {err} 件").format(
            nm=f"{counts[vocab.NEAR_MISS]:,}",
            inc=f"{counts[vocab.INCIDENT]:,}",
            err=f"{len(self.errors):,}",
        )


@dataclass(frozen=True)
class IncidentImportResult:
    created: int
    skipped_lines: int
    refs: tuple[str, str] = ("", "")  # first and last number written


class IncidentImportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def plan(self, actor: Actor, table: Table) -> IncidentImportPlan:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.read() as session:
            return _make_plan(session, table, self.clock)

    def apply(
        self,
        actor: Actor,
        table: Table,
        only_good_rows: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> IncidentImportResult:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.write() as session:
            plan = _make_plan(session, table, self.clock)
            if plan.errors and (not only_good_rows or any(p.line is None for p in plan.errors)):
                raise ValidationError(plan.errors)
            if not plan.rows:
                raise ValidationError(tr("取り込む行がありません。"))
            written = _write(session, actor, self.clock, plan, progress)
            trail.record(
                session,
                actor,
                self.clock,
                "import",
                "incident",
                None,
                {
                    "file": table.source,
                    "rows": len(plan.rows),
                    "counts": plan.counts(),
                    "created": ref_ranges(written),
                    "skipped_lines": sorted({p.line for p in plan.errors if p.line}),
                },
            )
            return IncidentImportResult(
                len(written), len({p.line for p in plan.errors}), (written[0], written[-1])
            )


def ref_ranges(refs: list[str]) -> list[str]:
    """Every created number, compactly: 2025-INC-0001..0350 for a consecutive run."""
    runs: list[list] = []
    for ref in sorted(refs):
        prefix, _, number = ref.rpartition("-")
        if runs and runs[-1][0] == prefix and int(number) == runs[-1][2] + 1:
            runs[-1][2] = int(number)
        else:
            runs.append([prefix, number, int(number)])
    return [
        f"{prefix}-{first}" if int(first) == last else f"{prefix}-{first}..{last:0{len(first)}d}"
        for prefix, first, last in runs
    ]


def _make_plan(session: Session, table: Table, clock: Clock) -> IncidentImportPlan:
    plan = IncidentImportPlan(rows_read=len(table.rows))
    no_header = no_header_problem(table, HEADERS, REQUIRED)
    if no_header:
        plan.errors.append(Problem(no_header))
        return plan
    missing = [h for h in REQUIRED if h not in table.headers]
    if missing:
        plan.errors.extend(
            Problem(tr("必須の列「{name}」がありません。").format(name=h)) for h in missing
        )
        return plan
    lookups = Lookups.load(session, table)
    now = clock.now()
    for row in table.rows:
        parsed, problems = parse_row(table, row, lookups, now)
        if problems:
            plan.errors.extend(problems)
        else:
            plan.rows.append(parsed)
    # References between lines (移行元, 関連) may point at lines that turned out bad.
    good_refs = lookups.existing_refs | {r.ref for r in plan.rows if r.ref}
    for parsed in list(plan.rows):
        bad = [ref for ref in (*parsed.links, parsed.promoted_from) if ref and ref not in good_refs]
        if bad:
            plan.errors.append(
                Problem(
                    tr("関連・移行元の番号 {refs} が見つかりません。").format(refs=" ".join(bad)),
                    line=parsed.line,
                )
            )
            plan.rows.remove(parsed)
    plan.errors.sort(key=lambda p: p.line or 0)
    return plan


def _assign_refs(session: Session, rows: list[ParsedRow]) -> None:
    """Numbers from the file raise the counters; rows without one get the next numbers."""
    highest: dict[tuple[int, str], int] = {}
    wanting: dict[tuple[int, str], list[ParsedRow]] = {}
    for row in rows:
        code = vocab.REF_CODES[row.data.kind]
        if row.ref:
            year, _, number = vocab.parse_ref(row.ref)
            highest[(year, code)] = max(highest.get((year, code), 0), number)
        else:
            wanting.setdefault((row.fiscal_year, code), []).append(row)
    for (year, code), number in highest.items():
        refs.raise_to(session, year, code, number)
    for (year, code), group in wanting.items():
        first = refs.reserve(session, year, code, len(group))
        kind = group[0].data.kind
        for offset, row in enumerate(group):
            row.ref = vocab.format_ref(year, kind, first + offset)


def _write(
    session: Session, actor: Actor, clock: Clock, plan: IncidentImportPlan, progress
) -> list[str]:
    now = clock.now()
    rules = load_rules(session)
    rows = plan.rows
    _assign_refs(session, rows)
    total = len(rows)
    ids: dict[str, int] = {}
    # Plain executemany through the connection: the ORM's bulk path with RETURNING costs
    # minutes at this size. The new ids are then read back by their (unique) numbers.
    for start in range(0, total, BATCH):
        batch = rows[start : start + BATCH]
        bulk.insert_rows(
            session, Incident.__table__, [r.incident_values(now, rules) for r in batch]
        )
        refs_ = [r.ref for r in batch]
        for lot in range(0, len(refs_), 900):
            ids.update(
                session.execute(
                    select(Incident.ref, Incident.id).where(
                        Incident.ref.in_(refs_[lot : lot + 900])
                    )
                ).all()
            )
        if progress is not None:
            progress(start + len(batch), total, tr("記録を書き込んでいます…"))
    actor_name = actor.display_name or actor.username
    events, duties, contacts, tokens = [], [], [], []
    for row in rows:
        incident_id = ids[row.ref]
        events.extend(row.event_values(incident_id, now, actor, actor_name))
        duties.extend(row.duty_values(incident_id, now, rules))
        contacts.extend(row.contact_values(incident_id, now, actor.username))
    for table, values in (
        (IncidentEvent, events),
        (IncidentDuty, duties),
        (IncidentNotification, contacts),
    ):
        for start in range(0, len(values), BATCH * 4):
            bulk.insert_rows(session, table.__table__, values[start : start + BATCH * 4])
    _finish_links(session, rows, ids, now, actor.username)
    _set_next_due(session, rows, ids, duties)
    for row in rows:
        tokens.append((ids[row.ref], row.tokens()))
    for start in range(0, len(tokens), BATCH):
        search.insert_many(session, tokens[start : start + BATCH])
        if progress is not None:
            progress(min(start + BATCH, total), total, tr("検索用の索引を作っています…"))
    return [row.ref for row in rows]


def _finish_links(session: Session, rows, ids: dict[str, int], now: datetime, by: str) -> None:
    wanted = {row.promoted_from for row in rows if row.promoted_from} | {
        ref for row in rows for ref in row.links
    }
    known = dict(ids)
    missing = wanted - set(known)
    if missing:
        known.update(
            dict(
                session.execute(
                    select(Incident.ref, Incident.id).where(Incident.ref.in_(missing))
                ).all()
            )
        )
    pairs: set[tuple[int, int]] = set()
    for row in rows:
        if row.promoted_from:
            session.execute(
                Incident.__table__.update()
                .where(Incident.id == ids[row.ref])
                .values(promoted_from_id=known[row.promoted_from])
            )
        for ref in row.links:
            low, high = sorted((ids[row.ref], known[ref]))
            if low != high:
                pairs.add((low, high))
    existing = set()
    if pairs:
        lows = {p[0] for p in pairs}
        existing = set(
            session.execute(
                select(IncidentLink.incident_id, IncidentLink.other_id).where(
                    IncidentLink.incident_id.in_(lows)
                )
            ).all()
        )
    new = [
        {"incident_id": a, "other_id": b, "note": "", "created_at": now, "created_by": by}
        for a, b in sorted(pairs - existing)
    ]
    if new:
        session.execute(insert(IncidentLink), new)


def _set_next_due(session: Session, rows, ids: dict[str, int], duties: list[dict]) -> None:
    earliest: dict[int, object] = {}
    for duty in duties:
        if duty["required"] and duty["done_at"] is None:
            current = earliest.get(duty["incident_id"])
            if current is None or duty["due_on"] < current:
                earliest[duty["incident_id"]] = duty["due_on"]
    if earliest:
        session.execute(
            Incident.__table__.update()
            .where(Incident.id == _bind("b_id"))
            .values(next_due_on=_bind("b_due")),
            [{"b_id": i, "b_due": due} for i, due in earliest.items() if due != NO_DUE],
        )


def _bind(name: str):
    from sqlalchemy import bindparam

    return bindparam(name)
