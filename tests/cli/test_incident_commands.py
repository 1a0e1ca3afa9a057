"""The incident commands end to end: search, export, import (dry run and refusal), report."""

import pytest

from secdesk.cli.main import main
from secdesk.services.app import Services
from secdesk.services.core.context import FixedClock
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, sqlite_url
from secdesk.store.migrate import prepare
from tests.conftest import ADMIN_PASSWORD, NOW, fast_hasher
from tests.services.incidents.incident_helpers import incident, near_miss


@pytest.fixture
def register(tmp_path, monkeypatch):
    path = tmp_path / "cli.sqlite3"
    engine = make_engine(sqlite_url(path))
    prepare(engine)
    services = Services(Database(engine), FixedClock(NOW), fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    made = [
        services.incidents.create(admin, near_miss("USBメモリの紛失未遂")),
        services.incidents.create(admin, incident("申請書の紛失")),
        services.incidents.create(admin, incident("メールの誤送信")),
    ]
    engine.dispose()
    monkeypatch.setenv("SECDESK_PASSWORD", ADMIN_PASSWORD)
    return path, made


def run(path, *args) -> int:
    return main(["--db", str(path), "--user", "admin", *args])


def test_search_prints_matching_records_newest_first(register, capsys):
    path, made = register
    assert run(path, "search", "紛失", "--limit", "5") == 0
    out = capsys.readouterr().out.splitlines()
    # Newest registered first.
    assert [line.split("\t")[0] for line in out[:2]] == [made[1].ref, made[0].ref]
    assert "USBメモリの紛失未遂" in out[1] and "2 件中 2 件" in out[-1]


def test_export_import_and_report(register, tmp_path, capsys):
    path, made = register
    out = tmp_path / "incidents.csv"
    assert run(path, "export", "incidents", "--fiscal-year", "2026", "-o", str(out)) == 0
    assert "3 件を書き出しました" in capsys.readouterr().out
    # The same file again: every number is taken, so nothing is imported.
    assert run(path, "import", "incidents", str(out), "--dry-run") == 1
    printed = capsys.readouterr()
    # Rows as Excel numbers them, although the timeline cell of row 2 spans several lines.
    assert "2行目: 番号: 2026-NM-0001 はすでに登録されています" in printed.out
    assert "3行目: 番号: 2026-INC-0001 はすでに登録されています" in printed.out
    assert "何も取り込んでいません" in printed.err
    fresh = tmp_path / "new.csv"
    fresh.write_text(
        "種別,件名,発見日時\nヒヤリハット,FAXの誤送信,2026-11-20 09:30\n", encoding="cp932"
    )
    assert run(path, "import", "incidents", str(fresh), "--dry-run") == 0
    assert "書き込んでいません" in capsys.readouterr().out
    assert run(path, "import", "incidents", str(fresh)) == 0
    assert "2026-NM-0002" in capsys.readouterr().out
    pdf = tmp_path / "report.pdf"
    assert run(path, "report", "incident", made[2].ref, "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(path, "report", "incident", "2026-INC-0999", "-o", str(pdf)) == 1
