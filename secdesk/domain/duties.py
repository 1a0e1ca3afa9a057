"""Which reports an incident owes, and by when: the rules in one place.

Defaults follow the personal-information law as it applies to local governments (行政機関等):
a report to 個人情報保護委員会 is owed when 要配慮個人情報 is involved, when there is a risk of
financial harm, when an unlawful purpose is suspected, or when more than 100 people are affected
(the business threshold of 1,000 does not apply). The clock starts on the day any member of
staff learned of it. 速報 "promptly" (target 5 days), 確報 within 30 days, 60 with an unlawful
purpose. Counting follows the civil code: the day of awareness is not counted, so a 30-day
deadline from 1 June falls on 1 July and a report on that day is in time.

Every number is an organisation setting (services.incident_settings) so that an office can follow
its own rules; near-misses owe nothing (nothing happened).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from secdesk.domain.incidents import INCIDENT
from secdesk.i18n import QT_TR_NOOP, tr

PPC_PRELIMINARY = "ppc_preliminary"
PPC_FINAL = "ppc_final"
NOTIFY_PERSONS = "notify_persons"
PREFECTURE = "prefecture"
CISO = "ciso"

DUTY_LABELS = {
    CISO: QT_TR_NOOP("CISOへの報告"),
    PPC_PRELIMINARY: QT_TR_NOOP("個人情報保護委員会への速報"),
    PPC_FINAL: QT_TR_NOOP("個人情報保護委員会への確報"),
    NOTIFY_PERSONS: QT_TR_NOOP("本人への通知"),
    PREFECTURE: QT_TR_NOOP("都道府県への報告"),
}
DUTY_ORDER = (CISO, PPC_PRELIMINARY, PPC_FINAL, NOTIFY_PERSONS, PREFECTURE)

# When the prefecture report and the CISO escalation are owed.
WHEN_PPC = "ppc"  # whenever the commission must be told
WHEN_INCIDENT = "incident"  # every incident
WHEN_NEVER = "never"
WHEN_CHOICES = (WHEN_PPC, WHEN_INCIDENT, WHEN_NEVER)
WHEN_LABELS = {
    WHEN_PPC: QT_TR_NOOP("個人情報保護委員会への報告が必要なとき"),
    WHEN_INCIDENT: QT_TR_NOOP("すべてのインシデント"),
    WHEN_NEVER: QT_TR_NOOP("対象としない"),
}


@dataclass(frozen=True)
class DutyRules:
    """The thresholds and day counts; an organisation setting each."""

    ppc_threshold: int = 100  # more than this many people → report
    ppc_preliminary_days: int = 5
    ppc_final_days: int = 30
    ppc_final_unlawful_days: int = 60
    notify_persons_days: int = 30
    prefecture_when: str = WHEN_PPC
    prefecture_days: int = 5
    ciso_when: str = WHEN_INCIDENT
    ciso_days: int = 1
    my_number_always_reported: bool = False
    due_soon_days: int = 3


@dataclass(frozen=True)
class PersonalInfo:
    """The personal-information block of an incident."""

    persons: int | None = None
    sensitive: bool = False  # 要配慮個人情報
    my_number: bool = False  # 特定個人情報
    unlawful: bool = False  # 不正の目的が疑われる
    financial: bool = False  # 財産的被害のおそれ

    @property
    def involved(self) -> bool:
        return bool(
            (self.persons or 0) > 0
            or self.sensitive
            or self.my_number
            or self.unlawful
            or self.financial
        )


@dataclass(frozen=True)
class DutyDue:
    code: str
    due: date
    basis: str  # why it is owed, for people and reports


def ppc_reasons(info: PersonalInfo, rules: DutyRules) -> list[str]:
    """Why a report to 個人情報保護委員会 is owed (empty: not owed)."""
    reasons = []
    if info.sensitive:
        reasons.append(tr("要配慮個人情報を含む"))
    if info.financial:
        reasons.append(tr("財産的被害のおそれ"))
    if info.unlawful:
        reasons.append(tr("不正の目的のおそれ"))
    if (info.persons or 0) > rules.ppc_threshold:
        reasons.append(
            tr("本人の数 {n}名（{t}名超）").format(n=f"{info.persons:,}", t=rules.ppc_threshold)
        )
    if info.my_number and rules.my_number_always_reported and not reasons:
        reasons.append(tr("特定個人情報（マイナンバー）を含む"))
    return reasons


def required_duties(
    kind: str, info: PersonalInfo, aware: date | None, rules: DutyRules
) -> list[DutyDue]:
    """The duties an incident owes, with deadlines counted from the day the office became aware."""
    if kind != INCIDENT or aware is None:
        return []
    duties: list[DutyDue] = []
    reasons = ppc_reasons(info, rules)
    if _applies(rules.ciso_when, bool(reasons)):
        duties.append(DutyDue(CISO, aware + timedelta(days=rules.ciso_days), tr("インシデント")))
    if reasons:
        basis = "、".join(reasons)
        final_days = rules.ppc_final_unlawful_days if info.unlawful else rules.ppc_final_days
        duties.append(
            DutyDue(PPC_PRELIMINARY, aware + timedelta(days=rules.ppc_preliminary_days), basis)
        )
        duties.append(DutyDue(PPC_FINAL, aware + timedelta(days=final_days), basis))
        duties.append(
            DutyDue(NOTIFY_PERSONS, aware + timedelta(days=rules.notify_persons_days), basis)
        )
    if _applies(rules.prefecture_when, bool(reasons)):
        duties.append(
            DutyDue(
                PREFECTURE,
                aware + timedelta(days=rules.prefecture_days),
                "、".join(reasons) if reasons else tr("インシデント"),
            )
        )
    return duties


def _applies(when: str, ppc_owed: bool) -> bool:
    return when == WHEN_INCIDENT or (when == WHEN_PPC and ppc_owed)


def my_number_flag(info: PersonalInfo) -> str:
    """A warning for My Number cases, which the commission's form asks about first."""
    if not info.my_number:
        return ""
    return tr(
        "特定個人情報（マイナンバー）を含む事案です。番号法に基づく報告の要否と重大事態への該当を確認してください。"
    )


# --- states -----------------------------------------------------------------------------------

OVERDUE = "overdue"
DUE_SOON = "due_soon"
DONE = "done"
NOT_REQUIRED = "not_required"
PENDING = "pending"


def duty_state(
    due: date, done_on: date | None, required: bool, today: date, rules: DutyRules
) -> str:
    """OVERDUE after the deadline day, DUE_SOON within `due_soon_days` of it."""
    if not required:
        return NOT_REQUIRED
    if done_on is not None:
        return DONE
    if today > due:
        return OVERDUE
    if today >= due - timedelta(days=rules.due_soon_days):
        return DUE_SOON
    return PENDING


def done_late(due: date, done_on: date | None) -> bool:
    return done_on is not None and done_on > due
