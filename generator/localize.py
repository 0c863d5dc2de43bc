"""Dates and figures written the way each language's newsrooms write them.

English: "19 May 1975", "May 1975", "US$15 billion", "27.5%".
Vietnamese: "19/5/1975", "tháng 5/1975", "năm 1975", "15 tỷ USD", "27,5%".
Babel's CLDR data gives the decimal and grouping marks; the scale words
("billion", "tỷ") and the currency placement follow newsroom style, where
CLDR's compact formats round ("15B") and a news site must not.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources

import yaml
from babel.numbers import format_decimal

_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()

_SCALES = {
    "en": ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")),
    "vi": ((10**12, "nghìn tỷ"), (10**9, "tỷ"), (10**6, "triệu")),
}
_EN_CURRENCY_PREFIX = {"USD": "US$", "EUR": "€", "GBP": "£"}


@cache
def labels(lang: str) -> dict:
    """The words the templates show to a reader of `lang`."""
    text = resources.files("generator").joinpath(f"locales/{lang}.yml").read_text("utf-8")
    return yaml.safe_load(text)


def format_date(iso: str | None, lang: str) -> str:
    """An ISO date at its precision, written the local way."""
    if not iso:
        return labels(lang)["date_unknown"]
    iso = str(iso)
    if "/" in iso:  # an ISO interval, as a figure's period: 2024-01/2024-03
        start, end = iso.split("/", 1)
        return format_range(start, end, lang)
    if iso.startswith("--"):  # ISO's date without a year: the text gave none
        month, _, day = iso[2:].partition("-")
        shown = format_date(f"2000-{month}-{day}" if day else f"2000-{month}", lang)
        return (
            f"{shown.rsplit(' ', 1)[0] if lang == 'en' else shown.rsplit('/', 1)[0]} "
            + (labels(lang)["year_unknown"])
        )
    parts = [int(part) for part in iso.split("-")]
    if lang == "vi":
        if len(parts) == 3:
            return f"{parts[2]}/{parts[1]}/{parts[0]}"
        return f"tháng {parts[1]}/{parts[0]}" if len(parts) == 2 else f"năm {parts[0]}"
    if len(parts) == 3:
        return f"{parts[2]} {_EN_MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{_EN_MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else str(parts[0])


def format_range(start: str, end: str | None, lang: str) -> str:
    """A date or a range, sharing what the two ends share: "27–30 November 2023"."""
    if not end or end == start:
        return format_date(start, lang)
    if len(start) == len(end) == 7 and start[:4] == end[:4]:
        if lang == "vi":
            return f"tháng {int(start[5:])}–{int(end[5:])}/{start[:4]}"
        return f"{_EN_MONTHS[int(start[5:]) - 1]}–{_EN_MONTHS[int(end[5:]) - 1]} {start[:4]}"
    if len(start) == len(end) == 10 and start[:7] == end[:7]:
        day_start = int(start[8:])
        return f"{day_start}–{format_date(end, lang)}"
    if len(start) == len(end) == 4:
        return f"năm {start}–{end}" if lang == "vi" else f"{start}–{end}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def _number(value: Decimal, lang: str) -> str:
    return _cached_number(str(value), lang)


@lru_cache(maxsize=8192)
def _cached_number(value: str, lang: str) -> str:
    """Babel's formatting is slow and fact boxes repeat the same few numbers."""
    return format_decimal(Decimal(value), locale=lang, decimal_quantization=False)


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
    amount = Decimal(str(value))
    scaled = _number(amount, lang)
    for size, word in _SCALES["vi" if lang == "vi" else "en"]:
        if abs(amount) >= size:
            scaled = f"{_number(amount / size, lang)} {word}"
            break
    if len(unit) == 3 and unit.isupper():  # an ISO 4217 currency code
        if lang == "en" and unit in _EN_CURRENCY_PREFIX:
            return f"{_EN_CURRENCY_PREFIX[unit]}{scaled}"
        return f"{scaled} {unit}"
    if unit == "rank":
        return _ordinal(int(value), lang)
    return f"{scaled} {unit}"


def _ordinal(value: int, lang: str) -> str:
    if lang == "vi":
        return "thứ nhất" if value == 1 else f"thứ {value}"
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
