"""Golden files: the pages the importer writes for the two real seeds, byte for byte.

After an intended change to the importer's output, regenerate them with
`python -m pytest tests/test_golden.py --update-golden` and review the diff.
(The pages in docs/articles start from these and then carry editors' edits.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.ingest.importer import run_import
from tests.helpers import GOLDEN, ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("golden")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    report = run_import(work / "seeds", work / "docs")
    assert not report.failed, [o.line() for o in report.outcomes]
    return work / "docs"


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_imported_page_matches_golden(imported, seed, update_golden):
    pages = [
        p
        for p in (imported / "articles").glob("*.md")
        if f"seed: seeds/{seed.name}\n" in p.read_text("utf-8")
    ]
    assert len(pages) == 1
    golden = GOLDEN / f"{seed.stem}.md"
    produced = pages[0].read_text("utf-8")
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(produced, "utf-8")
    assert golden.exists(), f"no golden file: run pytest {__file__} --update-golden"
    assert produced == golden.read_text("utf-8")
    assert f"{pages[0].name.split('.')[0]}" in produced  # the slug is in the front matter


def test_second_import_writes_nothing(imported):
    before = {p: p.read_bytes() for p in imported.rglob("*") if p.is_file()}
    stamps = {p: p.stat().st_mtime_ns for p in before}
    report = run_import(imported.parent / "seeds", imported)
    assert {o.status for o in report.outcomes} == {"unchanged"}
    after = {p: p.read_bytes() for p in imported.rglob("*") if p.is_file()}
    assert after == before
    assert {p: p.stat().st_mtime_ns for p in before} == stamps
