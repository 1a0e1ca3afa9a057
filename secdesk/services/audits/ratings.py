"""The ratings of findings (評価): the office's own editable list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update

from secdesk.domain.audits import FindingStatus
from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line
from secdesk.i18n import tr
from secdesk.services.audits import common as _common  # noqa: F401  (labels, settings)
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import AuditRating, Finding


@dataclass(frozen=True)
class RatingInfo:
    id: int
    name: str
    requires_action: bool
    sort_order: int
    active: bool


def _info(rating: AuditRating) -> RatingInfo:
    return RatingInfo(
        rating.id, rating.name, rating.requires_action, rating.sort_order, rating.active
    )


class RatingService:
    """Read by everyone; changed by whoever manages master data (the administrator)."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def list(self, actor: Actor, include_inactive: bool = False) -> list[RatingInfo]:
        actor.require(Permission.READ)
        stmt = select(AuditRating).order_by(AuditRating.sort_order, AuditRating.id)
        if not include_inactive:
            stmt = stmt.where(AuditRating.active.is_(True))
        with self.db.read() as session:
            return [_info(r) for r in session.scalars(stmt)]

    def add(self, actor: Actor, name: str, requires_action: bool = True) -> RatingInfo:
        actor.require(Permission.MANAGE_MASTER_DATA)
        clean = _checked_name(name)
        with self.db.write() as session:
            if session.scalar(select(AuditRating.id).where(AuditRating.name == clean)):
                raise ValidationError(Problem(tr("この評価区分はすでにあります。"), "name"))
            top = session.scalar(select(func.max(AuditRating.sort_order))) or 0
            rating = AuditRating(
                name=clean, requires_action=requires_action, sort_order=top + 10, active=True
            )
            session.add(rating)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "audit_rating",
                rating.id,
                {"name": clean, "requires_action": requires_action},
            )
            return _info(rating)

    def update(
        self,
        actor: Actor,
        rating_id: int,
        *,
        name: str | None = None,
        requires_action: bool | None = None,
        active: bool | None = None,
        sort_order: int | None = None,
    ) -> RatingInfo:
        """Rename, reorder or retire a rating; findings keep theirs (retired ones stay shown)."""
        actor.require(Permission.MANAGE_MASTER_DATA)
        with self.db.write() as session:
            rating = session.get(AuditRating, rating_id)
            if rating is None:
                raise NotFound(tr("評価区分が見つかりません。"))
            before = _fields(rating)
            if name is not None:
                clean = _checked_name(name)
                clash = session.scalar(select(AuditRating.id).where(AuditRating.name == clean))
                if clash is not None and clash != rating.id:
                    raise ValidationError(Problem(tr("この評価区分はすでにあります。"), "name"))
                rating.name = clean
            if requires_action is not None and requires_action != rating.requires_action:
                rating.requires_action = requires_action
                # Findings without actions follow their rating's need for one.
                session.execute(
                    update(Finding)
                    .where(
                        Finding.rating_id == rating.id,
                        Finding.status.in_([FindingStatus.OPEN, FindingStatus.NO_ACTION]),
                    )
                    .values(
                        status=FindingStatus.OPEN if requires_action else FindingStatus.NO_ACTION
                    )
                )
            if active is not None:
                rating.active = active
            if sort_order is not None:
                rating.sort_order = sort_order
            changes = trail.changes(before, _fields(rating))
            if changes:
                trail.record(
                    session, actor, self.clock, "update", "audit_rating", rating.id, changes
                )
            return _info(rating)


def _fields(rating: AuditRating) -> dict[str, object]:
    return {
        "name": rating.name,
        "requires_action": rating.requires_action,
        "active": rating.active,
        "sort_order": rating.sort_order,
    }


def _checked_name(name: str) -> str:
    clean = clean_line(name)
    if not clean or len(clean) > 40:
        raise ValidationError(Problem(tr("評価区分は1〜40文字で入力してください。"), "name"))
    return clean
