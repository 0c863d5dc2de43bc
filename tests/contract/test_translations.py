"""Translation upkeep, as a pull request meets it: stale translations, drafts, the status page."""

from __future__ import annotations

import pytest

from generator.contract.frontmatter import dump, load
from generator.contract.pages import article_files
from generator.contract.translations import original_hash, start_translation
from tests.helpers import copy_project, mkdocs_build, run_generator

run = run_generator


def originals(project):
    found = {}
    for path in article_files(project / "docs"):
        page = load(path.read_text("utf-8"))
        if "seed" in page.meta:
            found[page.meta["lang"]] = (path, page)
    return found


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def test_shipped_translations_are_current(project):
    result = run(project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_changing_a_figure_in_an_original_flags_its_translation_as_stale(project):
    path, page = originals(project)["en"]
    slug = page.meta["slug"]
    fact = next(f for f in page.meta["facts"] if f["unit"] == "USD" and f["value"] > 10**9)
    fact["value"] = 16000000000  # the editor corrects the figure in the original
    path.write_text(dump(page.meta, page.body), "utf-8")
    result = run(project, "check")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    translation = f"docs/articles/{slug}.vi.md"
    stale = [line for line in lines if line.startswith(translation) and "stale:" in line]
    assert len(stale) == 1, lines
    assert f"translation_of.original_hash: stale: docs/articles/{slug}.en.md changed" in stale[0]
    assert original_hash(page) in stale[0]  # says what to record once it is up to date
    assert any("facts: figures disagree with the original" in line for line in lines)
    # The preview keeps working: the original's fix is on the site at once.
    build = mkdocs_build(project)
    assert build.returncode == 0, build.stderr
    html = (project / "site/articles" / slug / "index.html").read_text("utf-8")
    assert "US$16 billion" in html
    status = (project / "site/translations/index.html").read_text("utf-8")
    assert "nsg-status__cell--stale" in status


def test_translate_starts_a_draft_that_check_and_the_build_refuse(project):
    _, page = originals(project)["vi"]
    slug = page.meta["slug"]
    (project / "docs/articles" / f"{slug}.en.md").unlink()  # no English translation yet
    result = run(project, "translate", slug, "--to", "en")
    assert result.returncode == 0, result.stderr
    draft_path = project / "docs/articles" / f"{slug}.en.md"
    draft = load(draft_path.read_text("utf-8"))
    assert draft.meta["draft"] is True
    assert draft.meta["translation_of"] == {
        "slug": slug,
        "lang": "vi",
        "original_hash": original_hash(page),
    }
    assert draft.meta["title"].startswith("TODO(translate): ")
    assert len(draft.meta["facts"]) == len(page.meta["facts"])
    check = run(project, "check")
    assert check.returncode == 1
    assert (
        f"docs/articles/{slug}.en.md:{draft.key_lines['draft']}: draft: an unfinished "
        "translation is not published"
    ) in check.stderr
    build = mkdocs_build(project)
    assert build.returncode == 1
    assert "draft: an unfinished translation is not published" in build.stderr
    assert "Traceback" not in build.stderr


def test_translate_refuses_to_overwrite_a_translation(project):
    _, page = originals(project)["vi"]
    result = run(project, "translate", page.meta["slug"], "--to", "en")
    assert result.returncode == 1
    assert "exists already; edit it instead" in result.stderr


def test_translate_from_text_writes_a_complete_page(project, tmp_path):
    _, page = originals(project)["en"]
    slug = page.meta["slug"]
    (project / "docs/articles" / f"{slug}.vi.md").unlink()
    text = tmp_path / "vi.txt"
    text.write_text(
        "Việt Nam và Mexico thiết lập quan hệ ngoại giao\n"
        "Việt Nam và Mexico thiết lập quan hệ ngoại giao ngày 19/5/1975.\n"
        "Năm 2024, kim ngạch thương mại song phương đạt hơn 15 tỷ USD.\n",
        "utf-8",
    )
    result = run(project, "translate", slug, "--to", "vi", "--text", str(text))
    assert result.returncode == 0, result.stderr
    written = load((project / "docs/articles" / f"{slug}.vi.md").read_text("utf-8"))
    assert written.meta["translation_of"]["original_hash"] == original_hash(page)
    assert "draft" not in written.meta
    assert [e["date"] for e in written.meta["events"]] == ["1975-05-19"]
    assert written.meta["facts"][0]["value"] == 15000000000
    assert written.meta["facts"][0]["quote"] in written.body


def test_translate_from_text_keeps_the_originals_entities_and_ids(project, tmp_path):
    _, page = originals(project)["en"]
    slug = page.meta["slug"]
    (project / "docs/articles" / f"{slug}.vi.md").unlink()
    text = tmp_path / "vi.txt"
    text.write_text(
        "Việt Nam và Mexico kỷ niệm 50 năm quan hệ ngoại giao\n"
        "Đại sứ Nguyễn Văn Hải và Thủ tướng Phạm Minh Chính cùng nhắc tới Liên hợp quốc.\n",
        "utf-8",
    )
    result = run(project, "translate", slug, "--to", "vi", "--text", str(text))
    assert result.returncode == 0, result.stderr
    written = load((project / "docs/articles" / f"{slug}.vi.md").read_text("utf-8"))
    for key in ("people", "organisations"):
        assert [item["id"] for item in written.meta[key]] == [item["id"] for item in page.meta[key]]
    people = {item["id"]: item for item in written.meta["people"]}
    assert people["nguyen-van-hai"]["name"] == "Nguyễn Văn Hải"  # named by the translation
    assert "review" not in people["nguyen-van-hai"]
    assert people["claudia-sheinbaum"]["review"] == "untranslated"  # not in this text
    organisations = {item["id"]: item for item in written.meta["organisations"]}
    assert organisations["united-nations"]["name"] == "Liên hợp quốc"
    problems = [line for line in run(project, "check").stderr.splitlines() if "disagree" in line]
    assert not [line for line in problems if "people" in line or "organisations" in line]


def test_check_reports_entities_that_disagree_with_the_original(project):
    _, page = originals(project)["vi"]
    translation = project / "docs/articles" / f"{page.meta['slug']}.en.md"
    other = load(translation.read_text("utf-8"))
    meta = dict(other.meta)
    meta["people"] = [dict(meta["people"][0], id="bui-thanh-son-2"), *meta["people"][1:]]
    translation.write_text(dump(meta, other.body), "utf-8")
    result = run(project, "check")
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if ": people: " in line)
    assert line.startswith(f"docs/articles/{translation.name}:")
    assert "only here: bui-thanh-son-2; only in the original: bui-thanh-son" in line


