"""Find date expressions in English and Vietnamese text and turn them into ISO 8601.

Events and figures are dated "at the precision the text gives": "May 19, 1975"
is `1975-05-19`, "tháng 5/1975" is `1975-05`, "năm 2024" is `2024`. This module
only reads dates; deciding whether a date is an event, the period of a figure,
a comparison base or a deadline is `extract`'s job, and it needs to know where
each date sits in the sentence, so a mention keeps its span.

Choices worth knowing:

- Ranges keep both ends: "from November 27 to 30, 2023" is 2023-11-27 to
  2023-11-30, "nhiệm kỳ 2020-2021" is 2020 to 2021.
- Quarters, halves and "the first N months" are ranges of months: "quý I/2024"
  is 2024-01 to 2024-03, "6 tháng đầu năm 2020" is 2020-01 to 2020-06.
- "At the end of 1975", "cuối năm 1975", "mid-2025" keep the year only: the
  text does not say which month.
- Vietnamese numeric dates are always day first. In English text a numeric date
  is read day first too (the sources are Vietnamese outlets), and when both
  numbers could be the month it is marked for review.
- A date without a year keeps `year=None`; relative dates ("last year",
  "tháng trước", "on Tuesday") keep a shift. `resolve` fills them in from the
  publication date or the article's context year and marks them inferred.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 at this precision; `--05-22` / `--05` when the year is unknown."""
        year = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with where it is."""

    start: int
    stop: int
    first: PartialDate
    last: PartialDate | None = None  # the end of a range, period or term
    shift: tuple[str, int] | None = None  # relative to publication: ("year", -1) is "last year"
    review: bool = False  # e.g. "5/3/2024" in English: March 5 or May 3?

    @property
    def is_range(self) -> bool:
        return self.last is not None and self.last != self.first

    @property
    def precision(self) -> str:
        """One of day, month, year or period (a range), as the text gives it."""
        if self.is_range:
            return "period"
        if self.shift is not None and self.shift[0] in ("day", "weekday"):
            return "day"
        if self.shift is not None and self.shift[0] == "month":
            return "month"
        return self.first.precision

    @property
    def needs_year(self) -> bool:
        return self.shift is None and (
            self.first.year is None or (self.last is not None and self.last.year is None)
        )


@dataclass(frozen=True)
class ResolvedDate:
    """A mention turned into ISO strings, and whether the year was guessed."""

    date: str
    end: str | None
    inferred: bool
    review: bool

    @property
    def interval(self) -> str:
        """The period as one ISO 8601 string: `2024` or `2024-01/2024-03`."""
        return f"{self.date}/{self.end}" if self.end else self.date


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date expression in `text`, left to right, none overlapping."""
    lowered = text.lower()
    gates = {
        "digit": _DIGIT.search(text) is not None,
        "relative": any(word in lowered for word in _RELATIVE_WORDS[lang == "vi"]),
        "month": any(month in text for month in _MONTH_PREFIXES),
        "quarter": "quarter" in lowered,
        "half": "half" in lowered,
        "months": "months" in lowered,
        "q": "Q" in text,
        "h": "H" in text,
        "tháng": "tháng" in lowered,
        "năm": "năm" in lowered,
        "quý": "quý" in lowered,
        "nửa": "nửa" in lowered,
    }
    if not (gates["digit"] or gates["relative"] or gates["month"]):
        return []
    rules = _VI_RULES if lang == "vi" else _EN_RULES
    starts = {
        "digit": [m.start() for m in _DIGIT_RUN.finditer(text)],
        "month": [m.start() for m in _MONTH_WORD.finditer(text)] if gates["month"] else [],
    }
    found: list[DateMention] = []
    for rule in rules:
        if not gates[rule.gate]:
            continue
        if rule.anchor:
            # Trying the pattern only where a number or a month name starts is what keeps
            # thousands of articles fast: most positions of a sentence cannot start a date.
            matches = (rule.pattern.match(text, pos) for pos in starts[rule.anchor])
        else:
            matches = rule.pattern.finditer(text)
        for match in matches:
            if match is None:
                continue
            mention = rule.build(match)
            if mention is not None:
                mention = rule.place(text, mention)
            if mention is not None and _is_valid(mention):
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.stop - m.start)))
    chosen: list[DateMention] = []
    for mention in found:
        if not chosen or mention.start >= chosen[-1].stop:
            chosen.append(mention)
    return chosen


