from datetime import date

import pytest

from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.domain.training import AttendanceStatus, OverrideMode
from secdesk.services.training.attendance import ALREADY, RECORDED, UNKNOWN, UPDATED
from tests.training_data import build_org, course


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


@pytest.fixture
def all_staff(services, admin, org):
    return course(services, admin)


def test_full_width_number_is_matched_and_shows_whom(services, admin, org, all_staff):
    result = services.training.attendance.record_by_number(
        admin, all_staff.id, "０００３", date(2026, 11, 20)
    )
    assert result.outcome == RECORDED
    assert (result.name, result.department, result.in_target) == ("佐藤 次郎", "税務課", True)
    summary = services.training.status.course_summary(admin, all_staff.id)
    assert summary.completed == 1


def test_second_entry_is_not_a_duplicate(services, admin, org, all_staff):
    entry = services.training.attendance.record_by_number
    entry(admin, all_staff.id, "0001", date(2026, 11, 20))
    again = entry(admin, all_staff.id, "0001", date(2026, 11, 21))
    assert again.outcome == ALREADY and "2026-11-20" in again.message
    assert services.training.status.course_summary(admin, all_staff.id).completed == 1


def test_unknown_number_is_a_clear_message_and_writes_nothing(services, admin, org, all_staff):
    before = services.trail.count(admin)
    result = services.training.attendance.record_by_number(
        admin, all_staff.id, "９９９９", date(2026, 11, 20)
    )
    assert (
        result.outcome == UNKNOWN
        and "9999" in result.message
        and "登録されていません" in result.message
    )
    assert services.trail.count(admin) == before


def test_someone_outside_the_target_is_recorded_with_a_note(services, admin, org):
    advanced = course(services, admin, "ADV", "advanced")
    result = services.training.attendance.record_by_number(
        admin, advanced.id, "0001", date(2026, 11, 20)
    )
    assert (
        result.outcome == RECORDED
        and not result.in_target
        and "対象者ではありません" in result.message
    )


def test_future_dates_and_drills_are_refused(services, admin, org, all_staff):
    with pytest.raises(ValidationError) as error:
        services.training.attendance.record_by_number(
            admin, all_staff.id, "0001", date(2026, 11, 26)
        )
    assert error.value.for_field("completed_on")
    drill = course(services, admin, "PH1", "phishing")
    with pytest.raises(ValidationError, match="GoPhish"):
        services.training.attendance.record_by_number(admin, drill.id, "0001", date(2026, 11, 20))


def test_undo_withdraws_the_record_and_keeps_it(services, admin, org, all_staff):
    attendance = services.training.attendance
    result = attendance.record_by_number(admin, all_staff.id, "0002", date(2026, 11, 20))
    attendance.withdraw(admin, result.attendance_id, "入力の取り消し")
    assert services.training.status.course_summary(admin, all_staff.id).completed == 0
    entry = services.trail.recent(admin, 1, entity="attendance")[0]
    assert entry.action == "withdraw" and "入力の取り消し" in entry.details
    # the person can be recorded again
    assert (
        attendance.record_by_number(admin, all_staff.id, "0002", date(2026, 11, 21)).outcome
        == RECORDED
    )


def test_ticks_in_a_department_list(services, admin, org, all_staff):
    staff = org["staff"]
    attendance = services.training.attendance
    absent = attendance.record_many(
        admin, all_staff.id, [staff["0004"].id], date(2026, 11, 1), status=AttendanceStatus.ABSENT
    )
    assert absent.recorded == 1
    result = attendance.record_many(
        admin, all_staff.id, [staff["0003"].id, staff["0004"].id], date(2026, 11, 20)
    )
    assert (result.recorded, result.updated, result.already) == (1, 1, 0)
    roster = services.training.status.department_roster(
        admin, all_staff.id, org["departments"]["330"].id
    )
    assert [(r.staff_number, r.status, r.completed_on) for r in roster] == [
        ("0003", "completed", date(2026, 11, 20)),
        ("0004", "completed", date(2026, 11, 20)),
    ]
    assert (
        attendance.record_by_number(admin, all_staff.id, "0004", date(2026, 11, 21)).outcome
        == ALREADY
    )


def test_absent_then_entered_by_number_is_updated(services, admin, org, all_staff):
    attendance = services.training.attendance
    attendance.record_many(
        admin,
        all_staff.id,
        [org["staff"]["0001"].id],
        date(2026, 11, 1),
        status=AttendanceStatus.ABSENT,
    )
    assert (
        attendance.record_by_number(admin, all_staff.id, "0001", date(2026, 11, 20)).outcome
        == UPDATED
    )


def test_exemption_needs_a_reason_and_leaves_the_denominator(services, admin, org, all_staff):
    attendance = services.training.attendance
    staff = org["staff"]
    with pytest.raises(ValidationError):
        attendance.set_override(admin, all_staff.id, staff["0002"].id, OverrideMode.EXEMPT)
    attendance.set_override(admin, all_staff.id, staff["0002"].id, OverrideMode.EXEMPT, "育児休業")
    attendance.record_by_number(admin, all_staff.id, "0001", date(2026, 11, 20))
    summary = services.training.status.course_summary(admin, all_staff.id)
    assert (summary.target, summary.completed, summary.exempt) == (5, 1, 1)
    assert summary.rate == pytest.approx(25.0)
    override = services.trail.recent(admin, 1, entity="training_override")[0]
    assert "育児休業" in override.details


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_recording_is_refused_to_readers(services, admin, org, all_staff, make_user, role):
    actor = make_user(f"u_{role}", role)
    attendance = services.training.attendance
    with pytest.raises(PermissionDenied):
        attendance.record_by_number(actor, all_staff.id, "0001", date(2026, 11, 20))
    with pytest.raises(PermissionDenied):
        attendance.record_many(actor, all_staff.id, [org["staff"]["0001"].id], date(2026, 11, 20))
    with pytest.raises(PermissionDenied):
        attendance.set_override(
            actor, all_staff.id, org["staff"]["0001"].id, OverrideMode.EXEMPT, "病気休暇"
        )
    recorded = attendance.record_by_number(admin, all_staff.id, "0001", date(2026, 11, 20))
    with pytest.raises(PermissionDenied):
        attendance.withdraw(actor, recorded.attendance_id, "誤り")
    with pytest.raises(PermissionDenied):
        attendance.withdraw_override(actor, all_staff.id, org["staff"]["0001"].id)
