"""The article front-matter contract, checked the same way everywhere.

`article.schema.json` beside this file is the one declared schema: the
importer validates what it writes against it, `python -m generator check` and
the MkDocs build validate what editors wrote, and editors' tools can load it.
What JSON Schema cannot say (a real calendar date, a quote that is in the
text, a translation whose original exists) is checked here in Python.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from generator import languages
from generator.contract.frontmatter import Page
from generator.errors import PageError
from generator.text.markdown import unescape_markdown

SCHEMA_FILE = "article.schema.json"
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_YEAR_FIRST = re.compile(r"^[0-9]{4}")
_LANGUAGE_LIKE = re.compile(r"^[a-z]{2,3}$")
_DATE_LIKE = re.compile(r"^(?:[0-9]{4}|--)[0-9-]*(?:/[0-9]{4}[0-9-]*)?$")


@cache
def schema() -> dict:
    text = resources.files("generator.contract").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def _key_path(path: Iterable) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _pattern_names() -> dict[str, str]:
    """What each pattern of the schema asks for, in an editor's words."""
    defs, props = schema()["$defs"], schema()["properties"]
    return {
        defs["isoDate"]["pattern"]: _DATE,
        defs["isoPeriod"]["pattern"]: _DATE.replace(")", "; or two joined by /: 2024-01/2024-03)"),
        props["slug"]["pattern"]: "a slug (lowercase a-z and 0-9 words joined by hyphens)",
        props["source"]["properties"]["url"]["pattern"]: "a web address (http:// or https://)",
        props["translation_of"]["properties"]["original_hash"]["pattern"]: "a hex hash",
    }


def _unknown_language(value) -> str:
    return f"{_shown(value)} is not a known language ({' or '.join(languages.codes())})"


_DATE = "an ISO 8601 date (1975-05-19, 1975-05 or 1975)"
_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys to values",
    "null": "empty",
}


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _message(error) -> str:
    """One schema error in an editor's words, the value quoted."""
    value, kind, wanted = error.instance, error.validator, error.validator_value
    if kind == "type":
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        return f"{_shown(value)} is not " + " or ".join(_TYPE_NAMES.get(n, n) for n in names)
    if kind == "enum":
        return f"{_shown(value)} is not one of " + ", ".join(map(str, wanted))
    if kind == "pattern" and wanted == schema()["$defs"]["language"]["pattern"]:
        return _unknown_language(value)
    if kind == "pattern":
        return f"{_shown(value)} is not {_pattern_names().get(wanted, 'in the right form')}"
    if kind == "anyOf":  # published: a date or null
        return f"{_shown(value)} is not {_DATE}, nor null for a date not known"
    if kind == "minLength":
        return "is empty"
    if kind == "maxLength":
        return f"is {len(value)} characters long (at most {wanted})"
    if kind == "minItems":
        return "is an empty list"
    return error.message


def validate_meta(
    meta: dict,
    where: str,
    key_lines: dict | None = None,
    line_of: Callable[[tuple], int | None] | None = None,
) -> list[PageError]:
    """Every way `meta` breaks the schema, one `PageError` each, in a stable order.

    `line_of` gives the line of a key path such as ("facts", 0, "value");
    without it, the line of the top-level key from `key_lines`.
    """
    key_lines = key_lines or {}
    if line_of is None:

        def line_of(path):
            return key_lines.get(path[0]) if path else None

    problems = []
    for error in _validator().iter_errors(meta):
        path = tuple(error.absolute_path)
        if error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else "?"
            where_line = line_of(path) or 1  # at the mapping that lacks it
            problems.append(PageError(where, _key_path((*path, missing)), "missing", where_line))
        elif error.validator == "additionalProperties":
            known = set(error.schema.get("properties", {}))
            for extra in sorted(map(str, set(error.instance) - known)):
                problems.append(
                    PageError(
                        where,
                        _key_path((*path, extra)),
                        "unknown key (see generator/article.schema.json for the keys a page has)",
                        line_of((*path, extra)),
                    )
                )
        elif error.validator == "not" and not path:
            problems.append(
                PageError(
                    where,
                    "translation_of",
                    "a page has either `seed` or `translation_of`, not both",
                    line_of(("translation_of",)),
                )
            )
        else:
            problems.append(PageError(where, _key_path(path), _message(error), line_of(path) or 1))
    problems.extend(_value_problems(meta, where, line_of))
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.key))


def _value_problems(meta: dict, where: str, line_of) -> list[PageError]:
    """What the schema's patterns let through: 2025-02-30, and numbers that are not (NaN, ∞)."""
    problems = []

    def check_date(value, path):
        if not isinstance(value, str) or not _DATE_LIKE.match(value):
            return  # not even shaped like a date: the schema has said so
        for part in value.split("/"):
            day = (
                "2000" + part[1:] if part.startswith("--") else part
            )  # a leap year: 29 Feb is fine
            if _FULL_DATE.match(day):
                try:
                    dt.date.fromisoformat(day)
                except ValueError:
                    problems.append(
                        PageError(where, _key_path(path), f"{value!r} is not a date", line_of(path))
                    )
                    return
        start, _, end = value.partition("/")
        if end and end < start:  # ISO strings of the same form sort as their dates do
            problems.append(
                PageError(where, _key_path(path), f"{value!r} ends before it starts", line_of(path))
            )

    check_date(meta.get("published"), ("published",))
    translation_of = meta.get("translation_of")
    for path, code in (
        (("lang",), meta.get("lang")),
        (("translation_of", "lang"), (translation_of or {}).get("lang")),
    ):
        if isinstance(code, str) and _LANGUAGE_LIKE.match(code) and not languages.is_known(code):
            problem = PageError(where, _key_path(path), _unknown_language(code), line_of(path))
            problems.append(problem)
    for group, fields in (("events", ("date", "end")), ("facts", ("as_of",))):
        items = meta.get(group)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            for name in fields:
                check_date(item.get(name), (group, index, name))
            if group == "facts":
                for name in ("value", "value_max"):
                    number = item.get(name)
                    if isinstance(number, float) and not math.isfinite(number):
                        path = (group, index, name)
                        problems.append(
                            PageError(
                                where, _key_path(path), f"{number!r} is not a number", line_of(path)
                            )
                        )
    return problems


