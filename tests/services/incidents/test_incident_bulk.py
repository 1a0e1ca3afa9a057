"""Bulk inserts store values exactly as the ORM would (same text for instants, days, flags)."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from secdesk.services.core import bulk
from secdesk.store.models import IncidentDuty
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import incident

csirt = incident_helpers.csirt


def test_bulk_rows_read_back_like_orm_rows(db, services, csirt):
    info = services.incidents.create(csirt, incident(persons_affected=200))
    done = datetime(2026, 11, 24, 3, 4, 5, 6, tzinfo=UTC)
    with db.write() as session:
        bulk.insert_rows(
            session,
            IncidentDuty.__table__,
            [
                {
                    "incident_id": info.id,
                    "code": "extra",
                    "due_on": date(2026, 12, 1),
                    "basis": "",
                    "required": True,
                    "done_at": done,
                    "method": "",
                    "note": "",
                    "created_at": done,
                    "updated_at": done,
                }
            ],
        )
    with db.read() as session:
        row = session.scalar(select(IncidentDuty).where(IncidentDuty.code == "extra"))
        assert (row.due_on, row.required, row.done_at) == (date(2026, 12, 1), True, done)
        # Compared in SQL with values the ORM wrote: same text, so same order.
        later = session.scalars(
            select(IncidentDuty.code).where(IncidentDuty.done_at >= done).order_by(IncidentDuty.id)
        ).all()
        assert later == ["extra"]
