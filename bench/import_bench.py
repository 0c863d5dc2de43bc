"""The import figures: `python -m generator import` on N seeds, next to the floor loop.

Each repeat runs the floor loop (bench/floors.py), a cold import, a re-import with
nothing changed and one with one seed changed, in turn, so that a machine busy
with other work slows the floor and the importer alike. The cold import's peak
memory is the whole process tree's (the importer and its worker processes).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import PYTHON, TREE_MEMORY, Run, StepFailed, largest, median, progress, run
from bench.report import ratio, seconds, size, table

FLOORS = Path(__file__).resolve().parent / "floors.py"
STEPS = ("floor", "cold", "unchanged", "one")


@dataclass
class ImportFigures:
    size: int
    floor: float = 0.0
    floor_rss: int | None = None
    floor_tree: int | None = None
    cold: float = 0.0
    unchanged: float = 0.0
    one_changed: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)  # step (STEPS) -> median CPU seconds
    max_rss: int | None = None
    tree_peak: int | None = None
    runs: int = 0

    @property
    def peak(self) -> int | None:
        """The cold import's peak memory: the larger of the tree and the largest process."""
        return largest([self.tree_peak, self.max_rss])

    @property
    def floor_peak(self) -> int | None:
        return largest([self.floor_tree, self.floor_rss])


_SUMMARY = re.compile(r"^import: (.*)$", re.MULTILINE)


def import_counts(result: Run) -> dict[str, int]:
    """The importer's summary line, "import: 99 unchanged, 1 written", as counts."""
    match = _SUMMARY.search(result.stdout)
    if not match:
        raise StepFailed(f"no summary line in the importer's output:\n{result.stdout[-500:]}")
    counts = {}
    for part in match.group(1).split(", "):
        number, _, status = part.partition(" ")
        if number.isdigit():
            counts[status] = int(number)
    return counts


def expect_counts(result: Run, expected: dict[str, int], what: str) -> None:
    counts = import_counts(result)
    if counts != expected:
        raise StepFailed(f"{what}: the importer reported {counts}, expected {expected}")


def importer(seeds: Path, docs: Path, cwd: Path) -> Run:
    command = [PYTHON, "-m", "generator", "import", "--seeds", str(seeds), "--docs", str(docs)]
    return run(command, cwd)


def change_seed(seeds: Path, index: int, revision: int) -> Path:
    """Edit one seed as an editor would: a new last paragraph, in the seed's language."""
    paths = sorted(seeds.glob("*.txt"))
    path = paths[index % len(paths)]
    data = path.read_bytes()
    vietnamese = any(letter in data.decode("utf-8-sig") for letter in "ăâđêôơư")
    sentence = (
        f"Bộ Ngoại giao sẽ công bố số liệu chính thức sau (bản sửa {revision})."
        if vietnamese
        else f"The ministry will publish the final figures later (revision {revision})."
    )
    path.write_bytes(data.rstrip(b"\r\n") + b"\n" + sentence.encode("utf-8") + b"\n")
    return path


def fresh(path: Path) -> Path:
    """`path`, removed if it exists, with its parent folder made."""
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def bench_import(size: int, work: Path, seeds: Path, times: int) -> ImportFigures:
    """The floor loop, a cold import and two re-imports, `times` times in turn."""
    runs: dict[str, list[Run]] = {step: [] for step in STEPS}
    for index in range(times):
        label = f"import N={size:,} ({index + 1}/{times})"
        out = fresh(work / "floor-import")
        progress(f"{label}: floor loop")
        command = [PYTHON, str(FLOORS), "import", "--seeds", str(seeds), "--out", str(out)]
        runs["floor"].append(run(command, work).check("the import floor loop"))
        written = len(list((out / "articles").glob("*.md")))
        if written != size:
            raise StepFailed(f"the import floor wrote {written} pages for {size} seeds")
        shutil.rmtree(out)

        docs = fresh(work / "import" / "docs")
        progress(f"{label}: cold import")
        result = importer(seeds, docs, work).check(f"import of {size} seeds")
        expect_counts(result, {"written": size}, f"cold import of {size} seeds")
        runs["cold"].append(result)

        progress(f"{label}: re-import, nothing changed")
        result = importer(seeds, docs, work).check("re-import with nothing changed")
        expect_counts(result, {"unchanged": size}, "re-import with nothing changed")
        runs["unchanged"].append(result)

        progress(f"{label}: re-import, one seed changed")
        change_seed(seeds, 7919 * index + size // 2, index)
        result = importer(seeds, docs, work).check("re-import with one seed changed")
        expected = {"written": 1, "unchanged": size - 1} if size > 1 else {"written": 1}
        expect_counts(result, expected, "re-import with one seed changed")
        runs["one"].append(result)
        shutil.rmtree(work / "import")
    return ImportFigures(
        size,
        floor=median(r.wall for r in runs["floor"]),
        floor_rss=largest(r.max_rss for r in runs["floor"]),
        floor_tree=largest(r.tree_peak for r in runs["floor"]),
        cold=median(r.wall for r in runs["cold"]),
        unchanged=median(r.wall for r in runs["unchanged"]),
        one_changed=median(r.wall for r in runs["one"]),
        cpu={step: median(r.cpu for r in runs[step]) for step in STEPS},
        max_rss=largest(r.max_rss for r in runs["cold"]),
        tree_peak=largest(r.tree_peak for r in runs["cold"]),
        runs=times,
    )


def report_import(results: list[ImportFigures]) -> str:
    """The import section: seconds per step, then the cold import's peak memory."""
    rows = [["seeds", "step", "seconds", "per seed", "floor s", "ratio to floor", "CPU s"]]
    for f in results:
        n = f.size
        steps = (
            ("floor loop (read, NFC, safe_dump, write)", f.floor, "floor", ".2f"),
            ("cold import", f.cold, "cold", ".2f"),
            ("re-import, nothing changed", f.unchanged, "unchanged", ".3f"),
            ("re-import, one seed changed", f.one_changed, "one", ".3f"),
        )
        for name, wall, step, per_seed in steps:
            rows.append(
                [
                    f"{n:,}",
                    name,
                    seconds(wall),
                    f"{wall / n * 1000:{per_seed}} ms",
                    seconds(f.floor),
                    ratio(wall, f.floor),
                    seconds(f.cpu[step]),
                ]
            )
    memory = [
        [
            "seeds",
            f"process tree ({TREE_MEMORY})",
            "largest process (RSS)",
            "peak",
            "floor peak",
            "ratio to floor",
        ]
    ]
    for f in results:
        memory.append(
            [
                f"{f.size:,}",
                size(f.tree_peak),
                size(f.max_rss),
                size(f.peak),
                size(f.floor_peak),
                ratio(f.peak, f.floor_peak),
            ]
        )
    shared = (
        "PSS counts pages shared after fork once"
        if TREE_MEMORY == "PSS"
        else "RSS counts pages shared after fork once per process"
    )
    return (
        table(rows)
        + f"\n\nPeak memory of the cold import (max over the repeats; {shared}):\n"
        + table(memory)
    )
