"""io.dates: the one reader of days and times in imported files."""

from datetime import date, datetime

import pytest

from secdesk.io.dates import parse_datetime_naive, parse_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-05-12", date(2026, 5, 12)),
        ("2026/5/12", date(2026, 5, 12)),
        ("2026.05.12", date(2026, 5, 12)),
        ("2026年5月12日", date(2026, 5, 12)),
        ("２０２６年５月１２日", date(2026, 5, 12)),  # full-width digits
        ("令和8年5月12日", date(2026, 5, 12)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("R8.5.12", date(2026, 5, 12)),
        ("r8/5/12", date(2026, 5, 12)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("S64.1.7", date(1989, 1, 7)),
        ("45839", date(2025, 7, 1)),  # Excel's serial number of 2025-07-01
        ("", None),
    ],
)
def test_days(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-05-12 10:30", datetime(2026, 5, 12, 10, 30)),
        ("2026/05/12 10:30:15", datetime(2026, 5, 12, 10, 30, 15)),
        ("2026-05-12T10:30:00", datetime(2026, 5, 12, 10, 30)),
        ("R8.5.12 午後1時05分", datetime(2026, 5, 12, 13, 5)),
        ("2026/5/12 9:12 PM", datetime(2026, 5, 12, 21, 12)),
        ("45839.5", datetime(2025, 7, 1, 12, 0)),  # noon: the serial's fraction
    ],
)
def test_date_times(text, moment):
    assert parse_datetime_naive(text) == moment


@pytest.mark.parametrize(
    "text", ["いつか", "2026-13-01", "R8.2.30", "12345", "2026-05-12 25:00", "R8", "2026-05-12 x"]
)
def test_what_is_no_date_raises(text):
    with pytest.raises(ValueError):
        parse_day(text)
