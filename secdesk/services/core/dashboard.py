"""The figures on the first screen. Each register adds tile providers with `provider()`.

A tile carries where its number comes from (a section and its filters), so that every number
on the dashboard leads to the list of records behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core import declarations
from secdesk.services.core.context import Actor
from secdesk.store.models import Department, Staff


@dataclass(frozen=True)
class ChartRow:
    """One category of a chart: its values (one per series) and the records behind it."""

    label: str
    values: tuple[float | None, ...]
    filters: dict[str, object] = field(default_factory=dict)
    texts: tuple[str, ...] = ()  # how each value reads; formatted numbers when empty
    state: str | None = None  # listing.STATE_* for colour + word


@dataclass(frozen=True)
class Chart:
    """A small labelled chart: horizontal bars (kind "bars") or a table of figures ("table")."""

    series: tuple[str, ...]
    rows: tuple[ChartRow, ...]
    unit: str = ""
    kind: str = "bars"


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    value: str
    detail: str = ""
    state: str | None = None  # listing.STATE_* for colour + word
    section: str = ""
    filters: dict[str, object] = field(default_factory=dict)
    group: str = ""
    chart: Chart | None = None  # shown as a chart; each row leads to its own records


TileProvider = Callable[["object", Actor], list[Tile]]
_PROVIDERS: list[TileProvider] = []


def provider(fn: TileProvider | None = None, *, order: int = 50):
    """Register a tile provider; `order` places its group (lower first). Use bare or with order."""

    def add(function: TileProvider) -> TileProvider:
        function.dashboard_order = order
        _PROVIDERS.append(function)
        return function

    return add(fn) if fn is not None else add


class DashboardService:
    def __init__(self, services) -> None:
        self.services = services

    def tiles(self, actor: Actor) -> list[Tile]:
        actor.require(Permission.READ)
        declarations.ensure()
        tiles: list[Tile] = []
        for make in sorted(_PROVIDERS, key=lambda f: f.dashboard_order):
            tiles.extend(make(self.services, actor))
        return tiles


@provider(order=90)  # the registers' figures come first; the roster's are background
def roster_tiles(services, actor: Actor) -> list[Tile]:
    with services.db.read() as session:
        staff = (
            session.scalar(select(func.count()).select_from(Staff).where(Staff.active.is_(True)))
            or 0
        )
        departments = (
            session.scalar(
                select(func.count()).select_from(Department).where(Department.active.is_(True))
            )
            or 0
        )
        system_departments = (
            session.scalar(
                select(func.count())
                .select_from(Department)
                .where(Department.active.is_(True), Department.owns_systems.is_(True))
            )
            or 0
        )
    group = tr("職員・所属")
    return [
        Tile("staff", tr("在職職員"), f"{staff:,}", tr("名"), section="roster", group=group),
        Tile(
            "departments",
            tr("所属"),
            f"{departments:,}",
            tr("うち情報システム保有 {n}").format(n=system_departments),
            section="roster",
            group=group,
        ),
    ]
