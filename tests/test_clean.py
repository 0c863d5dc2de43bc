"""Cleaning seeds: encodings, line endings, Unicode forms, spaces and page chrome."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from generator.clean import (
    DecodeError,
    decode,
    normalise,
    paragraphs,
    traditional_tone_placement,
)

VIETNAMESE = "Việt Nam – Mexico hợp tác, Đà Nẵng, hòa bình"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters, then the tone as a combining mark."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VIETNAMESE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), "utf-8-sig"),
        (VIETNAMESE.encode("utf-16"), "utf-16"),  # Python writes the BOM
        (codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), "utf-16"),
        (windows_1258(VIETNAMESE), "windows-1258"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1258"],
)
def test_decode_reads_vietnamese_in_every_encoding_we_can_tell(data, encoding):
    text, used = decode(data)
    assert used == encoding
    assert normalise(text) == VIETNAMESE


def test_decode_reads_western_windows_1252():
    text, used = decode("Ciudad de México, café y señor".encode("cp1252"))
    assert (text, used) == ("Ciudad de México, café y señor", "windows-1252")


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)), b"\x81\x8d\x8f\x90\x9d" * 20, "Café".encode().decode("cp1252").encode()],
    ids=["all-bytes", "undefined-cp1252", "double-encoded-utf8"],
)
def test_decode_refuses_what_it_cannot_read_with_confidence(data):
    if data == "Café".encode().decode("cp1252").encode():
        # valid UTF-8 that holds mojibake is still UTF-8: it is read, not guessed
        assert decode(data)[1] == "utf-8"
        return
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode(data)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        (unicodedata.normalize("NFD", VIETNAMESE), VIETNAMESE),
        ("15\u00a0tỷ\u202fUSD\u3000x", "15 tỷ USD x"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bell\x07", "bell"),
        ("Ủy ban, thủy, hoà", "Ủy ban, thủy, hoà"),  # spelling is the newsroom's: kept
    ],
    ids=["line-endings", "nfd", "spaces", "invisible", "control", "tone-placement-kept"],
)
def test_normalise(raw, clean):
    assert normalise(raw) == clean


@pytest.mark.parametrize(
    ("word", "traditional"),
    [("hoà", "hòa"), ("Hoà", "Hòa"), ("thuỷ", "thủy"), ("hoàng", "hoàng"), ("quý", "quý")],
)
def test_traditional_tone_placement(word, traditional):
    assert traditional_tone_placement(word) == traditional


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nOne.\nCaption\nCaption\nTwo.", ["Title", "One.", "Two."]),
        ("Title\nOne.\n\nĐọc thêm", ["Title", "One."]),
        ("Title\nOne.\nRead more…", ["Title", "One."]),
        ("Title\nOne.\nXem thêm:", ["Title", "One."]),
        ("  Title  \n\n\n   One   two. \n", ["Title", "One two."]),
        ("Title\nTitle\nBody.", ["Title", "Title", "Body."]),  # headline repeated: not a caption
        ("Read more\nBody.", ["Read more", "Body."]),  # only trailing chrome goes
    ],
    ids=["caption", "doc-them", "read-more", "xem-them", "spaces", "headline", "leading"],
)
def test_paragraphs_drop_page_chrome(text, expected):
    assert paragraphs(text) == expected
