"""Every table of the register as plain rows: for PostgreSQL backups and for moving a register
between SQLite and PostgreSQL.

A dump is a zip with manifest.json (schema revision, row counts) and one JSON-lines file per
table; values keep their types (instants, days, bytes) through small tags. Loading goes in
foreign-key order; a column that points into its own table (a department's parent) is filled in
a second pass, so the order of rows never matters.
"""

from __future__ import annotations

import base64
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, Table, func, insert, select, text, update

from secdesk.store.models import Base
from secdesk.store.schema_version import current_revision

FORMAT = "secdesk-logical-1"
BATCH = 2000

Progress = Callable[[int, int, str], None]

# Work a register must redo after rows were loaded behind the ORM's back (search indexes …).
AFTER_LOAD: list[Callable[[object], None]] = []


def tables(conn=None) -> list[Table]:
    """The register's tables in foreign-key order; with a connection, only those that exist there
    (a database at an older schema revision lacks the newer registers' tables)."""
    if conn is None:
        return list(Base.metadata.sorted_tables)
    from sqlalchemy import inspect

    present = set(inspect(conn).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return {"$t": moment.astimezone(UTC).isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode()}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict):
        if "$t" in value:
            return datetime.fromisoformat(value["$t"])
        if "$d" in value:
            return date.fromisoformat(value["$d"])
        if "$b" in value:
            return base64.b64decode(value["$b"])
    return value


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables(conn)}


def _rows(conn, table: Table) -> Iterator[dict]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for row in result.mappings():
        yield dict(row)


def dump(engine: Engine, target: Path, progress: Progress | None = None) -> dict:
    """Write every table to `target` (a zip). Runs in one read transaction: a consistent snapshot."""
    counts: dict[str, int] = {}
    with (
        engine.connect() as conn,
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        if engine.dialect.name == "postgresql":
            conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        all_tables = tables(conn)
        for index, table in enumerate(all_tables):
            if progress:
                progress(index, len(all_tables), table.name)
            count = 0
            with archive.open(f"tables/{table.name}.jsonl", "w") as handle:
                for row in _rows(conn, table):
                    line = json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False)
                    handle.write(line.encode() + b"\n")
                    count += 1
            counts[table.name] = count
        manifest = {
            "format": FORMAT,
            "revision": revision,
            "dialect": engine.dialect.name,
            "counts": counts,
            "created_at": datetime.now(UTC).isoformat(),
            **_identity(conn, [t.name for t in all_tables]),
        }
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def _identity(conn, names: list[str]) -> dict:
    """The register this dump belongs to and its trail's head, read in the dump's snapshot: the
    head is an anchor `secdesk verify --anchor` can hold the live trail against."""
    found: dict = {}
    if "register_identity" in names:
        found["register"] = conn.execute(
            text("SELECT uuid FROM register_identity WHERE id = 1")
        ).scalar()
    head = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).first()
    if head is not None:
        found["trail_head"] = {"seq": head[0], "hash": head[1]}
    return found


def read_manifest(source: Path) -> dict:
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    if manifest.get("format") != FORMAT:
        raise ValueError(f"unknown dump format {manifest.get('format')!r}")
    return manifest


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _load_rows(conn, table: Table, rows: Iterator[dict]) -> int:
    """Insert rows; columns pointing into the same table are set afterwards."""
    own = _self_references(table)
    later: list[dict] = []
    batch: list[dict] = []
    count = 0
    pk = [c.name for c in table.primary_key.columns]
    for row in rows:
        if own:
            later.append({**{f"b_{k}": row[k] for k in pk}, **{k: row[k] for k in own}})
            row = {**row, **dict.fromkeys(own)}
        batch.append(row)
        count += 1
        if len(batch) >= BATCH:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
    pending = [r for r in later if any(r[k] is not None for k in own)]
    if pending:
        from sqlalchemy import bindparam

        stmt = update(table).where(*[table.c[k] == bindparam(f"b_{k}") for k in pk])
        conn.execute(stmt, pending)
    return count


