"""The annual information-security report: the figures of a known year, in the PDF's own text."""

from __future__ import annotations

import hashlib
import json

import pytest
from pypdf import PdfReader

from secdesk.domain.errors import PermissionDenied, ValidationError
from tests.reports_data import build_year


@pytest.fixture
def year(services, admin):
    return build_year(services, admin)


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_the_pdf_states_the_year_against_its_targets(services, admin, year, tmp_path):
    path = tmp_path / "年次報告.pdf"
    record = services.reports.annual.write(admin, 2026, path)
    pages = _pages(path)
    assert record.rows == len(pages)
    summary = _lines(pages[0])
    assert "年次情報セキュリティ報告書（令和8年度）" in summary
    assert (
        "令和8年度（2026年度） 2026-04-01 〜 2027-03-31（年度途中: 2026-11-25 までの集計）"
        in summary
    )
    # The tiles: incidents 3 against a target of none, the year before 2.
    first = summary.index("インシデント")
    assert summary[first : first + 4] == [
        "インシデント",
        "3件",
        "目標 0件（未達）",
        "前年度 2件",
    ]
    training = summary.index("全職員研修の受講率")
    assert summary[training : training + 4] == [
        "全職員研修の受講率",
        "50.0%",
        "目標 100%（未達）",
        "R8-ALL 完了 2 / 対象 4 名",
    ]
    below = summary.index("受講率が目標未達の所属")
    assert summary[below + 1 : below + 4] == ["2 所属", "目標 0 所属（未達）", "情報政策課、税務課"]
    overdue = summary.index("期限超過の是正処置")
    assert summary[overdue + 1] == "1件"
    assert "ヒヤリハットの報告" in summary and "2件" in summary
    assert "対象 7件・期限後 1件・未実施で期限超過 1件" in summary
    assert "自己点検の回答率" in summary and "40.0%" in summary
    assert "地方自治法施行規則の改正（2027年7月1日施行）で求められる取組" in summary
    text = "\n".join(pages)
    # The chapters: the late and the missed CISO report, the overdue action with its delay.
    assert "期限後に実施（2日後）" in text and "未実施（期限超過 4日）" in text
    assert "2026-FND-0001" in text and "持ち出し管理簿を整備する" in text and "24日" in text
    assert "R8-ALL 情報セキュリティ研修（全職員）（目標 100%）: 情報政策課、税務課" in text
    assert "税務課" in text and "0.0%▼" in text and "50.0%▼" in text
    # The appendix lists the incidents, not the withdrawn one, not the near-misses.
    appendix = "\n".join(p for p in pages if "今年度のインシデント一覧" in p)
    assert all(ref in appendix for ref in ("2026-INC-0001", "2026-INC-0002", "2026-INC-0003"))
    assert "誤登録" not in appendix and "住民票の写しを渡しかけた" not in appendix
    assert "インシデント 3 件の一覧です。ヒヤリハット（2 件）は件数のみ" in appendix
    for number, page in enumerate(pages, start=1):
        assert "〇〇市　年次情報セキュリティ報告書（令和8年度）" in page, number
        assert "取扱注意" in page and "作成者: 管理 太郎" in page, number
        assert f"{number} / {len(pages)}" in page, number


def test_the_report_is_recorded_with_the_hash_of_the_file(services, admin, year, tmp_path):
    path = tmp_path / "annual.pdf"
    record = services.reports.annual.write(admin, 2026, path, department_codes=["300"])
    entry = services.trail.recent(admin, 1)[0]
    assert (entry.action, entry.entity) == ("report", "annual_report")
    details = json.loads(entry.details)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert details["sha256"] == digest == record.sha256
    assert details["file"] == "annual.pdf"
    assert details["filters"] == {"fiscal_year": 2026, "departments": ["300"]}


