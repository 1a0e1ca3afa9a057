"""The sheets of the auditors' workbook, one per register, each also a CSV of its own.

Each sheet takes its rows from the register's own export code: the incident file's columns
(incident_export.export_rows), the training summary and non-completer lines
(training_export), the findings export (AuditExportService.finding_rows). Rows are produced
lazily, so the workbook of a busy year never holds a register in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.io.incident_format import HEADERS, WIDTHS
from secdesk.io.writers import Column
from secdesk.services.audits.file_export import FINDING_COLUMNS, FINDING_HEAD, AuditExportService
from secdesk.services.core.listing import ListQuery
from secdesk.services.incidents.file_export import IncidentExportService
from secdesk.services.incidents.listing import IncidentListSource
from secdesk.services.reports.scope import ReportScope
from secdesk.services.training.file_export import (
    NON_COMPLETER_COLUMNS,
    SUMMARY_COLUMNS,
    non_completer_row,
    person_lines,
    summary_rows,
)
from secdesk.services.training.status import summarise
from secdesk.services.training.targets import is_drill
from secdesk.store.models import Course, Department, Incident, IncidentDuty

Rows = Iterator[tuple]


@dataclass(frozen=True)
class SheetContext:
    """What every sheet's rows depend on."""

    db: object
    clock: object
    actor: object
    scope: ReportScope
    label: str
    progress: Callable[[int, int], None] | None = None  # (done, total) within the sheet


@dataclass(frozen=True)
class Sheet:
    key: str  # also the CSV's name on the command line: incidents, duties …
    title: str  # Japanese source text, shown through tr()
    columns: Callable[[], list[Column]]
    rows: Callable[[SheetContext], Rows]


def _shown(columns) -> list[Column]:
    return [Column(tr(c.header), c.width) for c in columns]


# --- incidents -------------------------------------------------------------------------------


def _incident_columns() -> list[Column]:
    return [Column(h, WIDTHS.get(h, 14)) for h in HEADERS]


def _incident_ids(ctx: SheetContext):
    """Every record of the year (withdrawn ones too, with their reason), in number order."""
    ids = ctx.scope.department_ids
    query = ListQuery(sort="ref").with_filters(
        fiscal_year=ctx.scope.fiscal_year,
        department_id=tuple(sorted(ids)) if ids is not None else None,
    )
    return IncidentListSource(ctx.db, ctx.clock).ids(ctx.actor, query)


def _incident_rows(ctx: SheetContext) -> Rows:
    ids = _incident_ids(ctx)
    yield from IncidentExportService(ctx.db, ctx.clock).rows(ids, ctx.progress)


DUTY_COLUMNS = (
    Column(QT_TR_NOOP("番号"), 15),
    Column(QT_TR_NOOP("記録の状態"), 10),
    Column(QT_TR_NOOP("件名"), 36),
    Column(QT_TR_NOOP("所属コード"), 10),
    Column(QT_TR_NOOP("所属"), 18),
    Column(QT_TR_NOOP("報告"), 24),
    Column(QT_TR_NOOP("期限"), 11),
    Column(QT_TR_NOOP("対象"), 8),
    Column(QT_TR_NOOP("実施日時"), 16),
    Column(QT_TR_NOOP("方法"), 10),
    Column(QT_TR_NOOP("状況"), 18),
    Column(QT_TR_NOOP("根拠"), 40),
    Column(QT_TR_NOOP("備考"), 30),
)


def duty_state(required: bool, due: date, done_at, today: date) -> str:
    if not required:
        return tr("対象外")
    if done_at is not None:
        late = (done_at.astimezone(TOKYO).date() - due).days
        return tr("期限後に実施（{n}日後）").format(n=late) if late > 0 else tr("期限内に実施")
    if due < today:
        return tr("未実施（期限超過 {n}日）").format(n=(today - due).days)
    return tr("未実施（期限前）")


def _duty_rows(ctx: SheetContext) -> Rows:
    scope, today = ctx.scope, ctx.clock.today()
    conditions = [Incident.fiscal_year == scope.fiscal_year, Incident.kind == vocab.INCIDENT]
    if scope.department_ids is not None:
        conditions.append(Incident.department_id.in_(sorted(scope.department_ids)))
    with ctx.db.read() as session:
        rows = session.execute(
            select(
                Incident.ref,
                Incident.status,
                Incident.title,
                Department.code,
                Department.name,
                IncidentDuty.code,
                IncidentDuty.due_on,
                IncidentDuty.required,
                IncidentDuty.done_at,
                IncidentDuty.method,
                IncidentDuty.basis,
                IncidentDuty.note,
            )
            .join(Incident, Incident.id == IncidentDuty.incident_id)
            .outerjoin(Department, Department.id == Incident.department_id)
            .where(*conditions)
            .order_by(Incident.id, IncidentDuty.due_on, IncidentDuty.id)
        ).all()
    labels = {code: tr(label) for code, label in DUTY_LABELS.items()}
    for ref, status, title, code, name, duty, due, required, done_at, method, basis, note in rows:
        yield (
            ref,
            vocab.label(vocab.STATUS_LABELS, status),
            title,
            code or "",
            name or "",
            labels.get(duty, duty),
            due,
            tr("対象") if required else tr("対象外"),
            done_at,
            method,
            tr("対象外（記録の取消）")
            if status == vocab.WITHDRAWN
            else duty_state(required, due, done_at, today),
            basis,
            note,
        )


