"""The gazetteer (`entities.yml`): the widely known people and organisations, one id each.

It gives the engine three things: every name and alias of an entry in a language, to
read as one unit of text ("Hội đồng Bảo an Liên hợp quốc", "UN Security Council"); the
entry a name found in the text stands for, so that an article and its translation share
ids; and the word lists every language shares (agreement acronyms, acronyms that name no
body, Vietnamese family names).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from generator.ingest.entities.lexicon import (
    KNOWN_ORGANISATION,
    KNOWN_PERSON,
    folded,
    tokenize,
)


@dataclass(frozen=True)
class Known:
    """One name of a gazetteer entry, as a language writes it."""

    phrase: str
    kind: str  # KNOWN_ORGANISATION or KNOWN_PERSON
    id: str
    exact: bool  # an acronym: matches only as written


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[Known, ...]]  # language -> every name and alias
    organisations: dict[str, dict[str, str]]  # language -> name key -> id
    people: dict[str, str]  # a person's folded name -> id
    agreements: frozenset[str]
    not_organisations: frozenset[str]
    family_names: frozenset[str]  # folded

    def organisation(self, lang: str, key: str) -> str | None:
        return self.organisations.get(lang, {}).get(key)

    def person(self, name: str) -> str | None:
        return self.people.get(" ".join(folded(name).split()))


def name_key(text: str) -> str:
    """How a name compares with the gazetteer's: word by word, case and "the" aside."""
    keys = [token.key for token in tokenize(text) if token.text not in "()"]
    if keys and keys[0] == "the":
        keys = keys[1:]
    return " ".join(keys)


@cache
def gazetteer() -> Gazetteer:
    text = resources.files("generator.ingest.entities").joinpath("entities.yml").read_text("utf-8")
    return build(yaml.safe_load(text))


def build(data: dict) -> Gazetteer:
    names: dict[str, list[Known]] = {}
    organisations: dict[str, dict[str, str]] = {}
    people: dict[str, str] = {}
    for entry in data["entities"]:
        kind = KNOWN_PERSON if entry["kind"] == "person" else KNOWN_ORGANISATION
        aliases = entry.get("aliases") or {}
        everywhere = list(aliases.get("any") or [])
        for lang, name in entry["name"].items():
            written = [name, *everywhere, *(aliases.get(lang) or [])]
            for phrase in dict.fromkeys(written):
                known = Known(phrase, kind, entry["id"], _is_acronym(phrase))
                names.setdefault(lang, []).append(known)
                if kind == KNOWN_PERSON:
                    people.setdefault(" ".join(folded(phrase).split()), entry["id"])
                else:
                    organisations.setdefault(lang, {}).setdefault(name_key(phrase), entry["id"])
    return Gazetteer(
        names={lang: tuple(found) for lang, found in names.items()},
        organisations=organisations,
        people=people,
        agreements=frozenset(data.get("agreements") or ()),
        not_organisations=frozenset(data.get("not_organisations") or ()),
        family_names=frozenset(folded(name) for name in data.get("vietnamese_family_names") or ()),
    )


def _is_acronym(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return " " not in phrase and sum(ch.isupper() for ch in letters) >= 2
