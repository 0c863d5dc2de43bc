"""Language detection from the text itself."""

from __future__ import annotations

import pytest

from generator.ingest.detect import detect_language
from tests.helpers import ROOT

SEEDS = ROOT / "seeds"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vietnam and Mexico agreed to boost trade in the coming years.", "en"),
        ("Việt Nam và Mexico nhất trí thúc đẩy thương mại.", "vi"),
        ("Viet Nam va Mexico hop tac trong nhieu linh vuc cua hai nuoc", "vi"),
        ("Đà Nẵng", "vi"),
        ("Ciudad de México y Hanói firmaron", None),
        ("12345 67890", None),
        ("", None),
    ],
    ids=["en", "vi", "vi-without-tones", "vi-short", "spanish", "digits", "empty"],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("seed", "lang"),
    [("vietnam-mexico-50-years.txt", "en"), ("viet-nam-mexico-cptpp.txt", "vi")],
)
def test_seeds_languages(seed, lang):
    assert detect_language((SEEDS / seed).read_text("utf-8")) == lang
