"""What templates may ask of the whole site, computed only when asked, and per-page views.

Templates read these and never compute: the article lists, the timeline page by
decade, the key-figures page by year, the translation status table and an article's
JSON-LD.
"""

from __future__ import annotations

from generator import languages
from generator.site import figures as figure_views
from generator.site import timeline as timelines
from generator.site.entries import Entry, by_published_year


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
        """The events one timeline page shows, and the decade pages around it."""
        events = self._plugin.timeline(self.lang)
        decades = self._plugin.decades()
        if not decades:
            return {"years": timelines.by_year(events), "decades": [], "decade": None}
        decade = page.meta.get("decade") or decades[0]
        shown = [event for event in events if timelines.decade(event.date) == decade]
        index = decades.index(decade)
        return {
            "years": timelines.by_year(shown),
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


def news_article(entry: Entry, counterpart: Entry | None, canonical_url: str, site_url: str):
    """schema.org NewsArticle of an article page, for its JSON-LD."""
    meta = entry.meta
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": entry.title,
        "inLanguage": entry.lang,
        "url": canonical_url,
        "mainEntityOfPage": canonical_url,
    }
    if entry.published:
        data["datePublished"] = entry.published
    if meta.source.name:
        data["publisher"] = {"@type": "Organization", "name": meta.source.name}
    if meta.author:
        data["author"] = {"@type": "Person", "name": meta.author}
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
