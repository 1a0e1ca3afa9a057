"""Logging and working records: numbers, workflow, promotion, versions, refusals."""

from dataclasses import replace

import pytest
from sqlalchemy import text

from secdesk.domain import duties as d
from secdesk.domain import incidents as v
from secdesk.domain.errors import EditConflict, PermissionDenied, ValidationError
from secdesk.services.incidents.records import IncidentInput
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import at, incident, near_miss

org, csirt = incident_helpers.org, incident_helpers.csirt


def test_near_miss_gets_a_number_of_its_year_and_kind(services, csirt, org):
    first = services.incidents.create(csirt, near_miss(department_id=org["shimin"].id))
    second = services.incidents.create(csirt, near_miss("USBメモリの置き忘れ"))
    third = services.incidents.create(csirt, incident())
    assert (first.ref, second.ref, third.ref) == ("2026-NM-0001", "2026-NM-0002", "2026-INC-0001")
    assert first.status == v.RECEIVED and first.fiscal_year == 2026
    assert [e.kind for e in first.events] == [v.EVENT_CREATED]
    assert first.duties == ()
    rows = services.trail.recent(csirt, 10, entity="incident")
    assert {r.entity_id for r in rows if r.action == "create"} == {
        str(first.id),
        str(second.id),
        str(third.id),
    }


def test_discovered_in_march_belongs_to_the_previous_fiscal_year(services, csirt):
    march = at(days_ago=260)  # 2026-03-10
    info = services.incidents.create(
        csirt, near_miss(discovered_at=march, reported_at=march + (at(0) - at(0, 1)))
    )
    assert info.ref == "2025-NM-0001" and info.fiscal_year == 2025


def test_contradicting_times_are_refused_next_to_the_field(services, csirt):
    with pytest.raises(ValidationError) as error:
        services.incidents.create(csirt, incident(occurred_at=at(days_ago=1), discovered_at=at(2)))
    assert "発生日時より前" in error.value.for_field("discovered_at")[0]
    with pytest.raises(ValidationError) as error:
        services.incidents.create(csirt, incident(title="  "))
    assert error.value.for_field("title")


@pytest.mark.parametrize(("persons", "expected"), [(100, {d.CISO}), (101, None)])
def test_duties_follow_the_personal_information(services, csirt, persons, expected):
    info = services.incidents.create(csirt, incident(persons_affected=persons))
    codes = {duty.code for duty in info.duties if duty.required}
    assert codes == (
        expected or {d.CISO, d.PPC_PRELIMINARY, d.PPC_FINAL, d.NOTIFY_PERSONS, d.PREFECTURE}
    )
    if persons == 101:
        assert "101名（100名超）" in info.ppc_reasons[0]
        final = next(x for x in info.duties if x.code == d.PPC_FINAL)
        assert final.due_on.isoformat() == "2026-12-23"  # 30 days after 2026-11-23


def test_correcting_the_facts_retires_duties_no_longer_owed(services, csirt):
    info = services.incidents.create(csirt, incident(persons_affected=150))
    info = services.incidents.update(
        csirt, info.id, info.version, replace(info.data, persons_affected=20)
    )
    by_code = {duty.code: duty for duty in info.duties}
    assert not by_code[d.PPC_FINAL].required and by_code[d.CISO].required
    assert any("不要になりました" in e.text for e in info.events)


def test_workflow_moves_one_step_and_records_each_move(services, csirt):
    info = services.incidents.create(csirt, incident())
    with pytest.raises(ValidationError, match="変更できません"):
        services.incidents.change_status(csirt, info.id, info.version, v.CLOSED)
    path = [v.INITIAL, v.INVESTIGATING, v.RECOVERING, v.PREVENTING, v.CLOSED]
    for status in path:
        info = services.incidents.change_status(csirt, info.id, info.version, status, "対応した")
    assert info.status == v.CLOSED and info.closed_at is not None
    assert info.first_response_at is not None
    moves = [(e.from_status, e.to_status) for e in info.events if e.kind == v.EVENT_STATUS]
    assert moves == list(zip([v.RECEIVED, *path[:-1]], path, strict=True))
    reopened = services.incidents.change_status(csirt, info.id, info.version, v.PREVENTING, "再発")
    assert reopened.closed_at is None


