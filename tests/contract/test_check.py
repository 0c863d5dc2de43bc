"""`generator check` and the build: a broken page gives `file:line: key: problem`, not a crash.

The pages in tests/fixtures/pages are named for their case; what `check`
says about all of them together is the golden file `expected-check.txt`
next to them (paths inside docs/articles).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.contract.check import check_docs
from generator.contract.frontmatter import load
from generator.contract.pages import load_articles
from generator.contract.schema import validate_meta
from generator.errors import PageError
from tests.helpers import FIXTURES, copy_project, mkdocs_build

PAGES = FIXTURES / "pages"
EXPECTED_ALL = [
    f"docs/articles/{line}"
    for line in (PAGES / "expected-check.txt").read_text("utf-8").splitlines()
    if line
]

# Each case: the pages it needs, and the page whose lines it is about.
CASES = {
    "bad-yaml": ["bad-yaml.en.md"],
    "unknown-lang": ["unknown-lang.en.md"],
    "date-not-iso": ["date-not-iso.en.md"],
    "figure-not-number": ["figure-not-number.en.md"],
    "translation-points-nowhere": ["translation-points-nowhere.vi.md"],
    "duplicate-slug": ["duplicate-slug.en.md", "duplicate-slug.vi.md"],
    "slug-not-file-name": ["good.en.md", "slug-not-file-name.en.md"],
    "duplicate-key": ["duplicate-key.en.md"],
    "missing-and-unknown-keys": ["missing-and-unknown-keys.en.md"],
    "no-front-matter": ["no-front-matter.en.md"],
    "draft-translation": ["draft-translation.en.md", "draft-translation.vi.md"],
    "stale-translation": ["stale-translation.en.md", "stale-translation.vi.md"],
}


def docs_with(tmp_path: Path, names) -> Path:
    articles = tmp_path / "docs" / "articles"
    articles.mkdir(parents=True)
    for name in names:
        shutil.copyfile(PAGES / name, articles / name)
    return tmp_path / "docs"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # lines read "docs/articles/x.en.md", as an editor runs it


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_broken_page_says_where_and_why(tmp_path, case):
    docs = docs_with(tmp_path, CASES[case])
    problems, count = check_docs(docs)
    assert count == len(CASES[case])
    expected = [line for line in EXPECTED_ALL if line.startswith(f"docs/articles/{case}.")]
    assert expected, f"no golden lines for {case}"
    assert [str(problem) for problem in problems] == expected
    for problem in problems:
        assert problem.line is not None  # every line says where


def test_all_broken_pages_together(tmp_path):
    docs = docs_with(tmp_path, sorted(p.name for p in PAGES.glob("*.md")))
    problems, _ = check_docs(docs)
    assert [str(problem) for problem in problems] == EXPECTED_ALL


@pytest.mark.parametrize(
    "names",
    [["good.en.md", "good.vi.md"], ["windows-editor.en.md"]],
    ids=["article-and-translation", "bom-and-crlf"],
)
def test_good_pages_have_no_problems(tmp_path, names):
    docs = docs_with(tmp_path, names)
    assert check_docs(docs) == ([], len(names))
    pages, _ = load_articles(docs)
    assert sorted(pages) == sorted((n.split(".")[0], n.split(".")[1]) for n in names)


def test_a_translation_of_a_broken_original_is_not_told_it_points_nowhere(tmp_path):
    docs = docs_with(tmp_path, ["good.vi.md"])
    original = (PAGES / "good.en.md").read_text("utf-8").replace("lang: en", "lang: en\nfoo: 1")
    (docs / "articles" / "good.en.md").write_text(original, "utf-8")
    problems, _ = check_docs(docs)
    assert [problem.key for problem in problems] == ["foo"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\na: &x [1]\nb: *x\n---\n", 3, "front matter uses a YAML alias (*name)"),
        ("---\na: &x [*x]\n---\n", 2, "front matter uses a YAML alias (*name)"),
        ("---\na:\n" + "".join(f"{' ' * i} b:\n" for i in range(1, 40)) + "---\n", None, "deeply"),
        ("---\n" + "[" * 200 + "]" * 200 + "\n---\n", 2, "nested too deeply"),
        ("---\n!!python/object/apply:os.system [echo]\n---\n", 2, "could not determine"),
        ("---\nvalue: !!float abc\n---\n", 1, "front matter is not valid YAML"),
        ("---\n- a\n- b\n---\n", 2, "must be a mapping"),
        ("---\n? [a, b]\n: c\n---\n", 2, "found unhashable key"),
        ("---\ntitle: 'a'\ntitle: 'b'\n---\n", 3, "title: appears twice"),
        ("no front matter", 1, "no front matter"),
        ("---\ntitle: x\n", 1, "no front matter"),
        ("---\ntitle: [x\n---\n", 2, "front matter is not valid YAML"),
    ],
    ids=[
        "alias",
        "recursive-alias",
        "deep-nesting",
        "deep-flow",
        "python-tag",
        "bad-float",
        "a-list",
        "list-key",
        "duplicate-key",
        "no-front-matter",
        "unclosed-front-matter",
        "unclosed-list",
    ],
)
def test_odd_yaml_is_a_page_error_never_a_crash(text, line, message):
    with pytest.raises(PageError) as caught:
        load(text, "docs/articles/x.en.md")
    assert message in str(caught.value)
    if line is not None:
        assert caught.value.line == line
    assert str(caught.value).startswith("docs/articles/x.en.md:")


def test_dates_stay_as_typed_for_the_schema_to_judge():
    assert load("---\npublished: 2024-13-45\nb: 2024-05-22\n---\n").meta == {
        "published": "2024-13-45",
        "b": "2024-05-22",
    }


def test_an_impossible_unquoted_date_outside_a_date_key_is_refused_as_mkdocs_would_fail():
    with pytest.raises(PageError, match="'2024-13-45' reads as a date to MkDocs") as caught:
        load("---\ntitle: x\ntext: 2024-13-45\n---\n", "p.md")
    assert caught.value.line == 3 and caught.value.key == "text"


PAGE = {
    "title": "title: x",
    "lang": "lang: en",
    "slug": "slug: x",
    "published": "published: null",
    "source": "source: {}",
    "events": "events: []",
    "facts": "facts: []",
}


@pytest.mark.parametrize(
    ("key", "yaml_text", "expected"),
    [
        ("review", "review: maybe", "review: 'maybe' is not true or false"),
        ("people", "people: Nguyen Van Hai", "people: 'Nguyen Van Hai' is not a list"),
        ("source", "source:\n  url: ftp://x", "source.url: 'ftp://x' is not a web address"),
        ("title", "title: ''", "title: is empty"),
        ("slug", "slug: Not A Slug", "slug: 'Not A Slug' is not a slug"),
        ("facts", "facts:\n- {label: x, value: true, unit: USD, quote: q}", "facts[0].value: True"),
        ("events", "events:\n- {date: '2024-05', text: x, quote: q, end: '2024-04'}", None),
        ("published", "published: 2024-02-30", "published: '2024-02-30' is not a date"),
        ("published", "published: 22.05.2024", "published: '22.05.2024' is not an ISO 8601 date"),
    ],
)
def test_schema_messages_are_in_editors_words(key, yaml_text, expected):
    front = {**PAGE, key: yaml_text}
    page = load("---\n" + "\n".join(front.values()) + "\n---\n", "p.en.md")
    messages = [f"{p.key}: {p.message}" for p in validate_meta(page.meta, "p", page.key_lines)]
    if expected is None:  # the schema lets it through; the page check does not
        assert messages == []
        return
    assert len(messages) == 1 and messages[0].startswith(expected), messages


def test_a_page_that_is_not_utf8_is_one_line(tmp_path):
    docs = docs_with(tmp_path, [])
    (docs / "articles" / "x.en.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    problems, _ = check_docs(docs)
    assert [str(p) for p in problems] == [
        "docs/articles/x.en.md:1: not UTF-8 text (byte 14); save it as UTF-8"
    ]


def test_a_file_not_named_for_a_language(tmp_path):
    docs = docs_with(tmp_path, [])
    shutil.copyfile(PAGES / "good.en.md", docs / "articles" / "good.md")
    problems, _ = check_docs(docs)
    assert [str(p) for p in problems] == [
        "docs/articles/good.md:1: an article file is named <slug>.en.md or <slug>.vi.md"
    ]


def test_the_build_fails_with_the_same_lines_and_no_traceback(tmp_path):
    project = copy_project(tmp_path / "project")
    articles = project / "docs" / "articles"
    broken = ["figure-not-number.en.md", "bad-yaml.en.md", "translation-points-nowhere.vi.md"]
    for name in broken:
        shutil.copyfile(PAGES / name, articles / name)
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    error_lines = [line.strip() for line in result.stderr.splitlines()]
    for line in EXPECTED_ALL:
        if any(line.startswith(f"docs/articles/{name}:") for name in broken):
            assert line in error_lines, result.stderr
    assert "run `python -m generator check` for the same list" in result.stderr
