"""The audit register's commands, run as a person would type them."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from secdesk.cli.main import main
from secdesk.paths import samples_dir

SAMPLE = str(samples_dir() / "sample_audit_checklist.csv")
PASSWORD = "cli-admin-pass-2026"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    database = str(tmp_path / "register.sqlite3")
    monkeypatch.setenv("SECDESK_PASSWORD", PASSWORD)
    assert main(["--db", database, "init", "--admin", "admin"]) == 0

    def run(*argv: str) -> int:
        return main(["--db", database, "--user", "admin", *argv])

    return run


def test_import_checklist_then_export_and_report(cli, tmp_path, capsys):
    assert cli("import", "checklist", SAMPLE, "--fiscal-year", "令和8", "--title", "監査項目") == 0
    out = capsys.readouterr().out
    assert "24 項目" in out and "2026年度 監査項目（第1版、24項目）" in out
    csv_path = tmp_path / "findings.csv"
    assert cli("export", "findings", "--fiscal-year", "2026", "-o", str(csv_path)) == 0
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["取扱区分", "年度", "監査番号"]
    pdf = tmp_path / "followup.pdf"
    assert cli("report", "audit", "--fiscal-year", "2026", "-o", str(pdf)) == 0
    assert "フォローアップ状況報告書" in PdfReader(pdf).pages[0].extract_text()
    assert cli("report", "audit", "--fiscal-year", "2026", "-o", str(tmp_path / "x.txt")) == 2


def test_bad_checklist_changes_nothing_and_lists_every_line(cli, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_bytes("No.,監査項目\r\n1,体制\r\n1,重複\r\n,番号なし\r\n".encode("cp932"))
    assert cli("import", "checklist", str(bad)) == 1
    captured = capsys.readouterr()
    assert "3行目" in captured.out and "4行目" in captured.out
    assert "何も取り込んでいません" in captured.err
    assert cli("import", "checklist", str(bad), "--only-good-rows") == 0


def test_unknown_audit_number_is_a_clear_error(cli, tmp_path, capsys):
    assert (
        cli(
            "export",
            "findings",
            "--fiscal-year",
            "2026",
            "--audit",
            "2026-AUD-9999",
            "-o",
            str(tmp_path / "f.xlsx"),
        )
        == 1
    )
    assert "2026-AUD-9999" in capsys.readouterr().err


def test_bad_fiscal_year_is_a_usage_error(cli, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli("export", "findings", "--fiscal-year", "来年", "-o", str(tmp_path / "f.csv"))
    assert exit_.value.code == 2
    assert "令和8" in capsys.readouterr().err
