from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.errors import EditConflict, PermissionDenied, SecdeskError, ValidationError
from secdesk.services.audits.corrective_actions import ActionInput
from secdesk.services.audits.findings import FindingInput
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_OVERDUE, ListQuery


def test_finding_numbers_and_derived_status(register, admin, internal_audit, make_finding):
    finding = make_finding(internal_audit)
    assert finding.number == "2026-FND-0001"
    assert (finding.status, finding.fiscal_year, finding.action_count) == ("open", 2026, 0)
    assert finding.audit_label.endswith("令和8年度 内部監査")


def test_finding_closes_only_when_actions_are_verified_or_risk_accepted(
    register, admin, internal_audit, make_finding, make_action
):
    finding = make_finding(internal_audit)
    first = make_action(finding)
    second = make_action(finding, plan="職員に再周知する", due=date(2027, 1, 31))
    assert register.findings.get(admin, finding.id).status == "in_progress"
    done = register.actions.update(
        admin, first.id, first.version, replace(first.as_input(), status="done")
    )
    assert done.completed_on == date(2026, 11, 25)
    assert register.findings.get(admin, finding.id).status == "in_progress"  # not verified yet
    register.actions.verify(admin, done.id, done.version, "管理簿を確認した")
    assert register.findings.get(admin, finding.id).status == "in_progress"  # second is open
    register.actions.accept_risk(
        admin, second.id, second.version, "全庁研修で代替するため", "CISO 副市長 佐藤"
    )
    closed = register.findings.get(admin, finding.id)
    assert (closed.status, closed.closed_on, closed.next_due) == (
        "closed",
        date(2026, 11, 25),
        None,
    )


def test_risk_acceptance_needs_reason_and_approver(
    register, admin, internal_audit, make_finding, make_action
):
    action = make_action(make_finding(internal_audit))
    with pytest.raises(ValidationError) as error:
        register.actions.accept_risk(admin, action.id, action.version, "", " ")
    assert error.value.for_field("risk_reason") and error.value.for_field("risk_approver")


def test_only_done_actions_can_be_verified_and_verified_ones_are_frozen(
    register, admin, internal_audit, make_finding, make_action
):
    action = make_action(make_finding(internal_audit))
    with pytest.raises(SecdeskError, match="完了"):
        register.actions.verify(admin, action.id, action.version)
    done = register.actions.update(
        admin, action.id, action.version, replace(action.as_input(), status="done")
    )
    verified = register.actions.verify(admin, done.id, done.version)
    assert verified.closed and verified.verified_by == "admin"
    with pytest.raises(SecdeskError, match="再開"):
        register.actions.update(admin, verified.id, verified.version, verified.as_input())
    reopened = register.actions.reopen(admin, verified.id, verified.version, "証跡が不十分")
    assert (reopened.status, reopened.verified_at, reopened.closed) == ("in_progress", None, False)
    notes = register.actions.get(admin, reopened.id).notes
    assert notes[-1].text == "再開: 証跡が不十分"


def test_auditor_verifies_only_when_the_administrator_granted_it(
    services, register, admin, make_user, internal_audit, make_finding, make_action
):
    auditor = make_user("kansa", "auditor")
    action = make_action(make_finding(internal_audit))
    done = register.actions.update(
        admin, action.id, action.version, replace(action.as_input(), status="done")
    )
    with pytest.raises(PermissionDenied, match="管理者に確認の権限"):
        register.actions.verify(auditor, done.id, done.version)
    assert not register.actions.may_verify(auditor)
    account = next(u for u in services.accounts.list_users(admin) if u.username == "kansa")
    services.accounts.update_user(admin, account.id, account.version, may_verify_actions=True)
    # the grant counts at once, without logging in again (the actor value is unchanged)
    assert register.actions.may_verify(auditor)
    verified = register.actions.verify(auditor, done.id, done.version, "現地で確認")
    assert verified.verified_by == "kansa"
    assert register.findings.get(admin, done.finding_id).status == "closed"
    # granted or not, the auditor changes nothing else
    with pytest.raises(PermissionDenied):
        register.actions.add_note(auditor, done.id, "メモ")
    with pytest.raises(PermissionDenied):
        register.actions.reopen(auditor, verified.id, verified.version, "誤り")
    entry = services.trail.recent(admin, 1, entity="audit_action", entity_id=str(done.id))[0]
    assert (entry.action, entry.actor_name) == ("verify", "kansa")


