"""Validate every article page in `docs/`: the schema, each page's quotes, and the pages together.

Used by `python -m generator check` and by the MkDocs plugin, so an editor
sees the same `file:line: key: problem` lines in both.
"""

from __future__ import annotations

from pathlib import Path

from generator import frontmatter
from generator.errors import PageError
from generator.schema import validate_page, validate_site

ARTICLES = "articles"


def article_files(docs_dir: Path) -> list[Path]:
    folder = Path(docs_dir) / ARTICLES
    return (
        sorted(
            p
            for p in folder.glob("*.md")
            if p.name != "index.md" and not p.name.startswith(("index.", "."))
        )
        if folder.is_dir()
        else []
    )


def expected_identity(path: Path) -> tuple[str, str] | None:
    """(slug, lang) from a file name `slug.lang.md`, or None when it is not named so."""
    parts = path.name.split(".")
    return (parts[0], parts[1]) if len(parts) == 3 and parts[1] in ("en", "vi") else None


def load_articles(docs_dir: Path) -> tuple[dict, list[PageError]]:
    """Every article page, keyed by (slug, lang), and the problems found on the way."""
    pages: dict[tuple[str, str], tuple[str, frontmatter.Page]] = {}
    problems: list[PageError] = []
    for path in article_files(docs_dir):
        where = path.as_posix()
        identity = expected_identity(path)
        if identity is None:
            problems.append(
                PageError(where, "", "an article file is named slug.en.md or slug.vi.md", 1)
            )
            continue
        try:
            page = frontmatter.load(path.read_text("utf-8"), where)
        except UnicodeDecodeError:
            problems.append(PageError(where, "", "not UTF-8 text", 1))
            continue
        except PageError as error:
            problems.append(error)
            continue
        found = validate_page(page, where, identity)
        problems.extend(found)
        if not found:
            pages[identity] = (where, page)
    problems.extend(validate_site(pages))
    return pages, problems


def check_docs(docs_dir: Path) -> tuple[list[PageError], int]:
    _, problems = load_articles(docs_dir)
    return problems, len(article_files(docs_dir))
