"""Files take their name only when whole; on Windows another program may hold the old one open
(Excel, Acrobat: WinError 32) or antivirus may scan the new one for a moment (WinError 5), which
Python raises as PermissionError — simulated here, since Linux lets a file be replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from secdesk.domain.errors import EnvironmentProblem
from secdesk.io.files import RETRY_DELAYS, atomic_path, replace_file
from secdesk.services.core.exports import exporting
from secdesk.store.models import AuditEntry


def _held_for(times: int, monkeypatch):
    """Path.replace fails `times` times with the error Windows gives for a file in use."""
    real = Path.replace
    calls = []

    def replace(self, target):
        calls.append(Path(target).name)
        if len(calls) <= times:
            raise PermissionError(32, "The process cannot access the file")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    return calls


def test_a_briefly_held_file_is_replaced_after_a_short_wait(tmp_path, monkeypatch):
    target = tmp_path / "一覧.csv"
    target.write_text("old", encoding="utf-8")
    calls = _held_for(2, monkeypatch)
    waits = []
    temp = tmp_path / ".part"
    temp.write_text("new", encoding="utf-8")
    replace_file(temp, target, sleep=waits.append)
    assert target.read_text(encoding="utf-8") == "new"
    assert waits == list(RETRY_DELAYS[:2]) and len(calls) == 3


def test_a_file_held_open_is_refused_with_what_to_do(tmp_path, monkeypatch):
    target = tmp_path / "研修受講状況.xlsx"
    target.write_text("old", encoding="utf-8")
    _held_for(100, monkeypatch)
    monkeypatch.setattr("secdesk.io.files.time.sleep", lambda s: None)
    with (
        pytest.raises(EnvironmentProblem, match="閉じてからやり直してください") as refusal,
        atomic_path(target) as temp,
    ):
        temp.write_text("new", encoding="utf-8")
    assert "研修受講状況.xlsx" in str(refusal.value)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["研修受講状況.xlsx"]  # no .part left


def _entries(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_an_export_that_cannot_take_its_name_leaves_no_trail_entry(
    db, services, admin, tmp_path, monkeypatch
):
    target = tmp_path / "export.csv"
    before = _entries(db)
    _held_for(100, monkeypatch)
    monkeypatch.setattr("secdesk.io.files.time.sleep", lambda s: None)
    with (
        pytest.raises(EnvironmentProblem),
        exporting(db, services.clock, admin, "staff", target) as (temp, record),
    ):
        temp.write_text("a,b\n", encoding="utf-8")
        record.rows = 1
    assert _entries(db) == before
    assert not target.exists()


def test_an_export_that_takes_its_name_is_in_the_trail(db, services, admin, tmp_path):
    target = tmp_path / "export.csv"
    before = _entries(db)
    with exporting(db, services.clock, admin, "staff", target) as (temp, record):
        temp.write_text("a,b\n", encoding="utf-8")
        record.rows = 1
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert _entries(db) == before + 1
