"""Argument types shared by the command modules."""

from __future__ import annotations

import argparse

from secdesk.cli.context import CliError
from secdesk.i18n import tr

# Not in --help: `secdesk --self-test` starts `secdesk --qt-platform-check` to load Qt's platform
# plugin in a process of its own (a plugin that cannot load aborts the process).
QT_PLATFORM_CHECK = "--qt-platform-check"


def fiscal_year_arg(text: str) -> int:
    """2026, or 令和8 / R8 (令和 years)."""
    from secdesk.domain.text import normalize

    value = normalize(text).upper().replace("年度", "")
    for prefix in ("令和", "R"):
        if value.startswith(prefix) and value[len(prefix) :].isdigit():
            return 2018 + int(value[len(prefix) :])
    if value.isdigit() and 1990 <= int(value) <= 2100:
        return int(value)
    raise argparse.ArgumentTypeError(
        tr("年度は 2026 または 令和8 のように指定してください: {v}").format(v=text)
    )


def add_only_good_rows(parser) -> None:
    """--only-good-rows, as every import that offers it in the window has it here."""
    parser.add_argument(
        "--only-good-rows", action="store_true", help=tr("エラーの行を除いて取り込む")
    )


def refuse_unless_only_good_rows(ctx, problems, only_good_rows: bool) -> None:
    """Exit 1 when the file has errors, unless the person chose to import only the good rows
    and every error names its line (an error of the whole file still refuses it)."""
    if not problems:
        return
    if only_good_rows and all(p.line for p in problems):
        lines = len({p.line for p in problems})
        ctx.out(tr("エラーの {n} 行を除いて取り込みます。").format(n=lines))
        return
    raise CliError(tr("エラーがあるため、何も取り込んでいません。"))


def say_header(ctx, table) -> None:
    """Name the header row when title rows above it were read over."""
    note = table.header_note()
    if note:
        ctx.out("  " + note)
