"""Stored instants are UTC; people see Tokyo time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


def local_naive(value: datetime) -> datetime:
    """Tokyo wall-clock time without tzinfo, as spreadsheets expect."""
    if value.tzinfo is None:
        return value
    return value.astimezone(TOKYO).replace(tzinfo=None)


def format_local(value: datetime | None, with_seconds: bool = False) -> str:
    if value is None:
        return ""
    return value.astimezone(TOKYO).strftime(
        "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    )
