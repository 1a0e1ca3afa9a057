from datetime import date

import pytest

from secdesk.domain.training import (
    DrillStage,
    OverrideMode,
    PersonOnDay,
    PersonStatus,
    TargetRule,
    TargetSpec,
    completion_rate,
    deadline_state,
    flags_of,
    in_target,
    later_stage,
    matches_rule,
    meets_target,
    person_status,
    stage_from_flags,
)

IN_IT = PersonOnDay(
    department_id=2, owns_systems=True, employment_type_id=1, joined_on=date(2026, 4, 1)
)
IN_GENERAL = PersonOnDay(
    department_id=1, owns_systems=False, employment_type_id=2, joined_on=date(2010, 4, 1)
)
GONE = PersonOnDay(department_id=None, employment_type_id=1)


def test_all_staff_takes_everyone_on_the_roster_that_day():
    spec = TargetSpec(TargetRule.ALL)
    assert matches_rule(spec, IN_IT) and matches_rule(spec, IN_GENERAL)
    assert not matches_rule(spec, GONE)


def test_all_staff_of_one_employment_type():
    spec = TargetSpec(TargetRule.ALL, employment_type_id=2)
    assert matches_rule(spec, IN_GENERAL) and not matches_rule(spec, IN_IT)


def test_system_departments_only():
    spec = TargetSpec(TargetRule.SYSTEM_DEPARTMENTS)
    assert matches_rule(spec, IN_IT) and not matches_rule(spec, IN_GENERAL)


def test_joined_after_counts_the_day_itself():
    spec = TargetSpec(TargetRule.JOINED_AFTER, joined_after=date(2026, 4, 1))
    assert matches_rule(spec, IN_IT) and not matches_rule(spec, IN_GENERAL)
    unknown = PersonOnDay(department_id=1, joined_on=None)
    assert not matches_rule(spec, unknown)


def test_explicit_list_takes_only_included_people():
    spec = TargetSpec(TargetRule.EXPLICIT)
    assert not in_target(spec, IN_IT, None)
    assert in_target(spec, IN_IT, OverrideMode.INCLUDE)
    assert in_target(spec, GONE, OverrideMode.INCLUDE)


@pytest.mark.parametrize(
    ("override", "expected"),
    [(None, True), (OverrideMode.EXCLUDE, False), (OverrideMode.EXEMPT, True)],
)
def test_overrides_correct_the_rule(override, expected):
    assert in_target(TargetSpec(TargetRule.ALL), IN_GENERAL, override) is expected


def test_an_exemption_never_adds_anyone():
    assert not in_target(TargetSpec(TargetRule.SYSTEM_DEPARTMENTS), IN_GENERAL, OverrideMode.EXEMPT)


def test_status_completion_beats_exemption():
    assert person_status(True, True) == PersonStatus.COMPLETED
    assert person_status(False, True) == PersonStatus.EXEMPT
    assert person_status(False, False) == PersonStatus.INCOMPLETE


def test_rate_leaves_exempt_people_out_of_the_denominator():
    assert completion_rate(10, 6, 2) == pytest.approx(75.0)
    assert completion_rate(2, 0, 2) is None
    assert completion_rate(0, 0, 0) is None


def test_target_is_met_at_the_boundary_and_by_nobody_to_train():
    assert meets_target(100.0, 100) and meets_target(95.0, 95) and meets_target(None, 100)
    assert not meets_target(99.9, 100)


def test_deadline_states():
    due = date(2026, 12, 25)
    assert deadline_state(due, date(2026, 12, 26), met=False) == "overdue"
    assert deadline_state(due, date(2026, 12, 11), met=False) == "due_soon"
    assert deadline_state(due, date(2026, 12, 10), met=False) is None
    assert deadline_state(due, date(2027, 1, 5), met=True) == "done"


def test_drill_stages_imply_the_earlier_ones_and_only_move_forward():
    assert flags_of(DrillStage.CLICKED) == {
        "sent": True,
        "opened": True,
        "clicked": True,
        "submitted": False,
    }
    assert stage_from_flags(True, True, False, False) == DrillStage.OPENED
    assert later_stage(DrillStage.CLICKED, DrillStage.OPENED) == DrillStage.CLICKED
    assert later_stage(DrillStage.SENT, DrillStage.SUBMITTED) == DrillStage.SUBMITTED
