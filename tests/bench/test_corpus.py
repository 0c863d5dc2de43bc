"""The benchmark corpus must be the same every time and look like real news seeds.

Benchmark figures compare runs, so the corpus behind them must not drift: the
same count and seed give the same bytes, and a larger corpus starts with the
smaller one. It must also exercise what the importer does on real seeds: both
languages, every date and figure form, distinct articles.
"""

from __future__ import annotations

import collections
import itertools

import pytest

from bench import corpus
from generator.ingest.detect import detect_language
from generator.ingest.parse import parse_article

SAMPLE = 80


@pytest.fixture(scope="module")
def seeds() -> list[corpus.Seed]:
    return corpus.generate(SAMPLE, seed=11)


def test_same_count_and_seed_give_the_same_bytes():
    first = corpus.generate(30, seed=5)
    again = corpus.generate(30, seed=5)
    assert [(s.name, s.data) for s in first] == [(s.name, s.data) for s in again]


def test_another_seed_gives_another_corpus():
    one = {s.data for s in corpus.generate(20, seed=1)}
    other = {s.data for s in corpus.generate(20, seed=2)}
    assert not one & other


def test_a_larger_corpus_starts_with_the_smaller_one():
    small = corpus.generate(12, seed=3)
    large = corpus.generate(40, seed=3)
    assert [s.data for s in large[:12]] == [s.data for s in small]


def test_written_files_hold_the_generated_bytes(tmp_path):
    paths = corpus.write_corpus(tmp_path / "seeds", 6, seed=4)
    assert [p.read_bytes() for p in paths] == [s.data for s in corpus.generate(6, seed=4)]
    assert [p.name for p in paths] == sorted(p.name for p in paths)


def test_both_languages_half_each(seeds):
    counts = collections.Counter(s.lang for s in seeds)
    assert abs(counts["en"] - counts["vi"]) <= 1


def test_each_seed_reads_as_its_language(seeds):
    for seed in seeds:
        assert detect_language(seed.text) == seed.lang, seed.name


def test_each_seed_parses_with_its_headline_and_a_source_tag(seeds):
    for seed in seeds:
        article = parse_article(seed.text)
        assert article.title == seed.headline
        assert article.lang == seed.lang
        assert article.publisher, f"{seed.name}: no source tag in {article.lede[:60]!r}"


def test_articles_and_headlines_are_distinct(seeds):
    assert len({s.headline.casefold() for s in seeds}) == len(seeds)
    bodies = {s.text.split("\n", 1)[1] for s in seeds}
    assert len(bodies) == len(seeds)


def test_articles_are_about_600_words(seeds):
    words = [len(s.text.split()) for s in seeds]
    assert all(450 <= count <= 850 for count in words), (min(words), max(words))
    assert 560 <= sum(words) / len(words) <= 660


@pytest.mark.parametrize("form", list(corpus.FORMS))
def test_every_date_and_figure_form_is_present(seeds, form):
    text = "\n".join(s.text for s in seeds)
    assert corpus.FORMS[form].search(text), form


@pytest.mark.parametrize(
    ("chrome", "found"),
    [
        ("a caption printed twice", lambda s: _repeated_line(s.text)),
        ("blank lines between paragraphs", lambda s: "\n\n" in s.text),
        ("CRLF line endings", lambda s: b"\r\n" in s.data),
        ("a byte-order mark", lambda s: s.data.startswith(b"\xef\xbb\xbf")),
        ("a trailing read-more line", lambda s: s.text.rstrip().endswith(("Read more", "thêm"))),
    ],
)
def test_some_seeds_carry_the_chrome_real_seeds_arrive_with(chrome, found):
    assert any(found(s) for s in corpus.generate(200, seed=11)), chrome


def _repeated_line(text: str) -> bool:
    lines = [line for line in text.split("\n") if line]
    return any(a == b for a, b in itertools.pairwise(lines))
