"""The one registry of the site's languages: codes, names, URL prefixes, how dates and numbers
are written, and which language is "the other one" for a page.

Everything else asks this module; nothing else spells a language code or the `/vi/` prefix.
The registry is data (`languages.yml` beside this file); mkdocs.yml hands the same list to
mkdocs-static-i18n (`languages: !!python/name:generator.languages.I18N_LANGUAGES`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import yaml

REGISTRY_FILE = "languages.yml"


@dataclass(frozen=True)
class Language:
    """One language of the site, as the registry describes it."""

    code: str
    name: str  # in the language itself
    english: str  # its name in English (messages of the command line)
    locale: str  # CLDR locale for numbers
    og_locale: str
    default: bool
    dates: dict = field(compare=False, repr=False)
    numbers: dict = field(compare=False, repr=False)
    site_name: str | None = None
    site_description: str | None = None
    nav: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def prefix(self) -> str:
        """Where its pages live below the site root: "" for the default, "vi/" for Vietnamese."""
        return "" if self.default else f"{self.code}/"


def _load(entries: list[dict]) -> tuple[Language, ...]:
    languages = []
    for index, entry in enumerate(entries):
        languages.append(
            Language(
                code=entry["code"],
                name=entry["name"],
                english=entry.get("english", entry["name"]),
                locale=entry.get("locale", entry["code"]),
                og_locale=entry.get("og_locale", entry["code"]),
                default=index == 0,
                dates=entry["dates"],
                numbers=entry["numbers"],
                site_name=entry.get("site_name"),
                site_description=entry.get("site_description"),
                nav=entry.get("nav") or {},
            )
        )
    return tuple(languages)


def _read_registry() -> list[dict]:
    text = resources.files("generator").joinpath(REGISTRY_FILE).read_text("utf-8")
    return yaml.safe_load(text)


LANGUAGES: tuple[Language, ...] = _load(_read_registry())


def codes() -> tuple[str, ...]:
    """Every language's code, the default first."""
    return tuple(language.code for language in LANGUAGES)


def default() -> str:
    return LANGUAGES[0].code


def get(code: str) -> Language:
    for language in LANGUAGES:
        if language.code == code:
            return language
    raise KeyError(code)


def is_known(code: object) -> bool:
    return isinstance(code, str) and code in codes()


def prefix(code: str) -> str:
    """The URL prefix of a language's pages: "" for the default language, "vi/" otherwise."""
    return get(code).prefix


def others(code: str) -> tuple[str, ...]:
    """Every language but `code`, in registry order."""
    return tuple(other for other in codes() if other != code)


def other(code: str) -> str:
    """The language a page of `code` is translated into or from: the first of the others."""
    return others(code)[0]


def split_url(url: str) -> tuple[str, str]:
    """The language of a site-relative URL and the URL without its prefix."""
    for language in LANGUAGES:
        if language.prefix and url.startswith(language.prefix):
            return language.code, url[len(language.prefix) :]
    return default(), url


def i18n_languages() -> list[dict]:
    """The registry as mkdocs-static-i18n's `languages` option."""
    entries = []
    for language in LANGUAGES:
        entry = {"locale": language.code, "name": language.name, "build": True}
        if language.default:
            entry["default"] = True
        for key in ("site_name", "site_description"):
            if getattr(language, key):
                entry[key] = getattr(language, key)
        if language.nav:
            entry["nav_translations"] = dict(language.nav)
        entries.append(entry)
    return entries


I18N_LANGUAGES = i18n_languages()
