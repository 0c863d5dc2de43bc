"""What a built site makes a reader download: the search payload, the search index as
published, the bytes of a first visit, and any request to another host.

The search payload is measured the way a reader meets it: headless Chromium opens a
language's home page, the query is typed into Material's header search box, and
every byte downloaded until the first result shows is counted, the page included
(`measure_query`). Without Chromium, or on a site whose search shows no result, it
is estimated from the index files instead, and the output says which.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import statistics
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bench.report import size
from generator import languages
from generator.site.search import bundle_dir

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# The first query a reader types, per language: words every corpus article is likely to hold.
QUERIES = {"en": "trade", "vi": "hợp tác"}
# Chromium's resource types counted apart in the page weight; the rest is "other".
WEIGHT_TYPES = ("document", "stylesheet", "script", "font", "image")

# Pagefind's own file names, as generator/site/search.py publishes them: the index
# (word chunks, page fragments, metadata, filters) and the runtime the worker loads.
_INDEX_GLOBS = ("*.pf_meta", "index/*.pf_index", "fragment/*.pf_fragment", "filter/*.pf_filter")
_RUNTIME_FILES = ("pagefind.js", "pagefind-entry.json")
_RUNTIME_GLOBS = ("wasm.*.pagefind",)


class Browser:
    """One headless Chromium for all browser measurements of a run, started when first needed."""

    def __init__(self):
        self._playwright = self._browser = None
        self.problem: str | None = None

    def get(self):
        if self._browser is None and self.problem is None:
            try:
                from playwright.sync_api import sync_playwright

                if not Path(CHROMIUM).exists():
                    raise FileNotFoundError(f"{CHROMIUM} is missing")
                self._playwright = sync_playwright().start()
                self._browser = self._playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
                )
            except Exception as error:  # no browser: fall back to measuring files
                self.problem = f"no browser ({error.__class__.__name__}: {error})".splitlines()[0]
                self.close()
        return self._browser

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()
        self._playwright = self._browser = None


BROWSER = Browser()


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """Serve a folder on a free loopback port for as long as the block runs."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # a measurement prints figures, not requests
            pass

    handler = functools.partial(Handler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def has_search(site: Path) -> bool:
    """Does a built site ship a search index of any kind?"""
    return any(site.glob("**/search_index.json")) or any(
        p.is_dir() for p in site.glob("**/pagefind")
    )


# --- the search index as published ----------------------------------------------------------


@dataclass(frozen=True)
class IndexReport:
    """The size of one language's search index, in bytes as published."""

    lang: str
    articles: int
    text_bytes: int  # the articles' own text, as indexed (UTF-8)
    index_bytes: int  # word chunks, page fragments and metadata
    runtime_bytes: int  # pagefind.js and its WebAssembly: the same for any archive

    @property
    def index_bytes_per_article(self) -> float:
        return self.index_bytes / self.articles if self.articles else 0.0

    @property
    def index_to_text(self) -> float:
        """Index size over text size: under 1.0, the index is smaller than the articles."""
        return self.index_bytes / self.text_bytes if self.text_bytes else 0.0


def index_report(site: Path, langs: Iterable[str] | None = None) -> dict[str, IndexReport]:
    """The published size of each language's index (all of them by default), and of its text."""
    reports = {}
    for lang in languages.codes() if langs is None else langs:
        out = bundle_dir(site, lang)
        fragments = sorted(out.glob("fragment/*.pf_fragment"))
        reports[lang] = IndexReport(
            lang=lang,
            articles=len(fragments),
            text_bytes=sum(len(_fragment(path)["content"].encode()) for path in fragments),
            index_bytes=_size(_files(out, (), _INDEX_GLOBS)),
            runtime_bytes=_size(_files(out, _RUNTIME_FILES, _RUNTIME_GLOBS)),
        )
    return reports


def published_indexes(site: Path) -> dict[str, IndexReport]:
    """`index_report` of the languages that have a Pagefind index in the site."""
    return index_report(
        site, [lang for lang in languages.codes() if bundle_dir(site, lang).is_dir()]
    )


def _fragment(path: Path) -> dict:
    """A page as Pagefind stores it: gzip, a signature, then JSON."""
    data = gzip.decompress(path.read_bytes())
    return json.loads(data.removeprefix(b"pagefind_dcd"))


def _files(out: Path, names: Iterable[str], globs: Iterable[str]) -> list[Path]:
    found = [out / name for name in names if (out / name).is_file()]
    for pattern in globs:
        found.extend(sorted(out.glob(pattern)))
    return found


def _size(paths: Iterable[Path]) -> int:
    return sum(path.stat().st_size for path in paths)


# --- the first query, in a browser ----------------------------------------------------------


@dataclass(frozen=True)
class Download:
    """One file the browser downloaded."""

    path: str  # relative to the site root
    size: int  # bytes, as a plain static server sends it
    gzip_size: int  # bytes, as a server that compresses text (most hosts do) sends it


@dataclass(frozen=True)
class QueryPayload:
    """What a browser downloaded to answer one query typed into the header search box."""

    lang: str
    query: str
    results: int  # as the line above the results counts them
    page: tuple[Download, ...]  # the page, before the reader touched the search box
    search: tuple[Download, ...]  # from typing the query until the first result showed

    @property
    def page_bytes(self) -> int:
        return sum(download.size for download in self.page)

    @property
    def search_bytes(self) -> int:
        return sum(download.size for download in self.search)

    @property
    def total_bytes(self) -> int:
        """Bytes downloaded before the first result, page included."""
        return self.page_bytes + self.search_bytes

    @property
    def total_gzip_bytes(self) -> int:
        return sum(download.gzip_size for download in self.page + self.search)


# What a browser waits for, in Material's own words for the page's language: the
# worker is ready when it has answered Material's first, empty query (typing
# sooner, that answer could come after the keystroke and show "no results" for
# a moment); it has answered a query when the line above the results shows a
# count or "no results".
SEARCH_READY_JS = """() => {
  const t = JSON.parse(document.getElementById("__config").textContent).translations
  const meta = document.querySelector(".md-search-result__meta")
  return !!meta && meta.textContent.trim() === t["search.result.placeholder"]
}"""
SEARCH_ANSWERED_JS = """() => {
  const t = JSON.parse(document.getElementById("__config").textContent).translations
  const meta = document.querySelector(".md-search-result__meta")
  const text = meta ? meta.textContent.trim() : ""
  const count = new RegExp("^" + t["search.result.other"].replace("#", "\\\\d+") + "$")
  return text === t["search.result.none"] || text === t["search.result.one"] || count.test(text)
}"""


def measure_query(
    site: Path, lang: str, query: str, *, browser=None, timeout: float = 30.0
) -> QueryPayload:
    """Open the language's home page in headless Chromium, type `query` into the
    header search box and count the bytes downloaded until the first result shows.

    Bytes are counted as served by a plain static server (no HTTP compression;
    Pagefind's index files are gzipped already). Pass a Playwright `browser` to
    reuse one; otherwise Debian's Chromium (or $CHROMIUM) is started for this
    measurement. Needs Playwright, a test dependency.
    """
    with serving(Path(site)) as base_url:
        if browser is not None:
            return _measure(browser, base_url, lang, query, timeout)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            try:
                return _measure(instance, base_url, lang, query, timeout)
            finally:
                instance.close()


def _measure(browser, base_url: str, lang: str, query: str, timeout: float) -> QueryPayload:
    # A fresh context: nothing cached from an earlier measurement.
    context = browser.new_context()
    finished = []
    # Listening on the context also hears the search worker's own downloads.
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        tab = context.new_page()
        tab.goto(base_url + languages.prefix(lang), wait_until="networkidle")
        tab.wait_for_function(SEARCH_READY_JS, timeout=timeout * 1000)
        before = len(finished)
        box = tab.locator("input.md-search__input")
        if not box.is_visible():  # narrow screens show a magnifier button instead
            tab.locator("label.md-header__button[for=__search]").click()
        box.click()
        box.fill(query)
        box.press("End")  # Material reads the box on keyup: as if the query were pasted
        tab.wait_for_function(SEARCH_ANSWERED_JS, timeout=timeout * 1000)
        count = re.search(r"\d+", tab.locator(".md-search-result__meta").inner_text())
        downloads = [_download(request, base_url) for request in finished]
        return QueryPayload(
            lang=lang,
            query=query,
            results=int(count.group()) if count else 0,
            page=tuple(downloads[:before]),
            search=tuple(downloads[before:]),
        )
    finally:
        context.close()


_COMPRESSED_BY_HOSTS = ("text/", "application/javascript", "application/json", "+xml", "/xml")


def _download(request, base_url: str) -> Download:
    path = request.url.removeprefix(base_url).split("?")[0]
    body_size = request.sizes()["responseBodySize"]
    response = request.response()
    kind = response.headers.get("content-type", "") if response else ""
    body = response.body() if response and response.ok else b""
    compressed = (
        len(gzip.compress(body))
        if body and any(k in kind for k in _COMPRESSED_BY_HOSTS)
        else body_size
    )
    return Download(path, body_size, compressed)


def search_payload(site: Path, lang: str) -> tuple[int | None, str]:
    """Bytes the first search query on `lang` pages downloads, and how it was measured.

    In Chromium, `measure_query`. Without it, or if no result shows, an estimate
    from the index files: Material's lunr index (the whole search_index.json,
    the search worker and lunr's language files) or Pagefind (every file of the
    index except result fragments, plus five fragments of median size: an upper
    bound).
    """
    if not has_search(site):
        return None, "no search index in the site"
    if lang not in QUERIES:
        return None, f"no query written for {lang!r} (bench/payload.py QUERIES)"
    browser = BROWSER.get()
    if browser is None:
        note = BROWSER.problem or "no browser"
    else:
        try:
            payload = measure_query(site, lang, QUERIES[lang], browser=browser, timeout=20)
        except Exception as error:  # a site without working search: say so, measure files
            note = f"no result in Chromium ({error.__class__.__name__})"
        else:
            return payload.total_bytes, _describe(payload)
    value, how = _estimated_payload(site, lang)
    return value, f"{how}; {note}"


def _describe(payload: QueryPayload) -> str:
    return (
        f"Chromium, {payload.query!r}: page {size(payload.page_bytes)} "
        f"+ search {size(payload.search_bytes)} in {len(payload.search)} requests "
        f"({size(payload.total_gzip_bytes)} gzipped)"
    )


def _estimated_payload(site: Path, lang: str) -> tuple[int | None, str]:
    own = site / languages.prefix(lang)
    for pagefind in (own / "pagefind", site / "pagefind"):
        if pagefind.is_dir():
            return _pagefind_payload(pagefind, lang)
    for index in (own / "search" / "search_index.json", site / "search" / "search_index.json"):
        if index.is_file():
            return _lunr_payload(site, index, lang)
    return None, "no search index in the site"


def _lunr_payload(site: Path, index: Path, lang: str) -> tuple[int, str]:
    files = [index, *site.glob("assets/javascripts/workers/search.*.min.js")]
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    if lang != "en":  # lunr knows English; any other language loads its stemmer files
        files += [lunr / name for name in ("lunr.stemmer.support.min.js", "lunr.multi.min.js")]
        files.append(lunr / f"lunr.{lang}.min.js")
    return sum(p.stat().st_size for p in files if p.is_file()), "lunr index + worker (files)"


def _pagefind_payload(pagefind: Path, lang: str) -> tuple[int, str]:
    marks = [mark for other in languages.others(lang) for mark in (f".{other}", f"_{other}")]
    total, fragments = 0, []
    for path in pagefind.rglob("*"):
        if not path.is_file() or any(mark in path.name for mark in marks):
            continue
        if "fragment" in path.parts:
            fragments.append(path.stat().st_size)
        else:
            total += path.stat().st_size
    if fragments:
        total += 5 * int(statistics.median(fragments))
    return total, "pagefind index but fragments, + 5 fragments (files, upper bound)"


# --- a first visit ------------------------------------------------------------------------


def page_weight(site: Path, lang: str) -> dict[tuple[str, str], dict[str, int]]:
    """What a first visit to the home page and to an article downloads, by type.

    A fresh browser context (nothing cached), the site served on loopback;
    every response's body is counted by Chromium's resource type (document,
    stylesheet, script, font, image, other). Empty when Chromium is missing.
    """
    browser = BROWSER.get()
    prefix = languages.prefix(lang)
    article = next(iter(sorted((site / prefix).glob("articles/*/index.html"))), None)
    if browser is None or article is None:
        return {}
    paths = {"home": prefix, "article": article.parent.relative_to(site).as_posix() + "/"}
    weights = {}
    with serving(site) as base:
        for kind, path in paths.items():
            context = browser.new_context()
            page = context.new_page()
            responses = []
            page.on("response", lambda response, seen=responses: seen.append(response))
            page.goto(base + path, wait_until="networkidle")
            by_type: dict[str, int] = {}
            for response in responses:
                try:
                    body = len(response.body())
                except Exception:  # a redirect or an aborted request has no body
                    continue
                kind_of = response.request.resource_type
                kind_of = kind_of if kind_of in WEIGHT_TYPES else "other"
                by_type[kind_of] = by_type.get(kind_of, 0) + body
            weights[(lang, kind)] = by_type
            context.close()
    return weights


# --- requests to other hosts -----------------------------------------------------------------


@dataclass
class HostReport:
    """Absolute URLs on the built pages that are not the site's own."""

    requests: dict[str, set[str]] = field(default_factory=dict)  # host -> example "file: url"
    links: dict[str, int] = field(default_factory=dict)  # host -> count (<a href>, not fetched)
    in_scripts: dict[str, int] = field(default_factory=dict)  # host -> count of mentions
    files: int = 0


_TAG = re.compile(r"<(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>\s[^>]*)>")
_URL_ATTR = re.compile(
    r"""\b(?P<name>src|href|srcset|action|poster|data|formaction)\s*=\s*"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""",
    re.IGNORECASE,
)
_REL = re.compile(r"""\brel\s*=\s*["']?([^"'>]+)""", re.IGNORECASE)
_ABSOLUTE = re.compile(r"(?:https?:)?//[^\s\"'<>),]+", re.IGNORECASE)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])((?:https?:)?//[^)"'\s]+)""")
_JS_URL = re.compile(r"""["'`](https?://[^"'`\s]+)""")
_HOSTNAME = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d+)?")
# <link rel=…> values that make the browser fetch the URL.
_FETCHING_RELS = set(
    "stylesheet icon shortcut apple-touch-icon preload modulepreload prefetch preconnect"
    " dns-prefetch manifest mask-icon".split()
)
# Namespaces and licence notices inside bundles name hosts the page never contacts.
_NOT_FETCHED_IN_JS = re.compile(r"^https?://(?:www\.w3\.org|github\.com/[\w.-]+/[\w.-]+/blob/)")


