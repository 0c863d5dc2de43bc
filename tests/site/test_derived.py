"""What the site derives follows the front matter: edit a page, rebuild, see it change."""

from __future__ import annotations

import filecmp
import json
import re

from generator.contract.pages import article_files
from generator.contract.frontmatter import dump, load
from tests.helpers import copy_project, mkdocs_build


def _original(project, lang):
    for path in article_files(project / "docs"):
        page = load(path.read_text("utf-8"))
        if page.meta["lang"] == lang and "seed" in page.meta:
            return path, page
    raise AssertionError(f"no {lang} original")


def _with_plugin_option(project, option: str, value) -> object:
    """The project with one option of the microsite plugin set in its mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  - microsite\n" in text
    config.write_text(text.replace("  - microsite\n", f"  - microsite:\n      {option}: {value}\n"))
    return project


def test_editing_one_event_date_moves_it_on_the_timeline_and_in_the_feed(tmp_path):
    project = copy_project(tmp_path / "project")
    path, page = _original(project, "en")
    event = page.meta["events"][0]
    event["date"] = "1968-02-29"  # a date no article has: easy to find, valid leap day
    path.write_text(dump(page.meta, page.body), "utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    html = (site / "timeline" / "index.html").read_text("utf-8")
    assert '<time class="nsg-timeline__date" datetime="1968-02-29">29 February 1968</time>' in html
    assert html.index('id="y1968"') < html.index('id="y1975"')  # oldest first
    feed = json.loads((site / "timeline.json").read_text("utf-8"))
    first = feed["events"][0]
    assert first["start_date"] == {"year": 1968, "month": 2, "day": 29}
    assert first["text"]["headline"]
    assert first["source"]["slug"] == page.meta["slug"]


def test_editing_a_figure_changes_the_fact_box(tmp_path):
    project = copy_project(tmp_path / "project")
    path, page = _original(project, "en")
    fact = next(f for f in page.meta["facts"] if f["unit"] == "USD")
    fact["value"] = 123456789
    path.write_text(dump(page.meta, page.body), "utf-8")
    assert mkdocs_build(project).returncode == 0
    html = (project / "site/articles" / page.meta["slug"] / "index.html").read_text("utf-8")
    assert "US$123.456789 million" in html
    facts = json.loads((project / "site/facts.json").read_text("utf-8"))
    assert any(f["value"] == 123456789 for f in facts)


def test_two_builds_give_the_same_bytes(tmp_path):
    project = copy_project(tmp_path / "project")
    assert mkdocs_build(project, project / "one").returncode == 0
    assert mkdocs_build(project, project / "two").returncode == 0
    comparison = filecmp.dircmp(project / "one", project / "two")

    def differences(node):
        found = list(node.diff_files) + node.left_only + node.right_only
        for sub in node.subdirs.values():
            found += differences(sub)
        return found

    assert differences(comparison) == []
    sitemap = (project / "one" / "sitemap-en-1.xml").read_text("utf-8")
    assert "lastmod" not in sitemap
    assert len(re.findall(r'hreflang="x-default"', sitemap)) == sitemap.count("<url>")


def test_a_large_timeline_splits_into_decade_pages_in_both_languages(tmp_path):
    # Split as soon as there are more than 3 events (the real threshold is 400).
    project = _with_plugin_option(copy_project(tmp_path / "project"), "timeline_page_events", 3)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for prefix in ("", "vi/"):
        first = (site / prefix / "timeline/index.html").read_text("utf-8")
        decades = re.findall(r'href="((?:[^"]*/)?(\d{4})s/)"', first)
        assert decades, "no links to decade pages"
        shown = set(re.findall(r'datetime="(\d{4})', first))
        assert {year[:3] for year in shown} == {"197"}  # the first page: the 1970s only
        for _, decade in decades:
            page = (site / prefix / "timeline" / f"{decade}s" / "index.html").read_text("utf-8")
            years = set(re.findall(r'<time class="nsg-timeline__date" datetime="(\d{4})', page))
            assert years and all(year[:3] == decade[:3] for year in years)
            assert 'rel="prev"' in page


def test_key_figures_split_by_year_when_the_archive_is_large(tmp_path):
    project = _with_plugin_option(copy_project(tmp_path / "project"), "figures_page_articles", 1)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for prefix in ("", "vi/"):
        newest = (site / prefix / "figures/index.html").read_text("utf-8")
        years = re.findall(r'href="(?:[^"]*/)?(\d{4})/"', newest)
        assert years, "no links to the other years"
        assert "nsg-factbox__value" in newest  # the 2025 article's figures, on the first page
        assert "2020" in years
        for year in years:
            page = (site / prefix / "figures" / year / "index.html").read_text("utf-8")
            assert f'aria-current="page">{year}</a>' in page
