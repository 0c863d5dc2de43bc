"""How English-language newsrooms write dates: the rules of `generator.ingest.dates.engine`.

Month names ("May 19, 1975", "19 May 1975", "Sept. 2023"), ranges ("from November 27
to 30, 2023"), quarters, halves and "the first N months", numeric dates (read day
first, as the sources are Vietnamese outlets; marked for review when either number
could be the month) and relative dates ("last year", "on Tuesday").
"""

from __future__ import annotations

import re

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

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_EN_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def _month_name(name: str) -> int:
    return _EN_MONTHS[name[:3].lower()]


_EN_MONTH = (
    r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])"
_TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\btill\b)\s*"


def _p(template: str, flags: int = 0) -> re.Pattern:
    pieces = {
        "M": _EN_MONTH.format("m"),
        "M2": _EN_MONTH.format("m2"),
        "D": _DAY.format("d"),
        "D2": _DAY.format("d2"),
        "Y": YEAR.format("y"),
        "Y2": YEAR.format("y2"),
        "DASH": DASH,
        "TO": _TO,
    }
    for key in sorted(pieces, key=len, reverse=True):
        template = template.replace("{" + key + "}", pieces[key])
    return re.compile(template, flags)


def _en_month_day_range(m: re.Match) -> DateMention:
    year = number(m, "y")
    month = _month_name(m.group("m"))
    return mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _en_two_days_range(m: re.Match) -> DateMention:
    year = number(m, "y2") or number(m, "y")
    first = PartialDate(number(m, "y") or year, _month_name(m.group("m")), int(m.group("d")))
    return mention(m, first, PartialDate(year, _month_name(m.group("m2")), int(m.group("d2"))))


def _en_day_day_month(m: re.Match) -> DateMention:
    year = number(m, "y")
    month = _month_name(m.group("m"))
    return mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _en_day(m: re.Match) -> DateMention:
    return mention(m, PartialDate(number(m, "y"), _month_name(m.group("m")), int(m.group("d"))))


def _en_day_to_year(m: re.Match) -> DateMention:
    first = PartialDate(int(m.group("y")), _month_name(m.group("m")), int(m.group("d")))
    return mention(m, first, PartialDate(int(m.group("y2"))))


def _en_month(m: re.Match) -> DateMention:
    return mention(m, PartialDate(number(m, "y"), _month_name(m.group("m"))))


def _en_quarter(m: re.Match) -> DateMention:
    quarter = _ORDINALS.get(m.group("q").lower()) or int(m.group("q"))
    first_month, last_month = months_of_quarter(quarter)
    year = number(m, "y")
    return mention(m, PartialDate(year, first_month), PartialDate(year, last_month))


def _en_half(m: re.Match) -> DateMention:
    year = int(m.group("y"))
    first_half = m.group("h").lower() in ("first", "opening", "1")
    months = (1, 6) if first_half else (7, 12)
    return mention(m, PartialDate(year, months[0]), PartialDate(year, months[1]))


def _en_first_months(m: re.Match) -> DateMention | None:
    count = m.group("n").lower()
    months = _EN_NUMBER_WORDS.get(count) or int(count)
    if not 1 <= months <= 11:
        return None
    year = number(m, "y")
    which = (m.group("which") or "").lower()
    shift = ("year", {"last": -1, "this": 0, "next": 1}[which]) if which else None
    return mention(m, PartialDate(year, 1), PartialDate(year, months), shift=shift)


def _en_relative(m: re.Match) -> DateMention:
    word = m.group("rel").lower()
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1}
    return mention(m, PartialDate(None), shift=("day", offsets[word]))


def _en_relative_unit(m: re.Match) -> DateMention:
    offsets = {"last": -1, "this": 0, "next": 1}
    return mention(m, PartialDate(None), shift=(m.group("unit"), offsets[m.group("which").lower()]))


def _en_month_of_relative_year(m: re.Match) -> DateMention:
    offsets = {"last": -1, "this": 0, "next": 1}
    first = PartialDate(None, _month_name(m.group("m")), number(m, "d"))
    return mention(m, first, shift=("year", offsets[m.group("which").lower()]))


