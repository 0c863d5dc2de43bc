"""Dates in news text: one engine (`engine`), one rules module per language (`en`, `vi`)."""

from generator.ingest.dates.engine import (
    DateMention,
    PartialDate,
    Publication,
    ResolvedDate,
    find_dates,
    parse_published,
    resolve,
)

__all__ = [
    "DateMention",
    "PartialDate",
    "Publication",
    "ResolvedDate",
    "find_dates",
    "parse_published",
    "resolve",
]
