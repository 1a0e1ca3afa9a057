"""All ids of a list through the driver's cursor: the same ids as the ORM gives, and a load that a
newer query superseded stops between chunks."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from secdesk.services.core import listing
from secdesk.services.roster.departments import DepartmentInput
from secdesk.store.models import Department


@pytest.fixture
def departments(services, admin):
    for n in range(60):
        services.departments.create(admin, DepartmentInput(f"{n:03d}", f"第{n}課"))


def test_fetch_ids_gives_what_the_orm_gives(db, departments, monkeypatch):
    monkeypatch.setattr(listing, "ID_CHUNK", 7)
    stmt = select(Department.id).where(Department.code >= "010").order_by(Department.code.desc())
    with db.read() as session:
        expected = list(session.scalars(stmt))
        got = listing.fetch_ids(session, stmt)
    assert list(got) == expected and len(expected) == 50


class Superseded(Exception):
    pass


class CancelledAfter:
    """What the GUI's Progress does once cancelled: `check()` raises."""

    def __init__(self, checks: int) -> None:
        self.left = checks

    def check(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise Superseded


def test_a_cancelled_load_stops_within_a_chunk(db, departments, monkeypatch):
    monkeypatch.setattr(listing, "ID_CHUNK", 7)
    progress = CancelledAfter(2)
    with db.read() as session, pytest.raises(Superseded):
        listing.fetch_ids(session, select(Department.id), progress)
    assert progress.left == -1  # stopped at the third chunk of nine
