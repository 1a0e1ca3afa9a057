"""The timeline and the duties of a record, kept in step by every writer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS, required_duties
from secdesk.i18n import tr
from secdesk.services.core.context import Actor, Clock
from secdesk.services.incidents.records import aware_day, personal_info
from secdesk.services.incidents.settings import load_rules
from secdesk.store.models import Incident, IncidentDuty, IncidentEvent
from secdesk.store.models.incidents import NO_DUE


def add_event(
    session: Session,
    incident: Incident,
    actor: Actor,
    clock: Clock,
    kind: str,
    text: str = "",
    at: datetime | None = None,
    from_status: str = "",
    to_status: str = "",
) -> IncidentEvent:
    event = IncidentEvent(
        incident_id=incident.id,
        at=at or clock.now(),
        recorded_at=clock.now(),
        actor_id=actor.id,
        actor_name=actor.display_name or actor.username,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        text=text,
    )
    session.add(event)
    return event


def sync_duties(session: Session, incident: Incident, actor: Actor, clock: Clock) -> None:
    """Derive the duties owed from the facts; keep done ones, retire those no longer owed."""
    rules = load_rules(session)
    wanted = {}
    if incident.status not in (vocab.WITHDRAWN, vocab.PROMOTED):
        wanted = {
            d.code: d
            for d in required_duties(
                incident.kind, personal_info(incident), aware_day(incident), rules
            )
        }
    existing = {
        d.code: d
        for d in session.scalars(
            select(IncidentDuty).where(IncidentDuty.incident_id == incident.id)
        )
    }
    notes = []
    for code, due in wanted.items():
        duty = existing.get(code)
        if duty is None:
            session.add(
                IncidentDuty(incident_id=incident.id, code=code, due_on=due.due, basis=due.basis)
            )
            notes.append(
                tr("{duty}（期限 {due}）: {basis}").format(
                    duty=tr(DUTY_LABELS[code]), due=due.due.isoformat(), basis=due.basis
                )
            )
        elif not duty.required or duty.due_on != due.due or duty.basis != due.basis:
            if duty.due_on != due.due or not duty.required:
                notes.append(
                    tr("{duty}の期限 {due}").format(
                        duty=tr(DUTY_LABELS[code]), due=due.due.isoformat()
                    )
                )
            duty.required, duty.due_on, duty.basis = True, due.due, due.basis
    for code, duty in existing.items():
        if code not in wanted and duty.required and duty.done_at is None:
            duty.required = False
            notes.append(
                tr("{duty}は不要になりました").format(duty=tr(DUTY_LABELS.get(code, code)))
            )
    if notes:
        add_event(session, incident, actor, clock, vocab.EVENT_DUTY, "\n".join(notes))
    session.flush()
    update_next_due(session, incident)


def update_next_due(session: Session, incident: Incident) -> None:
    incident.next_due_on = (
        session.scalar(
            select(IncidentDuty.due_on)
            .where(
                IncidentDuty.incident_id == incident.id,
                IncidentDuty.required.is_(True),
                IncidentDuty.done_at.is_(None),
            )
            .order_by(IncidentDuty.due_on)
            .limit(1)
        )
        or NO_DUE
    )
