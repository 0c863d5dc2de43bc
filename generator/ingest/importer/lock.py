"""One import at a time per docs folder, and no temporary file left by one that was killed."""

from __future__ import annotations

from pathlib import Path

from generator.errors import LockedError
from generator.ingest.importer.manifest import ARTICLES, MANIFEST, STAT_CACHE
from generator.ingest.seeds import shown

LOCK = ".import.lock"  # not committed; left in place (removing it would race a waiting import)


def remove_temporary_files(docs_dir: Path) -> None:
    """Temporary files left by an import that was killed mid-write (this one holds the lock)."""
    patterns = [(docs_dir, f".{name}.*.tmp") for name in (MANIFEST, STAT_CACHE)]
    patterns.append((docs_dir / ARTICLES, ".*.md.*.tmp"))
    for folder, pattern in patterns:
        if folder.is_dir():
            for stale in folder.glob(pattern):
                stale.unlink(missing_ok=True)


class Lock:
    """An exclusive lock on the docs folder for the length of one import."""

    def __init__(self, path: Path):
        from filelock import FileLock, Timeout

        self._lock = FileLock(str(path), timeout=0)
        self._timeout = Timeout
        self.path = path

    def __enter__(self):
        try:
            self._lock.acquire()
        except self._timeout:
            raise LockedError(
                f"{shown(self.path.parent)}: another import is running on this docs folder "
                f"(it holds {shown(self.path)}); wait for it to finish and run this one again"
            ) from None
        return self

    def __exit__(self, *exc):
        self._lock.release()
