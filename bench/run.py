"""The benchmark suite: how the importer and the build scale, next to their floors.

One run prints every figure the project promises (issue 7), each as seconds
(or bytes) and as a ratio to its floor (bench/floors.py), and a PASS or
FALL-SHORT line per target; a missed target is printed, never hidden, and does
not change the exit status. A step that fails (the importer or `mkdocs build`
exits non-zero, or writes the wrong number of pages) makes the run exit 1.

    python bench/run.py                  # the full run: several minutes
    python bench/run.py --smoke          # 50 articles, one of everything: under a minute
    python bench/run.py --import-sizes 100,1000 --build-sizes 500 --repeat 5

This file is the command line, the table of targets and the printing; the
figures are measured by bench/import_bench.py, bench/build_bench.py and
bench/payload.py, each subprocess by bench/measure.py. Figures go to stdout,
progress to stderr. Work folders are made under bench/out/ (git-ignored) and
removed at the end unless --keep. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bench` importable as a package
    sys.path.insert(0, str(ROOT))

from bench.build_bench import (  # noqa: E402
    BuildFigures,
    bench_build,
    doubling_pairs,
    largest_article_html,
    report_build,
)
from bench.corpus import DEFAULT_SEED, write_corpus  # noqa: E402
from bench.import_bench import ImportFigures, bench_import, report_import  # noqa: E402
from bench.linear import measure as measure_growth  # noqa: E402
from bench.linear import report as report_growth  # noqa: E402
from bench.measure import MEMORY_METHOD, StepFailed, progress, startup_time  # noqa: E402
from bench.payload import BROWSER  # noqa: E402
from bench.report import KB, MB, Target, ratio, report_targets, seconds, size  # noqa: E402
from generator import languages  # noqa: E402

OUT = ROOT / "bench" / "out"

FULL_IMPORT_SIZES = (100, 1_000, 10_000)
FULL_BUILD_SIZES = (100, 500, 1_000, 2_000)
SMOKE_SIZES = (50,)

# Targets of issue 7.
IMPORT_COLD_MAX = 3.0  # cold import per seed, as a multiple of the floor loop per seed
IMPORT_UNCHANGED_MAX = 0.3  # re-import with nothing changed, as a multiple of the floor loop
IMPORT_MEMORY_MAX = 150 * MB  # at 10,000 seeds, whole process tree
IMPORT_MEMORY_AT = 10_000
BUILD_OVERHEAD_MAX = 1.2  # our build over Material + i18n alone on the same pages
DOUBLING_MAX = 2.2  # twice the articles: at most twice the time and size, +10%
SEARCH_LANGUAGE = "vi"  # the first query is judged where the index is hardest: Vietnamese
SEARCH_AT = 2_000
SEARCH_FIRST_QUERY_MAX = 1 * MB
ARTICLE_HTML_MAX = 40 * KB


def _meant_for(size_now: int, size_meant: int) -> str:
    """The label's tail when a target is judged at a smaller size than it is set for."""
    return "" if size_now >= size_meant else f" (target is for {size_meant:,})"


def import_targets(results: list[ImportFigures]) -> list[Target]:
    targets = []
    for f in results:
        n, per_floor = f.size, f.floor / f.size
        targets.append(
            Target(
                f"import cold, {n:,} seeds: per seed within {IMPORT_COLD_MAX:g}x the floor loop",
                f.cold / f.floor,
                IMPORT_COLD_MAX,
                f"{f.cold / n * 1000:.2f} ms vs {per_floor * 1000:.2f} ms = "
                f"{ratio(f.cold, f.floor)}",
            )
        )
        targets.append(
            Target(
                f"import nothing changed, {n:,} seeds: within {IMPORT_UNCHANGED_MAX:g}x the floor",
                f.unchanged / f.floor,
                IMPORT_UNCHANGED_MAX,
                f"{seconds(f.unchanged)} vs {seconds(f.floor)} = {ratio(f.unchanged, f.floor)}",
            )
        )
    top = max(results, key=lambda f: f.size)
    targets.append(
        Target(
            f"import peak memory, {top.size:,} seeds: under {size(IMPORT_MEMORY_MAX)}"
            + _meant_for(top.size, IMPORT_MEMORY_AT),
            top.peak,
            IMPORT_MEMORY_MAX,
            f"{size(top.peak)}; ratio to the floor loop {ratio(top.peak, top.floor_peak)}",
        )
    )
    return targets


