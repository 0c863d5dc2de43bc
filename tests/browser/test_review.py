"""An item under review is marked as such where a reader meets it, in the reader's language,
and the mark leads to the About page's explanation."""

from __future__ import annotations

import pytest

from generator.contract.frontmatter import dump, load
from generator.contract.pages import article_files
from tests.helpers import copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def review_site(tmp_path_factory):
    """The project with the English original's first event and figure marked for review,
    in the original and in its translation."""
    project = copy_project(tmp_path_factory.mktemp("review"))
    pages = {path: load(path.read_text("utf-8")) for path in article_files(project / "docs")}
    slug = next(
        p.meta["slug"] for p in pages.values() if p.meta["lang"] == "en" and "seed" in p.meta
    )
    marked = {}
    for path, page in pages.items():
        if page.meta["slug"] != slug:
            continue
        meta = dict(page.meta)
        meta["events"] = [dict(meta["events"][0], review="needs-year"), *meta["events"][1:]]
        meta["facts"] = [dict(meta["facts"][0], review="ambiguous-period"), *meta["facts"][1:]]
        path.write_text(dump(meta, page.body), encoding="utf-8")
        marked[meta["lang"]] = meta
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    server, url = serve(project / "site")
    yield url, marked
    server.shutdown()


@pytest.mark.parametrize(
    ("lang", "prefix", "word", "why"),
    [
        ("en", "", "unverified", "The year was not written"),
        ("vi", "vi/", "chưa kiểm chứng", "Bài viết không ghi năm"),
    ],
)
def test_the_timeline_marks_an_unchecked_event_in_the_readers_language(
    page, review_site, lang, prefix, word, why
):
    url, marked = review_site
    page.goto(f"{url}{prefix}timeline/")
    text = marked[lang]["events"][0]["text"][:40]
    event = page.locator(".nsg-timeline__event").filter(has_text=text)
    mark = event.locator(".nsg-review")
    assert mark.is_visible()
    assert word in mark.inner_text()
    assert mark.get_attribute("title").startswith(why)
    unmarked = page.locator(".nsg-timeline__event").filter(has_not=page.locator(".nsg-review"))
    assert unmarked.count() > 0  # checked events carry no mark


def test_the_fact_box_marks_an_unchecked_figure_and_the_mark_explains_itself(page, review_site):
    url, marked = review_site
    page.goto(f"{url}articles/{marked['en']['slug']}/")
    marks = page.locator(".nsg-factbox .nsg-review")
    assert marks.count() == 1
    assert "Which period this figure describes" in marks.get_attribute("title")
    marks.click()
    page.wait_for_url("**/about/#review")
    assert page.locator("h2#review").is_visible()
    reasons = page.locator(".nsg-reasons dt code").all_inner_texts()
    assert "ambiguous-period" in reasons and "needs-year" in reasons
