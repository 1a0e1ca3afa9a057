"""Findings and incidents linked both ways."""

import pytest

from secdesk.domain.errors import PermissionDenied, ValidationError
from tests.services.incidents.incident_helpers import incident


@pytest.fixture
def pair(services, admin, internal_audit, make_finding):
    finding = make_finding(internal_audit, "持ち出し記録の不備")
    case = services.incidents.create(admin, incident("USBメモリの紛失"))
    return finding, case


def test_a_link_made_from_either_side_shows_on_both(services, admin, pair):
    finding, case = pair
    services.finding_links.link(admin, finding.id, case.ref.lower(), "紛失の原因")
    assert [i.ref for i in services.finding_links.incidents_of(admin, finding.id)] == [case.ref]
    linked = services.finding_links.findings_of(admin, case.id)
    assert [(f.number, f.title, f.note) for f in linked] == [
        (finding.number, "持ち出し記録の不備", "紛失の原因")
    ]
    timeline = services.incidents.get(admin, case.id).events
    assert any(finding.number in e.text for e in timeline)
    assert services.trail.recent(admin, 1)[0].action == "link"


def test_linking_from_the_incident_by_finding_number(services, admin, pair):
    finding, case = pair
    services.finding_links.link_finding(admin, case.id, finding.number)
    assert [f.finding_id for f in services.finding_links.findings_of(admin, case.id)] == [
        finding.id
    ]
    with pytest.raises(ValidationError, match="すでに"):
        services.finding_links.link(admin, finding.id, case.ref)
    with pytest.raises(ValidationError, match="見つかりません"):
        services.finding_links.link_finding(admin, case.id, "2026-FND-9999")


def test_unlinking_leaves_a_trace(services, admin, pair):
    finding, case = pair
    services.finding_links.link(admin, finding.id, case.ref)
    services.finding_links.unlink(admin, finding.id, case.id)
    assert services.finding_links.incidents_of(admin, finding.id) == []
    assert services.trail.recent(admin, 1)[0].action == "unlink"
    assert services.trail.verify(admin).ok


@pytest.mark.parametrize("role", ["auditor", "viewer", "training"])
def test_readers_cannot_link(services, admin, make_user, pair, role):
    finding, case = pair
    reader = make_user(f"r-{role}", role)
    with pytest.raises(PermissionDenied):
        services.finding_links.link(reader, finding.id, case.ref)
    with pytest.raises(PermissionDenied):
        services.finding_links.link_finding(reader, case.id, finding.number)
    assert services.finding_links.incidents_of(reader, finding.id) == []
