from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.audits import AuditKind, AuditStatus
from secdesk.domain.errors import EditConflict, PermissionDenied, SecdeskError, ValidationError
from secdesk.io.tabular import read_csv_bytes, read_table
from secdesk.services.audits.service import AuditInput
from tests.services.audits.conftest import SAMPLE

GUIDELINE = (
    "項目,No.,必須,監査項目,監査資料の例,監査実施の例,ポリシーガイドライン例文番号,"
    "関連JIS Q 27002番号,留意事項\r\n"
    "組織体制＞推進体制,1,○,CISOが任命されているか。,任命通知,通知を確認する。,1.1,5.2,\r\n"
    ",2,,委員会が開催されているか。,議事録,,1.2,5.4,年1回以上\r\n"
    "情報資産 > 分類,3,○,台帳があるか。,台帳,,2.1,5.9,\r\n"
)


def test_sample_checklist_is_marked_as_a_sample_and_imports(register, admin):
    table = read_table(SAMPLE)
    assert table.encoding == "utf-8-sig"
    assert all(row.values[0].startswith("【サンプル】") for row in table.rows)
    assert "見本（サンプル）" in table.rows[0].values[table.column("留意事項")]
    info = register.checklists.apply(admin, table, 2026, "監査チェックリスト（サンプル）")
    assert info.item_count == len(table.rows) == 24
    items = register.checklists.items(admin, info.id)
    assert items[0].category == "【サンプル】組織体制 › 推進体制" and items[0].required
    assert {i.applies_to for i in items} == {"all", "systems"}


def test_guideline_columns_with_merged_category_cells(register, admin):
    table = read_csv_bytes(GUIDELINE.encode("cp932"), source="guideline.csv")
    info = register.checklists.apply(admin, table, 2026, "監査項目")
    first, second, third = register.checklists.items(admin, info.id)
    assert (first.category_major, first.category_minor) == ("組織体制", "推進体制")
    assert second.category == "組織体制 › 推進体制"  # blank cell continues the one above
    assert (second.required, second.notes, second.policy_ref, second.jis_ref) == (
        False,
        "年1回以上",
        "1.2",
        "5.4",
    )
    assert (third.category_major, third.category_minor) == ("情報資産", "分類")


def test_issue_short_columns_are_accepted(register, admin):
    table = read_csv_bytes(
        "項目番号,分類,監査項目,参照\r\nA-1,組織,体制はあるか,基本方針第3条\r\n".encode()
    )
    info = register.checklists.apply(admin, table, 2026, "短い様式")
    (item,) = register.checklists.items(admin, info.id)
    assert (item.code, item.category, item.reference) == ("A-1", "組織", "基本方針第3条")


def test_bad_rows_are_all_reported_and_nothing_is_written(register, admin):
    body = (
        "No.,監査項目,必須,対象所属\r\n"
        "1,体制はあるか,○,\r\n"
        "1,重複した番号,,\r\n"
        ",番号がない,,\r\n"
        "4,,要,全庁\r\n"
    )
    table = read_csv_bytes(body.encode("utf-8-sig"))
    plan = register.checklists.plan(admin, table, 2026, "誤りのある表")
    messages = [str(p) for p in plan.errors]
    assert any(m.startswith("3行目") and "重複" in m for m in messages)
    assert any(m.startswith("4行目") and "項目番号が空" in m for m in messages)
    assert any(m.startswith("5行目") and "監査項目が空" in m for m in messages)
    assert any(m.startswith("5行目") and "必須欄" in m for m in messages)
    assert any(m.startswith("5行目") and "対象所属" in m for m in messages)
    with pytest.raises(ValidationError):
        register.checklists.apply(admin, table, 2026, "誤りのある表")
    assert register.checklists.list(admin) == []
    info = register.checklists.apply(admin, table, 2026, "誤りのある表", only_good_rows=True)
    assert info.item_count == 1


def test_missing_required_column_is_named(register, admin):
    table = read_csv_bytes("番号じゃない,本文\r\n1,x\r\n".encode())
    plan = register.checklists.plan(admin, table, 2026, "x")
    assert any("No." in str(p) for p in plan.errors) and any(
        "監査項目" in str(p) for p in plan.errors
    )


def test_reimport_adds_a_revision_and_old_audits_keep_old_wording(register, admin, org):
    first = register.checklists.apply(
        admin, read_csv_bytes("No.,監査項目\r\n1,旧い文言\r\n".encode()), 2026, "表"
    )
    audit = register.audits.create(
        admin, AuditInput(AuditKind.INTERNAL, 2026, "内部監査", checklist_id=first.id)
    )
    second = register.checklists.apply(
        admin, read_csv_bytes("No.,監査項目\r\n1,新しい文言\r\n".encode()), 2026, "表"
    )
    assert (first.revision, second.revision) == (1, 2)
    kept = register.audits.get(admin, audit.id).checklist_id
    assert register.checklists.items(admin, kept)[0].text == "旧い文言"


def test_audit_numbers_are_per_fiscal_year_and_gap_free(register, admin, org):
    made = [
        register.audits.create(admin, AuditInput(AuditKind.INTERNAL, year, f"監査{n}"))
        for n, year in enumerate((2025, 2026, 2026, 2025))
    ]
    assert [a.number for a in made] == [
        "2025-AUD-0001",
        "2026-AUD-0001",
        "2026-AUD-0002",
        "2025-AUD-0002",
    ]


def test_self_inspection_needs_a_checklist_and_a_scope(register, admin):
    with pytest.raises(ValidationError) as error:
        register.audits.create(admin, AuditInput(AuditKind.SELF_CHECK, 2026, "自己点検"))
    assert error.value.for_field("checklist_id") and error.value.for_field("department_ids")


