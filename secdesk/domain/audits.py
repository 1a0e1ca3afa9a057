"""Rules of the audit register: kinds, states, when a finding is closed, when an action is late.

Plain Python: the services store the outcome of these rules beside the records (a finding's
status, the earliest due date of its pending actions) so that lists can filter on them with an
index, and recompute them whenever an action changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from secdesk.domain.text import normalize, search_key
from secdesk.i18n import QT_TR_NOOP


class AuditKind(StrEnum):
    EXTERNAL = "external"
    INTERNAL = "internal"
    SELF_CHECK = "self_check"


class AuditStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"
    COMPLETED = "completed"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "na"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    RISK_ACCEPTED = "risk_accepted"


class FindingStatus(StrEnum):
    OPEN = "open"  # needs a corrective action and has none yet
    IN_PROGRESS = "in_progress"  # has actions, not all closed
    CLOSED = "closed"  # every action verified or its risk formally accepted
    NO_ACTION = "no_action"  # a rating that asks for no action (良好事例), and none was added
    WITHDRAWN = "withdrawn"


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    DONE = "done"
    NONE = "none"


class AppliesTo(StrEnum):
    ALL = "all"
    SYSTEMS = "systems"  # departments that own information systems


KIND_LABELS = {
    AuditKind.EXTERNAL: QT_TR_NOOP("外部監査"),
    AuditKind.INTERNAL: QT_TR_NOOP("内部監査"),
    AuditKind.SELF_CHECK: QT_TR_NOOP("自己点検"),
}
AUDIT_STATUS_LABELS = {
    AuditStatus.PLANNED: QT_TR_NOOP("計画"),
    AuditStatus.IN_PROGRESS: QT_TR_NOOP("実施中"),
    AuditStatus.REPORTED: QT_TR_NOOP("報告済"),
    AuditStatus.COMPLETED: QT_TR_NOOP("完了"),
}
ANSWER_LABELS = {
    Answer.YES: QT_TR_NOOP("はい"),
    Answer.NO: QT_TR_NOOP("いいえ"),
    Answer.NOT_APPLICABLE: QT_TR_NOOP("該当なし"),
}
ACTION_STATUS_LABELS = {
    ActionStatus.NOT_STARTED: QT_TR_NOOP("未着手"),
    ActionStatus.IN_PROGRESS: QT_TR_NOOP("対応中"),
    ActionStatus.DONE: QT_TR_NOOP("完了"),
    ActionStatus.RISK_ACCEPTED: QT_TR_NOOP("リスク受容"),
}
FINDING_STATUS_LABELS = {
    FindingStatus.OPEN: QT_TR_NOOP("未対応"),
    FindingStatus.IN_PROGRESS: QT_TR_NOOP("対応中"),
    FindingStatus.CLOSED: QT_TR_NOOP("完了"),
    FindingStatus.NO_ACTION: QT_TR_NOOP("対応不要"),
    FindingStatus.WITHDRAWN: QT_TR_NOOP("取消"),
}
APPLIES_TO_LABELS = {
    AppliesTo.ALL: QT_TR_NOOP("全所属"),
    AppliesTo.SYSTEMS: QT_TR_NOOP("情報システム保有所属"),
}

# The office's starting list of ratings (editable master data): name, asks for an action.
DEFAULT_RATINGS = (("重大", True), ("指摘", True), ("観察", True), ("良好事例", False))

# Words people write in the 回答 column of a returned sheet (after NFKC and case folding).
_ANSWER_WORDS = {
    Answer.YES: {"はい", "yes", "y", "○", "〇", "◯", "適", "可", "1"},
    Answer.NO: {"いいえ", "no", "n", "×", "✕", "否", "不適", "0"},
    Answer.NOT_APPLICABLE: {"該当なし", "該当無し", "対象外", "n/a", "na", "-", "－", "ー", "―"},
}
_REQUIRED_WORDS = {"○", "〇", "◯", "●", "必須", "はい", "yes", "y", "1", "true"}
_OPTIONAL_WORDS = {"", "-", "－", "×", "いいえ", "no", "n", "0", "false", "任意"}
_APPLIES_WORDS = {
    AppliesTo.ALL: {"", "全所属", "全て", "すべて", "全部署", "全課", "all"},
    AppliesTo.SYSTEMS: {
        "情報システム保有所属",
        "システム保有所属",
        "システム所管課",
        "システム",
        "systems",
    },
}


def parse_answer(text: str | None) -> Answer | None:
    """The answer a cell means, None for an empty cell; ValueError for anything else."""
    word = search_key(text)  # かな/カナ/ｶﾅ and full/half width alike
    if not word:
        return None
    for answer, words in _ANSWER_WORDS.items():
        if word in {search_key(w) for w in words}:
            return answer
    raise ValueError(word)


def parse_required(text: str | None) -> bool:
    """The guideline's 必須 column: ○ marks an item every municipality must check."""
    word = normalize(text).casefold()
    if word in _REQUIRED_WORDS:
        return True
    if word in _OPTIONAL_WORDS:
        return False
    raise ValueError(word)


