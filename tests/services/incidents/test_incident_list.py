"""Finding records: free text (two-character Japanese words, any width), filters, sort, states."""

import multiprocessing
import threading
from dataclasses import replace

import pytest

from secdesk.domain import incidents as v
from secdesk.services.core import refs
from secdesk.services.core.listing import STATE_DONE, STATE_INACTIVE, STATE_OVERDUE, ListQuery
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import at, incident, near_miss

org, csirt = incident_helpers.org, incident_helpers.csirt


@pytest.fixture
def records(services, csirt, org):
    s = services.incidents
    made = {
        "mail": s.create(
            csirt,
            incident(
                "メールの誤送信",
                description="添付ファイルを別の事業者へ送った。ＵＳＢではない。",
                department_id=org["zei"].id,
                persons_affected=120,
            ),
        ),
        "usb": s.create(
            csirt,
            near_miss("USBメモリの紛失未遂", description="会議室に置き忘れたが、すぐ回収した。"),
        ),
        "lost": s.create(
            csirt,
            incident(
                "書類の紛失",
                description="申請書を紛失した。",
                department_id=org["shimin"].id,
                cause="ｶﾞｲﾄﾞﾗｲﾝ未整備",
            ),
        ),
    }
    return made


def _refs(services, actor, query: ListQuery) -> list[str]:
    source = services.incidents.list_source()
    ids = source.ids(actor, query)
    rows = source.rows(actor, ids)
    assert source.count(actor, query) == len(ids)
    assert list(source.ids(actor, query, limit=2)) == list(ids[:2])
    return [rows[i].values[0] for i in ids]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("紛失", {"usb", "lost"}),  # two characters
        ("誤送", {"mail"}),
        ("usb", {"usb", "mail"}),  # half width finds full width ＵＳＢ
        ("ＵＳＢ", {"usb", "mail"}),
        ("ガイドライン", {"lost"}),  # full width finds half-width katakana
        ("がいどらいん", {"lost"}),  # hiragana finds katakana
        ("紛失 書類", {"lost"}),  # every word must match
        ("置", {"usb"}),  # one character
        ("INC", {"mail", "lost"}),  # the reference number
        ("事業所", set()),  # a longer word is a phrase, not loose bigrams
    ],
)
def test_free_text_search(services, csirt, records, text, expected):
    found = set(_refs(services, csirt, ListQuery(text)))
    assert found == {records[k].ref for k in expected}, text


def test_timeline_notes_are_searchable_and_edits_replace_old_text(services, csirt, records):
    lost = records["lost"]
    services.incident_work.add_note(csirt, lost.id, "警察へ遺失届を提出した")
    assert _refs(services, csirt, ListQuery("遺失届")) == [lost.ref]
    info = services.incidents.get(csirt, lost.id)
    services.incidents.update(
        csirt, lost.id, info.version, replace(info.data, title="書類の誤廃棄")
    )
    assert _refs(services, csirt, ListQuery("誤廃棄")) == [lost.ref]
    assert records["lost"].ref not in _refs(services, csirt, ListQuery("の紛"))
    assert _refs(services, csirt, ListQuery("紛失 申請書")) == [lost.ref]  # description kept


def test_filters_and_sorting(services, csirt, records, org):
    assert _refs(services, csirt, ListQuery().with_filters(kind=v.NEAR_MISS)) == [
        records["usb"].ref
    ]
    assert _refs(services, csirt, ListQuery().with_filters(department_id=org["zei"].id)) == [
        records["mail"].ref
    ]
    assert len(_refs(services, csirt, ListQuery().with_filters(fiscal_year=2026))) == 3
    assert _refs(services, csirt, ListQuery().with_filters(fiscal_year=2025)) == []
    by_title = _refs(services, csirt, ListQuery(sort="title"))
    titles = [records[k].title for k in records]
    assert by_title == [
        next(r.ref for r in records.values() if r.title == t) for t in sorted(titles)
    ]
    newest = _refs(services, csirt, ListQuery(sort="discovered", descending=True))
    assert newest[0] == records["usb"].ref
    assert _refs(services, csirt, ListQuery("紛失").with_filters(kind=v.INCIDENT)) == [
        records["lost"].ref
    ]


