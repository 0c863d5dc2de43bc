"""One happening, however many articles report it: the timeline's entries merged across
articles.

Two events are one happening when their dates agree (the same date, or one a coarser
form of the other: "1975" and "19 May 1975") and they say the same: they name a common
person or organisation of their pages (ids are the same in every language), or their
texts share most of their words. Two events that name different people are never one.
The merged entry shows the most precise date and a text in the reader's language, and
lists every article that reports it.

The work stays linear in events: each event is compared only with the happenings of
its year that share one of its words or names, and with at most `_CANDIDATES` of those.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.text.fold import ascii_fold

_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of a happening's text that tell one happening from another only by chance.
_COMMON = frozenset(
    """with from that this their have been were will also said says between both sides
    countries country nations nation hai nuoc trong cung nhung theo cach""".split()
)
_SAME_WORDS = 0.6  # the share of the shorter text's words the other must have
_CANDIDATES = 50


@dataclass(frozen=True)
class Mention:
    """What the merge needs of one event: its dates, words and names."""

    date: str
    end: str | None
    words: frozenset[str]
    people: frozenset[str]
    organisations: frozenset[str]


def mention_of(date: str, end: str | None, text: str, meta) -> Mention:
    """The dates of an event, the words of its text and the ids of the entities it names."""
    folded = ascii_fold(text).lower()
    words = frozenset(w for w in _WORD.findall(folded) if w not in _COMMON)
    return Mention(
        date,
        end,
        words,
        _named(folded, meta.people),
        _named(folded, meta.organisations),
    )


def _named(folded_text: str, entities) -> frozenset[str]:
    return frozenset(
        entity.id
        for entity in entities
        if len(entity.name) >= 4 and ascii_fold(entity.name).lower() in folded_text
    )


def same_happening(one: Mention, other: Mention) -> bool:
    if not _dates_agree(one, other):
        return False
    if one.people and other.people and not one.people & other.people:
        return False  # a visit by one leader is not a visit by another
    if (one.people & other.people) or (one.organisations & other.organisations):
        return True
    shared = len(one.words & other.words)
    shorter = min(len(one.words), len(other.words))
    return shared >= 2 and shared >= _SAME_WORDS * shorter


def _dates_agree(one: Mention, other: Mention) -> bool:
    if not (one.date.startswith(other.date) or other.date.startswith(one.date)):
        return False
    return one.end is None or other.end is None or one.end == other.end


def group(mentions: Iterable[Mention]) -> list[list[int]]:
    """The indexes of the mentions, grouped into happenings, in order of first mention."""
    groups: list[list[int]] = []
    first: list[Mention] = []  # each group's first mention stands for it
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)  # (year, word) -> groups
    for index, mention in enumerate(mentions):
        year = mention.date[:4]
        keys = [(year, key) for key in (*mention.words, *mention.people, *mention.organisations)]
        seen: set[int] = set()
        candidates = []
        for key in keys:
            for found in by_key[key]:
                if found not in seen:
                    seen.add(found)
                    candidates.append(found)
        match = next(
            (g for g in candidates[-_CANDIDATES:] if same_happening(first[g], mention)), None
        )
        if match is None:
            match = len(groups)
            groups.append([])
            first.append(mention)
        groups[match].append(index)
        for key in keys:
            if not by_key[key] or by_key[key][-1] != match:
                by_key[key].append(match)
    return groups