def test_revoked_grant_is_refused_at_once(
    services, register, admin, make_user, internal_audit, make_finding, make_action
):
    auditor = make_user("kansa2", "auditor")
    account = next(u for u in services.accounts.list_users(admin) if u.username == "kansa2")
    account = services.accounts.update_user(
        admin, account.id, account.version, may_verify_actions=True
    )
    auditor = services.accounts.login("kansa2", "kansa2-initial-pw").actor()
    assert auditor.may_verify_actions
    services.accounts.update_user(admin, account.id, account.version, may_verify_actions=False)
    action = make_action(make_finding(internal_audit))
    done = register.actions.update(
        admin, action.id, action.version, replace(action.as_input(), status="done")
    )
    with pytest.raises(PermissionDenied):
        register.actions.verify(auditor, done.id, done.version)


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_readers_cannot_write_findings_or_actions(
    register, make_user, role, internal_audit, make_finding, make_action, ratings, org
):
    actor = make_user(f"r_{role}", role)
    finding = make_finding(internal_audit)
    action = make_action(finding)
    with pytest.raises(PermissionDenied):
        register.findings.create(actor, FindingInput(internal_audit.id, "x", ratings["指摘"].id))
    with pytest.raises(PermissionDenied):
        register.findings.update(actor, finding.id, finding.version, finding.as_input())
    with pytest.raises(PermissionDenied):
        register.findings.withdraw(actor, finding.id, finding.version, "理由")
    with pytest.raises(PermissionDenied):
        register.actions.create(actor, finding.id, action.as_input())
    with pytest.raises(PermissionDenied):
        register.actions.update(actor, action.id, action.version, action.as_input())
    with pytest.raises(PermissionDenied):
        register.actions.accept_risk(actor, action.id, action.version, "r", "a")
    with pytest.raises(PermissionDenied):
        register.actions.add_evidence(actor, action.id, "a.txt", b"x")
    with pytest.raises(PermissionDenied):
        register.actions.withdraw(actor, action.id, action.version, "r")
    with pytest.raises(PermissionDenied):
        register.actions.verify(actor, action.id, action.version)
    # reading and listing work for both
    assert register.findings.get(actor, finding.id).number == finding.number
    assert register.actions.list_source().count(actor, ListQuery()) == 1


def test_action_form_rules(register, admin, internal_audit, make_finding):
    finding = make_finding(internal_audit)
    with pytest.raises(ValidationError) as error:
        register.actions.create(admin, finding.id, ActionInput("", None, None))
    for field in ("plan", "owner_department_id", "due_date"):
        assert error.value.for_field(field), field


def test_progress_notes_are_dated_and_only_added(
    register, admin, internal_audit, make_finding, make_action
):
    action = make_action(make_finding(internal_audit))
    register.actions.add_note(admin, action.id, "所属長に督促した", date(2026, 11, 20))
    register.actions.add_note(admin, action.id, "管理簿の案を受領")
    detail = register.actions.get(admin, action.id)
    assert [(n.noted_on, n.text) for n in detail.notes] == [
        (date(2026, 11, 20), "所属長に督促した"),
        (date(2026, 11, 25), "管理簿の案を受領"),
    ]
    assert detail.action.last_note_on == date(2026, 11, 25)
    # a note does not make an open form stale
    assert detail.action.version == action.version
    with pytest.raises(ValidationError):
        register.actions.add_note(admin, action.id, "未来", date(2026, 12, 1))
    assert not hasattr(register.actions, "update_note") and not hasattr(
        register.actions, "delete_note"
    )


def test_evidence_is_stored_with_sha256_and_checked_when_saved(
    services, register, admin, internal_audit, make_finding, make_action, tmp_path, db
):
    import hashlib

    from sqlalchemy import update

    from secdesk.domain.errors import EnvironmentProblem
    from secdesk.store.models import ActionEvidence

    action = make_action(make_finding(internal_audit))
    content = "持ち出し管理簿（令和8年11月）".encode()
    evidence = register.actions.add_evidence(
        admin, action.id, r"C:\\共有\\管理簿.xlsx", content, "写し"
    )
    assert evidence.filename == "管理簿.xlsx"
    assert evidence.sha256 == hashlib.sha256(content).hexdigest() and evidence.size == len(content)
    record = register.actions.save_evidence(admin, evidence.id, tmp_path / "out.xlsx")
    assert (tmp_path / "out.xlsx").read_bytes() == content and record.sha256 == evidence.sha256
    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("export", "audit_evidence")
    with db.write() as session:
        session.execute(
            update(ActionEvidence)
            .where(ActionEvidence.id == evidence.id)
            .values(content=b"tampered")
        )
    with pytest.raises(EnvironmentProblem, match="SHA-256"):
        register.actions.save_evidence(admin, evidence.id, tmp_path / "again.xlsx")
    assert not (tmp_path / "again.xlsx").exists()
    with pytest.raises(ValidationError):
        register.actions.add_evidence(admin, action.id, "empty.txt", b"")


def test_withdrawing_a_finding_withdraws_its_actions(
    register, admin, internal_audit, make_finding, make_action
):
    finding = make_finding(internal_audit)
    action = make_action(finding)
    finding = register.findings.get(admin, finding.id)
    withdrawn = register.findings.withdraw(admin, finding.id, finding.version, "監査人の誤認")
    assert withdrawn.status == "withdrawn" and withdrawn.withdrawn_reason == "監査人の誤認"
    assert register.actions.get(admin, action.id).action.withdrawn
    source = register.findings.list_source()
    assert source.count(admin, ListQuery()) == 0
    assert source.count(admin, ListQuery().with_filters(include_withdrawn=True)) == 1
    with pytest.raises(SecdeskError):
        register.findings.update(admin, finding.id, withdrawn.version, finding.as_input())


