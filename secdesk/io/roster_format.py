"""The personnel CSV: the columns `import staff` reads and `export staff` writes.

Export writes exactly the default import columns, so an exported file imports back unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from secdesk.domain.errors import Problem
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.io.tabular import Table, no_header_problem


@dataclass(frozen=True)
class Field:
    key: str
    header: str  # default column name in the file
    required: bool = False
    aliases: tuple[str, ...] = ()
    label: str = ""


FIELDS = (
    Field(
        "staff_number",
        "職員番号",
        True,
        ("職員コード", "職員ID", "社員番号"),
        QT_TR_NOOP("職員番号"),
    ),
    Field("name", "氏名", True, ("名前", "職員氏名"), QT_TR_NOOP("氏名")),
    Field(
        "kana",
        "フリガナ",
        False,
        ("ふりがな", "カナ氏名", "氏名カナ", "カナ"),
        QT_TR_NOOP("フリガナ"),
    ),
    Field("department_code", "所属コード", True, ("課コード", "所属CD"), QT_TR_NOOP("所属コード")),
    Field("department_name", "所属名", False, ("所属", "課名"), QT_TR_NOOP("所属名")),
    Field("title", "役職", False, ("職名", "役職名"), QT_TR_NOOP("役職")),
    Field("employment_type", "雇用区分", False, ("任用区分", "職員区分"), QT_TR_NOOP("雇用区分")),
    Field(
        "email",
        "メールアドレス",
        False,
        ("メール", "E-mail", "Email", "email"),
        QT_TR_NOOP("メールアドレス"),
    ),
    Field("status", "在職", False, ("在職区分", "在籍"), QT_TR_NOOP("在職")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
EXPORT_HEADERS = tuple(f.header for f in FIELDS)

ACTIVE_WORDS = {"", "在職", "在籍", "在職中", "休職", "休職中", "1", "TRUE"}
LEFT_WORDS = {"退職", "離職", "退職済", "0", "FALSE"}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """field key → column name, for the columns found by their usual names."""
    mapping = {}
    for field in FIELDS:
        for candidate in (field.header, *field.aliases):
            if candidate in headers:
                mapping[field.key] = candidate
                break
    return mapping


def mapping_problems(table: Table, mapping: dict[str, str]) -> list[Problem]:
    known = [name for field in FIELDS for name in (field.header, *field.aliases)]
    required = [field.header for field in FIELDS if field.required]
    no_header = no_header_problem(table, [*known, *mapping.values()], required)
    if no_header:
        return [Problem(no_header)]
    problems = []
    for field in FIELDS:
        column = mapping.get(field.key)
        if column is None:
            if field.required:
                problems.append(
                    Problem(
                        tr("必須の列「{name}」がありません。").format(name=field.header), field.key
                    )
                )
        elif column not in table.headers:
            problems.append(
                Problem(tr("列「{name}」がファイルにありません。").format(name=column), field.key)
            )
    return problems
