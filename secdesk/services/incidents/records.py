"""What the incident services take and give: plain dataclasses, and loading them from a session."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secdesk.domain import duties as rules_mod
from secdesk.domain.duties import DUTY_LABELS, DUTY_ORDER, DutyRules, PersonalInfo
from secdesk.domain.errors import NotFound
from secdesk.domain.incident_records import (
    EDITABLE,
    AttachmentInfo,
    DutyInfo,
    EventInfo,
    IncidentInfo,
    IncidentInput,
    LinkInfo,
    NotificationInfo,
)
from secdesk.domain.incidents import allowed_transitions, can_promote
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import tr
from secdesk.store.models import (
    Department,
    Incident,
    IncidentAttachment,
    IncidentCategory,
    IncidentDuty,
    IncidentEvent,
    IncidentLink,
    IncidentNotification,
    SeverityLevel,
    Staff,
    User,
)
from secdesk.store.models.incidents import NO_DUE


def get_incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(tr("インシデント・ヒヤリハットが見つかりません。"))
    return incident


def input_of(incident: Incident) -> IncidentInput:
    return IncidentInput(kind=incident.kind, **{name: getattr(incident, name) for name in EDITABLE})


def personal_info(incident: Incident | IncidentInput) -> PersonalInfo:
    return PersonalInfo(
        incident.persons_affected,
        incident.sensitive_data,
        incident.my_number,
        incident.unlawful_purpose,
        incident.financial_harm,
    )


def aware_day(incident: Incident) -> date | None:
    """The day the office became aware (in Tokyo): the deadlines count from it."""
    return incident.discovered_at.astimezone(TOKYO).date() if incident.discovered_at else None


def category_label(session: Session, category_id: int | None) -> str:
    if category_id is None:
        return ""
    category = session.get(IncidentCategory, category_id)
    if category is None:
        return ""
    if category.parent_id is None:
        return category.name
    parent = session.get(IncidentCategory, category.parent_id)
    return f"{parent.name} › {category.name}" if parent else category.name


def _link(incident: Incident, note: str = "") -> LinkInfo:
    return LinkInfo(incident.id, incident.ref, incident.title, incident.kind, incident.status, note)


def duty_info(duty: IncidentDuty, today: date, rules: DutyRules) -> DutyInfo:
    done_on = duty.done_at.astimezone(TOKYO).date() if duty.done_at else None
    return DutyInfo(
        duty.id,
        duty.code,
        tr(DUTY_LABELS.get(duty.code, duty.code)),
        duty.due_on,
        duty.basis,
        duty.required,
        duty.done_at,
        duty.method,
        duty.note,
        rules_mod.duty_state(duty.due_on, done_on, duty.required, today, rules),
        rules_mod.done_late(duty.due_on, done_on),
    )


def load_info(session: Session, incident: Incident, today: date, rules: DutyRules) -> IncidentInfo:
    department = session.get(Department, incident.department_id) if incident.department_id else None
    reporter = (
        session.get(Staff, incident.reporter_staff_id) if incident.reporter_staff_id else None
    )
    handler = session.get(User, incident.handler_user_id) if incident.handler_user_id else None
    severity = session.get(SeverityLevel, incident.severity_id) if incident.severity_id else None
    source = session.get(Incident, incident.promoted_from_id) if incident.promoted_from_id else None
    target = session.scalar(select(Incident).where(Incident.promoted_from_id == incident.id))

    owners = {incident.id: ""}
    if source is not None:
        owners[source.id] = source.ref
    events = tuple(
        EventInfo(
            e.id,
            e.at,
            e.actor_name,
            e.kind,
            e.from_status,
            e.to_status,
            e.text,
            owners[e.incident_id],
        )
        for e in session.scalars(
            select(IncidentEvent)
            .where(IncidentEvent.incident_id.in_(list(owners)))
            .order_by(IncidentEvent.at, IncidentEvent.id)
        )
    )
    order = {code: i for i, code in enumerate(DUTY_ORDER)}
    duties = sorted(
        session.scalars(select(IncidentDuty).where(IncidentDuty.incident_id == incident.id)),
        key=lambda d: (order.get(d.code, 99), d.id),
    )
    notifications = tuple(
        NotificationInfo(n.id, n.target, n.notified_at, n.method, n.note, n.recorded_by)
        for n in session.scalars(
            select(IncidentNotification)
            .where(IncidentNotification.incident_id == incident.id)
            .order_by(IncidentNotification.notified_at, IncidentNotification.id)
        )
    )
    attachments = tuple(
        AttachmentInfo(
            a.id,
            a.file_name,
            a.content_type,
            a.size,
            a.sha256,
            a.note,
            a.added_at,
            a.added_by,
            a.withdrawn,
            a.withdrawn_reason,
        )
        for a in session.scalars(
            select(IncidentAttachment)
            .where(IncidentAttachment.incident_id == incident.id)
            .order_by(IncidentAttachment.id)
        )
    )
    links = []
    for link in session.scalars(
        select(IncidentLink)
        .where(or_(IncidentLink.incident_id == incident.id, IncidentLink.other_id == incident.id))
        .order_by(IncidentLink.id)
    ):
        other_id = link.other_id if link.incident_id == incident.id else link.incident_id
        other = session.get(Incident, other_id)
        if other is not None:
            links.append(_link(other, link.note))
    info = personal_info(incident)
    return IncidentInfo(
        id=incident.id,
        ref=incident.ref,
        kind=incident.kind,
        fiscal_year=incident.fiscal_year,
        status=incident.status,
        version=incident.version,
        data=input_of(incident),
        category_name=category_label(session, incident.category_id),
        department_name=department.name if department else "",
        reporter_name=reporter.name if reporter else "",
        reporter_number=reporter.staff_number if reporter else "",
        handler_name=(handler.display_name or handler.username) if handler else "",
        severity_name=severity.name if severity else "",
        first_response_at=incident.first_response_at,
        closed_at=incident.closed_at,
        withdrawn_reason=incident.withdrawn_reason,
        next_due_on=None if incident.next_due_on == NO_DUE else incident.next_due_on,
        created_at=incident.created_at,
        updated_at=incident.updated_at,
        promoted_from=_link(source) if source else None,
        promoted_to=_link(target) if target else None,
        events=events,
        duties=tuple(duty_info(d, today, rules) for d in duties),
        notifications=notifications,
        attachments=attachments,
        links=tuple(links),
        transitions=allowed_transitions(incident.kind, incident.status),
        can_promote=can_promote(incident.kind, incident.status),
        ppc_reasons=tuple(rules_mod.ppc_reasons(info, rules))
        if incident.kind == "incident"
        else (),
        my_number_note=rules_mod.my_number_flag(info),
    )
