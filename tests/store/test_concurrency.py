"""Two clients at once, each in its own process, on SQLite and on PostgreSQL."""

import subprocess
import sys
from pathlib import Path

import pytest

from secdesk.services.core.listing import ListQuery
from secdesk.services.roster.staff import StaffInput

ROOT = Path(__file__).resolve().parents[2]


def _database_arg(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _start(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_simultaneous_edits_end_in_one_save_and_one_conflict(services, admin, tmp_path):
    person = services.staff.create(admin, StaffInput("000777", "同時 編集"))
    go = tmp_path / "go"
    clients = [
        _start("edit", _database_arg(services.db), str(person.id), title, str(go))
        for title in ("係長", "課長")
    ]
    for client in clients:
        assert client.stdout.readline().strip() == "loaded", client.stderr.read()
    go.touch()
    outcomes = []
    for client in clients:
        out, err = client.communicate(timeout=60)
        assert client.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["conflict", "saved"]
    saved_title = ("係長", "課長")[outcomes.index("saved")]
    info = services.staff.get(admin, person.id)
    assert info.title == saved_title and info.version == person.version + 1
    assert services.trail.verify(admin).ok


@pytest.mark.slow
def test_simultaneous_writers_lose_nothing_and_keep_one_chain(services, admin):
    database = _database_arg(services.db)
    clients = [_start("create", database, prefix, "40") for prefix in ("A", "B")]
    for client in clients:
        out, err = client.communicate(timeout=120)
        assert client.returncode == 0 and out.strip() == "done", err
    query = ListQuery().with_filters(include_inactive=True)
    assert services.staff.list_source().count(admin, query) == 80
    report = services.trail.verify(admin)
    assert report.ok, report.reason


def test_a_refresh_shows_the_other_clients_changes(qtbot, services, admin):
    from secdesk.gui.tasks import TaskRunner
    from secdesk.gui.widgets.windowed_model import WindowedTableModel

    model = WindowedTableModel(services.staff.list_source(), admin, TaskRunner(inline=True))
    model.set_query(ListQuery())
    assert model.rowCount() == 0
    client = _start("create", _database_arg(services.db), "C", "3")
    client.communicate(timeout=60)
    model.reload()  # what F5 does
    assert model.rowCount() == 3
