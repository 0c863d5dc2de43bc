"""The two tables written beside each Pagefind index for the search worker: numbers written
with a separator (Pagefind reads "1,5" as "15") and the words a mistyped word may have meant.

The tables are pure functions of the indexed texts, tested on texts; one build of small
pages checks they land next to the index, from the text Pagefind indexed.
tests/browser/test_search_answers.py checks that the worker reads them as they are written.
"""

from __future__ import annotations

import json

import pytest

from generator.site import search
from tests.helpers import write_built_page


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("đạt 1,5 tỷ USD.", ["đạt", "1,5", "tỷ", "usd"]),
        ("US$1.5 billion, US$15", ["us", "1.5", "billion", "us", "15"]),
        ("27,5% (CPTPP).", ["27,5", "cptpp"]),
        ("5/3/2024 2020-2021", ["5", "3", "2024", "2020", "2021"]),
        ("15.000 người", ["15.000", "người"]),
        ("G20 Covid-19", ["g20", "covid", "19"]),
        ("Tho\u0302\u0301ng", ["thống"]),  # decomposed marks are composed first
    ],
)
def test_words_are_cut_with_numbers_whole(text, parts):
    assert search.compared_parts(text) == parts


def test_numbers_written_with_a_separator_list_the_pages_of_each_written_form():
    texts = {
        "vi_a": "Kim ngạch đạt 15 tỷ USD, tăng 27,5%.",
        "vi_b": "Vốn đầu tư đạt 1,5 tỷ USD, gấp 15 lần.",
        "vi_c": "Năm 2024 có 150 dự án.",
    }
    assert search.number_tables(texts) == {
        "15": {"15": {"15": ["vi_a", "vi_b"], "1,5": ["vi_b"]}},
        "75": {"275": {"27,5": ["vi_a"]}},
    }  # 2024 and 150 are written one way only: Pagefind alone matches them exactly


def test_words_of_three_letters_or_more_count_their_pages_by_first_letter_without_marks():
    texts = {"en_a": "Mexico and Mexico's partners", "en_b": "Mexico, Đà Nẵng đầu tư 2024"}
    assert search.word_tables(texts) == {
        "6d": {"mexico": 2},
        "61": {"and": 1},
        "70": {"partners": 1},
        "64": {"đầu": 1},  # "Đà" has two letters; "tư" too; numbers are not words
        "6e": {"nẵng": 1},
    }


@pytest.mark.parametrize(
    ("word", "shard"), [("mexico", "6d"), ("đầu", "64"), ("ảnh", "61"), ("über", "75")]
)
def test_a_word_is_kept_by_its_first_letter_without_marks(word, shard):
    assert search.word_shard(word) == shard


@pytest.mark.parametrize(("digits", "shard"), [("15", "15"), ("275", "75"), ("5", "05")])
def test_a_number_is_kept_by_its_last_two_digits(digits, shard):
    assert search.number_shard(digits) == shard


def _article(lang: str, text: str) -> str:
    """What Pagefind reads of an article page (overrides/article.html): its root and text."""
    return (
        f'<html lang="{lang}"><body><article class="nsg-article" lang="{lang}">'
        f"<h1>Headline</h1><p>{text}</p></article></body></html>"
    )


def test_the_build_writes_the_tables_beside_each_index_from_what_pagefind_indexed(tmp_path):
    site = tmp_path / "site"
    write_built_page(site, "articles/a", _article("en", "Trade reached US$15 billion."))
    write_built_page(site, "articles/b", _article("en", "Investment reached US$1.5 billion."))
    write_built_page(site, "vi/articles/a", _article("vi", "Đạt 1,5 tỷ USD."))
    search.build(site, {"en": 2, "vi": 1})

    english = search.bundle_dir(site, "en")
    pages = {path.stem for path in english.glob("fragment/*.pf_fragment")}
    numbers = json.loads((english / "numbers" / "15.json").read_text("utf-8"))
    assert set(numbers) == {"15"}
    assert set(numbers["15"]) == {"15", "1.5"}
    assert {*numbers["15"]["15"], *numbers["15"]["1.5"]} == pages
    words = json.loads((english / "words" / "62.json").read_text("utf-8"))
    assert words == {"billion": 2}

    listed = json.loads((english / search.TABLES).read_text("utf-8"))
    written = sorted(path.relative_to(english).as_posix() for path in english.glob("*/*.json"))
    assert listed == written  # the worker asks only for tables that exist

    vietnamese = search.bundle_dir(site, "vi")
    assert set(json.loads((vietnamese / "numbers" / "15.json").read_text("utf-8"))) == {"15"}
    assert not (vietnamese / "words" / "62.json").exists()  # one language per index
