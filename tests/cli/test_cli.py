"""The command line, run in-process: exit codes, messages, files."""

import sqlite3
from contextlib import closing

import pytest

from secdesk.cli.main import main

PASSWORD = "cli-admin-pass"


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    path = tmp_path / "register.sqlite3"
    monkeypatch.setenv("SECDESK_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "init", "--admin", "kanri"]) == 0
    return path


def run(dbfile, *args, user="kanri"):
    return main(["--db", str(dbfile), *(["--user", user] if user else []), *args])


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and "secdesk" in capsys.readouterr().out


def test_init_creates_database_and_administrator(dbfile, capsys):
    assert run(dbfile, "user", "list") == 0
    assert "kanri" in capsys.readouterr().out
    assert run(dbfile, "init", user=None) == 0  # second init: already up to date
    assert "最新" in capsys.readouterr().out


def test_usage_error_is_status_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["user", "add"])
    assert exit_info.value.code == 2


def test_command_needing_a_user_without_one_is_status_2(dbfile, capsys):
    assert run(dbfile, "verify", user=None) == 2
    assert "--user" in capsys.readouterr().err


def test_wrong_password_is_refused_with_status_1(dbfile, capsys, monkeypatch):
    monkeypatch.setenv("SECDESK_PASSWORD", "wrong-password")
    assert run(dbfile, "verify") == 1
    assert "違います" in capsys.readouterr().err


def test_user_add_from_stdin_and_role_checks(dbfile, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("viewer-password-1\n"))
    assert run(dbfile, "user", "add", "etsuran", "--role", "viewer", "--password-stdin") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("csirt-password-1\n"))
    monkeypatch.setenv("SECDESK_PASSWORD", "viewer-password-1")
    # a fresh user must change the password before acting
    assert (
        run(dbfile, "user", "add", "x", "--role", "csirt", "--password-stdin", user="etsuran") == 1
    )
    assert "passwd" in capsys.readouterr().err
    monkeypatch.setenv("SECDESK_NEW_PASSWORD", "viewer-own-pass-2")
    assert run(dbfile, "passwd", user="etsuran") == 0
    monkeypatch.setenv("SECDESK_PASSWORD", "viewer-own-pass-2")
    monkeypatch.setattr("sys.stdin", io.StringIO("csirt-password-1\n"))
    assert (
        run(dbfile, "user", "add", "x", "--role", "csirt", "--password-stdin", user="etsuran") == 1
    )
    assert "権限がありません" in capsys.readouterr().err


ROSTER = (
    "職員番号,氏名,フリガナ,所属コード,所属名,役職,雇用区分,メールアドレス,在職\r\n"
    "０００１,髙橋 ①子,タカハシ イチコ,110,総務課,主任,正規職員,takahashi@city.example.lg.jp,在職\r\n"
    '0002,=HYPERLINK("x"),サトウ,120,情報政策課,,会計年度任用職員,,在職\r\n'
)


def test_import_dry_run_then_import_then_export_round_trip(dbfile, tmp_path, capsys):
    source = tmp_path / "roster.csv"
    source.write_bytes(ROSTER.encode("cp932"))
    assert (
        run(dbfile, "import", "staff", str(source), "--dry-run", "--effective", "2026-04-01") == 0
    )
    out = capsys.readouterr().out
    assert "新規 2" in out and "書き込んでいません" in out
    assert run(dbfile, "export", "staff", "-o", str(tmp_path / "empty.csv")) == 0
    assert "0 名" in capsys.readouterr().out
    assert run(dbfile, "import", "staff", str(source), "--effective", "2026-04-01") == 0
    exported = tmp_path / "export.csv"
    assert run(dbfile, "export", "staff", "-o", str(exported)) == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert "髙橋 ①子" in text and "'=HYPERLINK" in text
    capsys.readouterr()
    assert run(dbfile, "import", "staff", str(exported), "--dry-run") == 0
    assert "変更なし 2" in capsys.readouterr().out
    xlsx = tmp_path / "export.xlsx"
    assert run(dbfile, "export", "staff", "-o", str(xlsx), "--encoding", "cp932") == 0
    assert run(dbfile, "import", "staff", str(xlsx), "--dry-run") == 0
    assert "変更なし 2" in capsys.readouterr().out


