"""Audit findings and incidents, linked both ways.

An incident may reveal a weakness that an audit finding records; a finding may explain why an
incident happened. Either register's editors may make or remove the link; both records show it,
the incident's timeline says so, and the trail keeps every change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import NotFound, PermissionDenied, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, normalize_code
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.incidents.timeline import add_event
from secdesk.store.models import AuditRating, Finding, FindingIncidentLink, Incident

# "link"/"unlink" read as 関連付け/関連付けの解除 (labels declared with the incident register).


@dataclass(frozen=True)
class LinkedFinding:
    finding_id: int
    number: str
    title: str
    rating: str
    status: str
    note: str


@dataclass(frozen=True)
class LinkedIncident:
    incident_id: int
    ref: str
    title: str
    kind: str
    status: str
    note: str


def _require_editor(actor: Actor) -> None:
    if not (actor.can(Permission.EDIT_AUDITS) or actor.can(Permission.EDIT_INCIDENTS)):
        actor.require(Permission.EDIT_AUDITS)  # raises with the usual message
        raise PermissionDenied(tr("この操作を行う権限がありません。"))  # pragma: no cover


class FindingLinkService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def link(self, actor: Actor, finding_id: int, incident_ref: str, note: str = "") -> None:
        _require_editor(actor)
        with self.db.write() as session:
            finding = _finding(session, finding_id)
            incident = session.scalar(
                select(Incident).where(Incident.ref == normalize_code(incident_ref))
            )
            if incident is None:
                raise ValidationError(
                    Problem(
                        tr("番号 {ref} の記録が見つかりません。").format(ref=incident_ref), "ref"
                    )
                )
            self._link(session, actor, finding, incident, note)

    def link_finding(
        self, actor: Actor, incident_id: int, finding_number: str, note: str = ""
    ) -> None:
        """The same link made from the incident's side, naming the finding by its number."""
        _require_editor(actor)
        with self.db.write() as session:
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise NotFound(tr("記録が見つかりません。"))
            finding = session.scalar(
                select(Finding).where(Finding.number == normalize_code(finding_number))
            )
            if finding is None:
                raise ValidationError(
                    Problem(
                        tr("番号 {n} の指摘事項が見つかりません。").format(n=finding_number), "ref"
                    )
                )
            self._link(session, actor, finding, incident, note)

    def unlink(self, actor: Actor, finding_id: int, incident_id: int) -> None:
        _require_editor(actor)
        with self.db.write() as session:
            row = session.scalar(
                select(FindingIncidentLink).where(
                    FindingIncidentLink.finding_id == finding_id,
                    FindingIncidentLink.incident_id == incident_id,
                )
            )
            if row is None:
                raise NotFound(tr("関連付けが見つかりません。"))
            finding, incident = _finding(session, finding_id), session.get(Incident, incident_id)
            session.delete(
                row
            )  # a relation, not a record: its history is in the trail and timeline
            add_event(
                session,
                incident,
                actor,
                self.clock,
                vocab.EVENT_LINK,
                tr("指摘事項 {n} との関連付けを解除しました。").format(n=finding.number),
            )
            trail.record(
                session,
                actor,
                self.clock,
                "unlink",
                "finding",
                finding.id,
                {"incident": incident.ref},
            )

    def findings_of(self, actor: Actor, incident_id: int) -> list[LinkedFinding]:
        actor.require(Permission.READ)
        stmt = (
            select(Finding, AuditRating.name, FindingIncidentLink.note)
            .join(FindingIncidentLink, FindingIncidentLink.finding_id == Finding.id)
            .join(AuditRating, AuditRating.id == Finding.rating_id)
            .where(FindingIncidentLink.incident_id == incident_id)
            .order_by(Finding.number)
        )
        with self.db.read() as session:
            return [
                LinkedFinding(f.id, f.number, f.title, rating, f.status, note)
                for f, rating, note in session.execute(stmt)
            ]

    def incidents_of(self, actor: Actor, finding_id: int) -> list[LinkedIncident]:
        actor.require(Permission.READ)
        stmt = (
            select(Incident, FindingIncidentLink.note)
            .join(FindingIncidentLink, FindingIncidentLink.incident_id == Incident.id)
            .where(FindingIncidentLink.finding_id == finding_id)
            .order_by(Incident.ref)
        )
        with self.db.read() as session:
            return [
                LinkedIncident(i.id, i.ref, i.title, i.kind, i.status, note)
                for i, note in session.execute(stmt)
            ]

    def _link(
        self, session: Session, actor: Actor, finding: Finding, incident: Incident, note: str
    ) -> None:
        exists = session.scalar(
            select(FindingIncidentLink.id).where(
                FindingIncidentLink.finding_id == finding.id,
                FindingIncidentLink.incident_id == incident.id,
            )
        )
        if exists is not None:
            raise ValidationError(Problem(tr("すでに関連付けられています。"), "ref"))
        session.add(
            FindingIncidentLink(
                finding_id=finding.id,
                incident_id=incident.id,
                note=clean_line(note)[:200],
                created_at=self.clock.now(),
                created_by=actor.username,
            )
        )
        add_event(
            session,
            incident,
            actor,
            self.clock,
            vocab.EVENT_LINK,
            tr("指摘事項 {n}「{t}」と関連付けました。").format(n=finding.number, t=finding.title),
        )
        trail.record(
            session,
            actor,
            self.clock,
            "link",
            "finding",
            finding.id,
            {"incident": incident.ref, "note": note},
        )


def _finding(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(tr("指摘事項が見つかりません。"))
    return finding
