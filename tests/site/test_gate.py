"""One gate: whenever `check` accepts a page, `mkdocs build --strict` builds it and nothing of
the page is live markup in any HTML, XML or JSON file; whenever the build refuses one,
`check` has named the file, the line and the key.

Front matter is generated from the values careless editors and attackers write: markup,
control and bidirectional characters, dates without a year or beyond the calendar,
numbers beyond any news figure, unknown languages and templates.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.contract.check import check_docs
from tests.helpers import ROOT, mkdocs_build

# Enough to meet each class of defect the gate was written against (markup in a
# unit, a year-less end date, a huge value, an unknown template) within the first
# examples; `make test` runs this many, each a whole build.
EXAMPLES = 40
SENTENCE = "Vietnam and Mexico agreed to expand trade on May 22, 2024."
_markers = itertools.count()


def marker() -> str:
    """Markup that must never reach a page as markup: `<x-N>` escaped is `&lt;x-N&gt;`."""
    return f"<x-{next(_markers)}>"


# A page is built from values it may hold (markup among them: it is text); then, in most
# examples, one value is swapped for one the gate must refuse. Either way it is built.
good_texts = st.one_of(
    st.builds(lambda: f"{marker()} & \"quoted\" 'text' </script>"),
    st.sampled_from(["Talks", "Hội đàm Việt Nam – Mexico", "{{ 7*7 }} {% raw %}", "#:~:text=x"]),
)
bad_texts = st.one_of(
    st.sampled_from(["Trade\x07grows", "Trade\u202egrows", "a\u200bb", "", "line\nbreak"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
)
good_dates = st.sampled_from(["2024-05-22", "2024-05", "2024", "1975-05-19"])
bad_dates = st.sampled_from(["--05-22", "--05", "2024-02-30", "22/05/2024", "", "2024-13", 2024])
good_numbers = st.sampled_from([15, 27.5, 0, 10**18, 15000000000])
bad_numbers = st.sampled_from([1e25, -1e19, float("nan"), float("inf"), "15 tỷ", True])
events = st.fixed_dictionaries(
    {"date": good_dates, "text": good_texts, "quote": st.just(SENTENCE)},
    optional={"end": st.just("2025"), "inferred": st.booleans(), "review": st.booleans()},
)
facts = st.fixed_dictionaries(
    {
        "label": good_texts,
        "value": good_numbers,
        "unit": st.one_of(good_texts, st.sampled_from(["USD", "%", "rank", "VND"])),
        "quote": st.just(SENTENCE),
    },
    optional={"qualifier": good_texts, "as_of": good_dates},
)
valid_pages = st.fixed_dictionaries(
    {
        "title": good_texts,
        "lang": st.sampled_from(["en", "vi"]),
        "slug": st.just("gate"),
        "published": st.one_of(st.none(), good_dates),
        "source": st.fixed_dictionaries(
            {}, optional={"name": good_texts, "url": st.just("https://example.vn/a?b=1&c=<2>")}
        ),
        "events": st.lists(events, min_size=1, max_size=2),
        "facts": st.lists(facts, min_size=1, max_size=2),
    },
    optional={"author": good_texts, "template": st.just("article.html")},
)
# Where a refused value goes, and what it is.
corruptions = st.one_of(
    st.tuples(st.sampled_from([("title",), ("author",), ("source", "name")]), bad_texts),
    st.tuples(st.sampled_from([("events", 0, "text"), ("facts", 0, "label")]), bad_texts),
    st.tuples(st.sampled_from([("facts", 0, "unit"), ("facts", 0, "qualifier")]), bad_texts),
    st.tuples(st.sampled_from([("published",), ("events", 0, "date")]), bad_dates),
    st.tuples(st.sampled_from([("events", 0, "end"), ("facts", 0, "as_of")]), bad_dates),
    st.tuples(st.sampled_from([("facts", 0, "value"), ("facts", 0, "value_max")]), bad_numbers),
    st.tuples(st.just(("lang",)), st.sampled_from(["fr", "EN", "", 5])),
    st.tuples(st.just(("template",)), st.sampled_from(["main.html", "home.html", "x"])),
    st.tuples(st.just(("source", "url")), st.sampled_from(["javascript:alert(1)", "x"])),
)


def _corrupt(meta: dict, corruption) -> dict:
    if corruption is None:
        return meta
    path, value = corruption
    target = meta
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return meta


pages = st.builds(_corrupt, valid_pages, st.one_of(st.none(), corruptions, corruptions))


def _project(root: Path) -> Path:
    """The site's templates and pages, without its articles."""
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=shutil.ignore_patterns("*.*.md"))
    for page in (ROOT / "docs").rglob("*.md"):
        if "articles" not in page.parts or page.name.startswith("index."):
            target = root / "docs" / page.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(page, target)
    return root


