"""report annual and export workbook, typed as the issue names them."""

from __future__ import annotations

import csv
import hashlib

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from secdesk.cli.main import main
from secdesk.cli.report_commands import SHEET_KEYS
from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.services.reports.workbook_sheets import SHEET_KEYS as SERVICE_SHEETS
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from tests.conftest import ADMIN_PASSWORD, NOW, fast_hasher
from tests.reports_data import build_year


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("secdesk.services.app.Clock", lambda: FixedClock(NOW))
    monkeypatch.setattr("secdesk.services.core.accounts.default_hasher", fast_hasher)
    monkeypatch.setenv("SECDESK_PASSWORD", ADMIN_PASSWORD)
    database = tmp_path / "cli.sqlite3"
    assert main(["--db", str(database), "init", "--admin", "admin"]) == 0
    engine = make_engine(sqlite_url(database))
    services = Services(Database(engine), FixedClock(NOW), fast_hasher())
    build_year(services, services.accounts.login("admin", ADMIN_PASSWORD).actor())
    engine.dispose()
    capsys.readouterr()

    def invoke(*args: str) -> tuple[int, str]:
        status = main(["--db", str(database), "--user", "admin", *args])
        captured = capsys.readouterr()
        return status, captured.out + captured.err

    return invoke


def test_annual_report_for_a_year_given_in_reiwa(run, tmp_path):
    path = tmp_path / "年次報告書.pdf"
    status, out = run("report", "annual", "--fiscal-year", "令和8", "-o", str(path))
    assert status == 0, out
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert f"SHA-256: {digest}" in out
    first = PdfReader(path).pages[0].extract_text()
    assert "年次情報セキュリティ報告書（令和8年度）" in first and "対象: 全所属" in first
    status, out = run(
        "report", "annual", "--fiscal-year", "2026", "-o", str(path), "--department", "300"
    )
    assert (
        status == 0
        and "対象: 市民部（下位の所属を含む）" in PdfReader(path).pages[0].extract_text()
    )
    status, out = run("report", "annual", "--fiscal-year", "2026", "-o", str(tmp_path / "x.txt"))
    assert status == 2 and "pdf" in out
    status, out = run(
        "report", "annual", "--fiscal-year", "2026", "-o", str(path), "--department", "999"
    )
    assert status == 1 and "所属コードが見つかりません: 999" in out
    with pytest.raises(SystemExit) as usage:  # argparse: a usage error, status 2
        run("report", "annual", "--fiscal-year", "平成30", "-o", str(path))
    assert usage.value.code == 2


def test_workbook_and_one_register_as_csv(run, tmp_path):
    book = tmp_path / "監査人向け.xlsx"
    status, out = run("export", "workbook", "--fiscal-year", "2026", "-o", str(book))
    assert status == 0, out
    sheets = load_workbook(book).sheetnames
    assert sheets[1:] == [
        "インシデント・ヒヤリハット",
        "報告義務",
        "研修受講状況",
        "未受講者",
        "指摘事項",
        "是正処置",
    ]
    path = tmp_path / "non_completers.csv"
    status, out = run(
        "export",
        "workbook",
        "--fiscal-year",
        "2026",
        "-o",
        str(path),
        "--sheet",
        "non-completers",
        "--encoding",
        "cp932",
    )
    assert status == 0, out
    with path.open(encoding="cp932", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[2] for r in rows[1:]] == ["0005", "0004"]
    status, out = run("export", "workbook", "--fiscal-year", "2026", "-o", str(tmp_path / "a.csv"))
    assert status == 2 and "--sheet" in out


def test_the_command_line_offers_every_sheet_the_workbook_has():
    assert SHEET_KEYS == SERVICE_SHEETS