def test_withdrawal_needs_a_reason_and_ends_the_record(services, csirt):
    info = services.incidents.create(csirt, near_miss())
    with pytest.raises(ValidationError):
        services.incidents.change_status(csirt, info.id, info.version, v.WITHDRAWN, "")
    info = services.incidents.change_status(csirt, info.id, info.version, v.WITHDRAWN, "重複登録")
    assert info.status == v.WITHDRAWN and info.withdrawn_reason == "重複登録"
    assert info.transitions == ()


def test_promotion_keeps_the_near_miss_and_links_both_ways(services, csirt, org):
    nm = services.incidents.create(csirt, near_miss(department_id=org["shimin"].id))
    services.incident_work.add_note(csirt, nm.id, "窓口の担当者に聞き取りをした")
    nm = services.incidents.get(csirt, nm.id)
    promoted = services.incidents.promote(csirt, nm.id, nm.version, "実際に交付していた")
    assert promoted.kind == v.INCIDENT and promoted.ref == "2026-INC-0001"
    assert promoted.promoted_from.ref == nm.ref
    assert promoted.data.department_id == org["shimin"].id
    assert any(e.ref == nm.ref and "聞き取り" in e.text for e in promoted.events)
    old = services.incidents.get(csirt, nm.id)
    assert old.status == v.PROMOTED and old.promoted_to.ref == promoted.ref
    assert old.ref == "2026-NM-0001"
    with pytest.raises(ValidationError):
        services.incidents.promote(csirt, old.id, old.version)


def test_saving_over_a_newer_save_is_refused_with_both_sides(services, csirt):
    info = services.incidents.create(csirt, incident())
    services.incidents.update(
        csirt, info.id, info.version, replace(info.data, cause="封入の確認漏れ")
    )
    with pytest.raises(EditConflict) as error:
        services.incidents.update(
            csirt, info.id, info.version, replace(info.data, cause="別の原因")
        )
    assert error.value.details.mine["原因"] == "別の原因"
    assert error.value.details.theirs["原因"] == "封入の確認漏れ"


def test_timeline_entries_cannot_be_rewritten(services, csirt, db):
    info = services.incidents.create(csirt, near_miss())
    with pytest.raises(Exception, match="timeline entries cannot be changed"), db.write() as s:
        s.execute(
            text("UPDATE incident_event SET text = 'x' WHERE incident_id = :i"), {"i": info.id}
        )
    with pytest.raises(Exception, match="timeline entries cannot be changed"), db.write() as s:
        s.execute(text("DELETE FROM incident_event WHERE incident_id = :i"), {"i": info.id})


def test_duty_done_moves_the_next_deadline(services, csirt):
    info = services.incidents.create(csirt, incident(persons_affected=300))
    ciso = next(x for x in info.duties if x.code == d.CISO)
    assert info.next_due_on == ciso.due_on
    services.incident_work.record_duty(csirt, ciso.id, at(hours_ago=1), "対面", "課長同席")
    info = services.incidents.get(csirt, info.id)
    done = next(x for x in info.duties if x.code == d.CISO)
    assert done.state == d.DONE and done.method == "対面"
    assert info.next_due_on == min(x.due_on for x in info.duties if x.done_at is None)


def test_overdue_duty_shows_as_overdue(services, csirt):
    long_ago = at(days_ago=40)
    info = services.incidents.create(
        csirt,
        incident(
            occurred_at=long_ago, discovered_at=long_ago, reported_at=long_ago, sensitive_data=True
        ),
    )
    states = {x.code: x.state for x in info.duties}
    assert states[d.PPC_FINAL] == d.OVERDUE


