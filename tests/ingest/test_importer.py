"""The importer against hostile seeds and editors' mistakes: a clear line, and nothing lost.

Every seed case in tests/fixtures/seeds either imports into a valid page or
is refused with one line naming the file; the other seeds still import; no
partial or temporary file is left; a page a person edited is never
overwritten without `--force`, even when the manifest is lost.
"""

from __future__ import annotations

import importlib.util
import json
import os
import unicodedata
from pathlib import Path

import markdown
import pytest
import yaml

from generator.contract import frontmatter
from generator.contract.check import check_docs
from generator.errors import LockedError, SeedError
from generator.ingest import importer
from generator.ingest.importer import MANIFEST, MAX_SEED_BYTES, manifest, prepare, run, run_import
from generator.ingest.importer.lock import Lock
from generator.ingest.seeds import read_bytes
from generator.text.markdown import unescape_markdown
from tests.helpers import FIXTURES, ROOT

SEED_FIXTURES = FIXTURES / "seeds"


def _load_cases():
    spec = importlib.util.spec_from_file_location("seed_cases", SEED_FIXTURES / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cases = _load_cases()


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project folder, made the working directory: messages read "seeds/x.txt"."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def import_(project: Path, **options) -> importer.Report:
    return run_import(Path("seeds"), Path("docs"), jobs=1, **options)


def pages(project: Path) -> dict[str, bytes]:
    """Every file under docs/, by path, with its bytes (the importer's whole output)."""
    docs = project / "docs"
    return {
        path.relative_to(docs).as_posix(): path.read_bytes()
        for path in sorted(docs.rglob("*"))
        if path.is_file() and path.name != importer.LOCK
    }


def leftovers(project: Path) -> list[str]:
    return [name for name in pages(project) if name.endswith(".tmp")]


def page_of(project: Path, outcome: importer.Outcome) -> frontmatter.Page:
    return frontmatter.load((project / "docs" / outcome.page).read_text("utf-8"))


def markdown_extensions() -> list:
    """The Markdown extensions the site really uses, from mkdocs.yml."""

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=_Loader)
    names = []
    for item in config.get("markdown_extensions", []):
        names.append(next(iter(item)) if isinstance(item, dict) else item)
    return names


# What each imported case must look like, beyond being a valid page.
def _title_is(expected):
    return lambda page, seed: page.meta["title"] == expected


def _body_lines(page) -> list[str]:
    return unescape_markdown(page.body).strip("\n").split("\n\n")


CONTENT_CHECKS = {
    "seed_cr.txt": lambda page, seed: "\r" not in page.body and len(_body_lines(page)) == 3,
    "seed_crlf.txt": lambda page, seed: "\r" not in page.body and len(_body_lines(page)) == 3,
    "seed_headline_400_chars.txt": lambda page, seed: (
        len(page.meta["title"]) == 400 and len(page.meta["slug"]) <= 96
    ),
    "seed_headline_path_traversal.txt": lambda page, seed: (
        page.meta["title"] == "../../../etc/passwd and C:\\Windows\\System32 are in the headline"
        and page.meta["slug"] == "etc-passwd-and-c-windows-system32-are-in-the-headline"
    ),
    "seed_headline_punctuation_only.txt": lambda page, seed: (
        page.meta["title"] == "— * — * —" and page.meta["slug"] == "seed-headline-punctuation-only"
    ),
    "seed_headline_yaml_breakers.txt": _title_is(
        "\"Vietnam\": Mexico's 'trade' # up: 12% --- {key: value} [list] & *star* !tag |pipe >fold"
    ),
    "seed_markup.txt": lambda page, seed: (
        page.meta["title"] == seed.read_text("utf-8").split("\n")[0]
        and _body_lines(page) == [line for line in seed.read_text("utf-8").split("\n")[1:] if line]
    ),
    "seed_no_final_newline.txt": _title_is(
        "Vietnam and Mexico sign a trade deal, with no newline at the end"
    ),
    "seed_utf16_bom.txt": _title_is("Vietnam and Mexico, saved as UTF-16"),
    "seed_utf16_no_bom.txt": _title_is("Việt Nam – Mexico, lưu bằng UTF-16"),
    "seed_utf8_bom.txt": lambda page, seed: page.meta["title"].startswith("Vietnam and Mexico"),
    "seed_utf8_mojibake.txt": lambda page, seed: (
        page.meta["title"] == "Việt Nam – Mexico mở rộng thương mại, văn bản qua bảng mã sai"
        and "Thứ trưởng Bùi Thanh Sơn" in page.body
    ),
    "seed_vi_nfd.txt": lambda page, seed: (
        page.meta["title"]
        == unicodedata.normalize("NFC", page.meta["title"])
        == "Việt Nam – Mexico đẩy mạnh hợp tác thương mại"
        and page.body == unicodedata.normalize("NFC", page.body)
    ),
    # The newsroom's tone placement is kept ("Uỷ", "hoà", "thuỷ"); only NFC is enforced.
    "seed_vi_old_tone_placement.txt": lambda page, seed: (
        page.meta["title"] == "Uỷ ban hoà bình họp về thuỷ sản Việt Nam – Mexico"
        and "hoà bình và hợp tác thuỷ sản" in page.body
    ),
    "seed_windows_1252.txt": _title_is(
        "Mexico’s “café diplomacy” with Vietnam – saved as Windows-1252"
    ),
    "seed_windows_1258.txt": _title_is("Việt Nam – Mexico, lưu bằng bảng mã Windows-1258"),
}


