"""Tell English from Vietnamese by the text itself, never by the file name.

Vietnamese is written with letters English never uses (ă â đ ê ô ơ ư and the
tone marks), so their share of the letters decides almost every case. Text
typed without tone marks falls back to counting each language's commonest
short words. Anything else is refused rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("en", "vi")

# Letters of the Vietnamese alphabet that no Western European language uses
# (everything past Latin-1: ă đ ĩ ũ ơ ư and the Latin Extended Additional block).
_VIETNAMESE_LETTER = re.compile(r"[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]+")

_ENGLISH_WORDS = frozenset(
    "the of and to in is was for on that with as by at from it its has have be are "
    "were this which said will an their after between two".split()
)
_VIETNAMESE_WORDS = frozenset(
    "cua va cac nhung duoc trong nguoi mot voi cho la khong nam tai ve da se hai "
    "nuoc viet nhu theo cung nay quan he hop tac".split()
)


def detect_language(text: str) -> str | None:
    """Return "en" or "vi", or None when the text does not say clearly."""
    text = unicodedata.normalize("NFC", text)
    letters = sum(ch.isalpha() for ch in text)
    if letters and len(_VIETNAMESE_LETTER.findall(text)) / letters > 0.03:
        return "vi"
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return None
    english = sum(word in _ENGLISH_WORDS for word in words)
    vietnamese = sum(word in _VIETNAMESE_WORDS for word in words)
    if english >= 2 and english > 2 * vietnamese:
        return "en"
    if vietnamese >= 2 and vietnamese > 2 * english:
        return "vi"
    return None
