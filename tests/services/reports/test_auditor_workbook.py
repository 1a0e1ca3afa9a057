"""The auditors' workbook and the CSV per register: the cells hold the year's records."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from secdesk.domain import incidents as v
from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.services.incidents.records import IncidentInput
from tests.reports_data import build_year, tokyo


@pytest.fixture
def year(services, admin):
    made = build_year(services, admin)
    services.incidents.create(
        admin,
        IncidentInput(
            kind=v.NEAR_MISS,
            title='=HYPERLINK("http://example.invalid","開く")',
            discovered_at=tokyo(2026, 10, 1),
        ),
    )
    return made


def _rows(sheet) -> list[dict]:
    header = [c.value for c in sheet[1]]
    return [
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]


def test_a_sheet_per_register_with_the_years_records(services, admin, year, tmp_path):
    path = tmp_path / "監査人向け.xlsx"
    record = services.reports.workbook(admin, 2026, path)
    book = load_workbook(path)
    assert book.sheetnames == [
        "この資料について",
        "インシデント・ヒヤリハット",
        "報告義務",
        "研修受講状況",
        "未受講者",
        "指摘事項",
        "是正処置",
    ]
    about = {r[0].value: r[1].value for r in book["この資料について"].iter_rows(min_row=2)}
    assert about["取扱区分"] == "取扱注意" and about["年度"] == "令和8年度（2026年度）"
    assert about["対象所属"] == "全所属" and about["作成者"] == "管理 太郎"

    incidents = _rows(book["インシデント・ヒヤリハット"])
    # Every record of the year in number order, the withdrawn one with its reason.
    assert [r["番号"] for r in incidents] == [
        "2026-INC-0001",
        "2026-INC-0002",
        "2026-INC-0003",
        "2026-INC-0004",
        "2026-NM-0001",
        "2026-NM-0002",
        "2026-NM-0003",
    ]
    withdrawn = incidents[3]
    assert (withdrawn["状態"], withdrawn["取消理由"]) == ("取消", "重複登録のため")
    assert incidents[2]["本人の数"] == 300 and incidents[2]["所属名"] == "税務課"
    assert incidents[0]["発見日時"] == datetime(2026, 5, 10, 10, 0)
    assert incidents[-1]["件名"].startswith("'=HYPERLINK")  # text, not a formula

    duties = _rows(book["報告義務"])
    states = {(r["番号"], r["報告"]): r["状況"] for r in duties}
    assert states[("2026-INC-0001", "CISOへの報告")] == "期限内に実施"
    assert states[("2026-INC-0002", "CISOへの報告")] == "期限後に実施（2日後）"
    assert states[("2026-INC-0003", "CISOへの報告")] == "未実施（期限超過 4日）"
    assert states[("2026-INC-0003", "個人情報保護委員会への確報")] == "未実施（期限前）"
    late = next(r for r in duties if r["番号"] == "2026-INC-0002")
    assert late["期限"] == datetime(2026, 8, 4) and late["実施日時"] == datetime(2026, 8, 6, 11, 0)

    training = {r["所属"]: r for r in _rows(book["研修受講状況"])}
    assert (training["総務課"]["受講率(%)"], training["総務課"]["目標"]) == (100.0, "達成")
    assert (training["税務課"]["受講率(%)"], training["税務課"]["目標"]) == (50.0, "未達")
    assert training["情報政策課"]["免除"] == 1
    people = [(r["職員番号"], r["所属"]) for r in _rows(book["未受講者"])]
    assert people == [("0005", "情報政策課"), ("0004", "税務課")]

    findings = _rows(book["指摘事項"])
    assert [(f["指摘番号"], f["評価"], f["所属"]) for f in findings] == [
        ("2026-FND-0001", "重大", "税務課"),
        ("2026-FND-0002", "指摘", "情報政策課"),
    ]
    actions = {a["指摘番号"]: a for a in _rows(book["是正処置"])}
    late = actions["2026-FND-0001"]
    assert (late["是正処置"], late["期限"], late["期限の状況"]) == (
        "持ち出し管理簿を整備する",
        datetime(2026, 11, 1),
        "期限超過 24日",
    )
    assert late["取扱区分"] == "取扱注意"

    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert sheet.column_dimensions["A"].width > 5, sheet.title
        assert sheet.oddHeader.center.text == "取扱注意", sheet.title
    assert book["報告義務"]["G2"].number_format == "yyyy-mm-dd"
    assert record.rows == 7 + len(duties) + 3 + 2 + 2 + 2

    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("export", "auditor_workbook")
    details = json.loads(entry.details)
    assert details["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert details["rows"] == record.rows


def test_departments_chosen_keep_every_sheet_to_them(services, admin, year, tmp_path):
    path = tmp_path / "shimin.xlsx"
    services.reports.workbook(admin, 2026, path, department_codes=["300"])
    book = load_workbook(path)
    refs = [r["番号"] for r in _rows(book["インシデント・ヒヤリハット"])]
    assert refs == ["2026-INC-0001", "2026-INC-0003", "2026-NM-0002"]
    assert {r["所属"] for r in _rows(book["研修受講状況"])} == {"税務課"}
    assert [r["職員番号"] for r in _rows(book["未受講者"])] == ["0004"]
    assert [r["指摘番号"] for r in _rows(book["指摘事項"])] == ["2026-FND-0001"]


def test_one_register_as_csv_for_other_tools(services, admin, year, tmp_path):
    path = tmp_path / "duties.csv"
    record = services.reports.register_csv(admin, "duties", 2026, path, encoding="cp932")
    with path.open(encoding="cp932", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["番号", "記録の状態", "件名"]
    assert len(rows) == record.rows + 1 == 9
    withdrawn = next(r for r in rows if r[0] == "2026-INC-0004")
    assert (withdrawn[1], withdrawn[10]) == ("取消", "対象外（記録の取消）")
    assert [rows[2][0], rows[2][5], rows[2][6]] == ["2026-INC-0002", "CISOへの報告", "2026-08-04"]
    entry = services.trail.recent(admin, 1)[0]
    details = json.loads(entry.details)
    assert (entry.entity, details["filters"]["register"]) == ("register_csv", "duties")
    with pytest.raises(ValidationError):
        services.reports.register_csv(admin, "payroll", 2026, tmp_path / "x.csv")


class _Cancel:
    def __init__(self) -> None:
        self.calls = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.calls += 1
        if "報告義務" in text:
            raise KeyboardInterrupt  # what a cancel looks like from inside: any exception

    def check(self) -> None:
        pass


def test_cancel_leaves_no_workbook_and_no_trail_entry(services, admin, year, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    before = services.trail.recent(admin, 1)[0].seq
    with pytest.raises(KeyboardInterrupt):
        services.reports.workbook(admin, 2026, out / "wb.xlsx", progress=_Cancel())
    assert list(out.iterdir()) == []
    assert services.trail.recent(admin, 1)[0].seq == before


def test_exports_need_the_export_permission(services, make_user, year, tmp_path):
    viewer = make_user("etsuran", "viewer")
    for attempt in (
        lambda: services.reports.workbook(viewer, 2026, tmp_path / "wb.xlsx"),
        lambda: services.reports.register_csv(viewer, "incidents", 2026, tmp_path / "i.csv"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob("*.csv")) == []
    auditor = make_user("kansa", "auditor")
    services.reports.register_csv(auditor, "findings", 2026, tmp_path / "f.csv")
    assert (tmp_path / "f.csv").read_text(encoding="utf-8-sig").count("\n") == 3


def test_register_reports_are_reached_from_the_same_place(services, admin, year, tmp_path):
    from pypdf import PdfReader

    from secdesk.services.reports.catalogue import ReportRequest

    reports = services.reports
    keys = [k.key for k in reports.catalogue()]
    assert keys[0] == "annual"
    assert {"workbook", "publication", "incident", "audit_result"} <= set(keys)
    made = reports.generate(
        admin, ReportRequest("training", 2026, with_non_completers=True), tmp_path / "t.pdf"
    )
    assert "研修・訓練 実施状況報告書" in PdfReader(made.path).pages[0].extract_text()
    made = reports.generate(
        admin, ReportRequest("incident", 2026, incident="2026-INC-0003"), tmp_path / "i.pdf"
    )
    assert "委託先サーバーのランサムウェア感染" in PdfReader(made.path).pages[0].extract_text()
    made = reports.generate(admin, ReportRequest("audit_follow_up", 2026), tmp_path / "f.pdf")
    assert "フォローアップ状況報告書" in PdfReader(made.path).pages[0].extract_text()
    with pytest.raises(ValidationError):
        reports.generate(admin, ReportRequest("audit_result", 2026), tmp_path / "a.pdf")
    csv_path = tmp_path / "n.csv"
    reports.generate(admin, ReportRequest("csv:non-completers", 2026), csv_path)
    assert "0004" in csv_path.read_text(encoding="utf-8-sig")