# --- training --------------------------------------------------------------------------------


def _courses(session, year: int) -> list[Course]:
    return list(
        session.scalars(
            select(Course)
            .where(Course.fiscal_year == year, Course.withdrawn_at.is_(None))
            .order_by(Course.due_date, Course.code)
        )
    )


def _training_rows(ctx: SheetContext) -> Rows:
    scope, today = ctx.scope, ctx.clock.today()
    with ctx.db.read() as session:
        rows = []
        for course in _courses(session, scope.fiscal_year):
            summary = summarise(session, course, today)
            kept = [d for d in summary.departments if scope.covers(d.department_id)]
            rows += summary_rows(replace(summary, departments=kept))
    yield from rows


def _non_completer_rows(ctx: SheetContext) -> Rows:
    scope = ctx.scope
    with ctx.db.read() as session:
        codes = None
        if scope.department_ids is not None:
            codes = set(
                session.scalars(
                    select(Department.code).where(Department.id.in_(sorted(scope.department_ids)))
                )
            )
        courses = [c for c in _courses(session, scope.fiscal_year) if not is_drill(c)]
        for index, course in enumerate(courses):
            if ctx.progress is not None:
                ctx.progress(index, len(courses))
            for line in person_lines(session, course, only_incomplete=True):
                if codes is None or line.department_code in codes:
                    yield non_completer_row(line, course)


# --- audits ----------------------------------------------------------------------------------


def _finding_query(scope: ReportScope) -> ListQuery:
    ids = scope.department_ids
    return ListQuery().with_filters(
        fiscal_year=scope.fiscal_year,
        departments=sorted(ids) if ids is not None else None,
    )


def _finding_rows(ctx: SheetContext) -> Rows:
    """One row per finding (the findings export repeats a finding on each action's row)."""
    seen: set[str] = set()
    service = AuditExportService(ctx.db, ctx.clock)
    for row in service.finding_rows(_finding_query(ctx.scope), ctx.label):
        if row[5] not in seen:
            seen.add(row[5])
            yield row[:FINDING_HEAD]


# The corrective-action sheet: the finding it answers, then every column of the action.
ACTION_FINDING_COLUMNS = (0, 2, 5, 9, 10, 11)


def _action_columns() -> list[Column]:
    return [FINDING_COLUMNS[i] for i in ACTION_FINDING_COLUMNS] + list(
        FINDING_COLUMNS[FINDING_HEAD:]
    )


def _action_rows(ctx: SheetContext) -> Rows:
    service = AuditExportService(ctx.db, ctx.clock)
    for row in service.finding_rows(_finding_query(ctx.scope), ctx.label):
        if any(v not in ("", None) for v in row[FINDING_HEAD:]):
            yield tuple(row[i] for i in ACTION_FINDING_COLUMNS) + tuple(row[FINDING_HEAD:])


SHEETS = (
    Sheet("incidents", QT_TR_NOOP("インシデント・ヒヤリハット"), _incident_columns, _incident_rows),
    Sheet("duties", QT_TR_NOOP("報告義務"), lambda: _shown(DUTY_COLUMNS), _duty_rows),
    Sheet("training", QT_TR_NOOP("研修受講状況"), lambda: _shown(SUMMARY_COLUMNS), _training_rows),
    Sheet(
        "non-completers",
        QT_TR_NOOP("未受講者"),
        lambda: _shown(NON_COMPLETER_COLUMNS),
        _non_completer_rows,
    ),
    Sheet(
        "findings",
        QT_TR_NOOP("指摘事項"),
        lambda: list(FINDING_COLUMNS[:FINDING_HEAD]),
        _finding_rows,
    ),
    Sheet("actions", QT_TR_NOOP("是正処置"), _action_columns, _action_rows),
)
SHEET_KEYS = tuple(s.key for s in SHEETS)


def sheet(key: str) -> Sheet:
    return next(s for s in SHEETS if s.key == key)
