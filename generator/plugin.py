"""The MkDocs plugin: derives the site's aggregate pages from front matter at build time.

On every build (and every rebuild under `mkdocs serve`) it reads the front
matter of all article pages once, checks it (the build stops with the same
`file:line: key: problem` lines as `python -m generator check`), and gives
the templates what they show: the article lists, the timeline, the fact boxes
and the key figures. It adds an "only available in …" page for each article
not yet translated, points the language switcher and `hreflang` at the same
page in the other language, and writes the JSON feeds.

mkdocs-static-i18n builds the default language, then builds each other
language from inside its own `on_post_build`; this plugin reads the pages once
per outer build and serves both.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator import feeds, frontmatter, localize, search, site
from generator.check import expected_identity, load_articles
from generator.translations import stale_translations, translation_problems

log = logging.getLogger("mkdocs.plugins.microsite")

ARTICLES = "articles/"


class MicrositeConfig(Config):
    home_articles = config_options.Type(int, default=10)
    feeds = config_options.Type(bool, default=True)
    # Above this many events the timeline is split into one page per decade,
    # so no reader downloads thousands of events to see the first screen.
    timeline_page_events = config_options.Type(int, default=400)
    # Likewise the key figures: above this many articles, one page per year.
    figures_page_articles = config_options.Type(int, default=100)


class MicrositePlugin(BasePlugin[MicrositeConfig]):
    supports_multiple_instances = False

    def __init__(self):
        self.pages: dict[tuple[str, str], dict] = {}
        self.lang = site.DEFAULT_LANGUAGE
        self._cache: dict = {}  # what one build derives from the pages, computed when first asked
        # mkdocs-static-i18n runs the other languages' builds inside the default
        # one and leaves its current language at the last one built, so each
        # build remembers its own language from start to end.
        self._building: list[str] = []
        self._paths: set[str] = set()  # every page's path below its language's root
        self.stale: dict[tuple[str, str], str] = {}

    # --- which language is being built -------------------------------------------------

    def _i18n(self, config):
        return config.plugins.get("i18n")

    def _current_language(self, config) -> str:
        i18n = self._i18n(config)
        if i18n is not None and getattr(i18n, "current_language", None):
            return i18n.current_language
        return config.theme.get("language", site.DEFAULT_LANGUAGE)

    def _is_nested_build(self, config) -> bool:
        i18n = self._i18n(config)
        return bool(i18n is not None and getattr(i18n, "building", False))

    # --- reading the articles ------------------------------------------------------------

    def on_pre_build(self, config):
        self._building.append(self._current_language(config))
        if self._is_nested_build(config):
            return  # the other language of the same build: the pages were read already
        found, problems = load_articles(Path(config.docs_dir))
        if problems:
            lines = "\n".join(f"  {problem}" for problem in problems)
            raise PluginError(
                f"article front matter has {len(problems)} problem(s):\n{lines}\n"
                "(run `python -m generator check` for the same list)"
            )
        self.stale = stale_translations(found)
        for problem in translation_problems(found, self.stale)[0]:
            log.info("%s", problem)  # upkeep for `generator check`, not a reason to stop
        self.pages = {key: page.meta for key, (_, page) in found.items()}
        self._cache = {}
        self._paths = set()

    def _cached(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def entries(self, lang: str) -> list[site.Entry]:
        return self._cached(("entries", lang), lambda: site.entries(self.pages, lang))

    def timeline(self, lang: str) -> list[site.TimelineEvent]:
        """Every event for a reader of `lang`, computed once a build (pages, feeds, decades)."""
        return self._cached(("timeline", lang), lambda: site.timeline(self.entries(lang)))

    def entry(self, slug: str, lang: str) -> site.Entry | None:
        by_slug = self._cached(
            ("by-slug", lang), lambda: {entry.slug: entry for entry in self.entries(lang)}
        )
        return by_slug.get(slug)

    # --- files: one page per article per language ---------------------------------------

    def decades(self) -> list[int]:
        """The timeline's decade pages, the same in both languages; empty when not split."""

        def compute() -> list[int]:
            events = [event for lang in site.LANGUAGES for event in self.timeline(lang)]
            counts = [len(self.timeline(lang)) for lang in site.LANGUAGES]
            if max(counts) <= self.config.timeline_page_events:
                return []
            return sorted({site.decade(event.date) for event in events})

        return self._cached("decades", compute)

    def figure_years(self) -> list[str]:
        """Publication years of the key-figures pages, newest first; empty when not split."""

        def compute() -> list[str]:
            articles = self.entries(site.DEFAULT_LANGUAGE)
            if len(articles) <= self.config.figures_page_articles:
                return []
            return [year for year, _ in site.by_published_year(articles)]

        return self._cached("figure-years", compute)

    @event_priority(-110)  # after mkdocs-static-i18n has picked this language's files
    def on_files(self, files: Files, config) -> Files:
        self.lang = self._current_language(config)
        prefix = "" if self.lang == site.DEFAULT_LANGUAGE else f"{self.lang}/"
        title = localize.labels(self.lang)["timeline_title"]
        for decade in self.decades()[1:]:  # the first decade is on the timeline page itself
            meta = {"title": f"{title}: {decade}s", "template": "timeline.html", "decade": decade}
            _add_page(
                files,
                config,
                f"timeline/{decade}s.{self.lang}.md",
                f"{prefix}timeline/{decade}s/",
                meta,
            )
        figures_title = localize.labels(self.lang)["figures_title"]
        for year in self.figure_years()[1:]:  # the newest year is on the figures page itself
            meta = {"title": f"{figures_title}: {year}", "template": "figures.html", "year": year}
            _add_page(
                files, config, f"figures/{year}.{self.lang}.md", f"{prefix}figures/{year}/", meta
            )
        for entry in self.entries(self.lang):
            if not entry.available:
                meta = {"title": entry.title, "template": "unavailable.html"}
                _add_page(files, config, f"{ARTICLES}{entry.slug}.{self.lang}.md", entry.url, meta)
        return files

    def on_page_markdown(self, markdown: str, page: Page, config, files) -> str:
        identity = self._identity(page)
        if identity and "template" not in page.meta:
            page.meta["template"] = "article.html"
        if page.meta.get("title") is not None:
            # A headline is text, never markup: themes print the title raw in
            # <title>, the header and the navigation.
            safe = escape(str(page.meta["title"]))
            page.meta["title"] = safe
            page.title = safe
        # search: Pagefind indexes the built articles (generator/search.py); Material's
        # lunr index would send every reader the whole archive, so it stays empty.
        page.meta["search"] = {"exclude": True}
        return markdown

    def _identity(self, page: Page) -> tuple[str, str] | None:
        src = page.file.src_uri
        if not src.startswith(ARTICLES) or src.startswith(ARTICLES + "index."):
            return None
        return expected_identity(Path(src))

    # --- templates -------------------------------------------------------------------

    def on_env(self, env, config, files):
        lang = self._current_language(config)
        env.filters["local_date"] = lambda iso, lang=lang: localize.format_date(iso, lang)
        env.filters["local_range"] = lambda start, end=None, lang=lang: localize.format_range(
            start, end, lang
        )
        env.filters["local_figure"] = lambda fact, lang=lang: localize.format_figure(
            fact["value"], fact["unit"], lang, fact.get("value_max")
        )
        env.filters["json_script"] = _json_script
        env.globals["t"] = localize.labels(lang)
        env.globals["lang_code"] = lang
        return env

    def on_page_context(self, context, page: Page, config, nav):
        lang = self.lang
        context["lang_code"] = lang
        self._paths.add(_without_language(page.url))
        context["microsite"] = _SiteView(self, lang, config)
        identity = self._identity(page)
        if identity:
            slug = identity[0]
            entry = self.entry(slug, lang)
            context["entry"] = entry
            context["facts"] = site.figures(entry) if entry else []
            original = (entry.meta.get("translation_of") or {}) if entry else {}
            context["original"] = original
            context["counterpart"] = self.entry(slug, site.other(lang))
        # mkdocs-static-i18n sets `extra.alternate` as an attribute, which templates
        # read before the mapping's item; set both so ours wins on every page.
        alternates = self._alternates(page, config)
        config.extra["alternate"] = alternates
        object.__setattr__(config.extra, "alternate", alternates)
        return context

    def _alternates(self, page: Page, config) -> list[dict]:
        """The same page in each language: every page exists in both."""
        url = _without_language(page.url)
        names = {"en": "English", "vi": "Tiếng Việt"}
        return [
            {
                "name": names[lang],
                "lang": lang,
                "link": ((f"{lang}/" if lang != site.DEFAULT_LANGUAGE else "") + url) or "./",
                "absolute": config.site_url.rstrip("/")
                + "/"
                + (f"{lang}/" if lang != site.DEFAULT_LANGUAGE else "")
                + url,
            }
            for lang in site.LANGUAGES
        ]

    # --- feeds -------------------------------------------------------------------------

    @event_priority(-110)  # after mkdocs-static-i18n has built the other languages
    def _on_post_build_feeds(self, config):
        lang = self._building.pop() if self._building else self._current_language(config)
        if not self.config.feeds:
            return
        entries = self.entries(lang)
        prefix = "" if lang == site.DEFAULT_LANGUAGE else f"{lang}/"
        site_url = config.site_url.rstrip("/") + "/"
        labels = localize.labels(lang)
        title = {"headline": config.site_name, "text": labels["timeline_intro"]}
        out = Path(config.site_dir) / prefix
        _write_json(
            out / "timeline.json", site.timeline_json(self.timeline(lang), lang, site_url, title)
        )
        _write_json(out / "facts.json", site.facts_json(entries, site_url))
        feeds.write(
            out / "feed.xml",
            feeds.rss(entries, lang, site_url, config.site_name, config.site_description or ""),
        )
        if lang == site.DEFAULT_LANGUAGE and not self._is_nested_build(config):
            # The whole site is built: replace the i18n sitemap (it stamps the
            # build date and lacks x-default and the generated pages).
            root = Path(config.site_dir)
            sitemaps = feeds.sitemaps(self._paths, site_url)
            for name, data in sitemaps.items():
                feeds.write(root / name, data)
            feeds.write(root / "sitemap.xml.gz", feeds.gzipped(sitemaps["sitemap.xml"]))
            feeds.write(root / "robots.txt", feeds.robots(site_url))

    # --- search (generator/search.py) -------------------------------------------------

    @event_priority(-120)  # search: after every language is built, once per outer build
    def _on_post_build_search(self, config):
        if self._is_nested_build(config):
            return
        articles = {
            lang: sum(entry.available for entry in self.entries(lang)) for lang in site.LANGUAGES
        }
        try:
            search.build(Path(config.site_dir), articles)
        except search.SearchIndexError as error:
            raise PluginError(str(error)) from error

    on_post_build = CombinedEvent(_on_post_build_feeds, _on_post_build_search)

    def on_build_error(self, error, **kwargs):
        self._building.clear()  # the next build under `mkdocs serve` starts afresh