@pytest.mark.parametrize("name", sorted(cases.EXPECTED))
def test_each_seed_case_imports_or_fails_with_one_line(project, name):
    cases.materialise(project / "seeds", [name, *cases.IMPORTED_WITH.get(name, [])])
    report = import_(project)
    (outcome,) = [o for o in report.outcomes if o.seed == f"seeds/{name}"]
    expected = [line.split(": ", 1)[1] for line in cases.EXPECTED[name]]
    if cases.imported(name):
        assert outcome.status == "written", outcome
        assert list(outcome.warnings) == expected
        page = page_of(project, outcome)
        assert check_docs(project / "docs")[0] == []
        assert frontmatter.load(frontmatter.dump(page.meta, page.body)) == page
        assert page.meta["seed"] == f"seeds/{name}"
        if name in CONTENT_CHECKS:
            assert CONTENT_CHECKS[name](page, SEED_FIXTURES / name), page
    else:
        assert outcome.status == "failed"
        assert [outcome.line()] == expected
        assert not (project / "docs" / "articles").exists()
    assert not leftovers(project)


def test_every_case_is_a_fixture_file_or_made_from_bytes():
    committed = {p.name for p in SEED_FIXTURES.glob("seed_*.txt")}
    assert committed | set(cases.GENERATED) == set(cases.EXPECTED)
    assert not committed & set(cases.GENERATED)


def test_bad_seeds_do_not_stop_the_good_ones(project):
    cases.materialise(project / "seeds")
    report = import_(project)
    failed = {Path(o.seed).name for o in report.outcomes if o.status == "failed"}
    written = {Path(o.seed).name for o in report.outcomes if o.status == "written"}
    assert failed == {name for name in cases.EXPECTED if not cases.imported(name)}
    assert written == {name for name in cases.EXPECTED if cases.imported(name)}
    assert report.failed
    problems, count = check_docs(project / "docs")
    assert problems == []
    assert count == len(written)
    assert not leftovers(project)


def test_markup_in_a_seed_renders_as_text(project):
    cases.materialise(project / "seeds", ["seed_markup.txt"])
    (outcome,) = import_(project).outcomes
    page = page_of(project, outcome)
    html = markdown.markdown(page.body, extensions=markdown_extensions())
    paragraphs = html.split("\n")
    seed_lines = [
        line
        for line in (SEED_FIXTURES / "seed_markup.txt").read_text("utf-8").split("\n")[1:]
        if line
    ]
    assert len(paragraphs) == len(seed_lines)
    for paragraph, line in zip(paragraphs, seed_lines, strict=True):
        assert paragraph.startswith("<p>") and paragraph.endswith("</p>"), paragraph
        inner = paragraph[3:-4]
        assert "<" not in inner and ">" not in inner, paragraph  # no element, no attribute
        text = inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        assert text.replace("&amp;", "&") == line


