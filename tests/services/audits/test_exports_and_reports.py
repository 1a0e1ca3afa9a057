import csv
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from secdesk.domain.errors import PermissionDenied
from secdesk.services.core.listing import ListQuery


@pytest.fixture
def worked(register, admin, internal_audit, make_finding, make_action):
    """An audit with a finding in each state, actions in each state, notes and evidence."""
    late = make_finding(internal_audit, title='=HYPERLINK("http://x")', rating="重大")
    overdue = make_action(late, due=date(2026, 11, 1), plan="管理簿を整備する")
    register.actions.add_note(admin, overdue.id, "督促した", date(2026, 11, 20))
    register.actions.add_evidence(admin, overdue.id, "督促メール.txt", "督促の写し".encode())
    closed = make_finding(internal_audit, title="入退室記録の不備", department="it")
    action = make_action(closed, plan="入退室記録を電子化")
    action = register.actions.update(
        admin, action.id, action.version, replace(action.as_input(), status="done")
    )
    register.actions.verify(admin, action.id, action.version, "記録を確認")
    accepted = make_finding(internal_audit, title="古い端末の更新遅れ", rating="観察")
    risky = make_action(accepted, plan="端末を更新する")
    register.actions.accept_risk(admin, risky.id, risky.version, "来年度の更新計画で対応", "CISO")
    make_finding(internal_audit, title="研修の受講率が高い", rating="良好事例", department="shimin")
    return internal_audit


def test_findings_export_has_one_row_per_action_with_everything(
    register, admin, worked, tmp_path, services
):
    path = tmp_path / "findings.xlsx"
    record = register.exports.export_findings(
        admin, path, ListQuery().with_filters(fiscal_year=2026), label="取扱注意"
    )
    assert record.rows == 4
    sheet = load_workbook(path)["指摘事項・是正処置"]
    header = [c.value for c in sheet[1]]
    rows = [
        dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)
    ]
    first = rows[0]
    assert first["取扱区分"] == "取扱注意"
    assert first["件名"].startswith("'=")  # neutralised, not a formula
    assert first["期限の状況"] == "期限超過 24日" and first["評価"] == "重大"
    assert first["経過"] == "2026-11-20 督促した"
    assert first["証跡（ファイル名 SHA-256）"].startswith("督促メール.txt ")
    verified = next(r for r in rows if r["件名"] == "入退室記録の不備")
    assert (verified["確認"], verified["確認者"], verified["指摘の状態"]) == (
        "確認済",
        "admin",
        "完了",
    )
    accepted = next(r for r in rows if r["件名"] == "古い端末の更新遅れ")
    assert (accepted["処置の状態"], accepted["承認者"]) == ("リスク受容", "CISO")
    good = next(r for r in rows if r["件名"] == "研修の受講率が高い")
    assert good["是正処置"] is None and good["指摘の状態"] == "対応不要"
    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("export", "audit_finding")
    assert '"fiscal_year":2026' in entry.details


def test_findings_export_as_cp932_csv(register, admin, worked, tmp_path):
    path = tmp_path / "findings.csv"
    register.exports.export_findings(admin, path, encoding="cp932")
    with path.open(encoding="cp932", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:6] == ["取扱区分", "年度", "監査番号", "監査種別", "監査名", "指摘番号"]
    assert len(rows) == 5


def test_follow_up_list_has_a_sheet_per_department(
    register, admin, worked, org, make_action, tmp_path
):
    finding = register.findings.list_source().ids(admin, ListQuery("入退室"))[0]
    make_action(register.findings.get(admin, finding), plan="手順書を改訂", due=date(2026, 12, 1))
    path = tmp_path / "followup.xlsx"
    record = register.exports.export_follow_up(
        admin, path, ListQuery().with_filters(fiscal_year=2026)
    )
    book = load_workbook(path)
    assert book.sheetnames == ["110 総務課"]  # every open action is owned by 総務課
    rows = list(book["110 総務課"].iter_rows(min_row=2, values_only=True))
    assert record.rows == 2 == len(rows)
    assert rows[0][8] == "期限超過 24日" and rows[0][11] == "督促した"
    assert rows[1][8] == "期限間近"


def test_audit_result_report(register, admin, worked, tmp_path, services):
    path = tmp_path / "audit.pdf"
    record = register.reports.audit_report(admin, worked.id, path)
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    assert record.rows == len(reader.pages)
    for expected in (
        "内部監査結果報告書",
        "監査委員事務局",
        "評価別の集計",
        "管理簿を整備する",
        "期限超過 24日",
        "リスク受容",
        "取扱注意",
    ):
        assert expected in text, expected
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("BIZUDGothic" in f for f in fonts)
    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("report", "audit_report")


