from sqlalchemy import select, text

from secdesk.services.core import trail
from secdesk.services.core.context import SYSTEM
from secdesk.store.models import AuditEntry


def _append(services, n):
    with services.db.write() as session:
        for i in range(n):
            trail.record(
                session, SYSTEM, services.clock, "test", "thing", i, {"i": i, "名前": "値"}
            )


def test_chain_verifies_after_many_appends(services):
    _append(services, 25)
    with services.db.read() as session:
        report = trail.verify_chain(session)
    assert report.ok and report.entries == 25


def test_entries_cannot_be_updated_or_deleted_through_the_database(services):
    _append(services, 3)
    for statement in (
        "UPDATE audit_entry SET action = 'x' WHERE seq = 2",
        "DELETE FROM audit_entry WHERE seq = 3",
    ):
        try:
            with services.db.write() as session:
                session.execute(text(statement))
        except Exception as error:
            assert "cannot be changed" in str(error)
        else:
            raise AssertionError(f"{statement} was allowed")


def test_changes_lists_only_changed_fields():
    assert trail.changes({"a": 1, "b": "x"}, {"a": 1, "b": "y", "c": None}) == {"b": ["x", "y"]}


def test_a_bulk_append_continues_the_same_chain(services):
    _append(services, 2)
    with services.db.write() as session:
        trail.record_many(
            session,
            SYSTEM,
            services.clock,
            [trail.TrailEvent("bulk", "thing", i) for i in range(100)],
        )
    with services.db.read() as session:
        report = trail.verify_chain(session)
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
    assert report.ok and report.entries == 102 and last.action == "bulk"


def test_switching_a_master_row_records_only_a_change(services, admin):
    masters = services.incident_masters
    category = masters.categories(admin)[1]

    def last_entry():
        with services.db.read() as session:
            return session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))

    masters.set_category_active(admin, category.id, False)
    off = last_entry()
    assert (off.action, off.entity, off.entity_id) == (
        "deactivate",
        "incident_category",
        str(category.id),
    )
    masters.set_category_active(admin, category.id, False)  # already off: nothing to record
    assert last_entry().seq == off.seq
    masters.set_category_active(admin, category.id, True)
    on = last_entry()
    assert on.action == "activate" and on.seq == off.seq + 1
