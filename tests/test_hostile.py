"""Hostile and careless input, end to end: what `check` accepts builds, nothing from input
runs in a reader's browser, nothing hangs, nothing is left behind, no traceback.

Each test is one defect found by trying the tools as an attacker and as a careless
editor would; they go through the command line and the build, as a person does.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, ROOT, copy_project, mkdocs_build, run_generator

GOOD = (FIXTURES / "pages" / "good.en.md").read_text("utf-8")
MARKUP = "<img src=x onerror=alert(1)>"
ARTICLE = "Vietnam and Mexico agree to expand trade\n\n(VNA) - Trade grew on May 22, 2024.\n"


@pytest.fixture
def project(tmp_path) -> Path:
    """The project's site (its docs and templates) in a folder of its own."""
    return copy_project(tmp_path / "project")


def add_page(project: Path, name: str, text: str) -> Path:
    path = project / "docs" / "articles" / name
    path.write_text(text, "utf-8")
    return path


def good(**changes: str) -> str:
    """The good fixture page with lines of its front matter replaced: key -> new line(s)."""
    text = GOOD
    for key, line in changes.items():  # a key's whole block: its line and the indented ones
        block = re.compile(rf"^{key}:.*?\n(?=\S)", flags=re.M | re.S)
        text = block.sub(lambda _, line=line: line + "\n", text, count=1)
    return text


def check_lines(project: Path) -> list[str]:
    result = run_generator(project, "check")
    return [line for line in result.stderr.splitlines() if "good.en.md" in line]


def assert_refused_then_not_built(project: Path, expected: str) -> None:
    """`check` names the problem, and the build stops with the same line (no traceback)."""
    lines = check_lines(project)
    assert any(expected in line for line in lines), lines
    built = mkdocs_build(project)
    assert built.returncode == 1
    assert expected in built.stderr and "Traceback" not in built.stderr


def outputs(site: Path) -> dict[Path, str]:
    return {
        path: path.read_text("utf-8", errors="replace")
        for path in site.rglob("*")
        if path.suffix in (".html", ".xml", ".json")
    }


# --- 1. markup in any field is text on every page, feed and JSON file ------------------------


def test_markup_in_every_field_is_never_live(project):
    page = good(
        title=f"title: '{MARKUP} headline'",
        source=f"source:\n  name: '{MARKUP} agency'",
        events="events:\n"
        f"- date: '2024-05-22'\n  text: '{MARKUP} event'\n"
        "  quote: Vietnam and Mexico agreed to expand trade on May 22, 2024.",
        facts="facts:\n"
        f"- label: '{MARKUP} label'\n  value: 5\n  unit: '{MARKUP}'\n"
        f"  qualifier: '{MARKUP} about'\n"
        "  quote: Vietnam and Mexico agreed to expand trade on May 22, 2024.",
    ).replace("seed: seeds/good.txt", f"author: '{MARKUP} author'\nseed: seeds/good.txt")
    add_page(project, "good.en.md", page)
    assert check_lines(project) == []
    assert mkdocs_build(project).returncode == 0
    for path, text in outputs(project / "site").items():
        assert "<img src=x" not in text, path


# --- 2. a long paragraph is read in time that grows with it, not with its square -------------


