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
    return iter(
        sorted(
            p
            for p in seeds_dir.iterdir()
            if p.suffix.lower() == SEED_SUFFIX and not p.name.startswith(".") and p.is_file()
        )
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_path(docs_dir: Path, slug: str, lang: str) -> Path:
    return docs_dir / ARTICLES / f"{slug}.{lang}.md"


def name_problem(name: str) -> str:
    """Why a seed's file name cannot go into front matter and messages, or ''."""
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
