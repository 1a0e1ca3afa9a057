"""`export incidents`: the current list (with its filters) as CSV or .xlsx, in the import's columns.

Records are read in chunks in list order, so a million-row export holds one chunk at a time.
Attachments are files in the database and are not part of the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS
from secdesk.domain.errors import ValidationError
from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.io.incident_format import HEADERS, WIDTHS, format_time, join_entries
from secdesk.io.writers import Column, write_csv, write_xlsx
from secdesk.services.core.context import Actor, Clock
from secdesk.services.core.exports import ExportRecord, exporting
from secdesk.services.core.listing import ListQuery
from secdesk.services.incidents.masters import categories_in
from secdesk.store.models import (
    Department,
    Incident,
    IncidentDuty,
    IncidentEvent,
    IncidentLink,
    IncidentNotification,
    SeverityLevel,
    Staff,
    User,
)

CHUNK = 2000


class IncidentExportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def export(
        self,
        actor: Actor,
        path: Path | str,
        query: ListQuery | None = None,
        encoding: str = "utf-8-sig",
        label: str = "",
        progress=None,
    ) -> ExportRecord:
        """Write the records of `query` (the list's filters and order; all records by default)."""
        actor.require(Permission.EXPORT)
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError(tr("出力先は .csv か .xlsx のファイル名にしてください。"))
        query = query or ListQuery(sort="ref")
        source = _list_source(self.db, self.clock)
        ids = source.ids(actor, query)
        filters = {"text": query.text, **dict(query.filters), "encoding": encoding}
        with exporting(self.db, self.clock, actor, "incident", path, filters) as (temp, record):
            rows = self.rows(ids, progress)
            if suffix == ".csv":
                record.rows = write_csv(temp, HEADERS, rows, encoding=encoding)
            else:
                columns = [Column(h, WIDTHS.get(h, 14)) for h in HEADERS]
                sheet = tr("インシデント・ヒヤリハット")
                record.rows = write_xlsx(temp, [(sheet, columns, rows)], label=label)[sheet]
        return record

    def rows(self, ids, progress=None) -> Iterator[tuple]:
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            with self.db.read() as session:
                yield from export_rows(session, chunk)
            if progress is not None:
                progress(min(start + CHUNK, len(ids)), len(ids))


def _list_source(db, clock):
    from secdesk.services.incidents.listing import IncidentListSource

    return IncidentListSource(db, clock)


def _plain(model):
    """The columns of a table, to be read as plain Core rows (by attribute, like the objects):
    building ORM objects, even ORM rows, cost most of a large export's time."""
    return [c for c in model.__table__.c if c.key not in ("created_at", "updated_at", "version")]


def _grouped(session: Session, model, ids: list[int], order) -> dict[int, list]:
    result: dict[int, list] = {}
    for row in session.connection().execute(
        select(*_plain(model)).where(model.incident_id.in_(ids)).order_by(*order)
    ):
        result.setdefault(row.incident_id, []).append(row)
    return result


def export_rows(session: Session, ids: list[int]) -> list[tuple]:
    """The file rows of these records, in the order given."""
    incidents = {
        i.id: i
        for i in session.connection().execute(select(*_plain(Incident)).where(Incident.id.in_(ids)))
    }
    categories = {c.id: c.label for c in categories_in(session)}
    departments = {d.id: d for d in session.scalars(select(Department))}
    severities = {s.id: s.name for s in session.scalars(select(SeverityLevel))}
    users = {u.id: u.username for u in session.scalars(select(User))}
    staff_ids = {i.reporter_staff_id for i in incidents.values() if i.reporter_staff_id}
    staff = (
        {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(staff_ids)))}
        if staff_ids
        else {}
    )
    events = _grouped(session, IncidentEvent, ids, (IncidentEvent.at, IncidentEvent.id))
    duties = _grouped(session, IncidentDuty, ids, (IncidentDuty.due_on, IncidentDuty.id))
    contacts = _grouped(
        session,
        IncidentNotification,
        ids,
        (IncidentNotification.notified_at, IncidentNotification.id),
    )
    links: dict[int, list[int]] = {}
    for a, b in session.execute(
        select(IncidentLink.incident_id, IncidentLink.other_id).where(
            or_(IncidentLink.incident_id.in_(ids), IncidentLink.other_id.in_(ids))
        )
    ):
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    other_ids = {x for values in links.values() for x in values} | {
        i.promoted_from_id for i in incidents.values() if i.promoted_from_id
    }
    refs = dict(
        session.execute(select(Incident.id, Incident.ref).where(Incident.id.in_(other_ids))).all()
    )
    rows = []
    for incident_id in ids:
        i = incidents.get(incident_id)
        if i is None:
            continue
        dept = departments.get(i.department_id)
        reporter = staff.get(i.reporter_staff_id)
        rows.append(
            (
                i.ref,
                vocab.label(vocab.KIND_LABELS, i.kind),
                vocab.label(vocab.STATUS_LABELS, i.status),
                i.title,
                i.description,
                categories.get(i.category_id, ""),
                vocab.label(vocab.SEGMENTS, i.segment),
                dept.code if dept else "",
                dept.name if dept else "",
                reporter.staff_number if reporter else "",
                reporter.name if reporter else "",
                users.get(i.handler_user_id, ""),
                i.occurred_at,
                i.discovered_at,
                i.reported_at,
                i.first_response_at,
                i.closed_at,
                severities.get(i.severity_id, ""),
                vocab.label(vocab.CLASSIFICATIONS, i.classification),
                i.tags,
                i.cause,
                i.countermeasures,
                i.preventive_measures,
                i.persons_affected,
                i.sensitive_data,
                i.my_number,
                i.unlawful_purpose,
                i.financial_harm,
                i.leaked_items,
                i.secondary_damage,
                i.persons_response,
                i.publication,
                i.withdrawn_reason,
                refs.get(i.promoted_from_id, ""),
                " ".join(sorted(refs[x] for x in links.get(i.id, []) if x in refs)),
                join_entries(
                    [
                        [
                            format_time(e.at),
                            e.actor_name,
                            vocab.label(vocab.EVENT_LABELS, e.kind),
                            vocab.label(vocab.STATUS_LABELS, e.from_status),
                            vocab.label(vocab.STATUS_LABELS, e.to_status),
                            e.text,
                        ]
                        for e in events.get(i.id, [])
                    ]
                ),
                join_entries(
                    [
                        [
                            tr(DUTY_LABELS.get(d.code, d.code)),
                            d.due_on.isoformat(),
                            "1" if d.required else "0",
                            format_time(d.done_at),
                            d.method,
                            d.note,
                            d.basis,
                        ]
                        for d in duties.get(i.id, [])
                    ]
                ),
                join_entries(
                    [
                        [n.target, format_time(n.notified_at), n.method, n.note]
                        for n in contacts.get(i.id, [])
                    ]
                ),
            )
        )
    return rows
