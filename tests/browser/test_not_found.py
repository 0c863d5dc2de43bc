"""A missing page, as GitHub Pages serves it (`/404.html` for every path, status 404): the
reader gets the "page not found" page of the language of the address they asked for, with
search and links home, and never sees the other language's text on the way."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Like GitHub Pages: a missing file is answered with the site's /404.html, status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def pages_url(built_site):
    handler = functools.partial(_PagesHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


# Every <h1> any document of the tab ever holds, recorded as it is added: a page that
# showed the other language's text first, even for a moment, is caught.
RECORD_HEADINGS = """
window.__headings = [];
new MutationObserver(() => {
  for (const h1 of document.querySelectorAll("h1")) {
    if (!window.__headings.includes(h1.textContent)) window.__headings.push(h1.textContent);
  }
}).observe(document, { childList: true, subtree: true });
"""

HEADINGS = {"en": "Page not found", "vi": "Không tìm thấy trang"}


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("no-such-page/", "en"),
        ("articles/no-such-article/", "en"),
        ("vi/khong-co-trang-nay/", "vi"),
        ("vi/articles/khong-co/sau/hon.html", "vi"),
        ("vi/404.html", "vi"),
        ("vietnam/", "en"),  # "vi" only as a folder of its own
    ],
)
def test_a_missing_page_speaks_the_language_of_its_address(page, pages_url, path, lang):
    page.add_init_script(RECORD_HEADINGS)
    failures = []
    page.on("requestfailed", lambda request: failures.append(request.url))
    asked = pages_url + path
    page.on("response", lambda r: r.status >= 400 and r.url != asked and failures.append(r.url))
    response = page.goto(asked)
    assert response.status == (200 if path.endswith("404.html") else 404)
    page.wait_for_load_state("networkidle")
    assert failures == []  # but the page itself: nothing fetched twice, nothing cut off
    assert page.url == asked  # the address the reader asked for stays
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").all_inner_texts() == [HEADINGS[lang]]
    assert page.evaluate("window.__headings") == [HEADINGS[lang]]  # no other text, ever
    home = "/" if lang == "en" else "/vi/"
    assert page.locator(".md-content p a").first.get_attribute("href") == home
    menu = page.locator(".md-select__link").evaluate_all(
        "links => links.map(a => [a.getAttribute('hreflang'), a.getAttribute('href')])"
    )
    assert menu == [["en", "/"], ["vi", "/vi/"]]
    config = json.loads(page.locator("#__config").text_content())
    index = parse_qs(urlsplit(config["search"]).query)["index"]
    assert index == [("vi/" if lang == "vi" else "") + "pagefind/"]  # this language's search


def test_the_404_search_box_searches_the_readers_language(page, pages_url):
    page.goto(pages_url + "vi/khong-co/")
    page.get_by_label("Tìm trong trang web").fill("Mexico")
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url("**/vi/?q=Mexico")
    assert page.locator(".md-search__input").input_value() == "Mexico"
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.locator("html").get_attribute("lang") == "vi"
