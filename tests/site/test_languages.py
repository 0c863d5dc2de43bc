"""The site's languages come from one registry: a third one is a registry entry and a locale
file, and the whole site is built in it too."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from generator import languages
from generator.site import localize
from tests.helpers import FIXTURES, ROOT, copy_project, mkdocs_build

SPANISH = {
    "code": "es",
    "name": "Español",
    "english": "Spanish",
    "locale": "es",
    "og_locale": "es_MX",
    "site_name": "Vietnam – México",
    "site_description": "Cincuenta años de relaciones.",
    "nav": {"Home": "Inicio", "Timeline": "Cronología"},
    "dates": {
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
        "noviembre diciembre".split(),
        "day": "{day} de {month_name} de {year}",
        "month": "{month_name} de {year}",
        "year": "{year}",
        "day_without_year": "{day} de {month_name}",
        "month_without_year": "{month_name}",
        "days_in_month": "{day}–{end}",
        "months_in_year": "{month_name}–{end_month_name} de {year}",
        "years": "{year}–{end_year}",
        "span": "{start} – {end}",
    },
    "numbers": {
        "scales": [[10**9, "mil millones"], [10**6, "millones"]],
        "currency_before": {"USD": "US$"},
        "ordinal": {"other": "{n}.º"},
        "multiple": "{n} veces",
    },
}


@pytest.fixture
def three_languages(monkeypatch):
    """The registry with Spanish added, and its locale file (tests/fixtures/languages/es.yml)."""
    registry = yaml.safe_load((ROOT / "generator" / "languages.yml").read_text("utf-8"))
    added = languages._load([*registry, SPANISH])
    monkeypatch.setattr(languages, "LANGUAGES", added)
    monkeypatch.setattr(languages, "I18N_LANGUAGES", languages.i18n_languages())
    original = localize.labels.__wrapped__

    @cache
    def labels(lang: str) -> dict:
        if lang == "es":
            return yaml.safe_load((FIXTURES / "languages" / "es.yml").read_text("utf-8"))
        return original(lang)

    monkeypatch.setattr(localize, "labels", labels)
    yield


def test_the_registry_is_the_one_list_of_languages():
    assert languages.codes() == ("en", "vi")
    assert languages.default() == "en"
    assert [languages.prefix(code) for code in languages.codes()] == ["", "vi/"]
    assert languages.other("en") == "vi" and languages.other("vi") == "en"
    assert languages.split_url("vi/timeline/") == ("vi", "timeline/")
    assert languages.split_url("timeline/") == ("en", "timeline/")


def test_mkdocs_static_i18n_gets_the_registry():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "!!python/name:generator.languages.I18N_LANGUAGES" in config
    assert [entry["locale"] for entry in languages.I18N_LANGUAGES] == ["en", "vi"]


def _site_pages_in_spanish(project: Path) -> None:
    """The site's own pages (home, articles, timeline...) as a translator would add them."""
    for page in (project / "docs").rglob("*.en.md"):
        if page.parent.name != "articles" or page.name.startswith("index."):
            spanish = page.read_text("utf-8").replace("title: ", "title: ES ", 1)
            page.with_name(page.name.replace(".en.md", ".es.md")).write_text(spanish, "utf-8")


def test_a_third_language_builds_the_whole_site_in_it(three_languages, tmp_path):
    project = copy_project(tmp_path / "project")
    _site_pages_in_spanish(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    home = (site / "es" / "index.html").read_text("utf-8")
    assert '<html lang="es"' in home
    assert "ES Latest articles" in home  # the locale file's words
    for page in ("timeline", "figures", "translations", "articles"):
        assert (site / "es" / page / "index.html").is_file(), page
    for slug in (p.name.split(".")[0] for p in (project / "docs" / "articles").glob("*.en.md")):
        if slug == "index":
            continue
        notice = (site / "es" / "articles" / slug / "index.html").read_text("utf-8")
        assert "ES This article is available only" in notice  # not translated into Spanish yet
    english = (site / "index.html").read_text("utf-8")
    assert re.search(r'hreflang="es"[^>]*>|href="[^"]*/es/"', english)
    assert (site / "es" / "feed.xml").is_file() and (site / "es" / "timeline.json").is_file()
    assert "sitemap-es-1.xml" in (site / "sitemap.xml").read_text("utf-8")


def test_a_page_in_the_third_language_passes_check(three_languages, tmp_path):
    from generator.contract.check import check_docs

    project = copy_project(tmp_path / "project")
    english = next(Path(project / "docs" / "articles").glob("its-time*.en.md"))
    text = english.read_text("utf-8")
    spanish = text.replace("lang: en", "lang: es", 1).replace("seed: seeds/", "seed: semillas/", 1)
    english.with_name(english.name.replace(".en.md", ".es.md")).write_text(spanish, "utf-8")
    problems, _ = check_docs(project / "docs")
    assert not [p for p in problems if ".es.md" in str(p) and "lang" in p.key], problems
