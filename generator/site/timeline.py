"""The timeline: every event of every article, oldest first, grouped by year and decade."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from generator.site.entries import Entry, text_fragment


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    end: str | None
    inferred: bool
    review: str | bool | None  # why it is not yet checked (model.REVIEW_REASONS)
    text: str
    quote: str
    entry: Entry
    link: str  # the sentence the event comes from, as a text-fragment link
    unique_id: str

    @property
    def year(self) -> str:
        return self.date[:4]


def timeline(article_entries: Iterable[Entry]) -> list[TimelineEvent]:
    """Every event of every article, oldest first; ties keep the articles' order."""
    events = []
    for entry in article_entries:
        for index, event in enumerate(entry.meta.events):
            if event.date.startswith("--"):
                continue  # no year: nowhere to place it until an editor gives one
            events.append(
                TimelineEvent(
                    date=event.date,
                    end=event.end,
                    inferred=event.inferred,
                    review=event.review,
                    text=event.text,
                    quote=event.quote,
                    entry=entry,
                    link=entry.content_url + text_fragment(event.quote),
                    unique_id=f"{entry.slug}-{entry.content_lang}-{index + 1}",
                )
            )
    return sorted(events, key=lambda e: (e.date, e.end or e.date, e.entry.slug, e.unique_id))


def by_year(events: list[TimelineEvent]) -> list[tuple[str, list[TimelineEvent]]]:
    return [(year, list(group)) for year, group in groupby(events, key=lambda e: e.year)]


def decade(iso: str) -> int:
    return int(iso[:4]) // 10 * 10


def decade_url(value: int, decades: list[int]) -> str:
    """Where a decade of the split timeline lives, relative to the language's root."""
    return "timeline/" if value == decades[0] else f"timeline/{value}s/"


def timeline_json(events: list[TimelineEvent], site_url: str, title: dict) -> dict:
    """The timeline in TimelineJS3's JSON format, each event with its `source`."""

    def date(iso: str) -> dict:
        parts = iso.split("-")
        keys = ("year", "month", "day")
        return {key: int(part) for key, part in zip(keys, parts, strict=False)}

    def event_json(event: TimelineEvent) -> dict:
        data = {"start_date": date(event.date)}
        if event.end:
            data["end_date"] = date(event.end)
        # TimelineJS renders these as HTML: escape them so a quote is only text.
        data["text"] = {"headline": html.escape(event.text), "text": html.escape(event.quote)}
        data["unique_id"] = event.unique_id
        data["source"] = {
            "slug": event.entry.slug,
            "url": site_url + event.link,
            "lang": event.entry.content_lang,
            "quote": event.quote,
        }
        if event.inferred:
            data["inferred"] = True
        if event.review:
            data["review"] = event.review
        return data

    title = {key: html.escape(value) for key, value in title.items()}
    return {"title": {"text": title}, "events": [event_json(event) for event in events]}
