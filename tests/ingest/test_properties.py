"""Properties over arbitrary input: the importer and the checker never crash, and what is
imported is valid, round-trips through front matter, and is not written twice.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.contract import frontmatter
from generator.contract.check import check_docs
from generator.errors import GeneratorError
from generator.ingest.clean import decode, normalise, repair_mojibake
from generator.ingest.importer import LOCK, run_import
from generator.ingest.parse import parse_article

FAST = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

SENTENCES = [
    "Vietnam and Mexico agreed on May 22, 2024 to expand trade between the two countries.",
    "Bilateral trade reached 7.5 billion USD in 2023, up 12% from the year before.",
    "Việt Nam và Mexico nhất trí thúc đẩy hợp tác kinh tế trong năm 2020.",
    "Kim ngạch thương mại song phương đạt hơn 5 tỷ USD, tăng 27,5% so với năm 2019.",
    "<script>window.__pwned=1</script> # - > | --- 1. {{ x }} {% y %} [a](javascript:b)",
]
# Text that is mostly a language the importer reads, with arbitrary characters mixed in.
lines = st.one_of(st.sampled_from(SENTENCES), st.text(max_size=120))
seed_texts = st.builds(
    lambda title, body, newline: newline.join([title, *body]),
    st.one_of(st.text(min_size=1, max_size=120), st.sampled_from(SENTENCES)),
    st.lists(lines, min_size=0, max_size=6),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "cp1258"])


def snapshot(docs: Path) -> dict:
    """Every file the importer owns, with its bytes and time: what "writes nothing" compares."""
    return {
        path: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(docs.rglob("*"))
        if path.is_file() and path.name != LOCK
    }


def import_twice(data: bytes) -> None:
    """Import one seed, check everything about the result, import again: nothing is written."""
    with tempfile.TemporaryDirectory() as folder:
        seeds, docs = Path(folder) / "seeds", Path(folder) / "docs"
        seeds.mkdir()
        (seeds / "seed.txt").write_bytes(data)
        report = run_import(seeds, docs, jobs=1)
        (outcome,) = report.outcomes
        assert outcome.status in {"written", "failed"}
        line = outcome.line()
        assert "\n" not in line and line.startswith(str(seeds / "seed.txt"))
        if outcome.status == "written":
            text = (docs / outcome.page).read_text("utf-8")
            page = frontmatter.load(text)
            assert frontmatter.load(frontmatter.dump(page.meta, page.body)).meta == page.meta
            assert frontmatter.dump(page.meta, page.body) == text
            assert check_docs(docs) == ([], 1)
        else:
            assert not (docs / "articles").exists()
        before = snapshot(docs)
        again = run_import(seeds, docs, jobs=1)
        assert again.count("written") == 0
        assert snapshot(docs) == before


@FAST
@given(seed_texts, encodings)
def test_text_in_any_encoding_imports_or_fails_cleanly(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    import_twice(data)


@FAST
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_import_or_fail_cleanly(data):
    import_twice(data)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=2000))
def test_cleaning_raises_only_generator_errors(data):
    try:
        text, _ = decode(data)
        text, _ = repair_mojibake(text)
        article = parse_article(normalise(text))
    except GeneratorError:
        return
    assert article.title and article.paragraphs
    assert article.lang in {"en", "vi"}


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=60),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
KEYS = ["title", "lang", "slug", "seed", "published", "source", "events", "facts", "people"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.dictionaries(st.sampled_from(KEYS), values, max_size=8), st.text(max_size=200))
def test_front_matter_round_trips(meta, body):
    page = frontmatter.load(frontmatter.dump(meta, body))
    assert page.meta == meta


@FAST
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1"))))
def test_the_checker_never_crashes_on_a_page(text):
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "docs" / "articles"
        articles.mkdir(parents=True)
        (articles / "x.en.md").write_text(text, "utf-8", errors="surrogatepass")
        (articles / "y.vi.md").write_text("---\n" + text, "utf-8", errors="surrogatepass")
        problems, count = check_docs(articles.parent)
        assert count == 2
        for problem in problems:
            assert "\n" not in str(problem).rstrip("\n") or "YAML" in str(problem)


@FAST
@given(st.dictionaries(st.sampled_from(KEYS), values, max_size=8), st.text(max_size=200))
def test_the_checker_never_crashes_on_front_matter(meta, body):
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "docs" / "articles"
        articles.mkdir(parents=True)
        (articles / "x.en.md").write_text(frontmatter.dump(meta, body), "utf-8")
        problems, _ = check_docs(articles.parent)
        assert all(str(problem).startswith(str(articles / "x.en.md")) for problem in problems)
