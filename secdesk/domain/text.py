"""The one text normaliser: everything people search or match on goes through here.

NFKC folds full-width digits and letters (１２３ → 123, ＡＢＣ → ABC), half-width katakana
(ｶﾅ → カナ) and the ideographic space; whitespace runs collapse to one space. Search keys also
fold case and hiragana/katakana so that かな finds カナ.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Control characters other than tab/newline have no business in stored text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HIRAGANA_TO_KATAKANA = {cp: cp + 0x60 for cp in range(0x3041, 0x3097)}
_KATAKANA_TO_HIRAGANA = {cp + 0x60: cp for cp in range(0x3041, 0x3097)}


def normalize(text: str | None) -> str:
    """NFKC, one space for any run of whitespace, no leading/trailing space."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def clean_line(text: str | None) -> str:
    """A one-line value to show as typed (names, titles): NFC only, so ① and ｶﾅ stay as they
    are; no control characters, no leading/trailing or repeated spaces. Match on search_key()."""
    if not text:
        return ""
    text = (
        _CONTROL.sub("", unicodedata.normalize("NFC", text))
        .replace("\r", " ")  # a CR at an edge would survive export and import as an apostrophe
        .replace("\n", " ")
        .replace("\t", " ")
    )
    text = re.sub(" +", " ", re.sub("\u3000+", "\u3000", text))
    return text.strip(" \u3000")


def clean_multiline(text: str | None) -> str:
    """Free text as typed: NFC only (keep the user's full-width forms), no stray controls."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def normalize_code(text: str | None) -> str:
    """Staff numbers and codes: NFKC, no spaces at all, upper-case letters."""
    return normalize(text).replace(" ", "").upper()


def to_katakana(text: str) -> str:
    return text.translate(_HIRAGANA_TO_KATAKANA)


def kana_sort_key(text: str | None) -> str:
    """Sort key for フリガナ: full-width katakana, no spaces (ｽｽﾞｷ, すずき and スズキ sort alike)."""
    return to_katakana(normalize(text)).replace(" ", "")


def search_key(text: str | None) -> str:
    """What free text is matched on: normalised, case-folded, hiragana folded into katakana."""
    return to_katakana(normalize(text).casefold())


def is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def word_runs(text: str) -> list[str]:
    """Runs of letters and digits of a search key; punctuation and spaces separate runs."""
    runs: list[str] = []
    current: list[str] = []
    for ch in text:
        if is_word_char(ch):
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def bigram_tokens(text: str | None) -> list[str]:
    """Overlapping two-character tokens of every run, plus each run's last character alone.

    Japanese has no spaces between words, so a full-text index over bigrams is what lets a
    two-character query such as 紛失 match; a longer query becomes a phrase of its bigrams, which
    matches exactly the texts that contain it. The lone last character lets a one-character
    query (a prefix search on the tokens) reach the end of a run too.
    """
    tokens: list[str] = []
    for run in word_runs(search_key(text)):
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        tokens.append(run[-1])
    return tokens
