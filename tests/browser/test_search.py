"""Search as readers use it: queries typed into Material's header search box in Chromium.

A fixed corpus (tests/fixtures/search/, see its README) is built into a
site with the project's own mkdocs.yml and templates, so every query has a
known answer: how many results, which comes first, and that none is from
the other language. A few more queries run against the project's own site.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pytest

from bench.payload import SEARCH_ANSWERED_JS, SEARCH_READY_JS, measure_query
from generator.contract import frontmatter
from generator.contract.pages import article_files
from generator.contract.translations import original_hash
from tests.helpers import FIXTURES, ROOT, WORKER, copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser

ARTICLE_FIXTURES = FIXTURES / "search" / "articles"
PREFIX = {"en": "", "vi": "vi/"}


class Result(NamedTuple):
    url: str  # relative to the site root
    title: str  # HTML, as Material shows it
    snippet: str  # HTML


def _stamp_translations(articles: Path) -> None:
    """Record each translation's current `original_hash`, as a translator does after
    checking it, so a change to how the hash is computed does not break this corpus."""
    for path in articles.glob("*.md"):
        text = path.read_text("utf-8")
        original = frontmatter.load(text).meta.get("translation_of")
        if original:
            source = articles / f"{original['slug']}.{original['lang']}.md"
            fresh = original_hash(frontmatter.load(source.read_text("utf-8")))
            path.write_text(re.sub(r"original_hash: \S+", f"original_hash: {fresh}", text))


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The project's site with the fixture articles instead of the project's own."""
    project = copy_project(tmp_path_factory.mktemp("search-project"))
    articles = project / "docs" / "articles"
    for page in articles.glob("*.md"):
        if not page.name.startswith("index."):
            page.unlink()
    for fixture in ARTICLE_FIXTURES.glob("*.md"):
        shutil.copy2(fixture, articles / fixture.name)
    _stamp_translations(articles)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def search_url(search_site):
    server, url = serve(search_site)
    yield url
    server.shutdown()


def open_search(page, base: str, lang: str):
    page.goto(base + PREFIX[lang])
    page.wait_for_function(SEARCH_READY_JS)
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # narrow screens show a magnifier button instead
        page.locator("label.md-header__button[for=__search]").click()
    box.click()
    return box


def results(page, base: str) -> list[Result]:
    found = page.locator(".md-search-result__link").evaluate_all(
        """links => links.map(link => [
             link.href,
             link.querySelector("h1, h2").innerHTML,
             (link.querySelector("p:not(.md-search-result__terms)") || {innerHTML: ""}).innerHTML
           ])"""
    )
    return [Result(url.removeprefix(base), title, text) for url, title, text in found]


def ask(page, base: str, lang: str, query: str) -> list[Result]:
    """Put `query` in the search box at once (as if pasted) and read the answer."""
    box = open_search(page, base, lang)
    box.fill(query)
    box.press("End")  # Material reads the box on keyup
    page.wait_for_function(SEARCH_ANSWERED_JS)
    return results(page, base)


def slug_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def assert_language(found: list[Result], lang: str) -> None:
    """Every result is an article page of the reader's language."""
    for result in found:
        assert result.url.startswith(f"{PREFIX[lang]}articles/"), result.url


class Case(NamedTuple):
    lang: str
    query: str
    expected: tuple[str, ...]  # the slugs of all results
    first: str | None = None  # the slug that must come first, if one must
    last: str | None = None  # the slug that must come last, if one must


VI, EN = "vi", "en"
CPTPP, DA_NANG, PEACE, ROSES = "cptpp-trien-khai", "da-nang-dau-tu", "hoa-binh-huu-nghi", "hoa-hong"
TRADE, AMBASSADOR, TARIFFS = "thuong-mai-2024", "ambassador-new-height", "tariffs-markup"

