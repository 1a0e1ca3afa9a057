from datetime import date

import pytest

from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.domain.training import AttendanceStatus
from secdesk.io.tabular import read_csv_bytes
from tests.training_data import build_org, course


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


@pytest.fixture
def elearning(services, admin, org):
    return course(services, admin, "EL", title="e-ラーニング 情報セキュリティ基礎")


def table(text: str, encoding="cp932"):
    return read_csv_bytes(text.encode(encoding), source="elearning.csv")


GOOD = "職員番号,受講日,得点\r\n０００１,2026/11/01,85\r\n0002,2026-11-02,90\r\n0003,,\r\n"


def test_plan_writes_nothing_and_apply_writes_everything(services, admin, org, elearning):
    imports = services.training.imports
    plan = imports.plan(admin, elearning.id, table(GOOD))
    assert plan.ok and [e.staff_number for e in plan.new] == ["0001", "0002"]
    assert plan.not_completed == 1
    assert services.training.status.course_summary(admin, elearning.id).completed == 0
    result = imports.apply(admin, elearning.id, table(GOOD))
    assert (result.created, result.updated) == (2, 0)
    summary = services.training.status.course_summary(admin, elearning.id)
    assert summary.completed == 2
    entry = services.trail.recent(admin, 1, entity="attendance")[0]
    assert (
        entry.action == "import"
        and '"created":2' in entry.details
        and "elearning.csv" in entry.details
    )
    assert services.trail.verify(admin).ok


def test_reimport_does_not_duplicate_and_shows_conflicts_first(services, admin, org, elearning):
    imports = services.training.imports
    imports.apply(admin, elearning.id, table(GOOD))
    again = GOOD.replace("0002,2026-11-02,90", "0002,2026-11-03,95")
    plan = imports.plan(admin, elearning.id, table(again))
    assert [e.staff_number for e in plan.already] == ["0001"]
    assert [(e.staff_number, e.recorded_on, e.completed_on) for e in plan.conflicts] == [
        ("0002", date(2026, 11, 2), date(2026, 11, 3))
    ]
    assert not plan.new
    kept = imports.apply(admin, elearning.id, table(again))
    assert kept.created == 0 and kept.updated == 0
    history = services.training.status.person_history(admin, org["staff"]["0002"].id)
    assert history.rows[0].completed_on == date(2026, 11, 2)
    taken = imports.apply(admin, elearning.id, table(again), take_file_values=True)
    assert taken.updated == 1
    history = services.training.status.person_history(admin, org["staff"]["0002"].id)
    assert (history.rows[0].completed_on, history.rows[0].score) == (date(2026, 11, 3), 95)


def test_a_checked_plan_is_made_again_when_records_changed_meanwhile(
    services, admin, org, elearning
):
    imports = services.training.imports
    plan = imports.plan(admin, elearning.id, table(GOOD))
    # someone records 0002 by hand between the preview and the import
    services.training.attendance.record_by_number(admin, elearning.id, "0002", date(2026, 11, 2))
    result = imports.apply(admin, elearning.id, table(GOOD), checked=plan)
    assert result.created == 1  # 0001 only; 0002 is not recorded twice
    assert services.training.status.course_summary(admin, elearning.id).completed == 2


def test_an_unchanged_checked_plan_is_written_as_seen(services, admin, org, elearning, monkeypatch):
    import secdesk.services.training.attendance_import as module

    imports = services.training.imports
    data = table(GOOD)
    plan = imports.plan(admin, elearning.id, data)

    def not_again(*args):
        raise AssertionError("the checked plan should have been reused")

    monkeypatch.setattr(module, "_make_plan", not_again)
    assert imports.apply(admin, elearning.id, data, checked=plan).created == 2


def test_absence_becomes_completion(services, admin, org, elearning):
    services.training.attendance.record_many(
        admin,
        elearning.id,
        [org["staff"]["0001"].id],
        date(2026, 10, 1),
        status=AttendanceStatus.ABSENT,
    )
    plan = services.training.imports.plan(admin, elearning.id, table(GOOD))
    assert [e.staff_number for e in plan.absent_to_completed] == ["0001"]
    assert services.training.imports.apply(admin, elearning.id, table(GOOD)).updated == 1


