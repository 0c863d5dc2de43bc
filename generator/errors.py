"""One family of exceptions for the library; the CLI turns them into one-line messages.

Library code raises these with the file and the cause; only `generator.cli`
prints, so the same errors read the same whether they come from an import,
a check or a build.
"""

from __future__ import annotations

from pathlib import Path


class GeneratorError(Exception):
    """Base class: anything the generator can explain to a person."""


class SeedError(GeneratorError):
    """A seed that cannot be imported, with where and why."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"

    def __reduce__(self):  # sent back from the processes that import seeds in parallel
        return (self.__class__, (self.path, self.message, self.line))


class PageError(GeneratorError):
    """A problem in a page's front matter: `file:line: key: problem`."""

    def __init__(self, path: Path | str, key: str, message: str, line: int | None = None):
        self.path = Path(path)
        self.key = key
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"

    def __reduce__(self):
        return (self.__class__, (self.path, self.key, self.message, self.line))


class LockedError(GeneratorError):
    """Another import is running on the same docs folder."""