def validate_page(
    page: Page, where: str, expected: tuple[str, str] | None = None
) -> list[PageError]:
    """Schema problems, plus what only this page can tell: its name and its quotes.

    `expected` is the (slug, lang) the file name says the page is.
    """
    meta, line_of = page.meta, page.line_of
    problems = validate_meta(meta, where, page.key_lines, line_of)
    if problems:
        return problems
    if expected and meta["slug"] != expected[0]:
        problems.append(
            PageError(
                where,
                "slug",
                f"{meta['slug']!r} but the file is named for {expected[0]!r} "
                "(a page's file is articles/<slug>.<lang>.md)",
                line_of(("slug",)),
            )
        )
    if expected and meta["lang"] != expected[1]:
        problems.append(
            PageError(
                where,
                "lang",
                f"{meta['lang']!r} but the file name says {expected[1]!r}",
                line_of(("lang",)),
            )
        )
    if meta.get("draft") is True:
        problems.append(
            PageError(
                where,
                "draft",
                "an unfinished translation is not published: finish it, then delete `draft: true`",
                line_of(("draft",)),
            )
        )
    text = " ".join(unescape_markdown(page.body).split())
    for group in ("events", "facts"):
        for index, item in enumerate(meta[group]):
            if " ".join(item["quote"].split()) not in text:
                problems.append(
                    PageError(
                        where,
                        f"{group}[{index}].quote",
                        "not found in the page's text "
                        "(a quote must be an exact sentence of the page)",
                        line_of((group, index, "quote")),
                    )
                )
    for index, event in enumerate(meta["events"]):
        dated = _YEAR_FIRST.match(event["date"]) and _YEAR_FIRST.match(event.get("end", ""))
        if dated and event["end"] < event["date"]:  # ISO strings with years sort as dates
            problems.append(
                PageError(
                    where,
                    f"events[{index}].end",
                    f"{event['end']} is before the date {event['date']}",
                    line_of(("events", index, "end")),
                )
            )
    return problems


def _earlier_original(pages: dict, slug: str, lang: str) -> tuple[str, Page] | None:
    """A page of the same slug in a language listed before `lang` that is not a translation."""
    for code in languages.codes():
        if code == lang:
            return None
        other = pages.get((slug, code))
        if other and not isinstance(other[1].meta.get("translation_of"), dict):
            return other
    return None


def validate_site(pages: dict[tuple[str, str], tuple[str, Page]]) -> list[PageError]:
    """What only the whole set of pages can tell.

    A translation must point at a page in the other language with the same
    slug; two pages of one slug must be an article and its translation, not
    two articles; and one seed makes one page.
    """
    problems = []
    seeds: dict[str, str] = {}
    for (slug, lang), (where, page) in sorted(pages.items()):
        line_of = page.line_of
        seed = page.meta.get("seed")
        if isinstance(seed, str):
            if seed in seeds:
                problems.append(
                    PageError(
                        where,
                        "seed",
                        f"{seed} is also the seed of {seeds[seed]}; one seed makes one page",
                        line_of(("seed",)),
                    )
                )
            seeds.setdefault(seed, where)
        original = page.meta.get("translation_of")
        if not isinstance(original, dict):
            other = _earlier_original(pages, slug, lang)
            if other:
                problems.append(
                    PageError(
                        where,
                        "slug",
                        f"{slug!r} is also the slug of {other[0]}, a different article; "
                        "give one of them its own slug (and file name), "
                        "or mark this one as its translation (translation_of)",
                        line_of(("slug",)),
                    )
                )
            continue
        target = (original.get("slug"), original.get("lang"))
        if original.get("lang") == lang:
            problems.append(
                PageError(
                    where,
                    "translation_of.lang",
                    "a translation must be in another language than its original",
                    line_of(("translation_of", "lang")),
                )
            )
        elif target not in pages:
            problems.append(
                PageError(
                    where,
                    "translation_of",
                    f"points to {target[0]!r} in {target[1]!r}, which has no page "
                    f"(articles/{target[0]}.{target[1]}.md)",
                    line_of(("translation_of",)),
                )
            )
        elif original.get("slug") != slug:
            problems.append(
                PageError(
                    where,
                    "translation_of.slug",
                    f"{original.get('slug')!r}, but a translation shares its original's slug "
                    f"{slug!r}",
                    line_of(("translation_of", "slug")),
                )
            )
        elif isinstance(pages[target][1].meta.get("translation_of"), dict):
            problems.append(
                PageError(
                    where,
                    "translation_of",
                    f"points to {pages[target][0]}, which is itself a translation",
                    line_of(("translation_of",)),
                )
            )
    return problems
