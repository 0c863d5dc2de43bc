"""Dates and figures written the way each language's newsrooms write them."""

from __future__ import annotations

import pytest

from generator import languages
from generator.contract.model import REVIEW_REASONS
from generator.site.localize import (
    format_date,
    format_figure,
    format_number,
    format_range,
    labels,
)


@pytest.mark.parametrize(
    ("iso", "en", "vi"),
    [
        ("1975-05-19", "19 May 1975", "19/5/1975"),
        ("1975-05", "May 1975", "tháng 5/1975"),
        ("1975", "1975", "năm 1975"),
        ("2024-01/2024-03", "January–March 2024", "tháng 1–3/2024"),
        ("--05-22", "22 May (year unknown)", "22/5 (chưa rõ năm)"),
        (None, "Date unknown", "Chưa rõ ngày"),
    ],
)
def test_format_date(iso, en, vi):
    assert (format_date(iso, "en"), format_date(iso, "vi")) == (en, vi)


@pytest.mark.parametrize(
    ("start", "end", "en", "vi"),
    [
        ("2023-11-27", "2023-11-30", "27–30 November 2023", "27–30/11/2023"),
        ("2020-01", "2020-06", "January–June 2020", "tháng 1–6/2020"),
        ("2020", "2021", "2020–2021", "năm 2020–2021"),
        ("1975-05-19", "2025", "19 May 1975 – 2025", "19/5/1975 – năm 2025"),
        ("2020", None, "2020", "năm 2020"),
    ],
)
def test_format_range(start, end, en, vi):
    assert (format_range(start, end, "en"), format_range(start, end, "vi")) == (en, vi)


@pytest.mark.parametrize(
    ("value", "unit", "value_max", "en", "vi"),
    [
        (15000000000, "USD", None, "US$15 billion", "15 tỷ USD"),
        (1000000, "USD", None, "US$1 million", "1 triệu USD"),
        (4600000000, "USD", None, "US$4.6 billion", "4,6 tỷ USD"),
        (1200000000000, "VND", None, "1.2 trillion VND", "1,2 nghìn tỷ VND"),
        (100000000000, "JPY", None, "100 billion JPY", "100 tỷ JPY"),
        (27.5, "%", None, "27.5%", "27,5%"),
        (10, "%", 15, "10–15%", "10–15%"),
        (500000, "người", None, "500,000 người", "500.000 người"),
        (2, "rank", None, "2nd", "thứ 2"),
        (123456789, "USD", None, "US$123.456789 million", "123,456789 triệu USD"),
        # a range keeps both ends, sharing the scale word when they can ("2-3 tỷ USD")
        (2000000000, "USD", 3000000000, "US$2–3 billion", "2–3 tỷ USD"),
        (900000000, "USD", 1200000000, "US$900 million–1.2 billion", "900 triệu–1,2 tỷ USD"),
        (10, "người", 15, "10–15 người", "10–15 người"),
        (2, "times", None, "2 times", "gấp 2 lần"),
        (1.5, "times", None, "1.5 times", "gấp 1,5 lần"),
    ],
)
def test_format_figure_never_rounds(value, unit, value_max, en, vi):
    assert format_figure(value, unit, "en", value_max) == en
    assert format_figure(value, unit, "vi", value_max) == vi


def test_format_number_is_exact():
    assert format_number(0.1 + 0.2, "en") == "0.30000000000000004"
    assert format_number(1234567.25, "vi") == "1.234.567,25"


@pytest.mark.parametrize("lang", languages.codes())
def test_every_review_reason_is_explained_in_every_language(lang):
    """The site's mark says why an item is unverified: no reason may lack its words."""
    reasons = labels(lang)["review_reasons"]
    assert set(reasons) == {*REVIEW_REASONS, "unchecked"}
    assert all(isinstance(why, str) and why.strip() for why in reasons.values())
