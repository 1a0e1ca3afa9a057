"""The インシデント報告書 PDF: every part of the record, Japanese text selectable, in the trail."""

import pytest
from pypdf import PdfReader

from secdesk.domain.errors import NotFound, PermissionDenied
from tests.services.incidents import incident_helpers
from tests.services.incidents.incident_helpers import at, incident

org, csirt = incident_helpers.org, incident_helpers.csirt


def test_report_holds_the_record_and_is_recorded(services, csirt, admin, tmp_path, org):
    info = services.incidents.create(
        csirt,
        incident(
            department_id=org["zei"].id,
            persons_affected=140,
            leaked_items="氏名、住所、税額",
            cause="封入時の照合漏れ",
            classification="3B",
        ),
    )
    services.incident_work.add_note(csirt, info.id, "誤送付先へ訪問し回収した", at(days_ago=1))
    services.incident_work.add_notification(
        csirt, info.id, "個人情報保護委員会", at(hours_ago=2), "Webフォーム"
    )
    services.settings.update(
        admin, {"organisation_name": "架空市", "classification_label": "取扱注意"}
    )
    path = tmp_path / "report.pdf"
    record = services.incident_reports.report(csirt, info.ref, path)
    assert record.rows >= 1 and path.exists()
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (
        info.ref,
        "インシデント報告書",
        "取扱注意・機密性3B",
        "税務課",
        "氏名、住所、税額",
        "封入時の照合漏れ",
        "誤送付先へ訪問し回収した",
        "個人情報保護委員会への確報",
        "本人の数 140名（100名超）",
        "架空市",
    ):
        assert expected in text, expected
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("BIZUDGothic" in f for f in fonts)
    entry = services.trail.recent(csirt, 1)[0]
    assert (entry.action, entry.entity) == ("report", "incident")
    assert record.sha256 in entry.details


def test_report_of_an_unknown_number_and_for_viewers(services, csirt, make_user, tmp_path):
    with pytest.raises(NotFound):
        services.incident_reports.report(csirt, "2026-INC-9999", tmp_path / "x.pdf")
    viewer = make_user("v1", "viewer")
    info = services.incidents.create(csirt, incident())
    with pytest.raises(PermissionDenied):
        services.incident_reports.report(viewer, info.ref, tmp_path / "y.pdf")
