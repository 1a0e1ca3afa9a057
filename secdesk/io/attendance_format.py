"""E-learning results files: the columns the attendance import reads, and the dates in them.

The plain layout has 職員番号, 受講日 (or 完了日) and an optional 得点. Other layouts are mapped
column by column; Moodle's course completion report ("ID", "Name", identity columns such as
"ID number" or "Email address", activity status and date columns, then "Course complete" with a
date or blank) is recognised and mapped on its own: Moodle's "ID" is its internal user number,
so people are matched by the identity column that holds the staff number or the e-mail address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from secdesk.domain.errors import Problem
from secdesk.domain.text import normalize
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.io.tabular import Table

PLAIN, MOODLE = "plain", "moodle"


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    aliases: tuple[str, ...]
    label: str


FIELDS = (
    Field(
        "staff_number",
        "職員番号",
        ("職員コード", "職員ID", "社員番号", "ID number", "IDナンバー", "ID番号", "識別番号"),
        QT_TR_NOOP("職員番号"),
    ),
    Field(
        "email",
        "メールアドレス",
        ("Email address", "メール", "E-mail", "Email", "email"),
        QT_TR_NOOP("メールアドレス（職員番号がないとき）"),
    ),
    Field(
        "completed_on",
        "受講日",
        ("完了日", "修了日", "受講完了日", "完了日時", "Course complete", "コース完了"),
        QT_TR_NOOP("受講日（完了日）"),
    ),
    Field("score", "得点", ("点数", "スコア", "評点", "Score", "Grade"), QT_TR_NOOP("得点")),
    Field(
        "course_code",
        "研修コード",
        ("コースコード", "講座コード", "Course code"),
        QT_TR_NOOP("研修コード（ほかの研修の行は読み飛ばす）"),
    ),
    Field(
        "fiscal_year",
        "年度",
        ("研修の年度",),
        QT_TR_NOOP("年度（研修コードと組で見る）"),
    ),
    Field(
        "status",
        "状況",
        ("受講状況", "完了状況", "修了状況", "Status"),
        QT_TR_NOOP("状況（完了の行だけを受講とする）"),
    ),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
MOODLE_COMPLETE = ("Course complete", "コース完了")


# What a 状況 column says, normalised (NFKC, case-folded): a completion, or not one. The training
# export writes 完了 / 未完了 / 免除; e-learning systems write the others.
COMPLETED_WORDS = frozenset(
    ("完了", "修了", "受講済", "受講済み", "済", "済み", "合格", "completed", "complete", "passed")
)
NOT_COMPLETED_WORDS = frozenset(
    (
        *("未完了", "未修了", "未受講", "受講中", "免除", "欠席", "不合格", "未", "未実施"),
        *("not completed", "incomplete", "in progress", "not started", "failed", "exempt"),
    )
)


def status_says_completed(text: str) -> bool | None:
    """True for a completion, False for a status that is not one, None for words not known."""
    value = normalize(text).strip().casefold()
    if value in COMPLETED_WORDS:
        return True
    if value in NOT_COMPLETED_WORDS:
        return False
    return None


def fiscal_year_of(text: str) -> int | None:
    """年度 as the training export writes it (2026), or 令和8 / R8 / 令和8年度; None otherwise."""
    value = normalize(text).strip().removesuffix("年度").removesuffix("年")
    for prefix in ("令和", "R", "r"):
        if value.startswith(prefix):
            rest = value[len(prefix) :].strip()
            number = 1 if rest == "元" else int(rest) if rest.isdigit() else 0
            return 2018 + number if number else None
    return int(value) if value.isdigit() and len(value) == 4 else None


def detect_layout(headers: list[str]) -> str:
    """Moodle's completion report starts with ID and Name and ends with Course complete."""
    if len(headers) >= 3 and headers[-1] in MOODLE_COMPLETE and headers[0] == "ID":
        return MOODLE
    return PLAIN


def guess_mapping(headers: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for field in FIELDS:
        for candidate in (field.header, *field.aliases):
            if candidate in headers:
                mapping[field.key] = candidate
                break
    if detect_layout(headers) == MOODLE:
        mapping["completed_on"] = headers[-1]
    if "staff_number" in mapping and "email" in mapping:
        mapping.pop("email")  # the staff number is the better key when both are there
    return mapping


def mapping_problems(table: Table, mapping: dict[str, str]) -> list[Problem]:
    problems = []
    if not mapping.get("staff_number") and not mapping.get("email"):
        problems.append(
            Problem(tr("職員番号（またはメールアドレス）の列を指定してください。"), "staff_number")
        )
    if not mapping.get("completed_on"):
        problems.append(Problem(tr("必須の列「受講日（完了日）」がありません。"), "completed_on"))
    for key, column in mapping.items():
        if column and column not in table.headers:
            problems.append(
                Problem(tr("列「{name}」がファイルにありません。").format(name=column), key)
            )
    return problems


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?$")
_KANJI = re.compile(r"^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日(?:.*)?$")
_REIWA = re.compile(r"^(?:令和|R)\s*(\d{1,2}|元)[年.]\s*(\d{1,2})[月.]\s*(\d{1,2})日?(?:.*)?$")
# Moodle in English writes strftimedatetimeshort as day/month/two-digit year, then the time.
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$")


@lru_cache(maxsize=4096)
def parse_day(text: str) -> date | None:
    """A day as people and systems write it; None when it cannot be read.

    Cached: a results file of 100,000 rows holds a few hundred distinct days.

    Accepts 2026-11-25, 2026/11/25 10:30, 2026年11月25日, 令和8年11月25日, R8.11.25 and
    Moodle's English 25/11/26, 10:30 (day first). A time after the day is ignored.
    """
    value = normalize(text)
    for pattern, build in (
        (_ISO, lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (_KANJI, lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (_REIWA, lambda m: (2018 + (1 if m[1] == "元" else int(m[1])), int(m[2]), int(m[3]))),
        (_DMY, lambda m: (_full_year(m[3]), int(m[2]), int(m[1]))),
    ):
        match = pattern.match(value)
        if match:
            try:
                return date(*build(match))
            except ValueError:
                return None
    return None


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


@lru_cache(maxsize=4096)
def parse_score(text: str) -> float | None:
    """A score such as 85, 85.5, ８５点 or 85%; raises ValueError when it is not a number."""
    value = normalize(text).removesuffix("点").removesuffix("%").strip()
    if not value or value in ("-", "－"):
        return None
    number = float(value)
    if not 0 <= number <= 1000:
        raise ValueError(value)
    return number
