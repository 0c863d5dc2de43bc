"""What search answers, in Chromium, for text that arrives without a key, when the index
cannot load, and for numbers, words the index lacks, look-alikes and typos.

A small corpus (ARTICLES below, one case per page) is built into a site with the project's
own mkdocs.yml and templates; the words a reader sees are read from the locale files.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest

from bench.payload import SEARCH_ANSWERED_JS, SEARCH_READY_JS
from generator.site import search
from generator.site.localize import labels
from tests.helpers import WORKER, copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser

PREFIX = {"en": "", "vi": "vi/"}


class Article(NamedTuple):
    lang: str
    slug: str
    title: str
    text: str


ARTICLES = [
    # numbers: Pagefind reads "1,5" and "US$1.5" as "15"; the 1.5 pages say it thrice,
    # so that Pagefind alone ranks them first for "15"
    Article("vi", "kim-ngach-15-ty", "Kim ngạch hai chiều đạt 15 tỷ USD",
            "Kim ngạch thương mại hai chiều giữa Việt Nam và Mexico năm ngoái đạt 15 tỷ USD."),
    Article("vi", "von-dau-tu-1-5-ty", "Vốn đầu tư đạt 1,5 tỷ USD",
            "Vốn đầu tư của Mexico đạt 1,5 tỷ USD. Trong 1,5 tỷ USD đó, phần lớn vào nhà máy; "
            "thêm 1,5 tỷ USD nữa đang được lên kế hoạch."),
    Article("en", "trade-15-billion", "Two-way trade reaches US$15 billion",
            "Two-way trade between Vietnam and Mexico reached US$15 billion last year."),
    Article("en", "investment-1-5-billion", "Investment reaches US$1.5 billion",
            "Mexican investment reached US$1.5 billion. Of the US$1.5 billion, most went to "
            "factories; another US$1.5 billion is planned."),
    # a word only the other language has, and Vietnamese words that start like it
    Article("vi", "can-can-thuong-mai", "Cán cân thương mại cần cân bằng hơn",
            "Các chuyên gia cho rằng cán cân thương mại cần được cân nhắc kỹ."),
    Article("en", "canada-cptpp", "Canada joins talks on the CPTPP",
            "Canada and Vietnam discussed the CPTPP at a meeting in Ottawa."),
    # exact tones and their folded look-alikes ("đã nâng", "phố")
    Article("vi", "da-nang-don-doanh-nghiep", "Đà Nẵng đón doanh nghiệp Mexico",
            "Thành phố Đà Nẵng đón đoàn doanh nghiệp Mexico tìm hiểu cơ hội đầu tư."),
    Article("vi", "nang-cap-quan-he", "Hai nước đã nâng cấp quan hệ",
            "Hai nước đã nâng cấp quan hệ. Hai bên đã nâng tầm hợp tác và đã nâng kim ngạch."),
    Article("vi", "pho-viet-nam", "Phở Việt Nam được yêu thích",
            "Món phở được bày bán tại nhiều nhà hàng ở thủ đô."),
    Article("vi", "pho-co-hoi-an", "Phố cổ Hội An đón khách",
            "Phố cổ Hội An đón khách; phố đi bộ và phố đêm đông vui."),
    # "Mỹ", whose last letter an input method composes, and "ngoại giao"
    Article("vi", "ngoai-giao-my-latinh", "Ngoại giao với Mỹ Latinh",
            "Bộ Ngoại giao cho biết quan hệ với các nước Mỹ Latinh ngày càng sâu rộng."),
]  # fmt: skip

EN, VI = "en", "vi"


def _markdown(article: Article) -> str:
    return textwrap.dedent(
        f"""\
        ---
        title: {article.title}
        lang: {article.lang}
        slug: {article.slug}
        published: '2025-05-10'
        source:
          name: PLVN
        events: []
        facts: []
        ---

        {article.text}
        """
    )


@pytest.fixture(scope="session")
def answers_site(tmp_path_factory) -> Path:
    """The project's site with ARTICLES instead of the project's own."""
    project = copy_project(tmp_path_factory.mktemp("search-answers"))
    articles = project / "docs" / "articles"
    for page in articles.glob("*.md"):
        if not page.name.startswith("index."):
            page.unlink()
    for article in ARTICLES:
        (articles / f"{article.slug}.{article.lang}.md").write_text(_markdown(article), "utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def answers_url(answers_site):
    server, url = serve(answers_site)
    yield url
    server.shutdown()


# --- reading the search box ------------------------------------------------------------------

SHOWN_JS = """() => ({
  meta: document.querySelector(".md-search-result__meta").textContent.trim(),
  slugs: [...document.querySelectorAll(".md-search-result__link")]
    .map(link => new URL(link.href).pathname.replace(/\\/$/, "").split("/").pop()),
  labels: [...document.querySelectorAll(".md-search-result__link")]
    .map(link => (link.querySelector(".nsg-search-result__match") || {}).textContent || null),
  notices: [...document.querySelectorAll(".nsg-search-notice p")].map(line => ({
    text: line.textContent,
    href: (line.querySelector("a") || {}).href || null,
    lang: (line.querySelector("a") || {}).lang || null
  }))
})"""


FOCUSED_JS = "() => document.hasFocus() && document.activeElement.matches('input.md-search__input')"
META_IS_JS = "text => document.querySelector('.md-search-result__meta').textContent.trim() === text"


class Shown(NamedTuple):
    meta: str
    slugs: list[str]
    labels: list[str | None]
    notices: list[dict]


def shown(page) -> Shown:
    return Shown(**page.evaluate(SHOWN_JS))


def words(lang: str) -> dict:
    """What our search says beyond Material, in the locale file of `lang`."""
    return labels(lang)["search_status"]


def materials_words(page) -> dict:
    """Material's search box wording on the page open now."""
    return page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")


