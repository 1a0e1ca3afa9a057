"""Messages of the Qt-free core (services, importers, CLI), Japanese first.

Source strings are Japanese; resources/translations/secdesk_en.ts holds their English versions.
The GUI reads the same catalog through Qt's translator (the compiled .qm), the core reads the .ts
directly, so one file serves both and `pyside6-lupdate` collects every `tr("...")` call.
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache

SUPPORTED = ("ja", "en")
_language = "ja"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED else "ja"


def language() -> str:
    return _language


def tr(text: str) -> str:
    """Translate a Japanese source string into the current language (format it afterwards)."""
    if _language == "ja":
        return text
    return _catalog(_language).get(text, text)


@cache
def _catalog(lang: str) -> dict[str, str]:
    from secdesk.paths import translations_dir

    path = translations_dir() / f"secdesk_{lang}.ts"
    if not path.is_file():
        return {}
    result: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source and node is not None and node.text and node.get("type") != "unfinished":
                result.setdefault(source, node.text)
    return result


def join(items: Iterable[str]) -> str:
    """Items in running text: 「、」 between them in Japanese, ", " in English."""
    return ("、" if _language == "ja" else ", ").join(items)


def QT_TR_NOOP(text: str) -> str:
    """Mark a string for the catalog where it is defined; translate it with tr() where shown."""
    return text


def language_from_environment() -> str:
    """The language the command line speaks: English only when the locale asks for it."""
    override = os.environ.get("SECDESK_LANG")
    if override:
        return override if override in SUPPORTED else "ja"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    if sys.platform == "win32":
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "en" if lang_id & 0x3FF == 0x09 else "ja"
    return "ja"
