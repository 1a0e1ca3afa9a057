"""Roles and what each may do. Services check these; the GUI only hides what would be refused."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CSIRT = "csirt"
    TRAINING = "training"
    AUDITOR = "auditor"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = "read"
    EXPORT = "export"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_MASTER_DATA = "manage_master_data"  # categories, levels, ratings, rules
    EDIT_ROSTER = "edit_roster"  # departments and staff
    EDIT_INCIDENTS = "edit_incidents"
    EDIT_TRAINING = "edit_training"
    EDIT_AUDITS = "edit_audits"
    VERIFY_ACTIONS = "verify_actions"  # confirm a corrective action (確認済)
    BACKUP = "backup"


_ALL = frozenset(Permission)
_READ_EXPORT = frozenset({Permission.READ, Permission.EXPORT})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.CSIRT: _READ_EXPORT
    | {
        Permission.EDIT_INCIDENTS,
        Permission.EDIT_AUDITS,
        Permission.VERIFY_ACTIONS,
        Permission.BACKUP,
    },
    Role.TRAINING: _READ_EXPORT | {Permission.EDIT_TRAINING, Permission.EDIT_ROSTER},
    # Auditors read and export everything and edit nothing; the admin may let them verify
    # corrective actions (an organisation setting checked by the audit service).
    Role.AUDITOR: _READ_EXPORT,
    Role.VIEWER: frozenset({Permission.READ}),
}


def role_allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def role_label(role: Role | str) -> str:
    from secdesk.i18n import tr

    labels = {
        Role.ADMIN: tr("管理者"),
        Role.CSIRT: tr("CSIRT担当"),
        Role.TRAINING: tr("研修担当"),
        Role.AUDITOR: tr("監査人"),
        Role.VIEWER: tr("閲覧者"),
    }
    return labels[Role(role)]
