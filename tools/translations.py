"""Keep the English catalog in step with the code.

    python tools/translations.py update   collect every tr("…") and .ui string into
                                          resources/translations/secdesk_en.ts (translations kept),
                                          then compile secdesk_en.qm
    python tools/translations.py check    list strings that still have no English translation
    python tools/translations.py todo [FILE.tsv]
                                          write the untranslated messages as TSV (stdout if no
                                          FILE): context, source, English (empty, or the English
                                          the same source already has in another context)
    python tools/translations.py apply FILE.tsv
                                          fill the catalog from such a TSV (rows whose third
                                          column is filled; context and source must match), then
                                          `update`

    python tools/translations.py merge    after a `git merge` that conflicts on the catalog: take the
                                          union of both sides' messages (by context and source; a
                                          finished translation wins over an unfinished one), then
                                          `update` so strings gone from the code are dropped

Translate in resources/translations/secdesk_en.ts (Qt Linguist, or any editor), then `update`;
or, for a batch of new strings: `update`, `todo new.tsv`, fill the third column, `apply new.tsv`.
In the TSV a tab, a line break and a backslash inside a text are written \\t, \\n and \\\\.
Keep {placeholders} as they are and give every (&X) mnemonic an English letter ("&User name").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "secdesk_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "secdesk/*.py", "secdesk/**/*.py", "ui/*.ui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(set(listed))


def update() -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            *sources(),
            "-source-language",
            "ja_JP",
            "-target-language",
            "en_US",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(TS),
        ],
        cwd=ROOT,
        check=True,
    )
    release()


def release(target: Path = QM) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(TS), "-qm", str(target)], cwd=ROOT, check=True
    )


def unfinished() -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or not (node.text or "").strip() or node.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
    return missing


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"t": "\t", "n": "\n"}.get(nxt, nxt))
        else:
            out.append(ch)
    return "".join(out)


def _finished(message: ET.Element) -> str | None:
    node = message.find("translation")
    if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
        return None
    return node.text


def todo() -> str:
    """The untranslated messages as TSV lines, each with a suggestion from another context."""
    root = ET.parse(TS).getroot()
    known = {}
    for message in root.iter("message"):
        if _finished(message) is not None:
            known.setdefault(message.findtext("source") or "", _finished(message))
    lines = []
    for context, source in unfinished():
        lines.append("\t".join(_escape(t) for t in (context, source, known.get(source, ""))))
    return "".join(line + "\n" for line in lines)


def apply(tsv: Path) -> int:
    """Fill translations from a TSV (context, source, English); returns how many were set."""
    wanted: dict[tuple[str, str], str] = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8-sig").split("\n"), start=1):
        line = line.rstrip("\r")  # saved by a spreadsheet
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{tsv}:{number}: expected 3 tab-separated columns, found {len(parts)}")
        context, source, english = (_unescape(p) for p in parts)
        if english.strip():
            wanted[(context, source)] = english
    tree = ET.parse(TS)
    done = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted:
                node = message.find("translation")
                if node is None:
                    node = ET.SubElement(message, "translation")
                node.attrib.pop("type", None)
                node.text = wanted[key]
                done.add(key)
    for context, source in sorted(set(wanted) - done):
        print(f"not in the catalog (run update first?): [{context}] {source}", file=sys.stderr)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    update()  # lupdate rewrites the file in its own layout, then the .qm is compiled
    return len(done)


def _git_stage(stage: int, path: Path) -> ET.Element:
    relative = path.relative_to(ROOT).as_posix()
    text = subprocess.run(
        ["git", "show", f":{stage}:{relative}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    return ET.fromstring(text)


def merge() -> int:
    """Union of "ours" (stage 2) and "theirs" (stage 3) of a conflicted catalog; returns added."""
    ours, theirs = _git_stage(2, TS), _git_stage(3, TS)
    contexts = {c.findtext("name") or "": c for c in ours.iter("context")}
    added = 0
    for context in theirs.iter("context"):
        name = context.findtext("name") or ""
        mine = contexts.get(name)
        if mine is None:
            ours.append(context)
            contexts[name] = context
            added += len(context.findall("message"))
            continue
        messages = {m.findtext("source") or "": m for m in mine.iter("message")}
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            present = messages.get(source)
            if present is None:
                mine.append(message)
                added += 1
            elif _finished(present) is None and _finished(message) is not None:
                mine.remove(present)
                mine.append(message)
    body = ET.tostring(ours, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    update()
    return added


def main(argv: list[str]) -> int:
    if argv[:1] == ["merge"]:
        print(f"{merge()} messages taken from the other side")
        return 0
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        missing = unfinished()
        for context, source in missing:
            print(f"[{context}] {source}")
        print(f"{len(missing)} untranslated")
        return 1 if missing else 0
    if argv[:1] == ["todo"]:
        text = todo()
        if len(argv) > 1:
            Path(argv[1]).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if argv[:1] == ["apply"] and len(argv) == 2:
        print(f"{apply(Path(argv[1]))} translations applied")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
