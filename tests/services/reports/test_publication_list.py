"""The half-year publication list of personal-information leaks."""

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from secdesk.cli.main import main
from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.services.reports.publication_list import PublicationListService, half_bounds
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import incident, near_miss

org, csirt = incident_helpers.org, incident_helpers.csirt


def _when(month: int, day: int = 10) -> datetime:
    year = 2026 if month >= 4 else 2027
    return datetime(year, month, day, 1, 0, tzinfo=UTC)


@pytest.fixture
def leaks(services, csirt, org):
    make = services.incidents.create
    found = {
        "april": make(
            csirt,
            incident(
                "通知書の誤送付",
                discovered_at=_when(4),
                occurred_at=_when(4, 9),
                reported_at=_when(4, 10),
                persons_affected=12,
                department_id=org["zei"].id,
                leaked_items="氏名、住所、税額",
            ),
        ),
        "sept_sensitive": make(
            csirt,
            incident(
                "診断書の誤交付",
                discovered_at=_when(9, 28),
                occurred_at=_when(9, 27),
                reported_at=_when(9, 28),
                sensitive_data=True,
            ),
        ),
        "october": make(
            csirt,
            incident(
                "名簿の紛失",
                discovered_at=_when(10, 2),
                occurred_at=_when(10, 1),
                reported_at=_when(10, 2),
                persons_affected=150,
            ),
        ),
        "no_personal": make(
            csirt,
            incident(
                "ホームページの改ざん",
                discovered_at=_when(5),
                occurred_at=_when(5, 9),
                reported_at=_when(5, 10),
            ),
        ),
        "near_miss": make(
            csirt,
            near_miss(
                "誤送信に気づいた", discovered_at=_when(6), reported_at=_when(6), persons_affected=3
            ),
        ),
    }
    return found


def service(services):
    return PublicationListService(services.db, services.clock, services.settings)


def test_each_half_lists_its_leaks_only(services, csirt, leaks):
    first = [r.ref for r in service(services).rows(csirt, 2026, 1)]
    second = [r.ref for r in service(services).rows(csirt, 2026, 2)]
    assert first == [leaks["april"].ref, leaks["sept_sensitive"].ref]
    assert second == [leaks["october"].ref]
    row = service(services).rows(csirt, 2026, 1)[1]
    assert "要配慮個人情報" in row.flags


def test_half_bounds_and_a_wrong_half():
    assert half_bounds(2026, 2) == (datetime(2026, 10, 1).date(), datetime(2027, 4, 1).date())
    with pytest.raises(ValidationError):
        half_bounds(2026, 3)


def test_pdf_holds_the_rows_and_is_recorded(services, csirt, leaks, tmp_path):
    record = service(services).write(csirt, 2026, 1, tmp_path / "pub.pdf")
    text = "".join(page.extract_text() for page in PdfReader(record.path).pages)
    assert leaks["april"].ref in text and "氏名、住所、税額" in text and "12 人" in text
    assert leaks["october"].ref not in text and "上半期" in text and "取扱注意" in text
    entry = services.trail.recent(csirt, 1)[0]
    assert entry.action == "report" and record.sha256 in entry.details


def test_viewer_cannot_make_it(services, make_user, tmp_path):
    viewer = make_user("etsuran", "viewer")
    with pytest.raises(PermissionDenied):
        service(services).write(viewer, 2026, 1, tmp_path / "pub.pdf")


def test_command_line(tmp_path, monkeypatch, capsys):
    db = tmp_path / "register.sqlite3"
    monkeypatch.setenv("SECDESK_PASSWORD", "cli-admin-pass")
    assert main(["--db", str(db), "init", "--admin", "kanri"]) == 0
    out = tmp_path / "pub.pdf"
    assert (
        main(
            [
                "--db",
                str(db),
                "--user",
                "kanri",
                "report",
                "publication",
                "--fiscal-year",
                "令和8",
                "--half",
                "2",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "0 件" in capsys.readouterr().out
    assert "ありません" in "".join(p.extract_text() for p in PdfReader(out).pages)