def parse_applies_to(text: str | None) -> AppliesTo:
    word = normalize(text).casefold().replace(" ", "")
    for value, words in _APPLIES_WORDS.items():
        if word in words:
            return value
    raise ValueError(word)


def applies(item_applies_to: str, owns_systems: bool) -> bool:
    """Whether a department has to answer an item."""
    return item_applies_to != AppliesTo.SYSTEMS or owns_systems


# --- corrective actions and the closing of findings ----------------------------------------


@dataclass(frozen=True)
class ActionFacts:
    """What the closing rule needs to know of one corrective action."""

    status: ActionStatus | str
    verified: bool = False
    risk_reason: str = ""
    risk_approver: str = ""
    withdrawn: bool = False


def action_closed(action: ActionFacts) -> bool:
    """An action is closed when its completion was verified (確認済), or when the risk was
    formally accepted: the reason and the person who approved it are both on record."""
    if action.withdrawn:
        return False
    if action.status == ActionStatus.RISK_ACCEPTED:
        return bool(action.risk_reason.strip() and action.risk_approver.strip())
    return action.status == ActionStatus.DONE and action.verified


def action_pending(status: ActionStatus | str) -> bool:
    """Work still owed by the owner (reminders go out for these; late ones are overdue).

    A completed action waiting for verification is no longer the owner's to do: it waits for
    the auditor or CSIRT, and is not counted late against the department.
    """
    return status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


def finding_status(
    requires_action: bool, actions: Iterable[ActionFacts], withdrawn: bool = False
) -> FindingStatus:
    """A finding is closed only when every live action is closed (verified or risk accepted).

    A finding whose rating asks for no action (良好事例) needs none; once someone adds an action
    to it anyway, it follows its actions like any other.
    """
    if withdrawn:
        return FindingStatus.WITHDRAWN
    live = [a for a in actions if not a.withdrawn]
    if not live:
        return FindingStatus.OPEN if requires_action else FindingStatus.NO_ACTION
    if all(action_closed(a) for a in live):
        return FindingStatus.CLOSED
    return FindingStatus.IN_PROGRESS


def finding_is_open(status: FindingStatus | str) -> bool:
    return status in (FindingStatus.OPEN, FindingStatus.IN_PROGRESS)


def next_due(actions: Sequence[tuple[ActionStatus | str, date | None, bool]]) -> date | None:
    """Earliest due date among (status, due, withdrawn) actions still pending, or None."""
    dues = [due for status, due, gone in actions if not gone and action_pending(status) and due]
    return min(dues) if dues else None


def due_state(due: date | None, today: date, pending: bool, soon_days: int) -> DueState:
    """Late, due within `soon_days` (inclusive), done, or nothing to say."""
    if not pending:
        return DueState.DONE
    if due is None:
        return DueState.NONE
    if due < today:
        return DueState.OVERDUE
    if due <= today + timedelta(days=soon_days):
        return DueState.DUE_SOON
    return DueState.NONE


def days_late(due: date | None, today: date) -> int:
    return max(0, (today - due).days) if due else 0


# --- the network model and the external audit owed to J-LIS --------------------------------

# Under α′, β and β′ work PCs reach the internet or cloud services directly; the national
# guideline then asks for an external audit every year and for its report to go to J-LIS.
JLIS_MODELS = frozenset({"α′", "β", "β′"})


def external_audit_owed(network_model: str) -> bool:
    return network_model in JLIS_MODELS


# --- self-inspection ------------------------------------------------------------------------


def answer_rate(answered: int, expected: int) -> float | None:
    """Share of applicable items answered, 0.0–1.0; None when nothing was asked."""
    if expected <= 0:
        return None
    return min(answered, expected) / expected


def format_rate(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.1f}%"
