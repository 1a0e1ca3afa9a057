from datetime import date

import pytest

from secdesk.domain.errors import ValidationError
from secdesk.io.tabular import read_csv_bytes
from secdesk.services.roster.file_import import CHANGED, LEAVING, MOVED, NEW, UNCHANGED

HEADER = "職員番号,氏名,フリガナ,所属コード,所属名,役職,雇用区分,メールアドレス,在職\r\n"
FIRST = (
    "0001,山田 太郎,ヤマダ タロウ,110,総務課,課長,正規職員,yamada@city.example.lg.jp,在職\r\n"
    "0002,髙橋 花子,タカハシ ハナコ,120,情報政策課,主任,正規職員,takahashi@city.example.lg.jp,在職\r\n"
    "0003,佐藤 次郎,サトウ ジロウ,110,総務課,,会計年度任用職員,,在職\r\n"
)


def table(body: str, encoding="cp932"):
    return read_csv_bytes((HEADER + body).encode(encoding), source="roster.csv")


@pytest.fixture
def loaded(services, admin):
    services.roster_import.apply(admin, table(FIRST), effective=date(2025, 4, 1))
    return services


def test_first_import_creates_people_and_departments(loaded, admin):
    departments = {d.code: d.name for d in loaded.departments.list(admin)}
    assert departments == {"110": "総務課", "120": "情報政策課"}
    person = loaded.staff.find_by_number(admin, "0002")
    assert person.name == "髙橋 花子" and person.employment_type == "正規職員"
    assert loaded.trail.verify(admin).ok


def test_april_file_is_classified_before_anything_is_written(loaded, admin):
    april = (
        "0001,山田 太郎,ヤマダ タロウ,120,情報政策課,課長,正規職員,yamada@city.example.lg.jp,在職\r\n"  # moved
        "0002,髙橋 花子,タカハシ ハナコ,120,情報政策課,係長,正規職員,takahashi@city.example.lg.jp,在職\r\n"  # title
        "0003,佐藤 次郎,サトウ ジロウ,110,総務課,,会計年度任用職員,,退職\r\n"  # leaving
        "0004,新人 三郎,シンジン サブロウ,130,企画課,,正規職員,,在職\r\n"  # new, new dept
    )
    plan = loaded.roster_import.plan(admin, table(april), effective=date(2026, 4, 1))
    assert plan.ok
    assert {c.staff_number: c.kind for c in plan.changes} == {
        "0001": MOVED,
        "0002": CHANGED,
        "0003": LEAVING,
        "0004": NEW,
    }
    assert plan.new_departments == {"130": "企画課"}
    assert loaded.staff.find_by_number(admin, "0004") is None  # the plan wrote nothing
    loaded.roster_import.apply(admin, table(april), effective=date(2026, 4, 1))
    yamada = loaded.staff.get(admin, loaded.staff.find_by_number(admin, "0001").id)
    assert [h.department_code for h in yamada.history] == ["120", "110"]
    assert yamada.history[1].end_date == date(2026, 4, 1)
    sato = loaded.staff.find_by_number(admin, "0003")
    assert not sato.active and sato.left_on == date(2026, 3, 31)
    entries = loaded.trail.recent(admin, 50, entity="staff", entity_id=str(sato.id))
    assert [e.action for e in entries].count("deactivate") == 1
    # the department on the day before the transfer is still the old one
    assert loaded.staff.department_on(admin, date(2026, 3, 31))[yamada.id] == next(
        d.id for d in loaded.departments.list(admin) if d.code == "110"
    )


def test_reimporting_the_same_file_changes_nothing(loaded, admin):
    plan = loaded.roster_import.plan(admin, table(FIRST), effective=date(2025, 4, 1))
    assert all(c.kind == UNCHANGED for c in plan.changes)


def test_bad_rows_refuse_the_whole_file_with_line_numbers(loaded, admin):
    bad = (
        "0005,正しい 行,,110,,,,,在職\r\n"
        "0006,,,110,,,,,在職\r\n"  # no name: line 3
        "0005,重複 行,,110,,,,,在職\r\n"  # duplicate number: line 4
        "0007,不明 所属,,999,,,,,在職\r\n"  # unknown department without name: line 5
        "0008,メール 不正,,110,,,,not-an-address,在職\r\n"  # line 6
        "0009,在職 不正,,110,,,,,たぶん\r\n"  # line 7
    )
    with pytest.raises(ValidationError) as error:
        loaded.roster_import.apply(admin, table(bad), effective=date(2026, 4, 1))
    lines = sorted({p.line for p in error.value.problems})
    assert lines == [3, 4, 5, 6, 7]
    assert "3行目" in str(error.value)
    assert loaded.staff.find_by_number(admin, "0005") is None


def test_only_good_rows_when_the_user_chooses(loaded, admin):
    bad = "0005,正しい 行,,110,,,,,在職\r\n0006,,,110,,,,,在職\r\n"
    result = loaded.roster_import.apply(
        admin, table(bad), effective=date(2026, 4, 1), only_good_rows=True
    )
    assert result.counts[NEW] == 1 and result.skipped_lines == 1
    assert loaded.staff.find_by_number(admin, "0005") is not None


def test_missing_required_column_is_named(services, admin):
    data = "職員番号,氏名\r\n1,山田\r\n".encode()
    with pytest.raises(ValidationError, match="所属コード"):
        services.roster_import.apply(admin, read_csv_bytes(data))


def test_full_roster_option_deactivates_people_absent_from_the_file(loaded, admin):
    only_two = FIRST.split("\r\n", 2)
    partial = only_two[0] + "\r\n" + only_two[1] + "\r\n"
    plan = loaded.roster_import.plan(
        admin, table(partial), effective=date(2026, 4, 1), deactivate_missing=True
    )
    assert [c.staff_number for c in plan.changes if c.kind == LEAVING] == ["0003"]
    plain = loaded.roster_import.plan(admin, table(partial), effective=date(2026, 4, 1))
    assert not [c for c in plain.changes if c.kind == LEAVING]


def test_column_mapping_for_other_headers(services, admin):
    data = "社員ID,名前,課コード,課名\r\nA1,外部 形式,300,税務課\r\n".encode()
    mapping = {
        "staff_number": "社員ID",
        "name": "名前",
        "department_code": "課コード",
        "department_name": "課名",
    }
    services.roster_import.apply(admin, read_csv_bytes(data), mapping=mapping)
    assert services.staff.find_by_number(admin, "a1").name == "外部 形式"
