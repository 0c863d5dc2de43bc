"""The whole site, built with `mkdocs build --strict`: both languages, every page in both."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.contract.pages import article_files, expected_identity
from tests.helpers import ROOT, copy_project, mkdocs_build

ARTICLES = sorted({expected_identity(p)[0] for p in article_files(ROOT / "docs")})
SITE_URL = "https://vietnam-mexico.github.io/"


class _Head(HTMLParser):
    """The bits of a page's <head> and <html> that tests look at."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.alternates: dict[str, str] = {}
        self.robots: str | None = None
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and "alternate" in (attrs.get("rel") or "").split():
            if attrs.get("hreflang"):  # rel is a list of tokens: " alternate" is "alternate"
                self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "meta" and attrs.get("name") == "robots":
            self.robots = attrs.get("content")
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head(path: Path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_build_is_strict_clean(built_site):
    assert (built_site / "index.html").exists()
    assert (built_site / "vi" / "index.html").exists()


def test_every_page_exists_in_both_languages(built_site):
    english = {
        p.relative_to(built_site)
        for p in built_site.rglob("index.html")
        if p.relative_to(built_site).parts[0] != "vi"
    }
    vietnamese = {p.relative_to(built_site / "vi") for p in (built_site / "vi").rglob("index.html")}
    assert english == vietnamese
    for slug in ARTICLES:
        assert Path("articles", slug, "index.html") in english


def test_html_lang_and_hreflang_alternates(built_site):
    site_url = "https://vietnam-mexico.github.io/"
    for relative in (
        "",
        "timeline/",
        "figures/",
        "articles/",
        *(f"articles/{s}/" for s in ARTICLES),
    ):
        english = head(built_site / relative / "index.html")
        vietnamese = head(built_site / "vi" / relative / "index.html")
        assert (english.lang, vietnamese.lang) == ("en", "vi")
        expected = {
            "en": site_url + relative,
            "vi": site_url + "vi/" + relative,
            "x-default": site_url + relative,
        }
        assert english.alternates == expected
        assert vietnamese.alternates == expected


@pytest.fixture(scope="module")
def untranslated_site(tmp_path_factory):
    """The project with every translation dropped: each article exists only in its original
    language, and the other language has its "only available in …" page."""
    project = copy_project(tmp_path_factory.mktemp("untranslated") / "project")
    for path in (project / "docs" / "articles").glob("*.md"):
        if "translation_of:" in path.read_text("utf-8"):
            path.unlink()
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    originals = {}
    for path in (project / "docs/articles").glob("*.*.md"):
        if "seed:" in path.read_text("utf-8"):
            originals[path.name.split(".")[1]] = path
    return project / "site", originals


def test_untranslated_article_gets_a_notice_page_in_the_other_language(untranslated_site):
    site, originals = untranslated_site
    vi_only = originals["vi"]
    slug = vi_only.name.split(".")[0]
    notice = (site / "articles" / slug / "index.html").read_text("utf-8")
    assert "available only in Vietnamese" in notice
    assert f'href="../../vi/articles/{slug}/"' in notice
    title = re.search(r"^title: (.*)$", vi_only.read_text("utf-8"), re.M).group(1)
    assert title in notice
    slug = originals["en"].name.split(".")[0]
    notice = (site / "vi" / "articles" / slug / "index.html").read_text("utf-8")
    assert "Hiện bài viết này chỉ có bằng tiếng Anh" in notice


def test_only_available_pages_are_kept_out_of_search_engines(untranslated_site):
    site, originals = untranslated_site
    sitemaps = "".join(p.read_text("utf-8") for p in site.glob("sitemap-*.xml"))
    for lang, path in originals.items():
        slug = path.name.split(".")[0]
        real = ("" if lang == "en" else "vi/") + f"articles/{slug}/"
        notice = ("vi/" if lang == "en" else "") + f"articles/{slug}/"
        assert head(site / notice / "index.html").robots == "noindex"
        assert head(site / real / "index.html").robots is None
        # The real article has no translation: no alternates at all, and none to the notice.
        assert head(site / real / "index.html").alternates == {}
        assert head(site / notice / "index.html").alternates == {}
        assert f"<loc>{SITE_URL}{real}</loc>" in sitemaps
        assert f"{SITE_URL}{notice}<" not in sitemaps  # neither a <loc> ...
        assert f'href="{SITE_URL}{notice}"' not in sitemaps  # ... nor an alternate


def test_vietnamese_pages_speak_vietnamese(built_site):
    html = (built_site / "vi" / "index.html").read_text("utf-8")
    for english in ("Latest articles", "Timeline", "Key figures", "Published", "Source"):
        assert f">{english}<" not in html
    assert "Bài viết mới nhất" in html
    assert "Dòng thời gian" in html


def test_each_language_has_its_own_404_page(built_site):
    english = (built_site / "404.html").read_text("utf-8")
    vietnamese = (built_site / "vi" / "404.html").read_text("utf-8")
    assert "<h1>Page not found</h1>" in english
    assert "<h1>Không tìm thấy trang</h1>" in vietnamese
    for html, lang, home in ((english, "en", "/"), (vietnamese, "vi", "/vi/")):
        page = _Head()
        page.feed(html)
        assert page.lang == lang
        assert page.robots == "noindex"
        assert page.alternates == {}  # no hreflang: a 404 is no page of the site
        assert f'<form class="nsg-not-found__search" action="{home}"' in html
        # The language menu goes to each language's home, not to a page built before.
        menu = re.findall(r'<a href="([^"]*)" hreflang="(\w+)" class="md-select__link"', html)
        assert menu == [("/", "en"), ("/vi/", "vi")]
    # The one GitHub Pages serves holds the Vietnamese page, shown on paths under /vi/.
    embedded = re.search(r'"/vi/": \{"html": ("(?:[^"\\]|\\.)*"), "lang": "vi"\}', english)
    assert embedded and json.loads(embedded.group(1)) == vietnamese


def test_feeds_exist_per_language(built_site):
    for prefix in ("", "vi/"):
        timeline = json.loads((built_site / prefix / "timeline.json").read_text("utf-8"))
        assert "events" in timeline and "title" in timeline
        facts = json.loads((built_site / prefix / "facts.json").read_text("utf-8"))
        assert isinstance(facts, list)


def _json_ld(path: Path) -> dict:
    html = path.read_text("utf-8")
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, f"no JSON-LD in {path}"
    return json.loads(match.group(1))


def test_articles_carry_news_article_json_ld_and_open_graph(built_site):
    for slug in ARTICLES:
        for prefix, lang in (("", "en"), ("vi/", "vi")):
            path = built_site / prefix / "articles" / slug / "index.html"
            data = _json_ld(path)
            assert data["@type"] == "NewsArticle"
            assert data["inLanguage"] == lang
            assert data["url"].endswith(f"{prefix}articles/{slug}/")
            linked = data.get("translationOfWork") or data.get("workTranslation")
            assert linked and linked["inLanguage"] != lang
            html = path.read_text("utf-8")
            assert '<meta property="og:type" content="article">' in html
            locale = "vi_VN" if lang == "vi" else "en_US"
            assert f'<meta property="og:locale" content="{locale}">' in html


def test_rss_feed_per_language(built_site):
    for prefix, lang in (("", "en"), ("vi/", "vi")):
        feed = (built_site / prefix / "feed.xml").read_text("utf-8")
        assert f'xml:lang="{lang}"' in feed
        assert f"<language>{lang}</language>" in feed
        assert feed.count("<item>") == len(ARTICLES)
        home = (built_site / prefix / "index.html").read_text("utf-8")
        assert 'type="application/rss+xml"' in home


def test_robots_and_sitemap(built_site):
    robots = (built_site / "robots.txt").read_text("utf-8")
    assert "Sitemap: https://vietnam-mexico.github.io/sitemap.xml" in robots
    index = (built_site / "sitemap.xml").read_text("utf-8")
    assert "<sitemapindex" in index and len(index) < 1000  # Material fetches it on every page
    assert "<loc>https://vietnam-mexico.github.io/sitemap-vi-1.xml</loc>" in index
    sitemap = (built_site / "sitemap-vi-1.xml").read_text("utf-8")
    for slug in ARTICLES:
        assert f"https://vietnam-mexico.github.io/vi/articles/{slug}/</loc>" in sitemap


def test_internal_links_resolve(built_site):
    from generator.site.linkcheck import check_site

    problems, _ = check_site(built_site, "https://vietnam-mexico.github.io/")
    assert problems == []


def test_article_pages_stay_light(built_site):
    sizes = [p.stat().st_size for p in (built_site / "articles").glob("*/index.html")]
    assert sizes and max(sizes) < 40_000