CASES = [
    # Vietnamese with tone marks, and typed without them
    Case(VI, "Thái Bình Dương", (CPTPP,), CPTPP),
    Case(VI, "thai binh duong", (CPTPP,), CPTPP),
    Case(VI, "xuyen thai binh duong", (CPTPP,), CPTPP),
    Case(VI, "ngoại giao", (CPTPP, PEACE), CPTPP),
    Case(VI, "ngoai giao", (CPTPP, PEACE), CPTPP),
    Case(VI, "Bùi Thanh Sơn", (CPTPP,), CPTPP),
    Case(VI, "bui thanh son", (CPTPP,), CPTPP),
    Case(VI, "nguyen van hai", (TRADE,), TRADE),
    Case(VI, "Mỹ Latinh", (TRADE,), TRADE),
    # đ is a letter of its own: "d" finds it; the decoy "Dân … năng" folds too, below
    Case(VI, "Đà Nẵng", (DA_NANG, ROSES), DA_NANG),
    Case(VI, "da nang", (DA_NANG, ROSES), DA_NANG),
    Case(VI, "DA NANG", (DA_NANG, ROSES), DA_NANG),
    Case(VI, "đầu tư", (DA_NANG, CPTPP, PEACE), DA_NANG),
    Case(VI, "dau tu", (DA_NANG, CPTPP, PEACE), DA_NANG),
    Case(VI, "hiep dinh", (CPTPP,), CPTPP),
    # English stop words that are Vietnamese words
    Case(VI, "an ninh", (DA_NANG,), DA_NANG),
    Case(VI, "tự do", (PEACE, DA_NANG, CPTPP, ROSES), PEACE),
    Case(VI, "tu do", (PEACE, DA_NANG, CPTPP, ROSES), PEACE),
    # old and new tone placement; exact marks above folded ones
    Case(VI, "hòa bình", (PEACE, DA_NANG), PEACE),
    Case(VI, "hoà bình", (PEACE, DA_NANG), PEACE),
    Case(VI, "hoa binh", (PEACE, DA_NANG), PEACE),
    Case(VI, "thuỷ sản", (PEACE,), PEACE),
    Case(VI, "thủy sản", (PEACE,), PEACE),
    Case(VI, "thuy san", (PEACE,), PEACE),
    Case(VI, "hòa", (PEACE, DA_NANG, ROSES), last=ROSES),
    Case(VI, "hoa", (ROSES, PEACE, DA_NANG), first=ROSES),
    # punctuation, acronyms and numbers
    Case(VI, "CPTPP", (CPTPP,), CPTPP),
    Case(VI, "(CPTPP).", (CPTPP,), CPTPP),
    Case(VI, "APEC", (TRADE, CPTPP)),
    Case(VI, "27,5", (TRADE,), TRADE),
    Case(VI, "27,5%", (TRADE,), TRADE),
    Case(VI, "2024", (TRADE, DA_NANG), TRADE),
    Case(VI, "2020-2021", (CPTPP,), CPTPP),
    Case(VI, "Thương mại", (TRADE, CPTPP), TRADE),
    Case(VI, "«Tình hữu nghị»", (PEACE,), PEACE),
    Case(VI, "hữu nghị", (PEACE, DA_NANG), PEACE),
    # every Vietnamese article, and no English one
    Case(VI, "Mexico", (PEACE, ROSES, DA_NANG, CPTPP, TRADE)),
    Case(VI, "Ambassador", ()),
    Case(VI, "investment", ()),
    # English
    Case(EN, "CPTPP", (CPTPP,), CPTPP),
    Case(EN, "APEC", (TRADE, CPTPP)),
    Case(EN, "27.5", (TRADE,), TRADE),
    Case(EN, "27.5%", (TRADE,), TRADE),
    Case(EN, "2024", (TRADE, DA_NANG), TRADE),
    Case(EN, "US$15", (TRADE,), TRADE),
    Case(EN, "Trans-Pacific", (CPTPP,), CPTPP),
    Case(EN, "Pacific", (TRADE, CPTPP)),
    Case(EN, "G20", (CPTPP,), CPTPP),
    Case(EN, "Da Nang", (DA_NANG,), DA_NANG),
    Case(EN, "investment", (DA_NANG, CPTPP), DA_NANG),
    Case(EN, "new height", (AMBASSADOR,), AMBASSADOR),
    Case(EN, '"new height"', (AMBASSADOR,), AMBASSADOR),
    Case(EN, "Editor's note", (AMBASSADOR,), AMBASSADOR),
    Case(EN, "Ambassador", (AMBASSADOR, TRADE), AMBASSADOR),
    Case(EN, "quotas", (TARIFFS,), TARIFFS),
    Case(EN, "Mexico", (CPTPP, TRADE, AMBASSADOR)),
    # Vietnamese pages, placeholders and translation notices are not English results
    Case(EN, "hòa bình", ()),
    Case(EN, "phối hợp", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.lang}:{c.query}" for c in CASES])
def test_query(page, search_url, case):
    found = ask(page, search_url, case.lang, case.query)
    slugs = [slug_of(result.url) for result in found]
    assert_language(found, case.lang)
    assert sorted(slugs) == sorted(case.expected), slugs
    if case.first:
        assert slugs[0] == case.first, slugs
    if case.last:
        assert slugs[-1] == case.last, slugs


def test_the_table_covers_the_requirement():
    assert len(CASES) >= 30
    assert {case.lang for case in CASES} == {"en", "vi"}


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("da nang", ["Đà", "Nẵng"]),
        ("thai binh duong", ["Thái", "Bình", "Dương"]),
        ("hoa binh", ["hoà", "bình"]),
        ("cptpp", ["CPTPP"]),
        ("27,5", ["27,5"]),
    ],
)
def test_snippet_keeps_tone_marks_and_highlights_the_match(page, search_url, query, marked):
    first = ask(page, search_url, VI, query)[0]
    words = re.findall(r"<mark>(.*?)</mark>", first.snippet)
    for word in marked:
        assert word in words, first.snippet
    text = re.sub(r"<[^>]+>", "", first.snippet)
    assert unicodedata.is_normalized("NFC", text)
    assert any(ch in text for ch in "ĐđăâêôơưÀÁẢÃẠ"), text  # proper Vietnamese, not folded


