"""Dashboard figures of the incident register: each number equals the list it opens."""

from secdesk.domain import incidents as v
from secdesk.services.core.listing import ListQuery
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import at, incident, near_miss

org, csirt = incident_helpers.org, incident_helpers.csirt


def _count(services, actor, filters: dict) -> int:
    query = ListQuery().with_filters(**{k: val for k, val in filters.items() if k != "sort"})
    return services.incidents.list_source().count(actor, query)


def test_every_figure_opens_the_records_it_counts(services, csirt, org, admin):
    from secdesk.services.roster.departments import DepartmentInput

    services.departments.create(admin, DepartmentInput("130", "会計課"))
    s = services.incidents
    s.create(csirt, incident("誤送付", department_id=org["zei"].id, persons_affected=300))
    s.create(csirt, near_miss("誤送付しかけた", department_id=org["zei"].id))
    s.create(csirt, near_miss("紛失しかけた", department_id=org["shimin"].id))
    old = at(days_ago=60)
    s.create(
        csirt,
        incident(
            "古い事案", occurred_at=old, discovered_at=old, reported_at=old, sensitive_data=True
        ),
    )
    tiles = {t.key: t for t in services.dashboard.tiles(csirt)}
    for key in (
        "incidents_open",
        "incidents_overdue",
        "incidents_due_soon",
        "near_misses_open",
        "fy_incident",
        "fy_near_miss",
        "fy_ppc_reports",
    ):
        tile = tiles[key]
        assert tile.section == "incidents"
        assert int(tile.value.replace(",", "")) == _count(services, csirt, tile.filters), key
    assert tiles["fy_incident"].value == "2" and tiles["fy_near_miss"].value == "2"
    assert tiles["incidents_overdue"].value == "2" and tiles["incidents_overdue"].state == "overdue"
    for key in ("incidents_by_month", "incidents_by_category", "incidents_by_department"):
        chart = tiles[key].chart
        assert sum(sum(r.values) for r in chart.rows) == 4, key
        for row in chart.rows:
            filters = {**tiles[key].filters, **row.filters}
            assert sum(x or 0 for x in row.values) == _count(services, csirt, filters), (
                key,
                row.label,
            )
    november = next(r for r in tiles["incidents_by_month"].chart.rows if r.label == "11月")
    assert november.values == (1, 2)
    departments = tiles["incidents_by_department"].chart.rows
    assert departments[0].label == "税務課" and departments[0].values == (2,)
    silent = [r for r in departments if r.texts == ("報告なし",)]
    assert [r.label for r in silent] == ["会計課"] and silent[0].state == "due_soon"
    assert "報告のない所属" in tiles["incidents_by_department"].detail


def test_response_time_medians_come_from_the_history(services, csirt):
    s = services.incidents
    info = s.create(
        csirt,
        incident(
            discovered_at=at(days_ago=3),
            occurred_at=at(days_ago=4),
            reported_at=at(days_ago=3, hours_ago=-2),
        ),
    )
    info = s.change_status(
        csirt, info.id, info.version, v.INITIAL, "", at(days_ago=3, hours_ago=-6)
    )
    for status in (v.INVESTIGATING, v.RECOVERING, v.PREVENTING, v.CLOSED):
        info = s.change_status(csirt, info.id, info.version, status, "", at(days_ago=1))
    tile = next(t for t in services.dashboard.tiles(csirt) if t.key == "incidents_response_times")
    row = tile.chart.rows[0]
    assert row.values[0] == 2 and row.values[1] == 6 and row.values[2] == 48
    assert row.texts == ("2.0 時間", "6.0 時間", "2.0 日")