def open_search(page, base: str, lang: str, *, wait_ready: bool = True):
    page.goto(base + PREFIX[lang])
    if wait_ready:
        page.wait_for_function(SEARCH_READY_JS)
    box = page.locator("input.md-search__input")
    box.click()
    # Material reads the box again when it gets focus: let that happen now, not later,
    # when it would read text that the test inserts without a key
    page.wait_for_function(FOCUSED_JS)
    return box


def ask(page, base: str, lang: str, query: str) -> Shown:
    """Put `query` in the box, end it with a key press as a reader does, and read the answer."""
    box = open_search(page, base, lang)
    box.fill(query)
    box.press("End")
    page.wait_for_function(SEARCH_ANSWERED_JS)
    return shown(page)


def wait_for_results(page, slugs: list[str]) -> None:
    page.wait_for_function(
        f"expected => JSON.stringify(({SHOWN_JS})().slugs) === JSON.stringify(expected)", arg=slugs
    )


# --- 7: text that arrives without a key press ------------------------------------------------

PASTE_JS = """text => {
  const box = document.querySelector("input.md-search__input")
  box.value += text
  box.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", data: text }))
}"""
COMPOSE_JS = """text => {
  const box = document.querySelector("input.md-search__input")
  box.dispatchEvent(new CompositionEvent("compositionstart"))
  box.value += text
  box.dispatchEvent(new CompositionEvent("compositionend", { data: text }))
}"""


def add_without_keys(page, text: str, how: str) -> None:
    """Add text to the box with no key event, as each kind of input does."""
    if how == "suggestion or dictation":  # one input event
        page.keyboard.insert_text(text)
    elif how == "paste from the menu":
        page.evaluate(PASTE_JS, text)
    elif how == "input method":  # the composed letter committed, no input event after it
        page.evaluate(COMPOSE_JS, text)
    else:
        raise ValueError(how)


WITHOUT_KEYS = ["suggestion or dictation", "paste from the menu", "input method"]


