"""What the benchmark counts a reader downloading: the search index as published, the
bytes of a query, and the hosts a built page names.

The index cases index small hand-written pages shaped like the site's templates with
the site's own `generator.site.search.build` (no MkDocs build);
tests/browser/test_search.py measures a query on a whole built site in Chromium.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import payload
from generator.site import search
from tests.helpers import pagefind_fragments
from tests.helpers import write_built_page as write


def article(lang: str, title: str, text: str, *, unavailable: bool = False) -> str:
    """An article page as overrides/article.html and unavailable.html lay it out."""
    modifier = " nsg-article--unavailable" if unavailable else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><title>{title} - Site</title></head>
<body><article class="md-content__inner md-typeset">
<article class="nsg-article{modifier}" lang="{lang}">
  <h1>{title}</h1>
  <div class="nsg-article__body"><p>{text}</p></div>
</article>
</article></body></html>
"""


@pytest.fixture
def site(tmp_path) -> Path:
    """Two English articles and one Vietnamese, indexed; a placeholder each way."""
    root = tmp_path / "site"
    write(root, "articles/trade", article("en", "Trade grows", "Trade grew 27.5% (CPTPP)."))
    write(root, "articles/peace", article("en", "Peace and friendship", "Fifty years of ties."))
    write(root, "articles/roses", article("en", "Hoa hồng", "Chỉ có tiếng Việt.", unavailable=True))
    write(root, "vi/articles/trade", article("vi", "Thương mại tăng", "Tăng 27,5% (CPTPP)."))
    write(root, "vi/articles/peace", article("vi", "Peace", "Only in English.", unavailable=True))
    assert search.build(root, {"en": 2, "vi": 1}) == {"en": 2, "vi": 1}
    return root


def indexed_texts(site: Path, lang: str) -> list[str]:
    """The text of each indexed page, read from Pagefind's fragments (gzip, signature, JSON)."""
    return [page["content"] for page in pagefind_fragments(search.bundle_dir(site, lang))]


def test_index_report_counts_articles_text_and_index(site):
    reports = payload.index_report(site)
    assert set(reports) == {"en", "vi"}  # every language of the registry by default
    english = reports["en"]
    assert english.articles == 2
    assert english.text_bytes == sum(len(text.encode()) for text in indexed_texts(site, "en"))
    out = search.bundle_dir(site, "en")
    index_files = [*out.glob("*.pf_meta"), *out.glob("index/*"), *out.glob("fragment/*")]
    assert english.index_bytes == sum(path.stat().st_size for path in index_files)
    runtime = [out / "pagefind.js", out / "pagefind-entry.json", out / "wasm.en.pagefind"]
    assert english.runtime_bytes == sum(path.stat().st_size for path in runtime)
    assert english.index_bytes_per_article == english.index_bytes / 2
    assert english.index_to_text == english.index_bytes / english.text_bytes
    assert reports["vi"].articles == 1


def test_index_report_of_a_language_without_index_is_zero(tmp_path):
    report = payload.index_report(tmp_path, ["vi"])["vi"]
    assert (report.articles, report.index_bytes, report.index_to_text) == (0, 0, 0.0)
    assert report.index_bytes_per_article == 0.0


def test_published_indexes_are_the_languages_with_an_index(site):
    search.build(site, {"en": 2, "vi": 0})
    assert set(payload.published_indexes(site)) == {"en"}


def test_query_payload_adds_up_the_downloads():
    query = payload.QueryPayload(
        lang="vi",
        query="da nang",
        results=2,
        page=(payload.Download("vi/", 100, 40),),
        search=(payload.Download("vi/pagefind/pagefind.js", 50, 20), payload.Download("x", 5, 5)),
    )
    assert (query.page_bytes, query.search_bytes, query.total_bytes) == (100, 55, 155)
    assert query.total_gzip_bytes == 65


def test_without_a_browser_the_payload_is_estimated_from_the_files(site, monkeypatch):
    monkeypatch.setattr(payload, "BROWSER", payload.Browser())
    monkeypatch.setattr(payload.BROWSER, "problem", "no browser (test)")
    value, how = payload.search_payload(site, "vi")
    bundle = search.bundle_dir(site, "vi")
    whole = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
    assert 0 < value <= whole + 5 * max(p.stat().st_size for p in bundle.glob("fragment/*"))
    assert (
        how == "pagefind index but fragments, + 5 fragments (files, upper bound); no browser (test)"
    )


def test_a_site_without_search_has_no_payload(tmp_path):
    write(tmp_path, "", "<html><body>Home</body></html>")
    assert payload.search_payload(tmp_path, "en") == (None, "no search index in the site")


SITE_URL = "https://example.org/microsite/"


@pytest.mark.parametrize(
    ("name", "text", "kind", "host"),
    [
        ("a.html", '<script src="https://cdn.test/x.js"></script>', "requests", "cdn.test"),
        ("a.html", '<img srcset="//img.test/a.png 2x">', "requests", "img.test"),
        (
            "a.html",
            '<link rel="stylesheet" href="https://fonts.test/c.css">',
            "requests",
            "fonts.test",
        ),
        ("a.html", '<a href="https://plvn.vn/story">source</a>', "links", "plvn.vn"),
        ("a.html", '<link rel="alternate" href="https://other.test/vi/">', "links", "other.test"),
        ("a.css", "body { background: url(https://img.test/bg.png) }", "requests", "img.test"),
        ("a.js", 'fetch("https://api.github.com/repos/x/y")', "in_scripts", "api.github.com"),
    ],
)
def test_urls_of_other_hosts_are_sorted_into_requests_links_and_scripts(
    tmp_path, name, text, kind, host
):
    (tmp_path / name).write_text(text, "utf-8")
    report = payload.scan_hosts(tmp_path, SITE_URL)
    found = {"requests": report.requests, "links": report.links, "in_scripts": report.in_scripts}
    assert set(found[kind]) == {host}
    assert not any(found[other] for other in found if other != kind)


@pytest.mark.parametrize(
    "text",
    [
        '<a href="https://example.org/microsite/vi/">Tiếng Việt</a>',  # the site's own host
        '<link rel="canonical" href="https://example.org/microsite/">',
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>',  # a namespace, not a URL attribute
        '<a href="/articles/trade/">relative</a>',
    ],
)
def test_the_site_s_own_urls_and_namespaces_are_not_other_hosts(tmp_path, text):
    (tmp_path / "a.html").write_text(text, "utf-8")
    report = payload.scan_hosts(tmp_path, SITE_URL)
    assert (report.requests, report.links, report.in_scripts, report.files) == ({}, {}, {}, 1)
