"""`python -m generator import` and `check` as a person runs them: exit status and exact lines.

Every test runs the command in a separate process from a project folder in
`tmp_path`, so "seeds/x.txt" and "docs/articles/x.en.md" read as they do
for an editor.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, run_generator

LOCK_MESSAGE = (
    "error: docs: another import is running on this docs folder (it holds docs/.import.lock); "
    "wait for it to finish and run this one again"
)


def _load_cases():
    spec = importlib.util.spec_from_file_location("seed_cases", FIXTURES / "seeds" / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cases = _load_cases()


run = run_generator


def lines(text: str) -> list[str]:
    return text.splitlines()


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "seeds").mkdir()
    return tmp_path


def test_every_seed_case_through_the_command_line(project):
    cases.materialise(project / "seeds")
    result = run(project, "import")
    assert result.returncode == 1
    expected = [line for name in sorted(cases.EXPECTED) for line in cases.EXPECTED[name]]
    assert lines(result.stderr) == expected
    written = sorted(p.name for p in (project / "docs" / "articles").glob("*.md"))
    imported = [name for name in cases.EXPECTED if cases.imported(name)]
    failed = len(cases.EXPECTED) - len(imported)
    assert len(written) == len(imported)
    assert sorted(lines(result.stdout)[:-1]) == [f"wrote docs/articles/{name}" for name in written]
    assert lines(result.stdout)[-1] == f"import: {len(imported)} written, {failed} failed"
    assert not list((project / "docs").rglob("*.tmp"))
    assert "Traceback" not in result.stderr

    again = run(project, "import")
    assert again.returncode == 1  # the same seeds still fail, and say so again
    assert lines(again.stderr) == [line for line in expected if line.startswith("error:")]
    assert lines(again.stdout) == [f"import: {len(imported)} unchanged, {failed} failed"]

    check = run(project, "check")
    assert (check.returncode, check.stderr) == (0, "")
    assert lines(check.stdout) == [f"check: {len(imported)} pages, 0 problems"]


def test_all_good_seeds_exit_0(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt", "seed_windows_1258.txt"])
    result = run(project, "import", "--quiet")
    assert result.returncode == 0
    assert result.stdout == ""
    assert lines(result.stderr) == cases.EXPECTED["seed_windows_1258.txt"]


def test_a_seed_that_disappears_is_a_warning_not_a_deletion(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    run(project, "import")
    (page,) = (project / "docs" / "articles").glob("*.md")
    (project / "seeds" / "seed_crlf.txt").unlink()
    result = run(project, "import")
    assert result.returncode == 0
    assert lines(result.stderr) == [
        f"warning: seeds/seed_crlf.txt: seed is gone; its page docs/articles/{page.name} is kept "
        "(delete the page by hand if that was intended)"
    ]
    assert lines(result.stdout) == ["import: 1 missing"]
    assert page.exists()


def test_an_edited_page_is_kept_and_force_overwrites_it(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    run(project, "import")
    (page,) = (project / "docs" / "articles").glob("*.md")
    page.write_text(page.read_text("utf-8").replace("tourism", "sport"), "utf-8")
    seed = project / "seeds" / "seed_crlf.txt"
    seed.write_bytes(seed.read_bytes() + b"One more paragraph from the newsroom.\r\n")
    kept = run(project, "import")
    assert kept.returncode == 0
    assert lines(kept.stderr) == [
        f"warning: docs/articles/{page.name}: kept as it is: edited since it was imported; "
        "--force overwrites the edits with seeds/seed_crlf.txt"
    ]
    assert lines(kept.stdout) == ["import: 1 kept"]
    assert "sport" in page.read_text("utf-8")
    forced = run(project, "import", "--force")
    assert (forced.returncode, forced.stderr) == (0, "")
    assert lines(forced.stdout) == [f"wrote docs/articles/{page.name}", "import: 1 written"]
    assert "sport" not in page.read_text("utf-8")


def test_a_lost_manifest_keeps_pages_and_slugs(project):
    names = ["seed_headline_duplicate_a.txt", "seed_headline_duplicate_b.txt"]
    cases.materialise(project / "seeds", names)
    run(project, "import")
    before = {p.name: p.read_bytes() for p in (project / "docs" / "articles").iterdir()}
    (project / "docs" / ".import-manifest.json").unlink()
    result = run(project, "import")
    assert (result.returncode, result.stderr) == (0, "")
    assert lines(result.stdout) == ["import: 2 unchanged"]
    assert {p.name: p.read_bytes() for p in (project / "docs" / "articles").iterdir()} == before


def test_a_second_import_while_one_runs_is_refused(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (project / "docs").mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from generator.ingest.importer.lock import Lock\n"
            "with Lock(Path('docs/.import.lock')):\n"
            "    print('locked', flush=True)\n"
            "    sys.stdin.read()\n",
        ],
        cwd=project,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        refused = run(project, "import")
    finally:
        holder.communicate("", timeout=30)
    assert refused.returncode == 1
    assert lines(refused.stderr) == [LOCK_MESSAGE]
    assert refused.stdout == ""
    assert not (project / "docs" / "articles").exists()
    after = run(project, "import")
    assert after.returncode == 0


def test_two_imports_at_once_cannot_corrupt_each_other(project):
    english = cases.ENGLISH.split("\n", 1)[1]
    for number in range(60):
        text = f"Vietnam and Mexico meeting number {number}\n{english}" + english * 20
        (project / "seeds" / f"meeting-{number:02}.txt").write_text(text, "utf-8")
    command = [sys.executable, "-m", "generator", "import", "--quiet", "--jobs", "1"]
    for _ in range(3):
        shutil.rmtree(project / "docs", ignore_errors=True)
        both = [
            subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in both]
        for code, stderr in results:
            assert (code, stderr) in {(0, ""), (1, LOCK_MESSAGE + "\n")}, stderr
        assert any(code == 0 for code, _ in results)
        check = run(project, "check")
        assert (check.returncode, check.stderr) == (0, ""), check.stderr
        assert lines(check.stdout) == ["check: 60 pages, 0 problems"]
        manifest = json.loads((project / "docs" / ".import-manifest.json").read_text("utf-8"))
        assert len(manifest["seeds"]) == 60
        assert not list((project / "docs").rglob("*.tmp"))
        again = run(project, "import")
        assert lines(again.stdout) == ["import: 60 unchanged"]


def test_check_prints_file_line_key_problem_and_exits_1(project):
    articles = project / "docs" / "articles"
    shutil.copytree(FIXTURES / "pages", articles)
    result = run(project, "check")
    assert result.returncode == 1
    golden = (FIXTURES / "pages" / "expected-check.txt").read_text("utf-8").splitlines()
    assert lines(result.stderr) == [f"docs/articles/{line}" for line in golden]
    assert lines(result.stdout) == [
        f"check: {len(list(articles.glob('*.md')))} pages, {len(golden)} problems"
    ]


def test_check_of_good_pages_exits_0(project):
    articles = project / "docs" / "articles"
    articles.mkdir(parents=True)
    for name in ("good.en.md", "good.vi.md", "windows-editor.en.md"):
        shutil.copyfile(FIXTURES / "pages" / name, articles / name)
    result = run(project, "check")
    assert (result.returncode, result.stderr) == (0, "")
    assert lines(result.stdout) == ["check: 3 pages, 0 problems"]
    assert run(project, "check", "--quiet").stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "--seeds", "nowhere"], "--seeds nowhere: no such folder"),
        (["import", "--jobs", "0"], "--jobs must be 1 or more"),
        (["import", "--docs", "seeds/file.txt"], "--docs seeds/file.txt: not a folder"),
        (["check", "--docs", "nowhere"], "--docs nowhere: no such folder"),
        (["import", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_exit_2(project, args, message):
    (project / "seeds" / "file.txt").write_text("x")
    result = run(project, *args)
    assert result.returncode == 2
    assert lines(result.stderr)[-1].endswith(f"error: {message}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["import", "check"])
def test_every_command_has_help(project, command):
    result = run(project, command, "--help")
    assert result.returncode == 0
    assert f"usage: python -m generator {command}" in result.stdout
    assert "--docs" in result.stdout


def test_an_interrupted_import_leaves_no_partial_file(project):
    english = cases.ENGLISH.split("\n", 1)[1]
    for number in range(20):
        text = f"Vietnam and Mexico talks, round {number}\n" + english * 100
        (project / "seeds" / f"talks-{number:02}.txt").write_text(text, "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "import", "--jobs", "1"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    articles = project / "docs" / "articles"
    deadline = time.monotonic() + 60
    while not (articles.is_dir() and any(articles.glob("*.md"))):  # wait until it is mid-run
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)  # Ctrl-C
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert lines(stderr) == ["error: interrupted"]
    assert not list((project / "docs").rglob("*.tmp"))
    started = time.perf_counter()
    finish = run(project, "import", "--quiet")
    assert (finish.returncode, finish.stderr) == (0, ""), finish.stderr
    assert time.perf_counter() - started < 60
    assert run(project, "check").returncode == 0