@pytest.mark.parametrize("how", WITHOUT_KEYS)
def test_the_last_letter_arriving_without_a_key_is_searched(page, answers_url, how):
    box = open_search(page, answers_url, VI)
    box.press_sequentially("M")  # a key: Material asks for "M"
    page.wait_for_function(SEARCH_ANSWERED_JS)
    assert len(shown(page).slugs) > 1
    add_without_keys(page, "ỹ", how)
    assert box.input_value() == "Mỹ"
    wait_for_results(page, ["ngoai-giao-my-latinh"])  # the answer for "Mỹ", not for "M"


@pytest.mark.parametrize("how", ["keys", *WITHOUT_KEYS])
def test_ngoai_giao_without_tone_marks_finds_the_article_with_any_input(page, answers_url, how):
    box = open_search(page, answers_url, VI)
    if how == "keys":
        box.press_sequentially("ngoai giao", delay=20)
    else:
        add_without_keys(page, "ngoai giao", how)
    wait_for_results(page, ["ngoai-giao-my-latinh"])


# --- 8: the index or the worker cannot load ---------------------------------------------------


def _path_is(test):
    """A route matcher on the URL's path (the worker's query string names the index)."""
    return lambda url: test(urlsplit(url).path)


@pytest.mark.parametrize("lang", [EN, VI])
def test_an_index_that_cannot_load_says_search_is_unavailable(page, answers_url, lang):
    page.route(_path_is(lambda path: "/pagefind/" in path), lambda route: route.abort())
    box = open_search(page, answers_url, lang)
    box.fill("Mexico")
    box.press("End")
    page.wait_for_function(META_IS_JS, arg=words(lang)["unavailable"])
    now = shown(page)
    assert now.meta != materials_words(page)["search.result.none"]
    assert now.slugs == []
    archive = f"{answers_url}{PREFIX[lang]}articles/"
    assert now.notices == [{"text": words(lang)["archive"], "href": archive, "lang": None}]


@pytest.mark.parametrize("lang", [EN, VI])
def test_a_worker_that_cannot_load_says_search_is_unavailable(page, answers_url, lang):
    page.route(_path_is(lambda path: path.endswith("/search-worker.js")), lambda r: r.abort())
    box = open_search(page, answers_url, lang, wait_ready=False)
    box.fill("Mexico")
    page.wait_for_function(META_IS_JS, arg=words(lang)["unavailable"])
    link = page.locator(".nsg-search-notice a")
    assert link.inner_text() == words(lang)["archive"]
    box.press("ArrowDown")  # the link is reached from the keyboard, as results are
    page.keyboard.press("Enter")
    page.wait_for_url(f"{answers_url}{PREFIX[lang]}articles/")


# --- 9: numbers, words the index lacks, look-alikes, the other language, typos ---------------


class Case(NamedTuple):
    lang: str
    query: str
    slugs: tuple[str, ...]  # all results, in order


NUMBER_CASES = [
    Case(VI, "15 tỷ", ("kim-ngach-15-ty",)),
    Case(VI, "1,5 tỷ", ("von-dau-tu-1-5-ty",)),
    Case(VI, "15", ("kim-ngach-15-ty",)),  # still typing: "15" may grow into "150", never "1,5"
    Case(EN, "US$1.5 billion", ("investment-1-5-billion",)),
    Case(EN, "US$15 billion", ("trade-15-billion",)),
    Case(EN, "US$15", ("trade-15-billion",)),
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[f"{c.lang}:{c.query}" for c in NUMBER_CASES])
def test_numbers_are_matched_whole(page, answers_url, case):
    assert ask(page, answers_url, case.lang, case.query).slugs == list(case.slugs)


