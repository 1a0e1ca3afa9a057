"""Start-up does no work it can defer: the way to the login window loads neither the report
engine, nor openpyxl, nor the importers, nor Alembic (for a database that is up to date).
Checked in a fresh interpreter that starts the real app and stops at the login window."""

from __future__ import annotations

import os
import subprocess
import sys

from secdesk.services.app import Services
from secdesk.services.core.opening import open_database
from tests.conftest import ADMIN_PASSWORD, fast_hasher

DEFERRED = ("reportlab", "openpyxl", "PIL", "alembic", "secdesk.reports", "secdesk.io.tabular",
            "secdesk.io.writers", "secdesk.services.roster.file_import",
            "secdesk.services.roster.file_export", "secdesk.demo")  # fmt: skip

PROBE = """
import sys
from secdesk.cli.main import main
code = main(["--db", sys.argv[1]])
loaded = sorted({m for m in sys.modules if m.startswith(tuple(sys.argv[2:]))})
print("LOADED", *loaded)
raise SystemExit(code)
"""


def test_the_way_to_the_login_window_loads_nothing_it_can_defer(tmp_path):
    database = tmp_path / "テスト 用" / "secdesk.sqlite3"
    db, _ = open_database(str(database))
    Services(db, hasher=fast_hasher()).accounts.create_first_admin("kanri", ADMIN_PASSWORD)
    db.dispose()
    env = {**os.environ, "SECDESK_SMOKE_EXIT": "login", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(database), *DEFERRED],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "secdesk: login window shown" in result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("LOADED")]
    assert line.split()[1:] == []


def test_the_login_window_is_painted_before_the_data_layer_loads(tmp_path):
    """SECDESK_SMOKE_EXIT=painted stops at the first paint: by then neither SQLAlchemy nor the
    models nor the services are loaded (gui/login_first.py), for a register with accounts."""
    database = tmp_path / "テスト 用" / "secdesk.sqlite3"
    db, _ = open_database(str(database))
    Services(db, hasher=fast_hasher()).accounts.create_first_admin("kanri", ADMIN_PASSWORD)
    db.dispose()
    env = {**os.environ, "SECDESK_SMOKE_EXIT": "painted", "QT_QPA_PLATFORM": "offscreen"}
    later = ("sqlalchemy", "secdesk.store.models", "secdesk.services", "secdesk.store.engine")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(database), *later],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "secdesk: login window shown" in result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("LOADED")]
    assert line.split()[1:] == []
