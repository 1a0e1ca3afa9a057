"""Demo roster: a city's 部 › 課 tree and a few hundred staff, some transferred last April."""

from __future__ import annotations

import random
from datetime import date

from secdesk.demo.names import DEPARTMENTS, EMPLOYMENT, GIVEN_NAMES, SURNAMES, TITLES
from secdesk.domain.fiscal import fiscal_year
from secdesk.i18n import tr
from secdesk.io.roster_format import EXPORT_HEADERS
from secdesk.io.tabular import Row, Table
from secdesk.services.roster.departments import DepartmentInput


def person(rng: random.Random, number: int) -> tuple[str, str, str]:
    surname, surname_kana = rng.choice(SURNAMES)
    given, given_kana = rng.choice(GIVEN_NAMES)
    return f"{number:06d}", f"{surname} {given}", f"{surname_kana} {given_kana}"


def roster_rows(
    rng: random.Random, count: int, sections: list[tuple[str, str]], start_number: int = 100001
) -> list[list[str]]:
    rows = []
    for offset in range(count):
        number, name, kana = person(rng, start_number + offset)
        code, dept_name = rng.choice(sections)
        rows.append(
            [
                number,
                name,
                kana,
                code,
                dept_name,
                rng.choice(TITLES),
                rng.choice(EMPLOYMENT),
                f"u{number}@city.example.lg.jp",
                "在職",
            ]
        )
    return rows


def table_of(rows: list[list[str]], source: str) -> Table:
    return Table(list(EXPORT_HEADERS), [Row(i + 2, r) for i, r in enumerate(rows)], "utf-8", source)


def add_roster(services, actor, rng: random.Random, staff_count: int = 320) -> str:
    sections = []
    for code, name, owns, children in DEPARTMENTS:
        parent = services.departments.create(
            actor, DepartmentInput(code, name, owns_systems=owns, sort_order=int(code))
        )
        for child_code, child_name, child_owns in children:
            services.departments.create(
                actor,
                DepartmentInput(
                    child_code, child_name, parent.id, child_owns, sort_order=int(child_code)
                ),
            )
            sections.append((child_code, child_name))
    today = services.clock.today()
    last_april = date(fiscal_year(today) - 1, 4, 1)
    rows = roster_rows(rng, staff_count, sections)
    services.roster_import.apply(actor, table_of(rows, "demo-roster.csv"), effective=last_april)
    # This April's transfers, as the personnel file would bring them.
    this_april = date(fiscal_year(today), 4, 1)
    for row in rng.sample(rows, k=staff_count // 8):
        code, name = rng.choice(sections)
        row[3], row[4] = code, name
    for row in rng.sample(rows, k=staff_count // 40):
        row[8] = "退職"
    services.roster_import.apply(
        actor, table_of(rows, "demo-roster-april.csv"), effective=this_april
    )
    return tr("所属 {d} 件、職員 {s} 名を登録しました。").format(
        d=len(sections) + len(DEPARTMENTS), s=staff_count
    )