def scan_hosts(site: Path, site_url: str) -> HostReport:
    """Every absolute URL of the site's HTML, CSS and JS whose host is not `site_url`'s."""
    own = urlparse(site_url).netloc.lower()
    report = HostReport()
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".css", ".js") or not path.is_file():
            continue
        report.files += 1
        text = path.read_text("utf-8", "replace")
        if "//" not in text:
            continue
        where = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            _scan_html(text, where, own, report)
        elif path.suffix == ".css":
            for url in _CSS_URL.findall(text):
                _note_request(report, own, url, where)
        else:
            for url in _JS_URL.findall(text):
                host = _host(url)
                if host and host != own and not _NOT_FETCHED_IN_JS.match(url):
                    report.in_scripts[host] = report.in_scripts.get(host, 0) + 1
    return report


def _scan_html(text: str, where: str, own: str, report: HostReport) -> None:
    for tag in _TAG.finditer(text):
        attrs = tag.group("attrs")
        if "//" not in attrs:
            continue
        name = tag.group("tag").lower()
        rel = _REL.search(attrs)
        rels = set(rel.group(1).lower().split()) if rel else set()
        for attr in _URL_ATTR.finditer(attrs):
            value = attr.group("dq") or attr.group("sq") or attr.group("bare") or ""
            for url in _ABSOLUTE.findall(value):
                if not url.lower().startswith(("http:", "https:", "//")):
                    continue
                if name == "a" or name == "area" or (name == "link" and not rels & _FETCHING_RELS):
                    host = _host(url)
                    if host and host != own:
                        report.links[host] = report.links.get(host, 0) + 1
                else:
                    _note_request(report, own, url, where)


def _note_request(report: HostReport, own: str, url: str, where: str) -> None:
    host = _host(url)
    if host and host != own:
        examples = report.requests.setdefault(host, set())
        if len(examples) < 3:
            examples.add(f"{where}: {url}")


def _host(url: str) -> str:
    host = urlparse(url if not url.startswith("//") else "https:" + url).netloc.lower()
    return host if _HOSTNAME.fullmatch(host) else ""  # not "${e}" from a template literal
