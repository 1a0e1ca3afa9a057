"""The incident chapter of the annual report: counts beside the year before, reporting duties,
and the appendix listing the year's incidents.

Counts come from services.incident_stats (the dashboard's queries). Withdrawn records and
near-misses that became incidents are not counted (incident_stats.counted).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS, DUTY_ORDER
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import tr
from secdesk.reports.annual_data import AppendixRow, CountRow, DutyCase, DutyRow, IncidentPart
from secdesk.services.incidents import stats
from secdesk.services.incidents.masters import categories_in
from secdesk.services.reports.scope import ReportScope
from secdesk.store.models import Department, Incident, IncidentDuty, SeverityLevel

# An appendix of every record of a busy year would run to thousands of pages: it lists the
# incidents (near-misses are counted in the chapters), and at most this many of them, the
# most serious first; the auditors' workbook holds every record.
APPENDIX_LIMIT = 1000
DUTY_CASES_LIMIT = 200
NO_DEPARTMENT = -1  # the key of records without a department in the department table


def _row(label: str, now: Counter, before: Counter, key) -> CountRow:
    return CountRow(
        label,
        now[(key, vocab.INCIDENT)],
        before[(key, vocab.INCIDENT)],
        now[(key, vocab.NEAR_MISS)],
        before[(key, vocab.NEAR_MISS)],
    )


def gather_incidents(session, scope: ReportScope, today: date) -> IncidentPart:
    year, ids = scope.fiscal_year, scope.department_ids
    this, last = stats.counted(year, ids), stats.counted(year - 1, ids)
    part = IncidentPart()
    kinds, kinds_before = stats.kind_counts(session, *this), stats.kind_counts(session, *last)
    part.incidents, part.near_misses = kinds[vocab.INCIDENT], kinds[vocab.NEAR_MISS]
    part.incidents_before = kinds_before[vocab.INCIDENT]
    part.near_misses_before = kinds_before[vocab.NEAR_MISS]

    months = stats.month_counts(session, year, *this[1:])
    months_before = stats.month_counts(session, year - 1, *last[1:])
    for ((_, m), now), before in zip(months.items(), months_before.values(), strict=True):
        part.months.append(
            CountRow(
                tr("{m}月").format(m=m),
                now[vocab.INCIDENT],
                before[vocab.INCIDENT],
                now[vocab.NEAR_MISS],
                before[vocab.NEAR_MISS],
            )
        )

    now = stats.counts_by(session, Incident.category_top_id, *this)
    before = stats.counts_by(session, Incident.category_top_id, *last)
    for category in categories_in(session):
        if category.parent_id is None:
            row = _row(category.name, now, before, category.id)
            if category.active or row.total or row.total_before:
                part.categories.append(row)
    row = _row(tr("（分類なし）"), now, before, None)
    if row.total or row.total_before:
        part.categories.append(row)

    now = stats.counts_by(session, Incident.segment, *this)
    before = stats.counts_by(session, Incident.segment, *last)
    for code, label in vocab.SEGMENTS.items():
        part.segments.append(_row(tr(label), now, before, code))
    row = _row(tr("（未設定）"), now, before, "")
    if row.total or row.total_before:
        part.segments.append(row)

    now = stats.counts_by(session, Incident.department_id, *this)
    before = stats.counts_by(session, Incident.department_id, *last)
    seen = {key for key, _ in (*now, *before)}
    departments = session.scalars(
        select(Department)
        .where(Department.id.in_([d for d in seen if d is not None]))
        .order_by(Department.sort_order, Department.code)
    )
    part.departments = [_row(d.name, now, before, d.id) for d in departments]
    if None in seen:
        part.departments.append(_row(tr("（所属なし）"), now, before, None))

    _duties(session, part, this, today)
    _appendix(session, part, this, today)
    return part


def _duties(session, part: IncidentPart, conditions, today: date) -> None:
    outcomes = stats.duty_outcomes(session, today, *conditions)
    total = stats.DutyOutcome()
    for code in [*DUTY_ORDER, *sorted(set(outcomes) - set(DUTY_ORDER))]:
        if code not in outcomes:
            continue
        o = outcomes[code]
        total.add(o)
        label = tr(DUTY_LABELS[code]) if code in DUTY_LABELS else code
        part.duties.append(
            DutyRow(label, o.owed, o.on_time, o.late, o.overdue, o.pending, o.on_time_rate)
        )
    part.duty_total = DutyRow(
        tr("合計"),
        total.owed,
        total.on_time,
        total.late,
        total.overdue,
        total.pending,
        total.on_time_rate,
    )
    missed = [
        *conditions,
        IncidentDuty.required.is_(True),
        (IncidentDuty.done_at.is_(None) & (IncidentDuty.due_on < today))
        | (IncidentDuty.done_at.is_not(None)),
    ]
    rows = session.execute(
        select(
            Incident.ref,
            Incident.title,
            Department.name,
            IncidentDuty.code,
            IncidentDuty.due_on,
            IncidentDuty.done_at,
        )
        .join(Incident, Incident.id == IncidentDuty.incident_id)
        .outerjoin(Department, Department.id == Incident.department_id)
        .where(*missed)
        .order_by(IncidentDuty.due_on, Incident.id)
    )
    for ref, title, department, code, due, done_at in rows:
        done = done_at.astimezone(TOKYO).date() if done_at is not None else None
        if done is not None and done <= due:
            continue  # on time: listed only in the counts
        part.duty_cases_total += 1
        if len(part.duty_cases) >= DUTY_CASES_LIMIT:
            continue
        if done is None:
            state = tr("未実施（期限超過 {n}日）").format(n=(today - due).days)
        else:
            state = tr("期限後に実施（{n}日後）").format(n=(done - due).days)
        part.duty_cases.append(
            DutyCase(
                ref,
                title,
                department or "",
                tr(DUTY_LABELS[code]) if code in DUTY_LABELS else code,
                due,
                done,
                state,
                done is None,
            )
        )


def _appendix(session, part: IncidentPart, conditions, today: date) -> None:
    incidents = [*conditions, Incident.kind == vocab.INCIDENT]
    total = part.incidents
    stmt = select(Incident.id).where(*incidents)
    if total > APPENDIX_LIMIT:
        part.appendix_limit = APPENDIX_LIMIT
        rank = (
            select(SeverityLevel.rank)
            .where(SeverityLevel.id == Incident.severity_id)
            .scalar_subquery()
        )
        stmt = stmt.order_by(
            func.coalesce(rank, -1).desc(),
            func.coalesce(Incident.persons_affected, 0).desc(),
            Incident.id,
        ).limit(APPENDIX_LIMIT)
    ids = sorted(session.scalars(stmt))
    categories = {c.id: c.label for c in categories_in(session)}
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    severities = dict(session.execute(select(SeverityLevel.id, SeverityLevel.name)).all())
    duties: dict[int, Counter] = {}
    rows = []
    for start in range(0, len(ids), 900):  # keeps each IN list within every database's limits
        chunk = ids[start : start + 900]
        for incident_id, done_at, due in session.execute(
            select(IncidentDuty.incident_id, IncidentDuty.done_at, IncidentDuty.due_on).where(
                IncidentDuty.incident_id.in_(chunk), IncidentDuty.required.is_(True)
            )
        ):
            counter = duties.setdefault(incident_id, Counter())
            counter["owed"] += 1
            if done_at is not None:
                counter["done"] += 1
            elif due < today:
                counter["overdue"] += 1
        rows += session.execute(
            select(
                Incident.id,
                Incident.ref,
                Incident.discovered_at,
                Incident.title,
                Incident.category_id,
                Incident.department_id,
                Incident.severity_id,
                Incident.status,
                Incident.persons_affected,
            )
            .where(Incident.id.in_(chunk))
            .order_by(Incident.id)
        ).all()
    for r in rows:
        counter = duties.get(r.id)
        duty_text = ""
        if counter:
            duty_text = tr("{done}/{owed} 済").format(done=counter["done"], owed=counter["owed"])
            if counter["overdue"]:
                duty_text += "\n" + tr("超過 {n}").format(n=counter["overdue"])
        part.appendix.append(
            AppendixRow(
                r.ref,
                r.discovered_at.astimezone(TOKYO).strftime("%Y-%m-%d"),
                r.title,
                categories.get(r.category_id, ""),
                departments.get(r.department_id, ""),
                severities.get(r.severity_id, ""),
                vocab.label(vocab.STATUS_LABELS, r.status),
                "" if r.persons_affected is None else f"{r.persons_affected:,}",
                duty_text,
            )
        )
