"""Folding Vietnamese (and other accented Latin) text so that different spellings compare equal.

Readers type without tone marks, newsrooms write the same syllable with the tone on
either vowel ("hòa" / "hoà"), and slugs must be plain ASCII: these are the pure
functions behind slugs and search.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
    }
)
# The two tone placements of open "oa", "oe", "uy" syllables ("hòa" in the
# press's traditional style, "hoà" in the newer one) spell the same word. The
# importer keeps the newsroom's spelling; search maps both to the traditional one.
_NEWER_TO_TRADITIONAL = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_NEWER_TO_TRADITIONAL.update(
    {k.capitalize(): v.capitalize() for k, v in list(_NEWER_TO_TRADITIONAL.items())}
)
_NEWER_PLACEMENT = re.compile(
    r"(?<![qQ])(?:" + "|".join(map(re.escape, _NEWER_TO_TRADITIONAL)) + r")(?!\w)"
)


def ascii_fold(text: str) -> str:
    """Drop accents and tone marks: "Thái Bình Dương" → "Thai Binh Duong"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def traditional_tone_placement(text: str) -> str:
    """Spell "hoà", "thuỷ" as "hòa", "thủy", so both placements compare equal."""
    return _NEWER_PLACEMENT.sub(lambda m: _NEWER_TO_TRADITIONAL[m.group(0)], text)
