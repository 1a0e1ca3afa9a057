"""Names of files that arrive from elsewhere (attachments): reduced to a safe base name before
they are stored or written to disk, and the kinds of file that are never launched.

A name stored by a Linux client or written straight into the database can be
`..\\..\\Startup\\evil.bat`, `C:\\evil.exe` or carry a right-to-left override that makes
`photo\u202egpj.exe` read as `photoexe.jpg`. Both separators are cut, control and bidi characters
dropped, the trailing dots and spaces Windows ignores removed, and the device names Windows
reserves (CON, NUL, COM1 …) refused.
"""

from __future__ import annotations

import re
import unicodedata

# Windows reserves these names with any extension (CON.txt is the console too).
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.I)
# Bidi embeddings, overrides and isolates, and the marks that flip reading order.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}

# Opened with a double click, these run code instead of showing a document: the folder is shown.
EXECUTABLE_SUFFIXES = frozenset(
    [
        ".exe",
        ".com",
        ".bat",
        ".cmd",
        ".lnk",
        ".url",
        ".pif",
        ".scr",
        ".msi",
        ".msp",
        ".mst",
        ".cpl",
        ".dll",
        ".ocx",
        ".sys",
        ".drv",
        ".jar",
        ".js",
        ".jse",
        ".vbs",
        ".vbe",
        ".wsf",
        ".wsh",
        ".wsc",
        ".ps1",
        ".psm1",
        ".psd1",
        ".ps1xml",
        ".hta",
        ".reg",
        ".inf",
        ".scf",
        ".chm",
        ".application",
        ".appref-ms",
        ".gadget",
        ".msc",
        ".settingcontent-ms",
        ".library-ms",
        ".search-ms",
        ".iso",
        ".img",
        ".vhd",
        ".vhdx",
        ".xll",
        ".xlam",
        ".ppam",
        ".docm",
        ".dotm",
        ".xlsm",
        ".xltm",
        ".pptm",
        ".potm",
        ".sh",
        ".py",
        ".pyw",
    ]
)


def safe_base_name(name: str) -> str:
    """The last part of `name` under either separator, without control or bidi characters or
    trailing dots and spaces; "" when nothing is left. Reserved device names get a leading "_"."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(
        ch for ch in base if ch not in _BIDI and unicodedata.category(ch) not in ("Cc", "Cf")
    )
    base = base.replace(":", "_").strip().rstrip(". ")
    if base in ("", ".", ".."):
        return ""
    stem = base.split(".")[0].strip()
    if _RESERVED.match(stem):
        base = "_" + base
    return base[:255]


def is_reserved(name: str) -> bool:
    return bool(_RESERVED.match((name or "").split(".")[0].strip()))


def is_executable(name: str) -> bool:
    """Would Windows run it (or a macro in it) when opened?"""
    lowered = (name or "").lower().rstrip(". ")
    return any(lowered.endswith(suffix) for suffix in EXECUTABLE_SUFFIXES)