def test_bad_file_prints_every_problem_with_line_numbers(dbfile, tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text(
        "職員番号,氏名,所属コード,所属名\n1,,110,総務課\n1,重複,110,総務課\n", encoding="utf-8"
    )
    assert run(dbfile, "import", "staff", str(source)) == 1
    captured = capsys.readouterr()
    assert "2行目" in captured.out and "3行目" in captured.out
    assert "何も取り込んでいません" in captured.err


def test_only_good_rows_imports_the_rest_and_names_what_it_left(dbfile, tmp_path, capsys):
    """--only-good-rows, as the window's 「正しい行だけを取り込む」, on import staff, incidents
    and attendance (import checklist and answers had it already)."""
    source = tmp_path / "bad.csv"
    source.write_text(
        "職員番号,氏名,所属コード,所属名\n1,,110,総務課\n2,佐藤 一,110,総務課\n", encoding="utf-8"
    )
    assert run(dbfile, "import", "staff", str(source)) == 1
    capsys.readouterr()
    assert run(dbfile, "import", "staff", str(source), "--only-good-rows") == 0
    out = capsys.readouterr().out
    assert "エラーの 1 行を除いて取り込みます" in out and "2行目" in out
    assert run(dbfile, "export", "staff", "-o", str(tmp_path / "out.csv")) == 0
    assert "1 名" in capsys.readouterr().out

    incidents = tmp_path / "incidents.csv"
    incidents.write_text(
        "種別,件名,発生日時,発見日時\n"
        "ヒヤリハット,窓口で書類を取り違えそうになった,2026-04-01 10:00,2026-04-01 10:05\n"
        "ヒヤリハット,日付が読めない,いつか,2026-04-01 10:05\n",
        encoding="utf-8",
    )
    assert run(dbfile, "import", "incidents", str(incidents)) == 1
    capsys.readouterr()
    assert run(dbfile, "import", "incidents", str(incidents), "--only-good-rows") == 0
    assert "1 件を取り込みました" in capsys.readouterr().out
    for command in ("attendance", "incidents", "staff", "checklist", "answers"):
        with pytest.raises(SystemExit):
            main(["import", command, "--help"])
        assert "--only-good-rows" in capsys.readouterr().out, command


def test_not_a_csv_file_is_a_clear_refusal(dbfile, tmp_path, capsys):
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert run(dbfile, "import", "staff", str(source)) == 1
    assert "CSV または Excel" in capsys.readouterr().err


def test_verify_passes_then_names_the_first_tampered_entry(dbfile, capsys):
    assert run(dbfile, "demo") == 0
    assert run(dbfile, "verify") == 0
    assert "合格" in capsys.readouterr().out
    with closing(sqlite3.connect(dbfile)) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET actor_name = 'someone' WHERE seq = 7")
        conn.commit()
    assert run(dbfile, "verify") == 1
    assert "記録 7" in capsys.readouterr().out


def test_database_url_from_environment(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("SECDESK_DATABASE_URL", str(path))
    monkeypatch.setenv("SECDESK_PASSWORD", PASSWORD)
    assert main(["init", "--admin", "kanri"]) == 0
    assert path.exists()


def test_the_console_exe_without_a_command_hands_over_to_the_windowed_exe(tmp_path):
    """Windows bundle: `secdesk.exe` alone starts `secdesk-gui.exe` and returns, so no console
    stays behind the window (closing it would kill the app without saving)."""
    from secdesk.cli.main import launch_windowed

    (tmp_path / "secdesk.exe").write_bytes(b"MZ")
    (tmp_path / "secdesk-gui.exe").write_bytes(b"MZ")
    started = []

    def popen(command, **options):
        started.append((command, options))

    console = str(tmp_path / "secdesk.exe")
    args = ["--db", "D:/台帳.sqlite3"]
    assert launch_windowed(args, console, frozen=True, windows=True, popen=popen)
    ((command, options),) = started
    assert command == [str(tmp_path / "secdesk-gui.exe"), "--db", "D:/台帳.sqlite3"]
    assert options["creationflags"] & 0x8  # DETACHED_PROCESS: no console of its own
    # Not frozen, not Windows, or already the windowed exe: the app opens in this process.
    assert not launch_windowed([], console, frozen=False, windows=True, popen=popen)
    assert not launch_windowed([], console, frozen=True, windows=False, popen=popen)
    gui = str(tmp_path / "secdesk-gui.exe")
    assert not launch_windowed([], gui, frozen=True, windows=True, popen=popen)
    assert len(started) == 1


def test_verify_holds_the_trail_against_a_backup_and_a_typed_head(dbfile, tmp_path, capsys):
    for _ in range(8):  # each command's login is a trail entry
        assert run(dbfile, "user", "list") == 0
    backup = tmp_path / "anchor.sdbk"
    assert run(dbfile, "backup", "-o", str(backup), "--encrypt") == 0
    with closing(sqlite3.connect(dbfile)) as conn:
        seq, digest = conn.execute("SELECT seq, hash FROM audit_head").fetchone()
    capsys.readouterr()
    assert run(dbfile, "verify", "--anchor", str(backup), "--head", f"{seq}:{digest[:16]}") == 0
    assert "すべて一致" in capsys.readouterr().out
    # Cut the tail as someone holding the file would, guards put back afterwards; and forget
    # this PC's own log, so that only the backup and the typed head can tell.
    with closing(sqlite3.connect(dbfile)) as conn:
        guards = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'"
        ).fetchall()
        for name, _ in guards:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DELETE FROM audit_entry WHERE seq > 5")
        conn.execute(
            "UPDATE audit_head SET seq = 5, hash = (SELECT hash FROM audit_entry WHERE seq = 5)"
        )
        for _, sql in guards:
            conn.execute(sql)
        conn.commit()
    from secdesk.services.core import anchors

    anchors.log_path().unlink()
    assert run(dbfile, "verify") == 0  # without any anchor the rewrite is not seen (documented)
    capsys.readouterr()
    assert run(dbfile, "verify", "--anchor", str(backup)) == 1
    out = capsys.readouterr().out
    assert "バックアップ anchor.sdbk" in out and "以降が削除" in out
    assert run(dbfile, "verify", "--head", f"{seq}:{digest[:16]}") == 1
    assert f"記録 {seq} まで" in capsys.readouterr().out
    assert run(dbfile, "verify", "--head", "12:xyz") == 2


def test_restore_names_the_loss_and_needs_accept_loss(dbfile, tmp_path, capsys):
    import re

    backup = tmp_path / "old.sdbk"
    assert run(dbfile, "backup", "-o", str(backup), "--encrypt") == 0
    assert run(dbfile, "restore", str(backup), "--check-only") == 0
    out = capsys.readouterr().out
    n = int(re.search(r"うち (\d+) 件", out).group(1))
    assert run(dbfile, "restore", str(backup)) == 1
    assert f"--accept-loss {n + 1}" in capsys.readouterr().err  # the command's own login too
    assert run(dbfile, "restore", str(backup), "--accept-loss", str(n + 2)) == 0
    assert "復元しました" in capsys.readouterr().out
    # Without a login, only with the backup key's recovery code, and only when it cannot open.
    assert run(dbfile, "restore", str(backup), "--replace-damaged", user=None) == 1
