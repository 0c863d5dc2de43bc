"""What a reader sees in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import re

import pytest

from generator.contract.frontmatter import load
from generator.contract.pages import article_files
from tests.helpers import ROOT

pytestmark = pytest.mark.browser

ORIGINALS = {}
for _path in article_files(ROOT / "docs"):
    _page = load(_path.read_text("utf-8"))
    if "seed" in _page.meta:
        ORIGINALS[_page.meta["lang"]] = _page.meta
EN, VI = ORIGINALS["en"], ORIGINALS["vi"]


def test_switch_language_lands_on_the_same_article_and_back(page, site_url):
    page.goto(f"{site_url}articles/{EN['slug']}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == EN["title"]
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(f"**/vi/articles/{EN['slug']}/")
    assert page.locator("html").get_attribute("lang") == "vi"
    notice = page.locator(".nsg-notice").inner_text()
    assert "bản dịch" in notice  # the Vietnamese page says it is a translation
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"**/articles/{EN['slug']}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == EN["title"]


def test_vietnamese_original_links_its_translation(page, site_url):
    page.goto(f"{site_url}vi/articles/{VI['slug']}/")
    assert page.locator("h1").first.inner_text() == VI["title"]
    link = page.locator(".nsg-notice a")
    assert link.get_attribute("hreflang") == "en"
    link.click()
    page.wait_for_url(f"**/articles/{VI['slug']}/")
    assert (
        "translation of the original article in Vietnamese"
        in page.locator(".nsg-notice").inner_text()
    )


@pytest.mark.parametrize(
    ("prefix", "heading"), [("", "Latest articles"), ("vi/", "Bài viết mới nhất")]
)
def test_home_lists_articles_newest_first(page, site_url, prefix, heading):
    page.goto(site_url + prefix)
    assert page.get_by_role("heading", name=heading).is_visible()
    dates = page.locator(".nsg-list__meta time").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('datetime'))"
    )
    assert len(dates) == len(ORIGINALS)
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("prefix", "day_month_year"),
    [
        ("", re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{4}$|^\d{4}$")),
        ("vi/", re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$|^tháng \d{1,2}/\d{4}$|^năm \d{4}$")),
    ],
)
def test_timeline_reads_oldest_first_with_local_dates(page, site_url, prefix, day_month_year):
    page.goto(f"{site_url}{prefix}timeline/")
    times = page.locator("ol.nsg-timeline time")
    datetimes = times.evaluate_all("nodes => nodes.map(n => n.getAttribute('datetime'))")
    assert datetimes, "the timeline shows no events"

    def last_day(iso):  # "1975" stands after "1975-05-19": by the last day it can mean
        return [int(part) for part in iso.split("-")] + [99] * (3 - iso.count("-") - 1)

    assert datetimes == sorted(datetimes, key=last_day)
    texts = times.all_inner_texts()
    single = [text for text in texts if "–" not in text]
    assert single and all(day_month_year.match(text) for text in single), texts
    assert page.locator("section.nsg-timeline__year h2").first.get_attribute("id").startswith("y")


def test_timeline_link_lands_on_the_highlighted_sentence(browser, site_url):
    # The event whose sentence is furthest down its article: following its link
    # must scroll that sentence into view, which only a working text fragment does.
    body = " ".join(load((ROOT / "docs/articles" / f"{EN['slug']}.en.md").read_text()).body.split())
    event = max(EN["events"], key=lambda e: body.index(" ".join(e["quote"].split())))
    context = browser.new_context(viewport={"width": 800, "height": 500})
    page = context.new_page()
    page.goto(f"{site_url}timeline/")
    item = page.locator("ol.nsg-timeline li", has_text=event["text"]).first
    link = item.locator(".nsg-timeline__source a")
    assert "#:~:text=" in link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**/articles/{EN['slug']}/**")
    words = " ".join(event["quote"].split()[:6])
    page.wait_for_function("() => window.scrollY > 0", timeout=5000)
    top = page.evaluate(
        """words => {
            const p = [...document.querySelectorAll('.nsg-article__body p')]
                .find(p => p.innerText.replace(/\\s+/g, ' ').includes(words));
            return p ? p.getBoundingClientRect().top : null;
        }""",
        words,
    )
    context.close()
    assert top is not None and -400 < top < 500, top


@pytest.mark.parametrize(
    ("prefix", "money", "percent"), [("", "US$", "27.5%"), ("vi/", "tỷ USD", "27,5%")]
)
def test_fact_box_writes_numbers_the_local_way(page, site_url, prefix, money, percent):
    page.goto(f"{site_url}{prefix}articles/{EN['slug']}/")
    box = page.locator(".nsg-factbox")
    assert box.is_visible()
    values = box.locator(".nsg-factbox__value").all_inner_texts()
    assert any(money in value for value in values), values
    assert any(percent in value for value in values), values
    sources = box.locator("a.nsg-factbox__source")
    assert sources.count() == len(values)
    assert all(
        "#:~:text=" in href
        for href in sources.evaluate_all("nodes => nodes.map(n => n.getAttribute('href'))")
    )