def test_identical_headlines_get_stable_distinct_slugs(project):
    names = ["seed_headline_duplicate_a.txt", "seed_headline_duplicate_b.txt"]
    cases.materialise(project / "seeds", names)
    first = {Path(o.seed).name: o.page for o in import_(project).outcomes}
    assert first == {
        names[0]: "articles/vietnam-and-mexico-celebrate-50-years-of-diplomatic-ties.en.md",
        names[1]: "articles/vietnam-and-mexico-celebrate-50-years-of-diplomatic-ties-2.en.md",
    }
    # Again, after a new seed with the same headline sorts before both, and without a manifest.
    (project / "seeds" / "0-same.txt").write_bytes((SEED_FIXTURES / names[0]).read_bytes())
    (project / "docs" / MANIFEST).unlink()
    again = {Path(o.seed).name: (o.status, o.page) for o in import_(project).outcomes}
    assert again[names[0]] == ("unchanged", first[names[0]])
    assert again[names[1]] == ("unchanged", first[names[1]])
    assert again["0-same.txt"] == (
        "written",
        "articles/vietnam-and-mexico-celebrate-50-years-of-diplomatic-ties-3.en.md",
    )


def test_the_size_limit_is_checked_before_reading(project, monkeypatch):
    seed = project / "seeds" / "seed_too_large.txt"
    with seed.open("wb") as handle:  # sparse: nothing to read, only a size
        handle.truncate(50 * MAX_SEED_BYTES)
    opened = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        if self.name == seed.name:
            opened.append(self)
        return real_open(self, *args, **kwargs)

    real_read_bytes = Path.read_bytes

    def refuse(self):
        if self.name == seed.name:
            pytest.fail(f"read {self}")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "open", spy)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    (outcome,) = import_(project).outcomes
    assert outcome.status == "failed"
    assert "is larger than the limit of 1,048,576 bytes" in outcome.line()
    assert opened == []


def test_a_seed_that_grows_while_read_is_still_refused(project, monkeypatch):
    seed = project / "seeds" / "growing.txt"
    seed.write_bytes(cases.ENGLISH.encode())
    real_stat = Path.stat

    def small_when_asked(self, *args, **kwargs):  # the size it had before it grew
        found = real_stat(self, *args, **kwargs)
        if self != seed:
            return found
        return os.stat_result((*found[:6], 5, *found[7:10]))

    monkeypatch.setattr(Path, "stat", small_when_asked)
    with pytest.raises(SeedError, match="larger than the limit of 10 bytes"):
        read_bytes(seed, limit=10)


