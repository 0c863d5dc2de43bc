"""Validate every page in `docs/`: each article against its schema, its quotes and the pages
together, and the site's other pages against theirs.

Used by `python -m generator check` and by the MkDocs plugin, so an editor
sees the same `file:line: key: problem` lines in both.
"""

from __future__ import annotations

from pathlib import Path

from generator.contract.pages import article_files, check_site_pages, load_articles
from generator.contract.translations import translation_problems
from generator.errors import PageError


def check_docs(docs_dir: Path) -> tuple[list[PageError], int]:
    """The problems of every article page in `docs_dir`, and how many pages there are.

    Besides what stops a build, `check` reports translation upkeep: a stale
    translation or figures that disagree with the original. Those fail a pull
    request, but never the build an editor is previewing while fixing the
    original (the site stays correct; the translation is just behind).
    """
    problems, _ = check_docs_with_notes(docs_dir)
    return problems, len(article_files(docs_dir))


def check_docs_with_notes(docs_dir: Path) -> tuple[list[PageError], list[str]]:
    """Problems as `check_docs` gives them, and notes: articles not translated yet."""
    valid, problems = load_articles(docs_dir)
    upkeep, notes = translation_problems(valid)
    problems = problems + upkeep + check_site_pages(docs_dir)
    problems.sort(key=lambda problem: problem.path.as_posix())
    return problems, notes
