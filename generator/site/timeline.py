"""The timeline: every happening the articles report, oldest first, grouped by year and
decade; a happening several articles report is one entry that lists them all."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import groupby

from generator.site import happenings
from generator.site.entries import Entry, text_fragment


@dataclass(frozen=True)
class Report:
    """One article's sentence about a happening."""

    entry: Entry
    quote: str
    link: str  # the sentence, as a text-fragment link


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
    # every article that reports the happening, this event's own first
    reports: tuple[Report, ...] = ()
    milestone: bool = False  # an editor's mark: part of the story so far

    @property
    def year(self) -> str:
        return self.date[:4]


def timeline(article_entries: Iterable[Entry]) -> list[TimelineEvent]:
    """Every happening of every article, oldest first, each once (see `happenings`)."""
    events: list[TimelineEvent] = []
    mentions = []
    for entry in article_entries:
        for index, event in enumerate(entry.meta.events):
            if event.date.startswith("--"):
                continue  # no year: nowhere to place it until an editor gives one
            link = entry.content_url + text_fragment(event.quote)
            events.append(
                TimelineEvent(
                    date=event.date,
                    end=event.end,
                    inferred=event.inferred,
                    review=event.review,
                    text=event.text,
                    quote=event.quote,
                    entry=entry,
                    link=link,
                    unique_id=f"{entry.slug}-{entry.content_lang}-{index + 1}",
                    reports=(Report(entry, event.quote, link),),
                    milestone=event.milestone,
                )
            )
            mentions.append(happenings.mention_of(event.date, event.end, event.text, entry.meta))
    merged = [_merged([events[i] for i in members]) for members in happenings.group(mentions)]
    return sorted(merged, key=_in_time)


def _merged(reports: list[TimelineEvent]) -> TimelineEvent:
    """One entry for a happening: its most telling report, with every report listed."""
    if len(reports) == 1:
        return reports[0]
    shown = min(
        reports,
        key=lambda e: (not e.entry.available, -len(e.date), bool(e.review), e.inferred),
    )
    others = tuple(r for event in reports if event is not shown for r in event.reports)
    return replace(
        shown,
        reports=shown.reports + others,
        milestone=any(event.milestone for event in reports),
    )


def _in_time(event: TimelineEvent) -> tuple:
    """Where an event stands in time: by the last day its date can mean, so that "in 1975"
    ("at the end of 1975") follows "19 May 1975" and "May 1975" follows "19 May 1975"; a
    range by its start, then its end."""
    return (
        _last_day(event.date),
        _last_day(event.end or event.date),
        event.entry.slug,
        event.unique_id,
    )


def _last_day(iso: str) -> tuple[int, int, int]:
    year, month, day = ([int(part) for part in iso.split("-")] + [None, None])[:3]
    # A missing month or day sorts past any real one: after the dates it contains.
    return year, month or 13, day or 32


def by_year(events: list[TimelineEvent]) -> list[tuple[str, list[TimelineEvent]]]:
    return [(year, list(group)) for year, group in groupby(events, key=lambda e: e.year)]


def decade(iso: str) -> int:
    return int(iso[:4]) // 10 * 10


def decade_url(value: int, decades: list[int]) -> str:
    """Where a decade of the split timeline lives, relative to the language's root."""
    return "timeline/" if value == decades[0] else f"timeline/{value}s/"


def entry_url(event: TimelineEvent, decades: list[int]) -> str:
    """Where an event's entry is, relative to the language's root."""
    page = decade_url(decade(event.date), decades) if decades else "timeline/"
    return f"{page}#{event.unique_id}"


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
        if len(event.reports) > 1:
            data["reports"] = [
                {
                    "slug": report.entry.slug,
                    "url": site_url + report.link,
                    "lang": report.entry.content_lang,
                    "quote": report.quote,
                }
                for report in event.reports
            ]
        return data

    title = {key: html.escape(value) for key, value in title.items()}
    return {"title": {"text": title}, "events": [event_json(event) for event in events]}
