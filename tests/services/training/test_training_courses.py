from datetime import date

import pytest

from secdesk.domain.errors import EditConflict, PermissionDenied, ValidationError
from secdesk.services.core.listing import ListQuery
from secdesk.services.training.courses import CourseInput
from secdesk.services.training.sessions import SessionInput
from tests.training_data import course


def test_course_code_is_normalised_and_unique_within_the_year(services, admin):
    first = course(services, admin, code="ｒ８－ａｌｌ")
    assert first.code == "R8-ALL" and first.target_rule == "all"
    with pytest.raises(ValidationError) as error:
        course(services, admin, code="R8-ALL")
    assert error.value.for_field("code")
    # the same code is free in another year
    course(services, admin, code="R8-ALL", due=date(2027, 6, 30))


def test_kind_decides_the_usual_target_rule(services, admin):
    assert course(services, admin, "ADV", "advanced").target_rule == "system-departments"
    assert course(services, admin, "PHI", "phishing").target_rule == "all"
    assert course(services, admin, "ETC", "other").target_rule == "explicit"
    new = course(services, admin, "NEW", "new-staff", target_joined_after=date(2026, 4, 1))
    assert new.target_rule == "joined-after" and new.target_joined_after == date(2026, 4, 1)


def test_every_problem_is_named_by_field(services, admin):
    with pytest.raises(ValidationError) as error:
        services.training.courses.create(
            admin,
            CourseInput(2026, "", "", "new-staff", date(2027, 5, 1), target_rate=0),
        )
    fields = {p.field for p in error.value.problems}
    assert fields == {"code", "title", "due_date", "target_joined_after", "target_rate"}
    assert "令和8年度" in error.value.for_field("due_date")[0]


def test_update_checks_the_version_and_the_trail_keeps_old_and_new(services, admin):
    made = course(services, admin)
    data = CourseInput(
        2026, made.code, "情報セキュリティ研修（全職員）", "all-staff", made.due_date
    )
    updated = services.training.courses.update(admin, made.id, made.version, data)
    assert updated.title == "情報セキュリティ研修（全職員）"
    with pytest.raises(EditConflict):
        services.training.courses.update(admin, made.id, made.version, data)
    entry = services.trail.recent(admin, 1, entity="course", entity_id=str(made.id))[0]
    assert entry.action == "update" and "情報セキュリティ研修（全職員）" in entry.details


def test_withdrawn_course_leaves_the_year_but_stays(services, admin):
    made = course(services, admin)
    with pytest.raises(ValidationError):
        services.training.courses.withdraw(admin, made.id, made.version, " ")
    services.training.courses.withdraw(admin, made.id, made.version, "重複して登録")
    assert services.training.courses.of_year(admin, 2026) == []
    assert services.training.courses.get(admin, made.id).withdrawn
    source = services.training.courses.list_source()
    query = ListQuery().with_filters(fiscal_year=2026)
    assert source.count(admin, query) == 0
    assert source.count(admin, query.with_filters(include_withdrawn=True)) == 1


def test_course_list_filters_by_year_and_searches_titles(services, admin):
    course(services, admin, "A1", title="情報セキュリティ研修")
    course(services, admin, "B1", "phishing", title="標的型攻撃メール訓練（第1回）")
    course(services, admin, "A1", due=date(2025, 12, 1), title="昨年度の研修")
    source = services.training.courses.list_source()
    query = ListQuery("訓練").with_filters(fiscal_year=2026)
    ids = source.ids(admin, query)
    assert [source.rows(admin, ids)[i].values[0] for i in ids] == ["B1"]
    assert services.training.courses.fiscal_years(admin) == [2026, 2025]


def test_sessions_need_a_place_or_online_and_count_attendance(services, admin):
    made = course(services, admin)
    sessions = services.training.sessions
    with pytest.raises(ValidationError) as error:
        sessions.create(admin, made.id, SessionInput(date(2026, 10, 1), "25:00"))
    assert {p.field for p in error.value.problems} == {"start_time", "place"}
    room = sessions.create(
        admin, made.id, SessionInput(date(2026, 10, 1), "9:30", "本庁舎 3階 大会議室", capacity=60)
    )
    online = sessions.create(admin, made.id, SessionInput(date(2026, 10, 8), online=True))
    assert room.start_time == "09:30" and "オンライン" in online.label
    sessions.withdraw(admin, online.id, "中止")
    assert [s.id for s in sessions.of_course(admin, made.id)] == [room.id]


def test_exemption_reasons_are_an_editable_list(services, admin):
    sessions = services.training.sessions
    names = [r.name for r in sessions.reasons(admin)]
    assert names[:3] == ["育児休業", "病気休暇", "長期派遣"]
    added = sessions.add_reason(admin, "介護休暇")
    sessions.set_reason_active(admin, added.id, False)
    assert "介護休暇" not in [r.name for r in sessions.reasons(admin)]
    assert sessions.add_reason(admin, "介護休暇").active


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_only_training_roles_may_set_up_courses(services, admin, make_user, role):
    made = course(services, admin)
    actor = make_user(f"u_{role}", role)
    with pytest.raises(PermissionDenied):
        course(services, actor, "X1")
    with pytest.raises(PermissionDenied):
        services.training.courses.withdraw(actor, made.id, made.version, "理由")
    with pytest.raises(PermissionDenied):
        services.training.sessions.create(
            actor, made.id, SessionInput(date(2026, 10, 1), online=True)
        )
    with pytest.raises(PermissionDenied):
        services.training.sessions.add_reason(actor, "介護休暇")
    assert services.training.courses.get(actor, made.id).code == "R8-ALL"


def test_a_training_coordinator_may(services, admin, make_user):
    coordinator = make_user("kenshu", "training")
    assert course(services, coordinator, "K1").code == "K1"