def _en_named_month(m: re.Match) -> DateMention:
    offsets = {"last": -1, "this": 0, "next": 1}
    first = PartialDate(None, _month_name(m.group("m")))
    return mention(m, first, shift=("named-month", offsets[m.group("which").lower()]))


def _en_weekday(m: re.Match) -> DateMention:
    return mention(m, PartialDate(None), shift=("weekday", _WEEKDAYS[m.group("wd").lower()]))


def _numeric(m: re.Match) -> DateMention | None:
    """A numeric date ("5/3/2024"): day first, unless the second number cannot be a month;
    marked for review when both could be."""
    first_number, second_number = int(m.group("d")), int(m.group("m"))
    year = number(m, "y")
    ambiguous = first_number <= 12 and second_number <= 12 and first_number != second_number
    if first_number <= 12 < second_number:
        first_number, second_number = second_number, first_number
    return mention(m, PartialDate(year, second_number, first_number), review=ambiguous)


_FROM = _before(r"\b(?:from|From|between|Between)\s")
_YEAR_EDGE = _before(
    r"\b(?:early|late|Early|Late)\s|\b(?:mid|Mid)-?|(?:\b(?:at|by|in|towards?|At|By|In|Towards?)\s+)?"
    r"(?:\b(?:the|The)\s+)?\b(?:end|beginning|start|middle|close|turn)\s+of\s"
)
_MONTH_CUE = _before(
    r"\b(?:in|In|since|Since|until|Until|by|By|from|From|during|During|through|of|early|Early"
    r"|late|Late)\s|\b(?:mid|Mid)-?"
)
_YEAR_CUE = _before(
    r"(?:\b(?:in|In|since|Since|by|By|from|From|until|Until|till|through|during|During"
    r"|before|Before|after|After|year|fiscal)\s+(?:the\s+year\s+)?|\(|\A\s*)"
)
_EARLIER_LATER = _before(r"\b(?:[Ee]arlier|[Ll]ater)\s")
_THE = _before(r"\b(?:the|The)\s")

# After "and", "to", "than"... a four-digit number is a year only if nothing is counted by it:
# "in 2023 and 2024," is two years, "1,200 students and 2000 students" is none.
_YEAR_WEAK_CUE = _before(r"\b(?:to|and|or|than|with|over|versus|vs\.?|of|for)\s")
_AFTER_A_YEAR = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|to|in|on|at|for|from|with|compared|respectively|until"
    r"|the|a|an)\b)"
)

