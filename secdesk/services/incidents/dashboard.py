"""The incident register on the dashboard: what runs late, what is open, and this year's picture.

Every figure carries the filters of the list behind it (section "incidents"), so a click on a
tile or on a chart row opens exactly those records.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from statistics import median

from sqlalchemy import func, select

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import PPC_FINAL
from secdesk.domain.fiscal import fiscal_year, fiscal_year_label
from secdesk.i18n import language, tr
from secdesk.services.core.context import Actor
from secdesk.services.core.dashboard import Chart, ChartRow, Tile, provider
from secdesk.services.core.listing import STATE_DUE_SOON, STATE_OVERDUE
from secdesk.services.incidents import stats
from secdesk.services.incidents.listing import OPEN
from secdesk.services.incidents.masters import categories_in
from secdesk.services.incidents.settings import load_rules
from secdesk.store.models import Department, Incident, IncidentDuty
from secdesk.store.models.incidents import NO_DUE

SECTION = "incidents"
DEPARTMENT_ROWS = 8


@provider(order=10)
def incident_tiles(services, actor: Actor) -> list[Tile]:
    today = services.clock.today()
    year = fiscal_year(today)
    group = tr("インシデント・ヒヤリハット　{fy}").format(fy=fiscal_year_label(year, language()))
    with services.db.read() as session:
        rules = load_rules(session)
        tiles = _status_tiles(session, today, rules.due_soon_days, group)
        tiles += _year_tiles(session, year, group, today)
        tiles.append(_month_chart(session, year, group))
        tiles.append(_category_chart(session, year, group))
        tiles.append(_department_chart(session, year, group))
        tiles.append(_response_chart(session, year, group))
    return tiles


def _count(session, *conditions) -> int:
    return session.scalar(select(func.count()).select_from(Incident).where(*conditions)) or 0


def _status_tiles(session, today, soon_days: int, group: str) -> list[Tile]:
    open_incidents = (Incident.kind == vocab.INCIDENT, Incident.status.in_(vocab.OPEN_STATUSES))
    nearest = session.execute(
        select(Incident.ref, Incident.next_due_on)
        .where(*open_incidents, Incident.next_due_on < NO_DUE)
        .order_by(Incident.next_due_on, Incident.id)
        .limit(1)
    ).first()
    overdue = _count(session, Incident.next_due_on < today)
    soon = _count(
        session,
        Incident.next_due_on >= today,
        Incident.next_due_on <= today + timedelta(days=soon_days),
    )
    return [
        Tile(
            "incidents_open",
            tr("対応中のインシデント"),
            f"{_count(session, *open_incidents):,}",
            (tr("次の期限 {due}（超過）") if nearest[1] < today else tr("次の期限 {due}")).format(
                due=nearest[1].isoformat(), ref=nearest[0]
            )
            if nearest
            else tr("期限の迫る報告はありません"),
            section=SECTION,
            filters={"kind": vocab.INCIDENT, "status": OPEN, "sort": "next_due"},
            group=group,
        ),
        Tile(
            "incidents_overdue",
            tr("期限を過ぎた報告義務"),
            f"{overdue:,}",
            tr("件の事案"),
            state=STATE_OVERDUE if overdue else None,
            section=SECTION,
            filters={"overdue": True, "sort": "next_due"},
            group=group,
        ),
        Tile(
            "incidents_due_soon",
            tr("期限間近の報告義務"),
            f"{soon:,}",
            tr("件の事案（{n}日以内）").format(n=soon_days),
            state=STATE_DUE_SOON if soon else None,
            section=SECTION,
            filters={"due_soon": soon_days, "sort": "next_due"},
            group=group,
        ),
        Tile(
            "near_misses_open",
            tr("対応中のヒヤリハット"),
            f"{_count(session, Incident.kind == vocab.NEAR_MISS, Incident.status.in_(vocab.OPEN_STATUSES)):,}",
            tr("件"),
            section=SECTION,
            filters={"kind": vocab.NEAR_MISS, "status": OPEN},
            group=group,
        ),
    ]


def _year_tiles(session, year: int, group: str, today) -> list[Tile]:
    counts = stats.kind_counts(
        session, Incident.fiscal_year == year, Incident.status != vocab.WITHDRAWN
    )
    last = stats.kind_counts(
        session, Incident.fiscal_year == year - 1, Incident.status != vocab.WITHDRAWN
    )
    ppc = (
        session.scalar(
            select(func.count(func.distinct(IncidentDuty.incident_id)))
            .join(Incident, Incident.id == IncidentDuty.incident_id)
            .where(
                Incident.fiscal_year == year,
                IncidentDuty.code == PPC_FINAL,
                IncidentDuty.required.is_(True),
            )
        )
        or 0
    )
    outcome = stats.DutyOutcome()
    for each in stats.duty_outcomes(session, today, Incident.fiscal_year == year).values():
        outcome.add(each)
    done, late = outcome.done, outcome.late
    in_time = f"{(done - late) * 100 // done}%" if done else "—"
    tiles = [
        Tile(
            f"fy_{kind}",
            tr("今年度の{kind}").format(kind=vocab.label(vocab.KIND_LABELS, kind)),
            f"{counts.get(kind, 0):,}",
            tr("件（前年度 {n} 件）").format(n=f"{last.get(kind, 0):,}"),
            section=SECTION,
            filters={"fiscal_year": year, "kind": kind},
            group=group,
        )
        for kind in (vocab.INCIDENT, vocab.NEAR_MISS)
    ]
    tiles.append(
        Tile(
            "fy_ppc_reports",
            tr("個人情報保護委員会への報告対象"),
            f"{ppc:,}",
            tr("件（今年度のインシデント）"),
            section=SECTION,
            filters={"fiscal_year": year, "duty": PPC_FINAL},
            group=group,
        )
    )
    tiles.append(
        Tile(
            "fy_duties_in_time",
            tr("期限内に行った報告"),
            in_time,
            tr("実施 {n} 件、うち期限後 {late} 件").format(n=done, late=late),
            state=STATE_OVERDUE if late else None,
            section=SECTION,
            filters={"fiscal_year": year, "duty": "any"},
            group=group,
        )
    )
    return tiles


def _kind_series() -> tuple[str, str]:
    return (
        vocab.label(vocab.KIND_LABELS, vocab.INCIDENT),
        vocab.label(vocab.KIND_LABELS, vocab.NEAR_MISS),
    )


def _month_chart(session, year: int, group: str) -> Tile:
    rows = [
        ChartRow(
            tr("{m}月").format(m=m),
            (counts[vocab.INCIDENT], counts[vocab.NEAR_MISS]),
            {"month": (y, m)},
        )
        for (y, m), counts in stats.month_counts(session, year).items()
    ]
    total = sum(sum(r.values) for r in rows)
    return Tile(
        "incidents_by_month",
        tr("月別の件数（発見月）"),
        f"{total:,}",
        section=SECTION,
        filters={"fiscal_year": year},
        group=group,
        chart=Chart(_kind_series(), tuple(rows), tr("件")),
    )


def _category_chart(session, year: int, group: str) -> Tile:
    counts = stats.counts_by(session, Incident.category_top_id, Incident.fiscal_year == year)
    rows = []
    for category in categories_in(session):
        if category.parent_id is not None:
            continue
        values = (
            counts.get((category.id, vocab.INCIDENT), 0),
            counts.get((category.id, vocab.NEAR_MISS), 0),
        )
        if category.active or any(values):
            rows.append(
                ChartRow(category.name, values, {"fiscal_year": year, "category": category.id})
            )
    values = (counts.get((None, vocab.INCIDENT), 0), counts.get((None, vocab.NEAR_MISS), 0))
    if any(values):
        rows.append(ChartRow(tr("（分類なし）"), values, {"fiscal_year": year, "category": 0}))
    return Tile(
        "incidents_by_category",
        tr("分類別のインシデントとヒヤリハット"),
        f"{sum(counts.values()):,}",
        tr("ヒヤリハットの多い分類は、事故になる前の警告です"),
        section=SECTION,
        filters={"fiscal_year": year},
        group=group,
        chart=Chart(_kind_series(), tuple(rows), tr("件")),
    )


def _department_chart(session, year: int, group: str) -> Tile:
    counts: Counter = Counter()
    for (department, _kind), n in stats.counts_by(
        session, Incident.department_id, Incident.fiscal_year == year
    ).items():
        counts[department] += n
    departments = list(session.scalars(select(Department).where(Department.active.is_(True))))
    parents = {d.parent_id for d in departments if d.parent_id is not None}
    # Sections (課) report; 部 that have sections under them are left out.
    leaves = [d for d in departments if d.id not in parents]
    silent = sorted((d for d in leaves if not counts.get(d.id)), key=lambda d: d.code)
    busy = sorted((d for d in leaves if counts.get(d.id)), key=lambda d: (-counts[d.id], d.code))
    rows = [
        ChartRow(d.name, (counts[d.id],), {"fiscal_year": year, "department_id": d.id})
        for d in busy[:DEPARTMENT_ROWS]
    ]
    rows += [
        ChartRow(
            d.name,
            (0,),
            {"fiscal_year": year, "department_id": d.id},
            (tr("報告なし"),),
            STATE_DUE_SOON,
        )
        for d in silent[: DEPARTMENT_ROWS // 2]
    ]
    if counts.get(None):
        rows.append(
            ChartRow(tr("（所属なし）"), (counts[None],), {"fiscal_year": year, "department_id": 0})
        )
    detail = tr("報告のない所属 {n}（全 {all} 所属）").format(n=len(silent), all=len(leaves))
    if len(silent) > DEPARTMENT_ROWS // 2:
        detail += tr("：ほかに {names}").format(
            names="、".join(d.name for d in silent[DEPARTMENT_ROWS // 2 :][:12])
        )
    return Tile(
        "incidents_by_department",
        tr("所属別の報告件数"),
        f"{sum(counts.values()):,}",
        detail,
        state=STATE_DUE_SOON if silent else None,
        section=SECTION,
        filters={"fiscal_year": year},
        group=group,
        chart=Chart((tr("報告件数"),), tuple(rows), tr("件")),
    )


def _hours(a, b) -> float | None:
    if a is None or b is None or b < a:
        return None
    return (b - a).total_seconds() / 3600


def _response_chart(session, year: int, group: str) -> Tile:
    """Median hours from discovery to the report to CSIRT, to the first response and to closing."""
    spans: dict[int | None, list[list[float]]] = {}
    for top, discovered, reported, first, closed in session.execute(
        select(
            Incident.category_top_id,
            Incident.discovered_at,
            Incident.reported_at,
            Incident.first_response_at,
            Incident.closed_at,
        ).where(Incident.fiscal_year == year, Incident.kind == vocab.INCIDENT)
    ):
        lists = spans.setdefault(top, [[], [], []])
        for index, end in enumerate((reported, first, closed)):
            value = _hours(discovered, end)
            if value is not None:
                lists[index].append(value)
    rows = []
    tops = [(c.id, c.name) for c in categories_in(session) if c.parent_id is None]
    for category_id, name in [*tops, (None, tr("（分類なし）"))]:
        if category_id not in spans:
            continue
        medians = tuple(median(v) if v else None for v in spans[category_id])
        rows.append(
            ChartRow(
                name,
                medians,
                {"fiscal_year": year, "category": category_id or 0, "kind": vocab.INCIDENT},
                tuple(_duration(m) for m in medians),
            )
        )
    series = (tr("CSIRTへの報告まで"), tr("初動まで"), tr("完了まで"))
    return Tile(
        "incidents_response_times",
        tr("対応時間の中央値（インシデント・分類別）"),
        f"{sum(len(v[0]) for v in spans.values()):,}",
        tr("発見からの経過時間。件数は集計したインシデント"),
        section=SECTION,
        filters={"fiscal_year": year, "kind": vocab.INCIDENT},
        group=group,
        chart=Chart(series, tuple(rows), tr("時間・日"), kind="table"),
    )


def _duration(hours: float | None) -> str:
    if hours is None:
        return "—"
    if hours < 48:
        return tr("{h} 時間").format(h=f"{hours:.1f}")
    return tr("{d} 日").format(d=f"{hours / 24:.1f}")