@dataclass(frozen=True)
class _Rule:
    """A pattern that starts at the date itself, and the words it may or must follow.

    Patterns never start with optional words: the regex engine would try them
    at every position of every sentence. `grow` words just before a match
    become part of the mention ("from", "sáng", "at the end of"); `need` words
    must be there for the match to count as a date ("in 2011", "từ 28/11");
    after `block` words it is not one ("the last year", "5 năm trước").
    """

    pattern: re.Pattern
    build: Callable[[re.Match], DateMention | None]
    grow: re.Pattern | None = None
    need: re.Pattern | None = None
    block: re.Pattern | None = None
    gate: str = "digit"
    anchor: str | None = None  # "digit" or "month": the pattern starts with one

    def place(self, text: str, mention: DateMention) -> DateMention | None:
        window = max(0, mention.start - 40)
        if self.block is not None and self.block.search(text, window, mention.start):
            return None
        if self.grow is not None:
            grown = self.grow.search(text, window, mention.start)
            if grown is not None:
                start = grown.start()
                while text[start].isspace():
                    start += 1
                return replace(mention, start=start)
        if self.need is not None and self.need.search(text, window, mention.start) is None:
            return None
        return mention


def resolve(
    mention: DateMention,
    *,
    published: PartialDate | None = None,
    context_year: int | None = None,
) -> ResolvedDate | None:
    """ISO dates for `mention`, or None for a relative date with no publication date.

    A missing year comes from `published` (a date more than two months after
    publication is taken as last year's), otherwise from `context_year`
    (the anniversary year or latest year of the article). With neither, the
    date is given without a year (`--05-22`) and marked for review.
    """
    first, last = mention.first, mention.last
    inferred = False
    review = mention.review
    if mention.shift is not None:
        shifted = _apply_shift(mention, published)
        if shifted is None:
            return None
        first, last = shifted
        inferred = True
    elif mention.needs_year:
        year = _guess_year(first, published, context_year)
        inferred = True
        if year is None:
            review = True
        else:
            first = PartialDate(year, first.month, first.day)
            if last is not None and last.year is None:
                # "28/12 - 2/1" crosses into the next year.
                crosses = (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
                last = PartialDate(year + 1 if crosses else year, last.month, last.day)
    end = last.iso() if last is not None and last != first else None
    return ResolvedDate(first.iso(), end, inferred, review)


def parse_published(value: object) -> PartialDate | None:
    """The publication date as a PartialDate, or None when it is not an ISO date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value.strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    candidate = PartialDate(year, month, day)
    return candidate if _is_valid_date(candidate) else None


def _guess_year(
    first: PartialDate, published: PartialDate | None, context_year: int | None
) -> int | None:
    if published is not None and published.year is not None:
        year = published.year
        # News reports the recent past: "on December 28" in a January article is last year.
        month_ahead = first.month is not None and published.month is not None
        if month_ahead and first.month - published.month > 2:
            year -= 1
        return year
    return context_year


def _apply_shift(
    mention: DateMention, published: PartialDate | None
) -> tuple[PartialDate, PartialDate | None] | None:
    if published is None or published.year is None or mention.shift is None:
        return None
    unit, amount = mention.shift
    if unit == "year":
        year = published.year + amount
        first = PartialDate(year, mention.first.month, mention.first.day)
        last = mention.last
        if last is not None:
            last = PartialDate(year, last.month, last.day)
        return first, last
    if published.month is None:
        return None
    if unit == "month":
        index = published.year * 12 + published.month - 1 + amount
        return PartialDate(index // 12, index % 12 + 1), None
    if published.day is None:
        return None
    base = dt.date(published.year, published.month, published.day)
    if unit == "day":
        day = base + dt.timedelta(days=amount)
    else:  # weekday: the latest such day on or before publication
        day = base - dt.timedelta(days=(base.weekday() - amount) % 7)
    return PartialDate(day.year, day.month, day.day), None


def _is_valid(mention: DateMention) -> bool:
    if not _is_valid_date(mention.first):
        return False
    last = mention.last
    if last is None:
        return True
    if not _is_valid_date(last):
        return False
    if mention.first.year is not None and last.year is not None:
        key_first = (mention.first.year, mention.first.month or 0, mention.first.day or 0)
        key_last = (last.year, last.month or 12, last.day or 31)
        return key_first < key_last or key_first == key_last
    return True


def _is_valid_date(date: PartialDate) -> bool:
    if date.year is not None and not 1000 <= date.year <= 2199:
        return False
    if date.month is None:
        return date.day is None
    if not 1 <= date.month <= 12:
        return False
    if date.day is None:
        return True
    leap_year = 2000 if date.year is None else date.year
    return 1 <= date.day <= calendar.monthrange(leap_year, date.month)[1]


_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_EN_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
_VI_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
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
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def _month_name(name: str) -> int:
    return _EN_MONTHS[name[:3].lower()]


def _months_of_quarter(quarter: int) -> tuple[int, int]:
    return 3 * quarter - 2, 3 * quarter


def _mention(match: re.Match, first: PartialDate, last: PartialDate | None = None, **kw):
    start = match.start()
    if "at" in match.re.groupindex and match.start("at") >= 0:
        start = match.start("at")
    return DateMention(start, match.end(), first, last, **kw)


def _int(match: re.Match, group: str) -> int | None:
    if group not in match.re.groupindex:
        return None
    value = match.group(group)
    return int(value) if value else None


def _year2(match: re.Match, first_year: int | None) -> int | None:
    """The second year of a range, written in full or as two digits ("2020-21")."""
    if match.group("y2"):
        return int(match.group("y2"))
    short = match.group("yy") if "yy" in match.re.groupindex else None
    if short and first_year is not None:
        year = first_year - first_year % 100 + int(short)
        return year if year > first_year else None
    return None


# Shared pieces of the patterns. `at` marks where a mention starts when a cue
# word before it is only there to confirm it ("in 2011": the cue is "in").
_EN_MONTH = (
    r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?P<{0}>(?:1[0-9]|2[01])\d\d)(?![\d%]|[.,]\d|-(?:year|năm))"
_DASH = r"\s*(?:-|–|—)\s*"
_TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\btill\b)\s*"


def _p(template: str, flags: int = 0) -> re.Pattern:
    pieces = {
        "M": _EN_MONTH.format("m"),
        "M2": _EN_MONTH.format("m2"),
        "D": _DAY.format("d"),
        "D2": _DAY.format("d2"),
        "Y": _YEAR.format("y"),
        "Y2": _YEAR.format("y2"),
        "DASH": _DASH,
        "TO": _TO,
    }
    for key in sorted(pieces, key=len, reverse=True):
        template = template.replace("{" + key + "}", pieces[key])
    return re.compile(template, flags)


def _before(words: str, flags: int = 0) -> re.Pattern:
    """Words that end right where a match starts."""
    return re.compile(r"(?:" + words + r")\s*$", flags)


def _en_month_day_range(m: re.Match) -> DateMention:
    year = _int(m, "y")
    month = _month_name(m.group("m"))
    return _mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _en_two_days_range(m: re.Match) -> DateMention:
    year = _int(m, "y2") or _int(m, "y")
    first = PartialDate(_int(m, "y") or year, _month_name(m.group("m")), int(m.group("d")))
    return _mention(m, first, PartialDate(year, _month_name(m.group("m2")), int(m.group("d2"))))


def _en_day_day_month(m: re.Match) -> DateMention:
    year = _int(m, "y")
    month = _month_name(m.group("m"))
    return _mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _en_day(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(_int(m, "y"), _month_name(m.group("m")), int(m.group("d"))))


def _en_day_to_year(m: re.Match) -> DateMention:
    first = PartialDate(int(m.group("y")), _month_name(m.group("m")), int(m.group("d")))
    return _mention(m, first, PartialDate(int(m.group("y2"))))


def _en_month(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(_int(m, "y"), _month_name(m.group("m"))))


def _year_only(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(int(m.group("y"))))


def _year_range(m: re.Match) -> DateMention | None:
    first_year = int(m.group("y"))
    last_year = _year2(m, first_year)
    if last_year is None or last_year <= first_year:
        return None
    return _mention(m, PartialDate(first_year), PartialDate(last_year))


def _en_quarter(m: re.Match) -> DateMention:
    quarter = _ORDINALS.get(m.group("q").lower()) or int(m.group("q"))
    first_month, last_month = _months_of_quarter(quarter)
    year = _int(m, "y")
    return _mention(m, PartialDate(year, first_month), PartialDate(year, last_month))


def _en_half(m: re.Match) -> DateMention:
    year = int(m.group("y"))
    first_half = m.group("h").lower() in ("first", "1")
    months = (1, 6) if first_half else (7, 12)
    return _mention(m, PartialDate(year, months[0]), PartialDate(year, months[1]))


def _en_first_months(m: re.Match) -> DateMention | None:
    count = m.group("n").lower()
    months = _EN_NUMBER_WORDS.get(count) or int(count)
    if not 1 <= months <= 11:
        return None
    year = int(m.group("y"))
    return _mention(m, PartialDate(year, 1), PartialDate(year, months))


def _en_relative(m: re.Match) -> DateMention:
    word = m.group("rel").lower()
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1}
    return _mention(m, PartialDate(None), shift=("day", offsets[word]))


def _en_relative_unit(m: re.Match) -> DateMention:
    offsets = {"last": -1, "this": 0, "next": 1}
    return _mention(
        m, PartialDate(None), shift=(m.group("unit"), offsets[m.group("which").lower()])
    )


def _en_month_of_relative_year(m: re.Match) -> DateMention:
    offsets = {"last": -1, "this": 0, "next": 1}
    first = PartialDate(None, _month_name(m.group("m")), _int(m, "d"))
    return _mention(m, first, shift=("year", offsets[m.group("which").lower()]))


def _en_weekday(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(None), shift=("weekday", _WEEKDAYS[m.group("wd").lower()]))


def _numeric(lang: str) -> Callable[[re.Match], DateMention | None]:
    def build(m: re.Match) -> DateMention | None:
        first_number, second_number = int(m.group("d")), int(m.group("m"))
        year = _int(m, "y")
        ambiguous = lang == "en" and first_number <= 12 and second_number <= 12
        if lang == "en" and first_number <= 12 < second_number:
            first_number, second_number = second_number, first_number
        if first_number == second_number:
            ambiguous = False
        return _mention(m, PartialDate(year, second_number, first_number), review=ambiguous)

    return build


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
_YEAR_WEAK_CUE = _before(r"\b(?:to|and|or|than|with|over|versus|vs\.?|of)\s")
_AFTER_A_YEAR = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|to|in|on|at|for|from|with|compared|respectively|until"
    r"|the|a|an)\b)"
)

_EN_RULES: list[_Rule] = [
    _Rule(
        _p(r"\b{M}\s+{D}{TO}{D2}(?:,?\s+{Y})?"),
        _en_month_day_range,
        grow=_FROM,
        gate="month",
        anchor="month",
    ),
    _Rule(
        _p(r"\b{M}\s+{D}(?:,?\s+{Y})?{TO}{M2}\s+{D2},?\s+{Y2}"),
        _en_two_days_range,
        grow=_FROM,
        gate="month",
        anchor="month",
    ),
    _Rule(
        _p(r"(?<![\w.,/-]){D}{TO}{D2}\s+(?:of\s+)?{M}(?:,?\s+{Y})?"),
        _en_day_day_month,
        grow=_FROM,
        gate="month",
        anchor="digit",
    ),
    _Rule(
        _p(r"(?<![\w.,/-]){D}\s+and\s+{D2}\s+(?:of\s+)?{M}(?:,?\s+{Y})?"),
        _en_day_day_month,
        grow=_FROM,
        need=_FROM,
        gate="month",
        anchor="digit",
    ),
    _Rule(_p(r"\b{M}\s+{D},?\s+{Y}{DASH}{Y2}"), _en_day_to_year, gate="month", anchor="month"),
    _Rule(_p(r"\b{M}\s+{D}(?:,\s*|\s+){Y}"), _en_day, gate="month", anchor="month"),
    _Rule(_p(r"(?<![\w.,/-]){D}\s+(?:of\s+)?{M},?\s+{Y}"), _en_day, gate="month", anchor="digit"),
    _Rule(_p(r"\b{M}\s+{D}(?!\s*,?\s*\d)"), _en_day, gate="month", anchor="month"),
    _Rule(_p(r"(?<![\w.,/-]){D}\s+(?:of\s+)?{M}"), _en_day, gate="month", anchor="digit"),
    _Rule(_p(r"\b{M},?\s+{Y}"), _en_month, grow=_YEAR_EDGE, gate="month", anchor="month"),
    _Rule(
        _p(r"\b{M}(?![\w])(?!\s*\d)"),
        _en_month,
        grow=_YEAR_EDGE,
        need=_MONTH_CUE,
        gate="month",
        anchor="month",
    ),
    _Rule(
        _p(r"(?<![\w/.,-]){Y}{TO}(?:{Y2}|(?P<yy>\d\d)(?![\d%]))"),
        _year_range,
        grow=_FROM,
        anchor="digit",
    ),
    _Rule(
        _p(r"(?<![\w/.,-]){Y}\s+and\s+{Y2}"), _year_range, grow=_FROM, need=_FROM, anchor="digit"
    ),
    _Rule(
        _p(
            r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of(?:\s+the\s+year)?)?(?:\s+{Y})?"
        ),
        _en_quarter,
        gate="quarter",
    ),
    _Rule(_p(r"\bQ(?P<q>[1-4])(?:\s*[/-]\s*|\s+){Y}"), _en_quarter, gate="q"),
    _Rule(_p(r"\b(?P<h>first|second)\s+half\s+of\s+(?:the\s+year\s+)?{Y}"), _en_half, gate="half"),
    _Rule(_p(r"\bH(?P<h>[12])(?:\s*[/-]\s*|\s+){Y}"), _en_half, gate="h"),
    _Rule(
        _p(
            r"\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:the\s+year\s+)?{Y}"
        ),
        _en_first_months,
        gate="months",
    ),
    _Rule(
        _p(r"(?:(?<=[Mm]id-)|(?<![\w/.,-])){Y}"),
        _year_only,
        grow=_YEAR_EDGE,
        need=_YEAR_CUE,
        anchor="digit",
    ),
    _Rule(_p(r"(?<![\w/.,-]){Y}" + _AFTER_A_YEAR), _year_only, need=_YEAR_WEAK_CUE, anchor="digit"),
    _Rule(
        _p(r"(?<![\w/.,-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep){Y}(?![\w/]|[.,-]\d)"),
        _numeric("en"),
        anchor="digit",
    ),
    _Rule(
        _p(r"\b{M}(?:\s+{D})?,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b"),
        _en_month_of_relative_year,
        gate="month",
        anchor="month",
    ),
    _Rule(
        _p(r"\b(?P<rel>yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\b"),
        _en_relative,
        gate="relative",
    ),
    _Rule(
        _p(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)\b"),
        _en_relative_unit,
        grow=_EARLIER_LATER,
        block=_THE,
        gate="relative",
    ),
    _Rule(
        _p(
            r"\b(?:on|On|last|Last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        _en_weekday,
        gate="relative",
    ),
]


# Vietnamese. Cue words are matched without regard to case ("Ngày", "ngày").
_VI_TIME = r"(?:ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|sáng sớm|hôm)"
_VI_DAY = r"(?P<{0}>[0-3]?\d)(?![\d%])"
_VI_MONTH = r"(?P<{0}>1[0-2]|0?[1-9])(?![\d%])"


def _v(template: str) -> re.Pattern:
    pieces = {
        "D": _VI_DAY.format("d"),
        "D2": _VI_DAY.format("d2"),
        "M": _VI_MONTH.format("m"),
        "M2": _VI_MONTH.format("m2"),
        "Y": _YEAR.format("y"),
        "Y2": _YEAR.format("y2"),
        "DASH": _DASH,
    }
    for key in sorted(pieces, key=len, reverse=True):
        template = template.replace("{" + key + "}", pieces[key])
    return re.compile(template, re.IGNORECASE)


def _vi_day(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(_int(m, "y"), int(m.group("m")), int(m.group("d"))))


def _vi_days_range(m: re.Match) -> DateMention:
    year, month = _int(m, "y"), int(m.group("m"))
    return _mention(
        m, PartialDate(year, month, int(m.group("d"))), PartialDate(year, month, int(m.group("d2")))
    )


def _vi_two_days_range(m: re.Match) -> DateMention:
    year2 = _int(m, "y2")
    first = PartialDate(_int(m, "y") or year2, int(m.group("m")), int(m.group("d")))
    return _mention(m, first, PartialDate(year2, int(m.group("m2")), int(m.group("d2"))))


def _vi_months_range(m: re.Match) -> DateMention:
    year2 = int(m.group("y2"))
    first = PartialDate(_int(m, "y") or year2, int(m.group("m")))
    return _mention(m, first, PartialDate(year2, int(m.group("m2"))))


def _vi_month(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(_int(m, "y"), int(m.group("m"))))


def _vi_quarter(m: re.Match) -> DateMention:
    first_month, last_month = _months_of_quarter(_ROMAN_QUARTERS[m.group("q").lower()])
    year = _int(m, "y")
    shift = _vi_year_shift(m)
    return _mention(m, PartialDate(year, first_month), PartialDate(year, last_month), shift=shift)


def _vi_first_months(m: re.Match, count: str) -> DateMention | None:
    count = count.lower()
    months = _VI_NUMBER_WORDS.get(count) or (int(count) if count.isdigit() else 0)
    if not 1 <= months <= 11:
        return None
    year = _int(m, "y")
    last_months = (m.group("part") or "").strip().lower() == "cuối"
    span = (13 - months, 12) if last_months else (1, months)
    return _mention(
        m, PartialDate(year, span[0]), PartialDate(year, span[1]), shift=_vi_year_shift(m)
    )


def _vi_half(m: re.Match) -> DateMention:
    months = (1, 6) if m.group("h").lower() == "đầu" else (7, 12)
    year = _int(m, "y")
    return _mention(
        m, PartialDate(year, months[0]), PartialDate(year, months[1]), shift=_vi_year_shift(m)
    )


def _vi_year_shift(m: re.Match) -> tuple[str, int] | None:
    word = (m.group("rel") or "").lower() if "rel" in m.re.groupindex else ""
    offsets = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}
    return ("year", offsets[word]) if word in offsets else None


def _vi_month_of_relative_year(m: re.Match) -> DateMention:
    first = PartialDate(None, int(m.group("m")), _int(m, "d"))
    return _mention(m, first, shift=_vi_year_shift(m))


def _vi_relative_year(m: re.Match) -> DateMention:
    return _mention(m, PartialDate(None), shift=_vi_year_shift(m))


def _vi_relative_month(m: re.Match) -> DateMention:
    offsets = {"này": 0, "trước": -1, "tới": 1, "sau": 1}
    return _mention(m, PartialDate(None), shift=("month", offsets[m.group("rel").lower()]))


def _vi_relative_day(m: re.Match) -> DateMention:
    word = m.group("rel").lower()
    offset = {"qua": -1, "nay": 0, "mai": 1}[word.split()[-1]]
    return _mention(m, PartialDate(None), shift=("day", offset))


_VI_FROM = _before(r"(?:^|\s)từ\s+(?:ngày\s+|năm\s+)?|(?:^|\s)ngày\s", re.I)
_VI_TIME_BEFORE = _before(r"(?:^|\s)(?:từ\s+)?" + _VI_TIME + r"\s", re.I)
_VI_FROM_OR_TIME = _before(
    r"(?:^|\s)từ\s+(?:" + _VI_TIME + r"\s+)?|(?:^|\s)" + _VI_TIME + r"\s", re.I
)
_VI_DAY_CUE = _before(r"(?:^|\s)(?:từ|đến|tới|và|cùng)\s", re.I)
_VI_EDGE = _before(r"(?:^|\s)(?:từ\s+)?(?:cuối|đầu|giữa|hết)\s", re.I)
_VI_YEAR_CUE = _before(
    r"\(|(?:^|\s)(?:từ|đến|tới|giai đoạn|nhiệm kỳ|niên khóa|trước|sau|và|hoặc|so với)\s", re.I
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


_VI_RULES: list[_Rule] = [
    _Rule(
        _v(
            r"(?<![\w/.,-]){D}\s*(?:-|–|\bđến\b|\btới\b|\bvà\b)\s*(?:ngày\s+)?{D2}\s*/\s*{M}(?:\s*/\s*{Y})?(?![\d/])"
        ),
        _vi_days_range,
        grow=_VI_FROM_OR_TIME,
        anchor="digit",
    ),
    _Rule(
        _v(
            r"(?<![\w/.,-]){D}\s*(?:-|–|\bđến\b|\btới\b|\bvà\b)\s*(?:ngày\s+)?{D2}\s+tháng\s+{M}(?:(?:\s*/\s*|,?\s+năm\s+){Y})?"
        ),
        _vi_days_range,
        grow=_VI_FROM,
        gate="tháng",
        anchor="digit",
    ),
    _Rule(
        _v(
            r"(?<![\w/.,-]){D}/{M}(?:/{Y})?\s*(?:-|–|\bđến\b|\btới\b)\s*(?:ngày\s+)?{D2}/{M2}/{Y2}(?![\d/])"
        ),
        _vi_two_days_range,
        grow=_VI_FROM_OR_TIME,
        anchor="digit",
    ),
    _Rule(
        _v(
            r"\btháng\s+{M}(?:\s*/\s*{Y})?\s*(?:-|–|\bđến\b|\btới\b)\s*(?:tháng\s+)?{M2}\s*(?:/|-|,?\s+năm\s+)\s*{Y2}"
        ),
        _vi_months_range,
        grow=_VI_FROM,
        gate="tháng",
    ),
    _Rule(
        _v(
            r"(?<![\w/.,-]){Y}\s*(?:-|–|—|\bđến\b|\btới\b)\s*(?:năm\s+)?(?:{Y2}|(?P<yy>\d\d)(?![\d%/]))"
        ),
        _year_range,
        grow=_before(r"(?:^|\s)(?:từ\s+)?năm\s|(?:^|\s)từ\s", re.I),
        anchor="digit",
    ),
    _Rule(
        _v(r"(?<![\w/.,-]){D}(?P<sep>[/.-]){M}(?P=sep){Y}(?![\w/]|[.,-]\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        anchor="digit",
    ),
    _Rule(
        _v(r"(?<![\w/.,-]){D}\s+tháng\s+{M},?\s+(?:năm\s+)?{Y}"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        gate="tháng",
        anchor="digit",
    ),
    _Rule(
        _v(r"(?<![\w/.,-]){D}\s+tháng\s+{M}(?![\d/]|\s*,?\s*(?:năm\s+)?\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        need=_VI_TIME_BEFORE,
        gate="tháng",
        anchor="digit",
    ),
    _Rule(
        _v(r"(?<![\w/.,-]){D}/{M}(?![\d/%]|\.\d)"),
        _vi_day,
        grow=_VI_TIME_BEFORE,
        need=_VI_DAY_CUE,
        anchor="digit",
    ),
    _Rule(_v(r"\((?P<at>){D}/{M}\)"), _vi_day),
    _Rule(
        _v(r"\btháng\s+{M}\s*(?:/|-|\.|,?\s+năm\s+)\s*{Y}"), _vi_month, grow=_VI_EDGE, gate="tháng"
    ),
    _Rule(_v(r"\btháng\s+{M}(?![\d/.-]|\s*,?\s*năm\s+\d)"), _vi_month, grow=_VI_EDGE, gate="tháng"),
    _Rule(_v(r"\bnăm\s+{Y}"), _year_only, grow=_VI_EDGE, gate="năm"),
    _Rule(_v(r"(?<![\w/.,-]){Y}"), _year_only, need=_VI_YEAR_CUE, anchor="digit"),
    _Rule(
        _v(
            r"\bquý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)(?:\s*(?:/|-|,?\s+năm\s+)\s*(?:{Y}|(?P<rel>nay|ngoái|trước|tới|sau)\b))?"
        ),
        _vi_quarter,
        gate="quý",
    ),
    _Rule(
        _v(r"\btháng\s+(?P<part>đầu\s+|cuối\s+)?năm\s+(?:{Y}|(?P<rel>nay|ngoái|trước)\b)"),
        _vi_first_months_here,
        gate="tháng",
    ),
    _Rule(
        _v(r"\bnửa\s+(?P<h>đầu|cuối|sau)\s+năm\s+(?:{Y}|(?P<rel>nay|ngoái|trước)\b)"),
        _vi_half,
        gate="nửa",
    ),
    _Rule(
        _v(r"\btháng\s+{M}(?:\s*/\s*|,?\s+)năm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_month_of_relative_year,
        gate="tháng",
    ),
    _Rule(
        _v(r"(?<![\w/.,-]){D}/{M}(?:\s*/\s*|,?\s+)năm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_month_of_relative_year,
        grow=_VI_TIME_BEFORE,
        anchor="digit",
    ),
    _Rule(
        _v(r"\bnăm\s+(?P<rel>ngoái|nay|tới|sau|trước)\b"),
        _vi_relative_year,
        block=_VI_COUNTED,
        gate="relative",
    ),
    _Rule(
        _v(r"\btháng\s+(?P<rel>này|trước|tới|sau)\b"),
        _vi_relative_month,
        block=_VI_COUNTED,
        gate="relative",
    ),
    _Rule(
        _v(r"\b(?P<rel>hôm qua|hôm nay|ngày mai|(?:sáng|chiều|tối|trưa|đêm) (?:nay|qua))\b"),
        _vi_relative_day,
        gate="relative",
    ),
]

# Rules only run on text that could hold what they look for; most sentences have no month name.
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"(?<!\d)\d")
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
_RELATIVE_WORDS = {
    False: ("yesterday", "today", "tomorrow", "year", "month", "day"),
    True: ("ngoái", "nay", "trước", "tới", "sau", "này", "qua", "mai"),
}
