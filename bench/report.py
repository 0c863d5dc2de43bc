"""How the benchmark writes its figures: seconds, sizes, ratios, aligned tables and verdicts.

One module so that every section prints numbers the same way: the import and the
build figures, the search payload and the targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KB, MB = 1000, 1000 * 1000  # targets in decimal units: 40 KB = 40,000 bytes, 1 MB = 10^6 bytes


@dataclass
class Target:
    """A promise of the project, judged on one measured value."""

    name: str
    value: float | None
    limit: float
    shown: str  # the value as printed, with its ratio

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "NOT MEASURED"
        return "PASS" if self.value <= self.limit else "FALL-SHORT"


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def size(value: int | None) -> str:
    if value is None:
        return "n/a"
    if value >= MB:
        return f"{value / MB:.2f} MB"
    return f"{value / KB:.1f} KB" if value >= KB else f"{value} B"


def ratio(value: float | None, floor: float | None) -> str:
    if value is None or not floor:
        return "n/a"
    return f"{value / floor:.2f}x"


_FIGURE = re.compile(r"[\d.,]+(?: ?(?:s|ms|x|B|KB|MB))?|n/a")


def table(rows: list[list[str]]) -> str:
    """Rows as aligned columns: figures to the right, words to the left; a rule under the head."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    numeric = [
        i > 0 and all(_FIGURE.fullmatch(row[i]) for row in rows[1:]) for i in range(len(widths))
    ]
    lines = []
    for number, row in enumerate(rows):
        cells = (
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(row, widths, numeric, strict=True)
        )
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report_targets(targets: list[Target]) -> str:
    width = max(len(t.name) for t in targets)
    return "\n".join(f"{t.verdict:<12} {t.name:<{width}}  {t.shown}" for t in targets)