def test_follow_up_report_for_a_fiscal_year(services, register, admin, worked, tmp_path):
    services.settings.update(admin, {"network_model": "β"})
    path = tmp_path / "followup.pdf"
    register.reports.follow_up_report(admin, 2026, path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    for expected in (
        "是正処置フォローアップ状況報告書",
        "令和8年度",
        "J-LIS",
        "所属ごとの是正処置",
        "2026-FND-0001",
        "期限超過 24日",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_auditor_exports_and_viewer_does_not(register, make_user, role, worked, tmp_path):
    actor = make_user(f"e_{role}", role)
    if role == "auditor":
        register.exports.export_findings(actor, tmp_path / "a.csv")
        register.reports.follow_up_report(actor, 2026, tmp_path / "a.pdf")
        assert (tmp_path / "a.csv").exists() and (tmp_path / "a.pdf").exists()
    else:
        with pytest.raises(PermissionDenied):
            register.exports.export_findings(actor, tmp_path / "a.csv")
        with pytest.raises(PermissionDenied):
            register.reports.audit_report(actor, worked.id, tmp_path / "a.pdf")
        assert not (tmp_path / "a.csv").exists()


def test_dashboard_tiles_lead_to_their_lists(services, admin, worked, self_check, register, org):
    tiles = {t.key: t for t in services.dashboard.tiles(admin)}
    assert tiles["audit_open_findings"].value == "1"  # 重大 with an overdue action
    assert tiles["audit_open_findings"].filters == {"tab": "findings", "status": "open_all"}
    assert tiles["audit_overdue_actions"].value == "1"
    assert tiles["audit_overdue_actions"].state == "overdue"
    assert tiles["audit_self_check_rate"].value == "0.0%"
    assert tiles["audit_self_check_rate"].filters["audit_id"] == self_check.id
    assert "audit_jlis" not in tiles  # α owes no J-LIS report
    services.settings.update(admin, {"network_model": "β′"})
    tiles = {t.key: t for t in services.dashboard.tiles(admin)}
    assert tiles["audit_jlis"].value == "未報告"
    source = register.findings.list_source()
    assert source.count(admin, ListQuery().with_filters(status="open_all")) == 1


def test_self_inspection_report_shows_who_has_not_answered(
    register, admin, org, self_check, tmp_path
):
    from secdesk.services.audits.self_checks import AnswerChange

    rows = register.self_checks.answers(admin, self_check.id, org["ka"].id)
    register.self_checks.save_answers(
        admin, self_check.id, org["ka"].id, [AnswerChange(r.item.id, "yes") for r in rows]
    )
    path = tmp_path / "self_check.pdf"
    register.reports.audit_report(admin, self_check.id, path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "自己点検結果報告書" in text and "自己点検の回答状況" in text
    assert "110 総務課" in text and "回答済" in text and "未回答" in text
    assert "100.0%" in text


def test_long_cells_are_wrapped_to_their_column():
    from secdesk.reports.audit_tables import wrap_cell

    text = "入退室記録簿を備え付け、月次で所属長が確認し、その結果を情報政策課に報告する"
    lines = wrap_cell(text, 60).split("\n")
    assert len(lines) > 2 and "".join(lines) == text
    assert wrap_cell("短い", 200) == "短い"
    english = "Keep the entry log at the door and have the head of section check it monthly"
    lines = wrap_cell(english, 60).split("\n")
    assert len(lines) > 2 and " ".join(lines) == english  # broken between words, not inside
    assert all(word in english.split() for line in lines for word in line.split())


def test_follow_up_report_lists_what_needs_attention_or_everything_on_request(
    register, admin, worked, make_finding, make_action, tmp_path
):
    finding = make_finding(worked, title="鍵の管理簿がない")
    make_action(finding, due=date(2027, 3, 31), plan="鍵の貸出簿を作る")  # on track
    path = tmp_path / "attention.pdf"
    register.reports.follow_up_report(admin, 2026, path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "管理簿を整備する" in text and "鍵の貸出簿を作る" not in text
    assert "督促用の所属別一覧" in text
    register.reports.follow_up_report(admin, 2026, path, all_open=True)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "管理簿を整備する" in text and "鍵の貸出簿を作る" in text