def test_a_word_found_nowhere_is_shown_as_missing(page, search_url):
    found = ask(page, search_url, VI, "xyz nang")
    assert [slug_of(result.url) for result in found] == [DA_NANG, ROSES]
    missing = page.locator(".md-search-result__terms del").all_inner_texts()
    assert "xyz" in missing


def test_a_headline_is_shown_as_text_never_markup(page, search_url):
    ask(page, search_url, EN, "quotas")
    title = page.locator(".md-search-result__article h1").first
    assert title.locator("em").count() == 0
    assert "<em>" in title.inner_text()


def test_typing_as_readers_do_then_enter_opens_the_first_result(page, search_url):
    box = open_search(page, search_url, VI)
    box.press_sequentially("thai binh duong", delay=40)  # one query per keystroke
    first = page.locator(".md-search-result__link").first
    page.wait_for_function(
        "() => (document.querySelector('.md-search-result__link') || {}).href"
        f"?.endsWith('vi/articles/{CPTPP}/')"
    )
    page.wait_for_timeout(300)  # no late answer to an earlier keystroke replaces it
    assert page.locator(".md-search-result__item").count() == 1
    assert first.get_attribute("href").endswith(f"vi/articles/{CPTPP}/")
    box.press("Enter")
    page.wait_for_url(f"**/vi/articles/{CPTPP}/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_take_materials_colours_in_light_and_dark(browser, search_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        ask(page, search_url, VI, "da nang")
        colours = page.evaluate(
            """() => {
              const probe = document.createElement("span")
              probe.style.color = "var(--md-accent-fg-color)"
              probe.style.backgroundColor = "var(--md-default-bg-color)"
              document.querySelector(".md-search-result").append(probe)
              const style = selector => getComputedStyle(document.querySelector(selector))
              return {
                scheme: document.body.getAttribute("data-md-color-scheme"),
                mark: style(".md-search-result mark").color,
                accent: getComputedStyle(probe).color,
                panel: style(".md-search__scrollwrap").backgroundColor,
                page: getComputedStyle(probe).backgroundColor,
              }
            }"""
        )
        assert colours["scheme"] == ("slate" if scheme == "dark" else "default")
        assert colours["mark"] == colours["accent"], colours
        assert colours["panel"] == colours["page"], colours
        assert (_luminance(colours["panel"]) < 0.5) == (scheme == "dark"), colours
    finally:
        context.close()


def _luminance(css_colour: str) -> float:
    red, green, blue = (float(part) for part in re.findall(r"[\d.]+", css_colour)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def test_first_query_downloads_only_its_language(browser, search_site):
    payload = measure_query(search_site, VI, "thai binh duong", browser=browser)
    paths = [download.path for download in payload.search]
    assert payload.results == 1
    assert any(path.startswith("vi/pagefind/index/") for path in paths), paths
    assert any(path.startswith("vi/pagefind/fragment/") for path in paths), paths
    assert not any(path.startswith("pagefind/") for path in paths), paths  # no English index
    assert not any(path.startswith(("http:", "https:")) for path in paths), paths  # no other host
    assert payload.total_bytes < 1_000_000


def test_materials_own_index_holds_no_article(search_site):
    """Material's lunr index is fetched on every page: it must stay empty."""
    lunr = json.loads((search_site / "search" / "search_index.json").read_text("utf-8"))
    assert lunr["docs"] == []


# --- the helpers of the worker, run in the browser -----------------------------------------


def _worker_helpers(page):
    """The worker's own functions, loaded into a blank page with no Material and no index."""
    page.goto("about:blank")
    page.add_script_tag(
        content="window.worker = (function (self) {\n"
        + WORKER.read_text("utf-8")
        + "\nreturn { wordsOf, alternatives, spellings, folded }\n"
        + "})({ location: { href: 'http://example.invalid/javascripts/search-worker.js' },"
        + " addEventListener() {} })"
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("  Thái  Bình Dương ", ["thái", "bình", "dương"]),
        ("(CPTPP).", ["cptpp"]),
        ("27,5%", ["275"]),
        ("«Tình hữu nghị»", ["tình", "hữu", "nghị"]),
        ("Covid-19", ["covid19"]),
        ("Editor's", ["editors"]),
        ("Tho\u0302\u0301ng", ["thống"]),  # decomposed marks, as some keyboards send them
    ],
)
def test_query_words_are_cut_as_pagefind_indexes_them(page, typed, words):
    _worker_helpers(page)
    assert page.evaluate("typed => worker.wordsOf(typed)", typed) == words


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("da", ["da", "đa"]),
        ("đà", ["đà", "dà"]),
        ("hoà", ["hoà", "hòa"]),
        ("hòa", ["hòa", "hoà"]),
        ("thuỷ", ["thuỷ", "thủy"]),
        ("quý", ["quý"]),  # "u" belongs to "qu": one placement only
        ("hoàn", ["hoàn"]),  # the mark is not word-final: one placement only
        ("cptpp", ["cptpp"]),
    ],
)
def test_each_word_is_also_searched_as_readers_may_spell_it(page, word, forms):
    _worker_helpers(page)
    assert page.evaluate("word => worker.alternatives(word)", word) == forms