def _reset_sequences(conn) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in tables(conn):
        column = table.autoincrement_column
        if column is not None:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                )
            )


def ensure_empty(engine: Engine) -> None:
    counts = row_counts(engine)
    # A freshly created register holds its seed rows (audit head, master lists); anything beyond
    # that means someone's data would be mixed in.
    from secdesk.store.models import AuditEntry, User

    busy = counts.get(AuditEntry.__tablename__, 0) or counts.get(User.__tablename__, 0)
    if busy:
        raise ValueError("target register is not empty")


def _dump_rows(archive: zipfile.ZipFile, table_name: str) -> Iterator[dict]:
    with archive.open(f"tables/{table_name}.jsonl") as handle:
        for line in handle:
            if line.strip():
                yield {k: _decode(v) for k, v in json.loads(line).items()}


def load(engine: Engine, source: Path, progress: Progress | None = None) -> dict:
    """Fill a freshly migrated, empty register (same schema revision) with the dump's rows."""
    manifest = read_manifest(source)
    revision = current_revision(engine)
    if manifest["revision"] != revision:
        raise ValueError(f"dump is schema {manifest['revision']}, target is {revision}")
    ensure_empty(engine)
    with engine.begin() as conn:
        load_into(conn, source, manifest, progress)
    return manifest


def load_into(conn, source: Path, manifest: dict, progress: Progress | None = None) -> None:
    """Load a dump through an open connection (inside the caller's transaction)."""
    with zipfile.ZipFile(source) as archive:
        fill(conn, lambda table: _dump_rows(archive, table.name), manifest["counts"], progress)


def verify_dump_chain(source: Path):
    """The audit chain of a dump, checked without loading it anywhere."""
    from types import SimpleNamespace

    from secdesk.domain.audit_chain import check_chain

    with zipfile.ZipFile(source) as archive:
        heads = list(_dump_rows(archive, "audit_head"))
        head = heads[0] if heads else {"seq": None, "hash": None}
        entries = (SimpleNamespace(**row) for row in _dump_rows(archive, "audit_entry"))
        return check_chain(entries, head["seq"], head["hash"])


def copy(source: Engine, target: Engine, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty register `target` (e.g. SQLite → PostgreSQL)."""
    if current_revision(source) != current_revision(target):
        raise ValueError("source and target are at different schema revisions")
    ensure_empty(target)
    counts = row_counts(source)
    with source.connect() as conn, target.begin() as out:
        if source.dialect.name == "postgresql":
            conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        fill(out, lambda table: _rows(conn, table), counts, progress)
    return counts


def fill(
    conn,
    rows_of: Callable[[Table], Iterator[dict]],
    expected: dict[str, int],
    progress: Progress | None = None,
) -> None:
    """Replace the seed rows of a freshly migrated register with the given rows, table by table."""
    all_tables = tables(conn)
    for table in reversed(all_tables):
        if table.name != "audit_head":
            conn.execute(table.delete())
    _clear_audit(conn)
    for index, table in enumerate(all_tables):
        if progress:
            progress(index, len(all_tables), table.name)
        loaded = _load_rows(conn, table, rows_of(table))
        if loaded != expected.get(table.name, 0):
            raise ValueError(
                f"{table.name}: {loaded} rows loaded, expected {expected.get(table.name, 0)}"
            )
    _reset_sequences(conn)
    for hook in AFTER_LOAD:
        hook(conn)


def _clear_audit(conn) -> None:
    """A new register's trail holds only its head row; the protection triggers refuse deletes,
    so they are lifted for this one statement inside the same transaction."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER IF EXISTS audit_head_no_delete"))
        conn.execute(text("DELETE FROM audit_head"))
        conn.execute(
            text(
                "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
                "BEGIN SELECT RAISE(ABORT, 'audit trail head cannot be removed'); END"
            )
        )
    else:
        conn.execute(text("ALTER TABLE audit_head DISABLE TRIGGER audit_head_immutable"))
        conn.execute(text("DELETE FROM audit_head"))
        conn.execute(text("ALTER TABLE audit_head ENABLE TRIGGER audit_head_immutable"))
