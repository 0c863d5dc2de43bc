"""Figures are printed one way everywhere: decimal sizes, two-decimal ratios, seconds, and a
verdict per target that says when nothing was measured."""

from __future__ import annotations

import pytest

from bench import report


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, "n/a"), (999, "999 B"), (40_000, "40.0 KB"), (1_000_000, "1.00 MB")],
)
def test_sizes_are_decimal(value, shown):
    assert report.size(value) == shown


@pytest.mark.parametrize(
    ("value", "floor", "shown"), [(3.0, 1.5, "2.00x"), (1.0, 0, "n/a"), (None, 1.0, "n/a")]
)
def test_ratios(value, floor, shown):
    assert report.ratio(value, floor) == shown


@pytest.mark.parametrize(("value", "shown"), [(0.1234, "0.123 s"), (12.34, "12.3 s")])
def test_seconds(value, shown):
    assert report.seconds(value) == shown


@pytest.mark.parametrize(
    ("value", "verdict"),
    [(1.0, "PASS"), (1.2, "PASS"), (1.3, "FALL-SHORT"), (None, "NOT MEASURED")],
)
def test_a_target_passes_at_its_limit_and_says_when_unmeasured(value, verdict):
    assert report.Target("build", value, 1.2, "").verdict == verdict


def test_tables_align_figures_right_and_words_left():
    rows = [["seeds", "step", "seconds"], ["50", "cold import", "0.675 s"], ["1,000", "x", "12 s"]]
    assert report.table(rows).splitlines() == [
        "seeds  step         seconds",
        "-----  -----------  -------",
        "50     cold import  0.675 s",  # the first column names the row, left-aligned
        "1,000  x               12 s",
    ]
