"""The MkDocs plugin: glue between MkDocs' build events and the site's derivations.

On every build (and every rebuild under `mkdocs serve`) it reads the front matter of
all article pages once, checks it (the build stops with the same `file:line: key:
problem` lines as `python -m generator check`), and gives the templates what they
show (`views`): the article lists, the timeline, the fact boxes and the key figures.
It adds an "only available in …" page for each article not yet translated (kept out
of search engines), points the language switcher at the same page in the other
language and `hreflang` at the real translations only, and writes the feeds, the
sitemaps, the share images, one "page not found" page per language and the search
index once every language is built.

mkdocs-static-i18n builds the default language, then builds each other language
from inside its own `on_post_build`, with the same config object and site folder;
this plugin reads the pages once per outer build, remembers what each language's
build configured (its site name) and rendered (its 404 page), and writes each
language's files from its own values.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jinja2.utils import htmlsafe_json_dumps
from markupsafe import escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator import languages
from generator.contract import frontmatter
from generator.contract.model import ArticleMeta
from generator.contract.pages import check_site_pages, expected_identity, load_articles
from generator.contract.translations import stale_translations, translation_problems
from generator.site import entries as articles
from generator.site import feeds, localize, search, share, sitemaps
from generator.site import figures as figure_views
from generator.site import timeline as timelines
from generator.site.views import Publisher, SiteView, lede, news_article

log = get_plugin_logger("microsite")
_PERMALINK_TITLE = 'title="Permanent link"'  # markdown.extensions.toc's permalink_title

ARTICLES = "articles/"
NOT_FOUND = "404.html"
SHARE_IMAGE = "share.png"  # next to each article page, and at each language's root
PUBLISHER_LOGO = "assets/publisher-logo.png"


@dataclass(frozen=True)
class SiteIdentity:
    """The site's name and tagline in one language, as that language's build set them."""

    name: str
    description: str


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
        self.pages: dict[tuple[str, str], ArticleMeta] = {}
        self.lang = languages.default()
        self._cache: dict = {}  # what one build derives from the pages, computed when first asked
        # mkdocs-static-i18n runs the other languages' builds inside the default
        # one and leaves its current language at the last one built, so each
        # build remembers its own language from start to end.
        self._building: list[str] = []
        # Every page's path below its language's root, and the languages with a real page
        # there (not an "only available in …" page): what the sitemaps list.
        self._paths: dict[str, frozenset[str]] = {}
        self.stale: dict[tuple[str, str], str] = {}
        self.ledes: dict[tuple[str, str], str] = {}  # each page's first paragraph, shortened
        # mkdocs-static-i18n leaves the config at the last language built: each build's
        # own name and tagline, and its rendered 404 page, are kept for its own files.
        self._sites: dict[str, SiteIdentity] = {}
        self._not_found: dict[str, str] = {}

    # --- which language is being built -------------------------------------------------

    def _i18n(self, config):
        return config.plugins.get("i18n")

    def _current_language(self, config) -> str:
        i18n = self._i18n(config)
        if i18n is not None and getattr(i18n, "current_language", None):
            return i18n.current_language
        return config.theme.get("language", languages.default())

    def _is_nested_build(self, config) -> bool:
        i18n = self._i18n(config)
        return bool(i18n is not None and getattr(i18n, "building", False))

    # --- reading the articles ------------------------------------------------------------

    def on_pre_build(self, config):
        lang = self._current_language(config)
        self._building.append(lang)
        self._sites[lang] = SiteIdentity(config.site_name, config.site_description or "")
        _translate_palette(config, lang)
        if self._is_nested_build(config):
            return  # another language of the same build: the pages were read already
        found, problems = load_articles(Path(config.docs_dir))
        problems += check_site_pages(Path(config.docs_dir))
        if problems:
            lines = "\n".join(f"  {problem}" for problem in problems)
            raise PluginError(
                f"front matter has {len(problems)} problem(s):\n{lines}\n"
                "(run `python -m generator check` for the same list)"
            )
        self.stale = stale_translations(found)
        for problem in translation_problems(found, self.stale)[0]:
            log.info("%s", problem)  # upkeep for `generator check`, not a reason to stop
        self.pages = {key: ArticleMeta.from_dict(page.meta) for key, (_, page) in found.items()}
        self.ledes = {key: lede(page.body) for key, (_, page) in found.items()}
        self._cache = {}
        self._paths = {}
        self._not_found = {}

    def _cached(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def entries(self, lang: str) -> list[articles.Entry]:
        return self._cached(("entries", lang), lambda: articles.entries(self.pages, lang))

    def timeline(self, lang: str) -> list[timelines.TimelineEvent]:
        """Every event for a reader of `lang`, computed once a build (pages, feeds, decades)."""
        return self._cached(("timeline", lang), lambda: timelines.timeline(self.entries(lang)))

    def entry(self, slug: str, lang: str) -> articles.Entry | None:
        by_slug = self._cached(
            ("by-slug", lang), lambda: {entry.slug: entry for entry in self.entries(lang)}
        )
        return by_slug.get(slug)

    # --- files: one page per article per language ---------------------------------------

    def decades(self) -> list[int]:
        """The timeline's decade pages, the same in every language; empty when not split."""

        def compute() -> list[int]:
            counts = [len(self.timeline(lang)) for lang in languages.codes()]
            if max(counts) <= self.config.timeline_page_events:
                return []
            events = [event for lang in languages.codes() for event in self.timeline(lang)]
            return sorted({timelines.decade(event.date) for event in events})

        return self._cached("decades", compute)

    def figure_years(self) -> list[str]:
        """Publication years of the key-figures pages, newest first; empty when not split."""

        def compute() -> list[str]:
            entries = self.entries(languages.default())
            if len(entries) <= self.config.figures_page_articles:
                return []
            return [year for year, _ in articles.by_published_year(entries)]

        return self._cached("figure-years", compute)

    @event_priority(-110)  # after mkdocs-static-i18n has picked this language's files
    def on_files(self, files: Files, config) -> Files:
        self.lang = lang = self._current_language(config)
        prefix = languages.prefix(lang)
        title = localize.labels(lang)["timeline_title"]
        for decade in self.decades()[1:]:  # the first decade is on the timeline page itself
            meta = {"title": f"{title}: {decade}s", "template": "timeline.html", "decade": decade}
            _add_page(
                files, config, f"timeline/{decade}s.{lang}.md", f"{prefix}timeline/{decade}s/", meta
            )
        figures_title = localize.labels(lang)["figures_title"]
        for year in self.figure_years()[1:]:  # the newest year is on the figures page itself
            meta = {"title": f"{figures_title}: {year}", "template": "figures.html", "year": year}
            _add_page(files, config, f"figures/{year}.{lang}.md", f"{prefix}figures/{year}/", meta)
        for entry in self.entries(lang):
            if not entry.available:
                meta = {"title": entry.title, "template": "unavailable.html"}
                _add_page(files, config, f"{ARTICLES}{entry.slug}.{lang}.md", entry.url, meta)
        return files

    def on_pre_page(self, page: Page, config, files) -> Page:
        """Whatever stops a page from being built is reported with its file, not a traceback.

        MkDocs lets some errors of Markdown and links escape as tracebacks (a link to
        "http://[" raises deep in `urlsplit`); `check` finds the ones it can name.
        """
        render = page.render

        def render_or_explain(*args, **kwargs):
            try:
                return render(*args, **kwargs)
            except MkDocsException:
                raise
            except Exception as error:
                where = page.file.src_path
                raise PluginError(f"{where}: cannot be built: {error}") from error

        page.render = render_or_explain
        return page

    def on_page_markdown(self, markdown: str, page: Page, config, files) -> str:
        identity = self._identity(page)
        if identity and "template" not in page.meta:
            page.meta["template"] = "article.html"
        if identity in self.ledes and not page.meta.get("description"):
            page.meta["description"] = self.ledes[identity]  # the lede, not the site's tagline
        if page.meta.get("title") is not None:
            # A headline is text, never markup: themes print the title raw in
            # <title>, the header and the navigation.
            safe = escape(str(page.meta["title"]))
            page.meta["title"] = safe
            page.title = safe
        # search: Pagefind indexes the built articles (generator/site/search.py); Material's
        # lunr index would send every reader the whole archive, so it stays empty.
        page.meta["search"] = {"exclude": True}
        return markdown

    def on_page_content(self, html: str, page: Page, config, files) -> str:
        # Python-Markdown's toc writes its anchors' title in English on every page.
        permalink = localize.labels(self._current_language(config)).get("permalink")
        return html.replace(_PERMALINK_TITLE, f'title="{escape(permalink)}"') if permalink else html

    def _identity(self, page: Page) -> tuple[str, str] | None:
        src = page.file.src_uri
        if not src.startswith(ARTICLES) or src.startswith(ARTICLES + "index."):
            return None
        return expected_identity(Path(src))

    # --- templates -------------------------------------------------------------------

    def on_env(self, env, config, files):
        lang = self._current_language(config)
        _autoescape_our_templates(env, config)
        env.filters["local_date"] = lambda iso, lang=lang: localize.format_date(iso, lang)
        env.filters["local_range"] = lambda start, end=None, lang=lang: localize.format_range(
            start, end, lang
        )
        env.filters["local_figure"] = lambda fact, lang=lang: localize.format_figure(
            fact.value, fact.unit, lang, fact.value_max
        )
        env.globals["t"] = localize.labels(lang)
        env.globals["theme_words"] = env.globals["t"].get("theme") or {}  # partials/language.html
        env.globals["lang_code"] = lang
        env.globals["root"] = languages.prefix(lang)
        env.globals["og_locale"] = languages.get(lang).og_locale
        env.globals["other_languages"] = [languages.get(code) for code in languages.others(lang)]
        return env

    def on_page_context(self, context, page: Page, config, nav):
        lang = self.lang
        site_url = _site_url(config)
        context["lang_code"] = lang
        context["microsite"] = SiteView(self, lang)
        identity = self._identity(page)
        entry = self.entry(identity[0], lang) if identity else None
        if identity:
            counterpart = self._counterpart(entry) if entry else None
            context["entry"] = entry
            context["facts"] = figure_views.figures(entry) if entry else []
            context["original"] = entry.meta.translation_of if entry else None
            context["counterpart"] = counterpart
            if entry and entry.available:
                context["news_article"] = news_article(
                    entry,
                    counterpart,
                    page.canonical_url,
                    site_url,
                    publisher=self._publisher(lang, site_url),
                    image_url=self._share_image(entry, lang, site_url)["url"],
                    description=self.ledes.get((entry.slug, lang), ""),
                )
            elif entry:
                context["noindex"] = True  # "only available in …": not a page to search for
        context["share_image"] = self._share_image(entry, lang, site_url)
        path = languages.split_url(page.url)[1]
        present = self._languages_with_page(identity)
        if lang in present:
            self._paths[path] = present
            context["hreflang_alternates"] = sitemaps.alternates(path, present, site_url)
        _set_language_menu(config, self._language_menu(path))
        return context

    def _languages_with_page(self, identity: tuple[str, str] | None) -> frozenset[str]:
        """Where a page really exists: every language for the site's own pages; for an
        article, the languages it is written in (not its "only available in …" pages)."""
        if identity is None:
            return frozenset(languages.codes())
        entries = (self.entry(identity[0], code) for code in languages.codes())
        return frozenset(entry.lang for entry in entries if entry and entry.available)

    def _counterpart(self, entry: articles.Entry) -> articles.Entry | None:
        """The original of a translation; for an original, its first translation (or the page
        in the other language that says there is none yet)."""
        original = entry.meta.translation_of
        if original is not None:
            return self.entry(entry.slug, original.lang)
        others = [self.entry(entry.slug, lang) for lang in languages.others(entry.lang)]
        return next((other for other in others if other and other.available), others[0])

    def _language_menu(self, path: str) -> list[dict]:
        """The language switcher: the same page in each language (every page exists in all
        of them, if only to say it is not translated yet)."""
        return [
            {"name": language.name, "lang": language.code, "link": (language.prefix + path) or "./"}
            for language in languages.LANGUAGES
        ]

    def _share_image(self, entry: articles.Entry | None, lang: str, site_url: str) -> dict:
        """The og:image of a page: its article's card (the original's, on an "only available
        in …" page), or the site's card in the page's language."""
        if entry is None:
            url, alt = site_url + languages.prefix(lang) + SHARE_IMAGE, self._sites[lang].name
        else:
            url, alt = site_url + entry.content_url + SHARE_IMAGE, entry.title
        return {"url": url, "alt": alt, "width": share.WIDTH, "height": share.HEIGHT}

    def _publisher(self, lang: str, site_url: str) -> Publisher:
        return Publisher(
            name=self._sites[lang].name,
            url=site_url + languages.prefix(lang),
            logo_url=site_url + PUBLISHER_LOGO,
            logo_size=share.LOGO_SIZE,
        )

    # --- the "page not found" page, one per language -----------------------------------

    def on_template_context(self, context, template_name: str, config):
        """The 404 page of the language being built: not for search engines, its language
        menu to each language's home and, on the default one (the only one GitHub Pages
        serves), a place for the other languages' 404 pages (`_not_found_page`)."""
        if template_name != NOT_FOUND:
            return context
        lang = self._building[-1] if self._building else self._current_language(config)
        site_path = urlsplit(_site_url(config)).path
        context["noindex"] = True
        context["site_path"] = site_path
        context["home_url"] = site_path + languages.prefix(lang)
        context["not_found_pages"] = (
            {
                site_path + other.prefix: {
                    "lang": other.code,
                    "html": _not_found_marker(other.code),
                }
                for other in languages.LANGUAGES
                if not other.default
            }
            if lang == languages.default()
            else {}
        )
        _set_language_menu(
            config,
            [
                {"name": language.name, "lang": language.code, "link": site_path + language.prefix}
                for language in languages.LANGUAGES
            ],
        )
        return context

    def on_post_template(self, output: str, template_name: str, config) -> str:
        if template_name == NOT_FOUND:
            lang = self._building[-1] if self._building else self._current_language(config)
            self._not_found[lang] = output  # every language's build writes /404.html
        return output

    # --- feeds -------------------------------------------------------------------------

    @event_priority(-110)  # after mkdocs-static-i18n has built the other languages
    def _on_post_build_feeds(self, config):
        lang = self._building.pop() if self._building else self._current_language(config)
        out = Path(config.site_dir) / languages.prefix(lang)
        if lang in self._not_found:
            # Its own folder; for the default language, the root, which the other
            # languages' builds have overwritten with theirs meanwhile.
            feeds.write(out / NOT_FOUND, self._not_found_page(lang).encode("utf-8"))
        self._write_share_images(config, lang)
        if not self.config.feeds:
            return
        entries = self.entries(lang)
        site_url = _site_url(config)
        site = self._sites[lang]
        labels = localize.labels(lang)
        title = {"headline": site.name, "text": labels["timeline_intro"]}
        feeds.write_json(
            out / "timeline.json", timelines.timeline_json(self.timeline(lang), site_url, title)
        )
        feeds.write_json(out / "facts.json", figure_views.facts_json(entries, site_url))
        feeds.write(
            out / feeds.FEED_FILE,
            feeds.rss(entries, lang, site_url, site.name, site.description, self.ledes),
        )
        if lang == languages.default() and not self._is_nested_build(config):
            # The whole site is built: replace the i18n sitemap (it stamps the
            # build date and lacks x-default and the generated pages).
            root = Path(config.site_dir)
            files = sitemaps.sitemaps(self._paths, site_url)
            for name, data in files.items():
                feeds.write(root / name, data)
            feeds.write(root / "sitemap.xml.gz", sitemaps.gzipped(files["sitemap.xml"]))
            feeds.write(root / "robots.txt", sitemaps.robots(site_url))

    def _not_found_page(self, lang: str) -> str:
        """The 404 page of `lang`; the default language's with every other language's page
        in it, which its first script shows on a path inside that language."""
        page = self._not_found[lang]
        if lang == languages.default():
            for code in languages.others(lang):
                marker = htmlsafe_json_dumps(_not_found_marker(code))
                page = page.replace(marker, htmlsafe_json_dumps(self._not_found.get(code, "")))
        return page

    def _write_share_images(self, config, lang: str) -> None:
        """Each article's card next to its page, the site's card at the language's root,
        and (once) the publisher's logo: a few milliseconds each (generator/site/share.py)."""
        root = Path(config.site_dir)
        site = self._sites[lang]
        site_card = share.Card(site.description or site.name, site.name)
        feeds.write(root / languages.prefix(lang) / SHARE_IMAGE, share.card_png(site_card))
        for entry in self.entries(lang):
            if entry.available:
                card = share.Card(entry.title, site.name, _card_date(entry, lang))
                feeds.write(root / entry.url / SHARE_IMAGE, share.card_png(card))
        if lang == languages.default() and not self._is_nested_build(config):
            feeds.write(root / PUBLISHER_LOGO, share.logo_png())

    # --- search (generator/site/search.py) --------------------------------------------

    @event_priority(-120)  # search: after every language is built, once per outer build
    def _on_post_build_search(self, config):
        if self._is_nested_build(config):
            return
        counts = {
            lang: sum(entry.available for entry in self.entries(lang)) for lang in languages.codes()
        }
        try:
            search.build(Path(config.site_dir), counts)
        except search.SearchIndexError as error:
            raise PluginError(str(error)) from error

    on_post_build = CombinedEvent(_on_post_build_feeds, _on_post_build_search)

    def on_build_error(self, error, **kwargs):
        self._building.clear()  # the next build under `mkdocs serve` starts afresh


