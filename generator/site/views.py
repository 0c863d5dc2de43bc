"""What templates may ask of the whole site, computed only when asked, and per-page views.

Templates read these and never compute: the article lists, the timeline page by
decade, the key-figures page by year, the translation status table, an article's
description (its lede) and its JSON-LD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import languages
from generator.site import figures as figure_views
from generator.site import timeline as timelines
from generator.site.entries import Entry, by_published_year
from generator.text.markdown import unescape_markdown

DESCRIPTION_LENGTH = 160  # about what a search result shows of a description


class SiteView:
    """The site as a reader of one language sees it (`microsite` in templates)."""

    def __init__(self, plugin, lang: str):
        self._plugin, self.lang = plugin, lang

    @property
    def languages(self) -> tuple[str, ...]:
        return languages.codes()

    @property
    def articles(self) -> list[Entry]:
        return self._plugin.entries(self.lang)

    @property
    def latest(self) -> list[Entry]:
        return self.articles[: self._plugin.config.home_articles]

    @property
    def archive(self):
        return by_published_year(self.articles)

    @property
    def timeline(self):
        return timelines.by_year(self._plugin.timeline(self.lang))

    def timeline_page(self, page) -> dict:
        """The events one timeline page shows, the decade pages around it and, on the first,
        the story so far: the happenings editors marked as milestones, each linked to its
        entry."""
        events = self._plugin.timeline(self.lang)
        decades = self._plugin.decades()
        milestones = [
            (event, timelines.entry_url(event, decades)) for event in events if event.milestone
        ]
        if not decades:
            return {
                "years": timelines.by_year(events),
                "decades": [],
                "decade": None,
                "milestones": milestones,
            }
        decade = page.meta.get("decade") or decades[0]
        shown = [event for event in events if timelines.decade(event.date) == decade]
        index = decades.index(decade)
        return {
            "years": timelines.by_year(shown),
            "milestones": milestones if index == 0 else [],
            "decade": decade,
            "decades": [(d, timelines.decade_url(d, decades)) for d in decades],
            "previous": timelines.decade_url(decades[index - 1], decades) if index else None,
            "next": timelines.decade_url(decades[index + 1], decades)
            if index + 1 < len(decades)
            else None,
        }

    def figures(self, entry: Entry) -> list[figure_views.FactView]:
        return figure_views.figures(entry)

    def figures_page(self, page) -> dict:
        """The articles one key-figures page shows, and the year pages around it."""
        years = self._plugin.figure_years()
        if not years:
            return {"articles": self.articles, "years": [], "year": None}
        year = page.meta.get("year", years[0])
        return {
            "articles": [e for e in self.articles if (e.published or "")[:4] == year],
            "year": year,
            "years": [(y, "figures/" if y == years[0] else f"figures/{y}/") for y in years],
        }

    @property
    def translation_status(self) -> list[dict]:
        """Each article: its original language, and each language's state."""
        pages, stale = self._plugin.pages, self._plugin.stale
        rows = []
        for entry in self.articles:
            states = {}
            for lang in languages.codes():
                meta = pages.get((entry.slug, lang))
                if meta is None:
                    states[lang] = "missing"
                elif not meta.is_translation:
                    states[lang] = "original"
                else:
                    states[lang] = "stale" if (entry.slug, lang) in stale else "current"
            rows.append({"entry": entry, "states": states})
        return rows


# A publisher's tag at the start of a lede: "(PLVN) -", "HANOI (VNA) -", "HÀ NỘI (TTXVN) –".
_AGENCY_TAG = re.compile(r"^(?P<place>[^()]{0,40}?)\s*\((?P<agency>[^()\s]{2,12})\)\s*[-–—]\s+")


def lede(body: str) -> str:
    """An article's first paragraph as plain text, for its description, feed item and card.

    The publisher's tag is left out (the page names its source), and a long lede is cut
    at a word to about what a search result shows.
    """
    for block in re.split(r"\n\s*\n", body):
        if not block.strip() or block.lstrip().startswith(("#", "<")):
            continue  # a heading or markup, not the lede
        text = " ".join(unescape_markdown(block).split())
        return shorten(_without_agency_tag(text), DESCRIPTION_LENGTH)
    return ""


def shorten(text: str, limit: int) -> str:
    """`text` if it is at most `limit` characters, else its first words and "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def _without_agency_tag(text: str) -> str:
    match = _AGENCY_TAG.match(text)
    if match and match["agency"].isupper() and match["place"] == match["place"].upper():
        return text[match.end() :]
    return text


@dataclass(frozen=True)
class Publisher:
    """The site as the publisher of its pages, for JSON-LD: its name in the page's language."""

    name: str
    url: str
    logo_url: str
    logo_size: int

    def as_json_ld(self) -> dict:
        logo = {
            "@type": "ImageObject",
            "url": self.logo_url,
            "width": self.logo_size,
            "height": self.logo_size,
        }
        return {"@type": "Organization", "name": self.name, "url": self.url, "logo": logo}


def news_article(
    entry: Entry,
    counterpart: Entry | None,
    canonical_url: str,
    site_url: str,
    *,
    publisher: Publisher,
    image_url: str,
    description: str = "",
):
    """schema.org NewsArticle of an article page, for its JSON-LD (Google's article guidance:
    headline, image, dates, author, publisher with its logo).

    The dates are given only when the publication day is known (`Entry.published_day`);
    the author is the person named, or else the news organisation the article comes from,
    and is left out when neither is known rather than guessed.
    """
    meta = entry.meta
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": entry.title,
        "inLanguage": entry.lang,
        "url": canonical_url,
        "mainEntityOfPage": canonical_url,
        "image": [image_url],
    }
    if description:
        data["description"] = description
    if entry.published_day:
        data["datePublished"] = entry.published_day
    modified = [day for day in (entry.published_day, *_correction_days(meta)) if day]
    if modified:  # a correction is dated to the day even when the publication is not
        data["dateModified"] = max(modified)
    author = _author(meta)
    if author:
        data["author"] = author
    data["publisher"] = publisher.as_json_ld()
    if meta.source.url:
        data["isBasedOn"] = _source_article(meta.source)
    original = meta.translation_of
    if original and counterpart:
        data["translationOfWork"] = {
            "@type": "NewsArticle",
            "url": site_url + counterpart.url,
            "inLanguage": original.lang,
        }
    elif counterpart and counterpart.available:
        data["workTranslation"] = {
            "@type": "NewsArticle",
            "url": site_url + counterpart.url,
            "inLanguage": counterpart.lang,
        }
    return data


def _author(meta) -> dict | None:
    if meta.author:
        return {"@type": "Person", "name": meta.author}
    if meta.source.name:
        return {"@type": "Organization", "name": meta.source.name}
    return None


def _source_article(source) -> dict:
    """The original report the page republishes: its address and its publisher."""
    based_on = {"@type": "NewsArticle", "url": source.url}
    if source.name:
        based_on["publisher"] = {"@type": "Organization", "name": source.name}
    return based_on


def _correction_days(meta) -> list[str]:
    """The days of the page's corrections (front matter `corrections`)."""
    return [correction.date for correction in meta.corrections]
