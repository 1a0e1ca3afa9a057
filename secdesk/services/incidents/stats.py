"""Counts over the incident register, shared by the dashboard and the annual report.

Each function takes the conditions that pick the records (a fiscal year, departments, which
statuses count), so the dashboard and the report count with the same queries while each keeps
its own definition of what it shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select

from secdesk.domain import incidents as vocab
from secdesk.domain.fiscal import fiscal_months
from secdesk.domain.timezone import TOKYO
from secdesk.services.incidents.listing import month_bounds
from secdesk.store.models import Incident, IncidentDuty


def counted(
    year: int, departments: Iterable[int] | None = None, live_only: bool = True
) -> list[ColumnElement]:
    """Conditions of a fiscal year's records (the year of discovery), optionally of some
    departments. `live_only` leaves out withdrawn records (entered by mistake) and near-misses
    that became incidents (the incident counts instead, so that one event counts once)."""
    conditions: list[ColumnElement] = [Incident.fiscal_year == year]
    if live_only:
        conditions.append(Incident.status.not_in([vocab.WITHDRAWN, vocab.PROMOTED]))
    if departments is not None:
        conditions.append(Incident.department_id.in_(sorted(departments)))
    return conditions


def kind_counts(session, *conditions) -> Counter:
    """{kind: records}."""
    return Counter(
        dict(
            session.execute(
                select(Incident.kind, func.count()).where(*conditions).group_by(Incident.kind)
            ).all()
        )
    )


def counts_by(session, column, *conditions) -> Counter:
    """{(value of `column`, kind): records}, e.g. per top-level category or per department."""
    return Counter(
        {
            (value, kind): n
            for value, kind, n in session.execute(
                select(column, Incident.kind, func.count())
                .where(*conditions)
                .group_by(column, Incident.kind)
            )
        }
    )


def month_counts(session, year: int, *conditions) -> dict[tuple[int, int], Counter]:
    """{(year, month): {kind: records}} for the twelve months of a fiscal year (month of
    discovery, in Tokyo), April first. Each month is a range of the discovery index."""
    result = {}
    for y, m in fiscal_months(year):
        start, end = month_bounds(y, m)
        result[(y, m)] = kind_counts(
            session, Incident.discovered_at >= start, Incident.discovered_at < end, *conditions
        )
    return result


@dataclass
class DutyOutcome:
    """How the reports of one kind (速報, 確報, 本人通知 …) were met."""

    owed: int = 0
    on_time: int = 0
    late: int = 0  # done after the deadline
    overdue: int = 0  # not done, deadline passed
    pending: int = 0  # not done, deadline still ahead

    @property
    def done(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_rate(self) -> float | None:
        """Reports made on time among those whose deadline has passed or that were made."""
        settled = self.done + self.overdue
        return None if settled == 0 else 100.0 * self.on_time / settled

    def add(self, other: DutyOutcome) -> None:
        for name in ("owed", "on_time", "late", "overdue", "pending"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def duty_outcomes(session, today: date, *conditions) -> dict[str, DutyOutcome]:
    """{duty code: outcome} over the duties still owed by the records the conditions pick.
    A report counts as on time when it was made on or before its deadline day (Tokyo)."""
    outcomes: dict[str, DutyOutcome] = {}
    for code, due, done_at in session.execute(
        select(IncidentDuty.code, IncidentDuty.due_on, IncidentDuty.done_at)
        .join(Incident, Incident.id == IncidentDuty.incident_id)
        .where(IncidentDuty.required.is_(True), *conditions)
    ):
        outcome = outcomes.setdefault(code, DutyOutcome())
        outcome.owed += 1
        if done_at is not None:
            if done_at.astimezone(TOKYO).date() > due:
                outcome.late += 1
            else:
                outcome.on_time += 1
        elif due < today:
            outcome.overdue += 1
        else:
            outcome.pending += 1
    return outcomes
