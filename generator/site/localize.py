"""Dates and figures written the way each language's newsrooms write them, and the words
the templates show.

English: "19 May 1975", "May 1975", "US$15 billion", "27.5%".
Vietnamese: "19/5/1975", "tháng 5/1975", "năm 1975", "15 tỷ USD", "27,5%".
How each language writes a date and a large number is in the language registry
(`generator/languages.yml`); Babel's CLDR data gives the decimal and grouping
marks. The scale words ("billion", "tỷ") and the currency placement follow newsroom
style, where CLDR's compact formats round ("15B") and a news site must not.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources

import yaml
from babel.numbers import format_decimal

from generator import languages


@cache
def labels(lang: str) -> dict:
    """The words the templates show to a reader of `lang` (`locales/<lang>.yml`)."""
    text = resources.files("generator.site").joinpath(f"locales/{lang}.yml").read_text("utf-8")
    words = yaml.safe_load(text)
    # A language added to the site after this locale was written is named in its own words.
    for table in ("language_names", "in_language"):
        for code in languages.codes():
            words.setdefault(table, {}).setdefault(code, languages.get(code).name)
    return words


def _style(lang: str) -> dict:
    return languages.get(lang).dates


def _parts(iso: str) -> dict:
    pieces = [int(part) for part in iso.split("-")]
    names = ("year", "month", "day")
    return dict(zip(names, pieces, strict=False))


def _fill(template: str, lang: str, **values) -> str:
    months = _style(lang)["months"]
    for key in ("month", "end_month"):
        if key in values:
            values[f"{key}_name"] = months[values[key] - 1]
    return template.format(**values)


def format_date(iso: str | None, lang: str) -> str:
    """An ISO date at its precision, written the local way."""
    if not iso:
        return labels(lang)["date_unknown"]
    iso = str(iso)
    if "/" in iso:  # an ISO interval, as a figure's period: 2024-01/2024-03
        start, end = iso.split("/", 1)
        return format_range(start, end, lang)
    style = _style(lang)
    if iso.startswith("--"):  # ISO's date without a year: the text gave none
        month, _, day = iso[2:].partition("-")
        values = {"month": int(month)} | ({"day": int(day)} if day else {})
        shown = _fill(style["day_without_year" if day else "month_without_year"], lang, **values)
        return f"{shown} {labels(lang)['year_unknown']}"
    values = _parts(iso)
    precision = "day" if "day" in values else "month" if "month" in values else "year"
    return _fill(style[precision], lang, **values)


def format_range(start: str, end: str | None, lang: str) -> str:
    """A date or a range, sharing what the two ends share: "27–30 November 2023"."""
    if not end or end == start:
        return format_date(start, lang)
    style = _style(lang)
    if len(start) == len(end) == 7 and start[:4] == end[:4]:
        first, last = _parts(start), _parts(end)
        return _fill(
            style["months_in_year"], lang, year=first["year"], month=first["month"],
            end_month=last["month"],
        )  # fmt: skip
    if len(start) == len(end) == 10 and start[:7] == end[:7]:
        return style["days_in_month"].format(day=int(start[8:]), end=format_date(end, lang))
    if len(start) == len(end) == 4:
        return style["years"].format(year=start, end_year=end)
    return style["span"].format(start=format_date(start, lang), end=format_date(end, lang))


def _number(value: Decimal, lang: str) -> str:
    return _cached_number(str(value), lang)


@lru_cache(maxsize=8192)
def _cached_number(value: str, lang: str) -> str:
    """Babel's formatting is slow and fact boxes repeat the same few numbers."""
    locale = languages.get(lang).locale
    return format_decimal(Decimal(value), locale=locale, decimal_quantization=False)


def format_number(value: int | float, lang: str) -> str:
    """27.5 → "27.5" / "27,5"; 500000 → "500,000" / "500.000"; exact, never rounded."""
    return _number(Decimal(str(value)), lang)


def format_figure(
    value: int | float, unit: str, lang: str, value_max: int | float | None = None
) -> str:
    """A figure with its unit, scaled to words where the text would: "US$15 billion"."""
    if unit == "%":
        low = format_number(value, lang)
        return f"{low}–{format_number(value_max, lang)}%" if value_max is not None else f"{low}%"
    if unit == "rank":
        return _ordinal(int(value), lang)
    numbers = languages.get(lang).numbers
    if unit == "times":  # "tăng gấp 2 lần": a multiple, worded the page's way
        return numbers["multiple"].format(n=format_number(value, lang))
    amount = _amount(Decimal(str(value)), lang, numbers["scales"])
    if value_max is not None:  # "2-3 tỷ USD": both ends, sharing the scale word when they can
        amount = _amount_range(
            Decimal(str(value)), Decimal(str(value_max)), lang, numbers["scales"]
        )
    if len(unit) == 3 and unit.isupper():  # an ISO 4217 currency code
        sign = numbers.get("currency_before", {}).get(unit)
        return f"{sign}{amount}" if sign else f"{amount} {unit}"
    return f"{amount} {unit}"


def _scale_of(amount: Decimal, scales: list) -> tuple[int, str] | None:
    for size, word in scales:
        if abs(amount) >= size:
            return size, word
    return None


def _amount(amount: Decimal, lang: str, scales: list) -> str:
    """The amount in the largest scale word it reaches: "15 billion", "15 tỷ"."""
    scale = _scale_of(amount, scales)
    if scale is None:
        return _number(amount, lang)
    return f"{_number(amount / scale[0], lang)} {scale[1]}"


def _amount_range(low: Decimal, high: Decimal, lang: str, scales: list) -> str:
    scale = _scale_of(high, scales)
    if scale is not None and scale == _scale_of(low, scales):
        size, word = scale
        return f"{_number(low / size, lang)}–{_number(high / size, lang)} {word}"
    return f"{_amount(low, lang, scales)}–{_amount(high, lang, scales)}"


def _ordinal(value: int, lang: str) -> str:
    style = languages.get(lang).numbers["ordinal"]
    if style == "english":
        teens = 10 <= value % 100 <= 20
        suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    if value == 1 and style.get("first"):
        return style["first"]
    return style["other"].format(n=value)