def test_every_bad_row_is_named_and_nothing_is_written(services, admin, org, elearning):
    bad = (
        "職員番号,受講日,得点\r\n"
        "0001,2026/11/01,85\r\n"
        "9999,2026/11/01,85\r\n"  # line 3: unknown person
        "0002,来週,\r\n"  # line 4: not a date
        "0003,2026/12/01,\r\n"  # line 5: future
        "0004,2026/11/01,合格\r\n"  # line 6: score
        ",2026/11/01,\r\n"  # line 7: no number
    )
    with pytest.raises(ValidationError) as error:
        services.training.imports.apply(admin, elearning.id, table(bad))
    assert sorted({p.line for p in error.value.problems}) == [3, 4, 5, 6, 7]
    assert "3行目" in str(error.value) and "9999" in str(error.value)
    assert services.training.status.course_summary(admin, elearning.id).completed == 0
    result = services.training.imports.apply(admin, elearning.id, table(bad), only_good_rows=True)
    assert result.created == 1 and result.skipped_lines == 5


def test_repeated_attempts_keep_the_first_completion_and_best_score(
    services, admin, org, elearning
):
    attempts = (
        "職員番号,受講日,得点\r\n0001,2026/11/05,70\r\n0001,2026/11/01,60\r\n0001,2026/11/09,95\r\n"
    )
    plan = services.training.imports.plan(admin, elearning.id, table(attempts))
    assert plan.repeated == 2
    (entry,) = plan.new
    assert (entry.completed_on, entry.score, entry.line) == (date(2026, 11, 1), 95, 3)


def test_moodle_completion_report_by_id_number(services, admin, org, elearning):
    moodle = (
        "ID,Name,ID number,Email address,セキュリティ基礎,セキュリティ基礎 - Completion date,Course complete\r\n"
        '17,山田 太郎,0001,u0001@city.example.lg.jp,Completed,"1/11/26, 09:12","1/11/26, 09:12"\r\n'
        "18,髙橋 花子,0002,u0002@city.example.lg.jp,Not completed,,\r\n"
    )
    plan = services.training.imports.plan(admin, elearning.id, table(moodle, "utf-8"))
    assert plan.layout == "moodle" and plan.not_completed == 1
    assert [(e.staff_number, e.completed_on) for e in plan.new] == [("0001", date(2026, 11, 1))]
    services.training.imports.apply(admin, elearning.id, table(moodle, "utf-8"))
    with services.db.read() as session:
        from secdesk.store.models import Attendance

        assert session.query(Attendance.source).scalar() == "moodle"


def test_other_layouts_by_mapping_even_by_e_mail(services, admin, org, elearning):
    other = "メール,修了日時\r\nU0004@City.Example.LG.JP,2026年11月3日 14:00\r\n"
    mapping = {"email": "メール", "completed_on": "修了日時"}
    plan = services.training.imports.plan(admin, elearning.id, table(other), mapping)
    assert [(e.staff_number, e.completed_on) for e in plan.new] == [("0004", date(2026, 11, 3))]
    missing = services.training.imports.plan(admin, elearning.id, table(other), {"email": "メール"})
    assert missing.errors and missing.errors[0].field == "completed_on"


def test_outside_the_target_is_counted(services, admin, org):
    advanced = course(services, admin, "ADV", "advanced")
    plan = services.training.imports.plan(admin, advanced.id, table(GOOD))
    assert plan.outside_target == 1  # 0001 works in 総務課, which owns no systems


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_imports_are_refused_to_readers(services, admin, org, elearning, make_user, role):
    actor = make_user(f"u_{role}", role)
    with pytest.raises(PermissionDenied):
        services.training.imports.apply(actor, elearning.id, table(GOOD))
    with pytest.raises(PermissionDenied):
        services.training.imports.plan(actor, elearning.id, table(GOOD))
