"""The site's machine-readable files: sitemap with language alternates, robots.txt, RSS.

Written after every language is built, from what the build produced, with no
build timestamps: the same pages always give the same bytes.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from xml.etree import ElementTree as ET

from generator.site import DEFAULT_LANGUAGE, LANGUAGES, Entry

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_ITEMS = 50
SITEMAP_URLS = 40_000  # the protocol allows 50,000 a file; stay clear of it


def _prefixed(lang: str, path: str) -> str:
    return path if lang == DEFAULT_LANGUAGE else f"{lang}/{path}"


def sitemaps(paths: set[str], site_url: str) -> dict[str, bytes]:
    """`sitemap.xml`, a small index, and the sitemaps it lists, per language.

    The root file is an index on purpose: Material's language selector fetches
    `sitemap.xml` on every page, and a reader should not download the whole
    archive's list of pages for that.
    """
    files = {}
    ordered = sorted(paths)
    for lang in LANGUAGES:
        for number, start in enumerate(range(0, max(len(ordered), 1), SITEMAP_URLS), 1):
            name = f"sitemap-{lang}-{number}.xml"
            files[name] = _urlset(ordered[start : start + SITEMAP_URLS], lang, site_url)
    ET.register_namespace("", SITEMAP_NS)
    index = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for name in files:
        ET.SubElement(
            ET.SubElement(index, f"{{{SITEMAP_NS}}}sitemap"), f"{{{SITEMAP_NS}}}loc"
        ).text = site_url + name
    ET.indent(index)
    return {"sitemap.xml": _xml(index), **files}


def _urlset(paths: list[str], lang: str, site_url: str) -> bytes:
    """Pages of one language, each with its alternates and x-default."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for path in paths:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = site_url + _prefixed(lang, path)
        for alternate in (*LANGUAGES, "x-default"):
            target = DEFAULT_LANGUAGE if alternate == "x-default" else alternate
            ET.SubElement(
                url,
                f"{{{XHTML_NS}}}link",
                rel="alternate",
                hreflang=alternate,
                href=site_url + _prefixed(target, path),
            )
    ET.indent(urlset)
    return _xml(urlset)


def gzipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(data)
    return buffer.getvalue()


def robots(site_url: str) -> bytes:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n".encode()


def rss(entries: list[Entry], lang: str, site_url: str, title: str, description: str) -> bytes:
    """The newest articles as RSS 2.0, in the reader's language (xml:lang on the feed).

    RSS leaves item dates optional, so an article published "2025" is not
    given a day it does not have: only full dates become `pubDate`.
    """
    rss_element = ET.Element("rss", {"version": "2.0", XML_LANG: lang})
    channel = ET.SubElement(rss_element, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = site_url + _prefixed(lang, "")
    ET.SubElement(channel, "description").text = description
    ET.SubElement(channel, "language").text = lang
    for entry in [e for e in entries if e.available][:FEED_ITEMS]:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = entry.title
        ET.SubElement(item, "link").text = site_url + entry.url
        ET.SubElement(item, "guid", isPermaLink="true").text = site_url + entry.url
        if entry.published and len(entry.published) == 10:
            ET.SubElement(item, "pubDate").text = _rfc822(entry.published)
    ET.indent(rss_element)
    return _xml(rss_element)


def _xml(root: ET.Element) -> bytes:
    """UTF-8 XML with readable Vietnamese (no character references)."""
    text = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


def _rfc822(iso: str) -> str:
    import datetime as dt

    day = dt.date.fromisoformat(iso)
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[day.month - 1]
    return f"{weekday}, {day.day:02d} {month} {day.year} 00:00:00 +0000"


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