def _site_url(config) -> str:
    """The site's address with one final slash, as every absolute link is built from."""
    return (config.site_url or "/").rstrip("/") + "/"


def _not_found_marker(lang: str) -> str:
    """Where the default 404 page will hold the 404 page of `lang`, built after it."""
    return f"nsg-not-found-page:{lang}"


def _set_language_menu(config, alternates: list[dict]) -> None:
    """What Material's language switcher lists (`extra.alternate`).

    mkdocs-static-i18n sets `extra.alternate` as an attribute, which templates read
    before the mapping's item; set both so ours wins on every page.
    """
    config.extra["alternate"] = alternates
    object.__setattr__(config.extra, "alternate", alternates)


def _card_date(entry: articles.Entry, lang: str) -> str:
    """The date a share card shows, as the page writes it, marked if it was inferred."""
    if not entry.published:
        return ""
    date = localize.format_date(entry.published, lang)
    if entry.meta.published_inferred:
        return f"{date} ({localize.labels(lang)['review_mark']})"
    return date


def _autoescape_our_templates(env, config) -> None:
    """Every template of ours (overrides/) escapes what it prints unless told it is HTML.

    MkDocs' environment leaves autoescaping off, and Material's own templates rely on it;
    ours print front matter, so a value is text however it was written. Jinja decides per
    template when compiling it, so Material's blocks stay as they are and ours escape.
    """
    custom_dir = config.theme.custom_dir
    if not custom_dir:
        return
    ours = {path.relative_to(custom_dir).as_posix() for path in Path(custom_dir).rglob("*.html")}
    theirs = env.autoescape
    env.autoescape = lambda name: name in ours or (theirs(name) if callable(theirs) else theirs)


def _translate_palette(config, lang: str) -> None:
    """The colour-scheme toggle's names in the language being built (locales/<lang>.yml)."""
    names = localize.labels(lang).get("palette_toggle") or {}
    for option in config.theme.get("palette") or []:
        toggle = option.get("toggle") if isinstance(option, dict) else None
        if toggle and option.get("scheme") in names:
            toggle["name"] = names[option["scheme"]]


def _add_page(files: Files, config, src_uri: str, url: str, meta: dict) -> None:
    """A page the plugin makes at build time, at `url` below the site root."""
    file = File.generated(config, src_uri, content=frontmatter.dump(meta, ""))
    file.dest_uri = url + "index.html"
    file.url = url
    file.abs_dest_path = str(Path(config.site_dir) / file.dest_uri)
    files.append(file)
