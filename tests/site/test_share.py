"""Share images: drawn at build time, offline, the same bytes for the same text, every
Vietnamese letter drawn (no missing-glyph boxes), headline kept inside the card."""

from __future__ import annotations

import io
import socket
import unicodedata

import pytest
from PIL import Image

from generator import languages
from generator.site import share
from generator.site.entries import page_url

# Every letter Vietnamese writes: the 12 vowels with each of the 6 tones, đ, in both cases.
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE = (
    "".join(unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES) + "đ"
)
VIETNAMESE += VIETNAMESE.upper()

CARD = share.Card(
    "Việt Nam – Mexico phối hợp chặt chẽ để triển khai hiệu quả Hiệp định CPTPP",
    "Việt Nam – Mexico",
    "17/7/2020",
)


def test_the_font_draws_every_vietnamese_letter():
    assert len(VIETNAMESE) == 2 * (12 * 6 + 1)
    assert share.missing_glyphs(VIETNAMESE) == []
    assert share.missing_glyphs("中") == ["中"]  # the check does see a missing glyph


def test_tone_marks_change_the_picture():
    plain = share.card_png(share.Card("Viet Nam", "Site"))
    toned = share.card_png(share.Card("Việt Nam", "Site"))
    assert plain != toned


def test_the_same_card_gives_the_same_bytes():
    assert share.card_png(CARD) == share.card_png(CARD)
    assert share.logo_png() == share.logo_png()


def test_cards_are_drawn_without_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a share image opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    share._font.cache_clear()  # load the font again, with the network gone
    assert share.card_png(CARD).startswith(b"\x89PNG")


def test_a_card_is_a_small_16_colour_png_of_the_size_previews_ask_for():
    data = share.card_png(CARD)
    image = Image.open(io.BytesIO(data))
    assert image.size == (share.WIDTH, share.HEIGHT) == (1200, 630)
    assert image.mode == "P" and len(image.getpalette()) // 3 <= 16
    assert len(data) < 40_000
    logo = Image.open(io.BytesIO(share.logo_png()))
    assert logo.size == (share.LOGO_SIZE, share.LOGO_SIZE) and share.LOGO_SIZE >= 112


@pytest.mark.parametrize(
    "headline",
    [
        "Short",
        "Đã đến lúc Việt Nam, Mexico cân nhắc nâng quan hệ song phương lên tầm cao mới " * 6,
        "A" * 400,  # one word wider than the card
    ],
)
def test_the_headline_fits_the_card(headline):
    size, lines = share.fit_headline(headline)
    font = share._font(size)
    assert 1 <= len(lines) <= share.HEADLINE_LINES
    assert all(font.getlength(line) <= share.TEXT_WIDTH for line in lines)
    if len(headline) > 300:
        assert lines[-1].endswith(share.ELLIPSIS)


def test_markup_in_a_headline_is_drawn_as_text():
    assert share.card_png(share.Card("<script>alert(1)</script>", "Site")).startswith(b"\x89PNG")


def test_built_site_has_a_card_per_article_and_language(built_site):
    from generator.contract.frontmatter import load
    from generator.contract.pages import article_files
    from tests.helpers import ROOT

    for path in article_files(ROOT / "docs"):
        meta = load(path.read_text("utf-8")).meta
        card = built_site / page_url(meta["slug"], meta["lang"]) / "share.png"
        assert card.is_file(), card
    for language in languages.LANGUAGES:
        assert (built_site / language.prefix / "share.png").is_file()
    assert (built_site / "assets" / "publisher-logo.png").is_file()
