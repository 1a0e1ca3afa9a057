"""Who must attend: the population as the roster stood on the due date, in SQL and in Python."""

from datetime import date

import pytest

from secdesk.domain.training import OverrideMode, in_target
from secdesk.services.core.listing import ListQuery
from secdesk.services.training.targets import person_on_day, population, spec_of
from secdesk.store.models import Course
from tests.training_data import build_org, course


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


def _population(services, course_id) -> dict[str, str]:
    with services.db.read() as session:
        row = session.get(Course, course_id)
        pairs = session.execute(population(row)).all()
    staff = {s.id: s.staff_number for s in _all_staff(services)}
    names = {d.id: d.code for d in services.departments.list(_admin(services))}
    return {staff[s]: names.get(d, "") for s, d in pairs}


def _admin(services):
    return services.accounts.login("admin", "kanri-pass-2026").actor()


def _all_staff(services):
    admin = _admin(services)
    source = services.staff.list_source()
    query = ListQuery().with_filters(include_inactive=True)
    ids = source.ids(admin, query)
    return [services.staff.get(admin, i) for i in ids]


def test_department_is_the_one_on_the_due_date(services, admin, org):
    this_year = course(services, admin, "R8", due=date(2026, 12, 25))
    last_year = course(services, admin, "R7", due=date(2026, 3, 15))
    assert _population(services, this_year.id) == {
        "0001": "110",
        "0002": "130",
        "0003": "330",  # moved in April
        "0004": "330",
        "0005": "130",  # joined in April
    }  # 0006 left in June
    assert _population(services, last_year.id) == {
        "0001": "110",
        "0002": "130",
        "0003": "110",  # still in 総務課 last March
        "0004": "330",
        "0006": "110",
    }


def test_rules_choose_their_people(services, admin, org):
    advanced = course(services, admin, "ADV", "advanced")
    new = course(services, admin, "NEW", "new-staff", target_joined_after=date(2026, 4, 1))
    part_time = course(
        services,
        admin,
        "PT",
        target_employment_type_id=org["types"]["会計年度任用職員"],
    )
    assert set(_population(services, advanced.id)) == {"0002", "0003", "0004", "0005"}
    assert set(_population(services, new.id)) == {"0005"}
    assert set(_population(services, part_time.id)) == {"0004"}


def test_overrides_add_remove_and_exempt(services, admin, org):
    advanced = course(services, admin, "ADV", "advanced")
    staff = org["staff"]
    attendance = services.training.attendance
    attendance.set_override(admin, advanced.id, staff["0001"].id, OverrideMode.INCLUDE)
    attendance.set_override(admin, advanced.id, staff["0004"].id, OverrideMode.EXCLUDE, "担当外")
    attendance.set_override(admin, advanced.id, staff["0002"].id, OverrideMode.EXEMPT, "育児休業")
    population_now = _population(services, advanced.id)
    assert set(population_now) == {"0001", "0002", "0003", "0005"}
    assert population_now["0001"] == "110"
    attendance.withdraw_override(admin, advanced.id, staff["0004"].id)
    assert "0004" in _population(services, advanced.id)


def test_explicit_list_takes_in_someone_who_has_left(services, admin, org):
    follow_up = course(services, admin, "FU", "other")
    assert _population(services, follow_up.id) == {}
    services.training.attendance.set_override(
        admin, follow_up.id, org["staff"]["0006"].id, OverrideMode.INCLUDE
    )
    assert _population(services, follow_up.id) == {"0006": "110"}


def test_sql_and_python_rules_agree_for_everyone(services, admin, org):
    staff = org["staff"]
    courses = [
        course(services, admin, "A", due=date(2026, 12, 25)),
        course(services, admin, "B", "advanced", due=date(2026, 3, 15)),
        course(services, admin, "C", "new-staff", target_joined_after=date(2026, 4, 1)),
        course(services, admin, "D", target_employment_type_id=org["types"]["正規職員"]),
        course(services, admin, "E", "other"),
    ]
    attendance = services.training.attendance
    attendance.set_override(admin, courses[1].id, staff["0001"].id, OverrideMode.INCLUDE)
    attendance.set_override(admin, courses[0].id, staff["0002"].id, OverrideMode.EXCLUDE)
    attendance.set_override(admin, courses[4].id, staff["0005"].id, OverrideMode.INCLUDE)
    overrides = {
        (courses[1].id, staff["0001"].id): OverrideMode.INCLUDE,
        (courses[0].id, staff["0002"].id): OverrideMode.EXCLUDE,
        (courses[4].id, staff["0005"].id): OverrideMode.INCLUDE,
    }
    with services.db.read() as session:
        for info in courses:
            row = session.get(Course, info.id)
            in_sql = {s for s, _ in session.execute(population(row))}
            in_python = {
                person.id
                for person in staff.values()
                if in_target(
                    spec_of(row),
                    person_on_day(session, person.id, row.due_date),
                    overrides.get((row.id, person.id)),
                )
            }
            assert in_sql == in_python, info.code


def test_statistics_are_refreshed_after_a_large_import(db):
    from sqlalchemy import text

    from secdesk.services.training.targets import after_bulk_insert

    with db.write() as session:
        after_bulk_insert(session, "attendance", 999)
        after_bulk_insert(session, "attendance", 1000)
    if db.dialect == "postgresql":
        with db.read() as session:
            analysed = session.scalar(
                text(
                    "SELECT last_analyze FROM pg_stat_user_tables "
                    "WHERE relname = 'attendance' AND schemaname = current_schema()"
                )
            )
        assert analysed is not None
