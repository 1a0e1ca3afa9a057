"""Organisation-wide settings, shared by every PC through the database.

Each setting is declared once with its default and its check; registers declare their own keys
(deadline rules, training targets …) with `declare()`. Reading needs no permission beyond
READ; changing needs MANAGE_SETTINGS and leaves a trail entry with old and new values.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from secdesk.domain.errors import Problem, ValidationError
from secdesk.domain.roles import Permission
from secdesk.domain.text import clean_line
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.core import declarations, trail
from secdesk.services.core.context import Actor, Clock
from secdesk.store.models import OrgSetting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    label: str  # Japanese source text; show it through tr()
    check: Callable[[object], object]  # returns the cleaned value or raises ValueError(message)


_SPECS: dict[str, SettingSpec] = {}


def declare(spec: SettingSpec) -> SettingSpec:
    _SPECS[spec.key] = spec
    return spec


def specs() -> list[SettingSpec]:
    declarations.ensure()
    return list(_SPECS.values())


def text_setting(max_length: int, required: bool = True) -> Callable[[object], object]:
    def check(value: object) -> object:
        text = clean_line(str(value or ""))
        if required and not text:
            raise ValueError(tr("入力してください。"))
        if len(text) > max_length:
            raise ValueError(tr("{n}文字以内で入力してください。").format(n=max_length))
        return text

    return check


def int_setting(low: int, high: int) -> Callable[[object], object]:
    def check(value: object) -> object:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(tr("整数で入力してください。")) from None
        if not low <= number <= high:
            raise ValueError(
                tr("{low}から{high}の範囲で入力してください。").format(low=low, high=high)
            )
        return number

    return check


def choice_setting(*choices: str) -> Callable[[object], object]:
    def check(value: object) -> object:
        if value not in choices:
            raise ValueError(tr("次のいずれかを選んでください: {c}").format(c=" / ".join(choices)))
        return value

    return check


NETWORK_MODELS = ("α", "α′", "β", "β′")

ORGANISATION_NAME = declare(
    SettingSpec("organisation_name", "〇〇市", QT_TR_NOOP("団体名"), text_setting(100))
)
CLASSIFICATION_LABEL = declare(
    SettingSpec(
        "classification_label",
        "取扱注意",
        QT_TR_NOOP("出力物の取扱区分表示"),
        text_setting(40, required=False),
    )
)
NETWORK_MODEL = declare(
    SettingSpec(
        "network_model", "α", QT_TR_NOOP("ネットワーク分離モデル"), choice_setting(*NETWORK_MODELS)
    )
)
IDLE_LOCK_MINUTES = declare(
    SettingSpec(
        "idle_lock_minutes",
        15,
        QT_TR_NOOP("無操作で画面をロックするまでの時間（分、0で無効）"),
        int_setting(0, 240),
    )
)


class OrgSettingsService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def all(self) -> dict[str, object]:
        """Every declared setting with its stored value, or its default."""
        declarations.ensure()
        with self.db.read() as session:
            stored = {row.key: row.value for row in session.scalars(select(OrgSetting))}
        values = {}
        for spec in _SPECS.values():
            raw = stored.get(spec.key)
            values[spec.key] = spec.default if raw is None else json.loads(raw)
        return values

    def get(self, key: str) -> object:
        if key not in _SPECS:
            declarations.ensure()
        spec = _SPECS[key]
        with self.db.read() as session:
            row = session.get(OrgSetting, key)
        return spec.default if row is None else json.loads(row.value)

    def update(self, actor: Actor, values: dict[str, object]) -> dict[str, object]:
        """Change several settings at once; all are checked before any is written."""
        actor.require(Permission.MANAGE_SETTINGS)
        declarations.ensure()
        cleaned, problems = {}, []
        for key, value in values.items():
            spec = _SPECS.get(key)
            if spec is None:
                problems.append(Problem(tr("不明な設定です: {key}").format(key=key), key))
                continue
            try:
                cleaned[key] = spec.check(value)
            except ValueError as error:
                problems.append(Problem(f"{tr(spec.label)}: {error}", key))
        if problems:
            raise ValidationError(problems)
        with self.db.write() as session:
            for key, value in cleaned.items():
                row = session.get(OrgSetting, key)
                old = _SPECS[key].default if row is None else json.loads(row.value)
                if old == value:
                    continue
                if row is None:
                    row = OrgSetting(key=key, value="null")
                    session.add(row)
                row.value = json.dumps(value, ensure_ascii=False)
                row.updated_at = self.clock.now()
                row.updated_by = actor.username
                trail.record(
                    session, actor, self.clock, "update", "setting", key, {key: [old, value]}
                )
        return self.all()
