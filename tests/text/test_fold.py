"""Folding: tone marks dropped for slugs and search, both tone placements made one."""

from __future__ import annotations

import pytest

from generator.text.fold import ascii_fold, traditional_tone_placement


@pytest.mark.parametrize(
    ("word", "traditional"),
    [("hoà", "hòa"), ("Hoà", "Hòa"), ("thuỷ", "thủy"), ("hoàng", "hoàng"), ("quý", "quý")],
)
def test_traditional_tone_placement(word, traditional):
    assert traditional_tone_placement(word) == traditional


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Thái Bình Dương", "Thai Binh Duong"), ("Đà Nẵng", "Da Nang"), ("México", "Mexico")],
)
def test_ascii_fold(text, folded):
    assert ascii_fold(text) == folded
