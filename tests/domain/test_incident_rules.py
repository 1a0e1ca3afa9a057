"""The duty rules and the workflow: every rule and every boundary."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secdesk.domain import duties as d
from secdesk.domain import incidents as v
from secdesk.domain.text import bigram_tokens
from secdesk.services.incidents.search import bigram_text, query_terms

AWARE = date(2026, 6, 1)
RULES = d.DutyRules()


def codes(info: d.PersonalInfo, kind: str = v.INCIDENT, rules: d.DutyRules = RULES) -> set[str]:
    return {duty.code for duty in d.required_duties(kind, info, AWARE, rules)}


@pytest.mark.parametrize(
    ("persons", "owed"), [(None, False), (0, False), (100, False), (101, True)]
)
def test_commission_report_from_more_than_100_people(persons, owed):
    assert (d.PPC_FINAL in codes(d.PersonalInfo(persons=persons))) is owed


@pytest.mark.parametrize(
    "fact",
    [{"sensitive": True}, {"financial": True}, {"unlawful": True}],
)
def test_commission_report_for_sensitive_data_financial_harm_or_unlawful_purpose(fact):
    owed = codes(d.PersonalInfo(persons=1, **fact))
    assert {d.PPC_PRELIMINARY, d.PPC_FINAL, d.NOTIFY_PERSONS} <= owed


def test_threshold_is_a_setting():
    rules = d.DutyRules(ppc_threshold=10)
    assert d.PPC_FINAL in codes(d.PersonalInfo(persons=11), rules=rules)
    assert d.PPC_FINAL not in codes(d.PersonalInfo(persons=10), rules=rules)


def test_near_misses_owe_nothing():
    assert codes(d.PersonalInfo(persons=5000, sensitive=True), kind=v.NEAR_MISS) == set()


def test_deadlines_count_from_the_day_of_awareness():
    due = {
        x.code: x.due
        for x in d.required_duties(v.INCIDENT, d.PersonalInfo(persons=101), AWARE, RULES)
    }
    assert due[d.PPC_PRELIMINARY] == date(2026, 6, 6)
    assert due[d.PPC_FINAL] == date(2026, 7, 1)
    assert due[d.NOTIFY_PERSONS] == date(2026, 7, 1)
    assert due[d.CISO] == date(2026, 6, 2)
    assert due[d.PREFECTURE] == date(2026, 6, 6)


def test_unlawful_purpose_gives_sixty_days_for_the_final_report():
    due = {
        x.code: x.due
        for x in d.required_duties(v.INCIDENT, d.PersonalInfo(unlawful=True), AWARE, RULES)
    }
    assert due[d.PPC_FINAL] == AWARE + timedelta(days=60)


def test_day_30_is_in_time_and_day_31_is_late():
    final = AWARE + timedelta(days=30)
    assert d.duty_state(final, None, True, AWARE + timedelta(days=30), RULES) == d.DUE_SOON
    assert d.duty_state(final, None, True, AWARE + timedelta(days=31), RULES) == d.OVERDUE
    assert not d.done_late(final, AWARE + timedelta(days=30))
    assert d.done_late(final, AWARE + timedelta(days=31))


def test_states_done_due_soon_pending_not_required():
    due = date(2026, 6, 10)
    assert d.duty_state(due, date(2026, 6, 20), True, date(2026, 6, 30), RULES) == d.DONE
    assert d.duty_state(due, None, True, date(2026, 6, 7), RULES) == d.DUE_SOON
    assert d.duty_state(due, None, True, date(2026, 6, 6), RULES) == d.PENDING
    assert d.duty_state(due, None, False, date(2026, 7, 1), RULES) == d.NOT_REQUIRED


def test_prefecture_and_ciso_are_configurable():
    info = d.PersonalInfo(persons=3)
    assert codes(info) == {d.CISO}  # no commission report, so no prefecture report by default
    every = d.DutyRules(prefecture_when=d.WHEN_INCIDENT, ciso_when=d.WHEN_NEVER)
    assert codes(info, rules=every) == {d.PREFECTURE}
    only_ppc = d.DutyRules(ciso_when=d.WHEN_PPC)
    assert codes(info, rules=only_ppc) == set()
    assert d.CISO in codes(d.PersonalInfo(persons=500), rules=only_ppc)


def test_my_number_is_flagged_and_optionally_reported():
    info = d.PersonalInfo(persons=2, my_number=True)
    assert "マイナンバー" in d.my_number_flag(info)
    assert d.my_number_flag(d.PersonalInfo(persons=2)) == ""
    assert d.PPC_FINAL not in codes(info)
    assert d.PPC_FINAL in codes(info, rules=d.DutyRules(my_number_always_reported=True))


def test_reasons_name_the_facts():
    reasons = d.ppc_reasons(d.PersonalInfo(persons=150, sensitive=True), RULES)
    assert reasons == ["要配慮個人情報を含む", "本人の数 150名（100名超）"]


# --- workflow -------------------------------------------------------------------------------


def test_incident_path_allows_next_and_previous_step_and_withdrawal_only():
    assert v.allowed_transitions(v.INCIDENT, v.RECEIVED) == (v.INITIAL, v.WITHDRAWN)
    assert v.allowed_transitions(v.INCIDENT, v.INVESTIGATING) == (
        v.RECOVERING,
        v.INITIAL,
        v.WITHDRAWN,
    )
    assert v.allowed_transitions(v.INCIDENT, v.CLOSED) == (v.PREVENTING, v.WITHDRAWN)
    assert v.CLOSED not in v.allowed_transitions(v.INCIDENT, v.INITIAL)  # no skipping


def test_near_miss_path_and_terminal_states():
    assert v.allowed_transitions(v.NEAR_MISS, v.RECEIVED) == (v.CONFIRMING, v.WITHDRAWN)
    assert v.allowed_transitions(v.NEAR_MISS, v.MEASURES) == (v.CLOSED, v.CONFIRMING, v.WITHDRAWN)
    assert v.allowed_transitions(v.NEAR_MISS, v.WITHDRAWN) == ()
    assert v.allowed_transitions(v.NEAR_MISS, v.PROMOTED) == ()
    assert v.can_promote(v.NEAR_MISS, v.CONFIRMING)
    assert not v.can_promote(v.INCIDENT, v.RECEIVED)
    assert not v.can_promote(v.NEAR_MISS, v.PROMOTED)


def test_reference_numbers_round_trip():
    assert v.format_ref(2025, v.INCIDENT, 7) == "2025-INC-0007"
    assert v.format_ref(2025, v.NEAR_MISS, 31) == "2025-NM-0031"
    assert v.parse_ref("2025-nm-0031") == (2025, v.NEAR_MISS, 31)
    assert v.parse_ref("2025-INC-12345") == (2025, v.INCIDENT, 12345)
    assert v.parse_ref("INC-7") is None


def test_times_that_contradict_each_other_are_named():
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    hour = timedelta(hours=1)
    problems = dict(v.time_problems(v.Times(now - hour, now - 2 * hour, None), now))
    assert "発生日時より前" in problems["discovered_at"]
    problems = dict(v.time_problems(v.Times(None, now - hour, now - 2 * hour), now))
    assert "発見日時より前" in problems["reported_at"]
    problems = dict(v.time_problems(v.Times(None, now + 2 * hour, None), now))
    assert "未来" in problems["discovered_at"]
    assert v.time_problems(v.Times(now - 2 * hour, now - hour, now), now) == []


def test_tags_split_on_commas_and_spaces_once_each():
    assert v.split_tags("USB, 郵送、USB　窓口") == ["USB", "郵送", "窓口"]


# --- search tokens ------------------------------------------------------------------------------


@given(st.text(max_size=60))
def test_fast_tokens_equal_the_domain_tokens(text):
    assert bigram_text(text).split() == bigram_tokens(text)


def test_query_words_become_phrases_and_single_characters_prefixes():
    assert query_terms("紛失") == [["紛失"]]
    assert query_terms("漏えい ＵＳＢ") == [["漏エ", "エイ"], ["us", "sb"]]
    assert query_terms("誤") == [["誤*"]]
    assert query_terms("・、") == []
