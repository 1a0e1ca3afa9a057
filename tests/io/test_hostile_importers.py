"""Every importer fed random and hostile files: a clear refusal that changes nothing, or a
correct import that keeps the audit chain — never a traceback, never half a file written."""

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.domain.errors import SecdeskError
from secdesk.io.gophish import COLUMNS as GOPHISH_COLUMNS
from secdesk.io.incident_format import REQUIRED as INCIDENT_REQUIRED
from secdesk.io.tabular import read_table
from secdesk.services.app import Services
from secdesk.services.training.courses import CourseInput
from tests.conftest import ADMIN_PASSWORD, fast_hasher
from tests.io.test_hostile_files import NASTY, _csv

# SECDESK_HOSTILE_EXAMPLES=500 for a long run (the figures in docs/reliability.md).
EXAMPLES = int(os.environ.get("SECDESK_HOSTILE_EXAMPLES", "40"))

HEADERS = {
    "incidents": [*list(INCIDENT_REQUIRED), "概要", "分類", "所属"],
    "attendance": ["職員番号", "受講日", "得点"],
    "gophish": list(GOPHISH_COLUMNS),
    "checklist": ["項目番号", "分類", "監査項目", "参照"],
}
cell = st.one_of(
    st.sampled_from(
        [
            *NASTY,
            "2026-04-01",
            "2026/13/45",
            "0001-01-01T00:00:00Z",
            "Clicked Link",
            "a@city.example.lg.jp",
            "true",
            "ヒヤリハット",
            "インシデント",
        ]
    ),
    st.text(max_size=20),
)
rows = st.lists(st.lists(cell, max_size=14), max_size=12)


@pytest.fixture
def world(sqlite_db, clock):
    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    courses = services.training.courses
    course = courses.create(
        actor, CourseInput(2026, "ALL", "全職員研修", "all-staff", date(2027, 3, 1))
    )
    drill = courses.create(actor, CourseInput(2026, "PH1", "訓練", "phishing", date(2026, 12, 1)))
    importers = {
        "incidents": lambda table: services.incident_import.apply(actor, table),
        "attendance": lambda table: services.training.imports.apply(actor, course.id, table),
        "gophish": lambda table: services.training.gophish.apply(actor, drill.id, table),
        "checklist": lambda table: services.audits.checklists.apply(actor, table, 2026, "試験"),
    }
    return services, actor, importers


def _feed(world, kind, path) -> None:
    services, actor, importers = world
    before = services.trail.count(actor)
    try:
        importers[kind](read_table(path))
    except SecdeskError as error:
        assert str(error).strip()
        assert services.trail.count(actor) == before  # refused whole: nothing written
        return
    assert services.trail.count(actor) > before
    assert services.trail.verify(actor).ok


@pytest.mark.parametrize("kind", sorted(HEADERS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    body=rows,
    encoding=st.sampled_from(["utf-8-sig", "cp932", "utf-16"]),
    data=st.binary(max_size=600),
    raw=st.booleans(),
)
def test_hostile_files(world, tmp_path_factory, kind, body, encoding, data, raw):
    path = tmp_path_factory.mktemp("f") / f"{kind}.csv"
    if raw:
        path.write_bytes(data)
    else:
        path.write_bytes(_csv(HEADERS[kind], body).encode(encoding, errors="replace"))
    _feed(world, kind, path)
