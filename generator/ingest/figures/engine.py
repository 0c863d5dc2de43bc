"""Find key figures in news text: money, percentages, counts and rankings.

A figure is only worth showing if it is exactly what the article says, so
values are computed with `Decimal` from the digits as written ("4,6 tỷ" is
4600000000, "$2.5bn" is 2500000000) and never rounded. How a number is written
depends on the language (its rules module's `DECIMAL_MARK`): Vietnamese groups
thousands with a dot and marks decimals with a comma ("500.000", "27,5"),
English the other way round. A separator followed by anything but three digits
is always a decimal mark, so "27.5%" in Vietnamese text still reads as 27.5.

What is not a figure: years and dates (the caller passes their spans as
`blocked`), ordinals in anniversaries ("50th"), durations and ages ("50 years",
"45 năm", "60 tuổi"), phone numbers, document numbers ("15/2018/NĐ-CP"),
numbers glued to letters ("COVID-19", "G20") and list markers ("1.").

A range ("10-15%", "2-3 tỷ USD") is one figure with `value` and `value_max`.

A language's rules module (`generator/ingest/figures/<code>.py`) gives `RULES`
(tried in order: an earlier rule wins a tie), `DECIMAL_MARK`, `SCALES`,
`QUALIFIER_BEFORE`, `CODE_BEFORE`, `RANK_WORDS`, `MULTIPLE_WORDS`, `MULTIPLE_BEFORE`,
`MULTIPLE_AFTER` and the language's own parts of counts and ranks (`count_unit`,
`count_detail`, `rank_start`, `rank_phrase`, `NOT_A_RANK_BEFORE`). What a figure measures
is `labels`' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from types import ModuleType

from generator.ingest.figures.currencies import currency_code, is_unsure
from generator.ingest.rules import rules_for


@dataclass(frozen=True)
class FigureMention:
    """A number found in a text, with its unit and where it is."""

    start: int  # where the figure starts, qualifier included
    stop: int
    number_start: int  # where the figure itself starts, after the qualifier
    value: int | float
    unit: str
    kind: str  # "money", "percent", "count" or "rank"
    qualifier: str | None = None
    value_max: int | float | None = None
    review: bool = False
    detail: str = ""  # for ranks: the phrase after the ordinal; for counts: the counted phrase


# The first number of a figure must not be glued to a word, a code or a sign ("COVID-19", "+84");
# the second number of a range follows its dash. Every language writes numbers with these.
DIGITS = r"(?P<{0}>(?:\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d))"
NUM_START = r"(?<![\w.,/+-])"
NUM = NUM_START + DIGITS
RANGE = r"(?:\s?(?:-|–)\s?{0})?"
_DIGIT_RUN = re.compile(r"(?<!\d)\d")
_ANY_DIGIT = re.compile(r"\d")
_LEADING_DIGITS = re.compile(r"\d+")


def find_figures(
    text: str, lang: str, blocked: Iterable[tuple[int, int]] = ()
) -> list[FigureMention]:
    """Every figure in `text`, left to right, none overlapping a `blocked` span."""
    rules = rules_for("figures", lang)
    if rules is None:
        return []
    if not _ANY_DIGIT.search(text) and not any(word in text for word in rules.RANK_WORDS):
        return []
    blocked = list(blocked)
    lowered = text.lower()
    found: list[tuple[int, FigureMention]] = []
    digit_starts: list[int] = []

    def starts(anchor: str) -> list[int]:  # "digit": a figure led by its number
        if not digit_starts:
            digit_starts.extend(m.start() for m in _DIGIT_RUN.finditer(text))
        return digit_starts

    for priority, rule in enumerate(rules.RULES):
        if not rule.is_open({}, lowered):
            continue
        for match in rule.matches(text, starts):
            figure = rule.build(match, text, rules)
            if figure is None or _overlaps(figure.number_start, figure.stop, blocked):
                continue
            if _looks_like_code_or_phone(text, figure.number_start, rules):
                continue
            found.append((priority, figure))
    found.sort(key=lambda item: (item[1].start, item[0], -(item[1].stop - item[1].start)))
    chosen: list[FigureMention] = []
    for _, figure in found:
        if not chosen or figure.start >= chosen[-1].stop:
            chosen.append(figure)
        elif figure.number_start >= chosen[-1].stop:
            # The hedge word belongs to the figure before: keep this one without it.
            chosen.append(replace(figure, start=figure.number_start, qualifier=None))
    return chosen


def parse_number(digits: str, lang: str) -> Decimal | None:
    """The exact value of a number written the way `lang` writes numbers."""
    rules = rules_for("figures", lang)
    return _parse_number(digits, rules.DECIMAL_MARK if rules else ".")


def _parse_number(digits: str, language_mark: str) -> Decimal | None:
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        decimal_mark = None
    else:
        mark = "." if dots else ","
        after = len(digits) - digits.rfind(mark) - 1
        if dots + commas > 1:
            decimal_mark = None
        elif after != 3:
            decimal_mark = mark
        else:
            decimal_mark = language_mark if language_mark == mark else None
    if decimal_mark is None:
        cleaned = digits.replace(".", "").replace(",", "")
    else:
        grouping = "," if decimal_mark == "." else "."
        cleaned = digits.replace(grouping, "").replace(decimal_mark, ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def exact(value: Decimal) -> int | float:
    """An int when the value is whole (15 billion), else the float of its exact digits."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _overlaps(start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_stop and span_start < stop for span_start, span_stop in spans)


