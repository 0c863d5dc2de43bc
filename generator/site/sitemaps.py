"""Sitemaps with language alternates, and robots.txt: what search engines read.

Written after every language is built, from the pages the build produced, with no
build timestamps: the same pages always give the same bytes.
"""

from __future__ import annotations

import gzip
import io
from xml.etree import ElementTree as ET

from generator import languages
from generator.site.feeds import xml

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP_URLS = 40_000  # the protocol allows 50,000 a file; stay clear of it


def sitemaps(paths: set[str], site_url: str) -> dict[str, bytes]:
    """`sitemap.xml`, a small index, and the sitemaps it lists, per language.

    The root file is an index on purpose: Material's language selector fetches
    `sitemap.xml` on every page, and a reader should not download the whole
    archive's list of pages for that.
    """
    files = {}
    ordered = sorted(paths)
    for lang in languages.codes():
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
    return {"sitemap.xml": xml(index), **files}


def _urlset(paths: list[str], lang: str, site_url: str) -> bytes:
    """Pages of one language, each with its alternates and x-default."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for path in paths:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = site_url + languages.prefix(lang) + path
        for alternate in (*languages.codes(), "x-default"):
            target = languages.default() if alternate == "x-default" else alternate
            ET.SubElement(
                url,
                f"{{{XHTML_NS}}}link",
                rel="alternate",
                hreflang=alternate,
                href=site_url + languages.prefix(target) + path,
            )
    ET.indent(urlset)
    return xml(urlset)


def gzipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(data)
    return buffer.getvalue()


def robots(site_url: str) -> bytes:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n".encode()
