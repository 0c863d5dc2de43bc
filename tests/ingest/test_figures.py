"""Money, percentages, counts and ranks, exactly as written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.ingest.figures import exact, find_figures, parse_number


def figures_in(text: str, lang: str):
    """(value, value_max, unit, qualifier) for every figure of `text`."""
    return [(f.value, f.value_max, f.unit, f.qualifier) for f in find_figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Money
        ("sent aid worth US$1 million to Vietnam", "en", [(1000000, None, "USD", None)]),
        ("turnover reached 15 billion USD", "en", [(15000000000, None, "USD", None)]),
        ("reached more than 15 billion USD", "en", [(15000000000, None, "USD", "more than")]),
        ("đạt 15 tỷ USD", "vi", [(15000000000, None, "USD", None)]),
        ("đạt 4,6 tỷ USD", "vi", [(4600000000, None, "USD", None)]),
        ("ước đạt USD 150 tỷ", "vi", [(150000000000, None, "USD", "ước")]),
        ("pledged 100 billion yen", "en", [(100000000000, None, "JPY", None)]),
        ("reached $2.5bn last year", "en", [(2500000000, None, "USD", None)]),
        ("worth 500 triệu USD", "vi", [(500000000, None, "USD", None)]),
        ("vốn 1,2 nghìn tỷ đồng", "vi", [(1200000000000, None, "VND", None)]),
        ("giá 500.000đ", "vi", [(500000, None, "VND", None)]),
        ("invest €50 million", "en", [(50000000, None, "EUR", None)]),
        ("a VND1.2 trillion plant", "en", [(1200000000000, None, "VND", None)]),
        ("USD1.5 billion", "en", [(1500000000, None, "USD", None)]),
        ("about US$200 million", "en", [(200000000, None, "USD", "about")]),
        ("khoảng 2-3 tỷ USD", "vi", [(2000000000, 3000000000, "USD", "khoảng")]),
        ("20 million Mexican pesos", "en", [(20000000, None, "MXN", None)]),
        # Percentages
        ("up 27.5% compared to 2023", "en", [(27.5, None, "%", None)]),
        ("tăng 27,5% so với năm 2023", "vi", [(27.5, None, "%", None)]),
        ("tăng 27.5%", "vi", [(27.5, None, "%", None)]),
        ("tăng 8%", "vi", [(8, None, "%", None)]),
        ("an increase of 10-15%", "en", [(10, 15, "%", None)]),
        ("an increase of up to 10-15%", "en", [(10, 15, "%", "up to")]),
        ("from 10% - 15%", "en", [(10, 15, "%", None)]),
        ("rose 9.4 percent", "en", [(9.4, None, "%", None)]),
        ("chiếm trên 60%", "vi", [(60, None, "%", "trên")]),
        ("gần 20 phần trăm", "vi", [(20, None, "%", "gần")]),
        # Counts
        ("hơn 500.000 người", "vi", [(500000, None, "người", "hơn")]),
        ("1,200 students", "en", [(1200, None, "students", None)]),
        (
            "about 1,200 Vietnamese students and workers",
            "en",
            [(1200, None, "students and workers", "about")],
        ),
        ("3 triệu lượt khách", "vi", [(3000000, None, "lượt khách", None)]),
        ("khoảng 17,5 triệu lượt khách quốc tế", "vi", [(17500000, None, "lượt khách", "khoảng")]),
        ("nearly 1 billion people", "en", [(1000000000, None, "people", "nearly")]),
        ("some 30,000 Mexican tourists visited", "en", [(30000, None, "tourists", "some")]),
        ("over 500 million consumers", "en", [(500000000, None, "consumers", "over")]),
        ("5.000 tấn gạo", "vi", [(5000, None, "tấn", None)]),
        ("trên 40.000 lao động", "vi", [(40000, None, "lao động", "trên")]),
        # Ranks
        ("Vietnam's second largest trading partner", "en", [(2, None, "rank", None)]),
        ("is Mexico's largest trading partner in ASEAN", "en", [(1, None, "rank", None)]),
        ("ranking 40th among investors", "en", [(40, None, "rank", None)]),
        ("đối tác thương mại lớn thứ hai của Việt Nam", "vi", [(2, None, "rank", None)]),
        ("thị trường xuất khẩu lớn thứ 3", "vi", [(3, None, "rank", None)]),
        ("nhà đầu tư châu Á lớn nhất tại Cuba", "vi", [(1, None, "rank", None)]),
        ("Việt Nam đứng thứ 5", "vi", [(5, None, "rank", None)]),
    ],
)
def test_figures(text: str, lang: str, expected: list) -> None:
    assert figures_in(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ties over the past 50 years", "en"),
        ("a war that lasted more than two decades", "en"),
        ("the 50th anniversary", "en"),
        ("kỷ niệm 45 năm thiết lập quan hệ", "vi"),
        ("kỳ họp lần thứ 6", "vi"),
        ("ông 60 tuổi", "vi"),
        ("a 50-year-old partnership", "en"),
        ("the pandemic of COVID-19 and the G20", "en"),
        ("đại dịch Covid-19", "vi"),
        ("hotline (+84 24 2220 2108)", "en"),
        ("Tel: (024) 3825 1234", "en"),
        ("1. Expanding market access.", "en"),
        ("Theo Nghị định số 15/2018/NĐ-CP", "vi"),
        ("Decree No. 15 took effect", "en"),
        ("have met more than 10 times", "en"),
        ("one of the largest investors in Vietnam", "en"),
        ("Peru's largest export markets are China and the U.S.", "en"),
        ("là một trong những đối tác lớn nhất", "vi"),
        ("sáng Thứ Hai", "vi"),
        ("2 đồng chí", "vi"),
    ],
)
def test_not_figures(text: str, lang: str) -> None:
    assert figures_in(text, lang) == []


def test_dates_passed_as_blocked_are_not_figures() -> None:
    text = "the turnover in 2024 reached 15 billion USD"
    year = text.index("2024")
    assert figures_in(text, "en") == [(15000000000, None, "USD", None)]
    assert [f.value for f in find_figures(text, "en", [(year, year + 4)])] == [15000000000]


@pytest.mark.parametrize(
    ("digits", "lang", "expected"),
    [
        ("500.000", "vi", "500000"),
        ("4,6", "vi", "4.6"),
        ("27,5", "vi", "27.5"),
        ("27.5", "vi", "27.5"),
        ("1.234,5", "vi", "1234.5"),
        ("1,200", "en", "1200"),
        ("1,234.5", "en", "1234.5"),
        ("1.000.000", "en", "1000000"),
        ("1,000,000", "vi", "1000000"),
        ("27,5", "en", "27.5"),
        ("15", "en", "15"),
    ],
)
def test_parse_number(digits: str, lang: str, expected: str) -> None:
    assert parse_number(digits, lang) == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "expected", "kind"),
    [
        (Decimal("4.6") * 10**9, 4600000000, int),
        (Decimal("27.5"), 27.5, float),
        (Decimal("1.05") * 10**9, 1050000000, int),
        (Decimal("0.1"), 0.1, float),
    ],
)
def test_values_are_exact_and_whole_numbers_are_ints(value, expected, kind) -> None:
    assert exact(value) == expected
    assert type(exact(value)) is kind


@given(st.text(), st.sampled_from(["en", "vi"]))
def test_finding_figures_never_raises(text: str, lang: str) -> None:
    for figure in find_figures(text, lang):
        assert 0 <= figure.start <= figure.number_start < figure.stop <= len(text)
        assert isinstance(figure.value, int | float)


@given(st.text(alphabet=st.sampled_from(list("0123456789.,% -–$tỷUSDbillion ")), max_size=60))
def test_number_soup_never_raises(text: str) -> None:
    find_figures(text, "en")
    find_figures(text, "vi")
