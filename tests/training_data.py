"""A small organisation with department history, shared by the training register's tests."""

from __future__ import annotations

from datetime import date

from secdesk.io.roster_format import EXPORT_HEADERS
from secdesk.io.tabular import Row, Table
from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.training.courses import CourseInput

# number, name, kana, department code (2020, or on joining), first day, employment type
PEOPLE = (
    ("0001", "山田 太郎", "ヤマダ タロウ", "110", date(2020, 4, 1), "正規職員"),
    ("0002", "髙橋 花子", "タカハシ ハナコ", "130", date(2020, 4, 1), "正規職員"),
    ("0003", "佐藤 次郎", "サトウ ジロウ", "110", date(2020, 4, 1), "正規職員"),
    ("0004", "鈴木 一郎", "スズキ イチロウ", "330", date(2020, 4, 1), "会計年度任用職員"),
    ("0005", "田中 美咲", "タナカ ミサキ", "130", date(2026, 4, 1), "正規職員"),
    ("0006", "伊藤 誠", "イトウ マコト", "110", date(2020, 4, 1), "正規職員"),
)


def build_org(services, actor) -> dict:
    dept = services.departments
    soumu = dept.create(actor, DepartmentInput("100", "総務部", sort_order=100))
    shimin = dept.create(actor, DepartmentInput("300", "市民部", sort_order=300))
    made = {
        "100": soumu,
        "300": shimin,
        "110": dept.create(actor, DepartmentInput("110", "総務課", soumu.id, sort_order=110)),
        "130": dept.create(
            actor, DepartmentInput("130", "情報政策課", soumu.id, True, sort_order=130)
        ),
        "330": dept.create(
            actor, DepartmentInput("330", "税務課", shimin.id, True, sort_order=330)
        ),
    }
    types = {t.name: t.id for t in dept.employment_types(actor)}
    # Three personnel files, as the roster receives them: 2020, April 2026 (佐藤 moves to 税務課,
    # 田中 joins) and July 2026 (伊藤 left at the end of June).
    first = [p for p in PEOPLE if p[4].year == 2020]
    _import(services, actor, [_line(p, p[3]) for p in first], date(2020, 4, 1))
    april = [_line(p, "330" if p[0] == "0003" else p[3]) for p in PEOPLE]
    _import(services, actor, april, date(2026, 4, 1))
    _import(
        services,
        actor,
        [r if r[0] != "0006" else [*r[:8], "退職"] for r in april],
        date(2026, 7, 1),
    )
    source = services.staff.list_source()
    ids = source.ids(actor, ListQuery().with_filters(include_inactive=True))
    staff = {info.staff_number: info for info in (services.staff.get(actor, i) for i in ids)}
    return {"departments": made, "staff": staff, "types": types}


def _line(person, code: str) -> list[str]:
    number, name, kana, _, _, kind = person
    return [number, name, kana, code, "", "", kind, f"u{number}@city.example.lg.jp", "在職"]


def _import(services, actor, rows: list[list[str]], effective: date) -> None:
    table = Table(
        list(EXPORT_HEADERS), [Row(i + 2, r) for i, r in enumerate(rows)], "utf-8", "t.csv"
    )
    services.roster_import.apply(actor, table, effective=effective)


def course(services, actor, code="R8-ALL", kind="all-staff", due=date(2026, 12, 25), **extra):
    from secdesk.domain.fiscal import fiscal_year

    return services.training.courses.create(
        actor,
        CourseInput(
            fiscal_year(due),
            code,
            extra.pop("title", f"研修 {code}"),
            kind,
            due,
            **extra,
        ),
    )