def test_a_seed_that_disappears_leaves_its_page_and_says_so(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (written,) = import_(project).outcomes
    page = project / "docs" / written.page
    before = page.read_bytes()
    (project / "seeds" / "seed_crlf.txt").unlink()
    for _ in range(2):  # reported every time, until a person decides
        (outcome,) = import_(project).outcomes
        assert outcome.status == "missing"
        assert outcome.line() == (
            f"seeds/seed_crlf.txt: seed is gone; its page "
            f"docs/{written.page} is kept "
            "(delete the page by hand if that was intended)"
        )
        assert page.read_bytes() == before
    # A person adopts the page (no more `seed:`): the importer stops asking.
    meta = frontmatter.load(before.decode()).meta
    del meta["seed"]
    page.write_text(frontmatter.dump(meta, frontmatter.load(before.decode()).body), "utf-8")
    assert import_(project).outcomes == []
    assert json.loads((project / "docs" / MANIFEST).read_text())["seeds"] == {}
    assert page.exists()


def test_an_edited_page_is_kept_until_force(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (written,) = import_(project).outcomes
    page = project / "docs" / written.page
    edited = page.read_text("utf-8").replace("education, tourism", "education, sport")
    page.write_text(edited, "utf-8")
    seed = project / "seeds" / "seed_crlf.txt"
    seed.write_bytes(seed.read_bytes() + b"A new paragraph from the newsroom.\r\n")
    (kept,) = import_(project).outcomes
    assert kept.status == "kept"
    assert kept.line() == (
        f"docs/{written.page}: kept as it is: edited since it was "
        f"imported; --force overwrites the edits with seeds/seed_crlf.txt"
    )
    assert page.read_text("utf-8") == edited
    (forced,) = import_(project, force=True).outcomes
    assert forced.status == "written"
    assert "A new paragraph from the newsroom." in page.read_text("utf-8")
    assert "education, sport" not in page.read_text("utf-8")


def test_a_lost_manifest_neither_overwrites_pages_nor_doubles_slugs(project):
    names = ["seed_crlf.txt", "seed_headline_duplicate_a.txt", "seed_headline_duplicate_b.txt"]
    cases.materialise(project / "seeds", names)
    first = {Path(o.seed).name: o.page for o in import_(project).outcomes}
    page = project / "docs" / first["seed_crlf.txt"]
    edited = page.read_text("utf-8").replace("education, tourism", "education, sport")
    page.write_text(edited, "utf-8")
    (project / "docs" / MANIFEST).unlink()
    (project / "docs" / importer.STAT_CACHE).unlink()
    second = {Path(o.seed).name: (o.status, o.page) for o in import_(project).outcomes}
    assert {seed: page for seed, (_, page) in second.items()} == first  # same slugs
    assert second["seed_crlf.txt"][0] == "kept"
    assert page.read_text("utf-8") == edited
    assert sorted(p.name for p in (project / "docs" / "articles").iterdir()) == sorted(
        Path(p).name for p in first.values()
    )
    # The untouched pages are recorded again; the edited one is still not the importer's.
    manifest = json.loads((project / "docs" / MANIFEST).read_text())["seeds"]
    assert sorted(manifest) == ["seeds/seed_headline_duplicate_a.txt",
                                "seeds/seed_headline_duplicate_b.txt"]  # fmt: skip


def test_an_unrecorded_page_says_why_it_was_kept(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (written,) = import_(project).outcomes
    page = project / "docs" / written.page
    page.write_text(page.read_text("utf-8").replace("tourism", "sport"), "utf-8")
    (project / "docs" / MANIFEST).unlink()
    (kept,) = import_(project).outcomes
    assert kept.status == "kept"
    assert kept.line() == (
        f"docs/{written.page}: kept as it is: the importer has no record "
        f"of writing it (not in {MANIFEST}), so it may hold edits; --force overwrites it with "
        f"seeds/seed_crlf.txt"
    )


@pytest.mark.parametrize(
    "manifest",
    [
        b"{ not json",
        b"\xff\xfe garbage",
        b"[]",
        json.dumps({"format": 1, "seeds": {"seeds/seed_crlf.txt": "x"}}).encode(),
        json.dumps(
            {"format": 1, "seeds": {"seeds/seed_crlf.txt": {"slug": "../../evil", "lang": "en"}}}
        ).encode(),
    ],
    ids=["broken-json", "not-utf8", "not-an-object", "entry-not-an-object", "slug-escapes-docs"],
)
def test_a_damaged_manifest_is_reported_and_changes_nothing(project, manifest):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (written,) = import_(project).outcomes
    before = pages(project)
    (project / "docs" / MANIFEST).write_bytes(manifest)
    report = import_(project)
    (outcome,) = report.outcomes
    assert outcome.status == "unchanged"
    assert outcome.page == written.page
    assert len(report.notices) == 1
    assert report.notices[0].startswith(f"docs/{MANIFEST}: ")
    after = pages(project)
    assert {k: v for k, v in after.items() if k != MANIFEST} == {
        k: v for k, v in before.items() if k != MANIFEST
    }
    assert after[MANIFEST] == before[MANIFEST]  # rebuilt from the pages, byte for byte
    assert not (project / "evil").exists()


def test_a_second_import_writes_nothing(project, monkeypatch):
    cases.materialise(project / "seeds")
    import_(project)

    def stamps():
        docs = (project / "docs").rglob("*")
        return {path: path.stat().st_mtime_ns for path in docs if path.name != importer.LOCK}

    before = stamps()
    writes = []
    for module in (run, manifest):
        monkeypatch.setattr(module, "write_atomic", lambda path, data: writes.append(path))
    report = import_(project)
    assert writes == []
    assert report.count("written") == 0
    assert stamps() == before


def test_a_failed_write_leaves_the_old_page_and_no_temporary_file(project, monkeypatch):
    names = ["seed_cr.txt", "seed_crlf.txt"]
    cases.materialise(project / "seeds", names)
    import_(project)
    before = pages(project)
    for name in names:
        seed = project / "seeds" / name
        seed.write_bytes(seed.read_bytes().replace(b"tourism", b"sport"))
    real_replace = os.replace
    calls = []

    def fail_second(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", fail_second)
    report = import_(project)
    monkeypatch.setattr(os, "replace", real_replace)
    assert [o.status for o in report.outcomes] == ["written", "failed"]
    assert report.errors == [
        "docs/articles/vietnam-and-mexico-with-crlf-line-endings.en.md: cannot write it: "
        "No space left on device"
    ]
    assert not leftovers(project)
    after = pages(project)
    changed = sorted(
        name for name in before if name.startswith("articles/") and before[name] != after[name]
    )
    assert changed[0].endswith("mac-cr-line-endings.en.md")  # the first page, whole
    assert b"sport" in after[changed[0]]
    assert after[changed[0]].endswith(b"culture.\n")
    crlf_page = next(name for name in before if "crlf" in name)
    assert after[crlf_page] == before[crlf_page]  # the page that could not be written: as it was
    # The next import finishes the job.
    report = import_(project)
    assert sorted(o.status for o in report.outcomes) == ["unchanged", "written"]
    assert check_docs(project / "docs") == ([], 2)


def test_temporary_files_of_a_killed_import_are_removed(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    import_(project)
    articles = project / "docs" / "articles"
    stale = [
        articles / ".x.en.md.k3j4.tmp",
        project / "docs" / f".{MANIFEST}.abcd.tmp",
    ]
    for path in stale:
        path.write_text("half a pa")
    unrelated = articles / "notes.tmp"
    unrelated.write_text("not ours")
    import_(project)
    assert not any(path.exists() for path in stale)
    assert unrelated.exists()


def test_pages_are_written_readable_not_0600(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    (written,) = import_(project).outcomes
    mode = (project / "docs" / written.page).stat().st_mode & 0o777
    umask = os.umask(0o022)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_a_second_import_at_the_same_time_is_refused(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    with Lock(project / "docs" / importer.LOCK), pytest.raises(LockedError) as caught:
        import_(project)
    assert str(caught.value) == (
        "docs: another import is running on this docs folder (it holds "
        "docs/.import.lock); wait for it to finish and run this one again"
    )
    assert not (project / "docs" / "articles").exists()
    assert import_(project).count("written") == 1  # the lock was released


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("published: 22/05/2024\n", "published: '22/05/2024' is not an ISO 8601 date"),
        ("published: 2024-02-30\n", "published: '2024-02-30' is not an ISO 8601 date"),
        ("url: ftp://example.com\n", "url: 'ftp://example.com' is not a web address"),
        ("author: [a, b]\n", "author: ['a', 'b'] is not text"),
        ("colour: red\n", "unknown sidecar key 'colour'"),
        ("url: [unclosed\n", "sidecar is not valid YAML"),
        ("- a list\n", "sidecar must be a mapping"),
        ("a: &x [*x]\n", "alias"),
    ],
)
def test_a_bad_sidecar_fails_its_seed_with_the_sidecar_named(project, sidecar, message):
    (project / "seeds" / "talks.txt").write_text(cases.ENGLISH, "utf-8")
    (project / "seeds" / "talks.yml").write_text(sidecar, "utf-8")
    (outcome,) = import_(project).outcomes
    assert outcome.status == "failed"
    assert outcome.line().startswith("seeds/talks.yml")
    assert message in outcome.line()


def test_a_good_sidecar_fills_the_front_matter(project):
    (project / "seeds" / "talks.txt").write_text(cases.ENGLISH, "utf-8")
    (project / "seeds" / "talks.yml").write_text(
        "url: https://example.com/talks\npublished: 2024-05-22\nauthor: Lan Anh\n", "utf-8"
    )
    (outcome,) = import_(project).outcomes
    meta = page_of(project, outcome).meta
    assert meta["published"] == "2024-05-22"
    assert meta["source"]["url"] == "https://example.com/talks"
    assert meta["author"] == "Lan Anh"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (b"bad\xffname.txt", "the file name is not valid UTF-8; rename the file"),
        (b"two\nlines.txt", "the file name has control characters in it; rename the file"),
    ],
    ids=["not-utf8", "newline"],
)
def test_a_seed_with_an_unusable_file_name_fails_alone(project, name, message):
    folder = os.fsencode(project / "seeds")
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(cases.ENGLISH.encode())
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    report = import_(project)
    statuses = sorted(o.status for o in report.outcomes)
    assert statuses == ["failed", "written"]
    (failed,) = [o for o in report.outcomes if o.status == "failed"]
    line = failed.line()
    assert line.endswith(f": {message}")
    assert "\n" not in line and line.isprintable()


def test_a_seed_that_changes_language_keeps_its_slug_and_its_old_page(project):
    seed = project / "seeds" / "talks.txt"
    seed.write_text(cases.ENGLISH, "utf-8")
    (first,) = import_(project).outcomes
    slug = Path(first.page).name.split(".")[0]
    seed.write_text(cases.VIETNAMESE, "utf-8")
    (second,) = import_(project).outcomes
    assert second.status == "written"
    assert second.page == f"articles/{slug}.vi.md"
    assert (project / "docs" / first.page).exists()
    assert second.warnings == (
        f"seeds/talks.txt: now reads as Vietnamese; its English page docs/{first.page} is kept "
        "(delete it by hand if that was intended)",
    )


def test_a_crash_in_one_seed_does_not_stop_the_others(project, monkeypatch):
    cases.materialise(project / "seeds", ["seed_cr.txt", "seed_crlf.txt"])
    real = prepare.article_meta

    def broken(article, seed, sidecar):
        if seed.endswith("seed_cr.txt"):
            raise ZeroDivisionError("division by zero")
        return real(article, seed, sidecar)

    monkeypatch.setattr(prepare, "article_meta", broken)
    report = import_(project)
    assert sorted(o.status for o in report.outcomes) == ["failed", "written"]
    assert report.errors == [
        "seeds/seed_cr.txt: could not be imported "
        "(internal error ZeroDivisionError: division by zero)"
    ]


def test_seeds_are_read_as_text_files_only(project):
    (project / "seeds" / "folder.txt").mkdir()
    (project / "seeds" / ".hidden.txt").write_text(cases.ENGLISH, "utf-8")
    (project / "seeds" / "notes.md").write_text(cases.ENGLISH, "utf-8")
    (project / "seeds" / "LOUD.TXT").write_text(cases.ENGLISH, "utf-8")
    report = import_(project)
    assert [Path(o.seed).name for o in report.outcomes] == ["LOUD.TXT"]


def test_many_seeds_in_parallel_give_what_one_process_gives(tmp_path, monkeypatch):
    english = cases.ENGLISH.split("\n", 1)[1]
    results = {}
    for jobs in (1, 2):
        project = tmp_path / f"jobs-{jobs}"
        (project / "seeds").mkdir(parents=True)
        for number in range(70):
            text = f"Vietnam and Mexico meeting number {number}\n{english}"
            (project / "seeds" / f"meeting-{number:02}.txt").write_text(text, "utf-8")
        cases.materialise(project / "seeds", ["seed_windows_1258.txt", "seed_empty.txt"])
        monkeypatch.chdir(project)
        report = run_import(Path("seeds"), Path("docs"), jobs=jobs)
        written = {k: v for k, v in pages(project).items() if k != importer.STAT_CACHE}
        results[jobs] = (report.outcomes, written)  # the cache holds times: not compared
    assert results[1] == results[2]
    outcomes = results[2][0]
    assert sum(o.status == "written" for o in outcomes) == 71
    assert [o.line() for o in outcomes if o.status == "failed"] == [
        cases.EXPECTED["seed_empty.txt"][0].removeprefix("error: ")
    ]
    assert [w for o in outcomes for w in o.warnings] == [
        cases.EXPECTED["seed_windows_1258.txt"][0].removeprefix("warning: ")
    ]


def test_seeds_from_another_folder_are_not_reported_gone(project):
    cases.materialise(project / "seeds", ["seed_crlf.txt"])
    import_(project)
    other = project / "wire"
    cases.materialise(other, ["seed_cr.txt"])
    report = run_import(Path("wire"), Path("docs"), jobs=1)
    assert [(Path(o.seed).name, o.status) for o in report.outcomes] == [("seed_cr.txt", "written")]
    manifest = json.loads((project / "docs" / MANIFEST).read_text())["seeds"]
    assert sorted(manifest) == ["seeds/seed_crlf.txt", "wire/seed_cr.txt"]