def test_start_translation_marks_every_text():
    page = load(
        dump(
            {
                "title": "T",
                "lang": "en",
                "slug": "t",
                "published": "2020",
                "source": {},
                "events": [{"date": "2020", "text": "x", "quote": "Q."}],
                "facts": [],
            },
            "Q.",
        )
    )
    draft = load(start_translation(page, "vi"))
    assert draft.meta["events"][0]["text"] == "TODO(translate): x"
    assert draft.body.startswith("TODO(translate): Q.")


def test_translation_status_page_in_both_languages(built_site):
    english = (built_site / "translations/index.html").read_text("utf-8")
    vietnamese = (built_site / "vi/translations/index.html").read_text("utf-8")
    assert english.count("nsg-status__cell--original") == 2
    assert english.count("nsg-status__cell--current") == 2
    assert "Bản gốc" in vietnamese and "Đã dịch, cập nhật" in vietnamese


def test_check_notes_an_article_not_translated_yet(project):
    _, page = originals(project)["vi"]
    slug = page.meta["slug"]
    (project / "docs/articles" / f"{slug}.en.md").unlink()
    assert "note:" not in run(project, "check").stdout  # only when asked for
    result = run(project, "check", "--missing")
    assert result.returncode == 0, result.stderr  # a missing translation is not a problem
    assert f"note: docs/articles/{slug}.vi.md: no translation into 'en' yet" in result.stdout
