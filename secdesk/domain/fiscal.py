"""Fiscal years (年度, April to March) and Japanese era labels (和暦)."""

from __future__ import annotations

from datetime import date

FISCAL_YEAR_START_MONTH = 4

# First day of each era still needed for fiscal years the office reports on.
_ERAS = (
    (date(2019, 5, 1), "令和", "Reiwa"),
    (date(1989, 1, 8), "平成", "Heisei"),
    (date(1926, 12, 25), "昭和", "Showa"),
)


def fiscal_year(day: date) -> int:
    """The fiscal year a day belongs to, named by the calendar year in which it starts."""
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def fiscal_year_bounds(year: int) -> tuple[date, date]:
    """First and last day of a fiscal year (inclusive)."""
    return date(year, 4, 1), date(year + 1, 3, 31)


def fiscal_months(year: int) -> list[tuple[int, int]]:
    """(year, month) of the twelve months of a fiscal year, April first."""
    return [(year + (m < FISCAL_YEAR_START_MONTH), m) for m in (*range(4, 13), 1, 2, 3)]


def era_year(year: int) -> tuple[str, int]:
    """Era name and era year of a fiscal year, named by the calendar year in which it starts.

    A calendar year counts as the year of the era that began in it (2019 is 令和元年), so
    fiscal 2019 is 令和元年度 although 令和 began on 1 May, and fiscal 1988 is 昭和63年度.
    """
    for first_day, name, _ in _ERAS:
        if first_day.year <= year:
            return name, year - first_day.year + 1
    raise ValueError(f"no era for fiscal year {year}")


def wareki_label(year: int) -> str:
    """令和7年度 (令和元年度 for the first year)."""
    name, number = era_year(year)
    return f"{name}{'元' if number == 1 else number}年度"


def fiscal_year_label(year: int, lang: str = "ja") -> str:
    """令和7年度 (2025年度), or 'FY2025 (Reiwa 7)' in English."""
    if lang == "en":
        name, number = era_year(year)
        roman = next(r for _, n, r in _ERAS if n == name)
        return f"FY{year} ({roman} {number})"
    return f"{wareki_label(year)}（{year}年度）"