def build_targets(results: list[BuildFigures]) -> list[Target]:
    targets = []
    for b in results:
        targets.append(
            Target(
                f"build, {b.size:,} articles: at most {BUILD_OVERHEAD_MAX - 1:.0%} over "
                "Material + i18n alone",
                b.ours.wall / b.floor.wall,
                BUILD_OVERHEAD_MAX,
                f"{seconds(b.ours.wall)} vs {seconds(b.floor.wall)} = "
                f"{ratio(b.ours.wall, b.floor.wall)}",
            )
        )
    for b, d in doubling_pairs(results):
        for what, new, old in (
            ("time", d.ours.wall, b.ours.wall),
            ("output size", d.ours.size, b.ours.size),
        ):
            targets.append(
                Target(
                    f"doubling {b.size:,} -> {d.size:,} articles: {what} at most {DOUBLING_MAX:g}x",
                    new / old,
                    DOUBLING_MAX,
                    ratio(new, old),
                )
            )
    top = max(results, key=lambda b: b.size)
    value, how = top.ours.search[SEARCH_LANGUAGE]
    targets.append(
        Target(
            f"search, {top.size:,} articles: first query on /{languages.prefix(SEARCH_LANGUAGE)}"
            f" under {size(SEARCH_FIRST_QUERY_MAX)}" + _meant_for(top.size, SEARCH_AT),
            value,
            SEARCH_FIRST_QUERY_MAX,
            f"{size(value)} ({how}); floor {size(top.floor.search[SEARCH_LANGUAGE][0])}",
        )
    )
    biggest = largest_article_html(top.ours)
    targets.append(
        Target(
            f"article page HTML, {top.size:,} articles: every page under {size(ARTICLE_HTML_MAX)}",
            biggest,
            ARTICLE_HTML_MAX,
            f"largest {size(biggest)}",
        )
    )
    targets.append(
        Target(
            f"no request to another host ({top.size:,} articles)",
            float(len(top.hosts.requests)),
            0,
            f"{len(top.hosts.requests)} other hosts requested",
        )
    )
    return targets


def versions() -> str:
    found = []
    for package in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pagefind", "PyYAML"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found.append(f"{package} {importlib.metadata.version(package)}")
    return ", ".join(found)


def load_average() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def header(smoke: bool, seed: int, times: int, work: Path) -> str:
    return "\n".join(
        [
            f"Benchmark of the bilingual microsite ({'smoke' if smoke else 'full'} run)",
            f"corpus: bench/corpus.py, seed {seed}; median of {times} run(s) per figure",
            f"machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}; {versions()}",
            f"memory: {MEMORY_METHOD}",
            "CPU: user + system seconds of each step and of every process it waited for (os.wait4)",
            f"python start-up alone (python -c pass): {seconds(startup_time(work))}",
            f"load average at the start (1, 5, 15 min): {load_average()}; our runs and the"
            " floor's take turns, so other work on the machine slows both alike",
        ]
    )


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(
            int(part.replace("_", "").replace(",", "")) for part in text.split(",") if part
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be 1 or more")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py",
        description="Benchmark the importer and the build against their floors; print every "
        "figure and a PASS / FALL-SHORT line per target.",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="50 articles, one run of each step: a quick check that every step works",
    )
    parser.add_argument(
        "--import-sizes",
        type=parse_sizes,
        help="seed counts for the import, comma-separated (default 100,1000,10000); '' to skip",
    )
    parser.add_argument(
        "--build-sizes",
        type=parse_sizes,
        help="article counts for the build (default 100,500,1000,2000); '' to skip",
    )
    parser.add_argument("--repeat", type=int, help="runs per measurement, median printed (3)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="the corpus's random seed")
    parser.add_argument("--keep", action="store_true", help="keep the work folder under bench/out")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import_sizes = (
        args.import_sizes
        if args.import_sizes is not None
        else (SMOKE_SIZES if args.smoke else FULL_IMPORT_SIZES)
    )
    build_sizes = (
        args.build_sizes
        if args.build_sizes is not None
        else (SMOKE_SIZES if args.smoke else FULL_BUILD_SIZES)
    )
    times = args.repeat or (1 if args.smoke else 3)
    if times < 1:
        build_parser().error("--repeat must be 1 or more")
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=OUT))
    started = time.perf_counter()
    targets: list[Target] = []
    sections: list[str] = []
    failed = None
    try:
        sections.append(header(args.smoke, args.seed, times, work))
        import_results = []
        for n in import_sizes:
            seeds = work / f"import-{n}" / "seeds"
            progress(f"import N={n:,}: writing the corpus")
            write_corpus(seeds, n, args.seed)
            import_results.append(bench_import(n, work / f"import-{n}", seeds, times))
            shutil.rmtree(work / f"import-{n}")
        progress("extraction of one long paragraph, 10 KB and 100 KB")
        growth_rows, growth_targets = measure_growth(1 if args.smoke else 3)
        sections.append(
            "== Work grows with the text: one long paragraph, extracted ==\n"
            + report_growth(growth_rows)
        )
        targets += growth_targets
        if import_results:
            sections.append(
                "== Import: python -m generator import --seeds … --docs … ==\n"
                + report_import(import_results)
            )
            targets += import_targets(import_results)
        build_results = []
        for n in build_sizes:
            seeds = work / f"build-{n}" / "seeds"
            progress(f"build N={n:,}: writing the corpus")
            write_corpus(seeds, n, args.seed)
            build_results.append(bench_build(n, work / f"build-{n}", seeds, times))
            if not args.keep:
                shutil.rmtree(work / f"build-{n}")
        if build_results:
            sections.append(
                "== Build: mkdocs build --strict, vs Material + mkdocs-static-i18n alone ==\n"
                + report_build(build_results)
            )
            targets += build_targets(build_results)
    except StepFailed as error:
        failed = str(error)
    except Exception:  # a bug of the benchmark itself: still print what was measured
        failed = traceback.format_exc()
    finally:
        BROWSER.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if targets:
        sections.append("== Targets ==\n" + report_targets(targets))
    sections.append(
        f"total benchmark time: {seconds(time.perf_counter() - started)}; "
        f"load average at the end: {load_average()}"
    )
    print("\n\n".join(sections), flush=True)
    if failed:
        print(f"\nFAILED: {failed}", flush=True)
        return 1
    if args.keep:
        progress(f"work folder kept: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
