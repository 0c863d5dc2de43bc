"""The search index: what Pagefind is given to index, where it goes, and what it weighs.

These tests index small hand-written pages shaped like the site's templates
(no MkDocs build), so each case shows one rule; tests/test_search_browser.py
searches a whole built site in a browser.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from pathlib import Path

import pytest

from generator.site import search
from generator.text import fold
from tests.helpers import WORKER, pagefind_fragments, write_built_page as write


def article(lang: str, title: str, text: str, *, unavailable: bool = False) -> str:
    """An article page as overrides/article.html and unavailable.html lay it out."""
    modifier = " nsg-article--unavailable" if unavailable else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><title>{title} - Site</title></head>
<body>
<header><nav>Home Articles Timeline Key figures</nav></header>
<article class="md-content__inner md-typeset">
<article class="nsg-article{modifier}" lang="{lang}">
  <h1>{title}</h1>
  <p class="nsg-dateline">Published: 19 May 2025 · Source: PLVN</p>
  <aside class="nsg-notice">A translation of: Tiêu đề gốc tiếng Việt</aside>
  <div class="nsg-article__body">
    <h2 id="x">Section<a class="headerlink" href="#x">#</a></h2>
    <p>{text}</p>
  </div>
  <aside class="nsg-factbox"><h2>Key figures</h2><dl><dt>27.5%</dt><dd>growth</dd></dl></aside>
</article>
</article>
<footer>Copyright</footer>
</body></html>
"""


@pytest.fixture
def site(tmp_path) -> Path:
    """Two English articles, one Vietnamese, one placeholder each way, and other pages."""
    root = tmp_path / "site"
    write(
        root, "articles/trade", article("en", "Trade grows", "Bilateral trade grew 27.5% (CPTPP).")
    )
    write(root, "articles/peace", article("en", "Peace and friendship", "Fifty years of ties."))
    write(root, "articles/roses", article("en", "Hoa hồng", "Chỉ có tiếng Việt.", unavailable=True))
    write(root, "articles", "<html lang='en'><body><h1>Articles</h1><p>Trade</p></body></html>")
    write(root, "", "<html lang='en'><body><h1>Home</h1><p>Trade grows</p></body></html>")
    write(root, "vi/articles/trade", article("vi", "Thương mại tăng", "Tăng 27,5% (CPTPP)."))
    write(root, "vi/articles/peace", article("vi", "Peace", "Only in English.", unavailable=True))
    write(root, "vi", "<html lang='vi'><body><h1>Trang chủ</h1><p>Thương mại</p></body></html>")
    return root


def fragments(site: Path, lang: str) -> list[dict]:
    return pagefind_fragments(search.bundle_dir(site, lang))


def test_each_language_gets_its_own_index_of_its_articles(site):
    assert search.build(site, {"en": 2, "vi": 1}) == {"en": 2, "vi": 1}
    english = {page["url"]: page for page in fragments(site, "en")}
    vietnamese = {page["url"]: page for page in fragments(site, "vi")}
    assert set(english) == {"/articles/trade/", "/articles/peace/"}
    assert set(vietnamese) == {"/vi/articles/trade/"}
    assert english["/articles/trade/"]["meta"]["title"] == "Trade grows"
    assert vietnamese["/vi/articles/trade/"]["meta"]["title"] == "Thương mại tăng"


@pytest.mark.parametrize(
    "left_out",
    [
        "Tiêu đề gốc",  # the translation notice names the other language's headline
        "Published",  # the dateline: front matter, not the article's text
        "Key figures",  # the fact box, with the same labels on every page
        "Copyright",  # the theme around the article
        "Timeline",
        "#",  # permalinks
    ],
)
def test_only_the_headline_and_text_are_indexed(site, left_out):
    search.build(site, {"en": 2, "vi": 1})
    trade = next(p for p in fragments(site, "en") if p["url"] == "/articles/trade/")
    assert trade["content"].startswith("Trade grows")
    assert "(CPTPP)." in trade["content"]
    assert left_out not in trade["content"]


def test_only_the_files_the_worker_loads_are_published(site):
    search.build(site, {"en": 2, "vi": 1})
    for lang, wasm in (("en", "wasm.en.pagefind"), ("vi", "wasm.unknown.pagefind")):
        out = search.bundle_dir(site, lang)
        names = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
        assert {"pagefind.js", "pagefind-entry.json", wasm} <= names
        assert not {name for name in names if "ui" in name or name.endswith(".css")}
        assert {name for name in names if name.startswith("wasm.")} == {wasm}
        entry = json.loads((out / "pagefind-entry.json").read_text())
        assert set(entry["languages"]) == {lang}  # one language per index


def test_a_language_with_no_articles_has_no_index(site):
    search.build(site, {"en": 2, "vi": 1})
    assert search.build(site, {"en": 2, "vi": 0}) == {"en": 2, "vi": 0}
    assert not search.bundle_dir(site, "vi").exists()  # no stale index left behind


def test_a_count_that_does_not_match_the_templates_is_a_warning(site, caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.microsite.search"):
        search.build(site, {"en": 3, "vi": 1})
    assert "indexed 2 en article page(s) but the site has 3" in caplog.text


def test_pagefind_failing_is_an_error_naming_the_language(tmp_path):
    with pytest.raises(search.SearchIndexError, match="could not index the vi pages"):
        search.build(tmp_path / "missing", {"vi": 1})


def test_the_build_is_deterministic(site):
    search.build(site, {"en": 2, "vi": 1})
    first = {
        p.relative_to(site): p.read_bytes() for p in site.rglob("pagefind/**/*") if p.is_file()
    }
    search.build(site, {"en": 2, "vi": 1})
    again = {
        p.relative_to(site): p.read_bytes() for p in site.rglob("pagefind/**/*") if p.is_file()
    }
    assert first == again


def test_bundle_folders_follow_the_site_languages(tmp_path):
    assert search.bundle_dir(tmp_path, "en") == tmp_path / "pagefind"
    assert search.bundle_dir(tmp_path, "vi") == tmp_path / "vi" / "pagefind"


# --- the worker and the importer agree on Vietnamese spelling -------------------------------


def test_the_worker_knows_the_same_two_tone_placements_as_the_importer():
    source = WORKER.read_text("utf-8")
    table = re.search(r"const NEWER_TO_TRADITIONAL = \{(.*?)\}", source, re.DOTALL).group(1)
    in_worker = dict(re.findall(r'"(\w+)": "(\w+)"', table))
    in_importer = {k: v for k, v in fold._NEWER_TO_TRADITIONAL.items() if k.islower()}
    assert in_worker == in_importer
