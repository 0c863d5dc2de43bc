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
from dataclasses import dataclass, replace

from generator.ingest.rules import Rule, rules_for


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
    # relative to publication: ("year", -1) is "last year", ("named-month", -1) "last July"
    shift: tuple[str, int] | None = None
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
    review: str | None  # why the date is not sure: "needs-year", "ambiguous-date"

    @property
    def interval(self) -> str:
        """The period as one ISO 8601 string: `2024` or `2024-01/2024-03`."""
        return f"{self.date}/{self.end}" if self.end else self.date


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date expression in `text`, left to right, none overlapping.

    A language's rules module (`generator/ingest/dates/<code>.py`) gives `RULES`,
    `GATES` (name -> test of the sentence and its lower-cased copy), `ANY_OF` (the
    gates one of which must be open for a sentence to hold a date at all) and
    `ANCHORS` (name -> pattern of the positions where a rule's pattern can start).
    """
    rules = rules_for("dates", lang)
    if rules is None:
        return []
    lowered = text.lower()
    gates = {name: test(text, lowered) for name, test in rules.GATES.items()}
    if not any(gates[name] for name in rules.ANY_OF):
        return []
    starts = _Starts(text, rules.ANCHORS)
    found: list[DateMention] = []
    for rule in rules.RULES:
        if not rule.is_open(gates, lowered):
            continue
        # Trying a pattern only where a number or a month name starts is what keeps
        # thousands of articles fast: most positions of a sentence cannot start a date.
        for match in rule.matches(text, starts.of):
            mention = rule.build(match)
            if mention is None:
                continue
            start = rule.place(text, mention.start)
            if start is None:
                continue
            if start != mention.start:
                mention = replace(mention, start=start)
            if _is_valid(mention):
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.stop - m.start)))
    chosen: list[DateMention] = []
    for mention in found:
        if not chosen or mention.start >= chosen[-1].stop:
            chosen.append(mention)
    return chosen


class _Starts:
    """Where each anchor of a language matches in one text, found when first asked."""

    def __init__(self, text: str, anchors: dict):
        self._text, self._anchors, self._found = text, anchors, {}

    def of(self, anchor: str) -> list[int]:
        if anchor not in self._found:
            self._found[anchor] = [m.start() for m in self._anchors[anchor].finditer(self._text)]
        return self._found[anchor]


@dataclass(frozen=True)
class Publication:
    """When the article was published, as far as anyone knows, and how it is known.

    `known`: the date was given (a sidecar, a dateline, a time line above the text);
    otherwise it was inferred from the years the article mentions, and every year taken
    from it is a guess to review.
    """

    date: PartialDate | None
    known: bool = False


def resolve(
    mention: DateMention,
    *,
    publication: Publication | None = None,
    sentence_year: int | None = None,
    forward: bool = False,
) -> ResolvedDate | None:
    """ISO dates for `mention`, or None for a relative date with nothing to count from.

    A missing year comes first from the sentence itself ("Năm 2018, ... từ ngày 23 đến
    24/12"), then from the publication date: a happening takes the latest such date not
    after publication, or, when the sentence looks forward (`forward`: "will", "sẽ",
    "tới"), the first one not before it. A year taken from a publication date that was
    only inferred is marked `needs-year`; with no publication date at all, the date
    keeps ISO's year-less form (`--05-22`), marked too.
    """
    publication = publication or Publication(None)
    published = publication.date
    first, last = mention.first, mention.last
    inferred = False
    review = "ambiguous-date" if mention.review else None
    if mention.shift is not None:
        shifted = _apply_shift(mention, published)
        if shifted is None:
            return None
        first, last = shifted
        inferred = True
        if not publication.known:
            review = review or "needs-year"
    elif mention.needs_year:
        inferred = True
        # "28/12 - 2/1" crosses into the next year.
        crosses = (
            last is not None
            and last.year is None
            and (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
        )
        if sentence_year is not None:
            year = sentence_year
        else:
            # A period counts by its end: "7 tháng đầu năm" in August is this year's.
            end = last if last is not None and last.year is None and last.month else first
            year, sure = _year_from_publication(end, published, forward)
            if year is not None and crosses:
                year -= 1
            if year is None or not publication.known or not sure:
                review = review or "needs-year"
        if year is not None:
            first = PartialDate(year, first.month, first.day)
            if last is not None and last.year is None:
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


def _year_from_publication(
    first: PartialDate, published: PartialDate | None, forward: bool
) -> tuple[int | None, bool]:
    """The year of a year-less date, counted from the publication date, and whether it is
    sure.

    Looking forward ("will", "sẽ"): the first such date not before publication.
    Otherwise the latest one not after it, unless the next is within a month (an
    anniversary the article is about, "the 75th National Day (September 2)") or the
    last is more than half a year back and the next is nearer: news gives the year of
    a happening that long ago, so "từ 18/8 đến 25/10" in June is a schedule. A date more
    than four months from publication either way is a guess, and said to be one.
    """
    if published is None or published.year is None:
        return None, False
    year = published.year
    if published.month is None or first.month is None:
        return year, True
    day = published.day or (1 if forward else 28)
    when = dt.date(year, published.month, day)
    past = _on_or_before(first, when)
    future = _after(first, when)
    past_gap, future_gap = (when - past).days, (future - when).days
    if forward or future_gap <= 31 or (past_gap > _HALF_YEAR and future_gap < past_gap):
        chosen, gap = future, future_gap
    else:
        chosen, gap = past, past_gap
    return chosen.year, gap <= _SURE_WITHIN


_HALF_YEAR = 183
_SURE_WITHIN = 122  # days: about four months


def _on_or_before(first: PartialDate, when: dt.date) -> dt.date:
    date = _in_year(first, when.year)
    return date if date <= when else _in_year(first, when.year - 1)


def _after(first: PartialDate, when: dt.date) -> dt.date:
    date = _in_year(first, when.year)
    return date if date > when else _in_year(first, when.year + 1)


def _in_year(first: PartialDate, year: int) -> dt.date:
    last_day = calendar.monthrange(year, first.month)[1]
    return dt.date(year, first.month, min(first.day or 1, last_day))


def _days_between(start: tuple[int, int], stop: tuple[int, int]) -> int:
    return (dt.date(2000, *stop) - dt.date(2000, *start)).days  # a leap year: 29 February


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
    if unit == "named-month":  # "last July": the latest July before the month of publication
        month = mention.first.month
        year = published.year
        if amount < 0 and month >= published.month:
            year -= 1
        elif amount > 0 and month <= published.month:
            year += 1
        return PartialDate(year, month), None
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

# What every language's rules share: the gate and anchor of numbers, the pattern of a
# four-digit year, a dash, and the builders of mentions.
DIGIT = re.compile(r"\d")
DIGIT_RUN = re.compile(r"(?<!\d)\d")
# Shared pieces of the patterns. `at` marks where a mention starts when a cue
# word before it is only there to confirm it ("in 2011": the cue is "in").
YEAR = r"(?P<{0}>(?:1[0-9]|2[01])\d\d)(?![\d%]|[.,]\d|-(?:year|năm))"
DASH = r"\s*(?:-|–|—)\s*"


def months_of_quarter(quarter: int) -> tuple[int, int]:
    return 3 * quarter - 2, 3 * quarter


def mention(match: re.Match, first: PartialDate, last: PartialDate | None = None, **kw):
    start = match.start()
    if "at" in match.re.groupindex and match.start("at") >= 0:
        start = match.start("at")
    return DateMention(start, match.end(), first, last, **kw)


def number(match: re.Match, group: str) -> int | None:
    if group not in match.re.groupindex:
        return None
    value = match.group(group)
    return int(value) if value else None


def second_year(match: re.Match, first_year: int | None) -> int | None:
    """The second year of a range, written in full or as two digits ("2020-21")."""
    if match.group("y2"):
        return int(match.group("y2"))
    short = match.group("yy") if "yy" in match.re.groupindex else None
    if short and first_year is not None:
        year = first_year - first_year % 100 + int(short)
        return year if year > first_year else None
    return None


# "on 2024-05-22": an ISO date written in the text, in any language.
ISO_DAY = re.compile(
    r"(?<![\w/.:-])(?P<y>(?:1[0-9]|2[01])\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\w/:]|-\w)"
)


def iso_day(m: re.Match) -> DateMention:
    return mention(m, PartialDate(int(m.group("y")), int(m.group("m")), int(m.group("d"))))


def year_only(m: re.Match) -> DateMention:
    return mention(m, PartialDate(int(m.group("y"))))


def year_range(m: re.Match) -> DateMention | None:
    first_year = int(m.group("y"))
    last_year = second_year(m, first_year)
    if last_year is None or last_year <= first_year:
        return None
    return mention(m, PartialDate(first_year), PartialDate(last_year))


def rule(*args, gate: str | tuple[str, ...] = "digit", **options) -> Rule:
    """A date rule: unless it says otherwise, only for sentences with a number in them."""
    return Rule(*args, gate=gate, **options)
