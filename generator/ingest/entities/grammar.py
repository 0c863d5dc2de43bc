"""One language's rules, word table and gazetteer names, gathered for the engine.

The rules module (`en.py`, `vi.py`) says how the language writes offices and bodies; this
turns its lists into the sets the engine asks about ("is this word a family name?",
"does this qualifier mean Vietnam?") once per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import ModuleType

from generator.ingest.entities.gazetteer import Gazetteer, gazetteer, name_key
from generator.ingest.entities.lexicon import Lexicon, folded, normal
from generator.ingest.rules import rules_for


@dataclass(frozen=True, eq=False)
class Grammar:
    lang: str
    rules: ModuleType
    lexicon: Lexicon
    gazetteer: Gazetteer
    head_first: bool  # "Bộ Ngoại giao": the head comes first, its name after it
    bridge: int  # lower-case words a name may hold between a head and a capitalised word
    completion: bool  # "Ngoại giao": a capitalised syllable takes its lower-case partner
    title_links: frozenset[str]
    bridge_before: frozenset[str]
    particles: frozenset[str]
    home: frozenset[str]  # name keys of the ways the language names Vietnam
    demonym_places: dict[str, str]  # demonym key -> place key
    generic: frozenset[str]  # name keys of words that name no body alone
    place_context: frozenset[str]
    sited: frozenset[str]  # name keys of heads whose name says where the body sits

    def is_family_name(self, word: str) -> bool:
        return folded(word) in self.gazetteer.family_names

    def place_key(self, text: str) -> str:
        """A place or demonym as the place it names: "Vietnamese" and "Vietnam" compare equal."""
        key = name_key(text)
        if key.endswith(("'s", "’s")):
            key = key[:-2]
        return self.demonym_places.get(key, key)

    def is_home(self, text: str) -> bool:
        return self.place_key(text) in self.home


@cache
def grammar_for(lang: str) -> Grammar | None:
    rules = rules_for("entities", lang)
    if rules is None:
        return None
    known = gazetteer()
    demonyms = {
        normal(name): name_key(place)
        for name, place in getattr(rules, "DEMONYM_PLACES", {}).items()
    }
    home = frozenset(demonyms.get(normal(h), name_key(h)) for h in getattr(rules, "HOME", ()))
    return Grammar(
        lang=lang,
        rules=rules,
        lexicon=Lexicon(rules, known.names.get(lang, ())),
        gazetteer=known,
        head_first=getattr(rules, "HEAD_FIRST", False),
        bridge=getattr(rules, "LOWERCASE_BRIDGE", 0),
        completion=getattr(rules, "WORD_COMPLETION", False),
        title_links=_keys(getattr(rules, "TITLE_LINKS", ())),
        bridge_before=_keys(getattr(rules, "BRIDGE_BEFORE", ())),
        particles=_keys(getattr(rules, "NAME_PARTICLES", ())),
        home=home,
        demonym_places=demonyms,
        generic=frozenset(name_key(word) for word in getattr(rules, "GENERIC_WORDS", ())),
        place_context=_keys(getattr(rules, "PLACE_CONTEXT", ())),
        sited=_keys(getattr(rules, "SITED_HEADS", ())),
    )


def _keys(words) -> frozenset[str]:
    return frozenset(name_key(word) for word in words)
