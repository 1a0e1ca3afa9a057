"""The one reader of dates and date-times in imported files.

People and programs write a day as 2026-05-12, 2026/5/12, 2026.5.12, 2026年5月12日,
令和8年5月12日, 令和元年5月1日, R8.5.12, R8/5/12, H31.4.30 or with full-width digits; Excel hands
over real date cells (read as ISO text by io.tabular) or, in a CSV, the cell's serial number
(45839, or 45839.5 for noon). A time may follow the day: 10:30, 10:30:15, T10:30 or 午前/午後.

parse_day and parse_datetime return None for an empty cell and raise ValueError for text that
is no date, so that each importer reports a bad cell once, in its own words.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from secdesk.domain.text import normalize
from secdesk.domain.timezone import TOKYO

# Era: first calendar year (元年 = 1). Abbreviations as forms and Excel write them.
ERAS = {"令和": 2019, "R": 2019, "平成": 1989, "H": 1989, "昭和": 1926, "S": 1926}
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug kept)
# Serial numbers taken as dates: 1990-01-01 .. 2099-12-31; other numbers are no dates.
_SERIALS = (32874, 73415)

_WESTERN = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_ERA = re.compile(
    r"(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(午前|午後|AM|PM)?\s*(\d{1,2})\s*[:時]\s*(\d{1,2})\s*分?\s*(?::?\s*(\d{1,2})\s*秒?)?\s*(AM|PM)?",
    re.IGNORECASE,
)
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")


def _split(text: str) -> tuple[date, str]:
    """The day at the start of text and what follows it; ValueError when there is none."""
    match = _WESTERN.match(text)
    if match:
        return date(int(match[1]), int(match[2]), int(match[3])), text[match.end() :]
    match = _ERA.match(text)
    if match:
        first = ERAS[match[1].upper() if len(match[1]) == 1 else match[1]]
        year = first + (0 if match[2] == "元" else int(match[2]) - 1)
        return date(year, int(match[3]), int(match[4])), text[match.end() :]
    raise ValueError(text)


def _serial(text: str) -> datetime | None:
    if not _SERIAL.fullmatch(text):
        return None
    number = float(text)
    if not _SERIALS[0] <= number < _SERIALS[1]:
        return None
    day = EXCEL_EPOCH + timedelta(days=int(number))
    seconds = round((number - int(number)) * 86400)
    return datetime.combine(day, time()) + timedelta(seconds=seconds)


def _time(rest: str) -> time | None:
    rest = rest.strip().lstrip("T,").strip()
    if not rest:
        return None
    match = _TIME.match(rest)
    if not match or rest[match.end() :].strip():
        raise ValueError(rest)
    hour, minute, second = int(match[2]), int(match[3]), int(match[4] or 0)
    half = (match[1] or match[5] or "").upper()
    if half in ("午後", "PM") and hour < 12:
        hour += 12
    elif half in ("午前", "AM") and hour == 12:
        hour = 0
    return time(hour, minute, second)


@lru_cache(maxsize=8192)
def parse_datetime_naive(text: str) -> datetime | None:
    """A day with an optional time, as Tokyo wall-clock time without a zone; None when empty."""
    value = normalize(text).strip()
    if not value:
        return None
    serial = _serial(value)
    if serial is not None:
        return serial
    day, rest = _split(value)
    moment = _time(rest)
    return datetime.combine(day, moment or time())


def parse_datetime(text: str) -> datetime | None:
    """As parse_datetime_naive, in Tokyo time (aware)."""
    moment = parse_datetime_naive(text)
    return moment.replace(tzinfo=TOKYO) if moment else None


def parse_day(text: str) -> date | None:
    """The day of a date or date-time cell (a time after it is read and dropped)."""
    moment = parse_datetime_naive(text)
    return moment.date() if moment else None
