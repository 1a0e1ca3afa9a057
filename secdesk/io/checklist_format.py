"""The audit checklist file and the self-inspection answer sheet: their columns and names.

A checklist comes either in the short form (項目番号, 分類, 監査項目, 参照) or with the columns
of the national audit guideline's tables: 項目 (大項目 › 中項目), No., 必須, 監査項目,
監査資料の例, 監査実施の例, ポリシーガイドライン例文番号, 関連JIS Q 27002番号, 留意事項.
Only the item number and the item text are required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secdesk.domain.text import normalize
from secdesk.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the name written in exports and templates
    required: bool = False
    aliases: tuple[str, ...] = ()
    label: str = ""


CHECKLIST_COLUMNS = (
    Column("code", "No.", True, ("項目番号", "番号", "項番", "No", "NO."), QT_TR_NOOP("項目番号")),
    Column("category", "項目", False, ("分類", "区分"), QT_TR_NOOP("分類（大項目 › 中項目）")),
    Column("category_major", "大項目", False, (), QT_TR_NOOP("大項目")),
    Column("category_minor", "中項目", False, (), QT_TR_NOOP("中項目")),
    Column("required", "必須", False, ("必須項目",), QT_TR_NOOP("必須")),
    Column(
        "text", "監査項目", True, ("点検項目", "項目内容", "チェック項目"), QT_TR_NOOP("監査項目")
    ),
    Column("reference", "参照", False, ("根拠", "参照先"), QT_TR_NOOP("参照")),
    Column("evidence_examples", "監査資料の例", False, (), QT_TR_NOOP("監査資料の例")),
    Column("procedure_examples", "監査実施の例", False, (), QT_TR_NOOP("監査実施の例")),
    Column(
        "policy_ref",
        "ポリシーガイドライン例文番号",
        False,
        ("ポリシーガイドライン番号", "例文番号"),
        QT_TR_NOOP("ポリシーガイドライン例文番号"),
    ),
    Column(
        "jis_ref",
        "関連JIS Q 27002番号",
        False,
        ("JIS Q 27002", "関連JIS番号", "JIS番号"),
        QT_TR_NOOP("関連JIS Q 27002番号"),
    ),
    Column("notes", "留意事項", False, ("備考",), QT_TR_NOOP("留意事項")),
    Column("applies_to", "対象所属", False, ("対象", "対象部署"), QT_TR_NOOP("対象所属")),
)

ANSWER_COLUMNS = (
    Column(
        "department_code", "所属コード", False, ("課コード", "所属CD"), QT_TR_NOOP("所属コード")
    ),
    Column("code", "項目番号", True, ("No.", "No", "番号", "項番"), QT_TR_NOOP("項目番号")),
    Column("category", "分類", False, ("項目",), QT_TR_NOOP("分類")),
    Column("text", "監査項目", False, ("点検項目",), QT_TR_NOOP("監査項目")),
    Column("answer", "回答", True, ("回答欄", "結果", "点検結果"), QT_TR_NOOP("回答")),
    Column("comment", "コメント", False, ("備考", "補足", "理由"), QT_TR_NOOP("コメント")),
)

# 大項目 › 中項目 in one cell: people write ›, > or ＞ (CP932 has no ›), ／ or a line break.
_CATEGORY_SPLIT = re.compile(r"\s*(?:›|>|＞|»|/|／|\n)\s*")


def header_key(text: str) -> str:
    """Headers match whatever their width, spacing, case or trailing full stop."""
    return normalize(text).replace(" ", "").casefold().rstrip(".")


def guess_columns(headers: list[str], columns: tuple[Column, ...]) -> dict[str, int]:
    """column key → index in the file, for the columns found under any of their names."""
    found: dict[str, int] = {}
    keys = [header_key(h) for h in headers]
    for column in columns:
        for name in (column.header, *column.aliases):
            key = header_key(name)
            if key in keys and keys.index(key) not in found.values():
                found[column.key] = keys.index(key)
                break
    return found


def missing_required(found: dict[str, int], columns: tuple[Column, ...]) -> list[Column]:
    return [c for c in columns if c.required and c.key not in found]


def split_category(text: str) -> tuple[str, str]:
    """ "組織体制 › 推進体制" → ("組織体制", "推進体制"); one level stays major only."""
    parts = [p for p in _CATEGORY_SPLIT.split(text.strip(), maxsplit=1) if p]
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


def department_code_of_sheet(title: str) -> str:
    """Answer sheets are named "110 総務課" (code, a space, the name): the code is the key."""
    return normalize(title).split(" ", 1)[0].upper() if title else ""
