"""The articles as a reader of one language meets them, newest first.

Every article exists in every language on the site: where no page was written in the
reader's language, the article is shown from its original, marked with the original's
language, and its URL in the reader's language is an "only available in …" page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from urllib.parse import quote

from generator import languages
from generator.contract.model import ArticleMeta


def page_url(slug: str, lang: str) -> str:
    """Where an article lives, relative to the site root: "articles/x/", "vi/articles/x/"."""
    return f"{languages.prefix(lang)}articles/{slug}/"


@dataclass(frozen=True)
class Entry:
    """An article as a reader of `lang` meets it."""

    slug: str
    lang: str  # the reader's language
    content_lang: str  # the language of the page the entry's texts come from
    meta: ArticleMeta  # that page's front matter
    url: str  # the article's URL in the reader's language
    content_url: str  # the URL of the page the texts (and quotes) are on

    @property
    def available(self) -> bool:
        return self.content_lang == self.lang

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def published(self) -> str | None:
        return self.meta.published

    @property
    def published_day(self) -> str | None:
        """The publication day when it is known: a full date, not inferred, else None.

        Feeds and search engines take a date as a day (RSS `pubDate`, JSON-LD
        `datePublished`); giving them "2025" would mean inventing 1 January, and an
        inferred date is a guess the page marks as unverified.
        """
        published = self.meta.published
        if published and len(published) == 10 and not self.meta.published_inferred:
            return published
        return None


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


def entries(pages: dict[tuple[str, str], ArticleMeta], lang: str) -> list[Entry]:
    """One entry per article, newest first, for a reader of `lang`.

    `pages` maps (slug, lang) to front matter. An article with no page in `lang` is
    shown from its original (the page that is not a translation), or failing that
    from its page in the first language that has one.
    """
    result = []
    for slug in sorted({slug for slug, _ in pages}):
        content_lang = lang if (slug, lang) in pages else _original_language(pages, slug)
        meta = pages[(slug, content_lang)]
        result.append(
            Entry(
                slug, lang, content_lang, meta, page_url(slug, lang), page_url(slug, content_lang)
            )
        )
    return sorted(result, key=_newest_first)


def _original_language(pages: dict, slug: str) -> str:
    present = [code for code in languages.codes() if (slug, code) in pages]
    originals = [code for code in present if not pages[(slug, code)].is_translation]
    return (originals or present)[0]


def _newest_first(entry: Entry) -> tuple:
    published = entry.published or ""
    return (published == "", tuple(-ord(ch) for ch in published), entry.slug)


def by_published_year(article_entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """Articles grouped by the year they were published, in the order given (newest first)."""
    return [
        (year, list(group))
        for year, group in groupby(article_entries, key=lambda e: (e.published or "")[:4])
    ]
