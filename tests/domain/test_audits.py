from datetime import date

import pytest

from secdesk.domain.audits import (
    ActionFacts,
    ActionStatus,
    Answer,
    AppliesTo,
    DueState,
    FindingStatus,
    action_closed,
    action_pending,
    answer_rate,
    applies,
    due_state,
    external_audit_owed,
    finding_status,
    next_due,
    parse_answer,
    parse_applies_to,
    parse_required,
)

DONE_VERIFIED = ActionFacts(ActionStatus.DONE, verified=True)
DONE_UNVERIFIED = ActionFacts(ActionStatus.DONE)
ACCEPTED = ActionFacts(ActionStatus.RISK_ACCEPTED, risk_reason="費用対効果", risk_approver="CISO")


def test_a_finding_closes_only_when_every_action_is_verified_or_its_risk_accepted():
    assert finding_status(True, [DONE_VERIFIED, ACCEPTED]) == FindingStatus.CLOSED
    assert finding_status(True, [DONE_VERIFIED, DONE_UNVERIFIED]) == FindingStatus.IN_PROGRESS
    assert (
        finding_status(True, [ActionFacts(ActionStatus.IN_PROGRESS)]) == FindingStatus.IN_PROGRESS
    )


def test_risk_acceptance_counts_only_with_reason_and_approver():
    assert not action_closed(ActionFacts(ActionStatus.RISK_ACCEPTED, risk_reason="理由"))
    assert not action_closed(ActionFacts(ActionStatus.RISK_ACCEPTED, risk_approver="CISO"))
    assert not action_closed(ActionFacts(ActionStatus.RISK_ACCEPTED, "", "  ", "CISO"))
    assert action_closed(ACCEPTED)


def test_verification_alone_does_not_close_an_action_that_is_not_done():
    assert not action_closed(ActionFacts(ActionStatus.IN_PROGRESS, verified=True))


def test_a_finding_without_actions_is_open_unless_its_rating_asks_for_none():
    assert finding_status(True, []) == FindingStatus.OPEN
    assert finding_status(False, []) == FindingStatus.NO_ACTION
    # a good practice that got an action anyway follows it
    assert finding_status(False, [DONE_UNVERIFIED]) == FindingStatus.IN_PROGRESS


def test_withdrawn_actions_do_not_count_and_withdrawn_findings_stay_withdrawn():
    gone = ActionFacts(ActionStatus.NOT_STARTED, withdrawn=True)
    assert finding_status(True, [gone]) == FindingStatus.OPEN
    assert finding_status(True, [gone, DONE_VERIFIED]) == FindingStatus.CLOSED
    assert finding_status(True, [DONE_VERIFIED], withdrawn=True) == FindingStatus.WITHDRAWN
    assert not action_closed(ActionFacts(ActionStatus.DONE, verified=True, withdrawn=True))


def test_done_waiting_for_verification_is_no_longer_the_owners_work():
    assert action_pending(ActionStatus.NOT_STARTED) and action_pending(ActionStatus.IN_PROGRESS)
    assert not action_pending(ActionStatus.DONE)
    assert not action_pending(ActionStatus.RISK_ACCEPTED)


def test_next_due_is_the_earliest_pending_due_date():
    actions = [
        (ActionStatus.DONE, date(2026, 1, 1), False),
        (ActionStatus.IN_PROGRESS, date(2026, 12, 1), False),
        (ActionStatus.NOT_STARTED, date(2026, 11, 1), True),
        (ActionStatus.NOT_STARTED, date(2027, 1, 1), False),
    ]
    assert next_due(actions) == date(2026, 12, 1)
    assert next_due([(ActionStatus.DONE, date(2026, 1, 1), False)]) is None


@pytest.mark.parametrize(
    ("due", "pending", "expected"),
    [
        (date(2026, 11, 24), True, DueState.OVERDUE),
        (date(2026, 11, 25), True, DueState.DUE_SOON),
        (date(2026, 12, 9), True, DueState.DUE_SOON),
        (date(2026, 12, 10), True, DueState.NONE),
        (None, True, DueState.NONE),
        (date(2026, 1, 1), False, DueState.DONE),
    ],
)
def test_due_state_counts_the_due_soon_window_inclusively(due, pending, expected):
    assert due_state(due, date(2026, 11, 25), pending, 14) == expected


@pytest.mark.parametrize(("model", "owed"), [("α", False), ("α′", True), ("β", True), ("β′", True)])
def test_external_audit_reported_to_jlis_is_owed_under_alpha_prime_and_beta(model, owed):
    assert external_audit_owed(model) is owed


def test_answer_words_from_returned_sheets():
    assert parse_answer("はい") == Answer.YES
    assert parse_answer(" ｲｲｴ ") == Answer.NO  # NFKC: half-width kana as typed on old PCs
    assert parse_answer("いいえ") == Answer.NO
    assert parse_answer("×") == Answer.NO
    assert parse_answer("該当なし") == Answer.NOT_APPLICABLE
    assert parse_answer("Ｎ／Ａ") == Answer.NOT_APPLICABLE
    assert parse_answer("") is None
    with pytest.raises(ValueError):
        parse_answer("たぶん")


def test_required_and_applies_to_columns():
    assert parse_required("○") and parse_required("〇") and not parse_required("")
    with pytest.raises(ValueError):
        parse_required("要検討")
    assert parse_applies_to("") == AppliesTo.ALL
    assert parse_applies_to("情報システム保有所属") == AppliesTo.SYSTEMS
    assert applies(AppliesTo.SYSTEMS, owns_systems=True)
    assert not applies(AppliesTo.SYSTEMS, owns_systems=False)
    assert applies(AppliesTo.ALL, owns_systems=False)


def test_answer_rate():
    assert answer_rate(0, 0) is None
    assert answer_rate(5, 20) == 0.25
    assert answer_rate(25, 20) == 1.0