def test_audit_form_rules(register, admin, org):
    with pytest.raises(ValidationError) as error:
        register.audits.create(
            admin,
            AuditInput(
                AuditKind.INTERNAL,
                2026,
                "",
                period_start=date(2026, 10, 1),
                period_end=date(2026, 9, 1),
                jlis_reported_on=date(2026, 10, 1),
            ),
        )
    assert error.value.for_field("title")
    assert error.value.for_field("period_end")
    assert error.value.for_field("jlis_reported_on")


def test_stale_audit_save_is_refused(register, admin, internal_audit):
    register.audits.update(
        admin,
        internal_audit.id,
        internal_audit.version,
        replace(internal_audit.as_input(), notes="a"),
    )
    with pytest.raises(EditConflict):
        register.audits.update(
            admin,
            internal_audit.id,
            internal_audit.version,
            replace(internal_audit.as_input(), notes="b"),
        )


def test_copy_last_years_audit_keeps_scope_and_checklist_and_resets_answers(
    register, admin, org, checklist
):
    last = register.audits.create(
        admin,
        AuditInput(
            AuditKind.SELF_CHECK,
            2025,
            "令和7年度 情報セキュリティ自己点検",
            period_start=date(2025, 10, 1),
            period_end=date(2025, 10, 31),
            status=AuditStatus.COMPLETED,
            checklist_id=checklist.id,
            department_ids=(org["ka"].id, org["it"].id),
        ),
    )
    copy = register.audits.copy_from(admin, last.id, 2026)
    assert copy.title == "令和8年度 情報セキュリティ自己点検"
    assert copy.department_ids == last.department_ids
    assert copy.checklist_id == checklist.id
    assert (copy.status, copy.period_start, copy.copied_from_id) == (
        AuditStatus.PLANNED,
        date(2026, 10, 1),
        last.id,
    )
    assert register.self_checks.rates(admin, copy.id)[0].answered == 0
    # this year's version of the same checklist is used when there is one
    newer = register.checklists.apply(admin, read_table(SAMPLE), 2027, checklist.title)
    assert register.audits.copy_from(admin, last.id, 2027).checklist_id == newer.id
    entry = register.audits.get(admin, copy.id)
    assert entry.number.startswith("2026-AUD-")


def test_audit_with_live_findings_cannot_be_withdrawn(
    register, admin, internal_audit, make_finding
):
    make_finding(internal_audit)
    with pytest.raises(SecdeskError, match="指摘事項"):
        register.audits.withdraw(admin, internal_audit.id, internal_audit.version, "誤登録")


def test_withdrawn_audit_leaves_the_default_list(register, admin, org):
    from secdesk.services.core.listing import ListQuery

    audit = register.audits.create(admin, AuditInput(AuditKind.INTERNAL, 2026, "誤って登録"))
    register.audits.withdraw(admin, audit.id, audit.version, "二重登録")
    source = register.audits.list_source()
    assert source.count(admin, ListQuery()) == 0
    assert source.count(admin, ListQuery().with_filters(include_withdrawn=True)) == 1
    with pytest.raises(ValidationError):
        register.audits.withdraw(admin, audit.id, audit.version + 1, "")


@pytest.mark.parametrize("model", ["α", "α′", "β", "β′"])
def test_jlis_duty_follows_the_network_model(services, register, admin, org, model):
    services.settings.update(admin, {"network_model": model})
    duty = register.audits.jlis_duty(admin, 2026)
    assert duty.owed is (model != "α")
    external = register.audits.create(
        admin, AuditInput(AuditKind.EXTERNAL, 2026, "外部監査", auditor_org="監査法人")
    )
    duty = register.audits.jlis_duty(admin, 2026)
    assert duty.fulfilled is (model == "α")
    register.audits.update(
        admin,
        external.id,
        external.version,
        replace(external.as_input(), jlis_reported_on=date(2026, 11, 1)),
    )
    duty = register.audits.jlis_duty(admin, 2026)
    assert duty.fulfilled and (model == "α" or "報告済み" in duty.message())


@pytest.mark.parametrize("role", ["auditor", "viewer", "training"])
def test_only_audit_editors_write_audits_and_checklists(register, make_user, role, org):
    actor = make_user(f"u_{role}", role)
    with pytest.raises(PermissionDenied):
        register.audits.create(actor, AuditInput(AuditKind.INTERNAL, 2026, "監査"))
    with pytest.raises(PermissionDenied):
        register.checklists.apply(actor, read_table(SAMPLE), 2026, "表")
    with pytest.raises(PermissionDenied):
        register.ratings.add(actor, "要注意")


def test_csirt_edits_audits(register, make_user, org):
    csirt = make_user("csirt1", "csirt")
    audit = register.audits.create(csirt, AuditInput(AuditKind.INTERNAL, 2026, "監査"))
    assert audit.number == "2026-AUD-0001"


def test_ratings_are_an_editable_list(register, admin, internal_audit, make_finding, ratings):
    assert list(ratings) == ["重大", "指摘", "観察", "良好事例"]
    good = make_finding(internal_audit, rating="良好事例")
    assert good.status == "no_action"
    register.ratings.update(admin, ratings["良好事例"].id, requires_action=True)
    assert register.findings.get(admin, good.id).status == "open"
    added = register.ratings.add(admin, "要改善")
    register.ratings.update(admin, added.id, active=False)
    assert "要改善" not in {r.name for r in register.ratings.list(admin)}
    with pytest.raises(ValidationError):
        register.ratings.add(admin, "重大")
