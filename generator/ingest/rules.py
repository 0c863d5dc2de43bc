"""The one shape of an extraction rule, and how an engine finds a language's rules.

Every kind of extraction (dates, figures) is an engine that runs a language's list of
`Rule`s over a sentence. A language's rules live in a module of their own,
`generator/ingest/<kind>/<code>.py`, which exports `RULES` and whatever else its
engine asks for (see each engine's docstring): a new language is a new module, not an
edit of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType

from generator import languages


@dataclass(frozen=True)
class Rule:
    """A pattern that starts at the thing itself, and the words it may or must follow.

    Patterns never start with optional words: the regex engine would try them at
    every position of every sentence. `grow` words just before a match become part
    of it ("from", "sáng", "at the end of"); `need` words must be there for the match
    to count ("in 2011", "từ 28/11"); after `block` words it does not count ("the
    last year", "5 năm trước"). `gate` skips the rule for a sentence that cannot hold
    what it looks for: the name of one of the language's gates, or words one of which
    the lower-cased sentence must contain. `anchor` names where the pattern can start
    (one of the language's anchors, such as the start of a number): the pattern is
    tried only there.
    """

    pattern: re.Pattern
    build: Callable
    grow: re.Pattern | None = None
    need: re.Pattern | None = None
    block: re.Pattern | None = None
    gate: str | tuple[str, ...] | None = None
    anchor: str | None = None

    def is_open(self, gates: Mapping[str, bool], lowered: str) -> bool:
        if self.gate is None:
            return True
        if isinstance(self.gate, str):
            return gates[self.gate]
        return any(word in lowered for word in self.gate)

    def matches(self, text: str, starts: Callable[[str], list[int]]) -> Iterator[re.Match]:
        """The pattern's matches in `text`, tried only at the anchor's positions if it has one."""
        if self.anchor is None:
            yield from self.pattern.finditer(text)
            return
        for position in starts(self.anchor):
            match = self.pattern.match(text, position)
            if match is not None:
                yield match

    def place(self, text: str, start: int) -> int | None:
        """Where a match at `start` really starts, given the words before it; None: no match."""
        window = max(0, start - 40)
        if self.block is not None and self.block.search(text, window, start):
            return None
        if self.grow is not None:
            grown = self.grow.search(text, window, start)
            if grown is not None:
                position = grown.start()
                while text[position].isspace():
                    position += 1
                return position
        if self.need is not None and self.need.search(text, window, start) is None:
            return None
        return start


def before(words: str, flags: int = 0) -> re.Pattern:
    """Words that end right where a match starts."""
    return re.compile(r"(?:" + words + r")\s*$", flags)


@cache
def rules_for(kind: str, lang: str) -> ModuleType | None:
    """The rules module of one kind for one language, or None when the language has none."""
    if not languages.is_known(lang):
        return None
    try:
        return import_module(f"generator.ingest.{kind}.{lang}")
    except ModuleNotFoundError:
        return None