def test_spellings_start_with_the_query_as_typed_and_stay_few(page):
    _worker_helpers(page)
    spellings = page.evaluate(
        "() => worker.spellings([['da', 'đa'], ['nang'], ['do', 'đo'], ['di', 'đi'], ['du', 'đu']])"
    )
    assert spellings[0] == ["da", "nang", "do", "di", "du"]
    assert len(spellings) == 8
    assert len({tuple(s) for s in spellings}) == 8


@pytest.mark.parametrize(
    ("word", "folded"),
    [("đà", "da"), ("nẵng", "nang"), ("hoà", "hoa"), ("thủy", "thuy"), ("cptpp", "cptpp")],
)
def test_folding_drops_marks_and_the_bar_of_d(page, word, folded):
    """Of a query word, already lowercase."""
    _worker_helpers(page)
    assert page.evaluate("word => worker.folded(word)", word) == folded


# --- the project's own site -------------------------------------------------------------


def _project_articles() -> dict[str, list[tuple[str, str]]]:
    """(slug, text) of the project's articles written in each language."""
    found: dict[str, list[tuple[str, str]]] = {"en": [], "vi": []}
    for path in article_files(ROOT / "docs"):
        page = frontmatter.load(path.read_text("utf-8"))
        found[page.meta["lang"]].append((page.meta["slug"], f"{page.meta['title']}\n{page.body}"))
    return found


PROJECT = _project_articles()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    ("lang", "query", "needle"),
    [
        (EN, "CPTPP", "cptpp"),
        (EN, "APEC", "apec"),
        (VI, "CPTPP", "cptpp"),
        (VI, "thai binh duong", "thai binh duong"),
        (VI, "ngoai giao", "ngoai giao"),
    ],
)
def test_project_site(page, site_url, lang, query, needle):
    """Each article whose text has the words comes up, from the reader's language only."""
    holding = {slug for slug, text in PROJECT[lang] if needle in _fold(text)}
    if not holding:
        pytest.skip(f"no {lang} article of the project mentions {query!r}")
    found = ask(page, site_url, lang, query)
    assert_language(found, lang)
    assert holding <= {slug_of(result.url) for result in found}
    assert slug_of(found[0].url) in holding
