"""Demo training register: this year's and last year's courses, e-learning results with the
gaps real departments have, a room course with sessions, new staff, exemptions, and two
phishing drills with clickers, repeat clickers and reporters.

Everything goes in through the services (imports included), as a coordinator's work would.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from secdesk.demo.names import GIVEN_NAMES, SURNAMES
from secdesk.domain.fiscal import fiscal_year, fiscal_year_bounds
from secdesk.domain.training import OverrideMode
from secdesk.i18n import tr
from secdesk.io.gophish import COLUMNS
from secdesk.io.tabular import Row, Table
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.staff import StaffInput
from secdesk.services.training.courses import CourseInput
from secdesk.services.training.sessions import SessionInput

# How diligent each department is: the chance that one of its people has completed.
DILIGENCE = (0.99, 0.97, 0.95, 0.92, 0.88, 0.8, 0.7, 0.55)


def _clamp(day: date, low: date, high: date) -> date:
    return max(low, min(day, high))


def _between(rng: random.Random, first: date, last: date) -> date:
    if last <= first:
        return first
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _targets(services, actor, course) -> list:
    """The people a course concerns (as the roster stood on its due date)."""
    ids = services.training.target_list(course.id).ids(actor, ListQuery())
    return [services.staff.get(actor, i) for i in ids]


def _add_new_staff(services, actor, rng: random.Random, april: date, count: int = 8) -> None:
    departments = [d for d in services.departments.list(actor) if d.parent_id is not None]
    types = {t.name: t.id for t in services.departments.employment_types(actor)}
    for offset in range(count):
        surname, surname_kana = rng.choice(SURNAMES)
        given, given_kana = rng.choice(GIVEN_NAMES)
        number = f"{fiscal_year(april) % 100:02d}{offset + 1:04d}"
        services.staff.create(
            actor,
            StaffInput(
                number,
                f"{surname} {given}",
                f"{surname_kana} {given_kana}",
                title="主事",
                employment_type_id=types.get("正規職員"),
                email=f"n{number}@city.example.lg.jp",
                department_id=rng.choice(departments).id,
                joined_on=april,
            ),
            effective=april,
        )


def _elearning(services, actor, course, rng, first: date, last: date, rates) -> None:
    """An e-learning results file, imported as a coordinator would."""
    rows = []
    for person in _targets(services, actor, course):
        if rng.random() < rates.get(person.department_id, 0.9):
            day = _between(rng, first, last)
            rows.append([person.staff_number, day.isoformat(), str(rng.randrange(70, 101))])
    table = Table(
        ["職員番号", "受講日", "得点"],
        [Row(i + 2, r) for i, r in enumerate(rows)],
        "utf-8",
        f"elearning-{course.code}.csv",
    )
    services.training.imports.apply(actor, course.id, table)


def _drill(services, actor, course, rng, click_rate: float, clickers=()) -> set[int]:
    """A GoPhish results file for everyone with an address, plus two outside addresses."""
    people = _targets(services, actor, course)
    sent_at = datetime.combine(course.due_date, time(0, 30), tzinfo=UTC)
    rows, clicked = [], set()
    addresses = [(p, p.email) for p in people if p.email]
    addresses += [
        (None, "itaku-support@vendor.example.co.jp"),
        (None, "soumu-box@city.example.lg.jp"),
    ]
    for index, (person, email) in enumerate(addresses):
        roll = rng.random()
        again = person is not None and person.id in clickers and rng.random() < 0.3
        if again or roll < click_rate:
            status = "Submitted Data" if rng.random() < 0.3 else "Clicked Link"
            if person is not None:
                clicked.add(person.id)
        elif roll < click_rate + 0.35:
            status = "Email Opened"
        elif roll < 0.995:
            status = "Email Sent"
        else:
            status = "Error"
        reported = status != "Error" and rng.random() < (0.15 if status == "Clicked Link" else 0.3)
        event = sent_at + timedelta(minutes=rng.randrange(5, 600))
        rows.append(
            [
                f"r{index:05d}",
                status,
                f"198.51.100.{index % 250}",
                "35.6",
                "139.7",
                "0001-01-01T00:00:00Z"
                if status == "Error"
                else sent_at.isoformat().replace("+00:00", "Z"),
                "true" if reported else "false",
                event.isoformat().replace("+00:00", "Z"),
                email,
                "",
                "",
                "",
            ]
        )
    table = Table(
        list(COLUMNS), [Row(i + 2, r) for i, r in enumerate(rows)], "utf-8", "results.csv"
    )
    services.training.gophish.apply(actor, course.id, table)
    return clicked


def add_training(services, actor, rng: random.Random) -> str:
    today = services.clock.today()
    year = fiscal_year(today)
    first, last = fiscal_year_bounds(year)
    prev_first = fiscal_year_bounds(year - 1)[0]
    _add_new_staff(services, actor, rng, first)
    sections = {d.id for d in services.departments.list(actor)}
    rates = {d: rng.choice(DILIGENCE) for d in sections}
    courses = services.training.courses

    def make(fy, code, title, kind, due, **extra):
        return courses.create(actor, CourseInput(fy, code, title, kind, due, **extra))

    # Last year: nearly done, as a year should end.
    r7 = make(
        year - 1,
        "R7-01",
        "情報セキュリティ研修（全職員・e-ラーニング）",
        "all-staff",
        date(year, 1, 31),
        target_rate=95,
    )
    _elearning(
        services,
        actor,
        r7,
        rng,
        prev_first + timedelta(days=150),
        r7.due_date,
        {d: 0.97 for d in sections},
    )
    r7_drill = make(year - 1, "R7-PH1", "標的型攻撃メール訓練", "phishing", date(year - 1, 11, 12))
    clicked = _drill(services, actor, r7_drill, rng, 0.14)

    # This year.
    due = _clamp(today + timedelta(days=30), first, last)
    r8 = make(
        year,
        "R8-01",
        "情報セキュリティ研修（全職員・e-ラーニング）",
        "all-staff",
        due,
        target_rate=95,
    )
    _elearning(
        services, actor, r8, rng, _clamp(today - timedelta(days=75), first, today), today, rates
    )
    reasons = ["育児休業", "病気休暇", "長期派遣"]
    still_to_do = list(
        services.training.target_list(r8.id).ids(
            actor, ListQuery().with_filters(status="incomplete")
        )
    )
    for staff_id in rng.sample(still_to_do, k=min(5, len(still_to_do))):
        services.training.attendance.set_override(
            actor, r8.id, staff_id, OverrideMode.EXEMPT, rng.choice(reasons)
        )

    advanced = make(
        year,
        "R8-02",
        "情報システム担当者研修（上級）",
        "advanced",
        _clamp(today - timedelta(days=10), first, last),
    )
    sessions = [
        services.training.sessions.create(
            actor,
            advanced.id,
            SessionInput(
                _clamp(today - timedelta(days=d), first, today), "13:30", place, capacity=40
            ),
        )
        for d, place in ((40, "本庁舎 5階 第1会議室"), (25, "本庁舎 5階 第1会議室"))
    ]
    sessions.append(
        services.training.sessions.create(
            actor,
            advanced.id,
            SessionInput(
                _clamp(today - timedelta(days=18), first, today), "10:00", online=True, capacity=100
            ),
        )
    )
    target = services.training.target_list(advanced.id)
    ids = list(target.ids(actor, ListQuery()))
    rng.shuffle(ids)
    for index, session in enumerate(sessions):
        chunk = [i for n, i in enumerate(ids) if n % 4 == index]
        if chunk:
            services.training.attendance.record_many(
                actor, advanced.id, chunk, session.held_on, session.id
            )

    newcomers = make(
        year,
        "R8-03",
        "新規採用職員 情報セキュリティ研修",
        "new-staff",
        _clamp(first + timedelta(days=60), first, last),
        target_joined_after=first,
    )
    newcomer_ids = list(services.training.target_list(newcomers.id).ids(actor, ListQuery()))
    if newcomer_ids:
        services.training.attendance.record_many(
            actor, newcomers.id, newcomer_ids[:-1], _clamp(first + timedelta(days=7), first, today)
        )

    drill_1 = make(
        year,
        "R8-PH1",
        "標的型攻撃メール訓練（第1回）",
        "phishing",
        _clamp(today - timedelta(days=130), first, today),
    )
    clicked |= _drill(services, actor, drill_1, rng, 0.11, clicked)
    drill_2 = make(
        year,
        "R8-PH2",
        "標的型攻撃メール訓練（第2回）",
        "phishing",
        _clamp(today - timedelta(days=35), first, today),
    )
    _drill(services, actor, drill_2, rng, 0.08, clicked)
    follow_up = make(
        year,
        "R8-04",
        "標的型攻撃メール訓練 フォローアップ研修",
        "other",
        _clamp(today + timedelta(days=45), first, last),
    )
    assigned = services.training.drills.assign_follow_up(actor, drill_2.id, follow_up.id)
    count = len(courses.of_year(actor, year)) + len(courses.of_year(actor, year - 1))
    return tr(
        "研修・訓練 {n} 件（今年度と昨年度）、受講記録と訓練結果を登録しました（フォローアップ対象 {f} 名）。"
    ).format(n=count, f=assigned)
