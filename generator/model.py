"""The values the importer reads from seeds and writes into front matter.

Small frozen dataclasses, so parsing and extraction stay pure functions that
take values and return values. Positions in the source are kept out of
equality: two events that say the same thing from different places are equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    """Something that happened on a date, traced to the sentence it came from."""

    date: str  # ISO 8601 at the text's precision: 1975-05-19, 1975-05 or 1975
    text: str  # one line, in the page's language: who did what
    quote: str  # the exact sentence of the page the event comes from
    end: str | None = None  # ISO 8601 end of a range or term
    inferred: bool = False  # the year (or the date) was not written next to it
    review: bool = False  # the extractor was unsure; an editor should look
    offset: int = field(default=-1, compare=False)  # position in the body text

    def to_dict(self) -> dict:
        data: dict = {"date": self.date}
        if self.end:
            data["end"] = self.end
        if self.inferred:
            data["inferred"] = True
        data["text"] = self.text
        data["quote"] = self.quote
        if self.review:
            data["review"] = True
        return data


@dataclass(frozen=True)
class Figure:
    """A key figure: a number with its unit, traced to the sentence it came from."""

    label: str  # what it measures, in the page's language
    value: int | float  # the number exactly as written, in base units (15 billion = 15000000000)
    unit: str  # ISO 4217 code for money, "%" or a noun ("people", "rank")
    quote: str  # the exact sentence of the page the figure comes from
    qualifier: str | None = None  # "more than", "hơn", "khoảng", "up to" ...
    as_of: str | None = None  # the period it refers to, ISO 8601 (2024, 2020-06, 2024-01/2024-03)
    review: bool = False
    offset: int = field(default=-1, compare=False)
    value_max: int | float | None = None  # upper bound of a range: "10-15%" is value 10, max 15

    def to_dict(self) -> dict:
        data: dict = {"label": self.label, "value": self.value}
        if self.value_max is not None:
            data["value_max"] = self.value_max
        data["unit"] = self.unit
        if self.qualifier:
            data["qualifier"] = self.qualifier
        if self.as_of:
            data["as_of"] = self.as_of
        data["quote"] = self.quote
        if self.review:
            data["review"] = True
        return data
