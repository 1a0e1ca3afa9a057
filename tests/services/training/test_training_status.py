from datetime import date

import pytest

from secdesk.domain.training import OverrideMode
from secdesk.services.core.listing import ListQuery
from tests.training_data import build_org, course


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


@pytest.fixture
def progress(services, admin, org):
    """令和8年度 all-staff course: 山田 and 佐藤 done, 髙橋 exempt, 鈴木 and 田中 to do."""
    made = course(services, admin, target_rate=90)
    attendance = services.training.attendance
    for number in ("0001", "0003"):
        attendance.record_by_number(admin, made.id, number, date(2026, 11, 10))
    attendance.set_override(
        admin, made.id, org["staff"]["0002"].id, OverrideMode.EXEMPT, "育児休業"
    )
    return made


def test_completion_per_department_against_the_target(services, admin, progress):
    summary = services.training.status.course_summary(admin, progress.id)
    assert (summary.target, summary.completed, summary.exempt, summary.remaining) == (5, 2, 1, 2)
    assert summary.rate == pytest.approx(50.0) and summary.days_left == 30
    rows = {r.code: r for r in summary.departments}
    assert list(rows) == ["110", "130", "330"]
    assert (rows["110"].rate, rows["110"].meets_target, rows["110"].state) == (100.0, True, "done")
    assert (rows["130"].target, rows["130"].exempt, rows["130"].rate) == (2, 1, 0.0)
    assert rows["330"].rate == pytest.approx(50.0) and not rows["330"].meets_target
    assert [r.code for r in summary.below_target] == ["130", "330"]
    assert rows["330"].parent_name == "市民部"


def test_after_the_due_date_an_unmet_target_is_overdue(services, admin, org, clock):
    made = course(services, admin, "R8-LATE", due=date(2026, 11, 24))
    summary = services.training.status.course_summary(admin, made.id)
    assert summary.state == "overdue" and summary.days_left == -1
    clock.advance(days=-10)
    assert services.training.status.course_summary(admin, made.id).state == "due_soon"
    clock.advance(days=-30)
    assert services.training.status.course_summary(admin, made.id).state is None


def test_non_completer_list_of_the_whole_organisation(services, admin, org, progress):
    source = services.training.target_list(progress.id)
    query = ListQuery().with_filters(status="incomplete")
    assert source.count(admin, query) == 2
    ids = source.ids(admin, query)
    rows = source.rows(admin, ids)
    assert [(rows[i].values[0], rows[i].values[3], rows[i].values[4]) for i in ids] == [
        ("0005", "情報政策課", "未完了"),
        ("0004", "税務課", "未完了"),
    ]
    everyone = source.ids(admin, ListQuery(sort="status"))
    statuses = [source.rows(admin, everyone)[i].values[4] for i in everyone]
    assert statuses == ["完了", "完了", "免除", "未完了", "未完了"]
    one = ListQuery("すずき").with_filters(departments=(org["departments"]["330"].id,))
    assert [
        source.rows(admin, source.ids(admin, one))[i].values[1] for i in source.ids(admin, one)
    ] == ["鈴木 一郎"]
    exempt = source.ids(admin, ListQuery().with_filters(status="exempt"))
    assert source.rows(admin, exempt)[exempt[0]].values[7] == "免除（育児休業）"


def test_a_list_without_a_course_is_empty(services, admin, org):
    source = services.training.target_list(None)
    assert source.count(admin, ListQuery()) == 0 and list(source.ids(admin, ListQuery())) == []


def test_person_history_across_years(services, admin, org, progress):
    last_year = course(services, admin, "R7-ALL", due=date(2026, 3, 15))
    services.training.attendance.record_by_number(admin, last_year.id, "0003", date(2026, 2, 1))
    course(services, admin, "ADV", "advanced")
    history = services.training.status.person_history(admin, org["staff"]["0003"].id)
    assert history.department == "税務課"
    assert [(r.fiscal_year, r.code, r.department, r.status) for r in history.rows] == [
        (2026, "ADV", "税務課", "incomplete"),
        (2026, "R8-ALL", "税務課", "completed"),
        (2025, "R7-ALL", "総務課", "completed"),
    ]
    newcomer = services.training.status.person_history(admin, org["staff"]["0005"].id)
    assert "R7-ALL" not in [r.code for r in newcomer.rows]
    exempt = services.training.status.person_history(admin, org["staff"]["0002"].id)
    r8 = next(r for r in exempt.rows if r.code == "R8-ALL")
    assert (r8.status, r8.note) == ("exempt", "免除（育児休業）")
