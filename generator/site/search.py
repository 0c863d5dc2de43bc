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

What search costs a reader is measured in `bench/payload.py`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from generator import languages
from generator.errors import GeneratorError

log = get_plugin_logger("microsite.search")

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
    return Path(site_dir) / f"{languages.prefix(lang)}{BUNDLE}"


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
    prefix = languages.prefix(lang)
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