def test_stale_finding_save_is_refused_with_both_sides(
    register, admin, internal_audit, make_finding
):
    finding = make_finding(internal_audit)
    register.findings.update(
        admin, finding.id, finding.version, replace(finding.as_input(), risk="漏えい")
    )
    with pytest.raises(EditConflict) as error:
        register.findings.update(
            admin, finding.id, finding.version, replace(finding.as_input(), risk="紛失")
        )
    assert (
        error.value.details.mine["risk"] == "紛失"
        and error.value.details.theirs["risk"] == "漏えい"
    )


def test_recurring_finding_history_is_linked_both_ways(
    register, admin, org, checklist, make_finding
):
    from secdesk.domain.audits import AuditKind
    from secdesk.services.audits.service import AuditInput

    years = {}
    for year in (2024, 2025, 2026):
        years[year] = register.audits.create(
            admin, AuditInput(AuditKind.INTERNAL, year, f"{year}監査")
        )
    first = make_finding(years[2024], title="持ち出し記録なし")
    second = make_finding(years[2025], title="持ち出し記録なし（再）", recurrence_of_id=first.id)
    third = make_finding(years[2026], title="持ち出し記録なし（再々）", recurrence_of_id=second.id)
    numbers = [h.number for h in register.findings.history(admin, second.id)]
    assert numbers == [first.number, second.number, third.number]
    candidates = register.findings.recurrence_candidates(admin, 2026, org["ka"].id)
    assert [c.number for c in candidates] == [second.number, first.number]
    with pytest.raises(ValidationError) as error:
        make_finding(years[2024], recurrence_of_id=third.id)
    assert error.value.for_field("recurrence_of_id")


def test_finding_list_filters(
    register, admin, org, internal_audit, make_finding, make_action, ratings
):
    late = make_finding(
        internal_audit, title="サーバ室の入退室記録がない", department="it", rating="重大"
    )
    make_action(late, due=date(2026, 11, 1))
    soon = make_finding(internal_audit, title="パスワードの付箋", department="ka")
    make_action(soon, due=date(2026, 12, 1))
    make_finding(internal_audit, title="研修の受講率が高い", department="shimin", rating="良好事例")
    source = register.findings.list_source()

    def numbers(**filters):
        query = ListQuery(filters.pop("text", ""))
        query = query.with_filters(**filters)
        ids = source.ids(admin, query)
        assert source.count(admin, query) == len(ids)
        rows = source.rows(admin, ids)
        return [rows[i].values[5] for i in ids]

    assert len(numbers()) == 3
    assert numbers(due="overdue") == ["サーバ室の入退室記録がない"]
    assert numbers(due="due_soon") == ["パスワードの付箋"]
    assert numbers(rating_id=ratings["重大"].id) == ["サーバ室の入退室記録がない"]
    assert numbers(departments=(org["shimin"].id,)) == ["研修の受講率が高い"]
    assert sorted(numbers(status="open_all")) == ["サーバ室の入退室記録がない", "パスワードの付箋"]
    assert numbers(status="no_action") == ["研修の受講率が高い"]
    assert numbers(fiscal_year=2025) == []
    assert numbers(audit_id=internal_audit.id, text="ふせん") == []  # 付箋 is kanji
    assert numbers(text="ﾊﾟｽﾜｰﾄﾞ") == ["パスワードの付箋"]
    rows = source.rows(admin, source.ids(admin, ListQuery()))
    states = {r.values[5]: r.state for r in rows.values()}
    assert states == {
        "サーバ室の入退室記録がない": STATE_OVERDUE,
        "パスワードの付箋": STATE_DUE_SOON,
        "研修の受講率が高い": STATE_DONE,
    }


def test_follow_up_list_filters_and_lateness(
    register, admin, org, internal_audit, make_finding, make_action
):
    finding = make_finding(internal_audit)
    late = make_action(finding, due=date(2026, 11, 15), plan="管理簿を整備")
    make_action(finding, due=date(2026, 12, 5), plan="再周知")
    done = make_action(finding, due=date(2026, 10, 1), plan="鍵を交換")
    register.actions.update(admin, done.id, done.version, replace(done.as_input(), status="done"))
    source = register.actions.list_source()

    def plans(**filters):
        ids = source.ids(admin, ListQuery().with_filters(**filters))
        rows = source.rows(admin, ids)
        return [(rows[i].values[5], rows[i].values[1], rows[i].state) for i in ids]

    assert plans(due="overdue") == [("管理簿を整備", "10日超過", STATE_OVERDUE)]
    assert plans(due="due_soon") == [("再周知", "あと10日", STATE_DUE_SOON)]
    assert [p[0] for p in plans(status="awaiting")] == ["鍵を交換"]
    assert [p[0] for p in plans(status="pending")] == ["管理簿を整備", "再周知"]
    assert [p[0] for p in plans(departments=(org["it"].id,))] == []
    assert [p[0] for p in plans(finding_id=finding.id)] == ["鍵を交換", "管理簿を整備", "再周知"]
    late_row = source.rows(admin, [late.id])[late.id]
    assert late_row.values[2] == finding.number
