"""The import figures rest on the importer's own summary line and on an editor's edit of
one seed: both must be read and made exactly, or a figure measures the wrong work."""

from __future__ import annotations

import pytest

from bench import import_bench
from bench.measure import Run, StepFailed


def finished(stdout: str) -> Run:
    return Run(["generator", "import"], 0, 1.0, 1.0, 0, 0, stdout, "")


@pytest.mark.parametrize(
    ("summary", "counts"),
    [
        ("import: 50 written", {"written": 50}),
        ("import: 99 unchanged, 1 written", {"unchanged": 99, "written": 1}),
        ("INFO reading\nimport: 2 written, 1 failed\n", {"written": 2, "failed": 1}),
    ],
)
def test_the_summary_line_is_read_as_counts(summary, counts):
    assert import_bench.import_counts(finished(summary)) == counts


def test_no_summary_line_fails_the_step():
    with pytest.raises(StepFailed, match="no summary line"):
        import_bench.import_counts(finished("Traceback (most recent call last):"))


def test_other_counts_than_expected_fail_the_step():
    with pytest.raises(StepFailed, match=r"reported \{'written': 49\}, expected \{'written': 50\}"):
        import_bench.expect_counts(finished("import: 49 written"), {"written": 50}, "cold import")


@pytest.mark.parametrize(
    ("seed", "added"),
    [
        ("\ufeffTrade grows\r\n(PLVN) - Trade grew.\r\n", "The ministry will publish"),
        ("Thương mại tăng\n(PLVN) - Thương mại tăng.\n\n", "Bộ Ngoại giao sẽ công bố"),
    ],
)
def test_a_changed_seed_gets_a_new_last_paragraph_in_its_language(tmp_path, seed, added):
    (tmp_path / "a.txt").write_bytes(seed.encode("utf-8"))
    path = import_bench.change_seed(tmp_path, 0, revision=3)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(seed.rstrip("\r\n") + "\n" + added)
    assert text.endswith("3).\n")
