"""Reading returned self-inspection sheets: an .xlsx with a sheet per department, or one
CSV/.xlsx file per department."""

from __future__ import annotations

from pathlib import Path

from secdesk.i18n import tr
from secdesk.io.tabular import Table, TableError, read_table, sheet_names


def read_answer_sheets(path: Path | str) -> list[tuple[str, Table]]:
    """(sheet title, table) for every sheet with a header row; a CSV is one untitled sheet."""
    path = Path(path)
    with path.open("rb") as handle:
        is_xlsx = handle.read(4) == b"PK\x03\x04"
    if not is_xlsx:
        return [("", read_table(path))]
    result = []
    for name in sheet_names(path):
        try:
            table = read_table(path, sheet=name)
        except TableError:
            continue  # an empty sheet (instructions, a cover page) is no department's answer
        table.source = f"{path.name} [{name}]"
        result.append((name, table))
    if not result:
        read_table(path)  # raises the first sheet's own message (empty, no header row …)
        raise TableError(tr("回答の入ったシートがありません。"))
    return result
