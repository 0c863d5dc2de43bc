"""Finding the seeds of a folder and telling cheaply whether one has changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from generator.contract.pages import ARTICLES
from generator.ingest.seeds import UNPRINTABLE
from generator.ingest.sidecar import SIDECAR_SUFFIXES

SEED_SUFFIX = ".txt"


def seed_files(seeds_dir: Path) -> Iterator[Path]:
    """Every seed below `seeds_dir`, subfolders included, in the order of their paths.

    Hidden files and folders (".git", ".x.txt") are left out.
    """
    found = []
    for path in seeds_dir.rglob("*"):
        parts = path.relative_to(seeds_dir).parts
        if any(part.startswith(".") for part in parts) or path.suffix.lower() != SEED_SUFFIX:
            continue
        if path.is_file():
            found.append(path)
    return iter(sorted(found, key=lambda path: path.relative_to(seeds_dir).as_posix()))


def seed_name(seeds_dir: Path, seed_path: Path, docs_dir: Path) -> str:
    """A seed's identity, as its page's `seed:` says it: "seeds/2024/x.txt".

    The seeds folder is named relative to the project (the docs folder's parent), or in
    full when it is elsewhere, so two folders that are both called `seeds` are never
    taken for one; below it, the seed's path.
    """
    return f"{folder_name(seeds_dir, docs_dir)}{seed_path.relative_to(seeds_dir).as_posix()}"


def folder_name(seeds_dir: Path, docs_dir: Path) -> str:
    """How seed names begin for a seeds folder: "seeds/", or "/elsewhere/seeds/"."""
    project = Path(docs_dir).resolve().parent
    folder = Path(seeds_dir).resolve()
    try:
        return f"{folder.relative_to(project).as_posix()}/"
    except ValueError:
        return f"{folder.as_posix().rstrip('/')}/"


def outside_problem(seed_path: Path, seeds_dir: Path) -> str:
    """Why a seed (or its sidecar) that links outside the seeds folder is not read, or ''."""
    folder = Path(seeds_dir).resolve()
    for path in (seed_path, *(seed_path.with_suffix(s) for s in SIDECAR_SUFFIXES)):
        if not path.is_symlink() and not _has_linked_folder(path, seeds_dir):
            continue
        try:
            path.resolve().relative_to(folder)
        except ValueError:
            return (
                f"{path.name} is a link to a file outside the seeds folder; "
                "copy the file into the folder instead"
            )
    return ""


def _has_linked_folder(path: Path, seeds_dir: Path) -> bool:
    return any(parent.is_symlink() for parent in path.parents if seeds_dir in parent.parents)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_path(docs_dir: Path, slug: str, lang: str) -> Path:
    return docs_dir / ARTICLES / f"{slug}.{lang}.md"


def name_problem(name: str) -> str:
    """Why a seed's name (its folder's and its own) cannot go into front matter, or ''."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8; rename the file"
    if UNPRINTABLE.search(name):
        return "the file name has control characters in it; rename the file"
    return ""


def seed_stamp(seed_path: Path) -> list | None:
    """Size and modification time of a seed and its sidecar: cheap to compare, local only."""
    try:
        stat = seed_path.stat()
        return [stat.st_size, stat.st_mtime_ns, sidecar_stamp(seed_path)]
    except OSError:  # gone or unreadable since it was listed: reading it will say why
        return None


def hash_file(path: Path, default: str | None = None) -> str:
    try:
        return sha256(path.read_bytes())
    except OSError:
        if default is None:
            raise
        return default


def relative(path: Path, docs_dir: Path) -> str:
    return path.relative_to(docs_dir).as_posix()


def sidecar_stamp(seed_path: Path) -> int:
    stamps = [seed_path.with_suffix(s) for s in SIDECAR_SUFFIXES]
    return max((p.stat().st_mtime_ns for p in stamps if p.exists()), default=0)