def test_counts_beside_the_year_before(services, admin, year):
    annual = services.reports.annual
    report = annual.gather(admin, annual.scope(admin, 2026))
    part = report.incidents
    assert (part.incidents, part.incidents_before) == (3, 2)
    assert (part.near_misses, part.near_misses_before) == (2, 1)
    months = {r.label: r for r in part.months}
    assert [r.label for r in part.months][::11] == ["4月", "3月"]
    assert (months["5月"].incidents, months["6月"].incidents_before) == (1, 1)
    assert (months["6月"].near_misses, months["7月"].near_misses_before) == (1, 1)
    assert (months["2月"].incidents_before, months["9月"].incidents) == (1, 0)  # withdrawn
    segments = {r.label: r for r in part.segments}
    assert segments["LGWAN接続系"].incidents == 2 and segments["（未設定）"].total == 3
    departments = {r.label: r for r in part.departments}
    assert (departments["税務課"].incidents, departments["税務課"].incidents_before) == (2, 1)
    assert departments["総務課"].near_misses == 1 and departments["総務課"].incidents == 0
    duties = {d.label: d for d in part.duties}
    ciso = duties["CISOへの報告"]
    assert (ciso.owed, ciso.on_time, ciso.late, ciso.overdue) == (3, 1, 1, 1)
    assert duties["個人情報保護委員会への確報"].pending == 1
    assert [c.ref for c in part.duty_cases] == ["2026-INC-0002", "2026-INC-0003"]
    assert [r.ref for r in part.appendix] == ["2026-INC-0001", "2026-INC-0002", "2026-INC-0003"]
    assert part.appendix[2].persons == "300" and part.appendix_limit == 0


def test_departments_chosen_keep_every_chapter_to_them(services, admin, year, tmp_path):
    annual = services.reports.annual
    scope = annual.scope(admin, 2026, department_codes=["300"])  # 市民部 › 税務課
    assert scope.label == "市民部（下位の所属を含む）"
    report = annual.gather(admin, scope)
    assert (report.incidents.incidents, report.incidents.incidents_before) == (2, 1)
    assert report.incidents.near_misses == 1
    assert [d.label for d in report.incidents.departments] == ["税務課"]
    main = report.training.main
    assert (main.target, main.completed, main.rate, main.below) == (2, 1, 50.0, ("税務課",))
    assert [d.name for d in report.training.departments] == ["税務課"]
    audits = report.audits
    assert (audits.findings, audits.overdue_total, audits.carried_over) == (1, 1, 0)
    assert audits.self_checks[0].rate == 0.0 and audits.self_checks[0].unanswered == ("税務課",)
    path = tmp_path / "shimin.pdf"
    annual.write(admin, 2026, path, department_ids=[year["departments"]["300"].id])
    assert "対象: 市民部（下位の所属を含む）" in _pages(path)[0]
    with pytest.raises(ValidationError, match="999"):
        annual.scope(admin, 2026, department_codes=["999"])


def test_a_year_with_nothing_recorded_still_reads_well(services, admin, tmp_path):
    path = tmp_path / "empty.pdf"
    services.reports.annual.write(admin, 2030, path)
    text = "\n".join(_pages(path))
    assert "令和12年度（2030年度）" in text
    assert "この年度の研修・訓練は登録されていません。" in text
    assert "今年度のインシデントはありません。" in text
    assert "全職員研修が登録されていません" in text


class _CancelAt:
    """A progress that presses cancel once the report reaches a stage."""

    def __init__(self, words: str) -> None:
        self.words = words
        self.seen: list[str] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.seen.append(text)
        if self.words in text:
            raise _Cancelled

    def check(self) -> None:
        pass


class _Cancelled(Exception):
    pass


@pytest.mark.parametrize("stage", ["研修", "レイアウト"])
def test_cancel_leaves_no_file_and_no_trail_entry(services, admin, year, tmp_path, stage):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "cancelled.pdf"
    before = services.trail.recent(admin, 1)[0].seq
    progress = _CancelAt(stage)
    with pytest.raises(_Cancelled):
        services.reports.annual.write(admin, 2026, path, progress=progress)
    assert any(stage in text for text in progress.seen)
    assert list(out.iterdir()) == []
    assert services.trail.recent(admin, 1)[0].seq == before


def test_only_people_who_may_export_make_reports(services, admin, make_user, year, tmp_path):
    viewer = make_user("etsuran", "viewer")
    with pytest.raises(PermissionDenied):
        services.reports.annual.write(viewer, 2026, tmp_path / "x.pdf")
    auditor = make_user("kansa", "auditor")
    services.reports.annual.write(auditor, 2026, tmp_path / "ok.pdf")
    assert (tmp_path / "ok.pdf").exists() and not (tmp_path / "x.pdf").exists()


def test_in_english_the_words_are_whole_and_the_figures_fit(services, admin, year, tmp_path):
    from secdesk import i18n

    i18n.set_language("en")
    try:
        path = tmp_path / "annual.pdf"
        services.reports.annual.write(admin, 2026, path)
    finally:
        i18n.set_language("ja")
    summary = _lines(_pages(path)[0])
    first = summary.index("Incident")
    assert summary[first : first + 4] == ["Incident", "3", "Target 0 (Missed)", "Previous FY 2"]
    below = summary.index("Departments below the")  # the label itself wraps between words
    assert summary[below + 1 : below + 3] == ["completion target", "2 departments"]
