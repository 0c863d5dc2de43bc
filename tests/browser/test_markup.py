"""A seed full of markup, imported and built, read in a real browser: text, never code.

The headline and the body of tests/fixtures/seeds/seed_markup.txt hold HTML
(`<script>`, `onerror`, `<svg onload>`), Markdown at line starts, template
syntax and `javascript:` links; every payload sets `window.__pwned` or opens
a dialog if it runs. The article is read in English (its language) and in
Vietnamese (the "only available in English" page, with the same headline).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.helpers import FIXTURES, copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser

SEED = FIXTURES / "seeds" / "seed_markup.txt"
LINES = [line for line in SEED.read_text("utf-8").split("\n") if line]
HEADLINE, BODY = LINES[0], LINES[1:]


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory):
    """The project's site plus the imported markup article: (base URL, article slug)."""
    project = copy_project(tmp_path_factory.mktemp("markup") / "project")
    seeds = project / "markup-seeds"
    seeds.mkdir()
    shutil.copyfile(SEED, seeds / SEED.name)
    imported = subprocess.run(
        [sys.executable, "-m", "generator", "import", "--seeds", "markup-seeds", "--docs", "docs"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (imported.returncode, imported.stderr) == (0, ""), imported.stderr
    (page,) = [p for p in (project / "docs" / "articles").glob("*.en.md") if SEED.name in
               p.read_text("utf-8")]  # fmt: skip
    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    server, url = serve(project / "site")
    yield url, page.name.split(".")[0]
    server.shutdown()


# What would show that a payload ran or became markup.
INJECTED = """() => ({
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    handlers: document.querySelectorAll(
        "[onerror], [onload], [onclick], a[href^='javascript:'], iframe[src^='javascript:']"
    ).length,
    scripts: [...document.scripts].filter(
        (s) => !/json/.test(s.type) && s.textContent.includes("__pwned")
    ).length,
    svgs: document.querySelectorAll("article svg, .md-content svg[onload]").length,
})"""


def read(page, url: str) -> dict:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(url)
    assert response is not None and response.ok, url
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # time for an onerror or onload handler to fire
    found = page.evaluate(INJECTED)
    found["dialogs"] = dialogs
    return found


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_markup_in_a_seed_never_runs(markup_site, page, lang):
    url, slug = markup_site
    found = read(page, url + ("" if lang == "en" else "vi/") + f"articles/{slug}/")
    assert found == {"pwned": None, "handlers": 0, "scripts": 0, "svgs": 0, "dialogs": []}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("path", ["", "articles/", "timeline/", "figures/"])
def test_pages_that_list_the_article_never_run_it(markup_site, page, lang, path):
    url, _ = markup_site
    found = read(page, url + ("" if lang == "en" else "vi/") + path)
    assert found == {"pwned": None, "handlers": 0, "scripts": 0, "svgs": 0, "dialogs": []}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_headline_shows_literally_in_title_and_h1(markup_site, page, lang):
    url, slug = markup_site
    read(page, url + ("" if lang == "en" else "vi/") + f"articles/{slug}/")
    assert page.locator(".nsg-article h1").inner_text() == HEADLINE
    assert page.title().startswith(HEADLINE + " - ")
    assert page.locator("meta[property='og:title']").get_attribute("content") == HEADLINE


def test_the_body_shows_literally(markup_site, page):
    url, slug = markup_site
    read(page, url + f"articles/{slug}/")
    paragraphs = page.locator(".nsg-article__body > p").all_inner_texts()
    assert paragraphs == BODY
    assert page.locator(".nsg-article__body h1, .nsg-article__body h2").count() == 0
    assert page.locator(".nsg-article__body ul, .nsg-article__body ol").count() == 0
    assert page.locator(".nsg-article__body blockquote, .nsg-article__body hr").count() == 0
    assert page.locator(".nsg-article__body a, .nsg-article__body table").count() == 0


def test_the_other_language_says_only_available_with_the_same_headline(markup_site, page):
    url, slug = markup_site
    read(page, url + f"vi/articles/{slug}/")
    assert "Hiện bài viết này chỉ có bằng tiếng Anh." in page.locator(".nsg-article").inner_text()
    assert page.locator(".nsg-article h1").inner_text() == HEADLINE
    original = page.locator(".nsg-article a.md-button")
    assert original.get_attribute("href").endswith(f"articles/{slug}/")


def test_a_search_that_finds_the_article_shows_its_headline_as_text(markup_site, page):
    url, _ = markup_site
    read(page, url)
    page.locator(".md-search__input").click()
    page.keyboard.type("pwned")
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=10_000)
    assert result.inner_text().startswith(HEADLINE)
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == {"pwned": None, "handlers": 0, "scripts": 0, "svgs": 0}