def test_notifications_attachments_and_links(services, csirt, admin):
    one = services.incidents.create(csirt, incident())
    two = services.incidents.create(csirt, near_miss())
    services.incident_work.add_notification(
        csirt, one.id, "警察", at(hours_ago=3), "電話", "生活安全課"
    )
    with pytest.raises(ValidationError):
        services.incident_work.add_notification(csirt, one.id, "町内会", at(1), "電話")
    file_id = services.incident_work.add_attachment(
        csirt, one.id, "C:/tmp/メール.eml", b"From: x\n"
    )
    name, data = services.incident_work.attachment_data(csirt, file_id)
    assert name == "メール.eml" and data == b"From: x\n"
    # Stored as a safe base name whatever the client sent; Windows device names refused.
    hostile = services.incident_work.add_attachment(
        csirt, one.id, "..\\..\\Startup\\evil\u202etxt.bat", b"x"
    )
    assert services.incident_work.attachment_data(csirt, hostile)[0] == "eviltxt.bat"
    with pytest.raises(ValidationError, match="予約名"):
        services.incident_work.add_attachment(csirt, one.id, "C:\\CON.txt", b"x")
    services.settings.update(admin, {"incident_attachment_max_mb": 1})
    with pytest.raises(ValidationError, match="大きすぎます"):
        services.incident_work.add_attachment(csirt, one.id, "big.pdf", b"x" * (1024 * 1024 + 1))
    services.incident_work.link(csirt, one.id, two.ref, "同じ窓口")
    with pytest.raises(ValidationError):
        services.incident_work.link(csirt, two.id, one.ref)
    one, two = services.incidents.get(csirt, one.id), services.incidents.get(csirt, two.id)
    assert [x.ref for x in one.links] == [two.ref] and [x.ref for x in two.links] == [one.ref]
    assert one.notifications[0].target == "警察"
    assert one.attachments[0].sha256 and one.attachments[0].size == 8
    services.incident_work.withdraw_attachment(csirt, file_id, "別事案のファイル")
    assert services.incidents.get(csirt, one.id).attachments[0].withdrawn


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_readers_cannot_write(services, csirt, make_user, role):
    reader = make_user(f"r_{role}", role)
    info = services.incidents.create(csirt, incident(persons_affected=200))
    nm = services.incidents.create(csirt, near_miss())
    duty = info.duties[0]
    work = services.incident_work
    attempts = [
        lambda: services.incidents.create(reader, near_miss()),
        lambda: services.incidents.update(reader, info.id, info.version, info.data),
        lambda: services.incidents.change_status(reader, info.id, info.version, v.INITIAL),
        lambda: services.incidents.promote(reader, nm.id, nm.version),
        lambda: work.add_note(reader, info.id, "メモ"),
        lambda: work.record_duty(reader, duty.id, at(1)),
        lambda: work.add_notification(reader, info.id, "警察", at(1)),
        lambda: work.add_attachment(reader, info.id, "a.txt", b"a"),
        lambda: work.link(reader, info.id, nm.ref),
        lambda: services.incident_masters.add_category(reader, "新分類"),
        lambda: services.incident_masters.add_severity(reader, "致命的", 9),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert services.incidents.get(reader, info.id).ref == info.ref


def test_master_lists_are_seeded_and_editable(services, admin):
    categories = services.incident_masters.categories(admin)
    labels = [c.label for c in categories]
    assert labels[:4] == [
        "誤送付・誤送信",
        "誤送付・誤送信 › メール",
        "誤送付・誤送信 › FAX",
        "誤送付・誤送信 › 郵便・配送",
    ]
    assert "マルウェア・不正アクセス › ランサムウェア" in labels
    added = services.incident_masters.add_category(admin, "SNS", parent_id=categories[0].id)
    assert added.label == "誤送付・誤送信 › SNS"
    with pytest.raises(ValidationError):
        services.incident_masters.add_category(admin, "SNS", parent_id=categories[0].id)
    assert [s.name for s in services.incident_masters.severities(admin)] == [
        "軽微",
        "低",
        "中",
        "高",
        "重大",
    ]


def test_inactive_category_is_refused_for_new_records(services, admin, csirt):
    category = services.incident_masters.categories(admin)[1]
    services.incident_masters.set_category_active(admin, category.id, False)
    with pytest.raises(ValidationError) as error:
        services.incidents.create(csirt, near_miss(category_id=category.id))
    assert error.value.for_field("category_id")


def test_category_top_level_is_kept_for_grouping(services, csirt, admin, db):
    mail = next(
        c for c in services.incident_masters.categories(admin) if c.label.endswith("メール")
    )
    info = services.incidents.create(csirt, incident(category_id=mail.id))
    assert info.category_name == "誤送付・誤送信 › メール"
    with db.read() as s:
        top = s.execute(text("SELECT category_top_id FROM incident WHERE id = :i"), {"i": info.id})
        assert top.scalar() == mail.parent_id


def test_input_round_trips_through_the_record(services, csirt, org):
    data = incident(
        department_id=org["zei"].id,
        reporter_staff_id=org["reporter"].id,
        segment="lgwan",
        classification="3B",
        tags="郵送, 封入",
        persons_affected=2,
        leaked_items="氏名、住所、税額",
    )
    info = services.incidents.create(csirt, data)
    assert info.data == replace(data, tags="郵送 封入")
    assert info.reporter_name == "山田 太郎" and info.department_name == "税務課"
    assert isinstance(info.data, IncidentInput)
