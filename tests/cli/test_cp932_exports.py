"""Every CP932 export of the demo register is written, and imports back unchanged where an
import of that file exists (issue 16: the category separator 「›」 has no CP932 form)."""

import csv
from pathlib import Path

import pytest

from secdesk.cli.main import main
from secdesk.io.writers import CP932_STAND_INS
from secdesk.services.core.context import FixedClock
from tests.conftest import ADMIN_PASSWORD, NOW, fast_hasher


@pytest.fixture
def demo(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("secdesk.services.app.Clock", lambda: FixedClock(NOW))
    monkeypatch.setattr("secdesk.services.core.accounts.default_hasher", fast_hasher)
    monkeypatch.setenv("SECDESK_PASSWORD", ADMIN_PASSWORD)

    def invoke(database: Path, *args: str) -> str:
        status = main(["--db", str(database), "--user", "admin", *args])
        captured = capsys.readouterr()
        assert status == 0, captured.out + captured.err
        return captured.out + captured.err

    database = tmp_path / "demo.sqlite3"
    assert main(["--db", str(database), "init", "--admin", "admin"]) == 0
    invoke(database, "demo")
    return database, invoke


def utf8_twin(path: Path) -> str:
    """What the CP932 file should hold: the UTF-8 export with the stand-ins applied."""
    text = path.read_bytes().decode("utf-8-sig")
    return text.translate(str.maketrans(CP932_STAND_INS))


def test_every_cp932_export_of_the_demo_register_is_written_and_imports_back(
    demo, tmp_path, monkeypatch
):
    database, invoke = demo
    exports = {
        "staff": ["export", "staff"],
        "incidents": ["export", "incidents"],
        "training": ["export", "training", "--fiscal-year", "2026"],
        "findings": ["export", "findings", "--fiscal-year", "2026"],
        "follow-up": ["export", "follow-up", "--fiscal-year", "2026"],
        "non-completers": ["export", "non-completers", "--course", "R8-01"],
    }
    for sheet in ("incidents", "duties", "training", "non-completers", "findings", "actions"):
        exports[f"workbook-{sheet}"] = [
            *("export", "workbook", "--fiscal-year", "2026", "--sheet", sheet),
        ]
    files = {}
    for name, command in exports.items():
        cp932 = tmp_path / f"{name}-cp932.csv"
        utf8 = tmp_path / f"{name}-utf8.csv"
        invoke(database, *command, "-o", str(cp932), "--encoding", "cp932")
        invoke(database, *command, "-o", str(utf8))
        text = cp932.read_bytes().decode("cp932")  # strict: every byte is CP932
        assert text == utf8_twin(utf8), name
        assert len(list(csv.reader(text.splitlines()))) > 1, name
        files[name] = (cp932, utf8)
    # The demo register has sub-categories: their separator is the one CP932 can write.
    assert "誤送付・誤送信 ＞ メール" in files["incidents"][0].read_bytes().decode("cp932")

    # The roster read back into the same register: nothing changes.
    out = invoke(database, "import", "staff", str(files["staff"][0]), "--dry-run")
    assert "（cp932）" in out and "新規 0 / 異動 0 / 変更 0 / 退職 0" in out

    # The year's training read back as attendance of one course: that course's completions are
    # all recorded already, every other course's rows (phishing drills included) are read over.
    out = invoke(
        database,
        *("import", "attendance", str(files["training"][0]), "--course", "R8-01"),
        *("--fiscal-year", "2026", "--dry-run"),
    )
    assert "新規 0 / 記録済み（重複なし） 264 / 欠席→受講 0 / 食い違い 0" in out
    assert "[ほかの研修・スキップ]" in out and "R8-PH1 320 行" in out

    # The incidents, and the workbook's incident sheet, into an empty register with the same
    # roster: exported again (UTF-8), they are the demo register's UTF-8 export byte for byte.
    for name in ("incidents", "workbook-incidents"):
        other = tmp_path / f"other-{name}.sqlite3"
        assert main(["--db", str(other), "init", "--admin", "admin"]) == 0
        invoke(other, "import", "staff", str(files["staff"][0]))
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("csirt-password-1\n"))
        invoke(other, "user", "add", "csirt", "--role", "csirt", "--password-stdin")
        invoke(other, "import", name.replace("workbook-", ""), str(files[name][0]))
        again = tmp_path / f"again-{name}.csv"
        if name == "incidents":
            invoke(other, "export", "incidents", "-o", str(again))
        else:
            invoke(
                other,
                *("export", "workbook", "--fiscal-year", "2026", "--sheet", "incidents"),
                *("-o", str(again)),
            )
        assert again.read_bytes() == files[name][1].read_bytes(), name
