"""Tell the languages of the site apart by the text itself, never by the file name.

Vietnamese is written with letters English never uses (ă â đ ê ô ơ ư and the
tone marks), so their share of the letters decides almost every case. Text
typed without tone marks falls back to counting each language's commonest
short words. Anything else is refused rather than guessed. What each language
looks like is data (`detect.yml`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import yaml

from generator import languages

LETTER_SHARE = 0.03  # of all letters: more than this many of a language's own letters decide
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _signatures() -> dict[str, tuple[re.Pattern | None, frozenset[str]]]:
    text = resources.files("generator.ingest").joinpath("detect.yml").read_text("utf-8")
    signatures = {}
    for code, entry in yaml.safe_load(text).items():
        if not languages.is_known(code):
            continue
        letters = re.compile(f"[{entry['letters']}]") if entry.get("letters") else None
        signatures[code] = (letters, frozenset(entry["common_words"].split()))
    return signatures


def detect_language(text: str) -> str | None:
    """The code of the text's language, or None when the text does not say clearly."""
    text = unicodedata.normalize("NFC", text)
    letters = sum(ch.isalpha() for ch in text)
    signatures = _signatures()
    for code, (own_letters, _) in signatures.items():
        share = len(own_letters.findall(text)) / letters if own_letters and letters else 0
        if share > LETTER_SHARE:
            return code
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return None
    counts = sorted(
        ((sum(word in common for word in words), code) for code, (_, common) in signatures.items()),
        reverse=True,
    )
    best, code = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return code if best >= 2 and best > 2 * runner_up else None
