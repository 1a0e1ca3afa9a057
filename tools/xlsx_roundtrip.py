"""Open an .xlsx that secdesk wrote in another spreadsheet program and compare what it read.

    python tools/xlsx_roundtrip.py FILE.xlsx        (needs LibreOffice: soffice on PATH)

LibreOffice Calc opens the file headless and saves it again as .xlsx; openpyxl then reads both
and compares every cell. Excel is not available on the build machines; this is the check that
the streamed SpreadsheetML (secdesk/io/xlsx_stream.py) is read by a program other than openpyxl.
Calc writes booleans back as =TRUE()/=FALSE() and drops view settings (frozen panes) when run
headless, even for openpyxl's own files: those are not counted as differences.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl


def same(a, b) -> bool:
    if a == b or (a in (None, "") and b in (None, "")):
        return True
    if isinstance(a, bool):
        return b == f"={str(a).upper()}()"
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return abs(a - b) < dt.timedelta(milliseconds=2)  # a day fraction, stored as a float
    return isinstance(a, float) and isinstance(b, int | float) and abs(a - b) < 1e-9


def main(path: Path) -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is not on PATH.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{scratch}/p",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", scratch, str(path)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        ours = openpyxl.load_workbook(path)
        theirs = openpyxl.load_workbook(Path(scratch) / path.name)
        cells = dates = differ = 0
        if ours.sheetnames != theirs.sheetnames:
            print(f"sheets differ: {ours.sheetnames} / {theirs.sheetnames}")
            return 1
        for name in ours.sheetnames:
            a, b = ours[name], theirs[name]
            if (a.max_row, a.max_column, a.auto_filter.ref) != (
                b.max_row,
                b.max_column,
                b.auto_filter.ref,
            ):
                print(f"{name}: size or filter differs")
                differ += 1
            for row_a, row_b in zip(
                a.iter_rows(values_only=True), b.iter_rows(values_only=True), strict=False
            ):
                for x, y in zip(row_a, row_b, strict=False):
                    cells += 1
                    dates += isinstance(x, dt.date)
                    if not same(x, y):
                        differ += 1
                        print(f"{name}: {x!r} read as {y!r}")
    print(f"{len(ours.sheetnames)} sheets, {cells:,} cells ({dates:,} dates): {differ} differences")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
