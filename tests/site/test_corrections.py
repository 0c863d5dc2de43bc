"""A corrected article says so: the correction log of its front matter, dated, on the page
in its language, and the page's `dateModified` is the day of the last correction."""

from __future__ import annotations

import json
import re

import pytest

from generator.contract.frontmatter import dump, load
from generator.contract.pages import article_files
from tests.helpers import ROOT, copy_project, run_generator

CORRECTED = {}
for _path in article_files(ROOT / "docs"):
    _page = load(_path.read_text("utf-8"))
    if _page.meta.get("corrections"):
        CORRECTED[_page.meta["lang"]] = _page.meta


def test_the_shipped_correction_is_kept_in_both_languages():
    """Julián Ventura, not "Julio" as the seed has it: the seed is kept as received."""
    assert set(CORRECTED) == {"en", "vi"}
    for meta in CORRECTED.values():
        assert meta["slug"] == CORRECTED["vi"]["slug"]
        assert "julian-ventura" in {person["id"] for person in meta["people"]}
    seed = (ROOT / "seeds" / "viet-nam-mexico-cptpp.txt").read_text("utf-8")
    assert "Julio Ventura" in seed


@pytest.mark.parametrize(
    ("lang", "prefix", "title", "day"),
    [("en", "", "Corrections", "1 December 2026"), ("vi", "vi/", "Đính chính", "1/12/2026")],
)
def test_the_article_shows_its_dated_correction(built_site, lang, prefix, title, day):
    meta = CORRECTED[lang]
    html = (built_site / prefix / "articles" / meta["slug"] / "index.html").read_text("utf-8")
    box = re.search(r'<aside class="nsg-corrections".*?</aside>', html, re.S)
    assert box, "no correction note"
    assert f">{title}</h2>" in box.group()
    assert f'<time datetime="2026-12-01">{day}</time>' in box.group()
    assert "Julián Ventura" in box.group()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["dateModified"].startswith("2026-12-01")


def test_check_refuses_a_correction_without_a_day(tmp_path):
    project = copy_project(tmp_path / "project")
    path = next(
        p
        for p in article_files(project / "docs")
        if load(p.read_text("utf-8")).meta.get("corrections")
    )
    page = load(path.read_text("utf-8"))
    meta = dict(page.meta, corrections=[{"date": "2026-12", "text": "Corrected."}])
    path.write_text(dump(meta, page.body), "utf-8")
    result = run_generator(project, "check")
    assert result.returncode == 1
    assert "corrections[0].date" in result.stderr or "corrections" in result.stderr
