"""Every request a page view makes: none fails and none goes to another host, with the site
served at a loopback origin that is not its site_url (https://vietnam-mexico.github.io/).

Material's header fetches `sitemap.xml` next to every `link rel="alternate"` of a page;
with absolute hreflang links that was 1–5 requests to the production host (or 404s there)
on every page. The pages below are each kind the site has, in both languages.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from generator.contract.pages import article_files, expected_identity
from tests.helpers import ROOT

pytestmark = pytest.mark.browser

SLUGS = sorted({expected_identity(path)[0] for path in article_files(ROOT / "docs")})
PAGES = ["", "articles/", "timeline/", "figures/", "translations/", "about/"]
PAGES += [f"articles/{slug}/" for slug in SLUGS]


def _record(page):
    requests, failures = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda r: failures.append(f"{r.url}: {r.failure}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and failures.append(f"{response.url}: HTTP {response.status}")
        ),
    )
    return requests, failures


@pytest.mark.parametrize("prefix", ["", "vi/"])
@pytest.mark.parametrize("path", PAGES)
def test_a_page_view_makes_no_failing_or_off_host_request(page, site_url, prefix, path):
    assert urlsplit(site_url).netloc != "vietnam-mexico.github.io"
    requests, failures = _record(page)
    page.goto(site_url + prefix + path)
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()  # the language switcher
    page.wait_for_load_state("networkidle")
    origin = urlsplit(site_url).netloc
    assert [url for url in requests if urlsplit(url).netloc != origin] == []
    assert failures == []
    assert any(url.endswith("sitemap.xml") for url in requests)  # Material still asks


@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_hreflang_links_stay_in_the_head_for_search_engines(page, site_url, prefix):
    page.goto(f"{site_url}{prefix}articles/{SLUGS[0]}/")
    alternates = page.locator("head link[hreflang]").evaluate_all(
        "links => links.map(l => [[...l.relList].join(' '), l.hreflang, l.href])"
    )
    production = f"https://vietnam-mexico.github.io/{{}}articles/{SLUGS[0]}/"
    assert alternates == [
        ["alternate", "en", production.format("")],
        ["alternate", "vi", production.format("vi/")],
        ["alternate", "x-default", production.format("")],
    ]
