"""Shared set-up for the incident register's tests: a small city, a CSIRT member, records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from secdesk.domain import incidents as v
from secdesk.services.incidents.records import IncidentInput
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.roster.staff import StaffInput

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


def at(days_ago: float = 0, hours_ago: float = 0) -> datetime:
    return NOW - timedelta(days=days_ago, hours=hours_ago)


def near_miss(title: str = "住民票の写しを別の方に渡しかけた", **fields) -> IncidentInput:
    base = IncidentInput(
        kind=v.NEAR_MISS,
        title=title,
        discovered_at=at(hours_ago=2),
        reported_at=at(hours_ago=1),
        description="窓口で氏名の確認が不足していたが、交付前に気づいた。",
    )
    return replace(base, **fields)


def incident(title: str = "通知書の誤送付", **fields) -> IncidentInput:
    base = IncidentInput(
        kind=v.INCIDENT,
        title=title,
        occurred_at=at(days_ago=3),
        discovered_at=at(days_ago=2),
        reported_at=at(days_ago=2, hours_ago=-1),
        description="納税通知書を封入誤りにより別の世帯へ郵送した。",
    )
    return replace(base, **fields)


@pytest.fixture
def org(services, admin):
    dept = services.departments
    bu = dept.create(admin, DepartmentInput("100", "市民部"))
    shimin = dept.create(admin, DepartmentInput("110", "市民課", parent_id=bu.id))
    zei = dept.create(admin, DepartmentInput("120", "税務課", parent_id=bu.id))
    person = services.staff.create(
        admin, StaffInput("000101", "山田 太郎", "ヤマダ タロウ", department_id=shimin.id)
    )
    return {"shimin": shimin, "zei": zei, "reporter": person}


@pytest.fixture
def csirt(make_user):
    return make_user("csirt1", "csirt")
