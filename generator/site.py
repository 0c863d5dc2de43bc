"""What the site derives from the articles' front matter, for one language at a time.

Pure functions over the loaded pages: the list of articles newest first, the
timeline, the key figures, the feeds. The MkDocs plugin calls them on every
build, so an edit to one line of front matter shows on the next build.

Every article exists in both languages on the site: where no page was
written in the reader's language, the article is shown from its original,
marked with the original's language, and its URL in the reader's language
is an "only available in …" page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from urllib.parse import quote

LANGUAGES = ("en", "vi")
DEFAULT_LANGUAGE = "en"


def other(lang: str) -> str:
    return "vi" if lang == "en" else "en"


def page_url(slug: str, lang: str) -> str:
    """Where an article lives, relative to the site root: "articles/x/", "vi/articles/x/"."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return f"{prefix}articles/{slug}/"


@dataclass(frozen=True)
class Entry:
    """An article as a reader of `lang` meets it."""

    slug: str
    lang: str  # the reader's language
    content_lang: str  # the language of the page the entry's texts come from
    meta: dict  # that page's front matter (raw, unescaped)
    url: str  # the article's URL in the reader's language
    content_url: str  # the URL of the page the texts (and quotes) are on

    @property
    def available(self) -> bool:
        return self.content_lang == self.lang

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def published(self) -> str | None:
        return self.meta.get("published")


@lru_cache(maxsize=65536)  # each quote is linked from its page, the lists and the feeds
def text_fragment(quote_text: str) -> str:
    """A `#:~:text=` link target that highlights `quote_text` in any current browser.

    Long sentences are addressed by their first and last words (textStart,
    textEnd) so the link stays short and survives a small edit in the middle.
    """
    words = quote_text.split()
    if len(words) > 12:
        target = f"{_encode(' '.join(words[:5]))},{_encode(' '.join(words[-5:]))}"
    else:
        target = _encode(" ".join(words))
    return f"#:~:text={target}"


def _encode(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")


def entries(pages: dict, lang: str) -> list[Entry]:
    """One entry per article, newest first, for a reader of `lang`.

    `pages` maps (slug, lang) to front matter. An article with no page in
    `lang` is shown from its original (the page that is not a translation).
    """
    result = []
    for slug in sorted({slug for slug, _ in pages}):
        meta = pages.get((slug, lang))
        content_lang = lang
        if meta is None:
            content_lang = other(lang)
            meta = pages[(slug, content_lang)]
        result.append(
            Entry(
                slug, lang, content_lang, meta, page_url(slug, lang), page_url(slug, content_lang)
            )
        )
    return sorted(result, key=_newest_first)


def _newest_first(entry: Entry) -> tuple:
    published = entry.published or ""
    return (published == "", tuple(-ord(ch) for ch in published), entry.slug)


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    end: str | None
    inferred: bool
    text: str
    quote: str
    entry: Entry
    link: str  # the sentence the event comes from, as a text-fragment link
    unique_id: str

    @property
    def year(self) -> str:
        return self.date[:4]


def timeline(article_entries: Iterable[Entry]) -> list[TimelineEvent]:
    """Every event of every article, oldest first; ties keep the articles' order."""
    events = []
    for entry in article_entries:
        for index, event in enumerate(entry.meta.get("events") or []):
            if event["date"].startswith("--"):
                continue  # no year: nowhere to place it until an editor gives one
            events.append(
                TimelineEvent(
                    date=event["date"],
                    end=event.get("end"),
                    inferred=bool(event.get("inferred")),
                    text=event["text"],
                    quote=event["quote"],
                    entry=entry,
                    link=entry.content_url + text_fragment(event["quote"]),
                    unique_id=f"{entry.slug}-{entry.content_lang}-{index + 1}",
                )
            )
    return sorted(events, key=lambda e: (e.date, e.end or e.date, e.entry.slug, e.unique_id))


def by_year(events: list[TimelineEvent]) -> list[tuple[str, list[TimelineEvent]]]:
    return [(year, list(group)) for year, group in groupby(events, key=lambda e: e.year)]


def decade(iso: str) -> int:
    return int(iso[:4]) // 10 * 10


def decade_url(value: int, decades: list[int]) -> str:
    """Where a decade of the split timeline lives, relative to the language's root."""
    return "timeline/" if value == decades[0] else f"timeline/{value}s/"


def figures(entry: Entry) -> list[dict]:
    """An article's key figures, each with the link to its sentence."""
    return [
        {**fact, "link": entry.content_url + text_fragment(fact["quote"])}
        for fact in entry.meta.get("facts") or []
    ]


def by_published_year(article_entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    return [
        (year, list(group))
        for year, group in groupby(article_entries, key=lambda e: (e.published or "")[:4])
    ]


def timeline_json(events: list[TimelineEvent], lang: str, site_url: str, title: dict) -> dict:
    """The timeline in TimelineJS3's JSON format, each event with its `source`."""

    def date(iso: str) -> dict:
        parts = iso.split("-")
        keys = ("year", "month", "day")
        return {key: int(part) for key, part in zip(keys, parts, strict=False)}

    def event_json(event: TimelineEvent) -> dict:
        data = {"start_date": date(event.date)}
        if event.end:
            data["end_date"] = date(event.end)
        # TimelineJS renders these as HTML: escape them so a quote is only text.
        data["text"] = {"headline": html.escape(event.text), "text": html.escape(event.quote)}
        data["unique_id"] = event.unique_id
        data["source"] = {
            "slug": event.entry.slug,
            "url": site_url + event.link,
            "lang": event.entry.content_lang,
            "quote": event.quote,
        }
        if event.inferred:
            data["inferred"] = True
        return data

    title = {key: html.escape(value) for key, value in title.items()}
    return {"title": {"text": title}, "events": [event_json(event) for event in events]}


def facts_json(article_entries: list[Entry], site_url: str) -> list[dict]:
    """Every key figure with the article and sentence it comes from."""
    result = []
    for entry in article_entries:
        for fact in figures(entry):
            item = {key: value for key, value in fact.items() if key not in {"link", "quote"}}
            item["source"] = {
                "slug": entry.slug,
                "url": site_url + fact["link"],
                "lang": entry.content_lang,
                "quote": fact["quote"],
            }
            result.append(item)
    return result
