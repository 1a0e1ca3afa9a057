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
from secdesk.io import dates
from secdesk.io.tabular import Row, Table, no_header_problem

PLAIN, MOODLE, MOODLE_ACTIVITY = "plain", "moodle", "moodle-activity"


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


# Moodle's identity columns (the site's showuseridentity), English and Japanese.
MOODLE_IDENTITY = ("ID number", "IDナンバー", "Email address", "メールアドレス")


def detect_layout(headers: list[str]) -> str:
    """Moodle's course completion report starts with ID and Name and ends with Course complete;
    its activity completion report starts with a blank (the name column), the identity columns,
    then two columns per activity (its name, its expected date, often blank)."""
    if len(headers) >= 3 and headers[-1] in MOODLE_COMPLETE and headers[0] == "ID":
        return MOODLE
    if len(headers) >= 3 and headers[0] == "" and any(h in MOODLE_IDENTITY for h in headers):
        return MOODLE_ACTIVITY
    return PLAIN


def _activity_done(state: str) -> bool:
    """Moodle's completion-y / -pass / -y-override strings (en, ja) say done; -n and -fail
    (「Completed (did not achieve pass grade)」) do not."""
    value = normalize(state).strip().casefold()
    if "did not achieve" in value or "fail" in value or "未達" in value or "不合格" in value:
        return False
    return value.startswith(("completed", "完了")) and not value.startswith("未完了")


def activity_report_as_completion(table: Table) -> Table:
    """Moodle's activity completion report (report/progress) read as a course completion report:
    a person has completed when every activity of the file is complete, on the latest of their
    dates. Headers become ID (blank), Name, the identity columns and Course complete."""
    headers = table.headers
    last_identity = max(i for i, h in enumerate(headers) if h in MOODLE_IDENTITY)
    identity = list(range(1, last_identity + 1))
    activities = list(range(last_identity + 1, len(headers) - 1, 2))
    rows = []
    for row in table.rows:
        values = row.values + [""] * (len(headers) - len(row.values))
        states = [values[i] for i in activities]
        dates = [parse_day(values[i + 1]) for i in activities if values[i + 1].strip()]
        done = bool(states) and all(_activity_done(s) for s in states) and len(dates) == len(states)
        complete = max(dates).isoformat() if done else ""
        rows.append(Row(row.line, ["", values[0], *(values[i] for i in identity), complete]))
    names = ["ID", "Name", *(headers[i] for i in identity), MOODLE_COMPLETE[0]]
    return Table(names, rows, table.encoding, table.source, table.header_line)


def other_export(headers: list[str]) -> str:
    """What a file is when it is another export of Moodle or GoPhish, and which export to use
    instead; "" for any other file."""
    lowered = {h.casefold() for h in headers}
    if "last downloaded from this course" in lowered or any(
        h.endswith(("(Real)", "(実数)", "(Percentage)", "(パーセンテージ)")) for h in headers
    ):
        return tr(
            "Moodle の評定表（評定のエクスポート）です。完了日がありません。"
            "Moodle の「コース完了」レポートか「活動完了」レポートをダウンロードして指定してください。"
        )
    if {"campaign_id", "email", "time", "message", "details"} <= lowered:
        return tr(
            "GoPhish の「Raw Events」の CSV です。"
            "キャンペーンの「Export CSV」→「Results」で書き出したファイルを、訓練の取り込み（GoPhish）で指定してください。"
        )
    if {"status", "send_date", "reported", "email"} <= lowered:
        return tr(
            "GoPhish の「Results」の CSV です。受講結果ではなく、訓練の取り込み（GoPhish）で指定してください。"
        )
    return ""


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
    other = other_export(table.headers)
    if other:
        return [Problem(other)]
    known = [name for field in FIELDS for name in (field.header, *field.aliases)]
    no_header = no_header_problem(table, [*known, *mapping.values()], ["職員番号", "受講日"])
    if no_header:
        return [Problem(no_header)]
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


# Moodle in English writes strftimedatetimeshort as day/month/two-digit year, then the time.
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$")


@lru_cache(maxsize=4096)
def parse_day(text: str) -> date | None:
    """A day as people and systems write it (io.dates: ISO, slashes, 年月日, 和暦 full and
    abbreviated, full-width digits, Excel serials), or Moodle's English 25/11/26, 10:30 (day
    first); None when it cannot be read. A time after the day is ignored.

    Cached: a results file of 100,000 rows holds a few hundred distinct days."""
    try:
        return dates.parse_day(text)
    except ValueError:
        pass
    match = _DMY.match(normalize(text).strip())
    if match:
        try:
            return date(_full_year(match[3]), int(match[2]), int(match[1]))
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
