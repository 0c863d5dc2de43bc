"""Site search: one chunked Pagefind index per language, written inside `mkdocs build`.

Material's own search ships the whole archive to every reader as one lunr JSON
file, shared by both languages, splits words on `[\\s\\-]+` and drops English
stop words from Vietnamese. Pagefind instead writes a chunked index per
language: a query downloads the one or two index chunks its words live in and
the handful of result pages it shows, so the first query stays small however
large the archive grows. Pagefind folds tone marks (and ranks exact marks
first) and strips punctuation from words on both sides; the search worker
(`docs/javascripts/search-worker.js`) answers Material's header search box from
these indexes and adds what Pagefind leaves to us: `đ` typed as `d`, the two
tone placements ("hoà" / "hòa"), ranking and snippets.

English is indexed into `site/pagefind/` and Vietnamese into
`site/vi/pagefind/`: a reader downloads only their own language's index, so an
English reader can never get a Vietnamese page, nor the other way round.

Besides `build`, this module reports what search costs a reader: the index
size per language and per article (`index_report`) and the bytes a browser
downloads before it shows the first result of a query (`measure_query`).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError

log = logging.getLogger("mkdocs.plugins.microsite.search")

DEFAULT_LANGUAGE = "en"
BUNDLE = "pagefind"

# What Pagefind reads: an article page's headline and text (overrides/article.html),
# not the placeholder of an article not yet translated (overrides/unavailable.html),
# and without the translation notice (it names the other language's headline),
# the dateline and the fact box (front matter, with the same labels on every
# page) and the "#" permalinks.
ROOT_SELECTOR = "article.nsg-article:not(.nsg-article--unavailable)"
EXCLUDE_SELECTORS = (".nsg-notice", ".nsg-dateline", ".nsg-factbox", ".headerlink")

# Word occurrences per index chunk. Pagefind's default (20,000) counts only
# words spelled without marks, so a Vietnamese chunk, whose words nearly all
# carry marks, comes out ten times the size of an English one (200 KB, not
# 25 KB, at 2,000 articles). Pagefind reads this from an environment variable
# it calls unstable; were it dropped, search would still work, with the
# first query downloading more.
CHUNK_LOCATIONS = 2000

# The part of Pagefind's output the worker loads; Pagefind also writes its
# own search UIs, which this site does not use, so they are not published.
_RUNTIME_FILES = ("pagefind.js", "pagefind-entry.json")
_RUNTIME_GLOBS = ("wasm.*.pagefind",)  # pruned to the one the index names
_INDEX_GLOBS = ("*.pf_meta", "index/*.pf_index", "fragment/*.pf_fragment", "filter/*.pf_filter")


class SearchIndexError(GeneratorError):
    """Pagefind could not index the site."""


def bundle_dir(site_dir: Path, lang: str) -> Path:
    """Where a language's index lives: `site/pagefind/`, `site/vi/pagefind/`."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return Path(site_dir) / f"{prefix}{BUNDLE}"


def build(site_dir: Path, articles: Mapping[str, int]) -> dict[str, int]:
    """Index each language's article pages; returns the pages indexed per language.

    `articles` maps a language to the number of articles the build wrote in
    it (articles not yet translated have a placeholder page instead, which
    the root selector leaves out). A language with no articles gets no index,
    and the worker answers "no results". A page count that differs from the
    expected one means the templates no longer match ROOT_SELECTOR: that is
    logged as a warning, which `mkdocs build --strict` turns into a failure.
    """
    indexed = {}
    for lang, expected in articles.items():
        out = bundle_dir(site_dir, lang)
        shutil.rmtree(out, ignore_errors=True)  # chunk names change with content
        if not expected:
            indexed[lang] = 0
            continue
        _run_pagefind(Path(site_dir), lang, out)
        _drop_unused(out)
        indexed[lang] = len(list(out.glob("fragment/*.pf_fragment")))
        if indexed[lang] != expected:
            log.warning(
                "search: indexed %d %s article page(s) but the site has %d; "
                "does %r still select an article in the templates?",
                indexed[lang],
                lang,
                expected,
                ROOT_SELECTOR,
            )
    return indexed


