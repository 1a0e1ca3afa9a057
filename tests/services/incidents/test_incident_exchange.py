"""Export and import: the same columns both ways, nothing lost, all or nothing, lines named."""

import pytest

from secdesk.domain import incidents as v
from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.io.tabular import read_table
from secdesk.services.app import Services
from secdesk.services.core.listing import ListQuery
from tests.conftest import ADMIN_PASSWORD, fast_hasher
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import at, incident, near_miss

org, csirt = incident_helpers.org, incident_helpers.csirt


@pytest.fixture
def register(services, csirt, org):
    s, work = services.incidents, services.incident_work
    nm = s.create(
        csirt, near_miss(department_id=org["shimin"].id, reporter_staff_id=org["reporter"].id)
    )
    nm = s.change_status(csirt, nm.id, nm.version, v.CONFIRMING, "窓口で\t確認\nした")
    big = s.create(
        csirt,
        incident(
            '=HYPERLINK("http://x")',
            department_id=org["zei"].id,
            persons_affected=130,
            sensitive_data=True,
            tags="郵送 封入",
            leaked_items="氏名、住所",
            cause="-封入時の確認不足",
        ),
    )
    work.add_note(csirt, big.id, "相手方へ連絡し回収を依頼した", at(days_ago=1))
    work.add_notification(
        csirt, big.id, "個人情報保護委員会", at(hours_ago=5), "Webフォーム", "速報"
    )
    duty = next(x for x in s.get(csirt, big.id).duties if x.code == "ciso")
    work.record_duty(csirt, duty.id, at(days_ago=1), "対面", "副市長にも報告")
    work.link(csirt, big.id, nm.ref, "同じ課")
    promoted = s.promote(csirt, nm.id, s.get(csirt, nm.id).version)
    return {"nm": nm, "big": big, "promoted": promoted}


def test_export_then_import_into_an_empty_register_loses_nothing(
    services, csirt, register, tmp_path, sqlite_template, clock, org
):
    first = tmp_path / "first.csv"
    record = services.incident_export.export(csirt, first)
    assert record.rows == 3
    text = first.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'-封入時" in text  # formulas neutralised

    # A second register with the same roster and users.
    import shutil

    from secdesk.store.database import Database
    from secdesk.store.engine import make_engine, sqlite_url

    path = tmp_path / "other.sqlite3"
    shutil.copyfile(sqlite_template, path)
    other = Services(Database(make_engine(sqlite_url(path))), clock, fast_hasher())
    other.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin2 = other.accounts.login("admin", ADMIN_PASSWORD).actor()
    other.accounts.create_user(admin2, "csirt1", "csirt", "csirt1-initial-pw", must_change=False)
    from secdesk.services.roster.departments import DepartmentInput
    from secdesk.services.roster.staff import StaffInput

    bu = other.departments.create(admin2, DepartmentInput("100", "市民部"))
    shimin = other.departments.create(admin2, DepartmentInput("110", "市民課", parent_id=bu.id))
    other.departments.create(admin2, DepartmentInput("120", "税務課", parent_id=bu.id))
    other.staff.create(admin2, StaffInput("000101", "山田 太郎", department_id=shimin.id))

    plan = other.incident_import.plan(admin2, read_table(first))
    assert plan.ok, plan.errors
    result = other.incident_import.apply(admin2, read_table(first))
    assert result.created == 3
    entry = other.trail.recent(admin2, 1)[0]
    assert entry.action == "import" and entry.entity == "incident"
    from secdesk.services.incidents.file_import import ref_ranges

    created = [register[k].ref for k in ("nm", "big", "promoted")]
    assert all(f'"{run}"' in entry.details for run in ref_ranges(created))
    second = tmp_path / "second.csv"
    other.incident_export.export(admin2, second)
    assert second.read_text(encoding="utf-8-sig") == text
    big = other.incidents.find(admin2, register["big"].ref)
    assert [x.ref for x in big.links] == [register["nm"].ref]
    assert (
        other.incidents.find(admin2, register["promoted"].ref).promoted_from.ref
        == register["nm"].ref
    )
    assert other.incidents.list_source().count(admin2, ListQuery("回収")) == 1  # indexed
    # New records carry on after the imported numbers.
    assert other.incidents.create(admin2, near_miss()).ref == "2026-NM-0002"
    assert other.trail.verify(admin2).ok


