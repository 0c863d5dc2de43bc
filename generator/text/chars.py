"""Which characters are text a reader can see, and which are not: one policy for seeds,
sidecars, front matter and feeds.

Never text: C0 and C1 control characters, Unicode non-characters and lone surrogates,
and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
that make a reader see other characters than the ones stored. Invisible: zero-width
spaces, word joiners, soft hyphens and byte-order marks, which copy-paste leaves behind.
The zero-width joiner and non-joiner (U+200D, U+200C) are kept where a script needs
them: between two letters of a script other than Latin (Persian, Hindi ...), and ZWJ
inside an emoji sequence.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters (tab and line breaks aside)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional controls
    "\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"  # non-characters, lone surrogates
)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_JOINER = re.compile("[\u200c\u200d]")
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]")


def _uses_joiners(char: str) -> bool:
    """A letter of a script other than Latin (whose scripts shape letters with joiners)."""
    if not char:
        return False
    category = unicodedata.category(char)
    return category[0] in "LM" and ord(char) > 0x024F and not 0x1E00 <= ord(char) <= 0x1EFF


def _is_emoji(char: str) -> bool:
    return bool(char) and (unicodedata.category(char) == "So" or 0x1F3FB <= ord(char) <= 0x1F3FF)


def _joiner_is_needed(text: str, position: int) -> bool:
    before = text[position - 1] if position else ""
    after = text[position + 1] if position + 1 < len(text) else ""
    if _uses_joiners(before) and _uses_joiners(after):
        return True
    return text[position] == "\u200d" and _is_emoji(before) and _is_emoji(after)


def _joiners_out(text: str) -> str:
    if not _JOINER.search(text):
        return text
    return "".join(
        char
        for position, char in enumerate(text)
        if char not in "\u200c\u200d" or _joiner_is_needed(text, position)
    )


def clean_text(text: str) -> str:
    """`text` without what is never text and without invisible characters a page needs not.

    Tabs and line breaks are left to the caller (a seed keeps its lines).
    """
    return _joiners_out(_INVISIBLE.sub("", _NOT_TEXT.sub("", text)))


def unseen_characters(text: str, *, line_breaks: bool = False) -> list[str]:
    """The characters of `text` that `clean_text` would take out, as "U+202E" names.

    With `line_breaks`, a tab or line break counts too (a one-line value has none).
    """
    found = [char for char in _NOT_TEXT.findall(text) + _INVISIBLE.findall(text)]
    found += [
        text[m.start()] for m in _JOINER.finditer(text) if not _joiner_is_needed(text, m.start())
    ]
    if line_breaks:
        found += _LINE_BREAKS.findall(text)
    return sorted({f"U+{ord(char):04X}" for char in found})
