"""Does the importer's work grow in step with the text? Extraction of one long paragraph,
at 10 KB and at 100 KB, in each language.

Ten times the text should take about ten times as long (linear); a hundred times
as long would mean the work grows with the square of a paragraph's length, and a
newsroom's one run-on paragraph would hang an import. The figure is the ratio
of the two times, against the floor of a linear scan over the same text (a regex
that reads every character once).

    python bench/linear.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bench` importable as a package
    sys.path.insert(0, str(ROOT))

from bench.report import Target, table  # noqa: E402
from generator.ingest.extract import extract  # noqa: E402

SIZES = (10_000, 100_000)
PUBLISHED = "2025-05-23"
GROWTH_MAX = 20.0  # ten times the text: at most twenty times the time (quadratic is 100)
# One paragraph with no full stop, full of dates and figures: the worst a seed can hold.
SAMPLES = {
    "en": "Trade between Vietnam and Mexico reached US$15 billion in 2024, up 27.5% compared "
    "to 2023, and officials met on May 22 to discuss cooperation, while 30,000 tourists "
    "visited ",
    "vi": "Kim ngạch thương mại Việt Nam – Mexico đạt 15 tỷ USD năm 2024, tăng 27,5% so với "
    "năm 2023, và sáng 22/5 hai bên hội đàm, trong khi 30.000 lượt khách đến ",
}
_EVERY_CHARACTER = re.compile(r"[\s\S]")


def paragraph(lang: str, size: int) -> str:
    sample = SAMPLES[lang]
    return (sample * (size // len(sample) + 1))[:size]


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(runs: int = 3) -> tuple[list[list[str]], list[Target]]:
    rows = [["language", "text", "extraction", "floor (one scan)"]]
    targets = []
    for lang in SAMPLES:
        seconds = {}
        floors = {}
        for size in SIZES:
            text = paragraph(lang, size)
            seconds[size] = best_of(runs, lambda t=text, code=lang: extract([t], code, PUBLISHED))
            floors[size] = best_of(runs, lambda text=text: _EVERY_CHARACTER.findall(text))
            rows.append(
                [lang, f"{size // 1000} KB", f"{seconds[size]:.3f} s", f"{floors[size]:.4f} s"]
            )
        growth = seconds[SIZES[1]] / seconds[SIZES[0]]
        floor_growth = floors[SIZES[1]] / floors[SIZES[0]]
        targets.append(
            Target(
                f"extraction grows linearly ({lang}): 10 KB → 100 KB of one paragraph, "
                f"at most {GROWTH_MAX:.0f}x the time",
                growth,
                GROWTH_MAX,
                f"{growth:.1f}x (a linear scan: {floor_growth:.1f}x; quadratic would be 100x)",
            )
        )
    return rows, targets


def report(rows: list[list[str]]) -> str:
    return table(rows)


if __name__ == "__main__":
    from bench.report import report_targets

    measured, judged = measure()
    print("== Work grows with the text: one long paragraph ==\n" + report(measured))
    print("\n== Targets ==\n" + report_targets(judged))
