"""GoPhish's campaign "Results" CSV, read as GoPhish writes it.

Columns: id, status, ip, latitude, longitude, send_date, reported, modified_date, email,
first_name, last_name, position. Dates are RFC 3339 in UTC (Go's zero time,
0001-01-01T00:00:00Z, means "not set"); `reported` is true or false; cells that could run as a
spreadsheet formula carry a leading ' from GoPhish's CSV escaping. Only the outcome is taken:
the IP address, the location and the job title are read past and never kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from secdesk.domain.errors import Problem
from secdesk.domain.training import DrillStage
from secdesk.i18n import tr
from secdesk.io.tabular import Table

COLUMNS = (
    "id",
    "status",
    "ip",
    "latitude",
    "longitude",
    "send_date",
    "reported",
    "modified_date",
    "email",
    "first_name",
    "last_name",
    "position",
)
REQUIRED = ("status", "send_date", "reported", "modified_date", "email")

# GoPhish's result statuses and how far each says the mail got.
STATUSES = {
    "Scheduled": DrillStage.NOT_SENT,
    "Sending": DrillStage.NOT_SENT,
    "Retrying": DrillStage.NOT_SENT,
    "Error": DrillStage.NOT_SENT,
    "Email Sent": DrillStage.SENT,
    "Email Opened": DrillStage.OPENED,
    "Clicked Link": DrillStage.CLICKED,
    "Submitted Data": DrillStage.SUBMITTED,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:\d{2})$"
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class GophishRow:
    line: int
    email_key: str  # case-folded, as Staff.email_key
    email: str
    stage: DrillStage
    reported: bool
    sent_at: datetime | None
    modified_at: datetime | None
    error: bool  # GoPhish could not send the mail


def unescape(value: str) -> str:
    """Undo GoPhish's formula escaping: a ' it put before = + - @ tab or CR."""
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def parse_time(text: str) -> datetime | None:
    """RFC 3339 (Go writes up to nine fractional digits); Go's zero time means unset.

    Raises ValueError for anything else."""
    match = _RFC3339.match(text.strip())
    if not match:
        raise ValueError(text)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if year == "0001":
        return None
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    if zone in ("Z", "z"):
        tz = UTC
    else:
        sign = 1 if zone[0] == "+" else -1
        tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    value = datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz
    )
    return value.astimezone(UTC)


def header_problems(table: Table) -> list[Problem]:
    missing = [c for c in REQUIRED if c not in table.headers]
    if not missing:
        return []
    return [
        Problem(
            tr(
                "GoPhish のキャンペーン結果（Results）の CSV ではありません。列 {cols} がありません。"
            ).format(cols=", ".join(missing))
        )
    ]


def read_results(table: Table) -> tuple[list[GophishRow], list[Problem]]:
    """Every row of the file, or the problems of every malformed row (with line numbers)."""
    problems = header_problems(table)
    if problems:
        return [], problems
    index = {name: table.column(name) for name in REQUIRED}
    rows: list[GophishRow] = []
    seen: dict[str, int] = {}
    for row in table.rows:

        def cell(name: str, values=row.values) -> str:
            position = index[name]
            return unescape(values[position].strip()) if position < len(values) else ""

        reasons = []
        status = cell("status")
        stage = STATUSES.get(status)
        if stage is None:
            reasons.append(
                tr("状態「{v}」は GoPhish の結果の状態ではありません。").format(v=status)
            )
        reported_text = cell("reported").lower()
        if reported_text not in ("true", "false"):
            reasons.append(
                tr("reported は true か false です（「{v}」）。").format(v=cell("reported"))
            )
        times = {}
        for name in ("send_date", "modified_date"):
            try:
                times[name] = parse_time(cell(name))
            except ValueError:
                reasons.append(
                    tr("{col} の日時「{v}」を読めません（RFC 3339 形式）。").format(
                        col=name, v=cell(name)
                    )
                )
        email = cell("email")
        key = email.casefold()
        if not _EMAIL.match(email):
            reasons.append(tr("メールアドレス「{v}」が正しくありません。").format(v=email))
        elif key in seen:
            reasons.append(
                tr("メールアドレス「{v}」が{line}行目と重複しています。").format(
                    v=email, line=seen[key]
                )
            )
        else:
            seen[key] = row.line
        if reasons:
            problems.extend(Problem(reason, line=row.line) for reason in reasons)
            continue
        rows.append(
            GophishRow(
                row.line,
                key,
                email,
                stage,
                reported_text == "true",
                times["send_date"],
                times["modified_date"],
                status == "Error",
            )
        )
    return rows, problems
