"""A large city's training register: 20,000 staff with department history, three fiscal years
of courses and drills, about 500,000 attendance and drill rows.

Rows go in with bulk Core inserts (a benchmark's set-up, not a person's work, so no trail
entries); names and departments come from secdesk.demo.names, so the data looks like a real
roster: 部 › 課 in six wards, April transfers every year, people joining and leaving.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select

from secdesk.demo.names import DEPARTMENTS, EMPLOYMENT, GIVEN_NAMES, SURNAMES, TITLES
from secdesk.domain.text import kana_sort_key, search_key
from secdesk.store.models import (
    Assignment,
    Attendance,
    Course,
    Department,
    DrillResult,
    EmploymentType,
    Staff,
)

WARDS = ("本庁", "中央区", "北区", "南区", "東区", "西区")
YEARS = (2024, 2025, 2026)
CHUNK = 10_000


def _now() -> datetime:
    return datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


def _chunks(session, table, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])


def make_departments(session) -> list[tuple[int, bool]]:
    """部 and 課 of six wards; returns (id, owns systems) of every 課."""
    now = _now()
    parents, sections = [], []
    for w, ward in enumerate(WARDS):
        for code, name, owns, children in DEPARTMENTS:
            parents.append(
                {
                    "code": f"{w}{code}",
                    "name": f"{ward} {name}",
                    "name_key": search_key(f"{ward} {name}"),
                    "owns_systems": owns,
                    "active": True,
                    "sort_order": w * 1000 + int(code),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for child_code, child_name, child_owns in children:
                sections.append((f"{w}{code}", f"{w}{child_code}", child_name, child_owns, w))
    _chunks(session, Department, parents)
    ids = dict(session.execute(select(Department.code, Department.id)).tuples().all())
    rows = [
        {
            "code": code,
            "name": name if w == 0 else f"{WARDS[w]} {name}",
            "name_key": search_key(name),
            "parent_id": ids[parent],
            "owns_systems": owns,
            "active": True,
            "sort_order": w * 1000 + int(code[1:]),
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for parent, code, name, owns, w in sections
    ]
    _chunks(session, Department, rows)
    owns = {code: flag for _, code, _, flag, _ in sections}
    return [
        (i, owns[c])
        for c, i in session.execute(select(Department.code, Department.id))
        if c in owns
    ]


def make_staff(session, rng: random.Random, count: int, sections: list[tuple[int, bool]]) -> None:
    """Staff with an assignment history of April transfers since 2019; some join, some leave."""
    now = _now()
    types = {t.name: t.id for t in session.scalars(select(EmploymentType))}
    people, histories = [], []
    for n in range(count):
        surname, surname_kana = rng.choice(SURNAMES)
        given, given_kana = rng.choice(GIVEN_NAMES)
        number = f"{n + 100001:06d}"
        first_year = 2019 if rng.random() < 0.8 else rng.randint(2020, 2026)
        left_year = rng.randint(2021, 2026) if rng.random() < 0.06 else None
        periods, year = [], first_year
        dept = rng.choice(sections)[0]
        while True:
            stay = rng.randint(2, 4)
            end_year = year + stay
            if left_year is not None and end_year >= left_year:
                periods.append((dept, date(year, 4, 1), date(left_year, 4, 1)))
                break
            if end_year > 2026:
                periods.append((dept, date(year, 4, 1), None))
                break
            periods.append((dept, date(year, 4, 1), date(end_year, 4, 1)))
            dept, year = rng.choice(sections)[0], end_year
        name, kana = f"{surname} {given}", f"{surname_kana} {given_kana}"
        people.append(
            {
                "staff_number": number,
                "name": name,
                "name_key": search_key(name),
                "kana": kana,
                "kana_key": kana_sort_key(kana),
                "title": rng.choice(TITLES),
                "employment_type_id": types[rng.choice(EMPLOYMENT)],
                "email": f"u{number}@city.example.lg.jp",
                "email_key": f"u{number}@city.example.lg.jp",
                "active": left_year is None,
                "joined_on": date(first_year, 4, 1) if first_year > 2019 else None,
                "left_on": date(left_year, 3, 31) if left_year else None,
                "department_id": None if left_year else periods[-1][0],
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        histories.append(periods)
    _chunks(session, Staff, people)
    ids = dict(session.execute(select(Staff.staff_number, Staff.id)).tuples().all())
    rows = [
        {
            "staff_id": ids[person["staff_number"]],
            "department_id": dept,
            "start_date": start,
            "end_date": end,
            "created_at": now,
            "updated_at": now,
        }
        for person, periods in zip(people, histories, strict=True)
        for dept, start, end in periods
    ]
    _chunks(session, Assignment, rows)


def _course(
    session, year: int, code: str, title: str, kind: str, due: date, rule: str, **extra
) -> Course:
    course = Course(
        fiscal_year=year,
        code=code,
        title=title,
        kind=kind,
        due_date=due,
        target_rule=rule,
        target_rate=95,
        notes="",
        withdrawn_reason="",
        **extra,
    )
    session.add(course)
    session.flush()
    return course


def make_courses(session, rng: random.Random) -> dict[str, int]:
    """Per year: the all-staff course and five e-learning modules, the advanced and the new-staff
    course, and four drills; attendance and outcomes as departments really differ."""
    from secdesk.services.training.targets import population

    now = _now()
    diligence = {
        d: rng.choice((0.99, 0.97, 0.95, 0.9, 0.85, 0.75))
        for (d,) in session.execute(select(Department.id))
    }
    made: dict[str, int] = {}
    for year in YEARS:
        short = year - 2018
        plans = [
            (
                f"R{short}-01",
                "情報セキュリティ研修（全職員）",
                "all-staff",
                date(year, 12, 25),
                "all",
                {},
            ),
            *(
                (
                    f"R{short}-E{m}",
                    f"e-ラーニング 第{m}回",
                    "all-staff",
                    date(year + 1, 2, 28),
                    "all",
                    {},
                )
                for m in (1, 2, 3, 4, 5)
            ),
            (
                f"R{short}-02",
                "情報システム担当者研修（上級）",
                "advanced",
                date(year, 11, 30),
                "system-departments",
                {},
            ),
            (
                f"R{short}-03",
                "新規採用職員研修",
                "new-staff",
                date(year, 5, 31),
                "joined-after",
                {"target_joined_after": date(year, 4, 1)},
            ),
        ]
        for code, title, kind, due, rule, extra in plans:
            course = _course(session, year, code, title, kind, due, rule, **extra)
            made[code] = course.id
            rows = []
            finished = due if due < date(2026, 11, 25) else date(2026, 11, 20)
            for staff_id, dept in session.execute(population(course)):
                if rng.random() < diligence.get(dept, 0.9):
                    rows.append(
                        {
                            "course_id": course.id,
                            "staff_id": staff_id,
                            "session_id": None,
                            "status": "completed",
                            "completed_on": finished - timedelta(days=rng.randrange(90)),
                            "score": float(rng.randrange(60, 101)),
                            "source": "import",
                            "recorded_by": "bench",
                            "import_seq": None,
                            "withdrawn_at": None,
                            "withdrawn_reason": "",
                            "version": 1,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            _chunks(session, Attendance, rows)
        for drill in (1, 2, 3, 4):
            due = date(year, 4 + drill * 2, 10)
            if due > date(2026, 11, 25):
                due = date(2026, 11, 10 + drill)
            course = _course(
                session,
                year,
                f"R{short}-PH{drill}",
                f"標的型攻撃メール訓練（第{drill}回）",
                "phishing",
                due,
                "all",
            )
            made[course.code] = course.id
            rows = []
            sent_at = datetime(due.year, due.month, due.day, 0, 30, tzinfo=UTC)
            for staff_id, _dept in session.execute(population(course)):
                roll = rng.random()
                clicked = roll < 0.1
                rows.append(
                    {
                        "course_id": course.id,
                        "staff_id": staff_id,
                        "sent": True,
                        "opened": roll < 0.5,
                        "clicked": clicked,
                        "submitted": clicked and rng.random() < 0.3,
                        "reported": rng.random() < 0.25,
                        "sent_at": sent_at,
                        "last_event_at": sent_at + timedelta(minutes=rng.randrange(600)),
                        "send_error": False,
                        "import_seq": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            _chunks(session, DrillResult, rows)
    return made


def build(db, staff: int = 20_000, seed: int = 2026) -> dict[str, int]:
    rng = random.Random(seed)
    with db.write() as session:
        sections = make_departments(session)
        make_staff(session, rng, staff, sections)
    with db.write() as session:
        made = make_courses(session, rng)
    if db.dialect == "postgresql":
        # What autovacuum does some time after a load; the benchmark should not wait for it.
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    return made
