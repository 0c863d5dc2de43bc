"""What an import did: one outcome per seed, and the run's summary line."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Outcome:
    """What happened to one seed: a status and, for anything but a plain write, why.

    `warnings` are lines to show even when the seed was written: an encoding
    that had to be recognised, a slug that was taken.
    """

    seed: str  # the seed's path as the user named it, "seeds/x.txt"
    status: str  # written | unchanged | kept | failed | missing
    page: str | None = None  # the page's path inside the docs folder, "articles/x.en.md"
    message: str = ""  # a whole line for kept, failed and missing: "<file>: <cause>"
    warnings: tuple[str, ...] = ()

    def line(self) -> str:
        return self.message or self.seed


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # warnings about the run, not one seed

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return any(outcome.status == "failed" for outcome in self.outcomes)

    @property
    def warnings(self) -> list[str]:
        lines = self.notices + [line for outcome in self.outcomes for line in outcome.warnings]
        lines += [o.line() for o in self.outcomes if o.status in {"kept", "missing"}]
        return lines

    @property
    def errors(self) -> list[str]:
        return [outcome.line() for outcome in self.outcomes if outcome.status == "failed"]

    def summary(self) -> str:
        counts = [
            (status, self.count(status))
            for status in ("written", "unchanged", "kept", "failed", "missing")
        ]
        return ", ".join(f"{number} {status}" for status, number in counts if number) or "no seeds"
