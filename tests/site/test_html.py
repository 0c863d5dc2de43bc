"""The HTML the project's templates write is valid in structure, on every page in both
languages: what the Nu HTML Checker reports on them (it is not installed here), read with
the standard library's parser.

Checked: one `article` never inside another and at most one `h1` a page; a `dl` holds
only `dt`/`dd` groups and never names the same `dt` twice; list items sit in lists and
lists hold only items; a `p` holds no block; no link inside a link; ids are unique and
every `for`, `aria-labelledby` and `aria-describedby` names one; every form field has a
label. The pages are checked whole; the one thing of Material's left out is its hidden
state checkboxes (`md-toggle`), which a reader never fills in.

What the Nu checker would still say and no template of ours can change (theme-owned):
Material's header and navigation markup, and the advice to keep `h1` out of sectioning
elements: an article page's headline is in its one `article`, which search.py's
Pagefind root selector (`article.nsg-article`) needs.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
BLOCKS = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main",
    "nav", "ol", "p", "pre", "section", "table", "ul",
}  # fmt: skip
SCRIPT_SUPPORTING = {"script", "template"}
CHILDREN = {  # what an element may hold directly
    "dl": {"dt", "dd", "div", *SCRIPT_SUPPORTING},
    "ul": {"li", *SCRIPT_SUPPORTING},
    "ol": {"li", *SCRIPT_SUPPORTING},
}
PARENTS = {"li": {"ul", "ol", "menu"}, "dt": {"dl", "div"}, "dd": {"dl", "div"}}
LABELLED_FIELDS = {"input", "select", "textarea"}
UNLABELLED_INPUTS = {"hidden", "submit", "button", "reset", "image"}


class _Structure(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.references: list[tuple[str, str]] = []  # (attribute, id it names)
        self.fields: list[tuple[str | None, bool]] = []  # (id, labelled by itself)
        self.h1s = 0
        self.dt_names: list[set[str]] = []  # one set per open dl
        self.dt_text: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        parent = self.stack[-1] if self.stack else None
        self._check_place(tag, parent)
        self._check_attributes(tag, attributes)
        if tag == "h1":
            self.h1s += 1
            if self.h1s == 2:
                self.problems.append("more than one h1")
        if tag == "dl":
            self.dt_names.append(set())
        if tag == "dt":
            self.dt_text = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return  # an end tag the parser would ignore
        while self.stack:
            closed = self.stack.pop()
            self._closed(closed)
            if closed == tag:
                break

    def handle_data(self, data):
        if self.dt_text is not None:
            self.dt_text.append(data)

    def close(self):
        super().close()
        for attribute, target in self.references:
            if target not in self.ids:
                self.problems.append(f'{attribute}="{target}": no element has that id')
        for field_id, labelled in self.fields:
            if not labelled and field_id not in self.labelled_ids:
                self.problems.append(f"a form field (id={field_id}) has no label")

    @property
    def labelled_ids(self) -> set[str]:
        return {target for attribute, target in self.references if attribute == "for"}

    def _closed(self, tag):
        if tag == "dt" and self.dt_text is not None:
            name = " ".join("".join(self.dt_text).split())
            self.dt_text = None
            if self.dt_names and name in self.dt_names[-1]:
                self.problems.append(f'duplicate dt "{name}" in one dl')
            elif self.dt_names:
                self.dt_names[-1].add(name)
        if tag == "dl" and self.dt_names:
            self.dt_names.pop()

    def _check_place(self, tag, parent):
        if tag == "article" and "article" in self.stack:
            self.problems.append("an article inside an article")
        if tag == "a" and "a" in self.stack:
            self.problems.append("a link inside a link")
        if parent == "p" and tag in BLOCKS:
            self.problems.append(f"a {tag} inside a p")
        if parent in CHILDREN and tag not in CHILDREN[parent]:
            self.problems.append(f"a {tag} directly inside a {parent}")
        if tag in PARENTS and parent not in PARENTS[tag]:
            self.problems.append(f"a {tag} outside a list (in a {parent})")
        if parent == "div" and tag in ("dt", "dd") and "dl" not in self.stack:
            self.problems.append(f"a {tag} in a div outside a dl")

    def _check_attributes(self, tag, attributes):
        if "id" in attributes:
            if attributes["id"] in self.ids:
                self.problems.append(f'id "{attributes["id"]}" used twice')
            self.ids.add(attributes["id"])
        for name in ("aria-labelledby", "aria-describedby"):
            for target in (attributes.get(name) or "").split():
                self.references.append((name, target))
        if tag == "label" and attributes.get("for"):
            self.references.append(("for", attributes["for"]))
        if "md-toggle" in (attributes.get("class") or "").split():
            return  # Material's own state checkboxes (drawer, search, toc), not fields to fill
        if tag in LABELLED_FIELDS and attributes.get("type") not in UNLABELLED_INPUTS:
            labelled = bool(attributes.get("aria-label") or "label" in self.stack)
            self.fields.append((attributes.get("id"), labelled))


def structure_problems(html: str) -> list[str]:
    parser = _Structure()
    parser.feed(html)
    parser.close()
    return parser.problems


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_of_both_languages_is_valid_in_structure(built_site):
    pages = _pages(built_site)
    assert any(p.parts[-2:] == ("vi", "404.html") for p in pages)  # both 404 pages are checked
    problems = [
        f"{page.relative_to(built_site)}: {problem}"
        for page in pages
        for problem in structure_problems(page.read_text("utf-8"))
    ]
    assert problems == []


def test_an_article_page_has_one_article_and_one_h1(built_site):
    for path in (built_site / "articles").glob("*/index.html"):
        html = path.read_text("utf-8")
        assert html.count("<article") == 1, path
        assert html.count("<h1") == 1, path


def test_fact_boxes_are_lists_even_when_two_figures_have_the_same_value(built_site):
    for path in (built_site / "articles").glob("*/index.html"):
        box = path.read_text("utf-8").split('class="nsg-factbox"', 1)[-1]
        assert "<dt" not in box.split("</aside>", 1)[0], path


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ("<article><article></article></article>", "an article inside an article"),
        ("<h1>a</h1><h1>b</h1>", "more than one h1"),
        (
            "<dl><dt>2nd</dt><dd>a</dd><div><dt> 2nd </dt><dd>b</dd></div></dl>",
            'duplicate dt "2nd"',
        ),
        ("<dl><li>x</li></dl>", "a li directly inside a dl"),
        ("<ul><p>x</p></ul>", "a p directly inside a ul"),
        ("<div><li>x</li></div>", "a li outside a list"),
        ("<p><div>x</div></p>", "a div inside a p"),
        ("<a href=x><a href=y>z</a></a>", "a link inside a link"),
        ('<p id="x"></p><p id="x"></p>', 'id "x" used twice'),
        ('<section aria-labelledby="nowhere"></section>', 'aria-labelledby="nowhere"'),
        ('<input id="q" type="search">', "has no label"),
    ],
)
def test_the_checker_catches_each_kind_of_problem(html, problem):
    found = structure_problems(html)
    assert any(problem in line for line in found), found


def test_the_checker_accepts_what_html_allows():
    html = (
        "<dl><div><dt>a</dt><dd>1</dd></div><dt>b</dt><dd>2</dd></dl><ul><li>x</li></ul>"
        '<label for="q">Search</label><input id="q" type="search"><input type="submit">'
        '<section aria-labelledby="h"><h2 id="h">t</h2><br><img src="x" alt=""></section>'
    )
    assert structure_problems(html) == []
