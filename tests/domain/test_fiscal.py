from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secdesk.domain.fiscal import (
    fiscal_months,
    fiscal_year,
    fiscal_year_bounds,
    fiscal_year_label,
    wareki_label,
)


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2025, 4, 1), 2025),
        (date(2025, 3, 31), 2024),
        (date(2026, 1, 15), 2025),
        (date(2025, 12, 31), 2025),
    ],
)
def test_fiscal_year_turns_on_first_of_april(day, year):
    assert fiscal_year(day) == year


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_lies_within_its_fiscal_year(day):
    start, end = fiscal_year_bounds(fiscal_year(day))
    assert start <= day <= end


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (2019, "令和元年度"),
        (2020, "令和2年度"),
        (2025, "令和7年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
    ],
)
def test_wareki_names_the_era_of_the_starting_calendar_year(year, label):
    assert wareki_label(year) == label


def test_label_shows_both_calendars():
    assert fiscal_year_label(2025) == "令和7年度（2025年度）"
    assert fiscal_year_label(2019, "en") == "FY2019 (Reiwa 1)"


def test_months_run_april_to_march():
    months = fiscal_months(2025)
    assert months[0] == (2025, 4) and months[-1] == (2026, 3) and len(months) == 12
