"""Validate every article page in `docs/`: the schema, each page's quotes, and the pages together.

Used by `python -m generator check` and by the MkDocs plugin, so an editor
sees the same `file:line: key: problem` lines in both.
"""

from __future__ import annotations

from pathlib import Path

from generator import frontmatter
from generator.errors import PageError
from generator.schema import validate_page, validate_site
from generator.translations import translation_problems

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


def shown(path: Path) -> str:
    """A page's path as an editor types it: relative to the working folder when inside it.

    `check --docs docs` and a build run from the project (which knows docs_dir
    as an absolute path) then print the very same lines.
    """
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def expected_identity(path: Path) -> tuple[str, str] | None:
    """(slug, lang) from a file name `slug.lang.md`, or None when it is not named so."""
    parts = path.name.split(".")
    return (parts[0], parts[1]) if len(parts) == 3 and parts[1] in ("en", "vi") else None


def load_articles(docs_dir: Path) -> tuple[dict, list[PageError]]:
    """Every valid article page, keyed by (slug, lang), and the problems found on the way.

    Pages with problems are left out of the result but still count when the
    pages are checked together, so a translation of a broken original is not
    also told that its original is missing.
    """
    valid: dict[tuple[str, str], tuple[str, frontmatter.Page]] = {}
    loaded: dict[tuple[str, str], tuple[str, frontmatter.Page]] = {}
    problems: list[PageError] = []
    for path in article_files(docs_dir):
        where = shown(path)
        identity = expected_identity(path)
        if identity is None:
            problems.append(
                PageError(where, "", "an article file is named <slug>.en.md or <slug>.vi.md", 1)
            )
            continue
        try:
            # utf-8-sig: editors on Windows save a byte-order mark; MkDocs reads it so too.
            text = path.read_bytes().decode("utf-8-sig")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            page = frontmatter.load(text, where)
        except UnicodeDecodeError as error:
            problems.append(
                PageError(where, "", f"not UTF-8 text (byte {error.start}); save it as UTF-8", 1)
            )
            continue
        except OSError as error:
            problems.append(PageError(where, "", f"cannot read: {error.strerror}", 1))
            continue
        except PageError as error:
            problems.append(error)
            continue
        found = validate_page(page, where, identity)
        problems.extend(found)
        loaded[identity] = (where, page)
        if not found:
            valid[identity] = (where, page)
    problems.extend(validate_site(loaded))
    problems.sort(key=lambda problem: problem.path.as_posix())  # each file's lines together
    return valid, problems


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
    problems = problems + upkeep
    problems.sort(key=lambda problem: problem.path.as_posix())
    return problems, notes
