"""How well the importer reads news: on real published articles, and on the gold set.

    python bench/extraction.py            # the real development sets and tests/gold
    python bench/extraction.py --holdout  # the held-out real set too (score it, never tune on it)
    python bench/extraction.py -v         # and every miss

Real news first (bench/realset.py): sets of published articles annotated by hand,
read from ../shared/ beside the project (real-dev, real-more/dev-a, dev-b, dev-c, dev-d;
`holdout-2` with --holdout), skipped with a line when absent. Each set is imported
twice, as seeds arrive (no publication date but what the text says) and with the
publication date known (a sidecar), and scored: events strict (date, precision and
true year) and lenient (a year-less date's month and day), figures strict (value,
unit and period) and lenient (value and unit), people, organisations, source tags;
how many items carry `review`, and every event shown with a wrong year and no
`review` (the count must be 0). dateparser's `search_dates` is scored on the same
event dates, side by side.

Then the gold set `tests/gold`, written and tuned here: for regression only. It
prints events (same `date` and `end`) and figures (same `value`, `value_max`,
`unit`, `as_of`) per language, dateparser beside them, and the CPU time to extract
a 10,000-word article. dateparser comes with `pip install .[bench]`; without it,
its column says so.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.realset import HOLDOUT, SETS, dateparser_events, score_set  # noqa: E402
from bench.realset import Score as RealScore  # noqa: E402
from generator.ingest.extract import extract  # noqa: E402

GOLD = ROOT / "tests" / "gold"


@dataclass(frozen=True)
class Article:
    name: str
    lang: str
    published: str | None
    paragraphs: list[str]
    events: Counter
    event_dates: Counter
    figures: Counter


@dataclass
class Score:
    matched: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, predicted: Counter, expected: Counter) -> None:
        self.matched += sum((predicted & expected).values())
        self.predicted += sum(predicted.values())
        self.expected += sum(expected.values())

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def load_gold(folder: Path = GOLD) -> list[Article]:
    articles = []
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        name = gold_path.name.removesuffix(".gold.yaml")
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        text = (folder / f"{name}.txt").read_text(encoding="utf-8-sig")
        lines = unicodedata.normalize("NFC", text).splitlines()
        paragraphs = [line.strip() for line in lines[1:] if line.strip()]
        published = gold.get("published")
        articles.append(
            Article(
                name=name,
                lang=gold["lang"],
                published=str(published) if published else None,
                paragraphs=paragraphs,
                events=Counter(_event_key(e) for e in gold.get("events") or []),
                event_dates=Counter(str(e["date"]) for e in gold.get("events") or []),
                figures=Counter(_figure_key(f) for f in gold.get("figures") or []),
            )
        )
    return articles


def _event_key(event) -> tuple:
    get = event.get if isinstance(event, dict) else lambda k: getattr(event, k, None)
    end = get("end")
    return (str(get("date")), str(end) if end else None)


def _figure_key(figure) -> tuple:
    get = figure.get if isinstance(figure, dict) else lambda k: getattr(figure, k, None)
    value_max = get("value_max")
    as_of = get("as_of")
    return (
        Decimal(str(get("value"))).normalize(),
        Decimal(str(value_max)).normalize() if value_max is not None else None,
        str(get("unit")),
        str(as_of) if as_of else None,
    )


def dateparser_dates(article: Article):
    """Dates dateparser finds, each cut to the precision of the words it matched."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {}
    if article.published:
        import datetime as dt

        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(article.published)
    parser = DateDataParser(languages=["en", "vi"], settings=settings)
    found = Counter()
    for paragraph in article.paragraphs:
        for words, when in search_dates(paragraph, languages=["en", "vi"], settings=settings) or []:
            period = parser.get_date_data(words).period or "day"
            if period == "year":
                found[f"{when.year:04d}"] += 1
            elif period == "month":
                found[f"{when.year:04d}-{when.month:02d}"] += 1
            else:
                found[when.date().isoformat()] += 1
    return found


def speed(
    articles: list[Article], lang: str, words: int = 10_000, runs: int = 5
) -> tuple[float, int]:
    """Milliseconds of CPU to extract an article of about `words` words, built from the gold.

    CPU time, best of `runs`: wall-clock time on a shared machine measures the neighbours.
    """
    pool = [p for a in articles if a.lang == lang for p in a.paragraphs]
    body, count = [], 0
    while count < words:
        for paragraph in pool:
            body.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    timings = []
    for _ in range(runs):
        started = time.process_time()
        extract(body, lang, None)
        timings.append((time.process_time() - started) * 1000)
    return min(timings), count


REAL_COLUMNS = (
    ("events strict", "events strict"),
    ("events lenient", "events lenient"),
    ("figures strict", "figures strict"),
    ("figures lenient", "figures lenient"),
    ("people", "people"),
    ("organisations", "orgs"),
)


def _pr(score: RealScore) -> str:
    p = "  - " if score.precision is None else f"{score.precision:.2f}"
    r = "  - " if score.recall is None else f"{score.recall:.2f}"
    return f"P {p} R {r}"


