from datetime import date

import pytest

from secdesk.domain.errors import EditConflict, ValidationError
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.departments import DepartmentInput, descendant_ids
from secdesk.services.roster.staff import StaffInput


@pytest.fixture
def org(services, admin):
    dept = services.departments
    bu = dept.create(admin, DepartmentInput("100", "総務部"))
    ka = dept.create(admin, DepartmentInput("110", "総務課", parent_id=bu.id))
    it = dept.create(
        admin, DepartmentInput("120", "情報政策課", parent_id=bu.id, owns_systems=True)
    )
    return {"bu": bu, "ka": ka, "it": it}


def test_department_codes_are_normalised_and_unique(services, admin, org):
    with pytest.raises(ValidationError) as error:
        services.departments.create(admin, DepartmentInput("１１０", "重複課"))
    assert error.value.for_field("code")


def test_department_cannot_be_its_own_ancestor(services, admin, org):
    bu = org["bu"]
    with pytest.raises(ValidationError) as error:
        services.departments.update(
            admin, bu.id, bu.version, DepartmentInput("100", "総務部", parent_id=org["ka"].id)
        )
    assert error.value.for_field("parent_id")


def test_descendants_include_the_whole_subtree(services, admin, org):
    everything = services.departments.list(admin)
    assert descendant_ids(everything, org["bu"].id) == {org["bu"].id, org["ka"].id, org["it"].id}


def test_staff_is_found_by_number_name_or_kana_in_any_width(services, admin, org):
    services.staff.create(
        admin, StaffInput("012345", "山田 太郎", "ヤマダ タロウ", department_id=org["ka"].id)
    )
    services.staff.create(
        admin, StaffInput("012346", "髙橋 花子", "タカハシ ハナコ", department_id=org["it"].id)
    )
    source = services.staff.list_source()
    for query in ("０１２３４５", "山田", "やまだ", "ﾔﾏﾀﾞ", "ヤマダ タロウ"):
        ids = source.ids(admin, ListQuery(query))
        assert len(ids) == 1, query
        assert source.rows(admin, ids)[ids[0]].values[1] == "山田 太郎"
    assert source.count(admin, ListQuery("髙橋")) == 1


def test_list_sorts_by_kana_by_default(services, admin, org):
    for number, name, kana in [
        ("1", "渡辺", "ワタナベ"),
        ("2", "阿部", "アベ"),
        ("3", "加藤", "カトウ"),
    ]:
        services.staff.create(admin, StaffInput(number, name, kana, department_id=org["ka"].id))
    source = services.staff.list_source()
    ids = source.ids(admin, ListQuery())
    names = [source.rows(admin, ids)[i].values[1] for i in ids]
    assert names == ["阿部", "加藤", "渡辺"]
    ids = source.ids(admin, ListQuery(sort="kana", descending=True))
    assert [source.rows(admin, ids)[i].values[1] for i in ids] == ["渡辺", "加藤", "阿部"]


def test_transfer_keeps_the_department_history(services, admin, org, clock):
    person = services.staff.create(
        admin, StaffInput("9", "異動 一郎", department_id=org["ka"].id), effective=date(2025, 4, 1)
    )
    moved = services.staff.update(
        admin,
        person.id,
        person.version,
        StaffInput("9", "異動 一郎", department_id=org["it"].id),
        effective=date(2026, 4, 1),
    )
    assert [(h.department_name, h.start_date, h.end_date) for h in moved.history] == [
        ("情報政策課", date(2026, 4, 1), None),
        ("総務課", date(2025, 4, 1), date(2026, 4, 1)),
    ]
    on = services.staff.department_on(admin, date(2026, 3, 31))
    assert on[person.id] == org["ka"].id
    assert services.staff.department_on(admin, date(2026, 4, 1))[person.id] == org["it"].id


def test_stale_save_is_refused_with_both_sides(services, admin, org):
    person = services.staff.create(admin, StaffInput("77", "競合 花子", department_id=org["ka"].id))
    services.staff.update(
        admin,
        person.id,
        person.version,
        StaffInput("77", "競合 花子", title="主任", department_id=org["ka"].id),
    )
    with pytest.raises(EditConflict) as error:
        services.staff.update(
            admin,
            person.id,
            person.version,
            StaffInput("77", "競合 花子", title="係長", department_id=org["ka"].id),
        )
    details = error.value.details
    assert details.mine["title"] == "係長" and details.theirs["title"] == "主任"
    assert services.staff.get(admin, person.id).title == "主任"


def test_deactivated_staff_stay_and_leave_the_default_list(services, admin, org):
    person = services.staff.create(
        admin, StaffInput("55", "退職 予定", department_id=org["ka"].id), effective=date(2020, 4, 1)
    )
    gone = services.staff.set_active(admin, person.id, person.version, False, on=date(2026, 4, 1))
    assert not gone.active and gone.left_on == date(2026, 3, 31)
    source = services.staff.list_source()
    assert source.count(admin, ListQuery()) == 0
    assert source.count(admin, ListQuery().with_filters(include_inactive=True)) == 1
    assert gone.history[0].end_date == date(2026, 4, 1)


def test_every_change_is_in_the_trail_with_old_and_new_values(services, admin, org):
    person = services.staff.create(admin, StaffInput("31", "記録 太郎", department_id=org["ka"].id))
    services.staff.update(
        admin,
        person.id,
        person.version,
        StaffInput("31", "記録 太郎", title="係長", department_id=org["ka"].id),
    )
    entry = services.trail.recent(admin, 1, entity="staff", entity_id=str(person.id))[0]
    assert entry.action == "update" and '"title":["","係長"]' in entry.details
    assert services.trail.verify(admin).ok


def test_a_new_employment_type_on_a_fresh_database(services, admin):
    """The seeded types carry explicit ids; on PostgreSQL the sequence must have moved past them."""
    kinds = services.departments.employment_types(admin)
    added = services.departments.add_employment_type(admin, "任期付職員")
    assert added.id > max(k.id for k in kinds)
