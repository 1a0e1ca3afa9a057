"""`secdesk demo` fills the audit register with every state a person should see."""

from collections import Counter

from secdesk.demo import run_demo
from secdesk.services.app import Services
from secdesk.services.core.listing import ListQuery
from tests.conftest import ADMIN_PASSWORD, fast_hasher


def test_demo_has_audits_a_self_inspection_and_findings_in_every_state(sqlite_db, clock):
    services = Services(sqlite_db, clock, fast_hasher())
    services.accounts.create_first_admin("admin", ADMIN_PASSWORD)
    admin = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    run_demo(services, admin, progress=lambda _t: None)
    register = services.audits
    kinds = Counter(a.kind for a in register.audits.choices(admin))
    assert kinds == {"internal": 2, "self_check": 2, "external": 1}
    findings = register.findings.list_source()
    statuses = {
        row.values[6] for row in findings.rows(admin, findings.ids(admin, ListQuery())).values()
    }
    assert statuses >= {"未対応", "対応中", "完了", "対応不要"}
    actions = register.actions.list_source()
    rows = actions.rows(admin, actions.ids(admin, ListQuery())).values()
    assert {r.values[6] for r in rows} == {"未着手", "対応中", "完了", "リスク受容"}
    assert {r.values[7] for r in rows} >= {"確認済", "確認待ち"}
    assert actions.count(admin, ListQuery().with_filters(due="overdue")) >= 1
    assert actions.count(admin, ListQuery().with_filters(due="due_soon")) >= 1
    this_year = next(a for a in register.audits.choices(admin, 2026) if a.kind == "self_check")
    rates = register.self_checks.rates(admin, this_year.id)
    assert any(r.answered == 0 for r in rates) and any(r.complete for r in rates)
    recurring = findings.count(admin, ListQuery().with_filters(recurring=True))
    assert recurring == 1
    assert services.trail.verify(admin).ok