def _outputs(site: Path) -> str:
    return "\n".join(
        path.read_text("utf-8", errors="replace")
        for path in site.rglob("*")
        if path.suffix in (".html", ".xml", ".json")
    )


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(meta=pages)
def test_what_check_accepts_builds_and_shows_as_text(tmp_path_factory, meta):
    project = _project(tmp_path_factory.mktemp("gate"))
    lang = meta["lang"] if meta["lang"] in ("en", "vi") else "en"  # the file name is right
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    page = project / "docs" / "articles" / f"gate.{lang}.md"
    page.write_text(f"---\n{front}---\n\n{SENTENCE}\n", "utf-8")
    problems, _ = check_docs(project / "docs")
    event("accepted by check" if not problems else "refused by check")
    built = mkdocs_build(project)
    if not problems:
        assert built.returncode == 0, built.stderr
        assert "<x-" not in _outputs(project / "site")
    if built.returncode != 0:
        assert problems, built.stderr
        for problem in problems:
            assert problem.path.name == page.name and problem.line, str(problem)


# Every field, with every kind of value the gate must refuse or show as text.
TABLE = [
    (path, value)
    for paths, values in (
        (
            [("title",), ("author",), ("source", "name"), ("events", 0, "text")],
            ["Trade\x07grows", "Trade\u202egrows", "a\u200bb", "", "line\nbreak", 5],
        ),
        (
            [("facts", 0, "label"), ("facts", 0, "unit"), ("facts", 0, "qualifier")],
            ["Trade\x07grows", "Trade\u202egrows", "", "line\nbreak", None],
        ),
        (
            [("published",), ("events", 0, "date"), ("events", 0, "end"), ("facts", 0, "as_of")],
            ["--05-22", "--05", "2024-02-30", "22/05/2024", "", "2024-13", 2024, "2024/2023"],
        ),
        (
            [("facts", 0, "value"), ("facts", 0, "value_max")],
            [1e25, -1e19, float("nan"), float("inf"), "15 tỷ", True, None],
        ),
        ([("lang",)], ["fr", "EN", "", 5, None]),
        ([("template",)], ["main.html", "home.html", "x", ""]),
        ([("source", "url")], ["javascript:alert(1)", "x", ""]),
        ([("slug",)], ["Gate", "g" * 121, "gate/../x"]),
    )
    for path in paths
    for value in values
]
VALID = {
    "title": "Talks",
    "lang": "en",
    "slug": "gate",
    "published": "2024-05-22",
    "source": {"name": "VNA", "url": "https://example.vn/a"},
    "author": "A",
    "template": "article.html",
    "events": [{"date": "2024-05-22", "end": "2024-05-23", "text": "Talks", "quote": SENTENCE}],
    "facts": [
        {
            "label": "trade",
            "value": 15,
            "value_max": 20,
            "unit": "USD",
            "qualifier": "about",
            "as_of": "2024",
            "quote": SENTENCE,
        }
    ],
}


def test_every_field_with_every_refused_value_is_refused_by_check_or_built(tmp_path):
    """Refused: `check` names the file, line and key, and so does the build. Accepted: built."""
    import copy

    project = _project(tmp_path)
    page = project / "docs" / "articles" / "gate.en.md"
    accepted = []
    for path, value in TABLE:
        meta = _corrupt(copy.deepcopy(VALID), (path, value))
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        page.write_text(f"---\n{front}---\n\n{SENTENCE}\n", "utf-8")
        problems, _ = check_docs(project / "docs")
        if problems:
            key = ".".join(map(str, path)).replace(".0.", "[0].")
            assert all(p.path.name == page.name and p.line for p in problems), problems
            assert any(p.key.startswith(key.split(".")[0]) for p in problems), (path, problems)
        else:
            accepted.append((path, value))
            built = mkdocs_build(project, tmp_path / f"site-{len(accepted)}")
            assert built.returncode == 0, (path, value, built.stderr)
    # An event's date without a year is allowed on purpose: the importer writes one with
    # `review` when a text gives no year at all, and the timeline leaves it out until an
    # editor gives it. Everything else of the table is refused.
    assert accepted == [(("events", 0, "date"), "--05-22"), (("events", 0, "date"), "--05")]
