"""The English catalog: complete, compiled, in step with the code; the command line speaks it."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from secdesk import i18n
from secdesk.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "secdesk_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&[^&\s]")


def _tools():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path = TS) -> list[tuple[str, str, ET.Element | None]]:
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    ]


def _needs_git() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    _tools().release(fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run `python tools/translations.py update`"


def test_every_message_is_translated_with_its_placeholders_and_mnemonic():
    problems = []
    for context, source, node in _messages():
        text = node.text if node is not None else None
        if text is None or not text.strip() or node.get("type") is not None:
            problems.append(f"[{context}] {source}: no finished translation")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"[{context}] {source}: placeholders differ in {text!r}")
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"[{context}] {source}: mnemonic (&X) lost in {text!r}")
        # Prompts end in a space and indented CLI lines start with one; English keeps both.
        if source.endswith(" ") != text.endswith(" ") or (
            source.startswith(" ") and not text.startswith(" ")
        ):
            problems.append(f"[{context}] {source}: spaces at the ends lost in {text!r}")
    assert problems == []


def test_lupdate_finds_no_string_missing_from_the_catalog(tmp_path):
    _needs_git()
    tool = _tools()
    copy = tmp_path / "secdesk_en.ts"
    shutil.copy(TS, copy)
    run = subprocess.run(
        [
            tool._tool("lupdate"),
            *tool.sources(),
            "-source-language",
            "ja_JP",
            "-target-language",
            "en_US",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"\((\d+) new and \d+ already existing\)", run.stdout)
    assert found and found.group(1) == "0", run.stdout
    unfinished = [(c, s) for c, s, node in _messages(copy) if node is None or node.get("type")]
    assert unfinished == [], "run `python tools/translations.py update`, then translate"


def test_every_literal_passed_to_tr_is_in_the_catalog():
    # lupdate does not look inside f-strings; this walk does, so f"{tr('…')}" cannot hide.
    catalog = {source for _, source, _ in _messages()}
    missing = []
    for path in sorted((ROOT / "secdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "QT_TR_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in catalog
            ):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.args[0].value}")
    assert missing == []


def test_command_line_speaks_english_with_lang_option(tmp_path, capsys):
    status = main(["--lang", "en", "--db", str(tmp_path / "x.sqlite3"), "verify"])
    err = capsys.readouterr().err
    assert status == 2
    assert "This operation needs a user name: give it with --user." in err
    assert "Created a new database" in err
    assert i18n.language() == "en"


def test_command_line_follows_an_english_locale(tmp_path, capsys, monkeypatch):
    for var in ("SECDESK_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--db", str(tmp_path / "x.sqlite3"), "verify"]) == 2
    assert "needs a user name" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "Database (SQLite file path or PostgreSQL URL)" in capsys.readouterr().out


def test_command_line_stays_japanese_by_default(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.sqlite3"), "verify"]) == 2
    assert "--user でユーザー名の指定が必要です" in capsys.readouterr().err


def test_lists_in_running_text_follow_the_language():
    try:
        i18n.set_language("en")
        assert i18n.join(["Police", "Press"]) == "Police, Press"
        # Outside bodies are stored in Japanese and shown through tr().
        assert i18n.tr("個人情報保護委員会") == "Personal Information Protection Commission (PPC)"
    finally:
        i18n.set_language("ja")
    assert i18n.join(["警察", "報道"]) == "警察、報道"
