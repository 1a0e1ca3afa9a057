"""What the audit register's services share: reference numbers, settings, trail labels, lookups.

Importing this module declares the register's organisation settings and trail labels, so every
audit service imports it first.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.audits import due_state
from secdesk.i18n import QT_TR_NOOP
from secdesk.services.core import trail
from secdesk.services.core.listing import STATE_DONE, STATE_DUE_SOON, STATE_OVERDUE
from secdesk.services.core.org_settings import SettingSpec, declare, int_setting
from secdesk.store.models import Department, OrgSetting

DUE_SOON_DAYS = declare(
    SettingSpec(
        "audit_due_soon_days",
        14,
        QT_TR_NOOP("是正処置の期限間近とする日数（期限の何日前から）"),
        int_setting(0, 120),
    )
)

trail.ACTION_LABELS.update(
    {
        "verify": QT_TR_NOOP("確認（確認済）"),
        "reopen": QT_TR_NOOP("再開"),
        "accept_risk": QT_TR_NOOP("リスク受容"),
        "add_note": QT_TR_NOOP("経過の記録"),
        "add_evidence": QT_TR_NOOP("証跡の追加"),
        "copy": QT_TR_NOOP("前年度からの複写"),
        "answer": QT_TR_NOOP("自己点検の回答"),
    }
)
trail.ENTITY_LABELS.update(
    {
        "audit": QT_TR_NOOP("監査"),
        "audit_checklist": QT_TR_NOOP("監査チェックリスト"),
        "audit_answer": QT_TR_NOOP("自己点検の回答"),
        "audit_finding": QT_TR_NOOP("指摘事項"),
        "audit_action": QT_TR_NOOP("是正処置"),
        "audit_evidence": QT_TR_NOOP("証跡"),
        "audit_rating": QT_TR_NOOP("評価区分"),
        "audit_followup": QT_TR_NOOP("フォローアップ一覧"),
        "audit_report": QT_TR_NOOP("監査報告書"),
    }
)

AUDIT_PREFIX = "AUD"
FINDING_PREFIX = "FND"


def next_number(session: Session, fiscal_year: int, kind: str, digits: int = 4) -> str:
    """The next reference number of a kind in a fiscal year (2026-FND-0012), gap-free
    (services.refs: the counter shared with the incident register)."""
    from secdesk.services.core import refs

    return f"{fiscal_year}-{kind}-{refs.reserve(session, fiscal_year, kind):0{digits}d}"


def due_soon_days(session: Session) -> int:
    row = session.get(OrgSetting, DUE_SOON_DAYS.key)
    return int(DUE_SOON_DAYS.default if row is None else json.loads(row.value))


def network_model(session: Session) -> str:
    row = session.get(OrgSetting, "network_model")
    return "α" if row is None else str(json.loads(row.value))


def row_state(due: date | None, today: date, pending: bool, soon_days: int) -> str | None:
    """A list row's listing.STATE_* from the domain's due rule."""
    return {
        "overdue": STATE_OVERDUE,
        "due_soon": STATE_DUE_SOON,
        "done": STATE_DONE,
    }.get(due_state(due, today, pending, soon_days).value)


def department_names(session: Session) -> dict[int, tuple[str, str]]:
    """id → (code, name) of every department (a few hundred rows)."""
    return {d.id: (d.code, d.name) for d in session.scalars(select(Department))}
