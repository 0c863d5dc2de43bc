"""Turn the bytes of a seed, as newsrooms send them, into clean lines of text.

Seeds come from content systems, e-mail and copy-paste: byte-order marks,
UTF-16, legacy Vietnamese code pages, CR line endings, decomposed Unicode,
old-style tone marks, no-break spaces, photo captions printed twice and a
trailing "Read more". Everything here is a pure function of its input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from generator.errors import GeneratorError


class DecodeError(GeneratorError):
    """The bytes are not text we can read with confidence."""


# Spaces that are not plain spaces but mean one: no-break, ideographic, the
# fixed-width family and the zero-width ones that copy-paste leaves behind.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RUNS_OF_SPACE = re.compile(r"[ \t]+")

# Trailing page chrome: a "read more" link left at the end of a copied page.
_READ_MORE = re.compile(
    r"^(?:đọc thêm|xem thêm|tin liên quan|read more|see also|related(?: news| articles)?)"
    r"\s*[:.…]*$",
    re.IGNORECASE,
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

_TONE_AFTER_VOWEL = re.compile(r"[aeiouyăâêôơư][\u0300\u0301\u0303\u0309\u0323]", re.I)
# Text decoded with the wrong code page: UTF-8 read as Windows-1252.
_MOJIBAKE = re.compile(
    r"[ÃÄÅÆ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of a seed and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such.
    Anything else is tried as a legacy code page only when the result is
    unambiguous; otherwise the seed is refused rather than turned into mojibake.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"not valid {encoding.upper()} after its byte-order mark (byte {error.start})"
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    text, encoding = _decode_legacy(data)
    if text is None:
        raise DecodeError(
            f"not UTF-8 (invalid byte 0x{data[first_bad]:02x} at offset {first_bad}) "
            "and no other encoding fits with confidence; save it as UTF-8"
        )
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str | None, str]:
    """Decode Windows-1258 (Vietnamese) or Windows-1252 (Western) when it is clear which.

    The bytes must decode without error and read as text: mostly letters and
    spaces, no control characters. Windows-1258 writes tones as combining marks
    after vowels, which no Western text has; without them it is Windows-1252.
    """
    for encoding, label in (("cp1258", "windows-1258"), ("cp1252", "windows-1252")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_like_text(text):
            continue
        has_tones = _TONE_AFTER_VOWEL.search(text) is not None
        if (encoding == "cp1258") == has_tones:
            return text, label
    return None, ""


def _looks_like_text(text: str) -> bool:
    if _CONTROL.search(text) or _MOJIBAKE.search(text):
        return False
    letters = sum(ch.isalpha() or ch.isspace() or unicodedata.category(ch) == "Mn" for ch in text)
    return bool(text) and letters / len(text) > 0.85


def normalise(text: str) -> str:
    """NFC, plain spaces, `\\n` line endings, no stray controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _CONTROL.sub("", text).replace("\t", " ")


def traditional_tone_placement(text: str) -> str:
    """Spell "hoà", "thuỷ" as "hòa", "thủy", so both placements compare equal."""
    return _NEWER_PLACEMENT.sub(lambda m: _NEWER_TO_TRADITIONAL[m.group(0)], text)


def paragraphs(text: str) -> list[str]:
    """Split normalised text into non-empty lines, dropping page chrome.

    A seed puts one paragraph on a line (blank lines are optional). A line
    printed twice in a row is a photo caption repeated by the page layout:
    it is not part of the story, so both copies go. A trailing "Đọc thêm" /
    "Read more" line is a link left over from the web page.
    """
    lines = [_RUNS_OF_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index + 1 < len(lines) and lines[index + 1] == line and index > 0:
            while index < len(lines) and lines[index] == line:
                index += 1
            continue
        kept.append(line)
        index += 1
    while len(kept) > 1 and _READ_MORE.match(kept[-1]):
        kept.pop()
    return kept
