"""Accessibility in a real browser: axe-core finds no serious or critical problem, and
the language switcher and the timeline work from the keyboard alone."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from generator.contract.frontmatter import load
from generator.contract.pages import article_files
from tests.helpers import ROOT

pytestmark = pytest.mark.browser

SLUG = next(
    load(p.read_text("utf-8")).meta["slug"]
    for p in article_files(ROOT / "docs")
    if p.name.endswith(".en.md") and "seed:" in p.read_text("utf-8")
)
PAGES = ["", f"articles/{SLUG}/", "timeline/", "figures/", "articles/", "translations/"]


def serious(results) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("prefix", ["", "vi/"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(page, site_url, prefix, path, scheme):
    """In both colour schemes: the site follows the reader's system setting."""
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}{prefix}{path}")
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert serious(Axe().run(page)) == []


@pytest.mark.parametrize(("prefix", "query"), [("", "Mexico"), ("vi/", "ngoai giao")])
def test_search_results_are_accessible(page, site_url, prefix, query):
    page.goto(f"{site_url}{prefix}")
    page.keyboard.press("/")  # Material's shortcut to the search box
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert serious(Axe().run(page)) == []


def test_language_switcher_works_from_the_keyboard(page, site_url):
    page.goto(f"{site_url}articles/{SLUG}/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('hreflang')") == "vi":
            break
    else:
        pytest.fail("Tab never reached the Tiếng Việt link of the language switcher")
    assert page.evaluate("() => document.activeElement.innerText.trim()") == "Tiếng Việt"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/vi/articles/{SLUG}/")
    assert page.locator("html").get_attribute("lang") == "vi"


def test_timeline_year_links_work_from_the_keyboard(page, site_url):
    page.goto(f"{site_url}timeline/")
    target = page.locator(".nsg-timeline__years a").last
    year = target.inner_text()
    target.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/timeline/#y{year}")
    heading = page.locator(f"#y{year}")
    box = heading.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
