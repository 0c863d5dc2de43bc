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
from generator.text.chars import clean_text


class DecodeError(GeneratorError):
    """The bytes are not text we can read with confidence."""


# Spaces that are not plain spaces but mean one: no-break, ideographic, the
# fixed-width family and the zero-width ones that copy-paste leaves behind.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RUNS_OF_SPACE = re.compile(r"[ \t]+")

# Trailing page chrome: a "read more" link left at the end of a copied page.
_READ_MORE = re.compile(
    r"^(?:đọc thêm|xem thêm|tin liên quan|read more|see also|related(?: news| articles)?)"
    r"\s*[:.…]*$",
    re.IGNORECASE,
)

_TONE_AFTER_VOWEL = re.compile(r"[aeiouyăâêôơư][\u0300\u0301\u0303\u0309\u0323]", re.I)
_PUNCTUATION = frozenset(".,;:!?'\"()[]/%&+-–—‘’“”…«»·•*#@$€₫°")
# Windows-1252 letters that stand where Windows-1258 has đ, Đ and ₫.
_AMBIGUOUS_1252 = re.compile("[ðÐþÞ]")

# Windows-1252's reading of every byte; its five unused bytes read as C1 controls.
_CP1252_BYTE = {bytes([b]).decode("cp1252", errors="ignore") or chr(b): b for b in range(256)}
_CONTINUATION = "".join(ch for ch, byte in _CP1252_BYTE.items() if 0x80 <= byte <= 0xBF)
# One UTF-8 letter read as Windows-1252: a lead byte's letter, then its continuation bytes'.
_MOJIBAKE_SEQUENCE = re.compile(
    f"[\u00c2-\u00df][{re.escape(_CONTINUATION)}]"
    f"|[\u00e0-\u00ef][{re.escape(_CONTINUATION)}]{{2}}"
    f"|[\u00f0-\u00f4][{re.escape(_CONTINUATION)}]{{3}}"
)
# What mojibake of English and Vietnamese turns back into: the Latin-1 letters, the rest of
# the Vietnamese alphabet and its tone marks (U+1EA0-U+1EF9 are checked apart), and the
# typographic punctuation and spaces that copy-paste brings.
_MOJIBAKE_TARGETS = frozenset(
    [chr(c) for c in range(0xC0, 0x100)]
    + list("ĂăĐđĨĩŨũƠơƯư\u0300\u0301\u0303\u0309\u0323\u00a0–—‘’“”…•€₫")
)

# Text decoded with the wrong code page: UTF-8 read as Windows-1252.
_MOJIBAKE = re.compile(
    r"[ÃÄÅÆ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of a seed and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such;
    UTF-16 without a BOM is recognised by its zero bytes. Anything else is
    tried as a legacy code page only when the result is unambiguous; otherwise
    the seed is refused rather than turned into mojibake.
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
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
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


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """Bytes with zeros in them: UTF-16 when the zeros fall on every other byte, else not text."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # ASCII letters give a zero on one side; U+0100, U+0200 ... on the other, rarely.
        if len(data) % 2 == 0 and zeros > 0.3 * (len(data) // 2) and other * 20 <= zeros:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            if not _CONTROL.search(text):
                return text, encoding
            break
    raise DecodeError(
        f"not UTF-8 text: a zero byte at offset {data.index(0)} (is it a binary file?)"
    )


def _decode_legacy(data: bytes) -> tuple[str | None, str]:
    """Decode Windows-1258 (Vietnamese) or Windows-1252 (Western) when it is clear which.

    The bytes must decode without error and read as text: letters, digits,
    spaces and punctuation, no control characters. Windows-1258 writes tones as
    combining marks after vowels, which no Western text has; without them it
    is Windows-1252, unless the text holds the letters where the two differ
    most (Windows-1258's đ and ₫ are Windows-1252's ð and þ): then it is
    Vietnamese typed without tones, or neither, and we cannot tell.
    """
    for encoding, label in (("cp1258", "windows-1258"), ("cp1252", "windows-1252")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_like_text(text):
            continue
        has_tones = _TONE_AFTER_VOWEL.search(text) is not None
        if encoding == "cp1258" and has_tones:
            return text, label
        if encoding == "cp1252" and not has_tones and not _AMBIGUOUS_1252.search(text):
            return text, label
    return None, ""


def _looks_like_text(text: str) -> bool:
    if not text or _CONTROL.search(text) or _MOJIBAKE.search(text):
        return False
    plain = sum(
        ch.isalnum() or ch.isspace() or ch in _PUNCTUATION or unicodedata.category(ch) == "Mn"
        for ch in text
    )
    return plain / len(text) > 0.95


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was read as Windows-1252 and saved again ("Viá»‡t" for "Việt").

    Valid UTF-8 can still hold mojibake when a file went through the wrong
    code page once. A real case has it all through the text, so a pair of
    characters that merely looks like it ("NGÃ" before a no-break space) is
    left alone. When the whole text turns back into UTF-8, the repair is
    certain and is made; when only part of it does, nobody can tell which
    characters are right, and `DecodeError` refuses the text.
    """
    found = _mojibake(text, enough=3)
    if len(found) < 2:
        return text, False
    try:
        return _as_cp1252_bytes(text).decode("utf-8"), True
    except (ValueError, UnicodeDecodeError):
        if len(found) < 3:
            return text, False
        raise DecodeError(
            f"holds mojibake ({found[0]!r}): UTF-8 read through the wrong code page and saved "
            "again; save it again from the source as UTF-8"
        ) from None


def _mojibake(text: str, enough: int) -> list[str]:
    """Up to `enough` runs of characters that are the Windows-1252 reading of a UTF-8 letter."""
    found = []
    for match in _MOJIBAKE_SEQUENCE.finditer(text):
        try:
            letter = _as_cp1252_bytes(match.group(0)).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if letter in _MOJIBAKE_TARGETS or "\u1ea0" <= letter <= "\u1ef9":
            found.append(match.group(0))
            if len(found) == enough:
                break
    return found


def _as_cp1252_bytes(text: str) -> bytes:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    # Decoders that meet Windows-1252's five unused bytes keep them as C1 controls.
    data = bytearray()
    for ch in text:
        byte = _CP1252_BYTE.get(ch)
        if byte is None:
            raise ValueError(f"{ch!r} is not a Windows-1252 character")
        data.append(byte)
    return bytes(data)


def normalise(text: str) -> str:
    """NFC, plain spaces, `\\n` line endings, and only characters a reader sees (text.chars)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\x85", "\n")
    text = text.replace("\u2029", "\n\n")
    text = clean_text(unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).replace("\t", " ")


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
