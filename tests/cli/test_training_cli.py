"""The training commands end to end on a SQLite file, exactly as the issue names them."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from secdesk.cli.main import main
from secdesk.services.core.context import FixedClock
from tests.conftest import ADMIN_PASSWORD, NOW, fast_hasher

ROSTER = (
    "職員番号,氏名,フリガナ,所属コード,所属名,役職,雇用区分,メールアドレス,在職\r\n"
    "0001,山田 太郎,ヤマダ タロウ,110,総務課,,正規職員,u0001@city.example.lg.jp,在職\r\n"
    "0002,髙橋 花子,タカハシ ハナコ,130,情報政策課,,正規職員,u0002@city.example.lg.jp,在職\r\n"
    "0003,佐藤 次郎,サトウ ジロウ,130,情報政策課,,正規職員,u0003@city.example.lg.jp,在職\r\n"
)
GOPHISH = (
    "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,last_name,position\n"
    "x1,Clicked Link,192.0.2.1,0,0,2026-10-01T00:00:00Z,false,2026-10-01T01:00:00Z,u0001@city.example.lg.jp,,,\n"
    "x2,Email Sent,192.0.2.2,0,0,2026-10-01T00:00:00Z,true,2026-10-01T01:00:00Z,u0002@city.example.lg.jp,'=SUM(1),,\n"
    "x3,Email Opened,,0,0,2026-10-01T00:00:00Z,false,2026-10-01T01:00:00Z,shared-box@city.example.lg.jp,,,\n"
)


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("secdesk.services.app.Clock", lambda: FixedClock(NOW))
    monkeypatch.setattr("secdesk.services.core.accounts.default_hasher", fast_hasher)
    monkeypatch.setenv("SECDESK_PASSWORD", ADMIN_PASSWORD)
    database = str(tmp_path / "cli.sqlite3")

    def invoke(*args: str) -> tuple[int, str]:
        status = main(["--db", database, "--user", "admin", *args])
        captured = capsys.readouterr()
        return status, captured.out + captured.err

    assert main(["--db", database, "init", "--admin", "admin"]) == 0
    roster = tmp_path / "roster.csv"
    roster.write_bytes(ROSTER.encode("cp932"))
    assert invoke("import", "staff", str(roster), "--effective", "2026-04-01")[0] == 0
    return invoke


def test_course_attendance_export_and_report(run, tmp_path: Path):
    status, out = run(
        "course",
        "add",
        "R8-ALL",
        "--fiscal-year",
        "2026",
        "--title",
        "情報セキュリティ研修",
        "--kind",
        "all-staff",
        "--due",
        "2026-12-25",
    )
    assert status == 0 and "3 名" in out
    status, out = run(
        "course",
        "add",
        "R8-ADV",
        "--fiscal-year",
        "2026",
        "--title",
        "上級研修",
        "--kind",
        "advanced",
        "--due",
        "2027-01-31",
        "--target",
        "system-departments",
    )
    assert status == 0 and "0 名" in out  # imported departments own no systems until flagged

    results = tmp_path / "elearning.csv"
    results.write_bytes(
        "職員番号,完了日,得点\r\n１,2026/11/02,80\r\n0002,2026/11/03,95\r\n".encode("cp932")
    )
    status, out = run("import", "attendance", str(results), "--course", "R8-ALL", "--dry-run")
    assert status == 1 and "1" in out and "該当する職員" in out  # "１" is not a staff number
    results.write_bytes(
        "職員番号,完了日,得点\r\n０００１,2026/11/02,80\r\n0002,2026/11/03,95\r\n".encode("cp932")
    )
    status, out = run("import", "attendance", str(results), "--course", "R8-ALL", "--dry-run")
    assert status == 0 and "--dry-run" in out
    status, out = run("import", "attendance", str(results), "--course", "R8-ALL")
    assert status == 0 and "新規 2" in out
    status, out = run("import", "attendance", str(results), "--course", "R8-ALL")
    assert status == 0 and "新規 0" in out  # nothing duplicated

    status, out = run("course", "list", "--fiscal-year", "2026")
    assert "受講率 66.7%" in out

    export = tmp_path / "training.csv"
    status, out = run("export", "training", "--fiscal-year", "2026", "-o", str(export))
    assert status == 0 and "3 行" in out  # the advanced course has nobody yet
    assert "完了" in export.read_text(encoding="utf-8-sig")

    report = tmp_path / "training.pdf"
    status, out = run(
        "report", "training", "--fiscal-year", "2026", "-o", str(report), "--with-non-completers"
    )
    assert status == 0 and report.exists()
    assert "佐藤 次郎" in "".join(p.extract_text() for p in PdfReader(report).pages)


def test_gophish_import_lists_unmatched_addresses(run, tmp_path: Path):
    run(
        "course",
        "add",
        "PH1",
        "--fiscal-year",
        "2026",
        "--title",
        "標的型攻撃メール訓練",
        "--kind",
        "phishing",
        "--due",
        "2026-10-01",
    )
    results = tmp_path / "results.csv"
    results.write_text(GOPHISH, encoding="utf-8")
    status, out = run("import", "gophish", str(results), "--course", "PH1")
    assert status == 0
    assert "shared-box@city.example.lg.jp" in out and "新規 2" in out
    bad = tmp_path / "bad.csv"
    bad.write_text(GOPHISH.replace("Clicked Link", "Clicked"), encoding="utf-8")
    status, out = run("import", "gophish", str(bad), "--course", "PH1")
    assert status == 1 and "2行目" in out


def test_unknown_course_is_a_clear_refusal(run, tmp_path: Path):
    results = tmp_path / "r.csv"
    results.write_text("職員番号,受講日\n0001,2026-11-01\n", encoding="utf-8")
    status, out = run(
        "import", "attendance", str(results), "--course", "NOPE", "--fiscal-year", "2026"
    )
    assert status == 1 and "NOPE" in out and "登録されていません" in out


def test_fiscal_year_as_reiwa_and_a_course_of_one_year_found_without_it(run, tmp_path: Path):
    """--fiscal-year takes 令和8 / R8 in the training and incident commands (issue 16), and a
    course code that only one fiscal year has is found without it."""
    course = ("--title", "前年度の研修", "--kind", "all-staff", "--due", "2026-03-25")
    status, out = run("course", "add", "R7-ALL", "--fiscal-year", "令和7", *course)
    assert status == 0, out
    status, out = run("course", "list", "--fiscal-year", "R7")
    assert status == 0 and "R7-ALL" in out and "令和7年度" in out
    results = tmp_path / "r7.csv"
    results.write_bytes("職員番号,完了日\r\n0001,2026/03/02\r\n".encode("cp932"))
    # Today is in fiscal 2026; R7-ALL exists only in 2025 and is found there.
    status, out = run("import", "attendance", str(results), "--course", "R7-ALL")
    assert status == 0 and "研修 R7-ALL 前年度の研修" in out and "新規 1" in out
    status, out = run(
        "export", "incidents", "--fiscal-year", "令和8", "-o", str(tmp_path / "i.csv")
    )
    assert status == 0, out
    status, out = run(
        "export", "training", "--fiscal-year", "R8年度", "-o", str(tmp_path / "t.csv")
    )
    assert status == 0, out
    status, out = run(
        "course", "add", "R7-ALL", "--fiscal-year", "2026", *course[:-1], "2026-12-25"
    )
    assert status == 0, out
    status, out = run("import", "attendance", str(results), "--course", "R7-ALL", "--dry-run")
    assert status == 0  # this fiscal year's course of that code is taken first
    status, out = run(
        *("course", "add", "R8-X", "--fiscal-year", "R8", "--title", "和暦の期限"),
        *("--kind", "other", "--due", "令和8年12月25日"),
    )
    assert status == 0, out
    assert "2026-12-25" in run("course", "list")[1]
