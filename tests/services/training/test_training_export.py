import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.domain.training import OverrideMode
from secdesk.io.tabular import read_csv_bytes
from tests.training_data import build_org, course

HEADER = "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,last_name,position\n"


@pytest.fixture
def year(services, admin):
    org = build_org(services, admin)
    made = course(services, admin, title="情報セキュリティ研修（全職員）")
    attendance = services.training.attendance
    attendance.record_by_number(admin, made.id, "0001", date(2026, 11, 10), score=88)
    attendance.record_by_number(admin, made.id, "0003", date(2026, 11, 12))
    attendance.set_override(
        admin, made.id, org["staff"]["0002"].id, OverrideMode.EXEMPT, "育児休業"
    )
    drill = course(
        services, admin, "PH1", "phishing", due=date(2026, 10, 1), title="標的型攻撃メール訓練"
    )
    rows = "\n".join(
        [
            "a,Clicked Link,,,,2026-10-01T00:00:05Z,false,2026-10-01T01:00:00Z,u0001@city.example.lg.jp,,,",
            "b,Email Sent,,,,2026-10-01T00:00:05Z,true,2026-10-01T01:00:00Z,u0004@city.example.lg.jp,,,",
        ]
    )
    services.training.gophish.apply(
        admin, drill.id, read_csv_bytes((HEADER + rows + "\n").encode())
    )
    return {"org": org, "course": made, "drill": drill}


def test_year_export_has_one_row_per_person_and_course(services, admin, year, tmp_path):
    path = tmp_path / "training.csv"
    record = services.training.exports.export_year(admin, 2026, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert record.rows == len(rows) == 10  # 5 people x 2 courses (伊藤 left in June)
    yamada = next(r for r in rows if r["研修コード"] == "R8-ALL" and r["職員番号"] == "0001")
    assert (yamada["状況"], yamada["完了日"], yamada["得点"]) == ("完了", "2026-11-10", "88.0")
    sato = next(r for r in rows if r["研修コード"] == "R8-ALL" and r["職員番号"] == "0003")
    assert sato["所属（期限日時点）"] == "税務課"
    takahashi = next(r for r in rows if r["研修コード"] == "R8-ALL" and r["職員番号"] == "0002")
    assert (takahashi["状況"], takahashi["免除・個別指定"]) == ("免除", "免除（育児休業）")
    clicked = next(r for r in rows if r["研修コード"] == "PH1" and r["職員番号"] == "0001")
    assert (clicked["訓練結果"], clicked["報告"]) == ("クリック", "なし")
    unsent = next(r for r in rows if r["研修コード"] == "PH1" and r["職員番号"] == "0005")
    assert (unsent["状況"], unsent["訓練結果"]) == ("未完了", "未送信")
    entry = services.trail.recent(admin, 1, entity="training")[0]
    assert entry.action == "export" and '"rows":10' in entry.details


def test_year_export_to_excel_with_a_department_summary(services, admin, year, tmp_path):
    path = tmp_path / "training.xlsx"
    services.training.exports.export_year(admin, 2026, path, label="取扱注意")
    book = load_workbook(path)
    assert book.sheetnames == ["受講状況", "所属別集計"]
    summary = list(book["所属別集計"].iter_rows(min_row=2, values_only=True))
    tax = next(r for r in summary if r[0] == "R8-ALL" and r[4] == "税務課")
    assert tax[5:] == (2, 1, 0, 1, 50.0, "未達")


def test_non_completers_one_file_per_department(services, admin, year, tmp_path):
    path = tmp_path / "未受講者.csv"
    records = services.training.exports.export_non_completers(
        admin, year["course"].id, path, per_department=True
    )
    names = sorted(r.path.name for r in records)
    assert names == ["未受講者_130_情報政策課.csv", "未受講者_330_税務課.csv"]
    text = (tmp_path / "未受講者_330_税務課.csv").read_text(encoding="utf-8-sig")
    assert "鈴木 一郎" in text and "佐藤" not in text
    assert len(services.trail.recent(admin, 5, entity="non_completers")) == 2


def test_non_completers_one_sheet_per_department(services, admin, year, tmp_path):
    path = tmp_path / "未受講者.xlsx"
    (record,) = services.training.exports.export_non_completers(
        admin, year["course"].id, path, per_department=True
    )
    assert record.rows == 2
    assert load_workbook(path).sheetnames == ["130 情報政策課", "330 税務課"]
    only_tax = tmp_path / "税務課.csv"
    services.training.exports.export_non_completers(
        admin, year["course"].id, only_tax, departments=(year["org"]["departments"]["330"].id,)
    )
    assert len(only_tax.read_text(encoding="utf-8-sig").splitlines()) == 2


def test_report_for_the_year_with_appendix(services, admin, year, tmp_path):
    path = tmp_path / "report.pdf"
    record = services.training.report.write(
        admin, 2026, path, with_non_completers=True, organisation="〇〇市", label="取扱注意"
    )
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert record.rows == len(reader.pages) >= 3
    assert "令和8年度 情報セキュリティ研修・訓練 実施状況報告書" in text
    assert "税務課" in text and "未達" in text and "付録" in text and "鈴木 一郎" in text
    assert "クリック率" in text and "取扱注意" in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        for font in [font.get_object()]
    }
    assert any("BIZUDGothic" in f for f in fonts)
    entry = services.trail.recent(admin, 1, entity="training")[0]
    assert entry.action == "report"


def test_report_of_one_course_and_of_an_empty_year(services, admin, year, tmp_path):
    path = tmp_path / "course.pdf"
    services.training.report.write(admin, 2026, path, course_id=year["course"].id)
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "R8-ALL" in text and "PH1" not in text
    with pytest.raises(ValidationError, match="令和5年度"):
        services.training.report.write(admin, 2023, tmp_path / "empty.pdf")


def test_viewers_may_not_export(services, admin, year, make_user, tmp_path):
    viewer = make_user("etsuran", "viewer")
    with pytest.raises(PermissionDenied):
        services.training.exports.export_year(viewer, 2026, tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        services.training.report.write(viewer, 2026, tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        services.training.exports.export_non_completers(
            viewer, year["course"].id, tmp_path / "x.csv", per_department=True
        )
    assert not list(tmp_path.glob("x*"))
    auditor = make_user("kansa", "auditor")
    services.training.exports.export_year(auditor, 2026, tmp_path / "a.csv")
