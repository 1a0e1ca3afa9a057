"""A small organisation with department history, shared by the training register's tests."""

from __future__ import annotations

from datetime import date

from secdesk.services.departments import DepartmentInput
from secdesk.services.staff import StaffInput
from secdesk.services.training_courses import CourseInput

# number, name, kana, department code, start, employment type, joined
PEOPLE = (
    ("0001", "山田 太郎", "ヤマダ タロウ", "110", date(2020, 4, 1), "正規職員", None),
    ("0002", "髙橋 花子", "タカハシ ハナコ", "130", date(2020, 4, 1), "正規職員", None),
    ("0003", "佐藤 次郎", "サトウ ジロウ", "110", date(2020, 4, 1), "正規職員", None),
    ("0004", "鈴木 一郎", "スズキ イチロウ", "330", date(2020, 4, 1), "会計年度任用職員", None),
    ("0005", "田中 美咲", "タナカ ミサキ", "130", date(2026, 4, 1), "正規職員", date(2026, 4, 1)),
    ("0006", "伊藤 誠", "イトウ マコト", "110", date(2020, 4, 1), "正規職員", None),
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
    staff = {}
    for number, name, kana, code, start, kind, joined in PEOPLE:
        staff[number] = services.staff.create(
            actor,
            StaffInput(
                number,
                name,
                kana,
                employment_type_id=types[kind],
                email=f"u{number}@city.example.lg.jp",
                department_id=made[code].id,
                joined_on=joined,
            ),
            effective=start,
        )
    # 佐藤 moved to 税務課 in April; 伊藤 left at the end of June.
    sato = staff["0003"]
    staff["0003"] = services.staff.update(
        actor,
        sato.id,
        sato.version,
        StaffInput(
            "0003",
            sato.name,
            sato.kana,
            employment_type_id=sato.employment_type_id,
            email=sato.email,
            department_id=made["330"].id,
        ),
        effective=date(2026, 4, 1),
    )
    ito = staff["0006"]
    staff["0006"] = services.staff.set_active(
        actor, ito.id, ito.version, False, on=date(2026, 7, 1)
    )
    return {"departments": made, "staff": staff, "types": types}


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
