"""The site's feeds: RSS per language, and the JSON files data readers load.

Written after every language is built, with no build timestamps: the same pages
always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree as ET

from generator import languages
from generator.site.entries import Entry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ITEMS = 50
FEED_FILE = "feed.xml"


def rss(
    entries: list[Entry],
    lang: str,
    site_url: str,
    title: str,
    description: str,
    summaries: Mapping[tuple[str, str], str] | None = None,
) -> bytes:
    """The newest articles as RSS 2.0, in the reader's language (xml:lang on the feed).

    `title` and `description` are the site's name and tagline in `lang`; `summaries`
    maps (slug, lang) of a page to its lede, each item's `description`. The feed names
    its own address (`atom:link rel="self"`, as the RSS Advisory Board recommends).

    An item's `pubDate` is an RFC 822 date-time, so it is written only when the day of
    publication is known (`Entry.published_day`). An article dated only "2025", or whose
    date was inferred, has no `pubDate` rather than a day it does not have: RSS 2.0 makes
    the element optional, and a feed reader then shows the item without a date.
    """
    summaries = summaries or {}
    ET.register_namespace("atom", ATOM_NS)
    rss_element = ET.Element("rss", {"version": "2.0", XML_LANG: lang})
    channel = ET.SubElement(rss_element, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = site_url + languages.prefix(lang)
    ET.SubElement(channel, "description").text = description
    ET.SubElement(channel, "language").text = lang
    ET.SubElement(
        channel,
        f"{{{ATOM_NS}}}link",
        href=site_url + languages.prefix(lang) + FEED_FILE,
        rel="self",
        type="application/rss+xml",
    )
    for entry in [e for e in entries if e.available][:FEED_ITEMS]:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = entry.title
        ET.SubElement(item, "link").text = site_url + entry.url
        summary = summaries.get((entry.slug, entry.content_lang))
        if summary:
            ET.SubElement(item, "description").text = summary
        ET.SubElement(item, "guid", isPermaLink="true").text = site_url + entry.url
        if entry.published_day:
            ET.SubElement(item, "pubDate").text = _rfc822(entry.published_day)
    ET.indent(rss_element)
    return xml(rss_element)


def xml(root: ET.Element) -> bytes:
    """UTF-8 XML with readable Vietnamese (no character references)."""
    text = _NOT_XML.sub("", ET.tostring(root, encoding="unicode"))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


# What XML 1.0 cannot hold at all; `check` refuses such characters, this keeps a feed valid.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _rfc822(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[day.month - 1]
    return f"{weekday}, {day.day:02d} {month} {day.year} 00:00:00 +0000"


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def write_json(path: Path, data) -> None:
    """JSON that is safe to paste into a page: "<", ">", "&" and "'" are written as escapes,
    so no value can be read as markup by a reader that inserts it into HTML."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escape in _HTML_SIGNIFICANT.items():
        text = text.replace(char, escape)
    write(path, (text + "\n").encode("utf-8"))


_HTML_SIGNIFICANT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
