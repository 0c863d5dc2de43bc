"""One entry per entity: an article's mentions merged, a name and a role chosen, an id given.

A person's later "Son", "Ambassador Duong" or "Dina Boluarte" is the fuller name met
before or after it (its words, in order); a body's acronym is the name it was spelled out
from, and "Chinese Embassy in Hanoi" is the "Chinese Embassy in Vietnam". An entry keeps
the fullest name as written and the first office the text gives. Its id is the
gazetteer's when the entity is one of its own, else the name folded to ASCII
(`bui-thanh-son` in both languages), or a body's acronym.
"""

from __future__ import annotations

from generator.contract.model import Organisation, Person
from generator.ingest.entities.grammar import Grammar
from generator.ingest.entities.lexicon import normal
from generator.ingest.entities.organisations import BARE_ACRONYM, OrganisationMention, spells
from generator.ingest.entities.people import UNSURE_CUES, PersonMention
from generator.text.slug import MAX_LENGTH, slugify, unique_slug

UNSURE = "entity-unknown"


class _Person:
    """The mentions of one person, and what they say together."""

    def __init__(self, mention: PersonMention):
        self.mentions: list[PersonMention] = []
        self.names: set[tuple[str, ...]] = set()  # each way the text writes the name, once
        self.ref: str | None = None
        self.add(mention)

    def add(self, mention: PersonMention) -> None:
        self.mentions.append(mention)
        self.names.add(mention.words)
        self.ref = self.ref or mention.ref

    @property
    def fullest(self) -> PersonMention:
        return max(self.mentions, key=lambda m: (len(m.words), -m.position))

    @property
    def words(self) -> tuple[str, ...]:
        return self.fullest.words


def people(mentions: list[PersonMention], grammar: Grammar) -> list[Person]:
    found: list[_Person] = []
    for mention in sorted(mentions, key=lambda m: m.position):
        same = _same_person(found, mention)
        if same is None:
            found.append(_Person(mention))
        else:
            same.add(mention)
    found = sorted(_merged_people(found), key=lambda p: min(m.position for m in p.mentions))
    taken: set[str] = set()
    people = []
    for person in found:
        fullest = person.fullest
        ident = person.ref or grammar.gazetteer.person(fullest.name) or slugify(fullest.name)
        ident = unique_slug(ident or "person", taken, MAX_LENGTH)
        taken.add(ident)
        role = next((m.role for m in sorted(person.mentions, key=_by_surety) if m.role), None)
        people.append(Person(id=ident, name=fullest.name, role=role, review=_person_review(person)))
    return people


def _by_surety(mention: PersonMention) -> tuple[bool, int]:
    return (mention.cue in UNSURE_CUES, mention.position)


def _same_person(found: list[_Person], mention: PersonMention) -> _Person | None:
    """The person met last whose name this mention writes in part or in full."""
    for person in reversed(found):
        if mention.ref and person.ref == mention.ref:
            return person
        if any(same_name(mention.words, words) for words in person.names):
            return person
    return None


def _merged_people(found: list[_Person]) -> list[_Person]:
    """A short name met before the full one ("Thủ tướng Merkel" ... "Angela Merkel") is
    the full one's, when it is the only full name that fits."""
    merged: list[_Person] = []
    for person in found:
        if len(person.words) == 1:
            fuller = [p for p in found if p is not person and same_name(person.words, p.words)]
            if len(fuller) == 1 and len(fuller[0].words) > 1:
                for mention in person.mentions:
                    fuller[0].add(mention)
                continue
        merged.append(person)
    return [p for p in merged if p.mentions]


