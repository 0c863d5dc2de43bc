"""The order of the timeline: what a reader expects of "1975" next to "19 May 1975"."""

from __future__ import annotations

from generator.contract.model import ArticleMeta, Event
from generator.site.entries import Entry
from generator.site.timeline import by_year, timeline


def entry_with(*dates: tuple[str, str | None]) -> Entry:
    events = tuple(
        Event(date=date, end=end, text=f"event {date}", quote=f"Quote {date}.")
        for date, end in dates
    )
    meta = ArticleMeta(
        title="T", lang="en", slug="t", published="2025", source=None, events=events, facts=()
    )
    return Entry(
        slug="t",
        lang="en",
        content_lang="en",
        meta=meta,
        url="articles/t/",
        content_url="articles/t/",
    )


def test_a_date_sorts_by_the_last_day_it_can_mean():
    found = timeline(
        [
            entry_with(
                ("1975", None),
                ("1975-05", None),
                ("1975-05-19", None),
                ("1975-12-31", None),
                ("1974", None),
            )
        ]
    )
    assert [event.date for event in found] == [
        "1974",
        "1975-05-19",
        "1975-05",
        "1975-12-31",
        "1975",
    ]


def test_a_range_sorts_by_its_start_then_its_end():
    found = timeline(
        [entry_with(("2020", "2021"), ("2020-03-01", "2020-03-05"), ("2020-03-01", None))]
    )
    assert [(event.date, event.end) for event in found] == [
        ("2020-03-01", None),
        ("2020-03-01", "2020-03-05"),
        ("2020", "2021"),
    ]
    assert [year for year, _ in by_year(found)] == ["2020"]