def test_xlsx_round_trip(services, csirt, register, tmp_path):
    path = tmp_path / "list.xlsx"
    services.incident_export.export(
        csirt, path, ListQuery().with_filters(kind=v.INCIDENT), label="取扱注意"
    )
    table = read_table(path)
    assert [r.values[0] for r in table.rows] == sorted(
        [register["big"].ref, register["promoted"].ref], reverse=True
    )
    big = table.rows[1].values
    assert big[table.column("本人の数")] == "130"
    assert big[table.column("要配慮個人情報")] == "True"
    assert big[table.column("件名")] == '\'=HYPERLINK("http://x")'
    assert services.incident_import.plan(csirt, table).errors[0].line == 2  # numbers exist already


def test_bad_lines_are_all_named_and_nothing_is_written(services, csirt, register, tmp_path):
    path = tmp_path / "bad.csv"
    header = "番号,種別,件名,発見日時,発生日時,所属コード,本人の数,状態\n"
    lines = [
        f"{register['big'].ref},インシデント,重複番号,2026-11-20 09:00,,,,\n",  # line 2
        ",ヒヤリハット,,2026-11-20 09:00,,,,\n",  # line 3: no title
        ",インシデント,発見が発生より前,2026-11-20 09:00,2026-11-21 09:00,,,\n",  # line 4
        ",ヒヤリハット,所属違い,2026-11-20 09:00,,999,,\n",  # line 5
        ",ヒヤリハット,人数,2026-11-20 09:00,,,多数,\n",  # line 6
        ",ヒヤリハット,状態,2026-11-20 09:00,,,,調査\n",  # line 7: not a near-miss status
        ",ヒヤリハット,正しい行,2026-11-20 09:00,,,,\n",  # line 8
    ]
    path.write_text(header + "".join(lines), encoding="cp932")
    before = services.incidents.list_source().count(csirt, ListQuery())
    with pytest.raises(ValidationError) as error:
        services.incident_import.apply(csirt, read_table(path))
    assert sorted({p.line for p in error.value.problems}) == [2, 3, 4, 5, 6, 7]
    message = str(error.value)
    assert "2行目" in message and "すでに登録" in message and "発生日時より前" in message
    assert services.incidents.list_source().count(csirt, ListQuery()) == before
    result = services.incident_import.apply(csirt, read_table(path), only_good_rows=True)
    assert result.created == 1 and result.skipped_lines == 6


def test_missing_required_column_is_named(services, csirt, tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text("件名\nテスト\n", encoding="utf-8")
    plan = services.incident_import.plan(csirt, read_table(path))
    assert any("種別" in str(p) for p in plan.errors)


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_import_refused_for_readers(services, make_user, role, tmp_path):
    reader = make_user(f"x_{role}", role)
    path = tmp_path / "a.csv"
    path.write_text("種別,件名,発見日時\nヒヤリハット,a,2026-11-20 09:00\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        services.incident_import.apply(reader, read_table(path))
    if role == "viewer":
        with pytest.raises(PermissionDenied):
            services.incident_export.export(reader, tmp_path / "out.csv")
    else:
        assert services.incident_export.export(reader, tmp_path / "out.csv").rows == 0


def test_created_numbers_are_named_as_runs():
    from secdesk.services.incidents.file_import import ref_ranges

    refs = [
        "2025-INC-0003",
        "2025-INC-0001",
        "2025-INC-0002",
        "2025-NM-0010",
        "2025-NM-0012",
        "2026-NM-0001",
    ]
    assert ref_ranges(refs) == [
        "2025-INC-0001..0003",
        "2025-NM-0010",
        "2025-NM-0012",
        "2026-NM-0001",
    ]