def test_overdue_filter_and_row_states(services, csirt, records):
    long_ago = at(days_ago=45)
    late = services.incidents.create(
        csirt,
        incident(
            "古い漏えい",
            occurred_at=long_ago,
            discovered_at=long_ago,
            reported_at=long_ago,
            persons_affected=500,
        ),
    )
    # The two recent incidents owe the CISO report since yesterday (default: the next day).
    overdue = _refs(services, csirt, ListQuery().with_filters(overdue=True))
    assert set(overdue) == {late.ref, records["mail"].ref, records["lost"].ref}
    ciso = next(
        x for x in services.incidents.get(csirt, records["mail"].id).duties if x.code == "ciso"
    )
    services.incident_work.record_duty(csirt, ciso.id, at(days_ago=1), "メール")
    # Its other duties run for days yet.
    assert records["mail"].ref not in _refs(services, csirt, ListQuery().with_filters(overdue=True))
    source = services.incidents.list_source()
    closed = records["usb"]
    for status in (v.CONFIRMING, v.MEASURES, v.CLOSED):
        closed = services.incidents.change_status(csirt, closed.id, closed.version, status)
    withdrawn = services.incidents.change_status(
        csirt, records["lost"].id, records["lost"].version, v.WITHDRAWN, "重複"
    )
    rows = source.rows(csirt, [late.id, closed.id, withdrawn.id])
    assert rows[late.id].state == STATE_OVERDUE
    assert rows[closed.id].state == STATE_DONE
    assert rows[withdrawn.id].state == STATE_INACTIVE
    assert rows[closed.id].values[2] == "完了"
    assert set(_refs(services, csirt, ListQuery().with_filters(status="open"))) == {
        late.ref,
        records["mail"].ref,
    }


def test_month_filter_from_the_dashboard(services, csirt, records):
    assert len(_refs(services, csirt, ListQuery().with_filters(month=(2026, 11)))) == 3
    assert _refs(services, csirt, ListQuery().with_filters(month=(2026, 10))) == []


# --- reference numbers with two clients at once ---------------------------------------------------


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)  # SQLite: two processes, below
def test_reference_numbers_are_gap_free_with_concurrent_clients_on_postgres(db, services, csirt):
    assert db.dialect == "postgresql"
    barrier = threading.Barrier(4)
    made, errors = [], []

    def client(n: int) -> None:
        barrier.wait()
        try:
            for i in range(5):
                made.append(services.incidents.create(csirt, near_miss(f"同時登録 {n}-{i}")).ref)
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(made) == [f"2026-NM-{i:04d}" for i in range(1, 21)]


def _sqlite_client(path: str, start, count: int, out) -> None:
    from secdesk.services.app import Services
    from secdesk.services.core.context import Actor, FixedClock
    from secdesk.store.database import Database
    from secdesk.store.engine import sqlite_url
    from tests.conftest import NOW

    services = Services(Database.open(sqlite_url(path)), FixedClock(NOW))
    actor = Actor(None, "csirt1", "csirt", "csirt1")
    start.wait()
    for i in range(count):
        out.put(services.incidents.create(actor, near_miss(f"別プロセス {i}")).ref)


def test_reference_numbers_are_gap_free_with_two_processes_on_sqlite(sqlite_db):
    path = sqlite_db.url.database
    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [context.Process(target=_sqlite_client, args=(path, start, 6, out)) for _ in range(2)]
    for worker in workers:
        worker.start()
    start.set()
    made = [out.get(timeout=60) for _ in range(12)]
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert sorted(made) == [f"2026-NM-{i:04d}" for i in range(1, 13)]


def test_counter_reserves_blocks_and_never_goes_back(db):
    with db.write() as session:
        assert refs.reserve(session, 2026, "INC", 3) == 1
        assert refs.reserve(session, 2026, "INC") == 4
        refs.raise_to(session, 2026, "INC", 2)
        assert refs.last_value(session, 2026, "INC") == 4
        refs.raise_to(session, 2026, "INC", 10)
        assert refs.reserve(session, 2026, "INC") == 11


def test_a_year_sorted_by_deadline_comes_from_its_own_index(db, services, csirt, records):
    from sqlalchemy import select

    from secdesk.store.models import Incident

    last_year = services.incidents.create(
        csirt,
        incident(
            "前年度の誤送付",
            occurred_at=at(days_ago=401),
            discovered_at=at(days_ago=400),
            reported_at=at(days_ago=400, hours_ago=-1),
        ),
    )
    source = services.incidents.list_source()
    for descending in (False, True):
        query = ListQuery(sort="next_due", descending=descending).with_filters(fiscal_year=2026)
        with db.read() as session:
            expected = [
                row.id
                for row in session.execute(
                    select(Incident.id, Incident.next_due_on).where(
                        Incident.discovered_at >= at(days_ago=200)
                    )
                )
            ]
            dues = dict(session.execute(select(Incident.id, Incident.next_due_on)).all())
        expected.sort(key=lambda i: (dues[i], i), reverse=descending)
        assert list(source.ids(csirt, query)) == expected
        assert list(source.ids(csirt, query, limit=200)) == expected
        assert last_year.id not in expected and len(expected) == len(records)
    if db.dialect == "sqlite":  # the first page is read from the index, in order
        from sqlalchemy import event

        sent = []

        def capture(conn, cursor, statement, parameters, context, executemany):
            sent.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        try:
            source.ids(csirt, ListQuery(sort="next_due").with_filters(fiscal_year=2026), limit=200)
        finally:
            event.remove(db.engine, "before_cursor_execute", capture)
        statement, parameters = next((s, p) for s, p in sent if "ORDER BY" in s)
        with db.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
        details = " ".join(str(row[-1]) for row in plan)
        assert "ix_incident_fy_due" in details and "TEMP B-TREE" not in details
