"""Training files as other programs (and secdesk itself) write them (issue 16): the training
export read back as attendance, GoPhish mail never sent, Moodle reports with non-staff lines."""

import csv
from datetime import date

import pytest

from secdesk.io.tabular import read_csv_bytes, read_table
from tests.training_data import build_org, course

GOPHISH_HEADER = (
    "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,"
    "last_name,position\n"
)


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


def gophish(rows: list[tuple[str, str]]) -> bytes:
    """A Results CSV as GoPhish writes it (static/js/src/app/campaign_results.js exports the
    results array with Papa.unparse: header from the object keys, "\\n" between rows). A mail
    only Scheduled, or whose sending failed (Error), still carries the campaign's send_date."""
    lines = [
        f"r{i},{status},,0,0,2026-10-01T00:00:05Z,false,2026-10-01T00:00:05Z,{email},,,"
        for i, (email, status) in enumerate(rows)
    ]
    return (GOPHISH_HEADER + "\n".join(lines) + "\n").encode()


def test_training_export_read_back_as_attendance_takes_its_course_only(
    services, admin, org, tmp_path
):
    training = services.training
    elearning = course(services, admin, "EL", title="e-ラーニング")
    drill = course(services, admin, "PH1", "phishing", due=date(2026, 10, 1))
    training.attendance.record_by_number(admin, elearning.id, "0001", date(2026, 11, 1))
    training.attendance.record_by_number(admin, elearning.id, "0002", date(2026, 11, 2))
    results = gophish(
        [
            ("u0001@city.example.lg.jp", "Clicked Link"),
            ("u0002@city.example.lg.jp", "Email Sent"),
            ("u0003@city.example.lg.jp", "Scheduled"),
            ("u0004@city.example.lg.jp", "Error"),
        ]
    )
    training.gophish.apply(admin, drill.id, read_csv_bytes(results, source="results.csv"))

    path = tmp_path / "training.csv"
    services.training.exports.export_year(admin, 2026, path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    drill_days = {r["職員番号"]: (r["状況"], r["完了日"]) for r in rows if r["研修コード"] == "PH1"}
    # Mail sent: a completion on the day it was sent; mail never sent: neither.
    assert drill_days["0001"] == ("完了", "2026-10-01")
    assert drill_days["0003"] == ("未完了", "") and drill_days["0004"] == ("未完了", "")

    plan = training.imports.plan(admin, elearning.id, read_table(path))
    assert plan.ok, plan.errors
    assert plan.other_courses == {"PH1": len(drill_days)}
    assert "PH1" in plan.skipped_courses()
    assert not plan.new  # phishing rows are never completions of the e-learning
    assert sorted(e.staff_number for e in plan.already) == ["0001", "0002"]
    assert plan.not_completed == sum(
        1 for r in rows if r["研修コード"] == "EL" and r["状況"] != "完了"
    )


def test_a_status_that_says_not_completed_is_never_a_completion(services, admin, org):
    elearning = course(services, admin, "EL")
    text = (
        "年度,研修コード,職員番号,状況,完了日\r\n"
        "2026,EL,0001,完了,2026-11-01\r\n"
        "2026,EL,0002,未完了,2026-11-02\r\n"  # a date, but the status says not done
        "2026,EL,0003,免除,\r\n"
        "2025,EL,0004,完了,2025-11-01\r\n"  # last year's course of the same code
        "2026,el,0005,Completed,2026/11/03\r\n"
        "2026,EL,0006,たぶん,2026-11-04\r\n"
    )
    plan = services.training.imports.plan(admin, elearning.id, read_csv_bytes(text.encode("cp932")))
    assert [e.staff_number for e in plan.new] == ["0001", "0005"]
    assert plan.not_completed == 2
    assert plan.other_courses == {"EL（2025年度）": 1}
    assert [(p.line, "たぶん" in p.message) for p in plan.errors] == [(7, True)]


def test_moodle_report_with_teachers_and_test_accounts_imports_the_staff(services, admin, org):
    """The course completion report's CSV as Moodle writes it: report/completion/index.php
    (CSV branch) writes ID, Name, the identity fields, per activity its state and
    "<activity> - Completion date", then "Course complete", through lib/csvlib.class.php's
    csv_export_writer (comma, double quotes). Dates are userdate(strftimedatetimeshort)."""
    elearning = course(services, admin, "EL")
    report = (
        "ID,Name,ID number,Email address,基礎,基礎 - Completion date,Course complete\n"
        '17,山田 太郎,0001,u0001@city.example.lg.jp,Completed,"1/11/26, 09:12","1/11/26, 09:12"\n'
        "3,研修 講師,,kyoshi@vendor.example.co.jp,Not completed,,\n"
        '4,テスト 利用者,test01,test01@city.example.lg.jp,Completed,"2/11/26, 10:00",'
        '"2/11/26, 10:00"\n'
        '18,髙橋 花子,0002,u0002@city.example.lg.jp,Completed,"3/11/26, 11:00",'
        '"3/11/26, 11:00"\n'
    )
    table = read_csv_bytes(report.encode(), source="completion-el.csv")
    plan = services.training.imports.plan(admin, elearning.id, table)
    assert plan.ok and plan.layout == "moodle"
    assert [e.staff_number for e in plan.new] == ["0001", "0002"]
    assert [line for line, _ in plan.unmatched] == [3, 4]
    assert "test01" in plan.unmatched[1][1] and "テスト 利用者" in plan.unmatched[1][1]
    result = services.training.imports.apply(admin, elearning.id, table)
    assert result.created == 2 and result.skipped_lines == 0


def moodle_activity_report(excel: bool) -> bytes:
    """Moodle's activity completion report as report/progress/index.php writes it: for the
    「Excel」 download (format=excelcsv) a UTF-16LE BOM, then every cell through csv_quote()
    (double quotes around the value, converted to UTF-16LE), $sep = TAB and $line = "\\n" in
    UTF-16LE; for the CSV download the same in UTF-8 with "," between cells. The header row
    has no text for the name column: it is the identity fields, then per activity its name and
    its expected date (blank when none). Each person: fullname, identity fields, then per
    activity the completion string and userdate(timemodified, "%F %T")."""
    header = ["ID number", "Email address", "情報セキュリティ基礎", "", "確認テスト", ""]
    people = [
        [
            *("山田 太郎", "0001", "u0001@city.example.lg.jp", "Completed", "2026-11-01 09:12:00"),
            *("Completed (achieved pass grade)", "2026-11-02 10:00:00"),
        ],
        [
            *("髙橋 花子", "0002", "u0002@city.example.lg.jp", "Completed", "2026-11-03 09:00:00"),
            *("Completed (did not achieve pass grade)", "2026-11-03 09:30:00"),
        ],
        ["佐藤 次郎", "0003", "u0003@city.example.lg.jp", "Not completed", "", "Not completed", ""],
        ["研修 講師", "", "kyoshi@vendor.example.co.jp", "Not completed", "", "Not completed", ""],
    ]

    def quote(value: str) -> str:
        return '"' + value.replace('"', "'") + '"'

    sep = "\t" if excel else ","
    text = "".join(sep + quote(h) for h in header) + "\n"
    text += "".join(sep.join(quote(v) for v in person) + "\n" for person in people)
    return b"\xff\xfe" + text.encode("utf-16-le") if excel else text.encode("utf-8")


@pytest.mark.parametrize("excel", [True, False], ids=["excel-utf16", "csv-utf8"])
def test_moodle_activity_completion_report(services, admin, org, excel):
    elearning = course(services, admin, "EL")
    table = read_csv_bytes(moodle_activity_report(excel), source="progress.el.csv")
    assert table.encoding == ("utf-16" if excel else "utf-8-sig")
    plan = services.training.imports.plan(admin, elearning.id, table)
    assert plan.ok, plan.errors
    # Every activity complete: a completion on the day of the last one. A failed quiz is not.
    assert [(e.staff_number, e.completed_on) for e in plan.new] == [("0001", date(2026, 11, 2))]
    assert plan.not_completed == 2 and [line for line, _ in plan.unmatched] == [5]
    assert services.training.imports.apply(admin, elearning.id, table).created == 1


def test_other_moodle_and_gophish_exports_are_named_with_the_export_to_use(services, admin, org):
    elearning = course(services, admin, "EL")
    # Moodle's gradebook export (grade/export/txt): identity columns, one column per grade item
    # with its display type, "Last downloaded from this course": no completion date at all.
    gradebook = (
        "First name,Last name,ID number,Institution,Department,Email address,"
        '"Quiz: 確認テスト (Real)","Course total (Real)","Last downloaded from this course"\n'
        "太郎,山田,0001,,,u0001@city.example.lg.jp,8.00,8.00,1764547200\n"
    )
    # GoPhish's 「Raw Events」 (exportAsCSV("events") in static/js/src/app/campaign_results.js:
    # Papa.unparse of campaign.timeline, the Event JSON fields of models/campaign.go).
    events = (
        "campaign_id,email,time,message,details\n"
        '1,u0001@city.example.lg.jp,2026-10-01T00:00:05Z,Email Sent,""\n'
    )
    for text, words in ((gradebook, ("評定表", "コース完了")), (events, ("Raw Events", "Results"))):
        plan = services.training.imports.plan(admin, elearning.id, read_csv_bytes(text.encode()))
        assert len(plan.errors) == 1
        assert all(w in str(plan.errors[0]) for w in words)