def real_news(names: dict, verbose: bool, have_dateparser: bool) -> None:
    present = {
        name: folder for name, folder in names.items() if (folder / "answers.yaml").is_file()
    }
    for name in sorted(set(names) - set(present)):
        print(f"{name}: not here ({names[name]}); skipped")
    if not present:
        return
    for with_dates, title in ((False, "as seeds arrive"), (True, "publication date known")):
        print(f"\nReal news, {title}:")
        header = f"{'set':<10}{'n':>4}" + "".join(f"{label:>17}" for _, label in REAL_COLUMNS)
        print(header + f"{'sources':>10}{'review':>8}{'wrong year':>12}")
        totals = {key: RealScore() for key, _ in REAL_COLUMNS}
        counts = Counter()
        dateparser_total = RealScore()
        for name, folder in present.items():
            result = score_set(name, folder, with_dates)
            for key, _ in REAL_COLUMNS:
                score = result.scores[key]
                totals[key].add(score.right, score.found, score.required_hit, score.required)
            counts["articles"] += result.articles
            counts["sources right"] += result.sources["right"]
            counts["sources"] += sum(result.sources.values())
            counts["review"] += sum(result.reviewed.values())
            counts["wrong"] += len(result.wrong_years_unflagged)
            cells = "".join(f"{_pr(result.scores[key]):>17}" for key, _ in REAL_COLUMNS)
            sources = f"{result.sources['right']}/{sum(result.sources.values())}"
            print(
                f"{name:<10}{result.articles:>4}{cells}{sources:>10}"
                f"{sum(result.reviewed.values()):>8}{len(result.wrong_years_unflagged):>12}"
            )
            if verbose:
                for line in result.misses + [
                    f"WRONG YEAR {w}" for w in result.wrong_years_unflagged
                ]:
                    print(f"    {line}")
            if have_dateparser:
                found = dateparser_events(folder, with_dates)
                dateparser_total.add(found.right, found.found, found.required_hit, found.required)
        cells = "".join(f"{_pr(totals[key]):>17}" for key, _ in REAL_COLUMNS)
        sources = f"{counts['sources right']}/{counts['sources']}"
        print(
            f"{'all':<10}{counts['articles']:>4}{cells}{sources:>10}{counts['review']:>8}"
            f"{counts['wrong']:>12}"
        )
        if have_dateparser:
            print(f"{'dateparser':<14}{_pr(dateparser_total):>17}  (search_dates, event dates)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--holdout", action="store_true", help="also score the held-out real set (never tune on it)"
    )
    parser.add_argument("--real-only", action="store_true", help="skip the gold set")
    args = parser.parse_args(argv)
    try:
        import dateparser

        have_real_dateparser = True
    except ImportError:
        have_real_dateparser = False
    real_news({**SETS, **(HOLDOUT if args.holdout else {})}, args.verbose, have_real_dateparser)
    if args.real_only:
        return 0
    print()
    articles = load_gold()
    try:
        import dateparser  # noqa: F401

        have_dateparser = True
    except ImportError:
        have_dateparser = False

    groups = ("all", "en", "vi")
    events = {g: Score() for g in groups}
    dates_only = {g: Score() for g in groups}
    figures = {g: Score() for g in groups}
    baseline = {g: Score() for g in groups}
    for article in articles:
        result = extract(article.paragraphs, article.lang, article.published)
        predicted_events = Counter(_event_key(e) for e in result.events)
        predicted_dates = Counter(e.date for e in result.events)
        predicted_figures = Counter(_figure_key(f) for f in result.figures)
        found_by_dateparser = dateparser_dates(article) if have_dateparser else Counter()
        for group in ("all", article.lang):
            events[group].add(predicted_events, article.events)
            dates_only[group].add(predicted_dates, article.event_dates)
            figures[group].add(predicted_figures, article.figures)
            if have_dateparser:
                baseline[group].add(found_by_dateparser, article.event_dates)
        if args.verbose:
            _report_misses(article, predicted_events, predicted_figures, found_by_dateparser)

    print(f"gold set: {len(articles)} articles ({_count(articles)})")
    header = f"{'':<8}{'':>5}" + "".join(f"{g:>15}" for g in groups)
    print(header)
    rows = [
        ("events", "date+end", events),
        ("events", "date", dates_only),
        ("figures", "v,u,as_of", figures),
    ]
    if have_dateparser:
        rows.append(("dateparser", "date", baseline))
    for name, match, scores in rows:
        cells = "".join(f"   P {scores[g].precision:.2f} R {scores[g].recall:.2f}" for g in groups)
        print(f"{name:<11}{match:<10}{cells}   ({_counts(scores['all'])})")
    if not have_dateparser:
        print("dateparser: not installed (pip install '.[bench]')")
    for lang in ("en", "vi"):
        milliseconds, words = speed(articles, lang)
        print(f"speed {lang}: {words} words in {milliseconds:.1f} ms of CPU (best of 5 runs)")
    return 0


def _count(articles: list[Article]) -> str:
    by_lang = Counter(a.lang for a in articles)
    return ", ".join(f"{n} {lang}" for lang, n in sorted(by_lang.items()))


def _counts(score: Score) -> str:
    return f"{score.matched} matched / {score.predicted} found / {score.expected} expected"


def _report_misses(article: Article, events: Counter, figures: Counter, baseline: Counter) -> None:
    lines = []
    for key in (events - article.events).elements():
        lines.append(f"  extra event   {key}")
    for key in (article.events - events).elements():
        lines.append(f"  missed event  {key}")
    for key in (figures - article.figures).elements():
        lines.append(f"  extra figure  {key}")
    for key in (article.figures - figures).elements():
        lines.append(f"  missed figure {key}")
    if lines:
        print(article.name)
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
