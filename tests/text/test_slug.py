"""Slugs: ASCII, lowercase, stable, unique; Vietnamese letters folded, đ included."""

from __future__ import annotations

import pytest

from generator.text.slug import MAX_LENGTH, heading_anchor, slugify, unique_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Việt Nam – Mexico phối hợp chặt chẽ để triển khai hiệu quả Hiệp định CPTPP",
            "viet-nam-mexico-phoi-hop-chat-che-de-trien-khai-hieu-qua-hiep-dinh-cptpp",
        ),
        ("Đà Nẵng", "da-nang"),
        ("ĐỒNG ĐẲNG", "dong-dang"),
        ("It’s time for Vietnam, Mexico", "its-time-for-vietnam-mexico"),
        ("Ciudad de México: 50 años", "ciudad-de-mexico-50-anos"),
        ('"Quotes": #1 --- ../../etc', "quotes-1-etc"),
        ("C:\\Windows\\path", "c-windows-path"),
        ("---", ""),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slugify_cuts_long_titles_at_a_word_boundary():
    slug = slugify("word " * 100)
    assert len(slug) <= MAX_LENGTH
    assert slug.endswith("word")


def test_unique_slug_adds_a_clear_suffix():
    assert unique_slug("a", set()) == "a"
    assert unique_slug("a", {"a"}) == "a-2"
    assert unique_slug("a", {"a", "a-2"}) == "a-3"


@pytest.mark.parametrize(
    ("heading", "anchor"), [("Đà Nẵng", "da-nang"), ("Năm 1975", "nam-1975"), ("!!!", "section")]
)
def test_heading_anchor_keeps_d(heading, anchor):
    assert heading_anchor(heading) == anchor


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("../../../etc/passwd", "etc-passwd"),
        ("..\\..\\Windows\\System32", "windows-system32"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("日本語のみ", ""),
        ("Việt Nam\u0300\u0301 NFD", "viet-nam-nfd"),
        ("CON", "con"),
        ("a" * 500, "a" * MAX_LENGTH),
    ],
    ids=[
        "dots",
        "backslashes",
        "markup",
        "no-latin",
        "stray-marks",
        "reserved-name",
        "one-long-word",
    ],
)
def test_slugs_are_safe_file_names(title, slug):
    assert slugify(title) == slug
    assert all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)
    assert not slug.startswith("-") and not slug.endswith("-")
