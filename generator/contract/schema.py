"""The front-matter contract, checked the same way everywhere.

`article.schema.json` beside this file is the one declared schema of an article
page, `site-page.schema.json` of the site's other pages: the importer validates
what it writes against the first, `python -m generator check` and the MkDocs build
validate what editors wrote, and editors' tools can load both. What JSON Schema
cannot say (a real calendar date, a known language, a character a reader cannot
see) is checked here in Python; what only the page or the whole set of pages can
tell is in `checks`.
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
from generator.errors import PageError
from generator.text.chars import unseen_characters

SCHEMA_FILE = "article.schema.json"
SITE_PAGE_SCHEMA_FILE = "site-page.schema.json"
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_YEAR_FIRST = re.compile(r"^[0-9]{4}")
_LANGUAGE_LIKE = re.compile(r"^[a-z]{2,3}$")
_DATE_LIKE = re.compile(r"^(?:[0-9]{4}|--)[0-9-]*(?:/[0-9]{4}[0-9-]*)?$")


@cache
def schema(name: str = SCHEMA_FILE) -> dict:
    text = resources.files("generator.contract").joinpath(name).read_text("utf-8")
    return json.loads(text)


@cache
def _validator(name: str = SCHEMA_FILE):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


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
        defs["isoDateWithYear"]["pattern"]: _DATE_WITH_YEAR,
        defs["isoPeriod"]["pattern"]: _DATE.replace(")", "; or two joined by /: 2024-01/2024-03)"),
        props["slug"]["pattern"]: "a slug (lowercase a-z and 0-9 words joined by hyphens)",
        props["source"]["properties"]["url"]["pattern"]: "a web address (http:// or https://)",
        props["translation_of"]["properties"]["original_hash"]["pattern"]: "a hex hash",
    }


def _unknown_language(value) -> str:
    return f"{_shown(value)} is not a known language ({' or '.join(languages.codes())})"


_DATE = "an ISO 8601 date (1975-05-19, 1975-05 or 1975)"
_DATE_WITH_YEAR = "an ISO 8601 date with its year (1975-05-19, 1975-05 or 1975)"
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
        return f"{_shown(value)} is not {_DATE_WITH_YEAR}, nor null for a date not known"
    if kind in ("maximum", "minimum"):
        return f"{_shown(value)} is larger than any news figure (at most 10^18); check the digits"
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
    schema_file: str = SCHEMA_FILE,
) -> list[PageError]:
    """Every way `meta` breaks the schema, one `PageError` each, in a stable order.

    `line_of` gives the line of a key path such as ("facts", 0, "value");
    without it, the line of the top-level key from `key_lines`. `schema_file` names the
    schema: an article's (the default) or a site page's.
    """
    key_lines = key_lines or {}
    if line_of is None:

        def line_of(path):
            return key_lines.get(path[0]) if path else None

    problems = []
    for error in _validator(schema_file).iter_errors(meta):
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
                        f"unknown key (see generator/contract/{schema_file} for the keys a page "
                        "has)",
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
    problems.extend(_character_problems(meta, where, line_of))
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.key))


def _character_problems(meta, where: str, line_of) -> list[PageError]:
    """Characters a reader cannot see (controls, bidi overrides, zero-width ones) in any value.

    A front-matter value is one line: a line break in a headline or a quote is refused too.
    """
    problems = []
    stack = [((), meta)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
        elif isinstance(value, str):
            unseen = unseen_characters(value, line_breaks=True)
            if unseen:
                problems.append(
                    PageError(
                        where,
                        _key_path(path),
                        f"holds {', '.join(unseen)}, which a reader cannot see (a control, "
                        "bidirectional or zero-width character, or a line break); delete it",
                        line_of(path),
                    )
                )
    return problems


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