def _looks_like_code_or_phone(text: str, start: int, rules: ModuleType) -> bool:
    # Digit groups separated by single spaces are phone numbers: "+84 24 2220 2108".
    if start >= 2 and text[start - 1] == " " and text[start - 2].isdigit():
        return True
    number_end = start
    while number_end < len(text) and (text[number_end].isdigit() or text[number_end] in ".,"):
        number_end += 1
    following = text[number_end : number_end + 2]
    if len(following) == 2 and following[0] == " " and following[1].isdigit():
        return True
    preceding = text[max(0, start - 16) : start]
    return bool(rules.CODE_BEFORE.search(preceding))


def qualifier(text: str, start: int, rules: ModuleType) -> tuple[str | None, int]:
    """The hedge word just before a figure ("more than", "hơn") and where it starts."""
    found = rules.QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return None, start
    word = found.group("qual").lower()
    return rules.QUALIFIER_ALIASES.get(word, word), found.start()


def qualifier_before(words: Iterable[str]) -> re.Pattern:
    """A pattern of hedge words that end right before a figure, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(r"(?<![^\W\d_])(?P<qual>" + alternatives + r")\s+$", re.I)


def _value(
    match: re.Match, rules: ModuleType, scale: int
) -> tuple[int | float, int | float | None] | None:
    low = _parse_number(match.group("n"), rules.DECIMAL_MARK)
    if low is None:
        return None
    high = _parse_number(match.group("n2"), rules.DECIMAL_MARK) if match.group("n2") else None
    value = exact(low * scale)
    value_max = exact(high * scale) if high is not None else None
    if value_max is not None and value_max <= value:
        return None
    return value, value_max


def _scale(match: re.Match, rules: ModuleType) -> int:
    word = (match.groupdict().get("scale") or "").lower()
    return rules.SCALES.get(word, 1)


def money(match: re.Match, text: str, rules: ModuleType) -> FigureMention | None:
    """An amount with its currency: "US$15 billion", "15 tỷ USD"."""
    values = _value(match, rules, _scale(match, rules))
    if values is None:
        return None
    code = currency_code(match.group("cur"))
    if code is None:
        return None
    hedge, start = qualifier(text, match.start(), rules)
    return FigureMention(
        start,
        match.end(),
        match.start(),
        values[0],
        code,
        "money",
        hedge,
        values[1],
        review=is_unsure(match.group("cur")),
    )


def percent(match: re.Match, text: str, rules: ModuleType) -> FigureMention | None:
    """A percentage or a range of them: "27.5%", "10-15 percent"."""
    values = _value(match, rules, 1)
    if values is None:
        return None
    hedge, start = qualifier(text, match.start(), rules)
    return FigureMention(
        start, match.end(), match.start(), values[0], "%", "percent", hedge, values[1]
    )


def multiple(match: re.Match, text: str, rules: ModuleType) -> FigureMention | None:
    """How many times larger: "increased by 164 times", "tăng gấp 2 lần", "gấp đôi"."""
    group = "n" if match.group("n") is not None else "n2"
    written = match.group(group)
    before = text[max(0, match.start(group) - 40) : match.start(group)]
    if not rules.MULTIPLE_BEFORE.search(before) and not rules.MULTIPLE_AFTER.match(
        text, match.end()
    ):
        return None  # "visited the country three times" counts visits, not growth
    word = rules.MULTIPLE_WORDS.get(written.lower())
    number = Decimal(str(word)) if word else _parse_number(written, rules.DECIMAL_MARK)
    if not number or number < 1:
        return None
    hedge, start = qualifier(text, match.start(), rules)
    return FigureMention(
        start, match.end(), match.start(group), exact(number), "times", "times", hedge
    )


def count(match: re.Match, text: str, rules: ModuleType) -> FigureMention | None:
    """A number of things: "30,000 tourists", "25 doanh nghiệp"."""
    unit = rules.count_unit(match)
    if unit is None:
        return None
    scale = _scale(match, rules)
    number = _parse_number(match.group("n"), rules.DECIMAL_MARK)
    if number is None:
        return None
    # A bare four-digit number that could be a year is not taken for a count.
    digits = match.group("n")
    if scale == 1 and digits.isdigit() and len(digits) == 4 and 1000 <= number <= 2199:
        return None
    detail = rules.count_detail(text, match)
    hedge, start = qualifier(text, match.start(), rules)
    return FigureMention(
        start,
        match.end(),
        match.start(),
        exact(number * scale),
        unit,
        "count",
        hedge,
        detail=detail,
    )


def rank(match: re.Match, text: str, rules: ModuleType) -> FigureMention | None:
    """A ranking: "Vietnam's second-largest trading partner", "đối tác lớn thứ 2"."""
    groups = match.groupdict()
    ordinal = groups.get("ord") or groups.get("ord2") or ""
    value = 1 if groups.get("first") is not None else ordinal_value(ordinal, rules)
    if not value:
        return None
    window = max(0, match.start() - 40)
    if rules.NOT_A_RANK_BEFORE.search(text, window, match.start()):
        return None
    placed = rules.rank_start(text, match)
    if placed is None:
        return None
    start, owner = placed
    detail = rules.rank_phrase(text, match, owner)
    return FigureMention(start, match.end(), start, value, "rank", "rank", detail=detail)


def ordinal_value(word: str, rules: ModuleType) -> int | None:
    word = word.lower()
    if word in rules.ORDINAL_WORDS:
        return rules.ORDINAL_WORDS[word]
    digits = _LEADING_DIGITS.match(word)
    return int(digits.group()) if digits else None
