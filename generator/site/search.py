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

Beside each index this module writes two small tables, read from the text
Pagefind indexed, for what Pagefind cannot answer:

- `numbers/<last two digits>.json`: Pagefind drops the separators inside a
  number, so "1,5" and "15" are one word to it. For every number some article
  writes with a decimal or thousands separator, the table lists the pages
  holding each written form of the same digits (`{"15": {"15": [...], "1,5":
  [...]}}`), and the worker keeps "15 tỷ" from matching "1,5 tỷ".
- `words/<hex code of the first letter>.json`: every word of three letters or
  more and how many pages hold it, by its first letter without marks; the
  worker looks there for the word a mistyped query word ("Mexcio") was meant
  to be, downloading one or two small tables, not the index.

`tables.json` lists the tables written, so the worker never asks for one that
does not exist (a failing request on the reader's network log).

English is indexed into `site/pagefind/` and Vietnamese into
`site/vi/pagefind/`: a reader downloads only their own language's index, so an
English reader can never get a Vietnamese page, nor the other way round.

What search costs a reader is measured in `bench/payload.py`.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
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


# How the worker cuts a word to compare it with a query (COMPARED_PART in
# docs/javascripts/search-worker.js): a number keeps its separators, other parts
# are runs of letters and digits.
_NUMBER = r"\d+(?:[.,]\d+)*"
_COMPARED_PART = re.compile(rf"{_NUMBER}|[^\W_]+")
_WRITTEN_NUMBER = re.compile(rf"{_NUMBER}\Z")
# Shorter words are never what a mistyped query word of four letters was meant to be.
_TABLE_WORD_LETTERS = 3
# The list of the tables written beside an index, which the worker reads first.
TABLES = "tables.json"
# Pagefind's fragments: gzip, then this signature, then the page as JSON.
_FRAGMENT_SIGNATURE = b"pagefind_dcd"


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
        _write_tables(out)
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


# --- the worker's tables -------------------------------------------------------------------


def _write_tables(out: Path) -> None:
    texts = _indexed_texts(out)
    tables = {
        **{f"numbers/{shard}.json": table for shard, table in number_tables(texts).items()},
        **{f"words/{shard}.json": table for shard, table in word_tables(texts).items()},
    }
    for name, table in {**tables, TABLES: sorted(tables)}.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        path.write_text(text + "\n", "utf-8")


def _indexed_texts(out: Path) -> dict[str, str]:
    """The text Pagefind indexed, by the page's id (its fragment's name, Pagefind's result id)."""
    texts = {}
    for path in sorted(out.glob("fragment/*.pf_fragment")):
        data = gzip.decompress(path.read_bytes()).removeprefix(_FRAGMENT_SIGNATURE)
        texts[path.stem] = json.loads(data)["content"]
    return texts


def compared_parts(text: str) -> list[str]:
    """The parts of a text's words as the worker compares them: lowercase, NFC, numbers whole."""
    return _COMPARED_PART.findall(unicodedata.normalize("NFC", text).lower())


def folded(word: str) -> str:
    """A word without tone and vowel marks or the bar of `đ`, as the worker folds it."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M")).replace(
        "đ", "d"
    )


def digits_of(number: str) -> str:
    """A number without its separators, as Pagefind indexes it: "1,5" → "15"."""
    return re.sub(r"\D", "", number)


def number_shard(digits: str) -> str:
    """Which table holds a number: the last two of its digits."""
    return digits[-2:].rjust(2, "0")


def word_shard(word: str) -> str:
    """Which table holds a word: its first letter without marks, as a hex code point."""
    return f"{ord(folded(word)[0]):x}"


def number_tables(texts: Mapping[str, str]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """For each digits some page writes with a separator, the pages of each written form."""
    pages: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for page, text in texts.items():
        for part in compared_parts(text):
            if _WRITTEN_NUMBER.match(part):
                pages[digits_of(part)][part].add(page)
    tables: dict[str, dict] = defaultdict(dict)
    for digits, written in pages.items():
        if any(form != digits for form in written):
            tables[number_shard(digits)][digits] = {
                form: sorted(holding) for form, holding in written.items()
            }
    return dict(tables)


def word_tables(texts: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """Every word of letters only, three or more, and how many pages hold it."""
    pages: dict[str, set[str]] = defaultdict(set)
    for page, text in texts.items():
        for part in compared_parts(text):
            if part.isalpha() and len(part) >= _TABLE_WORD_LETTERS:
                pages[part].add(page)
    tables: dict[str, dict[str, int]] = defaultdict(dict)
    for word, holding in pages.items():
        tables[word_shard(word)][word] = len(holding)
    return dict(tables)