class _SiteView:
    """What templates may ask of the whole site, computed only when asked."""

    def __init__(self, plugin: MicrositePlugin, lang: str, config):
        self._plugin, self.lang, self._config = plugin, lang, config

    @property
    def articles(self) -> list[site.Entry]:
        return self._plugin.entries(self.lang)

    @property
    def latest(self) -> list[site.Entry]:
        return self.articles[: self._plugin.config.home_articles]

    @property
    def archive(self):
        return site.by_published_year(self.articles)

    @property
    def timeline(self):
        return site.by_year(self._plugin.timeline(self.lang))

    def timeline_page(self, page) -> dict:
        """The events one timeline page shows, and the decade pages around it."""
        events = self._plugin.timeline(self.lang)
        decades = self._plugin.decades()
        if not decades:
            return {"years": site.by_year(events), "decades": [], "decade": None}
        decade = page.meta.get("decade") or decades[0]
        shown = [event for event in events if site.decade(event.date) == decade]
        index = decades.index(decade)
        return {
            "years": site.by_year(shown),
            "decade": decade,
            "decades": [(d, site.decade_url(d, decades)) for d in decades],
            "previous": site.decade_url(decades[index - 1], decades) if index else None,
            "next": site.decade_url(decades[index + 1], decades)
            if index + 1 < len(decades)
            else None,
        }

    def figures(self, entry: site.Entry) -> list[dict]:
        return site.figures(entry)

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
            for lang in site.LANGUAGES:
                meta = pages.get((entry.slug, lang))
                if meta is None:
                    states[lang] = "missing"
                elif "translation_of" not in meta:
                    states[lang] = "original"
                else:
                    states[lang] = "stale" if (entry.slug, lang) in stale else "current"
            rows.append({"entry": entry, "states": states})
        return rows


def _add_page(files: Files, config, src_uri: str, url: str, meta: dict) -> None:
    """A page the plugin makes at build time, at `url` below the site root."""
    file = File.generated(config, src_uri, content=frontmatter.dump(meta, ""))
    file.dest_uri = url + "index.html"
    file.url = url
    file.abs_dest_path = str(Path(config.site_dir) / file.dest_uri)
    files.append(file)


def _without_language(url: str) -> str:
    for lang in site.LANGUAGES:
        if lang != site.DEFAULT_LANGUAGE and url.startswith(f"{lang}/"):
            return url[len(lang) + 1 :]
    return url


def _json_script(value) -> Markup:
    """JSON safe to put inside <script>: no "</script>" can close it early."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _write_json(path: Path, data) -> None:
    feeds.write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
