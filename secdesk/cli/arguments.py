"""Argument types shared by the command modules."""

from __future__ import annotations

import argparse

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
