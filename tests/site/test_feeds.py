"""The JSON feeds: TimelineJS3's data rules, and every item traced to its sentence."""

from __future__ import annotations

import calendar
import json

import pytest

from generator.contract.model import ArticleMeta
from generator.site.entries import Entry
from generator.site.timeline import timeline, timeline_json


def timelinejs_problems(data: dict) -> list[str]:
    """TimelineJS3's JSON format rules (timeline.knightlab.com/docs/json-format.html).

    `events` is required, a list of slides; a slide needs `start_date` with a
    numeric `year` (`month` 1-12 and `day` valid for it, each only with the
    one before); `end_date` follows the same rules and does not come before
    the start; `text` has string `headline` / `text`; `unique_id`s are unique;
    the optional `title` slide has no date requirement.
    """
    problems = []

    def check_date(date, where):
        if not isinstance(date, dict) or not isinstance(date.get("year"), int):
            problems.append(f"{where}: year must be a number")
            return None
        if "day" in date and "month" not in date:
            problems.append(f"{where}: day without month")
        month = date.get("month", 1)
        if not 1 <= month <= 12:
            problems.append(f"{where}: month {month}")
        elif not 1 <= date.get("day", 1) <= calendar.monthrange(date["year"], month)[1]:
            problems.append(f"{where}: day {date.get('day')}")
        return (date["year"], date.get("month", 0), date.get("day", 0))

    if not isinstance(data.get("events"), list):
        return ["events: missing"]
    seen = set()
    for index, slide in enumerate(data["events"]):
        where = f"events[{index}]"
        start = check_date(slide.get("start_date"), f"{where}.start_date")
        if "end_date" in slide:
            end = check_date(slide["end_date"], f"{where}.end_date")
            if start and end and end < start:
                problems.append(f"{where}: end_date before start_date")
        text = slide.get("text", {})
        if not all(isinstance(text.get(key, ""), str) for key in ("headline", "text")):
            problems.append(f"{where}.text: headline and text must be strings")
        if "unique_id" in slide:
            if slide["unique_id"] in seen:
                problems.append(f"{where}.unique_id: {slide['unique_id']} repeated")
            seen.add(slide["unique_id"])
    if "title" in data and not isinstance(data["title"].get("text", {}), dict):
        problems.append("title.text must be an object")
    return problems


@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_timeline_json_follows_timelinejs_rules(built_site, prefix):
    data = json.loads((built_site / prefix / "timeline.json").read_text("utf-8"))
    assert data["events"], "no events in the feed"
    assert timelinejs_problems(data) == []
    starts = [
        tuple(e["start_date"].get(k, 0) for k in ("year", "month", "day")) for e in data["events"]
    ]
    assert starts == sorted(starts)
    for event in data["events"]:
        source = event["source"]
        assert set(source) == {"slug", "url", "lang", "quote"}
        assert "#:~:text=" in source["url"]
        page = built_site / source["url"].split("github.io/")[1].split("#")[0] / "index.html"
        assert page.exists(), source["url"]


def test_validator_catches_broken_feeds():
    broken = {
        "events": [
            {"start_date": {"year": "1975"}},
            {"start_date": {"year": 1975, "month": 13}},
            {"start_date": {"year": 2023, "month": 2, "day": 30}},
            {"start_date": {"year": 2020}, "end_date": {"year": 2019}, "unique_id": "a"},
            {"start_date": {"year": 2020}, "unique_id": "a"},
        ]
    }
    assert len(timelinejs_problems(broken)) == 5


def test_timeline_json_escapes_html_for_timelinejs():
    meta = {
        "title": "T",
        "lang": "en",
        "slug": "s",
        "published": None,
        "source": {},
        "events": [{"date": "2020", "text": "<b>x</b>", "quote": "<script>"}],
        "facts": [],
    }
    entry = Entry("s", "en", "en", ArticleMeta.from_dict(meta), "articles/s/", "articles/s/")
    data = timeline_json(timeline([entry]), "https://x/", {"headline": "<i>", "text": ""})
    event = data["events"][0]
    assert event["text"] == {"headline": "&lt;b&gt;x&lt;/b&gt;", "text": "&lt;script&gt;"}
    assert event["source"]["quote"] == "<script>"  # the exact sentence, as data
    assert data["title"]["text"]["headline"] == "&lt;i&gt;"


@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_facts_json_traces_every_figure(built_site, prefix):
    facts = json.loads((built_site / prefix / "facts.json").read_text("utf-8"))
    assert facts, "no figures in the feed"
    for fact in facts:
        assert isinstance(fact["value"], int | float)
        assert fact["unit"] and fact["label"]
        assert set(fact["source"]) == {"slug", "url", "lang", "quote"}