def _run_pagefind(site_dir: Path, lang: str, out: Path) -> None:
    # The command line, not Pagefind's Python API: the API waits 0.1 s per page
    # it adds (an archive of 2,000 articles would take minutes per language);
    # the command line indexes them in parallel, in a second.
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--glob",
        f"{prefix}articles/**/*.html",
        "--root-selector",
        ROOT_SELECTOR,
        "--exclude-selectors",
        ",".join(EXCLUDE_SELECTORS),
        "--force-language",
        lang,
        "--output-path",
        str(out.resolve()),
        "--quiet",
    ]
    env = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(CHUNK_LOCATIONS)}
    problem = f"search: Pagefind could not index the {lang} pages"
    try:
        # Run from the site: Pagefind also reads a pagefind.yml in its working folder.
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, env=env, cwd=site_dir
        )
    except OSError as error:
        raise SearchIndexError(f"{problem}: {error}") from error
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise SearchIndexError(f"{problem}:\n{output}")


def _drop_unused(out: Path) -> None:
    entry = json.loads((out / "pagefind-entry.json").read_text("utf-8"))
    wasm = {f"wasm.{index['wasm'] or 'unknown'}.pagefind" for index in entry["languages"].values()}
    keep = set(_files(out, (*_RUNTIME_FILES, *wasm), _INDEX_GLOBS))
    for path in sorted(out.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _files(out: Path, names: Iterable[str], globs: Iterable[str]) -> list[Path]:
    found = [out / name for name in names if (out / name).is_file()]
    for pattern in globs:
        found.extend(sorted(out.glob(pattern)))
    return found


# --- what search costs a reader -------------------------------------------------------


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


def index_report(site_dir: Path, languages: Iterable[str] = ("en", "vi")) -> dict[str, IndexReport]:
    """The published size of each language's index, and of the text it indexes."""
    reports = {}
    for lang in languages:
        out = bundle_dir(site_dir, lang)
        fragments = sorted(out.glob("fragment/*.pf_fragment"))
        reports[lang] = IndexReport(
            lang=lang,
            articles=len(fragments),
            text_bytes=sum(len(_fragment(path)["content"].encode()) for path in fragments),
            index_bytes=_size(_files(out, (), _INDEX_GLOBS)),
            runtime_bytes=_size(_files(out, _RUNTIME_FILES, _RUNTIME_GLOBS)),
        )
    return reports


def _fragment(path: Path) -> dict:
    """A page as Pagefind stores it: gzip, a signature, then JSON."""
    data = gzip.decompress(path.read_bytes())
    return json.loads(data.removeprefix(b"pagefind_dcd"))


def _size(paths: Iterable[Path]) -> int:
    return sum(path.stat().st_size for path in paths)


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
    site_dir: Path, lang: str, query: str, *, browser=None, timeout: float = 30.0
) -> QueryPayload:
    """Open the language's home page in headless Chromium, type `query` into the
    header search box and count the bytes downloaded until the first result shows.

    Bytes are counted as served by a plain static server (no HTTP compression;
    Pagefind's index files are gzipped already). Pass a Playwright `browser` to
    reuse one; otherwise Debian's Chromium (or $CHROMIUM) is started for this
    measurement. Needs Playwright, a test dependency.
    """
    with _serving(Path(site_dir)) as base_url:
        if browser is not None:
            return _measure(browser, base_url, lang, query, timeout)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                headless=True,
                args=["--no-sandbox"],
            )
            try:
                return _measure(instance, base_url, lang, query, timeout)
            finally:
                instance.close()


@contextmanager
def _serving(folder: Path) -> Iterator[str]:
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


def _measure(browser, base_url: str, lang: str, query: str, timeout: float) -> QueryPayload:
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    # A fresh context: nothing cached from an earlier measurement.
    context = browser.new_context()
    finished = []
    # Listening on the context also hears the search worker's own downloads.
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        tab = context.new_page()
        tab.goto(base_url + prefix, wait_until="networkidle")
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
    size = request.sizes()["responseBodySize"]
    response = request.response()
    kind = response.headers.get("content-type", "") if response else ""
    body = response.body() if response and response.ok else b""
    compressed = (
        len(gzip.compress(body)) if body and any(k in kind for k in _COMPRESSED_BY_HOSTS) else size
    )
    return Download(path, size, compressed)
