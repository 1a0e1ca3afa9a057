from datetime import UTC, date, datetime

import pytest

from secdesk.domain.training import DrillStage
from secdesk.io.attendance_format import (
    MOODLE,
    PLAIN,
    detect_layout,
    guess_mapping,
    parse_day,
    parse_score,
)
from secdesk.io.gophish import parse_time, read_results, unescape
from secdesk.io.tabular import read_csv_bytes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        ("2026/11/20 10:30", date(2026, 11, 20)),
        ("２０２６／１１／２０", date(2026, 11, 20)),
        ("2026年11月20日", date(2026, 11, 20)),
        ("令和8年11月20日", date(2026, 11, 20)),
        ("R8.11.20", date(2026, 11, 20)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("20/11/26, 10:30", date(2026, 11, 20)),  # Moodle in English: day first
        ("2026-02-30", None),
        ("来週", None),
    ],
)
def test_days_as_people_and_systems_write_them(text, expected):
    assert parse_day(text) == expected


def test_scores():
    assert parse_score("８５点") == 85 and parse_score("92.5") == 92.5 and parse_score("") is None
    with pytest.raises(ValueError):
        parse_score("合格")


def test_moodle_completion_report_is_recognised_and_mapped():
    headers = [
        "ID",
        "Name",
        "ID number",
        "Email address",
        "情報セキュリティ基礎",
        "情報セキュリティ基礎 - Completion date",
        "Course complete",
    ]
    assert detect_layout(headers) == MOODLE
    assert guess_mapping(headers) == {
        "staff_number": "ID number",
        "completed_on": "Course complete",
    }
    assert detect_layout(["職員番号", "受講日", "得点"]) == PLAIN
    assert guess_mapping(["職員番号", "完了日", "得点"]) == {
        "staff_number": "職員番号",
        "completed_on": "完了日",
        "score": "得点",
    }


def test_rfc3339_with_nanoseconds_offsets_and_go_zero_time():
    assert parse_time("2026-10-01T00:15:42.123456789Z") == datetime(
        2026, 10, 1, 0, 15, 42, 123456, tzinfo=UTC
    )
    assert parse_time("2026-10-01T09:15:42+09:00") == datetime(2026, 10, 1, 0, 15, 42, tzinfo=UTC)
    assert parse_time("0001-01-01T00:00:00Z") is None
    with pytest.raises(ValueError):
        parse_time("2026/10/01 09:15")


def test_gophish_formula_escaping_is_undone_only_where_gophish_added_it():
    assert unescape("'=HYPERLINK()") == "=HYPERLINK()"
    assert unescape("'-5") == "-5"
    assert unescape("'quoted") == "'quoted"


HEADER = "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,last_name,position\n"


def test_results_rows_keep_only_the_outcome():
    data = (
        HEADER
        + "a1,Clicked Link,203.0.113.5,35.68,139.76,2026-10-01T00:00:05Z,false,2026-10-01T01:02:03.5Z,"
        "'+u1@city.example.lg.jp,太郎,山田,'=主任\n"
        + "a2,Error,,0,0,0001-01-01T00:00:00Z,false,2026-10-01T00:00:06Z,u2@city.example.lg.jp,,,\n"
    )
    rows, problems = read_results(read_csv_bytes(data.encode()))
    assert problems == []
    first, second = rows
    assert first.email == "+u1@city.example.lg.jp" and first.stage == DrillStage.CLICKED
    assert not hasattr(first, "ip") and not hasattr(first, "position")
    assert second.stage == DrillStage.NOT_SENT and second.error and second.sent_at is None


def test_malformed_rows_are_named_by_line():
    data = (
        HEADER
        + "a1,Phished,,,,2026-10-01T00:00:05Z,false,2026-10-01T00:00:05Z,x@city.example.lg.jp,,,\n"
        + "a2,Email Sent,,,,yesterday,maybe,2026-10-01T00:00:05Z,y@city.example.lg.jp,,,\n"
        + "a3,Email Sent,,,,2026-10-01T00:00:05Z,true,2026-10-01T00:00:05Z,Y@City.example.lg.jp,,,\n"
    )
    rows, problems = read_results(read_csv_bytes(data.encode()))
    assert sorted({p.line for p in problems}) == [2, 3, 4]
    assert [r.line for r in rows] == []
    assert "Phished" in str(problems[0]) and "2行目" in str(problems[0])


def test_a_file_that_is_not_a_results_file():
    _, problems = read_results(read_csv_bytes("職員番号,氏名\n1,山田\n".encode()))
    assert "GoPhish" in problems[0].message and "status" in problems[0].message
