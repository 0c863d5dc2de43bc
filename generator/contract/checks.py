"""What only a page, or the whole set of pages, can tell about front matter.

A page: its file name and its keys agree, a quote is a sentence of its text, an event
ends after it starts, its text links only to addresses MkDocs can read, and it holds no
raw HTML. The pages together: a translation points at an original in another language,
two articles do not share a slug, one seed makes one page.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator import languages
from generator.contract.frontmatter import Page
from generator.contract.schema import SITE_PAGE_SCHEMA_FILE, validate_meta
from generator.errors import PageError
from generator.text.markdown import unescape_markdown

_YEAR_FIRST = re.compile(r"^[0-9]{4}")


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
    problems.extend(body_problems(page.body, where, page.body_line))
    problems.extend(raw_html_problems(page.body, where, page.body_line))
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


def validate_site_page(page: Page, where: str) -> list[PageError]:
    """A page of the site that is not an article (the home page, the timeline ...)."""
    meta, lines = page.meta, page.key_lines
    problems = validate_meta(meta, where, lines, page.line_of, SITE_PAGE_SCHEMA_FILE)
    return problems + body_problems(page.body, where, page.body_line)


# Links MkDocs reads from a page's Markdown: [text](address), <address>, [name]: address,
# and href / src attributes.
_LINKS = re.compile(
    r"\]\(\s*<?(?P<inline>[^)\s>]+)|<(?P<auto>[a-z][a-z0-9+.-]*:[^>\s]*)>"
    r"|^\s{0,3}\[[^\]]+\]:\s*<?(?P<reference>\S+?)>?(?:\s|$)"
    r"|\b(?:href|src)\s*=\s*[\"'](?P<attribute>[^\"']*)[\"']",
    re.IGNORECASE | re.MULTILINE,
)
# Raw HTML in an article's text: what the importer escapes and an editor has no need for.
_RAW_HTML = re.compile(r"<(?!(?:https?|mailto):)[A-Za-z!/?]")


def body_problems(body: str, where: str, first_line: int) -> list[PageError]:
    """Links MkDocs cannot read (it stops the build with a traceback on "http://[")."""
    problems = []
    for match in _LINKS.finditer(body):
        address = next(group for group in match.groups() if group is not None)
        try:
            urlsplit(address)
        except ValueError as error:
            line = first_line + body.count("\n", 0, match.start())
            problems.append(
                PageError(where, "", f"link {address!r} is not a valid address ({error})", line)
            )
    return problems


def raw_html_problems(body: str, where: str, first_line: int) -> list[PageError]:
    """Raw HTML in an article's text, which would be live markup on the page."""
    problems = []
    for match in _RAW_HTML.finditer(body):
        line = first_line + body.count("\n", 0, match.start())
        shown = body[match.start() : match.start() + 30].split("\n")[0]
        problems.append(
            PageError(
                where,
                "",
                f"raw HTML in the text ({shown!r}): the text is shown as written, so write < as "
                "&lt;",
                line,
            )
        )
    return problems


def validate_site(
    pages: dict[tuple[str, str], tuple[str, Page]], broken: frozenset = frozenset()
) -> list[PageError]:
    """What only the whole set of pages can tell.

    A translation must point at a page in the other language with the same
    slug; two pages of one slug must be an article and its translation, not
    two articles; and one seed makes one page. `broken` holds the (slug, lang) of
    pages that exist but could not be read: their problems are reported already,
    and a translation of one is not told that its original is missing.
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
        elif target not in pages and target not in broken:
            problems.append(
                PageError(
                    where,
                    "translation_of",
                    f"points to {target[0]!r} in {target[1]!r}, which has no page "
                    f"(articles/{target[0]}.{target[1]}.md)",
                    line_of(("translation_of",)),
                )
            )
        elif target in broken:
            continue
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
