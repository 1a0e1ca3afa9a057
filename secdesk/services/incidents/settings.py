"""Organisation settings of the incident register: deadline rules and the attachment size limit.

The defaults are those of domain.duties.DutyRules; an administrator changes them (管理 or the
register's 報告期限の設定), and every change is in the audit trail like any setting.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain.duties import WHEN_CHOICES, DutyRules
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core.org_settings import SettingSpec, declare, int_setting
from secdesk.store.models import OrgSetting


def bool_setting() -> Callable[[object], object]:
    def check(value: object) -> object:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "はい", "on"):
            return True
        if text in ("0", "false", "no", "いいえ", "off", ""):
            return False
        raise ValueError(tr("はい・いいえで指定してください。"))

    return check


def when_setting() -> Callable[[object], object]:
    def check(value: object) -> object:
        if value not in WHEN_CHOICES:
            raise ValueError(
                tr("次のいずれかを選んでください: {c}").format(c=" / ".join(WHEN_CHOICES))
            )
        return value

    return check


_DEFAULTS = DutyRules()

# Setting key → DutyRules field. Keys are prefixed so that registers never collide.
RULE_KEYS: dict[str, str] = {
    "incident_ppc_threshold": "ppc_threshold",
    "incident_ppc_preliminary_days": "ppc_preliminary_days",
    "incident_ppc_final_days": "ppc_final_days",
    "incident_ppc_final_unlawful_days": "ppc_final_unlawful_days",
    "incident_notify_persons_days": "notify_persons_days",
    "incident_prefecture_when": "prefecture_when",
    "incident_prefecture_days": "prefecture_days",
    "incident_ciso_when": "ciso_when",
    "incident_ciso_days": "ciso_days",
    "incident_my_number_always_reported": "my_number_always_reported",
    "incident_due_soon_days": "due_soon_days",
}

declare(
    SettingSpec(
        "incident_ppc_threshold",
        _DEFAULTS.ppc_threshold,
        QT_TR_NOOP("個人情報保護委員会へ報告する本人の数（この人数を超えたとき）"),
        int_setting(0, 1_000_000),
    )
)
declare(
    SettingSpec(
        "incident_ppc_preliminary_days",
        _DEFAULTS.ppc_preliminary_days,
        QT_TR_NOOP("速報の目標（知った日から日数）"),
        int_setting(1, 60),
    )
)
declare(
    SettingSpec(
        "incident_ppc_final_days",
        _DEFAULTS.ppc_final_days,
        QT_TR_NOOP("確報の期限（知った日から日数）"),
        int_setting(1, 365),
    )
)
declare(
    SettingSpec(
        "incident_ppc_final_unlawful_days",
        _DEFAULTS.ppc_final_unlawful_days,
        QT_TR_NOOP("確報の期限・不正の目的のおそれがあるとき（日数）"),
        int_setting(1, 365),
    )
)
declare(
    SettingSpec(
        "incident_notify_persons_days",
        _DEFAULTS.notify_persons_days,
        QT_TR_NOOP("本人通知の目標（知った日から日数）"),
        int_setting(1, 365),
    )
)
declare(
    SettingSpec(
        "incident_prefecture_when",
        _DEFAULTS.prefecture_when,
        QT_TR_NOOP("都道府県への報告の対象"),
        when_setting(),
    )
)
declare(
    SettingSpec(
        "incident_prefecture_days",
        _DEFAULTS.prefecture_days,
        QT_TR_NOOP("都道府県への報告の期限（日数）"),
        int_setting(0, 365),
    )
)
declare(
    SettingSpec(
        "incident_ciso_when",
        _DEFAULTS.ciso_when,
        QT_TR_NOOP("CISOへの報告の対象"),
        when_setting(),
    )
)
declare(
    SettingSpec(
        "incident_ciso_days",
        _DEFAULTS.ciso_days,
        QT_TR_NOOP("CISOへの報告の期限（日数）"),
        int_setting(0, 60),
    )
)
declare(
    SettingSpec(
        "incident_my_number_always_reported",
        _DEFAULTS.my_number_always_reported,
        QT_TR_NOOP("特定個人情報を含むときは人数によらず報告義務とする"),
        bool_setting(),
    )
)
declare(
    SettingSpec(
        "incident_due_soon_days",
        _DEFAULTS.due_soon_days,
        QT_TR_NOOP("期限間近として表示する日数"),
        int_setting(0, 60),
    )
)
ATTACHMENT_MAX_MB = declare(
    SettingSpec(
        "incident_attachment_max_mb",
        20,
        QT_TR_NOOP("添付ファイルの上限（MB）"),
        int_setting(1, 200),
    )
)


def _stored(session: Session, keys) -> dict[str, object]:
    rows = session.scalars(select(OrgSetting).where(OrgSetting.key.in_(list(keys))))
    return {row.key: json.loads(row.value) for row in rows}


def load_rules(session: Session) -> DutyRules:
    """The rules in force, read in the caller's transaction (so a write sees one consistent set)."""
    stored = _stored(session, RULE_KEYS)
    values = {field: stored[key] for key, field in RULE_KEYS.items() if key in stored}
    return DutyRules(**values)


def rules_from_values(values: dict[str, object]) -> DutyRules:
    """DutyRules from OrgSettingsService.all()."""
    return DutyRules(**{field: values[key] for key, field in RULE_KEYS.items() if key in values})


def attachment_limit_bytes(session: Session) -> int:
    stored = _stored(session, [ATTACHMENT_MAX_MB.key])
    return int(stored.get(ATTACHMENT_MAX_MB.key, ATTACHMENT_MAX_MB.default)) * 1024 * 1024
