"""Evidence files of corrective actions: kept in the database with their SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from secdesk.domain.errors import Problem, SecdeskError, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.i18n import tr
from secdesk.services.audits.action_records import (
    MAX_EVIDENCE_BYTES,
    EvidenceInfo,
    evidence_info,
    get_action,
    get_evidence,
)
from secdesk.services.core import trail
from secdesk.services.core.context import Actor
from secdesk.store.models import ActionEvidence


class ActionEvidenceFiles:
    """Adding, withdrawing and saving evidence files; mixed into ActionService."""

    def add_evidence(
        self, actor: Actor, action_id: int, filename: str, content: bytes, note: str = ""
    ) -> EvidenceInfo:
        actor.require(Permission.EDIT_AUDITS)
        name = clean_line(Path(filename.replace("\\", "/")).name)[:255]
        if not name:
            raise ValidationError(Problem(tr("ファイル名がありません。"), "filename"))
        if not content:
            raise ValidationError(Problem(tr("空のファイルは証跡にできません。"), "filename"))
        if len(content) > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                Problem(
                    tr("証跡ファイルは{mb} MB以下にしてください。").format(
                        mb=MAX_EVIDENCE_BYTES // (1024 * 1024)
                    ),
                    "filename",
                )
            )
        with self.db.write() as session:
            action = get_action(session, action_id)
            if action.withdrawn:
                raise SecdeskError(tr("取り消された処置には証跡を追加できません。"))
            evidence = ActionEvidence(
                action_id=action.id,
                filename=name,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                note=clean_line(note)[:500],
                added_by=actor.username,
                added_at=self.clock.now(),
                withdrawn=False,
                withdrawn_reason="",
            )
            session.add(evidence)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "add_evidence",
                "audit_action",
                action.id,
                {
                    "evidence": evidence.id,
                    "file": name,
                    "bytes": evidence.size,
                    "sha256": evidence.sha256,
                },
            )
            return evidence_info(evidence)

    def withdraw_evidence(self, actor: Actor, evidence_id: int, reason: str) -> EvidenceInfo:
        actor.require(Permission.EDIT_AUDITS)
        reason = clean_multiline(reason)
        if not reason:
            raise ValidationError(Problem(tr("取消の理由を入力してください。"), "reason"))
        with self.db.write() as session:
            evidence = get_evidence(session, evidence_id)
            evidence.withdrawn, evidence.withdrawn_reason = True, reason
            trail.record(
                session,
                actor,
                self.clock,
                "withdraw",
                "audit_evidence",
                evidence.id,
                {"file": evidence.filename, "reason": reason},
            )
            return evidence_info(evidence)

    def save_evidence(self, actor: Actor, evidence_id: int, path: Path | str):
        """Write an evidence file out (an export: in the trail), after checking its SHA-256."""
        from secdesk.domain.errors import EnvironmentProblem
        from secdesk.services.core.exports import exporting

        with self.db.read() as session:
            actor.require(Permission.READ)
            evidence = get_evidence(session, evidence_id)
            content, expected, name = evidence.content, evidence.sha256, evidence.filename
        if hashlib.sha256(content).hexdigest() != expected:
            raise EnvironmentProblem(
                tr(
                    "証跡ファイル「{name}」の内容が登録時と一致しません（SHA-256 不一致）。データベースの破損か改ざんの可能性があります。"
                ).format(name=name)
            )
        filters = {"evidence": evidence_id, "file": name, "sha256": expected}
        with exporting(self.db, self.clock, actor, "audit_evidence", path, filters) as (
            temp,
            record,
        ):
            Path(temp).write_bytes(content)
            record.rows = 1
        return record
