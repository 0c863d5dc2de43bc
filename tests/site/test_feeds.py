"""The feeds: TimelineJS3's data rules for the JSON ones, every item traced to its sentence,
and the feed validator's rules for RSS, each feed in its own language."""

from __future__ import annotations

import calendar
import json
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import pytest

from generator import languages
from generator.contract.model import ArticleMeta
from generator.site.entries import Entry
from generator.site.feeds import rss
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
    # oldest first, a date by the last day it can mean ("1975" after "19 May 1975")
    starts = [
        tuple(e["start_date"].get(k, 99) for k in ("year", "month", "day")) for e in data["events"]
    ]
    assert starts == sorted(starts)
    for event in data["events"]:
        source = event["source"]
        assert set(source) == {"slug", "url", "lang", "quote"}
        for report in event.get("reports", []):
            assert set(report) == {"slug", "url", "lang", "quote"}
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


# --- RSS (feed.xml) --------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_problems(data: bytes, feed_url: str) -> list[str]:
    """The W3C feed validator's rules for RSS 2.0 that can be checked offline.

    `rss version="2.0"` with one `channel`; the channel's `title`, `link` (an absolute
    URL) and `description`; `language` a language code; `atom:link rel="self"` whose
    `href` is the feed's own address, with type `application/rss+xml`; every item has a
    `title` or a `description`, an absolute `link`, a `guid` (a URL when isPermaLink,
    not repeated), plain-text `description`, and a `pubDate` only as an RFC 822
    date-time, its weekday right.
    """
    problems = []
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        return [f"not XML: {error}"]
    if root.tag != "rss" or root.get("version") != "2.0":
        return ['root must be <rss version="2.0">']
    channels = root.findall("channel")
    if len(channels) != 1:
        return ["rss must hold exactly one channel"]
    channel = channels[0]
    for key in ("title", "link", "description"):
        if not (channel.findtext(key) or "").strip():
            problems.append(f"channel: {key} missing")
    if not _absolute(channel.findtext("link")):
        problems.append("channel: link must be an absolute URL")
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", channel.findtext("language") or "x"):
        problems.append("channel: language is not a language code")
    selves = [link for link in channel.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if len(selves) != 1:
        problems.append('channel: needs one atom:link rel="self"')
    elif selves[0].get("href") != feed_url or selves[0].get("type") != "application/rss+xml":
        problems.append(f"atom:link self: {selves[0].attrib} is not {feed_url}")
    guids = set()
    for index, item in enumerate(channel.findall("item")):
        where = f"item {index}"
        if not (item.findtext("title") or item.findtext("description")):
            problems.append(f"{where}: needs a title or a description")
        if not _absolute(item.findtext("link")):
            problems.append(f"{where}: link must be an absolute URL")
        guid = item.find("guid")
        if guid is not None:
            if guid.get("isPermaLink", "true") == "true" and not _absolute(guid.text):
                problems.append(f"{where}: a permalink guid must be a URL")
            if guid.text in guids:
                problems.append(f"{where}: guid repeated")
            guids.add(guid.text)
        if re.search(r"<[a-zA-Z/]", item.findtext("description") or ""):
            problems.append(f"{where}: description holds markup")
        if item.find("pubDate") is not None and not _rfc822_ok(item.findtext("pubDate")):
            problems.append(f"{where}: pubDate {item.findtext('pubDate')!r} is not RFC 822")
    return problems


def _absolute(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _rfc822_ok(value: str | None) -> bool:
    match = re.fullmatch(
        r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000", value or ""
    )
    if not match:
        return False
    day = parsedate_to_datetime(value)
    return day.strftime("%a") == match.group(1)


SITE_URL = "https://vietnam-mexico.github.io/"
SITES = {  # each language's site name and tagline: mkdocs.yml, then generator/languages.yml
    "en": (
        "Vietnam – Mexico",
        "Fifty years of Vietnam–Mexico relations, in English and Vietnamese.",
    ),
    "vi": (languages.get("vi").site_name, languages.get("vi").site_description),
}


@pytest.mark.parametrize(("prefix", "lang"), [("", "en"), ("vi/", "vi")])
def test_rss_follows_the_feed_validator_rules(built_site, prefix, lang):
    data = (built_site / prefix / "feed.xml").read_bytes()
    assert rss_problems(data, f"{SITE_URL}{prefix}feed.xml") == []
    channel = ET.fromstring(data).find("channel")
    items = channel.findall("item")
    assert items and all(item.findtext("description") for item in items)


@pytest.mark.parametrize(("prefix", "lang"), [("", "en"), ("vi/", "vi")])
def test_feeds_name_the_site_in_their_own_language(built_site, prefix, lang):
    name, tagline = SITES[lang]
    channel = ET.fromstring((built_site / prefix / "feed.xml").read_bytes()).find("channel")
    assert (channel.findtext("title"), channel.findtext("description")) == (name, tagline)
    timeline = json.loads((built_site / prefix / "timeline.json").read_text("utf-8"))
    assert timeline["title"]["text"]["headline"] == name


def test_rss_validator_catches_broken_feeds():
    broken = (
        b'<rss version="2.0"><channel><title>t</title><link>/relative</link>'
        b"<language>English</language>"
        b"<item><link>x</link><guid>a</guid><description>&lt;b&gt;x&lt;/b&gt;</description>"
        b"<pubDate>Mon, 02 Jan 2024 00:00:00 +0000</pubDate></item>"
        b"<item><title>t</title><link>https://x/</link><guid>a</guid>"
        b"<pubDate>2024-01-01</pubDate></item></channel></rss>"
    )
    found = rss_problems(broken, "https://x/feed.xml")
    for expected in (
        "channel: description missing",
        "channel: link must be an absolute URL",
        "language is not a language code",
        "atom:link",
        "item 0: link must be an absolute URL",
        "item 0: a permalink guid must be a URL",
        "item 0: description holds markup",
        "item 0: pubDate",  # 2 Jan 2024 was a Tuesday
        "item 1: guid repeated",
        "item 1: pubDate",
    ):
        assert any(line.startswith(expected) or expected in line for line in found), expected


def _rss_entry(slug: str, published: str | None, inferred: bool = False) -> Entry:
    meta = {
        "title": f"Title {slug}",
        "lang": "en",
        "slug": slug,
        "published": published,
        "published_inferred": inferred,
        "source": {},
        "events": [],
        "facts": [],
    }
    url = f"articles/{slug}/"
    return Entry(slug, "en", "en", ArticleMeta.from_dict(meta), url, url)


def test_rss_items_have_summaries_and_dates_only_to_the_day():
    entries = [
        _rss_entry("day", "2024-05-22"),
        _rss_entry("guessed", "2024-05-22", inferred=True),
        _rss_entry("month", "2024-05"),
        _rss_entry("year", "2025"),
    ]
    summaries = {("day", "en"): "The lede.", ("year", "en"): "Another lede."}
    data = rss(entries, "en", SITE_URL, "Site", "Tagline", summaries)
    assert rss_problems(data, SITE_URL + "feed.xml") == []
    items = {
        item.findtext("guid").split("/")[-2]: item
        for item in ET.fromstring(data).find("channel").findall("item")
    }
    assert items["day"].findtext("pubDate") == "Wed, 22 May 2024 00:00:00 +0000"
    assert [slug for slug, item in items.items() if item.find("pubDate") is not None] == ["day"]
    assert items["day"].findtext("description") == "The lede."
    assert items["month"].find("description") is None  # no lede known: no empty element