def same_name(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether two names may be one person's: one's words are the other's, in order
    ("Dina Boluarte", "Dina Ercilia Boluarte Zegarra"), or the same first and last word
    ("Vyacheslav Victorovich Volodin"), or the same words in another order ("Kishida
    Fumio", "Fumio Kishida")."""
    if not short or not full:
        return False
    if _in_order(short, full) or _in_order(full, short):
        return True
    if len(short) >= 2 and len(full) >= 2 and short[0] == full[0] and short[-1] == full[-1]:
        return True
    return len(short) >= 2 and sorted(short) == sorted(full)


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    words = iter(whole)
    return all(word in words for word in part)


def _person_review(person: _Person) -> str | None:
    if person.ref:
        return None
    if len(person.words) == 1:
        return UNSURE
    if all(m.cue in UNSURE_CUES for m in person.mentions):
        return UNSURE
    return None


class _Body:
    """The mentions of one organisation, and what they say together."""

    def __init__(self, mention: OrganisationMention, ref: str | None):
        self.mentions: list[OrganisationMention] = []
        self.names: dict[frozenset[str], OrganisationMention] = {}  # each set of words, once
        self.ref = ref
        self.acronym: str | None = None
        self.add(mention, ref)

    def add(self, mention: OrganisationMention, ref: str | None) -> None:
        self.mentions.append(mention)
        self.names.setdefault(mention.compare, mention)
        self.ref = self.ref or ref
        self.acronym = self.acronym or mention.acronym

    @property
    def spelled(self) -> list[OrganisationMention]:
        return [m for m in self.mentions if m.cue != BARE_ACRONYM]


def organisations(mentions: list[OrganisationMention], grammar: Grammar) -> list[Organisation]:
    found: list[_Body] = []
    for mention in sorted(mentions, key=lambda m: m.position):
        ref = mention.ref or _known(mention, grammar)
        same = _same_body(found, mention, ref)
        if same is None:
            found.append(_Body(mention, ref))
        else:
            same.add(mention, ref)
    taken: set[str] = set()
    organisations = []
    for body in found:
        name = _body_name(body)
        ident = body.ref or _body_id(body, name)
        ident = unique_slug(ident or "organisation", taken, MAX_LENGTH)
        taken.add(ident)
        review = UNSURE if not body.ref and not body.spelled else None
        organisations.append(Organisation(id=ident, name=name, review=review))
    return organisations


def _known(mention: OrganisationMention, grammar: Grammar) -> str | None:
    for key in mention.lookup:
        ref = grammar.gazetteer.organisation(grammar.lang, key)
        if ref:
            return ref
    return None


def _same_body(found: list[_Body], mention: OrganisationMention, ref: str | None) -> _Body | None:
    return next((body for body in found if _is_same_body(body, mention, ref)), None)


def _is_same_body(body: _Body, mention: OrganisationMention, ref: str | None) -> bool:
    if ref and body.ref == ref:
        return True
    if _same_acronym(body, mention):
        return True
    if ref and body.ref:
        return False  # two of the gazetteer's entries
    known = bool(ref or body.ref)
    return any(_same_words(mention, other, known) for other in body.names.values())


def _same_acronym(body: _Body, mention: OrganisationMention) -> bool:
    """ "APEC" after "Asia-Pacific Economic Cooperation (APEC)"; "CAAV" before or after
    "Civil Aviation Authority of Vietnam", whose initials it spells."""
    bare = mention.cue == BARE_ACRONYM
    written = mention.acronym or (mention.name if bare else None)
    if written and written == body.acronym:
        return True
    if bare:
        return mention.compare in body.names or (
            not body.acronym and any(spells(mention.name, m.name) for m in body.spelled)
        )
    return not body.spelled and not mention.acronym and spells(body.mentions[0].name, mention.name)


def _same_words(one: OrganisationMention, other: OrganisationMention, known: bool) -> bool:
    """One body's names in one article: the same words, or one of them with a place
    more ("Duma Quốc gia" and "Duma Quốc gia Nga") when neither is the gazetteer's."""
    if not one.compare or not other.compare:
        return False
    if one.compare == other.compare:
        return True
    if known:
        return False
    small, large = sorted((one, other), key=lambda m: len(m.compare))
    extra = large.compare - small.compare
    return small.compare < large.compare and extra <= large.places


def _body_name(body: _Body) -> str:
    spelled = [m for m in body.spelled if m.name != body.acronym]
    acronym = body.acronym
    if not spelled:
        return acronym or body.mentions[0].name
    name = max(spelled, key=lambda m: (len(m.name.split()), -m.position)).name
    return f"{name} ({acronym})" if acronym and normal(acronym) != normal(name) else name


def _body_id(body: _Body, name: str) -> str:
    acronym = body.acronym
    if acronym and sum(ch.isalpha() for ch in acronym) >= 3:
        return slugify(acronym)
    mention = max(body.spelled or body.mentions, key=lambda m: len(m.name))
    owner = f"{mention.possessor} " if mention.possessor else ""
    return slugify(owner + (mention.name if body.spelled else name))