def test_a_seed_of_one_long_paragraph_imports(tmp_path):
    (tmp_path / "seeds").mkdir()
    sentence = "Trade reached US$15 billion in 2024, up 27.5% compared to 2023, and on May 22 "
    (tmp_path / "seeds" / "long.txt").write_text(
        "A long paragraph\n\n" + sentence * (400_000 // len(sentence)), "utf-8"
    )
    # A subprocess with a bound: before the fix, 75 KB ran for more than a minute.
    done = subprocess.run(
        [sys.executable, "-m", "generator", "import", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- 3. workers die with the importer ---------------------------------------------------------


def test_killing_the_importer_leaves_no_worker_behind(tmp_path):
    psutil = pytest.importorskip("psutil")  # installed with the benchmarks' extra
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "(VNA) - " + "Trade between the two countries reached US$1 billion in 2024. " * 300
    for number in range(200):
        (seeds / f"s{number:03}.txt").write_text(f"Article {number}\n\n{body}\n", "utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-m", "generator", "import", "--jobs", "2", "-q"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    parent = psutil.Process(importer.pid)
    deadline = time.monotonic() + 60
    workers = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = parent.children()
        time.sleep(0.05)
    assert len(workers) >= 2, "the import did not start its workers"
    importer.send_signal(signal.SIGKILL)
    importer.wait(timeout=30)
    _, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == []


# --- 4, 5, 6, 21. what check accepts, the build can show ---------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "events:\n- date: '2024'\n  end: --05\n  text: Talks\n"
            "  quote: Vietnam and Mexico agreed to expand trade on May 22, 2024.",
            "events[0].end: '--05' is not an ISO 8601 date with its year",
        ),
        (
            "facts:\n- label: trade\n  value: 1.0e+25\n  unit: USD\n"
            "  quote: Vietnam and Mexico agreed to expand trade on May 22, 2024.",
            "facts[0].value: 1e+25 is larger than any news figure",
        ),
        ("published: --05-22", "published: '--05-22' is not an ISO 8601 date with its year"),
    ],
    ids=["year-less end", "huge value", "year-less publication date"],
)
def test_check_refuses_what_the_build_cannot_show(project, line, expected):
    add_page(project, "good.en.md", good(**{line.split(":")[0]: line}))
    assert_refused_then_not_built(project, expected)


def test_check_refuses_a_template_the_site_does_not_have(project):
    add_page(project, "good.en.md", good(title="title: T\ntemplate: nowhere.html"))
    assert_refused_then_not_built(project, "template: 'nowhere.html' is not one of article.html")


# --- 7. the front matter MkDocs reads is the front matter check reads --------------------------


def test_front_matter_must_end_with_a_line_break(project):
    add_page(project, "good.en.md", "---\ntitle: <b>T</b>\nlang: en\nslug: good\n---")
    assert_refused_then_not_built(project, "no front matter")


def test_a_value_mkdocs_reads_as_an_impossible_date_is_refused(project):
    page = good(
        events="events:\n- date: '2024-05-22'\n  text: 2024-02-30\n"
        "  quote: Vietnam and Mexico agreed to expand trade on May 22, 2024."
    )
    add_page(project, "good.en.md", page)
    assert_refused_then_not_built(project, "events.0.text: '2024-02-30' reads as a date to MkDocs")


# --- 8, 15. characters a reader cannot see ----------------------------------------------------


@pytest.mark.parametrize("char", ["\\a", "\\u202e", "\\u200b"], ids=["BEL", "RLO", "ZWSP"])
def test_a_title_with_an_invisible_character_is_refused(project, char):
    add_page(project, "good.en.md", good(title=f'title: "Trade{char}grows"'))
    assert_refused_then_not_built(project, "title: holds U+")


def test_bidi_overrides_and_controls_are_cleaned_out_of_seeds_and_sidecars(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "Vietnam\u202eocixeM and Mexico agree\n\n(VNA) - Trade grew on May 22, 2024.\n", "utf-8"
    )
    (tmp_path / "seeds" / "a.yml").write_text(
        'author: "Nguyễn\\x00 Văn\\x1b[31m A"\npublisher: "VNA\\u202e"\n', "utf-8"
    )
    assert run_generator(tmp_path, "import").returncode == 0
    (page,) = (tmp_path / "docs" / "articles").glob("*.md")
    text = page.read_text("utf-8")
    assert "\u202e" not in text and "\x00" not in text and "\x1b" not in text
    assert "author: Nguyễn Văn[31m A" in text


# --- 9. nothing outside the repository is read through a link ---------------------------------


def test_a_seed_that_links_outside_the_seeds_folder_is_refused(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(ARTICLE, "utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "link.txt").symlink_to(secret)
    result = run_generator(tmp_path, "import")
    assert result.returncode == 1
    assert "seeds/link.txt: link.txt is a link to a file outside the seeds folder" in result.stderr
    assert not (tmp_path / "docs" / "articles").exists()


def test_a_page_that_links_outside_the_docs_folder_is_refused(project, tmp_path):
    outside = tmp_path / "outside.en.md"
    outside.write_text(GOOD, "utf-8")
    (project / "docs" / "articles" / "good.en.md").symlink_to(outside)
    assert_refused_then_not_built(project, "is a link to a file outside the docs folder")


# --- 10. a seed is known by its folder and path, not its file name -----------------------------


def test_another_folder_called_seeds_never_replaces_a_page(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    assert run_generator(tmp_path, "import").returncode == 0
    other = tmp_path / "elsewhere" / "seeds"
    other.mkdir(parents=True)
    (other / "a.txt").write_text(
        "A different article\n\n(VNA) - The two countries said that it was time for talks.\n",
        "utf-8",
    )
    result = run_generator(tmp_path, "import", "--seeds", str(other))
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "docs" / "articles").glob("*.md"))
    assert pages == ["a-different-article.en.md", "vietnam-and-mexico-agree-to-expand-trade.en.md"]


# --- 11. every page with front matter is checked, not only articles --------------------------


def test_broken_front_matter_of_the_home_page_is_refused(project):
    home = project / "docs" / "index.en.md"
    home.write_text(home.read_text("utf-8").replace("title:", "title: [unclosed\n  x:"), "utf-8")
    lines = run_generator(project, "check").stderr
    assert "docs/index.en.md:" in lines and "front matter is not valid YAML" in lines
    built = mkdocs_build(project)
    assert built.returncode == 1 and "docs/index.en.md" in built.stderr


# --- 12, 13. a full disk or an unreadable page costs one seed, and the summary still prints ---


def test_a_full_disk_names_the_file_and_the_summary_still_prints(tmp_path, monkeypatch):
    from generator.ingest.importer import manifest, run

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(run, "write_atomic", full)
    monkeypatch.setattr(manifest, "write_atomic", full)
    result = run_generator(tmp_path, "import")
    assert result.returncode == 1
    assert (
        "error: docs/articles/vietnam-and-mexico-agree-to-expand-trade.en.md: cannot write it: "
        "No space left on device" in result.stderr
    )
    assert "docs/.import-manifest.json: cannot write it: No space left on device" in result.stderr
    assert "import: 1 failed" in result.stdout


def test_an_unreadable_page_fails_its_seed_only(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    for name in ("a", "b"):
        text = ARTICLE.replace("expand trade", f"expand trade {name}")
        (tmp_path / "seeds" / f"{name}.txt").write_text(text, "utf-8")
    assert run_generator(tmp_path, "import").returncode == 0
    for path in (tmp_path / "seeds").glob("*.txt"):
        path.write_text(path.read_text("utf-8") + "More.\n", "utf-8")
    real = Path.read_bytes

    def unreadable(self):
        if self.name.endswith("trade-a.en.md"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    result = run_generator(tmp_path, "import")
    assert result.returncode == 1
    assert "trade-a.en.md: cannot read the page it would replace" in result.stderr
    assert "1 written, 1 failed" in result.stdout


# --- 14. a folder name that is not UTF-8 ----------------------------------------------------


def test_a_seeds_folder_whose_name_is_not_utf8_is_a_usage_error(tmp_path):
    folder = os.fsencode(tmp_path) + b"/seeds-\xff"
    os.mkdir(folder)
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"generator", b"import", b"--seeds", folder],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 2
    assert b"the folder's name is not valid UTF-8" in done.stderr
    assert b"Traceback" not in done.stderr


# --- 16, 17. a sidecar is one mapping of clean values -----------------------------------------


def test_a_sidecar_with_a_second_document_is_refused(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "seeds" / "a.yml").write_text("author: A\n---\npublisher: B\n", "utf-8")
    result = run_generator(tmp_path, "import")
    assert result.returncode == 1
    assert "seeds/a.yml:1: sidecar holds more than one YAML document" in result.stderr


# --- 18. a renamed page is followed, not made again -------------------------------------------


def test_a_renamed_page_is_followed(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    assert run_generator(tmp_path, "import").returncode == 0
    articles = tmp_path / "docs" / "articles"
    (page,) = articles.glob("*.md")
    renamed = articles / "trade-deal.en.md"
    renamed.write_text(page.read_text("utf-8").replace(page.name[:-6], "trade-deal"), "utf-8")
    page.unlink()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE + "More trade.\n", "utf-8")
    result = run_generator(tmp_path, "import")
    assert sorted(p.name for p in articles.glob("*.md")) == ["trade-deal.en.md"]
    assert run_generator(tmp_path, "check").returncode == 0, result.stderr


# --- 19. links that are not addresses ---------------------------------------------------------


def test_a_body_link_mkdocs_cannot_read_is_reported_with_its_line(project):
    home = project / "docs" / "index.en.md"
    home.write_text(home.read_text("utf-8") + "\nSee [the report](http://[).\n", "utf-8")
    result = run_generator(project, "check")
    assert re.search(
        r"docs/index\.en\.md:\d+: link 'http://\[' is not a valid address", result.stderr
    )
    built = mkdocs_build(project)
    assert built.returncode == 1 and "Traceback" not in built.stderr


def test_linkcheck_reports_a_link_to_a_null_byte(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<a href="%00">x</a><a href="http://[">y</a>', "utf-8")
    result = run_generator(tmp_path, "linkcheck", "site", "--config", "none.yml")
    assert result.returncode == 1
    assert "index.html: %00: no such file" in result.stderr
    assert "index.html: http://[: not a valid address" in result.stderr


# --- 20. a translation of a broken original ---------------------------------------------------


def test_a_translation_of_a_broken_original_is_not_told_its_original_is_missing(project):
    articles = project / "docs" / "articles"
    (original,) = articles.glob("its-time*.en.md")
    original.write_text(original.read_text("utf-8").replace("lang: en", "lang: [en"), "utf-8")
    result = run_generator(project, "check")
    assert "has no page" not in result.stderr
    assert original.name in result.stderr


# --- 21. slugs --------------------------------------------------------------------------------


def test_a_long_headline_makes_a_slug_of_at_most_80_characters(tmp_path):
    (tmp_path / "seeds").mkdir()
    headline = "Vietnam and Mexico " + "agree to expand trade and investment cooperation " * 4
    for name in ("a", "b"):
        (tmp_path / "seeds" / f"{name}.txt").write_text(f"{headline}\n\n(VNA) - Trade.\n", "utf-8")
    assert run_generator(tmp_path, "import").returncode == 0
    slugs = sorted(p.name.split(".")[0] for p in (tmp_path / "docs" / "articles").glob("*.md"))
    assert len(slugs) == 2 and all(len(slug) <= 80 for slug in slugs), slugs
    assert slugs[1] == slugs[0] + "-2" or slugs[0].endswith("-2")


def test_the_json_feeds_hold_no_raw_markup(project):
    add_page(project, "good.en.md", good(title=f"title: '{MARKUP}'"))
    assert mkdocs_build(project).returncode == 0
    facts = (project / "site" / "facts.json").read_text("utf-8")
    assert "<" not in facts and json.loads(facts) is not None
    assert ROOT.exists()
