"""Logging and working near-misses and incidents: create, edit, move through the workflow, promote.

Every write checks EDIT_INCIDENTS, keeps the timeline (which is insert-only), the reporting
duties and the free-text index in step, and appends to the audit trail in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import ConflictDetails, EditConflict, Problem, ValidationError
from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_multiline
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core import integrity, pg_roles, refs, trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.incidents import search
from secdesk.services.incidents.checks import (
    FIELD_LABELS,
    clean_input,
    reference_problems,
    top_category,
)
from secdesk.services.incidents.records import (
    EDITABLE,
    IncidentInfo,
    IncidentInput,
    get_incident,
    input_of,
    load_info,
)
from secdesk.services.incidents.settings import load_rules
from secdesk.services.incidents.timeline import add_event, sync_duties
from secdesk.store.models import (
    Incident,
)

# The timeline is append-only like the trail (migration 0002); verify checks its guards.
integrity.GUARDS["sqlite"].update(
    {"incident_event_no_update": "incident_event", "incident_event_no_delete": "incident_event"}
)
integrity.GUARDS["postgresql"]["incident_event_immutable"] = "incident_event"
pg_roles.APPEND_ONLY.add("incident_event")

trail.ACTION_LABELS.update(
    {
        "status": QT_TR_NOOP("状態変更"),
        "promote": QT_TR_NOOP("インシデントへ移行"),
        "note": QT_TR_NOOP("対応経過の記録"),
        "duty_done": QT_TR_NOOP("報告義務の記録"),
        "notify": QT_TR_NOOP("関係機関への連絡"),
        "attach": QT_TR_NOOP("ファイルの添付"),
        "link": QT_TR_NOOP("関連付け"),
        "unlink": QT_TR_NOOP("関連付けの解除"),
    }
)
trail.ENTITY_LABELS.update(
    {
        "incident": QT_TR_NOOP("インシデント・ヒヤリハット"),
        "incident_category": QT_TR_NOOP("インシデント分類"),
        "severity_level": QT_TR_NOOP("重大度"),
        "incident_attachment": QT_TR_NOOP("添付ファイル"),
    }
)


def _stored_fields(incident: Incident) -> dict[str, object]:
    return {name: getattr(incident, name) for name in EDITABLE}


class IncidentService:
    """Create, edit, move through the workflow and promote; the parts of a record live in
    services.incident_work (timeline notes, duties, contacts, files, links)."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- reading ---------------------------------------------------------------------------------

    def get(self, actor: Actor, incident_id: int) -> IncidentInfo:
        actor.require(Permission.READ)
        with self.db.read() as session:
            incident = get_incident(session, incident_id)
            return load_info(session, incident, self.clock.today(), load_rules(session))

    def find(self, actor: Actor, ref: str) -> IncidentInfo | None:
        actor.require(Permission.READ)
        with self.db.read() as session:
            incident = session.scalar(select(Incident).where(Incident.ref == ref.strip().upper()))
            if incident is None:
                return None
            return load_info(session, incident, self.clock.today(), load_rules(session))

    # --- writing ---------------------------------------------------------------------------------

    def create(self, actor: Actor, data: IncidentInput) -> IncidentInfo:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.write() as session:
            clean = self._validated(session, data, None)
            incident = self._insert(session, actor, clean, vocab.RECEIVED)
            add_event(
                session, incident, actor, self.clock, vocab.EVENT_CREATED, to_status=vocab.RECEIVED
            )
            sync_duties(session, incident, actor, self.clock)
            session.flush()
            search.insert_many(session, [(incident.id, search.stored_tokens(session, incident))])
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "incident",
                incident.id,
                {"ref": incident.ref, **_stored_fields(incident)},
            )
            return load_info(session, incident, self.clock.today(), load_rules(session))

    def _insert(
        self, session: Session, actor: Actor, clean: IncidentInput, status: str
    ) -> Incident:
        year = fiscal_year(clean.discovered_at.astimezone(TOKYO).date())
        number = refs.reserve(session, year, vocab.REF_CODES[clean.kind])
        incident = Incident(
            kind=clean.kind,
            ref=vocab.format_ref(year, clean.kind, number),
            fiscal_year=year,
            status=status,
            category_top_id=top_category(session, clean.category_id),
            **{name: getattr(clean, name) for name in EDITABLE},
        )
        session.add(incident)
        session.flush()
        return incident

    def _validated(
        self, session: Session, data: IncidentInput, current: Incident | None
    ) -> IncidentInput:
        clean, problems = clean_input(data, self.clock.now())
        problems.extend(reference_problems(session, clean, current))
        if problems:
            raise ValidationError(problems)
        return clean

    def update(
        self, actor: Actor, incident_id: int, expected_version: int, data: IncidentInput
    ) -> IncidentInfo:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            self._check_version(incident, expected_version, data)
            clean = self._validated(session, replace(data, kind=incident.kind), incident)
            before = _stored_fields(incident)
            with search.IndexedText(session, incident):
                for name in EDITABLE:
                    setattr(incident, name, getattr(clean, name))
                incident.category_top_id = top_category(session, clean.category_id)
                incident.fiscal_year = fiscal_year(clean.discovered_at.astimezone(TOKYO).date())
                changed = trail.changes(before, _stored_fields(incident))
                if changed:
                    fields = "、".join(tr(FIELD_LABELS.get(k, k)) for k in changed)
                    add_event(
                        session,
                        incident,
                        actor,
                        self.clock,
                        vocab.EVENT_EDIT,
                        tr("変更した項目: {fields}").format(fields=fields),
                    )
                session.flush()
                sync_duties(session, incident, actor, self.clock)
            if changed:
                trail.record(session, actor, self.clock, "update", "incident", incident.id, changed)
            return load_info(session, incident, self.clock.today(), load_rules(session))

    def change_status(
        self,
        actor: Actor,
        incident_id: int,
        expected_version: int,
        status: str,
        note: str = "",
        at: datetime | None = None,
    ) -> IncidentInfo:
        """Move along the workflow; 取消 needs a reason. The move and its note go to the timeline."""
        actor.require(Permission.EDIT_INCIDENTS)
        note = clean_multiline(note)
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            self._check_version(incident, expected_version, None)
            old = incident.status
            if status not in vocab.allowed_transitions(incident.kind, old):
                raise ValidationError(
                    Problem(
                        tr("「{old}」から「{new}」へは変更できません。").format(
                            old=vocab.label(vocab.STATUS_LABELS, old),
                            new=vocab.label(vocab.STATUS_LABELS, status),
                        ),
                        "status",
                    )
                )
            if status == vocab.WITHDRAWN and not note:
                raise ValidationError(Problem(tr("取消の理由を入力してください。"), "note"))
            when = at or self.clock.now()
            if when > self.clock.now() + vocab.FUTURE_TOLERANCE:
                raise ValidationError(Problem(tr("未来の日時は入力できません。"), "at"))
            with search.IndexedText(session, incident):
                incident.status = status
                if old == vocab.RECEIVED and incident.first_response_at is None:
                    incident.first_response_at = when
                if status == vocab.CLOSED:
                    incident.closed_at = when
                elif old == vocab.CLOSED:
                    incident.closed_at = None
                if status == vocab.WITHDRAWN:
                    incident.withdrawn_reason = note
                add_event(
                    session,
                    incident,
                    actor,
                    self.clock,
                    vocab.EVENT_STATUS,
                    note,
                    when,
                    old,
                    status,
                )
                session.flush()
                sync_duties(session, incident, actor, self.clock)
            trail.record(
                session,
                actor,
                self.clock,
                "status",
                "incident",
                incident.id,
                {"status": [old, status], "note": note},
            )
            return load_info(session, incident, self.clock.today(), load_rules(session))

    def promote(
        self, actor: Actor, incident_id: int, expected_version: int, note: str = ""
    ) -> IncidentInfo:
        """Turn a near-miss into an incident: a new incident record (with its own number) takes
        over the facts; the near-miss keeps its number and history and points to it."""
        actor.require(Permission.EDIT_INCIDENTS)
        note = clean_multiline(note)
        with self.db.write() as session:
            near_miss = get_incident(session, incident_id)
            self._check_version(near_miss, expected_version, None)
            if not vocab.can_promote(near_miss.kind, near_miss.status):
                raise ValidationError(
                    Problem(tr("このヒヤリハットはインシデントへ移行できません。"), "status")
                )
            data = replace(input_of(near_miss), kind=vocab.INCIDENT)
            incident = self._insert(session, actor, data, vocab.RECEIVED)
            incident.promoted_from_id = near_miss.id
            old = near_miss.status
            with search.IndexedText(session, near_miss):
                near_miss.status = vocab.PROMOTED
                add_event(
                    session,
                    near_miss,
                    actor,
                    self.clock,
                    vocab.EVENT_PROMOTED,
                    tr("インシデント {ref} へ移行しました。{note}")
                    .format(ref=incident.ref, note=note)
                    .strip(),
                    from_status=old,
                    to_status=vocab.PROMOTED,
                )
            add_event(
                session,
                incident,
                actor,
                self.clock,
                vocab.EVENT_PROMOTED,
                tr("ヒヤリハット {ref} から移行しました。{note}")
                .format(ref=near_miss.ref, note=note)
                .strip(),
                to_status=vocab.RECEIVED,
            )
            sync_duties(session, incident, actor, self.clock)
            session.flush()
            search.insert_many(session, [(incident.id, search.stored_tokens(session, incident))])
            trail.record_many(
                session,
                actor,
                self.clock,
                [
                    trail.TrailEvent(
                        "promote",
                        "incident",
                        near_miss.id,
                        {"status": [old, vocab.PROMOTED], "to": incident.ref},
                    ),
                    trail.TrailEvent(
                        "create",
                        "incident",
                        incident.id,
                        {"ref": incident.ref, "from": near_miss.ref, **_stored_fields(incident)},
                    ),
                ],
            )
            return load_info(session, incident, self.clock.today(), load_rules(session))

    def _check_version(self, incident: Incident, expected: int, data: IncidentInput | None) -> None:
        if incident.version == expected:
            return

        def shown(fields: dict[str, object]) -> dict[str, object]:
            # The conflict dialog lists the fields by these keys: the names on the form.
            return {tr(FIELD_LABELS.get(k, k)): v for k, v in fields.items()}

        mine = {k: v for k, v in vars(data).items() if k != "kind"} if data is not None else {}
        theirs = _stored_fields(incident)
        raise EditConflict(
            tr("他の利用者が {ref} を先に更新しました。").format(ref=incident.ref),
            ConflictDetails(
                "incident", incident.id, expected, incident.version, shown(mine), shown(theirs)
            ),
        )

    def list_source(self):
        from secdesk.services.incidents.listing import IncidentListSource

        return IncidentListSource(self.db, self.clock)
