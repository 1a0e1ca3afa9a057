"""The working parts of a record: timeline notes, duties done, outside contacts, files, links.

None of these edits the record's own fields, so none needs the record's version: two people can
add notes or files to the same incident at once. Each is a timeline entry and a trail entry.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS
from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.file_names import is_reserved, safe_base_name
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.domain.timezone import format_local
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.services.incidents import search
from secdesk.services.incidents.records import get_incident
from secdesk.services.incidents.settings import attachment_limit_bytes
from secdesk.services.incidents.timeline import add_event, update_next_due
from secdesk.store.models import (
    Incident,
    IncidentAttachment,
    IncidentDuty,
    IncidentLink,
    IncidentNotification,
)


def _not_future(clock: Clock, when: datetime | None, field: str) -> None:
    if when is not None and when > clock.now() + vocab.FUTURE_TOLERANCE:
        raise ValidationError(Problem(tr("未来の日時は入力できません。"), field))


class IncidentWorkService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- timeline --------------------------------------------------------------------------------

    def add_note(
        self, actor: Actor, incident_id: int, text: str, at: datetime | None = None
    ) -> int:
        """Record what was done (対応経過); returns the entry's id."""
        actor.require(Permission.EDIT_INCIDENTS)
        text = clean_multiline(text)
        if not text:
            raise ValidationError(Problem(tr("対応の内容を入力してください。"), "text"))
        if len(text) > 20_000:
            raise ValidationError(Problem(tr("20,000文字以内で入力してください。"), "text"))
        _not_future(self.clock, at, "at")
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            with search.IndexedText(session, incident):
                event = add_event(session, incident, actor, self.clock, vocab.EVENT_NOTE, text, at)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "note",
                "incident",
                incident.id,
                {"event": event.id, "at": event.at, "text": text},
            )
            return event.id

    # --- duties ---------------------------------------------------------------------------------

    def record_duty(
        self,
        actor: Actor,
        duty_id: int,
        done_at: datetime | None,
        method: str = "",
        note: str = "",
    ) -> None:
        """Mark a duty done (when and how), or not done again (done_at None) to correct a mistake."""
        actor.require(Permission.EDIT_INCIDENTS)
        method, note = clean_line(method), clean_multiline(note)
        _not_future(self.clock, done_at, "done_at")
        if len(method) > 50:
            raise ValidationError(Problem(tr("方法は50文字以内で入力してください。"), "method"))
        with self.db.write() as session:
            duty = session.get(IncidentDuty, duty_id)
            if duty is None:
                raise NotFound(tr("報告義務が見つかりません。"))
            incident = get_incident(session, duty.incident_id)
            before = {"done_at": duty.done_at, "method": duty.method, "note": duty.note}
            duty.done_at, duty.method, duty.note = done_at, method, note
            label = tr(DUTY_LABELS.get(duty.code, duty.code))
            if done_at is None:
                text = tr("{duty}を未完了に戻しました。").format(duty=label)
            else:
                text = (
                    tr("{duty}: {at} {method} {note}")
                    .format(duty=label, at=format_local(done_at), method=method, note=note)
                    .strip()
                )
            add_event(session, incident, actor, self.clock, vocab.EVENT_DUTY, text, done_at)
            session.flush()
            update_next_due(session, incident)
            trail.record(
                session,
                actor,
                self.clock,
                "duty_done",
                "incident",
                incident.id,
                {
                    "duty": duty.code,
                    **trail.changes(before, {"done_at": done_at, "method": method, "note": note}),
                },
            )

    # --- notifications to outside bodies ----------------------------------------------------------

    def add_notification(
        self,
        actor: Actor,
        incident_id: int,
        target: str,
        notified_at: datetime | None,
        method: str = "",
        note: str = "",
    ) -> int:
        actor.require(Permission.EDIT_INCIDENTS)
        target, method, note = clean_line(target), clean_line(method), clean_multiline(note)
        problems = []
        if target not in vocab.NOTIFICATION_TARGETS:
            problems.append(Problem(tr("連絡先を一覧から選んでください。"), "target"))
        if notified_at is None:
            problems.append(Problem(tr("連絡した日時を入力してください。"), "notified_at"))
        if len(method) > 50:
            problems.append(Problem(tr("方法は50文字以内で入力してください。"), "method"))
        if problems:
            raise ValidationError(problems)
        _not_future(self.clock, notified_at, "notified_at")
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            row = IncidentNotification(
                incident_id=incident.id,
                target=target,
                notified_at=notified_at,
                method=method,
                note=note,
                recorded_at=self.clock.now(),
                recorded_by=actor.username,
            )
            session.add(row)
            text = f"{target}: {method} {note}".strip()
            with search.IndexedText(session, incident):
                add_event(
                    session,
                    incident,
                    actor,
                    self.clock,
                    vocab.EVENT_NOTIFICATION,
                    text,
                    notified_at,
                )
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "notify",
                "incident",
                incident.id,
                {"target": target, "at": notified_at, "method": method, "note": note},
            )
            return row.id

    # --- attachments ----------------------------------------------------------------------------

    def add_attachment(
        self, actor: Actor, incident_id: int, file_name: str, data: bytes, note: str = ""
    ) -> int:
        actor.require(Permission.EDIT_INCIDENTS)
        if is_reserved(re.split(r"[\\/]", file_name)[-1]):
            raise ValidationError(
                Problem(tr("Windows の予約名（CON、NUL など）は使えません。"), "file")
            )
        name = clean_line(safe_base_name(file_name))[:255]
        if not name:
            raise ValidationError(Problem(tr("ファイル名がありません。"), "file"))
        if not data:
            raise ValidationError(Problem(tr("空のファイルは添付できません。"), "file"))
        with self.db.write() as session:
            limit = attachment_limit_bytes(session)
            if len(data) > limit:
                raise ValidationError(
                    Problem(
                        tr("ファイルが大きすぎます（{size} MB、上限 {limit} MB）。").format(
                            size=f"{len(data) / 1048576:.1f}", limit=limit // 1048576
                        ),
                        "file",
                    )
                )
            incident = get_incident(session, incident_id)
            digest = hashlib.sha256(data).hexdigest()
            row = IncidentAttachment(
                incident_id=incident.id,
                file_name=name,
                content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=len(data),
                sha256=digest,
                data=data,
                note=clean_line(note)[:200],
                added_at=self.clock.now(),
                added_by=actor.username,
            )
            session.add(row)
            add_event(
                session,
                incident,
                actor,
                self.clock,
                vocab.EVENT_ATTACHMENT,
                tr("{name}（{size} バイト）を添付しました。").format(
                    name=name, size=f"{len(data):,}"
                ),
            )
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "attach",
                "incident",
                incident.id,
                {"attachment": row.id, "file": name, "bytes": len(data), "sha256": digest},
            )
            return row.id

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
        """The file's name and bytes, checked against its SHA-256 before they are handed out."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            row = session.get(IncidentAttachment, attachment_id)
            if row is None:
                raise NotFound(tr("添付ファイルが見つかりません。"))
            data = row.data
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise ValidationError(
                    tr(
                        "添付ファイル {name} の内容が登録時と一致しません（SHA-256 不一致）。"
                    ).format(name=row.file_name)
                )
            return row.file_name, data

    def withdraw_attachment(self, actor: Actor, attachment_id: int, reason: str) -> None:
        """Hide a file attached by mistake; it stays in the database with the reason."""
        actor.require(Permission.EDIT_INCIDENTS)
        reason = clean_line(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            row = session.get(IncidentAttachment, attachment_id)
            if row is None:
                raise NotFound(tr("添付ファイルが見つかりません。"))
            incident = get_incident(session, row.incident_id)
            row.withdrawn, row.withdrawn_reason = True, reason[:200]
            add_event(
                session,
                incident,
                actor,
                self.clock,
                vocab.EVENT_ATTACHMENT,
                tr("{name} の添付を取り消しました（理由: {reason}）。").format(
                    name=row.file_name, reason=reason
                ),
            )
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "incident_attachment",
                row.id,
                {"incident": incident.id, "reason": reason},
            )

    # --- links ---------------------------------------------------------------------------------

    def link(self, actor: Actor, incident_id: int, other_ref: str, note: str = "") -> None:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            other = session.scalar(
                select(Incident).where(Incident.ref == other_ref.strip().upper())
            )
            if other is None:
                raise ValidationError(
                    Problem(tr("番号 {ref} の記録が見つかりません。").format(ref=other_ref), "ref")
                )
            if other.id == incident.id:
                raise ValidationError(Problem(tr("自分自身とは関連付けできません。"), "ref"))
            low, high = sorted((incident.id, other.id))
            if session.scalar(select(IncidentLink.id).where(_pair(low, high))) is not None:
                raise ValidationError(Problem(tr("すでに関連付けられています。"), "ref"))
            link_records(session, actor, self.clock, incident, other, clean_line(note)[:200])
            trail.record(
                session,
                actor,
                self.clock,
                "link",
                "incident",
                incident.id,
                {"other": other.ref, "note": note},
            )

    def unlink(self, actor: Actor, incident_id: int, other_id: int) -> None:
        actor.require(Permission.EDIT_INCIDENTS)
        with self.db.write() as session:
            incident = get_incident(session, incident_id)
            other = get_incident(session, other_id)
            low, high = sorted((incident.id, other.id))
            row = session.scalar(select(IncidentLink).where(_pair(low, high)))
            if row is None:
                raise NotFound(tr("関連付けが見つかりません。"))
            session.delete(row)  # a relation, not a record: its history is in both timelines
            for one, two in ((incident, other), (other, incident)):
                add_event(
                    session,
                    one,
                    actor,
                    self.clock,
                    vocab.EVENT_LINK,
                    tr("{ref} との関連付けを解除しました。").format(ref=two.ref),
                )
            trail.record(
                session, actor, self.clock, "unlink", "incident", incident.id, {"other": other.ref}
            )


def _pair(low: int, high: int):
    return and_(IncidentLink.incident_id == low, IncidentLink.other_id == high)


def link_records(
    session: Session, actor: Actor, clock: Clock, incident: Incident, other: Incident, note: str
) -> None:
    low, high = sorted((incident.id, other.id))
    session.add(
        IncidentLink(
            incident_id=low,
            other_id=high,
            note=note,
            created_at=clock.now(),
            created_by=actor.username,
        )
    )
    for one, two in ((incident, other), (other, incident)):
        add_event(
            session,
            one,
            actor,
            clock,
            vocab.EVENT_LINK,
            tr("{ref}（{title}）と関連付けました。").format(ref=two.ref, title=two.title),
        )


def linked_ids(session: Session, incident_id: int) -> list[int]:
    rows = session.execute(
        select(IncidentLink.incident_id, IncidentLink.other_id).where(
            or_(IncidentLink.incident_id == incident_id, IncidentLink.other_id == incident_id)
        )
    )
    return [b if a == incident_id else a for a, b in rows]
