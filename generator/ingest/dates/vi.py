"""How Vietnamese newsrooms write dates: the rules of `generator.ingest.dates.engine`.

Always day first ("19/5/1975", "ngày 19 tháng 5 năm 1975"), with a time of day
before it ("sáng 17/7"), ranges ("từ 28/11 đến 2/12"), quarters ("quý I/2024"),
halves and "N tháng đầu năm", terms ("nhiệm kỳ 2020-2021") and relative dates
("năm ngoái", "tháng trước", "hôm qua"). Cue words are matched without regard to
case ("Ngày", "ngày").
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.ingest.dates.engine import (
    DASH,
    DIGIT,
    DIGIT_RUN,
    ISO_DAY,
    YEAR,
    DateMention,
    PartialDate,
    iso_day,
    mention,
    months_of_quarter,
    number,
    rule,
    year_only,
    year_range,
)
from generator.ingest.rules import Rule
from generator.ingest.rules import before as _before

_VI_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
}  # fmt: skip
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_VI_TIME = r"(?:ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|sáng sớm|hôm)"
_VI_DAY = r"(?P<{0}>[0-3]?\d)(?![\d%])"
_VI_MONTH = r"(?P<{0}>1[0-2]|0?[1-9])(?![\d%])"


def _v(template: str) -> re.Pattern:
    pieces = {
        "D": _VI_DAY.format("d"),
        "D2": _VI_DAY.format("d2"),
        "M": _VI_MONTH.format("m"),
        "M2": _VI_MONTH.format("m2"),
        "Y": YEAR.format("y"),
        "Y2": YEAR.format("y2"),
        "DASH": DASH,
    }
    for key in sorted(pieces, key=len, reverse=True):
        template = template.replace("{" + key + "}", pieces[key])
    return re.compile(template, re.IGNORECASE)


def _vi_day(m: re.Match) -> DateMention:
    return mention(m, PartialDate(number(m, "y"), int(m.group("m")), int(m.group("d"))))


def _vi_days_range(m: re.Match) -> DateMention:
    year, month = number(m, "y"), int(m.group("m"))
    return mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _vi_two_days_range(m: re.Match) -> DateMention:
    year2 = number(m, "y2")
    first = PartialDate(number(m, "y") or year2, int(m.group("m")), int(m.group("d")))
    return mention(m, first, PartialDate(year2, int(m.group("m2")), int(m.group("d2"))))


def _vi_months_range(m: re.Match) -> DateMention:
    year2 = int(m.group("y2"))
    first = PartialDate(number(m, "y") or year2, int(m.group("m")))
    return mention(m, first, PartialDate(year2, int(m.group("m2"))))


def _vi_month(m: re.Match) -> DateMention:
    return mention(m, PartialDate(number(m, "y"), int(m.group("m"))))


def _vi_quarter(m: re.Match) -> DateMention:
    first_month, last_month = months_of_quarter(_ROMAN_QUARTERS[m.group("q").lower()])
    year = number(m, "y")
    shift = _vi_year_shift(m)
    return mention(m, PartialDate(year, first_month), PartialDate(year, last_month), shift=shift)


def _vi_first_months(m: re.Match, count: str) -> DateMention | None:
    count = count.lower()
    months = _VI_NUMBER_WORDS.get(count) or (int(count) if count.isdigit() else 0)
    if not 1 <= months <= 11:
        return None
    year = number(m, "y")
    last_months = (m.group("part") or "").strip().lower() == "cuối"
    span = (13 - months, 12) if last_months else (1, months)
    return mention(
        m, PartialDate(year, span[0]), PartialDate(year, span[1]), shift=_vi_year_shift(m)
    )


def _vi_tally_months(m: re.Match) -> DateMention | None:
    """ "Tính chung 5 tháng": the first five months of the year, as statistics count them."""
    return _vi_first_months(m, m.group("count"))


def _vi_half(m: re.Match) -> DateMention:
    months = (1, 6) if m.group("h").lower() == "đầu" else (7, 12)
    year = number(m, "y")
    return mention(
        m, PartialDate(year, months[0]), PartialDate(year, months[1]), shift=_vi_year_shift(m)
    )


def _vi_year_shift(m: re.Match) -> tuple[str, int] | None:
    word = (m.group("rel") or "").lower() if "rel" in m.re.groupindex else ""
    offsets = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}
    return ("year", offsets[word]) if word in offsets else None


def _vi_month_of_relative_year(m: re.Match) -> DateMention:
    first = PartialDate(None, int(m.group("m")), number(m, "d"))
    return mention(m, first, shift=_vi_year_shift(m))


def _vi_relative_year(m: re.Match) -> DateMention:
    return mention(m, PartialDate(None), shift=_vi_year_shift(m))


def _vi_relative_month(m: re.Match) -> DateMention:
    offsets = {"này": 0, "trước": -1, "tới": 1, "sau": 1}
    return mention(m, PartialDate(None), shift=("month", offsets[m.group("rel").lower()]))


def _vi_relative_day(m: re.Match) -> DateMention:
    word = m.group("rel").lower()
    offset = {"qua": -1, "nay": 0, "mai": 1}[word.split()[-1]]
    return mention(m, PartialDate(None), shift=("day", offset))


_VI_FROM = _before(r"(?:^|\s)từ\s+(?:ngày\s+|năm\s+)?|(?:^|\s)ngày\s", re.I)
_VI_TIME_BEFORE = _before(r"(?:^|\s)(?:từ\s+)?" + _VI_TIME + r"\s", re.I)
_VI_FROM_OR_TIME = _before(
    r"(?:^|\s)từ\s+(?:" + _VI_TIME + r"\s+)?|(?:^|\s)" + _VI_TIME + r"\s", re.I
)
# Before a day written with a hyphen or a dot ("ngày 30-9", "tối 12.8"): what tells it
# from a range of numbers or a decimal.
_VI_DAY_WORD = _before(r"(?:^|\s)" + _VI_TIME + r"\s", re.I)
_VI_DAY_CUE = _before(r"(?:^|\s)(?:từ|đến|tới|và|cùng)\s", re.I)
_VI_EDGE = _before(r"(?:^|\s)(?:từ\s+)?(?:cuối|đầu|giữa|hết)\s", re.I)
_VI_YEAR_CUE = _before(
    r"\(|(?:^|\s)(?:từ|đến|tới|giai đoạn|nhiệm kỳ|niên khóa|trước|sau|và|hoặc|so với|cùng kỳ)\s",
    re.I,
)
_VI_MONTH_COUNT = _before(
    r"(?<![\w.,])(?:\d{1,2}|mười một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s", re.I
)
# "5 năm trước" (five years ago), "những năm sau" (the years after): not relative dates.
_VI_COUNTED = _before(r"\d|(?:^|\s)(?:những|các|vài|mấy|nhiều|hai|ba|bốn|năm|mười)\s", re.I)


def _vi_first_months_here(m: re.Match) -> DateMention | None:
    text = m.string
    count = _VI_MONTH_COUNT.search(text, max(0, m.start() - 12), m.start())
    if count is None:
        return None
    mention = _vi_first_months(m, text[count.start() : m.start()].strip())
    return replace(mention, start=count.start()) if mention else None


RULES: list[Rule] = [
    rule(ISO_DAY, iso_day, anchor="digit"),
    rule(
        _v(r"(?<![\w/.,-]){D}\s*(?:\bđến\b|\btới\b|–)\s*(?:ngày\s+)?{D2}-{M}(?:-{Y})?(?![\d/-])"),
        _vi_days_range,
        grow=_VI_FROM,
        need=_VI_DAY_WORD,
        anchor="digit",
    ),
    rule(
        _v(
            r"(?<![\w/.,-]){D}\s*(?:-|–|\bđến\b|\btới\b|\bvà\b)\s*(?:ngày\s+)?{D2}\s*/\s*{M}(?:\s*/\s*{Y})?(?![\d/])"
        ),
        _vi_days_range,
        grow=_VI_FROM_OR_TIME,
        anchor="digit",
    ),
    rule(
        _v(
            r"(?<![\w/.,-]){D}\s*(?:-|–|\bđến\b|\btới\b|\bvà\b)\s*(?:ngày\s+)?{D2}\s+tháng\s+{M}(?:(?:\s*/\s*|,?\s+năm\s+){Y})?"
        ),
        _vi_days_range,
        grow=_VI_FROM,
        gate="tháng",
        anchor="digit",
    ),
    rule(
        _v(
            r"(?<![\w/.,-]){D}/{M}(?:/{Y})?\s*(?:-|–|\bđến\b|\btới\b)\s*(?:ngày\s+)?{D2}/{M2}/{Y2}(?![\d/])"
        ),
        _vi_two_days_range,
        grow=_VI_FROM_OR_TIME,
        anchor="digit",
    ),
    # Some newsrooms write days with hyphens ("từ ngày 30-9 đến ngày 5-10-2025"); "ngày"
    # before them tells a day from a range of numbers.
    rule(
        _v(
            r"(?<![\w/.,-]){D}-{M}(?:-{Y})?\s*(?:\bđến\b|\btới\b|–)\s*(?:ngày\s+)?{D2}-{M2}-{Y2}(?![\d/-])"
        ),
        _vi_two_days_range,
        grow=_VI_FROM,
        need=_VI_DAY_WORD,
        anchor="digit",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}[-.]{M}(?!\s*(?:tỷ|triệu|nghìn|USD|đồng))(?![\d/%-]|[.,]\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        need=_VI_DAY_WORD,
        anchor="digit",
    ),
    rule(
        _v(
            r"\btháng\s+{M}(?:\s*/\s*{Y})?\s*(?:-|–|\bđến\b|\btới\b)\s*(?:tháng\s+)?{M2}\s*(?:/|-|,?\s+năm\s+)\s*{Y2}"
        ),
        _vi_months_range,
        grow=_VI_FROM,
        gate="tháng",
    ),
    rule(
        _v(
            r"(?<![\w/.,-]){Y}\s*(?:-|–|—|\bđến\b|\btới\b)\s*(?:năm\s+)?(?:{Y2}|(?P<yy>\d\d)(?![\d%/]))"
        ),
        year_range,
        grow=_before(r"(?:^|\s)(?:từ\s+)?năm\s|(?:^|\s)từ\s", re.I),
        anchor="digit",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}(?P<sep>[/.-]){M}(?P=sep){Y}(?![\w/]|[.,-]\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        anchor="digit",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}\s+tháng\s+{M},?\s+(?:năm\s+)?{Y}"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        gate="tháng",
        anchor="digit",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}\s+tháng\s+{M}(?![\d/]|\s*,?\s*(?:năm\s+)?\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        need=_VI_TIME_BEFORE,
        gate="tháng",
        anchor="digit",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}/{M}(?![\d/%]|\.\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        need=_VI_DAY_CUE,
        anchor="digit",
    ),
    rule(_v(r"\((?P<at>){D}/{M}\)"), _vi_day),
    rule(
        _v(r"\btháng\s+{M}\s*(?:/|-|\.|,?\s+năm\s+)\s*{Y}"), _vi_month, grow=_VI_EDGE, gate="tháng"
    ),
    rule(_v(r"\btháng\s+{M}(?![\d/.-]|\s*,?\s*năm\s+\d)"), _vi_month, grow=_VI_EDGE, gate="tháng"),
    rule(_v(r"\bnăm\s+{Y}"), year_only, grow=_VI_EDGE, gate="năm"),
    rule(_v(r"(?<![\w/.,-]){Y}"), year_only, need=_VI_YEAR_CUE, anchor="digit"),
    rule(
        _v(
            r"\bquý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)(?:\s*(?:/|-|,?\s+năm\s+)\s*(?:{Y}|(?P<rel>nay|ngoái|trước|tới|sau)\b))?"
        ),
        _vi_quarter,
        gate="quý",
    ),
    rule(
        # "7 tháng đầu năm" without a year is of the year the article is about.
        _v(r"\btháng\s+(?P<part>đầu\s+|cuối\s+)?năm(?:\s+(?:{Y}|(?P<rel>nay|ngoái|trước)\b))?"),
        _vi_first_months_here,
        gate="tháng",
    ),
    rule(
        _v(
            r"\b(?:tính chung|lũy kế|cộng dồn)\s+(?P<at>)(?P<count>\d{1,2}|hai|ba|bốn|năm|sáu|bảy"
            r"|tám|chín|mười|mười một)\s+tháng(?:\s+(?P<part>đầu\s+)?năm(?:\s+(?:{Y}"
            r"|(?P<rel>nay|ngoái|trước)\b))?)?(?!\s+(?:qua|tới|trước|sau|liên tiếp)\b)"
        ),
        _vi_tally_months,
        gate="tháng",
    ),
    rule(
        _v(r"\bnửa\s+(?P<h>đầu|cuối|sau)\s+năm\s+(?:{Y}|(?P<rel>nay|ngoái|trước)\b)"),
        _vi_half,
        gate="nửa",
    ),
    rule(
        _v(r"\btháng\s+{M}(?:\s*/\s*|,?\s+)năm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_month_of_relative_year,
        gate="tháng",
    ),
    rule(
        _v(r"(?<![\w/.,-]){D}/{M}(?:\s*/\s*|,?\s+)năm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_month_of_relative_year,
        grow=_VI_TIME_BEFORE,
        anchor="digit",
    ),
    rule(
        _v(r"\bnăm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_relative_year,
        block=_VI_COUNTED,
        gate="relative",
    ),
    rule(
        _v(r"\btháng\s+(?P<rel>này|trước|tới|sau)\b"),
        _vi_relative_month,
        block=_VI_COUNTED,
        gate="relative",
    ),
    rule(
        _v(r"\b(?P<rel>hôm qua|hôm nay|ngày mai|(?:sáng|chiều|tối|trưa|đêm) (?:nay|qua))\b"),
        _vi_relative_day,
        gate="relative",
    ),
]


_RELATIVE_WORDS = ("ngoái", "nay", "trước", "tới", "sau", "này", "qua", "mai")
GATES = {
    "digit": lambda text, lowered: DIGIT.search(text) is not None,
    "relative": lambda text, lowered: any(word in lowered for word in _RELATIVE_WORDS),
    "tháng": lambda text, lowered: "tháng" in lowered,
    "năm": lambda text, lowered: "năm" in lowered,
    "quý": lambda text, lowered: "quý" in lowered,
    "nửa": lambda text, lowered: "nửa" in lowered,
}
ANY_OF = ("digit", "relative")
ANCHORS = {"digit": DIGIT_RUN}
