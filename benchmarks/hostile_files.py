"""Hostile files against the one tabular reader: each case read in a fresh process, its wall time
and peak memory (max RSS) measured. The goal (issue 15): any file up to the 200 MB limit is
imported or refused within 300 MB of memory and 30 s, and a refusal names what was too large.

    .venv/bin/python benchmarks/hostile_files.py [--keep DIR]

Cases (built on the fly in a temporary folder, about 330 MB on disk):
- bomb.xlsx: 2 MB that declares and inflates to 2 GB (one sheet of spaces);
- liar.xlsx: a sheet part whose header declares 1 KB but inflates to 1 GB;
- grid.xlsx: a 3-row sheet declaring A1:XFD1048576;
- commas.csv: 100 MB, 100 rows × 1,000,000 columns (a normal header);
- rows.csv: 200 MB of plain 10-column rows (refused by the cells cap);
- ok.csv: 20 MB, 400,000 rows × 5 columns (refused by the cells cap at row 300,002);
- big.xlsx: 400,000 rows × 5 inline strings, 190 MB of XML (parsed until the cells cap).
"""

from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _base_xlsx(path: Path) -> dict[str, bytes]:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["職員番号", "氏名"])
    book.active.append(["1", "山田"])
    book.save(path)
    with zipfile.ZipFile(path) as source:
        return {i.filename: source.read(i) for i in source.infolist()}


def _write_zip(path: Path, parts: dict[str, bytes | Path]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, content in parts.items():
            if isinstance(content, bytes):
                target.writestr(name, content)
            else:
                target.write(content, name)


def make_bomb(folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    parts = _base_xlsx(path)
    body = folder / "body.xml"
    with body.open("wb") as handle:
        handle.write(HEADER)
        chunk = b" " * (64 * 1024 * 1024)
        for _ in range(32):
            handle.write(chunk)
    parts["xl/worksheets/sheet1.xml"] = body
    _write_zip(path, parts)
    return path


def make_liar(folder: Path) -> Path:
    """The bomb with its sheet's declared size lowered to 1 KB in both headers."""
    bomb = folder / "bomb.xlsx"
    path = folder / "liar.xlsx"
    data = bytearray(bomb.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x01\x02")
    while data[at + 46 : at + 46 + len(name)] != name:
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = struct.pack("<I", 1024)
    local = struct.unpack("<I", data[at + 42 : at + 46])[0]
    data[local + 22 : local + 26] = struct.pack("<I", 1024)
    path.write_bytes(bytes(data))
    return path


def make_grid(folder: Path) -> Path:
    import re

    path = folder / "grid.xlsx"
    parts = _base_xlsx(path)
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', sheet
    )
    _write_zip(path, parts)
    return path


def make_big_sheet(folder: Path) -> Path:
    """A real-looking sheet of 400,000 rows × 5 inline-string cells (about 190 MB of XML, 10 MB
    on disk): within the inflated limit, so it is parsed until the cells cap stops it."""
    path = folder / "big.xlsx"
    parts = _base_xlsx(path)
    body = folder / "big.xml"
    with body.open("wb") as handle:
        handle.write(HEADER + b"<sheetData>")
        for r in range(1, 400_001):
            cells = "".join(
                f'<c r="{col}{r}" t="inlineStr"><is><t>v{r}{col}</t></is></c>' for col in "ABCDE"
            )
            handle.write(f'<row r="{r}">{cells}</row>'.encode())
        handle.write(b"</sheetData></worksheet>")
    parts["xl/worksheets/sheet1.xml"] = body
    _write_zip(path, parts)
    return path


def make_commas(folder: Path) -> Path:
    path = folder / "commas.csv"
    with path.open("wb") as handle:
        handle.write("職員番号,氏名\n".encode())
        row = b"," * 999_999 + b"\n"
        for _ in range(100):
            handle.write(row)
    return path


def make_rows(folder: Path, name: str, megabytes: int, columns: int) -> Path:
    path = folder / name
    line = (",".join(f"v{i:03d}" for i in range(columns)) + "\n").encode()
    with path.open("wb") as handle:
        handle.write((",".join(f"c{i}" for i in range(columns)) + "\n").encode())
        block = line * 10_000
        written = 0
        while written < megabytes * 1024 * 1024:
            handle.write(block)
            written += len(block)
    return path


CHILD = """
import resource, sys, time
from secdesk.io.tabular import TableError, read_table
start = time.perf_counter()
try:
    table = read_table(sys.argv[1])
    outcome = f"imported {len(table.rows):,} rows"
except TableError as error:
    outcome = f"refused: {error}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{peak:.0f}\\t{outcome}")
"""


def measure(path: Path) -> tuple[float, str, str]:
    """(wall seconds, peak RSS of the reading process in MB, outcome)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT
    )
    wall = time.perf_counter() - start
    if done.returncode:
        return wall, "?", "crashed: " + done.stderr.strip().splitlines()[-1]
    peak, outcome = done.stdout.strip().split("\t", 1)
    return wall, peak, outcome


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="secdesk-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = [
        ("grid.xlsx", make_grid),
        ("ok.csv", lambda f: make_rows(f, "ok.csv", 20, 5)),
        ("big.xlsx", make_big_sheet),
        ("bomb.xlsx", make_bomb),
        ("liar.xlsx", make_liar),
        ("commas.csv", make_commas),
        ("rows.csv", lambda f: make_rows(f, "rows.csv", 199, 10)),
    ]
    print("| file | size | time | peak RSS | outcome |")
    print("|---|---:|---:|---:|---|")
    for name, make in cases:
        path = make(folder)
        size = path.stat().st_size / (1024 * 1024)
        wall, peak, outcome = measure(path)
        print(f"| {name} | {size:.1f} MB | {wall:.1f} s | {peak} MB | {outcome} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
