"""Sentences are exact slices of the paragraph, split where a reader would split them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.text.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        ("It rained. Then it stopped.", "en", ["It rained.", "Then it stopped."]),
        ("  Padded.   Spaces around.  ", "en", ["Padded.", "Spaces around."]),
        ("Is it? Yes! Fine.", "en", ["Is it?", "Yes!", "Fine."]),
        (
            "Mr. Méndez met Dr. Santos. They talked.",
            "en",
            ["Mr. Méndez met Dr. Santos.", "They talked."],
        ),
        (
            "Andrés M. López said so. Then he left.",
            "en",
            ["Andrés M. López said so.", "Then he left."],
        ),
        ("In Sept. 2023, he came.", "en", ["In Sept. 2023, he came."]),
        ("No. 5 is the item. It was sold.", "en", ["No. 5 is the item.", "It was sold."]),
        ("China and the U.S. agreed.", "en", ["China and the U.S. agreed."]),
        (
            "Its largest markets are China and the U.S. The two leaders agreed.",
            "en",
            ["Its largest markets are China and the U.S.", "The two leaders agreed."],
        ),
        (
            "The talks ended at 3 p.m. The leaders left.",
            "en",
            ["The talks ended at 3 p.m.", "The leaders left."],
        ),
        (
            "Trade rose 27.5% to 15.2 billion. It grew.",
            "en",
            ["Trade rose 27.5% to 15.2 billion.", "It grew."],
        ),
        (
            "Kim ngạch đạt 4,6 tỷ USD. Tăng 27,5%.",
            "vi",
            ["Kim ngạch đạt 4,6 tỷ USD.", "Tăng 27,5%."],
        ),
        (
            "We waited too long... The two regions met. It was fine... and good.",
            "en",
            ["We waited too long...", "The two regions met.", "It was fine... and good."],
        ),
        ("Chờ đợi… Rồi họ đến.", "vi", ["Chờ đợi…", "Rồi họ đến."]),
        ('"We will go." He said so.', "en", ['"We will go."', "He said so."]),
        ('"Go!" he said.', "en", ['"Go!" he said.']),
        (
            "He said: “Hai nước là bạn.” Ông cười.",
            "vi",
            ["He said: “Hai nước là bạn.”", "Ông cười."],
        ),
        ('It ended. "Next year," she said.', "en", ["It ended.", '"Next year," she said.']),
        (
            "1. Expanding market access for farm products.",
            "en",
            ["1. Expanding market access for farm products."],
        ),
        ("The plan (phase I. Trial) works.", "en", ["The plan (phase I. Trial) works."]),
        (
            "Hội chợ diễn ra tại TP. Hồ Chí Minh và TP.HCM. Theo đó, hai bên ký kết.",
            "vi",
            ["Hội chợ diễn ra tại TP. Hồ Chí Minh và TP.HCM.", "Theo đó, hai bên ký kết."],
        ),
        (
            "PGS.TS. Nguyễn Văn A phát biểu. Ông nói.",
            "vi",
            ["PGS.TS. Nguyễn Văn A phát biểu.", "Ông nói."],
        ),
        (
            "Kim ngạch tăng 8% trong quý I. Trong quý II, kim ngạch giảm.",
            "vi",
            ["Kim ngạch tăng 8% trong quý I.", "Trong quý II, kim ngạch giảm."],
        ),
        ("Toàn cảnh hội thảo", "vi", ["Toàn cảnh hội thảo"]),
        ("Line one.\nLine two without stop", "en", ["Line one.", "Line two without stop"]),
        ("", "en", []),
        ("   ", "vi", []),
        ("2024 was good. 2025 will be better.", "en", ["2024 was good.", "2025 will be better."]),
        ("It rose by 5 p.c. and fell.", "en", ["It rose by 5 p.c. and fell."]),
    ],
)
def test_split_sentences(paragraph: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(paragraph, lang) == expected


@given(st.text())
def test_sentences_are_exact_ordered_slices_that_lose_nothing(paragraph: str) -> None:
    spans = sentence_spans(paragraph, "en")
    cursor = 0
    for start, stop in spans:
        assert cursor <= start < stop <= len(paragraph)
        assert not paragraph[start].isspace() and not paragraph[stop - 1].isspace()
        cursor = stop
    kept = "".join(paragraph[start:stop] for start, stop in spans)
    assert "".join(kept.split()) == "".join(paragraph.split())


@given(st.text(alphabet=st.sampled_from(list("Aa. …!?\"”“(1)2,\nĐđ'"))))
def test_sentences_hold_on_punctuation_soup(paragraph: str) -> None:
    for lang in ("en", "vi"):
        for sentence in split_sentences(paragraph, lang):
            assert sentence in paragraph
