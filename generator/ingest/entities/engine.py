"""People and organisations named in an article, for the front matter: one entry each,
with one id on the article and on its translation.

The engine is the same for every language; what differs is data. A language's rules
module (`en.py`, `vi.py`, found through `rules_for("entities", lang)`) lists its offices,
honorifics, head nouns, portfolios, places and function words and says how its
organisation names are built (head last, or head first); the gazetteer (`entities.yml`)
holds the widely known entities with their names in every language.

How it reads an article:

1. Each paragraph becomes units: list entries and gazetteer names, longest first, and
   words by their shape (`lexicon`). The dateline and source tag before the story are
   left out: the publisher is the page's `source`, not an entity of the story.
2. People come from offices and honorifics before a name, offices beside one between
   commas, lists after a person and the shape of Vietnamese names (`people`);
   organisations from head nouns and their names, gazetteer names and spelled-out
   acronyms (`organisations`), never over a person's name. Agreements are not
   organisations ("Comprehensive Partnership", CPTPP) and their acronyms are dropped.
3. Mentions of one entity become one entry, with the fullest name as written, the
   first office the text gives (`role`) and its id (`identity`): the gazetteer's, else
   the name folded to ASCII (`bui-thanh-son` in both languages), or a body's acronym.

`review: entity-unknown` marks an entry the text gives too little to be sure of: a
one-word name never written in full, a name found only after "counterpart" or in a list,
an acronym never spelled out that the gazetteer does not know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.contract.model import Organisation, Person
from generator.ingest.dateline import read_dateline
from generator.ingest.entities import identity
from generator.ingest.entities.grammar import Grammar, grammar_for
from generator.ingest.entities.lexicon import ACRONYM, NUMBER, Paragraph, normal, tokenize, units_of
from generator.ingest.entities.organisations import (
    BARE_ACRONYM,
    OrganisationMention,
    organisations_in,
)
from generator.ingest.entities.people import PersonMention, people_in


@dataclass(frozen=True)
class Entities:
    """The people and the organisations of one article, in order of first mention."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()


def find_entities(paragraphs: Sequence[str], lang: str) -> Entities:
    """People and organisations of an article's body, each once, with its id."""
    grammar = grammar_for(lang)
    if grammar is None:
        return Entities()
    people: list[PersonMention] = []
    organisations: list[OrganisationMention] = []
    agreements: set[str] = set()
    read = read_paragraphs(paragraphs, grammar)
    leftovers: list[tuple[Paragraph, set[int]]] = []
    for paragraph in read:
        found_people = people_in(paragraph, grammar)
        taken = {i for m in found_people for i in range(m.first, m.last + 1)}
        found = organisations_in(paragraph, grammar, taken)
        people.extend(found_people)
        organisations.extend(found.organisations)
        agreements |= found.agreements
        leftovers.append((paragraph, taken | found.used))
    for paragraph, used in leftovers:
        organisations.extend(_bare_acronyms(paragraph, used, grammar, agreements))
    return Entities(
        tuple(identity.people(people, grammar)),
        tuple(identity.organisations(organisations, grammar)),
    )


def read_paragraphs(paragraphs: Sequence[str], grammar: Grammar) -> list[Paragraph]:
    read = []
    offset = 0
    for text in paragraphs:
        tokens = tuple(tokenize(text, grammar.lexicon.abbreviations))
        units = tuple(units_of(text, tokens, grammar.lexicon))
        read.append(Paragraph(text, tokens, units, offset, _story_start(text)))
        offset += len(text) + 1
    return read


def _story_start(text: str) -> int:
    """After the dateline and source tag ("Mexico City (VNA) –"), where there is one."""
    dateline = read_dateline(text)
    return dateline.end if dateline is not None and dateline.tag else 0


def _bare_acronyms(
    paragraph: Paragraph, used: set[int], grammar: Grammar, agreements: set[str]
) -> list[OrganisationMention]:
    """Acronyms written alone ("Theo VASEP", "KITA cho biết"): a body the gazetteer or
    the article spells out, or one the text gives no more of."""
    found = []
    for index, unit in enumerate(paragraph.units):
        if unit.kind != ACRONYM or index in used or unit.start < paragraph.story_start:
            continue
        text = unit.base_text
        if (
            text in agreements
            or text in grammar.gazetteer.agreements
            or text in grammar.gazetteer.not_organisations
            or sum(ch.isalpha() for ch in text) < 3
            or any(ch.isdigit() for ch in text)  # "VND46", "A320": an amount, a model
            or text[-1] == "s"  # "PMs", "NGOs": several of a kind, not one body
            or paragraph.kind(index - 1) == NUMBER
            or paragraph.kind(index + 1) == NUMBER
            or "." in text
        ):
            continue
        found.append(
            OrganisationMention(
                name=text,
                position=paragraph.offset + unit.start,
                cue=BARE_ACRONYM,
                compare=frozenset({normal(text)}),
            )
        )
    return found
