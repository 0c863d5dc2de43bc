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
from collections.abc import Iterable
from functools import cache
from importlib import resources

from generator.errors import PageError
from generator.frontmatter import Page, unescape_markdown

SCHEMA_FILE = "article.schema.json"


@cache
def schema() -> dict:
    return json.loads(resources.files("generator").joinpath(SCHEMA_FILE).read_text("utf-8"))


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def _key_path(path: Iterable) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validate_meta(meta: dict, where: str, key_lines: dict | None = None) -> list[PageError]:
    """Every way `meta` breaks the schema, one `PageError` each, in a stable order."""
    key_lines = key_lines or {}
    problems = []
    for error in sorted(_validator().iter_errors(meta), key=lambda e: list(map(str, e.path))):
        key = _key_path(error.absolute_path)
        if error.validator == "required":
            missing = error.message.split("'")[1]
            key = f"{key}.{missing}" if key else missing
            message = "missing"
        elif error.validator == "additionalProperties":
            message = error.message.replace(
                "Additional properties are not allowed ", "unknown key "
            )
        elif error.validator == "not" and not error.absolute_path:
            key, message = (
                "translation_of",
                "a page has either `seed` or `translation_of`, not both",
            )
        else:
            message = error.message
        top = str(error.absolute_path[0]) if error.absolute_path else key.split(".")[0]
        problems.append(PageError(where, key, message, key_lines.get(top)))
    problems.extend(_calendar_problems(meta, where, key_lines))
    return problems


def _calendar_problems(meta: dict, where: str, key_lines: dict) -> list[PageError]:
    """ISO dates that match the pattern but not the calendar (2025-02-30)."""
    problems = []

    def check(value, key, top):
        if isinstance(value, str) and len(value) == 10:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                problems.append(
                    PageError(where, key, f"{value!r} is not a date", key_lines.get(top))
                )

    check(meta.get("published"), "published", "published")
    for group, fields in (("events", ("date", "end")), ("facts", ("as_of", "as_of_end"))):
        items = meta.get(group)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if isinstance(item, dict):
                for field in fields:
                    check(item.get(field), f"{group}[{index}].{field}", group)
    return problems


def validate_page(
    page: Page, where: str, expected: tuple[str, str] | None = None
) -> list[PageError]:
    """Schema problems, plus what only this page can tell: its name and its quotes.

    `expected` is the (slug, lang) the file name says the page is.
    """
    meta, lines = page.meta, page.key_lines
    problems = validate_meta(meta, where, lines)
    if problems:
        return problems
    if expected and (meta["slug"], meta["lang"]) != expected:
        slug, lang = expected
        if meta["slug"] != slug:
            problems.append(
                PageError(
                    where,
                    "slug",
                    f"{meta['slug']!r} but the file is named for {slug!r}",
                    lines.get("slug"),
                )
            )
        if meta["lang"] != lang:
            problems.append(
                PageError(
                    where,
                    "lang",
                    f"{meta['lang']!r} but the file name says {lang!r}",
                    lines.get("lang"),
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
                        lines.get(group),
                    )
                )
    for index, event in enumerate(meta["events"]):
        if "end" in event and event["end"] < event["date"]:  # ISO strings sort as dates
            problems.append(
                PageError(
                    where,
                    f"events[{index}].end",
                    f"{event['end']} is before the date {event['date']}",
                    lines.get("events"),
                )
            )
    return problems


def validate_site(pages: dict[tuple[str, str], tuple[str, Page]]) -> list[PageError]:
    """What only the whole set of pages can tell: translations that point nowhere."""
    problems = []
    for (slug, lang), (where, page) in sorted(pages.items()):
        original = page.meta.get("translation_of")
        if not isinstance(original, dict):
            continue
        target = (original.get("slug"), original.get("lang"))
        if target == (slug, lang) or original.get("lang") == lang:
            problems.append(
                PageError(
                    where,
                    "translation_of.lang",
                    "a translation must be in another language than its original",
                    page.key_lines.get("translation_of"),
                )
            )
        elif target not in pages:
            problems.append(
                PageError(
                    where,
                    "translation_of",
                    f"points to {target[0]!r} in {target[1]!r}, which has no page",
                    page.key_lines.get("translation_of"),
                )
            )
        elif original.get("slug") != slug:
            problems.append(
                PageError(
                    where,
                    "translation_of.slug",
                    "a translation shares its original's slug",
                    page.key_lines.get("translation_of"),
                )
            )
    return problems
