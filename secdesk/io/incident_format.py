"""The incident file: the columns `export incidents` writes and `import incidents` reads.

One row per record. The parts of a record that are lists (timeline, duties, contacts) are one cell
each, one entry per line, fields separated by tabs; text inside an entry escapes backslash, tab
and newline as \\\\, \\t and \\n. Times are Tokyo wall-clock time to the minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from secdesk.domain.timezone import TOKYO, local_naive
from secdesk.i18n import tr
from secdesk.io.dates import parse_datetime

HEADERS = (
    "番号",
    "種別",
    "状態",
    "件名",
    "概要",
    "分類",
    "ネットワーク",
    "所属コード",
    "所属名",
    "報告者職員番号",
    "報告者",
    "担当者",
    "発生日時",
    "発見日時",
    "CSIRT報告日時",
    "初動日時",
    "完了日時",
    "重大度",
    "機密性",
    "タグ",
    "原因",
    "応急措置・対応",
    "再発防止策",
    "本人の数",
    "要配慮個人情報",
    "特定個人情報",
    "不正の目的のおそれ",
    "財産的被害のおそれ",
    "漏えい等した項目",
    "二次被害",
    "本人への対応",
    "公表",
    "取消理由",
    "移行元番号",
    "関連番号",
    "対応経過",
    "報告義務",
    "関係機関への連絡",
)
REQUIRED = ("種別", "件名", "発見日時")
# Widths of the .xlsx columns, in characters.
WIDTHS = {
    "件名": 36,
    "概要": 50,
    "分類": 24,
    "対応経過": 60,
    "報告義務": 50,
    "関係機関への連絡": 40,
}

TRUE_WORDS = {"1", "TRUE", "○", "◯", "はい", "あり", "有", "YES", "Y"}
FALSE_WORDS = {"", "0", "FALSE", "×", "いいえ", "なし", "無", "NO", "N", "-"}
_FORMULA_START = ("=", "+", "-", "@")


def unneutralise(value: str) -> str:
    """Undo io.writers.neutralise: its apostrophe before a formula character."""
    if value.startswith("'") and value[1:2] in _FORMULA_START:
        return value[1:]
    return value


def parse_bool(value: str) -> bool | None:
    text = value.strip().upper()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return None


def parse_time(value: str) -> datetime | None:
    """Tokyo wall-clock "YYYY-MM-DD HH:MM" (or any form io.dates reads, or ISO 8601 with an
    offset) as an aware instant.

    Raises ValueError when the text is not a time."""
    text = value.strip().replace("/", "-").replace("T", " ")
    if not text:
        return None
    if len(text) == 16 and text[4] == "-" and text[7] == "-" and text[13] == ":":
        # The export's own form, parsed without strptime (a 100,000-line import has 500,000).
        try:
            return datetime(
                int(text[0:4]),
                int(text[5:7]),
                int(text[8:10]),
                int(text[11:13]),
                int(text[14:16]),
                tzinfo=TOKYO,
            )
        except ValueError:
            pass
    try:
        return parse_datetime(value)  # 和暦, 年月日, full-width digits, Excel serials …
    except ValueError:
        pass
    parsed = datetime.fromisoformat(text)  # ISO 8601 with an offset (UTC "Z" …)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=TOKYO)


def format_time(value: datetime | None) -> str:
    return local_naive(value).strftime("%Y-%m-%d %H:%M") if value else ""


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def join_entries(entries: list[list[str]]) -> str:
    return "\n".join("\t".join(escape(field) for field in entry) for entry in entries)


def split_entries(cell: str, width: int) -> list[list[str]]:
    """The entries of a list cell, each padded to `width` fields; raises ValueError if too wide."""
    entries = []
    for line in cell.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        fields = [unescape(f) for f in line.split("\t")]
        if len(fields) > width:
            raise ValueError(tr("「{line}」の区切り（タブ）が多すぎます。").format(line=line[:40]))
        entries.append(fields + [""] * (width - len(fields)))
    return entries


@dataclass(frozen=True)
class EventEntry:
    at: str
    actor: str
    kind: str
    from_status: str
    to_status: str
    text: str


@dataclass(frozen=True)
class DutyEntry:
    duty: str
    due: str
    required: str
    done_at: str
    method: str
    note: str
    basis: str


@dataclass(frozen=True)
class NotificationEntry:
    target: str
    notified_at: str
    method: str
    note: str