def test_a_word_the_language_lacks_matches_nothing_and_the_other_language_is_offered(
    page, answers_url
):
    now = ask(page, answers_url, VI, "Canada")
    assert now.slugs == []  # not "cân", "cần", "cán"
    assert now.meta == materials_words(page)["search.result.none"]
    english = labels(VI)["search_also_in"][EN]
    assert now.notices == [
        {"text": english["one"], "href": f"{answers_url}?q=Canada", "lang": EN},
    ]
    page.locator(".nsg-search-notice a").click()  # to the English search, query kept
    page.wait_for_function(SEARCH_ANSWERED_JS)
    assert shown(page).slugs == ["canada-cptpp"]


def test_the_other_language_counts_its_matches_in_its_own_words(page, answers_url):
    now = ask(page, answers_url, EN, "phở")
    vietnamese = labels(EN)["search_also_in"][VI]
    assert now.slugs == []
    assert [notice["text"] for notice in now.notices] == [
        vietnamese["other"].replace("{count}", "3")
    ]
    assert now.notices[0]["lang"] == VI
    assert now.notices[0]["href"] == f"{answers_url}vi/?q=ph%E1%BB%9F"


def test_the_other_language_is_not_asked_when_this_one_has_an_exact_match(page, answers_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    now = ask(page, answers_url, VI, "Mexico")
    assert now.notices == []
    assert not [url for url in requests if url.startswith(f"{answers_url}pagefind/")]


@pytest.mark.parametrize(
    ("lang", "query", "slugs"),
    [
        (VI, "Canad", []),  # "cân" does not start with "canad"
        (EN, "Canad", ["canada-cptpp"]),
    ],
)
def test_a_prefix_matches_only_words_it_starts(page, answers_url, lang, query, slugs):
    assert ask(page, answers_url, lang, query).slugs == slugs


@pytest.mark.parametrize(
    ("query", "exact", "similar"),
    [
        ("Đà Nẵng", ["da-nang-don-doanh-nghiep"], ["nang-cap-quan-he"]),
        ("phở", ["pho-viet-nam"], ["pho-co-hoi-an", "da-nang-don-doanh-nghiep"]),
    ],
)
def test_exact_tones_come_first_and_look_alikes_are_labelled(
    page, answers_url, query, exact, similar
):
    now = ask(page, answers_url, VI, query)
    assert now.slugs[: len(exact)] == exact
    assert sorted(now.slugs[len(exact) :]) == sorted(similar)
    assert now.labels == [words(VI)["exact"]] * len(exact) + [words(VI)["similar"]] * len(similar)


def test_an_english_word_pagefind_stems_is_no_look_alike(page, answers_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    now = ask(page, answers_url, EN, "investments")  # the page says "investment"
    assert now.slugs == ["investment-1-5-billion"]
    assert now.labels == [None]
    assert not [url for url in requests if url.startswith(f"{answers_url}vi/pagefind/")]


def test_a_query_typed_without_tones_labels_nothing_as_a_look_alike(page, answers_url):
    now = ask(page, answers_url, VI, "da nang")
    assert set(now.slugs) == {"da-nang-don-doanh-nghiep", "nang-cap-quan-he"}
    assert now.labels == [None, None]


@pytest.mark.parametrize(
    ("lang", "query", "slugs", "meant"),
    [
        (VI, "Mexcio", {"kim-ngach-15-ty", "von-dau-tu-1-5-ty", "da-nang-don-doanh-nghiep"},
         "mexico"),
        (EN, "Mexcio", {"trade-15-billion"}, "mexico"),
        # typed without tone marks: read as "ngoai", which every marked spelling matches
        (VI, "ngaoi giao", {"ngoai-giao-my-latinh"}, "ngoai giao"),
    ],
)  # fmt: skip
def test_one_typo_is_tolerated_when_nothing_matches(page, answers_url, lang, query, slugs, meant):
    now = ask(page, answers_url, lang, query)
    assert set(now.slugs) == slugs
    assert [notice["text"] for notice in now.notices] == [
        words(lang)["corrected"].replace("{query}", meant)
    ]


def test_a_word_that_matches_is_never_corrected(page, answers_url):
    assert ask(page, answers_url, VI, "Mexico").notices == []


def test_a_word_being_typed_is_not_read_as_a_shorter_word(page, answers_url):
    now = ask(page, answers_url, VI, "Cana")  # on its way to "Canada"
    assert "can-can-thuong-mai" not in now.slugs  # not read as "cân", one letter shorter


@pytest.mark.parametrize(
    ("lang", "query"),
    [(VI, "2024 tỷ"), (VI, "Xyzzyq"), (EN, "Mexcio 7,5 "), (VI, "Canada")],
)
def test_searching_makes_no_failing_request(page, answers_url, lang, query):
    """Numbers and typos need tables the index may not have: none is asked for in vain."""
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    ask(page, answers_url, lang, query)
    assert failed == []


# --- the worker's helpers agree with the build's tables ----------------------------------------


def _worker(page):
    """The worker's own functions, loaded into a blank page with no Material and no index."""
    page.goto("about:blank")
    page.add_script_tag(
        content="window.worker = (function (self) {\n"
        + WORKER.read_text("utf-8")
        + "\nreturn { termsOf, oneEditApart, numberTable, digitsOf, wordTable, folded, partsOf }\n"
        + "})({ location: { href: 'http://example.invalid/javascripts/search-worker.js' },"
        + " addEventListener() {} })"
    )


@pytest.mark.parametrize(
    "text",
    ["đạt 1,5 tỷ USD", "US$1.5 billion, US$15", "27,5% (CPTPP). 5/3/2024", "Covid-19 G20 15.000"],
)
def test_the_worker_cuts_words_as_the_build_does(page, text):
    _worker(page)
    parts = page.evaluate(
        "text => text.split(/\\s+/).flatMap(token => worker.partsOf(token).map(p => p.word))", text
    )
    assert parts == search.compared_parts(text)


@pytest.mark.parametrize("word", ["mexico", "đầu", "Ảnh", "ngoại", "thủy"])
def test_the_worker_looks_for_a_word_in_the_table_the_build_writes_it_in(page, word):
    _worker(page)
    table = page.evaluate("word => worker.wordTable(worker.folded(word.toLowerCase())[0])", word)
    assert table == f"words/{search.word_shard(word.lower())}.json"


@pytest.mark.parametrize("number", ["15", "1,5", "15.000", "2024", "5"])
def test_the_worker_looks_for_a_number_in_the_table_the_build_writes_it_in(page, number):
    _worker(page)
    table = page.evaluate("number => worker.numberTable(worker.digitsOf(number))", number)
    assert table == f"numbers/{search.number_shard(search.digits_of(number))}.json"


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("mexcio", "mexico", True),  # two neighbours swapped
        ("mexco", "mexico", True),  # one dropped
        ("mexiico", "mexico", True),  # one added
        ("nexico", "mexico", True),  # one changed
        ("mxeicox", "mexico", False),
        ("mexico", "mexico", False),  # the same word is no typo
        ("ab", "abcd", False),
    ],
)
def test_one_edit_apart(page, a, b, apart):
    _worker(page)
    assert page.evaluate("([a, b]) => worker.oneEditApart(a, b)", [a, b]) is apart


def test_only_the_last_word_without_a_space_after_it_is_still_being_typed(page):
    _worker(page)
    typing = page.evaluate(
        "queries => queries.map(q => worker.termsOf(q).map(term => term.typing))",
        ["15 tỷ", "15 tỷ ", "  Mỹ"],
    )
    assert typing == [[False, True], [False, False], [True]]


def test_the_page_gets_the_words_of_its_language(answers_site):
    for lang in (EN, VI):
        html = (answers_site / PREFIX[lang] / "index.html").read_text("utf-8")
        start = html.index('<script id="nsg-search" type="application/json">')
        data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
        assert data["status"] == words(lang)
        assert [other["lang"] for other in data["others"]] == [VI if lang == EN else EN]
