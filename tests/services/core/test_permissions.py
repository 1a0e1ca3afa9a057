"""Every write service refuses an auditor and a viewer, whatever the GUI shows."""

from datetime import date

import pytest

from secdesk.domain.errors import PermissionDenied
from secdesk.io.tabular import read_csv_bytes
from secdesk.services.roster.departments import DepartmentInput
from secdesk.services.roster.staff import StaffInput

ROSTER_CSV = "職員番号,氏名,所属コード,所属名\r\n1,山田 太郎,110,総務課\r\n".encode()


def write_calls(services, admin_actor, tmp_path):
    """(name, call(actor)) for every write the foundation offers."""
    dept = services.departments.create(admin_actor, DepartmentInput("900", "検査課"))
    person = services.staff.create(
        admin_actor, StaffInput("900001", "検査 太郎", department_id=dept.id)
    )
    user = services.accounts.create_user(admin_actor, "target", "viewer", "target-password")
    return [
        (
            "create department",
            lambda a: services.departments.create(a, DepartmentInput("901", "新設課")),
        ),
        (
            "update department",
            lambda a: services.departments.update(
                a, dept.id, dept.version, DepartmentInput("900", "改称課")
            ),
        ),
        ("add employment type", lambda a: services.departments.add_employment_type(a, "新区分")),
        (
            "deactivate employment type",
            lambda a: services.departments.set_employment_type_active(a, 1, False),
        ),
        (
            "create staff",
            lambda a: services.staff.create(a, StaffInput("900002", "新人", department_id=dept.id)),
        ),
        (
            "update staff",
            lambda a: services.staff.update(
                a, person.id, person.version, StaffInput("900001", "改名")
            ),
        ),
        (
            "deactivate staff",
            lambda a: services.staff.set_active(
                a, person.id, person.version, False, date(2026, 4, 1)
            ),
        ),
        ("import roster", lambda a: services.roster_import.apply(a, read_csv_bytes(ROSTER_CSV))),
        (
            "plan roster import",
            lambda a: services.roster_import.plan(a, read_csv_bytes(ROSTER_CSV)),
        ),
        (
            "create user",
            lambda a: services.accounts.create_user(a, "x-user", "viewer", "some-password-1"),
        ),
        (
            "update user",
            lambda a: services.accounts.update_user(a, user.id, user.version, role="admin"),
        ),
        (
            "reset password",
            lambda a: services.accounts.reset_password(a, user.id, "another-pass-1"),
        ),
        ("unlock user", lambda a: services.accounts.unlock(a, user.id)),
        (
            "change settings",
            lambda a: services.settings.update(a, {"organisation_name": "乗っ取り市"}),
        ),
    ]


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_read_only_roles_are_refused_every_write(services, admin, make_user, role, tmp_path):
    actor = make_user(f"ro-{role}", role)
    before = services.trail.count(admin)
    for name, call in write_calls(services, admin, tmp_path):
        with pytest.raises(PermissionDenied):
            call(actor)
            pytest.fail(f"{role} was allowed to {name}")
    # only the fixture's own writes reached the trail, none of the refused ones
    assert services.trail.count(admin) == before + 3
    assert services.settings.get("organisation_name") == "〇〇市"


def test_viewer_cannot_export(services, admin, make_user, tmp_path):
    viewer = make_user("ro-viewer", "viewer")
    with pytest.raises(PermissionDenied):
        services.roster_export.export(viewer, tmp_path / "staff.csv")
    assert not (tmp_path / "staff.csv").exists()


def test_auditor_exports_and_the_export_is_in_the_trail(services, admin, make_user, tmp_path):
    auditor = make_user("kansa", "auditor")
    services.staff.create(admin, StaffInput("1", "山田 太郎"))
    record = services.roster_export.export(auditor, tmp_path / "staff.csv")
    entry = services.trail.recent(admin, 1)[0]
    assert entry.action == "export" and entry.actor_name == "kansa"
    assert record.sha256 in entry.details and "staff.csv" in entry.details


@pytest.mark.parametrize("role", ["csirt", "viewer", "auditor"])
def test_roster_is_edited_only_by_admin_and_training(services, admin, make_user, role):
    actor = make_user(f"u-{role}", role)
    with pytest.raises(PermissionDenied):
        services.staff.create(actor, StaffInput("2", "誰か"))


def test_training_coordinator_may_edit_the_roster(services, admin, make_user):
    coordinator = make_user("kenshu", "training")
    assert services.staff.create(coordinator, StaffInput("3", "研修 対象")).name == "研修 対象"
