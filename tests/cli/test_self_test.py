"""`secdesk --self-test`: every check passes on a complete installation, a missing piece is
named and makes the exit status 1, and the PDF comes out on the shared template."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from secdesk import paths
from secdesk.cli.main import main


def test_complete_installation_passes_and_keeps_its_pdf(tmp_path, capsys):
    report = tmp_path / "テスト 用" / "診断.pdf"
    assert main(["--self-test", str(report)]) == 0
    out = capsys.readouterr().out
    assert "[NG]" not in out
    for what in ("フォント", "画面定義 (.ui)", "データベースの移行", "翻訳", "文字コード CP932",
                 "タイムゾーン", "keyring のバックエンド", "使用中の keyring",
                 "Qt プラグイン imageformats", "Qt の日本語訳", "PDF 出力"):  # fmt: skip
        assert f"[OK] {what}" in out
    assert "[OK] Qt のプラットフォームプラグイン: offscreen" in out  # loaded, as the tests run Qt
    assert out.rstrip().endswith("自己診断: すべて正常です。")
    text = PdfReader(report).pages[0].extract_text()
    assert "secdesk 自己診断" in text and "データベースの移行" in text


def test_without_a_pdf_name_nothing_is_left_behind(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--self-test"]) == 0
    assert "PDF 出力" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_a_missing_font_is_named_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "fonts_dir", lambda: tmp_path)
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "[NG] フォント: BIZUDGothic-Regular.ttf, BIZUDGothic-Bold.ttf, OFL.txt" in out
    assert "1 件の問題があります" in out


def test_keyring_without_its_backends_fails(monkeypatch, capsys):
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    assert main(["--self-test"]) == 1
    assert "[NG] keyring のバックエンド: 見つかりません" in capsys.readouterr().out


def test_only_a_pdf_name_may_follow(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--self-test", "init"])
    assert stop.value.code == 2
    assert ".pdf" in capsys.readouterr().err


@pytest.mark.parametrize("priority", [None, 0, -1])
def test_a_keyring_that_cannot_keep_secrets_fails(priority, capsys):
    import keyring
    from keyring.backends import fail

    from tests.conftest import MemoryKeyring

    if priority is None:
        backend = fail.Keyring()
        name = "keyring.backends.fail.Keyring"
    else:
        backend = type(
            "Unwanted", (MemoryKeyring,), {"priority": priority, "__module__": __name__}
        )()
        name = "tests.cli.test_self_test.Unwanted"
    keyring.set_keyring(backend)  # the autouse fixture puts the previous one back
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "使用中の keyring" in line]
    assert line.startswith(f"[NG] 使用中の keyring: {name}: 使用できません。")
    assert "暗号化バックアップ" in line and "PostgreSQL のパスワード" in line
    assert "1 件の問題があります" in out


def test_a_platform_plugin_that_cannot_load_fails_with_qts_message(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "nonexistent")
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "Qt のプラットフォームプラグイン" in line]
    assert line.startswith("[NG] Qt のプラットフォームプラグイン: nonexistent を読み込めません")
    assert 'Could not find the Qt platform plugin "nonexistent"' in line
    assert "1 件の問題があります" in out
