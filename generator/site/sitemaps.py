"""Sitemaps with language alternates, and robots.txt: what search engines read.

Written after every language is built, from the pages the build produced, with no
build timestamps: the same pages always give the same bytes.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Collection, Mapping
from xml.etree import ElementTree as ET

from generator import languages
from generator.site.feeds import xml

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP_URLS = 40_000  # the protocol allows 50,000 a file; stay clear of it
SITEMAP_FILE = "sitemap.xml"


def alternates(path: str, langs: Collection[str], site_url: str) -> list[tuple[str, str]]:
    """The hreflang alternates of the page at `path` (below each language's root):
    (hreflang, absolute URL) for each language that has a real page there, then
    x-default. An "only available in …" page is not a translation, so it is never
    an alternate; a page that exists in one language only has none.
    """
    present = [code for code in languages.codes() if code in langs]
    if len(present) < 2:
        return []
    fallback = languages.default() if languages.default() in present else present[0]
    return [(code, site_url + languages.prefix(code) + path) for code in present] + [
        ("x-default", site_url + languages.prefix(fallback) + path)
    ]


def sitemaps(pages: Mapping[str, Collection[str]], site_url: str) -> dict[str, bytes]:
    """`sitemap.xml`, a small index, and the sitemaps it lists, per language.

    `pages` maps each page's path below its language's root to the languages that
    have a real page there: a language's sitemap lists only those, so no
    "only available in …" page is offered to search engines.

    The root file is an index on purpose: Material's header fetches `sitemap.xml` on
    every page, at the root of the language being read and next to each
    `link rel="alternate"` (the feeds), and a reader should not download the whole
    archive's list of pages for that. The same index is written at every language's
    root, so none of those requests fails.
    """
    files = {}
    for lang in languages.codes():
        paths = sorted(path for path, langs in pages.items() if lang in langs)
        for number, start in enumerate(range(0, len(paths), SITEMAP_URLS), 1):
            name = f"sitemap-{lang}-{number}.xml"
            files[name] = _urlset(paths[start : start + SITEMAP_URLS], lang, pages, site_url)
    ET.register_namespace("", SITEMAP_NS)
    index = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for name in files:
        ET.SubElement(
            ET.SubElement(index, f"{{{SITEMAP_NS}}}sitemap"), f"{{{SITEMAP_NS}}}loc"
        ).text = site_url + name
    ET.indent(index)
    index_bytes = xml(index)
    roots = {f"{language.prefix}{SITEMAP_FILE}": index_bytes for language in languages.LANGUAGES}
    return {**roots, **files}


def _urlset(
    paths: list[str], lang: str, pages: Mapping[str, Collection[str]], site_url: str
) -> bytes:
    """Pages of one language, each with its alternates and x-default."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for path in paths:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = site_url + languages.prefix(lang) + path
        for hreflang, href in alternates(path, pages[path], site_url):
            ET.SubElement(url, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=hreflang, href=href)
    ET.indent(urlset)
    return xml(urlset)


def gzipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(data)
    return buffer.getvalue()


def robots(site_url: str) -> bytes:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n".encode()
