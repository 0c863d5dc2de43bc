"""Reading article pages from `docs/`, and writing a page so that no reader sees half of it.

`check`, the importer and the build all find pages, name them in messages and load
them the same way, so an editor sees the same `file:line: key: problem` lines from each.
"""

from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

from generator import languages
from generator.contract import frontmatter
from generator.contract.checks import validate_page, validate_site, validate_site_page
from generator.errors import PageError

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
    return (parts[0], parts[1]) if len(parts) == 3 and languages.is_known(parts[1]) else None


def _file_names() -> str:
    names = [f"<slug>.{code}.md" for code in languages.codes()]
    return ", ".join(names[:-1]) + " or " + names[-1]


def read_page_text(path: Path, docs_dir: Path, where: str) -> str:
    """A page's text as MkDocs reads it; `PageError` when it cannot be (or must not be) read.

    A page that is a link to a file outside the docs folder is refused: the site
    publishes what is in the repository, nothing else on the machine.
    """
    if path.is_symlink() and not _inside(path.resolve(), Path(docs_dir).resolve()):
        raise PageError(
            where, "", "is a link to a file outside the docs folder; copy the page in instead", 1
        )
    try:
        # utf-8-sig: editors on Windows save a byte-order mark; MkDocs reads it so too.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PageError(
            where, "", f"not UTF-8 text (byte {error.start}); save it as UTF-8", 1
        ) from None
    except OSError as error:
        raise PageError(where, "", f"cannot read: {error.strerror or error}", 1) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def load_articles(docs_dir: Path) -> tuple[dict, list[PageError]]:
    """Every valid article page, keyed by (slug, lang), and the problems found on the way.

    Pages with problems are left out of the result but still count when the
    pages are checked together, so a translation of a broken original is not
    also told that its original is missing.
    """
    valid: dict[tuple[str, str], tuple[str, frontmatter.Page]] = {}
    loaded: dict[tuple[str, str], tuple[str, frontmatter.Page]] = {}
    broken: set[tuple[str, str]] = set()
    problems: list[PageError] = []
    for path in article_files(docs_dir):
        where = shown(path)
        identity = expected_identity(path)
        if identity is None:
            problems.append(PageError(where, "", f"an article file is named {_file_names()}", 1))
            continue
        try:
            page = frontmatter.load(read_page_text(path, docs_dir, where), where)
        except PageError as error:
            problems.append(error)
            broken.add(identity)
            continue
        found = validate_page(page, where, identity)
        problems.extend(found)
        loaded[identity] = (where, page)
        if not found:
            valid[identity] = (where, page)
    problems.extend(validate_site(loaded, frozenset(broken)))
    problems.sort(key=lambda problem: problem.path.as_posix())  # each file's lines together
    return valid, problems


def site_page_files(docs_dir: Path) -> list[Path]:
    """Every Markdown page of the docs folder that is not an article."""
    folder = Path(docs_dir)
    articles = set(article_files(folder))
    return sorted(
        path
        for path in folder.rglob("*.md")
        if path not in articles and not any(part.startswith(".") for part in path.parts)
    )


def check_site_pages(docs_dir: Path) -> list[PageError]:
    """The problems of the site's other pages: the home page, the timeline, the archive ..."""
    problems: list[PageError] = []
    for path in site_page_files(docs_dir):
        where = shown(path)
        try:
            page = frontmatter.load_site_page(read_page_text(path, docs_dir, where), where)
        except PageError as error:
            problems.append(error)
            continue
        if page is not None:
            problems.extend(validate_site_page(page, where))
    return problems


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    Ctrl-C and SIGTERM wait until the file is in place (or its temporary
    file is gone): an interrupted import leaves whole files only.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _signals_deferred():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600; a page is as readable as any
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@contextmanager
def _signals_deferred():
    """Hold back SIGINT and SIGTERM for a moment (where the platform can)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask
