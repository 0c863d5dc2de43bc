"""What link previews and search engines read in a page's head: a description from the
article's lede, a share image that exists, and NewsArticle JSON-LD complete by Google's
article guidance (headline, image, dates, author, publisher with its logo)."""

from __future__ import annotations

import json
import re
import struct
from html import unescape
from pathlib import Path

import pytest

from generator import languages
from generator.contract.frontmatter import load
from generator.contract.model import ArticleMeta
from generator.contract.pages import article_files
from generator.site.entries import Entry
from generator.site.views import Publisher, lede, news_article, shorten
from tests.helpers import ROOT

SITE_URL = "https://vietnam-mexico.github.io/"
MKDOCS_YML = (ROOT / "mkdocs.yml").read_text("utf-8")
SITE_NAMES = {
    "en": re.search(r"^site_name: (.*)$", MKDOCS_YML, re.M)[1],
    "vi": languages.get("vi").site_name,
}
TAGLINES = {
    "en": re.search(r"^site_description: (.*)$", MKDOCS_YML, re.M)[1],
    "vi": languages.get("vi").site_description,
}
PAGES = {}
for _path in article_files(ROOT / "docs"):
    _page = load(_path.read_text("utf-8"))
    PAGES[(_page.meta["slug"], _page.meta["lang"])] = _page


def _head_values(html: str) -> dict[str, str]:
    """`<meta property|name=… content=…>` of a page, by property or name."""
    found = {}
    for key, content in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', html):
        found.setdefault(key, unescape(content))
    return found


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def _built_file(site: Path, url: str) -> Path:
    assert url.startswith(SITE_URL), url
    return site / url[len(SITE_URL) :]


@pytest.mark.parametrize(("slug", "lang"), sorted(PAGES))
def test_article_head_describes_the_article_with_its_share_image(built_site, slug, lang):
    prefix = languages.prefix(lang)
    html = (built_site / prefix / "articles" / slug / "index.html").read_text("utf-8")
    head = _head_values(html)
    expected = lede(PAGES[(slug, lang)].body)
    assert expected and head["description"] == expected
    assert head["og:description"] == expected
    assert expected != TAGLINES[lang]
    image = head["og:image"]
    assert image == f"{SITE_URL}{prefix}articles/{slug}/share.png"
    assert _png_size(_built_file(built_site, image)) == (1200, 630)
    assert (head["og:image:width"], head["og:image:height"]) == ("1200", "630")
    assert head["og:image:alt"] == PAGES[(slug, lang)].meta["title"]
    assert head["twitter:card"] == "summary_large_image"


@pytest.mark.parametrize(("slug", "lang"), sorted(PAGES))
def test_article_json_ld_follows_google_article_guidance(built_site, slug, lang):
    prefix = languages.prefix(lang)
    meta = PAGES[(slug, lang)].meta
    data = _json_ld((built_site / prefix / "articles" / slug / "index.html").read_text("utf-8"))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == meta["title"]
    assert data["image"] == [f"{SITE_URL}{prefix}articles/{slug}/share.png"]
    assert data["description"] == lede(PAGES[(slug, lang)].body)
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == SITE_NAMES[lang]
    logo = publisher["logo"]
    assert logo["@type"] == "ImageObject"
    size = _png_size(_built_file(built_site, logo["url"]))
    assert size == (logo["width"], logo["height"]) and min(size) >= 112  # Google's minimum
    source = (meta.get("source") or {}).get("name")
    if meta.get("author"):
        assert data["author"] == {"@type": "Person", "name": meta["author"]}
    elif source:
        assert data["author"] == {"@type": "Organization", "name": source}
    else:
        assert "author" not in data  # not known: left out, not guessed
    day = meta.get("published")
    corrected = [correction["date"] for correction in meta.get("corrections") or []]
    if day and len(day) == 10 and not meta.get("published_inferred"):
        assert data["datePublished"] == day and data["dateModified"] == max([day, *corrected])
    else:
        assert "datePublished" not in data
        # a correction is dated to the day even when the publication is not
        assert data.get("dateModified") == (max(corrected) if corrected else None)


def test_other_pages_show_the_site_card_in_their_language(built_site):
    for prefix in ("", "vi/"):
        head = _head_values((built_site / prefix / "timeline" / "index.html").read_text("utf-8"))
        assert head["og:image"] == f"{SITE_URL}{prefix}share.png"
        assert _png_size(_built_file(built_site, head["og:image"])) == (1200, 630)


def _entry(**meta) -> Entry:
    values = {
        "title": "Headline",
        "lang": "en",
        "slug": "s",
        "published": None,
        "source": {},
        "events": [],
        "facts": [],
        **meta,
    }
    return Entry("s", "en", "en", ArticleMeta.from_dict(values), "articles/s/", "articles/s/")


PUBLISHER = Publisher("Site", SITE_URL, SITE_URL + "assets/publisher-logo.png", 256)


def _article(entry: Entry) -> dict:
    url = SITE_URL + entry.url
    return news_article(entry, None, url, SITE_URL, publisher=PUBLISHER, image_url=url + "x.png")


@pytest.mark.parametrize(
    ("published", "inferred", "dated"),
    [
        ("2024-05-22", False, True),
        ("2024-05-22", True, False),  # a guess: marked unverified on the page, not given here
        ("2024-05", False, False),  # not a day: no invented 1 May
        ("2024", False, False),
        (None, False, False),
    ],
)
def test_json_ld_gives_dates_only_when_the_day_is_known(published, inferred, dated):
    data = _article(_entry(published=published, published_inferred=inferred))
    if dated:
        assert (data["datePublished"], data["dateModified"]) == (published, published)
    else:
        assert "datePublished" not in data and "dateModified" not in data


def test_json_ld_author_and_original_report():
    by_person = _article(_entry(author="Nguyễn Văn A", source={"name": "VNA"}))
    assert by_person["author"] == {"@type": "Person", "name": "Nguyễn Văn A"}
    by_agency = _article(_entry(source={"name": "VNA", "url": "https://example.org/a"}))
    assert by_agency["author"] == {"@type": "Organization", "name": "VNA"}
    assert by_agency["isBasedOn"] == {
        "@type": "NewsArticle",
        "url": "https://example.org/a",
        "publisher": {"@type": "Organization", "name": "VNA"},
    }
    assert "author" not in _article(_entry())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("(PLVN) - The ministry said so.\n\nMore.", "The ministry said so."),
        ("HANOI (VNA) – Talks were held.", "Talks were held."),
        ("HÀ NỘI (TTXVN) - Hai bên đã hội đàm.", "Hai bên đã hội đàm."),
        ("## A heading\n\nFirst \\*real\\* paragraph\nwrapped.", "First *real* paragraph wrapped."),
        ("Mexico (and Vietnam) - friends.", "Mexico (and Vietnam) - friends."),  # not a tag
        ("", ""),
    ],
)
def test_lede_is_the_first_paragraph_as_plain_text(body, expected):
    assert lede(body) == expected


def test_a_long_lede_is_cut_at_a_word():
    text = "word " * 100
    short = shorten(text.strip(), 160)
    assert len(short) <= 160 and short.endswith("word…")