RULES: list[Rule] = [
    rule(ISO_DAY, iso_day, anchor="digit"),
    rule(
        _p(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+{M}\b(?!\s+\d)"),
        _en_named_month,
        gate="month",
    ),
    rule(
        _p(r"\b{M}\s+{D}{TO}{D2}(?:,?\s+{Y})?"),
        _en_month_day_range,
        grow=_FROM,
        gate="month",
        anchor="month",
    ),
    rule(
        _p(r"\b{M}\s+{D}(?:,?\s+{Y})?{TO}{M2}\s+{D2},?\s+{Y2}"),
        _en_two_days_range,
        grow=_FROM,
        gate="month",
        anchor="month",
    ),
    rule(
        _p(r"(?<![\w.,/-]){D}{TO}{D2}\s+(?:of\s+)?{M}(?:,?\s+{Y})?"),
        _en_day_day_month,
        grow=_FROM,
        gate="month",
        anchor="digit",
    ),
    rule(
        _p(r"(?<![\w.,/-]){D}\s+and\s+{D2}\s+(?:of\s+)?{M}(?:,?\s+{Y})?"),
        _en_day_day_month,
        grow=_FROM,
        need=_FROM,
        gate="month",
        anchor="digit",
    ),
    rule(_p(r"\b{M}\s+{D},?\s+{Y}{DASH}{Y2}"), _en_day_to_year, gate="month", anchor="month"),
    rule(_p(r"\b{M}\s+{D}(?:,\s*|\s+){Y}"), _en_day, gate="month", anchor="month"),
    rule(_p(r"(?<![\w.,/-]){D}\s+(?:of\s+)?{M},?\s+{Y}"), _en_day, gate="month", anchor="digit"),
    rule(_p(r"\b{M}\s+{D}(?!\s*,?\s*\d)"), _en_day, gate="month", anchor="month"),
    rule(_p(r"(?<![\w.,/-]){D}\s+(?:of\s+)?{M}"), _en_day, gate="month", anchor="digit"),
    rule(_p(r"\b{M},?\s+{Y}"), _en_month, grow=_YEAR_EDGE, gate="month", anchor="month"),
    rule(
        _p(r"\b{M}(?![\w])(?!\s*\d)"),
        _en_month,
        grow=_YEAR_EDGE,
        need=_MONTH_CUE,
        gate="month",
        anchor="month",
    ),
    rule(
        _p(r"(?<![\w/.,-]){Y}{TO}(?:{Y2}|(?P<yy>\d\d)(?![\d%]))"),
        year_range,
        grow=_FROM,
        anchor="digit",
    ),
    rule(_p(r"(?<![\w/.,-]){Y}\s+and\s+{Y2}"), year_range, grow=_FROM, need=_FROM, anchor="digit"),
    rule(
        _p(
            r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of(?:\s+the\s+year)?)?(?:\s+{Y})?"
        ),
        _en_quarter,
        gate="quarter",
    ),
    rule(_p(r"\bQ(?P<q>[1-4])(?:(?:\s*[/-]\s*|\s+){Y}|\b)"), _en_quarter, gate="q"),
    rule(
        _p(r"\b(?P<h>first|opening|second|latter)\s+half\s+of\s+(?:the\s+year\s+)?{Y}"),
        _en_half,
        gate="half",
    ),
    rule(_p(r"\bH(?P<h>[12])(?:\s*[/-]\s*|\s+){Y}"), _en_half, gate="h"),
    rule(
        _p(
            r"\b(?:first|opening)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|\d{1,2})\s+months?(?:\s+of\s+(?:(?:the\s+year\s+)?(?:{Y}"
            r"|(?P<which>last|this|next)\s+year\b)|the\s+year\b))?"
        ),
        _en_first_months,
        gate="months",
    ),
    rule(
        _p(r"(?:(?<=[Mm]id-)|(?<![\w/.,-])){Y}"),
        year_only,
        grow=_YEAR_EDGE,
        need=_YEAR_CUE,
        anchor="digit",
    ),
    rule(_p(r"(?<![\w/.,-]){Y}" + _AFTER_A_YEAR), year_only, need=_YEAR_WEAK_CUE, anchor="digit"),
    rule(
        _p(r"(?<![\w/.,-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep){Y}(?![\w/]|[.,-]\d)"),
        _numeric,
        anchor="digit",
    ),
    rule(
        _p(r"\b{M}(?:\s+{D})?,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b"),
        _en_month_of_relative_year,
        gate="month",
        anchor="month",
    ),
    rule(
        _p(r"\b(?P<rel>yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\b"),
        _en_relative,
        gate="relative",
    ),
    rule(
        _p(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)\b"),
        _en_relative_unit,
        grow=_EARLIER_LATER,
        block=_THE,
        gate="relative",
    ),
    rule(
        _p(
            r"\b(?:on|On|last|Last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        _en_weekday,
        gate="relative",
    ),
]


# Rules only run on text that could hold what they look for; most sentences have no month name.
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_MONTH_PREFIXES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_RELATIVE_WORDS = ("yesterday", "today", "tomorrow", "year", "month", "day")
GATES = {
    "digit": lambda text, lowered: DIGIT.search(text) is not None,
    "relative": lambda text, lowered: any(word in lowered for word in _RELATIVE_WORDS),
    "month": lambda text, lowered: any(month in text for month in _MONTH_PREFIXES),
    "quarter": lambda text, lowered: "quarter" in lowered,
    "half": lambda text, lowered: "half" in lowered,
    "months": lambda text, lowered: " month" in lowered,
    "q": lambda text, lowered: "Q" in text,
    "h": lambda text, lowered: "H" in text,
}
ANY_OF = ("digit", "relative", "month", "months")
ANCHORS = {"digit": DIGIT_RUN, "month": _MONTH_WORD}
