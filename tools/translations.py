"""Keep the English catalog in step with the code.

    python tools/translations.py update   collect every tr("…") and .ui string into
                                          resources/translations/secdesk_en.ts (translations kept),
                                          then compile secdesk_en.qm
    python tools/translations.py check    list strings that still have no English translation

Translate in resources/translations/secdesk_en.ts (Qt Linguist, or any editor), then `update`.
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
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "secdesk/*.py", "secdesk/**/*.py", "ui/*.ui"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    return sorted(set(listed))


def update() -> None:
    subprocess.run([_tool("lupdate"), *sources(), "-source-language", "ja_JP", "-target-language", "en_US",
                    "-no-obsolete", "-locations", "none", "-ts", str(TS)], cwd=ROOT, check=True)
    release()


def release(target: Path = QM) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(target)], cwd=ROOT, check=True)


def unfinished() -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or not (node.text or "").strip() or node.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        missing = unfinished()
        for context, source in missing:
            print(f"[{context}] {source}")
        print(f"{len(missing)} untranslated")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
