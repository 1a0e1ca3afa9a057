"""Master lists of the incident register: categories (two levels) and severity levels.

Reading needs READ; changing needs MANAGE_MASTER_DATA. Entries in use are never deleted: they are
switched off (active = False), so old records keep their category and level.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secdesk.domain.errors import NotFound, Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line
from secdesk.i18n import tr
from secdesk.services.core import trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import IncidentCategory, SeverityLevel, User


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    parent_id: int | None
    name: str
    active: bool
    sort_order: int
    label: str  # "誤送付・誤送信 › メール"


@dataclass(frozen=True)
class SeverityInfo:
    id: int
    name: str
    rank: int
    description: str
    active: bool


@dataclass(frozen=True)
class HandlerInfo:
    id: int
    username: str
    display_name: str
    active: bool

    @property
    def label(self) -> str:
        return self.display_name or self.username


def categories_in(session: Session) -> list[CategoryInfo]:
    rows = list(
        session.scalars(
            select(IncidentCategory).order_by(IncidentCategory.sort_order, IncidentCategory.id)
        )
    )
    tops = {c.id: c for c in rows if c.parent_id is None}
    result = []
    for top in tops.values():
        result.append(CategoryInfo(top.id, None, top.name, top.active, top.sort_order, top.name))
        for child in rows:
            if child.parent_id == top.id:
                result.append(
                    CategoryInfo(
                        child.id,
                        top.id,
                        child.name,
                        child.active,
                        child.sort_order,
                        f"{top.name} › {child.name}",
                    )
                )
    return result


class IncidentMasterService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def categories(self, actor: Actor) -> list[CategoryInfo]:
        """Top levels in order, each followed by its second level."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return categories_in(session)

    def severities(self, actor: Actor) -> list[SeverityInfo]:
        actor.require(Permission.READ)
        with self.db.read() as session:
            return [
                SeverityInfo(s.id, s.name, s.rank, s.description, s.active)
                for s in session.scalars(
                    select(SeverityLevel).order_by(SeverityLevel.rank, SeverityLevel.id)
                )
            ]

    def fiscal_years(self, actor: Actor) -> list[int]:
        """The fiscal years from the oldest record to this one, newest first (for filters)."""
        from secdesk.domain.fiscal import fiscal_year
        from secdesk.store.models import Incident

        actor.require(Permission.READ)
        current = fiscal_year(self.clock.today())
        with self.db.read() as session:
            oldest = session.scalar(select(func.min(Incident.fiscal_year)))
        return list(range(current, min(oldest or current, current) - 1, -1))

    def handlers(self, actor: Actor) -> list[HandlerInfo]:
        """Users who may handle incidents (csirt and admin), for the 担当者 choice."""
        actor.require(Permission.READ)
        with self.db.read() as session:
            return [
                HandlerInfo(u.id, u.username, u.display_name, u.active)
                for u in session.scalars(
                    select(User).where(User.role.in_(("csirt", "admin"))).order_by(User.username)
                )
            ]

    def add_category(self, actor: Actor, name: str, parent_id: int | None = None) -> CategoryInfo:
        actor.require(Permission.MANAGE_MASTER_DATA)
        name = clean_line(name)
        with self.db.write() as session:
            if not name or len(name) > 100:
                raise ValidationError(Problem(tr("分類名は1〜100文字で入力してください。"), "name"))
            if parent_id is not None:
                parent = session.get(IncidentCategory, parent_id)
                if parent is None or parent.parent_id is not None:
                    raise ValidationError(
                        Problem(tr("上位の分類は第1階層から選んでください。"), "parent_id")
                    )
            clash = session.scalar(
                select(IncidentCategory.id).where(
                    IncidentCategory.name == name,
                    IncidentCategory.parent_id.is_(None)
                    if parent_id is None
                    else IncidentCategory.parent_id == parent_id,
                )
            )
            if clash is not None:
                raise ValidationError(Problem(tr("同じ名前の分類がすでにあります。"), "name"))
            top = session.scalar(
                select(func.max(IncidentCategory.sort_order)).where(
                    IncidentCategory.parent_id.is_(None)
                    if parent_id is None
                    else IncidentCategory.parent_id == parent_id
                )
            )
            row = IncidentCategory(
                parent_id=parent_id, name=name, sort_order=(top or 0) + 10, active=True
            )
            session.add(row)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "incident_category",
                row.id,
                {"name": name, "parent_id": parent_id},
            )
            return next(c for c in categories_in(session) if c.id == row.id)

    def set_category_active(self, actor: Actor, category_id: int, active: bool) -> None:
        actor.require(Permission.MANAGE_MASTER_DATA)
        with self.db.write() as session:
            row = session.get(IncidentCategory, category_id)
            if row is None:
                raise NotFound(tr("分類が見つかりません。"))
            trail.switch_active(session, actor, self.clock, "incident_category", row, active)

    def add_severity(
        self, actor: Actor, name: str, rank: int, description: str = ""
    ) -> SeverityInfo:
        actor.require(Permission.MANAGE_MASTER_DATA)
        name, description = clean_line(name), clean_line(description)
        with self.db.write() as session:
            if not name or len(name) > 50:
                raise ValidationError(
                    Problem(tr("重大度の名前は1〜50文字で入力してください。"), "name")
                )
            if session.scalar(select(SeverityLevel.id).where(SeverityLevel.name == name)):
                raise ValidationError(Problem(tr("同じ名前の重大度がすでにあります。"), "name"))
            row = SeverityLevel(name=name, rank=rank, description=description[:200], active=True)
            session.add(row)
            session.flush()
            trail.record(
                session,
                actor,
                self.clock,
                "create",
                "severity_level",
                row.id,
                {"name": name, "rank": rank, "description": description},
            )
            return SeverityInfo(row.id, row.name, row.rank, row.description, row.active)

    def set_severity_active(self, actor: Actor, severity_id: int, active: bool) -> None:
        actor.require(Permission.MANAGE_MASTER_DATA)
        with self.db.write() as session:
            row = session.get(SeverityLevel, severity_id)
            if row is None:
                raise NotFound(tr("重大度が見つかりません。"))
            trail.switch_active(session, actor, self.clock, "severity_level", row, active)
