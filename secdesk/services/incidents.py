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
from secdesk.domain.duties import DUTY_LABELS, required_duties
from secdesk.domain.errors import ConflictDetails, EditConflict, Problem, ValidationError
from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.domain.timezone import TOKYO
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services import incident_search as search
from secdesk.services import refs, trail
from secdesk.services.context import Actor, Clock
from secdesk.services.incident_records import (
    EDITABLE,
    IncidentInfo,
    IncidentInput,
    aware_day,
    get_incident,
    input_of,
    load_info,
    personal_info,
)
from secdesk.services.incident_settings import load_rules
from secdesk.store.models import (
    Department,
    Incident,
    IncidentCategory,
    IncidentDuty,
    IncidentEvent,
    SeverityLevel,
    Staff,
    User,
)
from secdesk.store.models.incidents import NO_DUE

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

TEXT_LIMIT = 20_000
FIELD_LABELS = {
    "title": QT_TR_NOOP("件名"),
    "description": QT_TR_NOOP("概要"),
    "category_id": QT_TR_NOOP("分類"),
    "segment": QT_TR_NOOP("ネットワーク"),
    "department_id": QT_TR_NOOP("所属"),
    "reporter_staff_id": QT_TR_NOOP("報告者"),
    "handler_user_id": QT_TR_NOOP("担当者"),
    "occurred_at": QT_TR_NOOP("発生日時"),
    "discovered_at": QT_TR_NOOP("発見日時"),
    "reported_at": QT_TR_NOOP("CSIRTへの報告日時"),
    "severity_id": QT_TR_NOOP("重大度"),
    "cause": QT_TR_NOOP("原因"),
    "countermeasures": QT_TR_NOOP("応急措置・対応"),
    "preventive_measures": QT_TR_NOOP("再発防止策"),
    "tags": QT_TR_NOOP("タグ"),
    "classification": QT_TR_NOOP("機密性"),
    "persons_affected": QT_TR_NOOP("本人の数"),
    "sensitive_data": QT_TR_NOOP("要配慮個人情報"),
    "my_number": QT_TR_NOOP("特定個人情報"),
    "unlawful_purpose": QT_TR_NOOP("不正の目的のおそれ"),
    "financial_harm": QT_TR_NOOP("財産的被害のおそれ"),
    "leaked_items": QT_TR_NOOP("漏えい等した項目"),
    "secondary_damage": QT_TR_NOOP("二次被害"),
    "persons_response": QT_TR_NOOP("本人への対応"),
    "publication": QT_TR_NOOP("公表"),
}


def clean_input(data: IncidentInput, now: datetime) -> tuple[IncidentInput, list[Problem]]:
    """Normalise and check the fields that need no database (shared by the form and the import)."""
    clean = replace(
        data,
        title=clean_line(data.title),
        tags=" ".join(vocab.split_tags(data.tags)),
        **{
            name: clean_multiline(getattr(data, name))
            for name in (
                "description",
                "cause",
                "countermeasures",
                "preventive_measures",
                "leaked_items",
                "secondary_damage",
                "persons_response",
                "publication",
            )
        },
    )
    problems = []
    if data.kind not in vocab.KINDS:
        problems.append(Problem(tr("種別はヒヤリハットかインシデントを選んでください。"), "kind"))
    if not clean.title:
        problems.append(Problem(tr("件名を入力してください。"), "title"))
    elif len(clean.title) > 200:
        problems.append(Problem(tr("件名は200文字以内で入力してください。"), "title"))
    for name in ("description", "cause", "countermeasures", "preventive_measures"):
        if len(getattr(clean, name)) > TEXT_LIMIT:
            problems.append(
                Problem(tr("{n}文字以内で入力してください。").format(n=f"{TEXT_LIMIT:,}"), name)
            )
    if len(clean.tags) > 400:
        problems.append(Problem(tr("タグは合わせて400文字以内にしてください。"), "tags"))
    if clean.segment and clean.segment not in vocab.SEGMENTS:
        problems.append(Problem(tr("ネットワークの区分が正しくありません。"), "segment"))
    if clean.classification not in vocab.CLASSIFICATIONS:
        problems.append(Problem(tr("機密性の区分を選んでください。"), "classification"))
    if clean.persons_affected is not None and not 0 <= clean.persons_affected <= 100_000_000:
        problems.append(
            Problem(tr("本人の数は0以上の整数で入力してください。"), "persons_affected")
        )
    times = vocab.Times(clean.occurred_at, clean.discovered_at, clean.reported_at)
    problems.extend(Problem(message, field) for field, message in vocab.time_problems(times, now))
    return clean, problems


def reference_problems(
    session: Session, data: IncidentInput, current: Incident | None
) -> list[Problem]:
    """The chosen category, department, people and level must exist (and be in use, when new)."""
    problems = []

    def usable(model, value, field, current_value, message):
        if value is None:
            return
        row = session.get(model, value)
        active = getattr(row, "active", True) if row is not None else False
        if row is None or (not active and value != current_value):
            problems.append(Problem(message, field))

    usable(
        IncidentCategory,
        data.category_id,
        "category_id",
        current.category_id if current else None,
        tr("分類が見つからないか、使われていません。"),
    )
    usable(
        Department,
        data.department_id,
        "department_id",
        current.department_id if current else None,
        tr("所属が見つかりません。"),
    )
    usable(
        Staff,
        data.reporter_staff_id,
        "reporter_staff_id",
        None,
        tr("報告者が職員名簿にありません。"),
    )
    usable(
        User,
        data.handler_user_id,
        "handler_user_id",
        current.handler_user_id if current else None,
        tr("担当者のユーザーが見つからないか、無効です。"),
    )
    usable(
        SeverityLevel,
        data.severity_id,
        "severity_id",
        current.severity_id if current else None,
        tr("重大度が見つからないか、使われていません。"),
    )
    return problems


def top_category(session: Session, category_id: int | None) -> int | None:
    if category_id is None:
        return None
    parent = session.scalar(
        select(IncidentCategory.parent_id).where(IncidentCategory.id == category_id)
    )
    return parent or category_id


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
        mine = {k: v for k, v in vars(data).items()} if data is not None else {}
        raise EditConflict(
            tr("他の利用者が {ref} を先に更新しました。").format(ref=incident.ref),
            ConflictDetails(
                "incident",
                incident.id,
                expected,
                incident.version,
                mine,
                {"status": incident.status, **_stored_fields(incident)},
            ),
        )

    def list_source(self):
        from secdesk.services.incident_list import IncidentListSource

        return IncidentListSource(self.db, self.clock)
