"""The incident and near-miss register's vocabulary and workflow: pure rules, no storage.

Codes are stored; labels (Japanese source text) are shown through tr(). The workflow allows only
the transitions listed here, so the timeline of every record reads as a path through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from secdesk.i18n import QT_TR_NOOP, tr

NEAR_MISS = "near_miss"
INCIDENT = "incident"
KINDS = (NEAR_MISS, INCIDENT)
KIND_LABELS = {NEAR_MISS: QT_TR_NOOP("ヒヤリハット"), INCIDENT: QT_TR_NOOP("インシデント")}
# The letters in reference numbers: 2025-NM-0031, 2025-INC-0007.
REF_CODES = {NEAR_MISS: "NM", INCIDENT: "INC"}

RECEIVED = "received"
INITIAL = "initial"
INVESTIGATING = "investigating"
RECOVERING = "recovering"
PREVENTING = "preventing"
CONFIRMING = "confirming"
MEASURES = "measures"
CLOSED = "closed"
WITHDRAWN = "withdrawn"
PROMOTED = "promoted"

STATUS_LABELS = {
    RECEIVED: QT_TR_NOOP("受付"),
    INITIAL: QT_TR_NOOP("初動対応"),
    INVESTIGATING: QT_TR_NOOP("調査"),
    RECOVERING: QT_TR_NOOP("復旧"),
    PREVENTING: QT_TR_NOOP("再発防止"),
    CONFIRMING: QT_TR_NOOP("確認"),
    MEASURES: QT_TR_NOOP("対策"),
    CLOSED: QT_TR_NOOP("完了"),
    WITHDRAWN: QT_TR_NOOP("取消"),
    PROMOTED: QT_TR_NOOP("インシデントへ移行"),
}

# The main path of each kind, in order. 取消 (withdrawn) and, for near-misses, the move to an
# incident (promoted) leave the path from any open step and end the record.
PATHS = {
    INCIDENT: (RECEIVED, INITIAL, INVESTIGATING, RECOVERING, PREVENTING, CLOSED),
    NEAR_MISS: (RECEIVED, CONFIRMING, MEASURES, CLOSED),
}
TERMINAL = frozenset({WITHDRAWN, PROMOTED})
OPEN_STATUSES = frozenset(
    {RECEIVED, INITIAL, INVESTIGATING, RECOVERING, PREVENTING, CONFIRMING, MEASURES}
)


def statuses_of(kind: str) -> tuple[str, ...]:
    extra = (WITHDRAWN, PROMOTED) if kind == NEAR_MISS else (WITHDRAWN,)
    return PATHS[kind] + extra


def allowed_transitions(kind: str, status: str) -> tuple[str, ...]:
    """Where a record may go from `status`: the next step, one step back (to correct a mistake or
    reopen a closed record), or 取消. Skipping steps is not allowed, so that "first response" and
    every later step have a time in the timeline. Promotion has its own operation."""
    if status in TERMINAL:
        return ()
    path = PATHS[kind]
    index = path.index(status)
    result = []
    if index + 1 < len(path):
        result.append(path[index + 1])
    if index > 0:
        result.append(path[index - 1])
    result.append(WITHDRAWN)
    return tuple(result)


def can_promote(kind: str, status: str) -> bool:
    return kind == NEAR_MISS and status not in TERMINAL


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


# --- other vocabulary --------------------------------------------------------------------------

SEGMENTS = {
    "mynumber": QT_TR_NOOP("マイナンバー利用事務系"),
    "lgwan": QT_TR_NOOP("LGWAN接続系"),
    "internet": QT_TR_NOOP("インターネット接続系"),
    "paper": QT_TR_NOOP("紙媒体・その他"),
}

# 自治体機密性 since the October 2024 revision of the national guideline.
CLASSIFICATIONS = {
    "3A": QT_TR_NOOP("機密性3A"),
    "3B": QT_TR_NOOP("機密性3B"),
    "3C": QT_TR_NOOP("機密性3C"),
    "2": QT_TR_NOOP("機密性2"),
    "1": QT_TR_NOOP("機密性1"),
}
DEFAULT_CLASSIFICATION = "3C"

# Stored as written here; shown through tr().
NOTIFICATION_TARGETS = (
    QT_TR_NOOP("総務省"),
    QT_TR_NOOP("警察"),
    "NISC",
    QT_TR_NOOP("都道府県"),
    "J-LIS",
    "IPA",
    "JPCERT/CC",
    QT_TR_NOOP("個人情報保護委員会"),
    QT_TR_NOOP("報道"),
)
NOTIFICATION_METHODS = (
    QT_TR_NOOP("電話"),
    QT_TR_NOOP("メール"),
    QT_TR_NOOP("文書"),
    QT_TR_NOOP("FAX"),
    QT_TR_NOOP("対面"),
    QT_TR_NOOP("Webフォーム"),
    QT_TR_NOOP("その他"),
)

# Timeline entry kinds.
EVENT_CREATED = "created"
EVENT_STATUS = "status"
EVENT_NOTE = "note"
EVENT_EDIT = "edit"
EVENT_PROMOTED = "promoted"
EVENT_DUTY = "duty"
EVENT_NOTIFICATION = "notification"
EVENT_ATTACHMENT = "attachment"
EVENT_LINK = "link"
EVENT_LABELS = {
    EVENT_CREATED: QT_TR_NOOP("登録"),
    EVENT_STATUS: QT_TR_NOOP("状態変更"),
    EVENT_NOTE: QT_TR_NOOP("対応"),
    EVENT_EDIT: QT_TR_NOOP("内容の変更"),
    EVENT_PROMOTED: QT_TR_NOOP("インシデントへ移行"),
    EVENT_DUTY: QT_TR_NOOP("報告義務"),
    EVENT_NOTIFICATION: QT_TR_NOOP("関係機関への連絡"),
    EVENT_ATTACHMENT: QT_TR_NOOP("添付"),
    EVENT_LINK: QT_TR_NOOP("関連付け"),
}


def label(mapping: dict[str, str], code: str | None) -> str:
    """The shown label of a code, or the code itself when it is unknown."""
    if not code:
        return ""
    return tr(mapping[code]) if code in mapping else code


_REVERSE: dict[tuple[int, str], dict[str, str]] = {}


def code_for_label(mapping: dict[str, str], text: str) -> str | None:
    """The code whose label (Japanese or current language) or code equals `text`.

    The reverse maps are built once per vocabulary and language: an import asks 500,000 times."""
    from secdesk.i18n import language

    key = (id(mapping), language())
    reverse = _REVERSE.get(key)
    if reverse is None:
        reverse = {}
        for code, source in mapping.items():
            for word in (code, source, tr(source)):
                reverse.setdefault(word, code)
        _REVERSE[key] = reverse
    return reverse.get(text.strip())


# --- reference numbers ---------------------------------------------------------------------------

_REF = re.compile(r"^(\d{4})-(NM|INC)-(\d{4,})$")


def format_ref(fiscal_year: int, kind: str, number: int) -> str:
    return f"{fiscal_year}-{REF_CODES[kind]}-{number:04d}"


def parse_ref(ref: str) -> tuple[int, str, int] | None:
    """(fiscal year, kind, number) of a reference number, or None if it is not one."""
    match = _REF.match(ref.strip().upper())
    if match is None:
        return None
    kind = NEAR_MISS if match.group(2) == "NM" else INCIDENT
    return int(match.group(1)), kind, int(match.group(3))


# --- times ---------------------------------------------------------------------------------------

FUTURE_TOLERANCE = timedelta(minutes=10)


@dataclass(frozen=True)
class Times:
    occurred: datetime | None
    discovered: datetime | None
    reported: datetime | None
    closed: datetime | None = None


def time_problems(times: Times, now: datetime) -> list[tuple[str, str]]:
    """(field, message) for every pair of times that contradict each other or lie ahead."""
    problems: list[tuple[str, str]] = []
    if times.discovered is None:
        problems.append(("discovered_at", tr("発見日時を入力してください。")))
    for field, value in (
        ("occurred_at", times.occurred),
        ("discovered_at", times.discovered),
        ("reported_at", times.reported),
        ("closed_at", times.closed),
    ):
        if value is not None and value > now + FUTURE_TOLERANCE:
            problems.append((field, tr("未来の日時は入力できません。")))
    if times.occurred and times.discovered and times.discovered < times.occurred:
        problems.append(
            (
                "discovered_at",
                tr("発見日時が発生日時より前になっています。日時を確認してください。"),
            )
        )
    if times.discovered and times.reported and times.reported < times.discovered:
        problems.append(
            (
                "reported_at",
                tr("CSIRTへの報告日時が発見日時より前になっています。日時を確認してください。"),
            )
        )
    start = times.reported or times.discovered
    if start and times.closed and times.closed < start:
        problems.append(
            (
                "closed_at",
                tr("完了日時が発見・報告の日時より前になっています。日時を確認してください。"),
            )
        )
    return problems


def split_tags(text: str | None) -> list[str]:
    """Tags typed with commas, 、 or spaces; each once, in the order typed."""
    if not text:
        return []
    seen: list[str] = []
    for part in re.split(r"[,、，\s]+", text):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen
