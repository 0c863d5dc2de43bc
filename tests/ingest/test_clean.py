"""Cleaning seeds: encodings, line endings, Unicode forms, spaces and page chrome."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from generator.ingest.clean import (
    DecodeError,
    decode,
    normalise,
    paragraphs,
    repair_mojibake,
)
from tests.helpers import windows_1258

VIETNAMESE = "Việt Nam – Mexico hợp tác, Đà Nẵng, hòa bình"


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


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VIETNAMESE.encode("utf-16-le"), "utf-16-le"),
        (VIETNAMESE.encode("utf-16-be"), "utf-16-be"),
        ("Vietnam and Mexico".encode("utf-16-le"), "utf-16-le"),
    ],
    ids=["vi-le", "vi-be", "en-le"],
)
def test_decode_reads_utf16_without_a_byte_order_mark(data, encoding):
    assert decode(data) == (data.decode(encoding), encoding)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"text with a \x00 in it", b"\x00"],
    ids=["png", "one-zero", "only-zero"],
)
def test_decode_refuses_binary_files(data):
    with pytest.raises(DecodeError, match=r"not UTF-8 text: a zero byte at offset \d+"):
        decode(data)


def test_decode_reads_windows_1258_full_of_numbers():
    text = "Năm 2023, kim ngạch đạt 15,5 tỷ USD (tăng 27,5%); ngày 1/1/2024 – 31/12/2024."
    decoded, encoding = decode(windows_1258(text))
    assert (normalise(decoded), encoding) == (text, "windows-1258")


def test_decode_refuses_windows_1252_that_may_be_vietnamese_without_tones():
    # "đ" in Windows-1258 is "ð" in Windows-1252: with no tone marks, nobody can tell which.
    with pytest.raises(DecodeError):
        decode("Viet Nam va Mexico dong y".replace("d", "\xf0").encode("latin-1"))


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (its unused bytes kept as C1 controls), as copy-paste does."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


@pytest.mark.parametrize(
    "text",
    [VIETNAMESE, "Café “naïve” — 50\u00a0%", "Thứ trưởng Bùi Thanh Sơn và Ngoại giao"],
    ids=["vietnamese", "western", "c1-controls"],
)
def test_repair_mojibake_when_the_whole_text_turns_back(text):
    assert repair_mojibake(mojibake(text)) == (text, True)


@pytest.mark.parametrize(
    "text",
    [VIETNAMESE, "NGÃ\u00a0BA ĐẦU TIÊN", "CAFÉ… and Ç¸", "Ordinary English text, “quoted”."],
)
def test_repair_mojibake_leaves_real_text_alone(text):
    assert repair_mojibake(text) == (text, False)


def test_repair_mojibake_refuses_half_broken_text():
    with pytest.raises(DecodeError, match="holds mojibake"):
        repair_mojibake(VIETNAMESE + " " + mojibake(VIETNAMESE))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("a\x85b", "a\nb"), ("a\x9cb\x80c", "abc"), ("a\ufffeb\uffff", "ab"), ("a\u2029b", "a\n\nb")],
    ids=["next-line", "c1-controls", "non-characters", "paragraph-separator"],
)
def test_normalise_removes_what_is_never_text(raw, clean):
    assert normalise(raw) == clean
