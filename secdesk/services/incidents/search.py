"""The incident register's free-text index: keeping it in step, and turning a query into SQL.

Text is indexed as overlapping two-character tokens (domain.text.bigram_tokens), so that a
two-character Japanese word such as 紛失 is one token, a longer query is the phrase of its
bigrams, and a one-character query is a prefix search on the tokens. Full-width and half-width
forms, upper and lower case, hiragana and katakana fold together because the tokens are made
from domain.text.search_key.

SQLite keeps the tokens in the contentless FTS5 table `incident_fts` (rowid = incident id).
Contentless means the index does not store the text twice, but removing a record's old tokens
needs those tokens again: every writer computes them from the database *before* it changes the
record (`IndexedText`), in the same transaction. PostgreSQL keeps a tsvector per record in
`incident_search` under a GIN index, built from the same tokens with their positions.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Select, bindparam, column, select, table, text
from sqlalchemy.orm import Session

from secdesk.domain.text import search_key
from secdesk.store import logical_copy
from secdesk.store.models import Incident, IncidentEvent

# Letters and digits: the same runs as domain.text.word_runs (categories L* and N*), found by
# the regex engine instead of a Python loop: a 100,000-record import tokenises in seconds.
_RUN = re.compile(r"[^\W_]+")
# PostgreSQL keeps word positions up to 16383; later tokens share the last position, which only
# loosens phrase matching at the end of very long texts.
_PG_MAX_POSITION = 16383

SEARCHED_FIELDS = (
    "ref",
    "title",
    "description",
    "cause",
    "countermeasures",
    "preventive_measures",
    "tags",
    "leaked_items",
    "secondary_damage",
    "persons_response",
    "publication",
    "withdrawn_reason",
)

# Timeline entries whose text people wrote; the others (edits, duties, files, links) are
# generated and would only add noise.
INDEXED_EVENTS = ("note", "status", "promoted", "notification")

_fts = table("incident_fts", column("rowid"), column("tokens"))
_pg = table("incident_search", column("incident_id"), column("vector"))


def bigram_text(text: str | None) -> str:
    """ " ".join(domain.text.bigram_tokens(text)), computed quickly."""
    parts: list[str] = []
    for run in _RUN.findall(search_key(text)):
        if len(run) > 1:
            parts.append(" ".join(map(operator.add, run, run[1:])))
        parts.append(run[-1])
    return " ".join(parts)


def record_text(values: Iterable[str | None]) -> str:
    return bigram_text("\n".join(v for v in values if v))


def incident_values(incident) -> list[str]:
    return [getattr(incident, name) or "" for name in SEARCHED_FIELDS]


def stored_tokens(session: Session, incident: Incident) -> str:
    """The tokens of the record as the database holds it now (fields and timeline)."""
    events = session.scalars(
        select(IncidentEvent.text)
        .where(IncidentEvent.incident_id == incident.id, IncidentEvent.kind.in_(INDEXED_EVENTS))
        .order_by(IncidentEvent.id)
    )
    return record_text([*incident_values(incident), *events])


class IndexedText:
    """`with IndexedText(session, incident):` change the record; the index follows on exit.

    The old tokens are taken on entry (before anything changes), the new ones on exit.
    """

    def __init__(self, session: Session, incident: Incident) -> None:
        self.session = session
        self.incident = incident

    def __enter__(self) -> IndexedText:
        self.session.flush()
        self.old = stored_tokens(self.session, self.incident)
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            return
        self.session.flush()
        new = stored_tokens(self.session, self.incident)
        if new != self.old:
            replace(self.session, self.incident.id, self.old, new)


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def insert_many(session: Session, rows: Sequence[tuple[int, str]]) -> None:
    """Index new records: (incident id, tokens)."""
    if not rows:
        return
    if is_sqlite(session):
        session.execute(
            text("INSERT INTO incident_fts(rowid, tokens) VALUES (:id, :tokens)"),
            [{"id": i, "tokens": t} for i, t in rows],
        )
    else:
        session.execute(
            text(
                "INSERT INTO incident_search(incident_id, vector) VALUES (:id, CAST(:v AS tsvector))"
            ),
            [{"id": i, "v": tsvector_literal(t)} for i, t in rows],
        )


def replace(session: Session, incident_id: int, old: str, new: str) -> None:
    if is_sqlite(session):
        session.execute(
            text(
                "INSERT INTO incident_fts(incident_fts, rowid, tokens) VALUES ('delete', :id, :t)"
            ),
            {"id": incident_id, "t": old},
        )
        session.execute(
            text("INSERT INTO incident_fts(rowid, tokens) VALUES (:id, :t)"),
            {"id": incident_id, "t": new},
        )
    else:
        session.execute(
            text(
                "INSERT INTO incident_search(incident_id, vector) VALUES (:id, CAST(:v AS tsvector)) "
                "ON CONFLICT (incident_id) DO UPDATE SET vector = EXCLUDED.vector"
            ),
            {"id": incident_id, "v": tsvector_literal(new)},
        )


def rebuild(session: Session, batch: int = 5000) -> int:
    """Index every record afresh (repair, or after the tokenizer changed); returns the count."""
    if is_sqlite(session):
        session.execute(text("INSERT INTO incident_fts(incident_fts) VALUES ('delete-all')"))
    else:
        session.execute(text("DELETE FROM incident_search"))
    events: dict[int, list[str]] = {}
    for incident_id, value in session.execute(
        select(IncidentEvent.incident_id, IncidentEvent.text)
        .where(IncidentEvent.kind.in_(INDEXED_EVENTS))
        .order_by(IncidentEvent.id)
    ):
        events.setdefault(incident_id, []).append(value)
    count, rows = 0, []
    for incident in session.scalars(select(Incident).execution_options(yield_per=batch)):
        rows.append(
            (incident.id, record_text([*incident_values(incident), *events.get(incident.id, [])]))
        )
        if len(rows) >= batch:
            insert_many(session, rows)
            count += len(rows)
            rows = []
    insert_many(session, rows)
    return count + len(rows)


def tsvector_literal(tokens: str) -> str:
    """The tokens with their positions in tsvector input syntax ('紛失':1 '失し':2 …)."""
    positions: dict[str, list[int]] = {}
    for position, token in enumerate(tokens.split(), start=1):
        positions.setdefault(token, []).append(min(position, _PG_MAX_POSITION))
    # Tokens are letters and digits only, so they need no quoting beyond the quotes themselves.
    return " ".join(
        f"'{token}':{','.join(map(str, sorted(set(p))))}" for token, p in positions.items()
    )


# --- queries ---------------------------------------------------------------------------------


def query_terms(query: str) -> list[list[str]]:
    """Each word of the query as a phrase of bigrams; a one-character word as [char + '*']."""
    terms = []
    for run in _RUN.findall(search_key(query)):
        if len(run) == 1:
            terms.append([run + "*"])
        else:
            terms.append(list(map(operator.add, run, run[1:])))
    return terms


def fts_match(terms: list[list[str]]) -> str:
    parts = []
    for phrase in terms:
        if len(phrase) == 1 and phrase[0].endswith("*"):
            parts.append(f'"{phrase[0][:-1]}"*')
        else:
            parts.append('"' + " ".join(phrase) + '"')
    return " AND ".join(parts)


def tsquery(terms: list[list[str]]) -> str:
    parts = []
    for phrase in terms:
        if len(phrase) == 1 and phrase[0].endswith("*"):
            parts.append(f"'{phrase[0][:-1]}':*")
        else:
            parts.append("(" + " <-> ".join(f"'{t}'" for t in phrase) + ")")
    return " & ".join(parts)


def matching_ids(session: Session, query: str) -> Select | None:
    """SELECT of the ids whose text matches; None when the query has no letters or digits."""
    terms = query_terms(query)
    if not terms:
        return None
    if is_sqlite(session):
        return (
            select(_fts.c.rowid.label("id"))
            .select_from(_fts)
            .where(text("incident_fts MATCH :match").bindparams(match=fts_match(terms)))
        )
    return select(_pg.c.incident_id.label("id")).where(
        text("vector @@ CAST(:tsq AS tsquery)").bindparams(bindparam("tsq", tsquery(terms)))
    )


def match_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    ids = matching_ids(session, query)
    if ids is None:
        return None
    return Incident.id.in_(ids.scalar_subquery())


def _rebuild_after_load(connection) -> None:
    """The search index is not part of a logical dump: rebuild it after a restore or transfer,
    inside the same transaction as the rows it indexes."""
    from sqlalchemy import inspect

    if "incident" not in inspect(connection).get_table_names():
        return
    session = Session(bind=connection)
    rebuild(session)
    session.flush()


logical_copy.AFTER_LOAD.append(_rebuild_after_load)
