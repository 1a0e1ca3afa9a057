"""Random and hostile files fed to the roster import: each ends in a clear refusal or a correct
import, never a traceback and never a partial write."""

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.domain.errors import SecdeskError
from secdesk.io.tabular import read_table
from secdesk.services.app import Services
from secdesk.services.core.listing import ListQuery
from tests.conftest import ADMIN_PASSWORD, fast_hasher

# SECDESK_HOSTILE_EXAMPLES=500 for a long run (the figures in docs/reliability.md).
EXAMPLES = int(os.environ.get("SECDESK_HOSTILE_EXAMPLES", "40"))

HEADER = [
    "職員番号",
    "氏名",
    "フリガナ",
    "所属コード",
    "所属名",
    "役職",
    "雇用区分",
    "メールアドレス",
    "在職",
]
NASTY = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\x00",
    "\x1b[31m",
    "\u202e逆",
    "髙橋①",
    "𠮷",
    "'quoted",
    '"',
    "\r",
    "\n",
    "\t",
    "ﾀｶﾊｼ",
    "\ufeff",
    "",
    " ",
    "退職",
    "在職",
]

cell = st.one_of(
    st.sampled_from(NASTY), st.text(max_size=30), st.text(alphabet=string.digits, max_size=8)
)
row = st.lists(cell, min_size=0, max_size=12)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16", "latin-1"])


def _csv(header: list[str], rows: list[list[str]]) -> str:
    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value

    return "\r\n".join(",".join(quote(v) for v in line) for line in [header, *rows]) + "\r\n"


@pytest.fixture
def roster_services(sqlite_db, clock):
    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    return services, services.accounts.login("admin", ADMIN_PASSWORD).actor()


def _state(services, actor):
    staff = services.staff.list_source().count(
        actor, ListQuery().with_filters(include_inactive=True)
    )
    return staff, services.trail.count(actor)


def _feed(services, actor, path) -> None:
    before = _state(services, actor)
    try:
        table = read_table(path)
        result = services.roster_import.apply(actor, table)
    except SecdeskError as error:
        assert str(error).strip()  # a message for a person
        assert _state(services, actor) == before  # and nothing written
        return
    staff_after, trail_after = _state(services, actor)
    assert staff_after == before[0] + result.counts["new"]
    assert trail_after > before[1]
    assert services.trail.verify(actor).ok


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4000))
def test_random_bytes(roster_services, tmp_path_factory, data):
    services, actor = roster_services
    path = tmp_path_factory.mktemp("f") / "random.csv"
    path.write_bytes(data)
    _feed(services, actor, path)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(row, max_size=15), encoding=encodings, keep_header=st.booleans())
def test_hostile_text_in_any_encoding(
    roster_services, tmp_path_factory, rows, encoding, keep_header
):
    services, actor = roster_services
    header = HEADER if keep_header else HEADER[:3]
    path = tmp_path_factory.mktemp("f") / "hostile.csv"
    path.write_bytes(_csv(header, rows).encode(encoding, errors="replace"))
    _feed(services, actor, path)


def test_ten_thousand_columns_and_huge_fields(roster_services, tmp_path):
    services, actor = roster_services
    wide = tmp_path / "wide.csv"
    wide.write_text(
        ",".join(f"列{i}" for i in range(10_000)) + "\r\n" + ",".join("x" * 10_000) + "\r\n",
        encoding="utf-8",
    )
    huge = tmp_path / "huge.csv"
    huge.write_text(
        _csv(HEADER, [["1", "長" * 300_000, "", "110", "総務課", "", "", "", "在職"]]),
        encoding="utf-8",
    )
    for path in (wide, huge):
        _feed(services, actor, path)
    assert _state(services, actor)[0] == 0


def test_a_zip_bomb_disguised_as_xlsx(roster_services, tmp_path):
    import zipfile

    services, actor = roster_services
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<" * 5_000_000)
    _feed(services, actor, path)
