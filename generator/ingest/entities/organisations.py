"""Organisations named in a paragraph: a head noun and its name, a gazetteer name, or an
acronym.

A body is named around its head noun. In English the head ends the words before it
("Vietnam Trade Promotion Agency", "Hanoi Party Committee") and may take a complement
after "of", "for" or "on" ("Ministry of Culture, Sports, and Tourism", "Committee on
International Trade") and where it sits after "in" ("Chinese Embassy in Vietnam"). In
Vietnamese the head comes first and its name after it (see `vi.py`). A complement that
starts with "the" and holds a head of its own is another body ("Committee of the Chamber
of Deputies" is two), and so is whatever follows "under", "at" or "và Bộ".

A head alone ("the Ministry"), or with only generic words ("Central Committee", "Ủy ban
Nhân dân"), names nothing; plural heads ("Party Committees of Hanoi and La Habana") name
several bodies at once and none of them; names that hold "Agreement" or "Hiệp định" are
agreements, kept out with their acronyms.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator.ingest.entities.gazetteer import name_key
from generator.ingest.entities.grammar import Grammar
from generator.ingest.entities.lexicon import (
    ACRONYM,
    AGREEMENT,
    AND,
    CAP,
    DASHES,
    DEMONYM,
    HEAD,
    KNOWN_ORGANISATION,
    KNOWN_PERSON,
    LINK,
    LOCATIVE,
    LOWER,
    MODIFIER,
    PLACE,
    PLURAL_HEAD,
    PORTFOLIO,
    PUNCT,
    STOP,
    THE,
    WEAK_HEAD,
    Paragraph,
    Unit,
    folded,
    tokenize,
)

_ANCHORS = frozenset({HEAD, WEAK_HEAD, PLURAL_HEAD, AGREEMENT, KNOWN_ORGANISATION})
_HEADS = frozenset({HEAD, WEAK_HEAD, PLURAL_HEAD, KNOWN_ORGANISATION})
_NEW_BODY = frozenset({HEAD, WEAK_HEAD, PLURAL_HEAD})
# What an English name holds before its head, and after "of".
_BEFORE_HEAD = frozenset(
    {CAP, PLACE, DEMONYM, ACRONYM, HEAD, PORTFOLIO, KNOWN_ORGANISATION, KNOWN_PERSON, AGREEMENT}
)
_COMPLEMENT = frozenset(
    {CAP, PLACE, DEMONYM, PORTFOLIO, ACRONYM, HEAD, PLURAL_HEAD, KNOWN_ORGANISATION, AGREEMENT}
)
# What a Vietnamese name holds after its head.
_AFTER_HEAD = frozenset({CAP, PORTFOLIO, ACRONYM})

# How an organisation was found.
BY_HEAD, BY_GAZETTEER, BY_DEFINITION, BARE_ACRONYM = "head", "known", "defined", "bare"


@dataclass(frozen=True)
class OrganisationMention:
    """An organisation's name where the text writes it."""

    name: str  # as written: "the" and a possessor ("Mexico's") left out
    position: int
    cue: str
    acronym: str | None = None  # what the text says it stands for: "(APEC)"
    ref: str | None = None  # the gazetteer's id, when the name is one of its own
    lookup: tuple[str, ...] = ()  # name keys to look for in the gazetteer, surest first
    possessor: str | None = None  # "Mexico" in "Mexico's Secretariat of Economy"
    compare: frozenset[str] = field(default=frozenset(), compare=False)  # its words
    places: frozenset[str] = field(default=frozenset(), compare=False)  # of which places


@dataclass
class Found:
    """What one paragraph names: organisations, agreements' acronyms, units used."""

    organisations: list[OrganisationMention] = field(default_factory=list)
    agreements: set[str] = field(default_factory=set)
    used: set[int] = field(default_factory=set)


def organisations_in(paragraph: Paragraph, grammar: Grammar, taken: set[int]) -> Found:
    """Every organisation the paragraph names around a head noun or from the gazetteer,
    and acronyms it spells out; `taken` are the units of people's names."""
    found = Found()
    blocked = set(taken)
    index = 0
    while index < len(paragraph.units):
        unit = paragraph.units[index]
        if (
            index in blocked
            or unit.kind not in _ANCHORS
            or not unit.capitalised
            or unit.start < paragraph.story_start
        ):
            index += 1
            continue
        index = _read_body(paragraph, index, grammar, blocked, found)
    _spelled_out(paragraph, grammar, found, blocked)
    return found


def _read_body(
    paragraph: Paragraph, anchor: int, grammar: Grammar, blocked: set[int], found: Found
) -> int:
    """Read the name around the head at `anchor` into `found`; where to read on."""
    unit = paragraph.units[anchor]
    if not grammar.head_first and _names_a_later_head(paragraph, anchor, blocked):
        return anchor + 1  # "ASEAN" of "US-ASEAN Business Council": the Council's name
    start, possessor = (anchor, None) if grammar.head_first else _left(paragraph, anchor, blocked)
    if not _extends_left(unit):
        start = anchor
    end = _right(paragraph, anchor, grammar, blocked)
    if unit.kind == AGREEMENT or grammar.head_first:
        end = _to_acronym(paragraph, end, unit.kind == AGREEMENT)
    acronym, close = _acronym_after(paragraph, end, grammar, unit.kind == AGREEMENT)
    kinds = {paragraph.units[i].kind for i in range(start, end + 1)}
    if AGREEMENT in kinds:
        if acronym:
            found.agreements.add(acronym.text)
    elif unit.kind == WEAK_HEAD and acronym is None:
        return anchor + 1  # "Diễn đàn ...": a forum only names a body with its acronym
    elif unit.kind != PLURAL_HEAD:
        mention = _mention(paragraph, start, end, anchor, grammar, acronym, possessor)
        if mention is not None:
            found.organisations.append(mention)
    span = range(start, max(end, close) + 1)
    found.used.update(span)
    blocked.update(span)
    return span.stop


def _names_a_later_head(paragraph: Paragraph, anchor: int, blocked: set[int]) -> bool:
    """Whether the words from `anchor` on lead, still capitalised, to a head noun: then
    they are that body's name, read from the head."""
    head = head_ahead(paragraph, anchor, blocked)
    return head is not None and (head > anchor + 1 or paragraph.kind(anchor) == KNOWN_ORGANISATION)


def head_ahead(paragraph: Paragraph, last: int, blocked: set[int] = frozenset()) -> int | None:
    """The head noun the capitalised words after `last` lead to, if they lead to one:
    "Ho Chi Minh" is part of "Ho Chi Minh Stock Exchange"."""
    position = last
    while not paragraph.units[position].possessive:
        position += 1
        unit = paragraph.unit(position)
        if unit is None or position in blocked:
            return None
        if unit.kind in _NEW_BODY:
            return position
        if paragraph.is_glued_dash(position):
            continue
        if unit.kind not in (CAP, PLACE, DEMONYM, ACRONYM, PORTFOLIO, KNOWN_ORGANISATION):
            return None
    return None


def _to_acronym(paragraph: Paragraph, end: int, agreement: bool) -> int:
    """A name runs on to the acronym in brackets a few words after it: an agreement's
    whatever it holds ("Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)"), a body's over
    words that are no function words ("Hội đồng Hợp tác vùng Vịnh (GCC)")."""
    position = end + 1
    while position - end <= (8 if agreement else 4) and paragraph.unit(position) is not None:
        unit = paragraph.units[position]
        if paragraph.is_mark(position, "("):
            inside = paragraph.unit(position + 1)
            if inside is not None and inside.kind in (ACRONYM, KNOWN_ORGANISATION):
                return position - 1
            return end
        if (unit.kind == PUNCT and unit.text not in DASHES) or unit.kind in _NEW_BODY:
            return end
        if not agreement and unit.kind not in (LOWER, CAP, PLACE):
            return end
        position += 1
    return end


def _extends_left(anchor: Unit) -> bool:
    """A gazetteer acronym takes no words before it: "ASEAN-Mercosur relations" are no
    body."""
    return not (anchor.kind == KNOWN_ORGANISATION and anchor.first == anchor.last)


def _sited(paragraph: Paragraph, first: int, last: int, grammar: Grammar) -> bool:
    """Whether the body's head says where it sits ("Embassy", "Đại sứ quán")."""
    return any(
        paragraph.units[i].kind in _HEADS and name_key(paragraph.units[i].text) in grammar.sited
        for i in range(first, last + 1)
    )


def _left(paragraph: Paragraph, index: int, blocked: set[int]) -> tuple[int, Unit | None]:
    """Where an English name starts, left of its head; and a possessor before it."""
    start = index
    while True:
        before = paragraph.unit(start - 1)
        if before is None or before.start < paragraph.story_start:
            return start, None
        if before.possessive and before.kind in (PLACE, DEMONYM, ACRONYM, KNOWN_ORGANISATION):
            return start, before  # a body of its own may own this one: "the Assembly's"
        if start - 1 in blocked:
            return start, None
        if before.kind in _BEFORE_HEAD or (before.kind == MODIFIER and before.capitalised):
            start -= 1
            continue
        if paragraph.is_glued_dash(start - 1) and paragraph.kind(start - 2) in _BEFORE_HEAD:
            start -= 2
            continue
        if (
            before.kind == AND
            and paragraph.kind(start - 2) == PORTFOLIO
            and paragraph.kind(start) == PORTFOLIO
        ):
            start -= 2  # "Trade and Investment Promotion Centre", not "Vingroup and Masan"
            continue
        return start, None


def _right(paragraph: Paragraph, index: int, grammar: Grammar, blocked: set[int]) -> int:
    """Where a name ends, right of its head: heads that follow ("Party Committee"), what
    follows "of" ("of Planning and Investment", "of Vietnam"), where a mission sits."""
    if grammar.head_first:
        return _right_head_first(paragraph, index, grammar, blocked)
    end = index
    while paragraph.kind(end + 1) == HEAD and not paragraph.units[end].possessive:
        end += 1
    while not paragraph.units[end].possessive and paragraph.kind(end + 1) == LINK:
        start = end + 2
        with_the = paragraph.kind(start) == THE
        if with_the:
            start += 1
        last, has_head = _complement(paragraph, start, grammar, blocked)
        if last is None or (with_the and has_head):
            break
        end = last
    if (
        not paragraph.units[end].possessive
        and paragraph.kind(end + 1) == LOCATIVE
        and paragraph.kind(end + 2) == PLACE
        and end + 2 not in blocked
        and _sited(paragraph, index, end, grammar)
    ):
        end += 2
    return end


def _complement(
    paragraph: Paragraph, start: int, grammar: Grammar, blocked: set[int]
) -> tuple[int | None, bool]:
    """The capitalised words after "of": one, or a list ("Culture, Sports, and Tourism")."""
    if paragraph.kind(start) not in _COMPLEMENT or start in blocked:
        return None, False
    last = start
    while not paragraph.units[last].possessive:
        after = last + 1
        if after in blocked:
            break
        kind = paragraph.kind(after)
        if kind in _COMPLEMENT:
            last = after
            continue
        if paragraph.is_glued_dash(after) and paragraph.kind(after + 1) in _COMPLEMENT:
            last = after + 1
            continue
        word = _list_word(paragraph, after + 1, grammar, blocked) if kind == AND else None
        if word is not None:
            last = word
            continue
        if paragraph.is_mark(after, ","):
            closed = _closed_list(paragraph, after, grammar, blocked)
            if closed is not None:
                last = closed
                continue
        break
    heads = any(paragraph.kind(i) in _HEADS for i in range(start, last + 1))
    return last, heads


def _list_word(paragraph: Paragraph, index: int, grammar: Grammar, blocked: set) -> int | None:
    """The last unit of one word of a name's list ("Sports", "Khoa học"), or None when
    what follows is no such word (a new body: "and the Ministry ...", "và Bộ ...")."""
    if index in blocked or paragraph.kind(index) not in (CAP, PORTFOLIO):
        return None
    end = index + 1 if _completes(paragraph, index, grammar) else index
    return None if paragraph.kind(end + 1) in _HEADS else end


def _closed_list(paragraph: Paragraph, comma: int, grammar: Grammar, blocked: set) -> int | None:
    """A comma list of words that closes with "and": "Culture, Sports, and Tourism",
    "Giáo dục, Khoa học và Văn hóa"; its last unit."""
    position = comma
    while paragraph.is_mark(position, ","):
        if paragraph.kind(position + 1) == AND:
            position += 1
            break
        word = _list_word(paragraph, position + 1, grammar, blocked)
        if word is None:
            return None
        position = word + 1
    if paragraph.kind(position) != AND:
        return None
    return _list_word(paragraph, position + 1, grammar, blocked)


def _right_head_first(paragraph: Paragraph, index: int, grammar: Grammar, blocked: set) -> int:
    """A Vietnamese name after its head: capitalised words, a word's lower-case second
    syllable, a few lower-case words leading on, a place (and where, after "tại")."""
    end = index
    position = index + 1
    while paragraph.unit(position) is not None and position not in blocked:
        unit = paragraph.units[position]
        kind = unit.kind
        if kind in _AFTER_HEAD or (kind == KNOWN_ORGANISATION and unit.first == unit.last):
            end = position
            position += 1
            if kind == CAP and _completes(paragraph, end, grammar):
                end = position
                position += 1
            if unit.possessive:
                break
            continue
        if kind == PLACE:
            return _after_place(
                paragraph, position, blocked, _sited(paragraph, index, index, grammar)
            )
        if kind == AND and paragraph.kind(position + 1) in (CAP, PORTFOLIO):
            end = position + 1
            position += 2
            if _completes(paragraph, end, grammar):
                end = position
                position += 1
            continue
        if paragraph.is_mark(position, ",") and end > index:
            closed = _closed_list(paragraph, position, grammar, blocked)
            if closed is not None:
                end, position = closed, closed + 1
                continue
        bridge = _lower_bridge(paragraph, position, grammar)
        leads_to = paragraph.kind(bridge) if bridge is not None else None
        if leads_to is not None and (end == index or leads_to == PLACE):
            position = bridge
            continue
        break
    return end


def _completes(paragraph: Paragraph, index: int, grammar: Grammar) -> bool:
    """ "Ngoại" takes "giao": a lone capitalised syllable and the lower-case one after it,
    be it a function word elsewhere ("Hàng không")."""
    unit, after = paragraph.unit(index), paragraph.unit(index + 1)
    return (
        grammar.completion
        and unit is not None
        and after is not None
        and unit.kind == CAP
        and unit.vietnamese
        and paragraph.kind(index - 1) != CAP
        and after.kind in (LOWER, STOP)
        and after.first == after.last
        and not after.capitalised
        and after.vietnamese
    )


def _lower_bridge(paragraph: Paragraph, position: int, grammar: Grammar) -> int | None:
    """Past lower-case words to a capitalised word or a place ("cựu chiến binh Nga")."""
    end = position
    while end - position < grammar.bridge and paragraph.kind(end) == LOWER:
        end += 1
    if end == position:
        return None
    unit = paragraph.unit(end)
    if unit is None:
        return None
    if unit.kind in (CAP, PLACE, ACRONYM, PORTFOLIO) or (
        unit.kind == KNOWN_ORGANISATION and unit.first == unit.last
    ):
        return end
    return None


def _after_place(paragraph: Paragraph, position: int, blocked: set, sited: bool) -> int:
    """A place ends a Vietnamese name, but for a second one after a dash ("Nga - Việt",
    "Việt Nam-Cuba", "Việt Nam - EU") and where the body sits ("tại Nga")."""
    end = position
    while (
        paragraph.is_mark(end + 1, DASHES)
        and _is_place_like(paragraph.unit(end + 2))
        and end + 2 not in blocked
    ):
        end += 2
    if sited and paragraph.kind(end + 1) == LOCATIVE and paragraph.kind(end + 2) == PLACE:
        end += 2
    return end


def _is_place_like(unit: Unit | None) -> bool:
    """A place, or a bloc written like one in a compound ("Việt Nam - EU")."""
    return unit is not None and (
        unit.kind == PLACE or (unit.kind == KNOWN_ORGANISATION and unit.first == unit.last)
    )


@dataclass(frozen=True)
class _Acronym:
    text: str
    ref: str | None


def _acronym_after(
    paragraph: Paragraph, end: int, grammar: Grammar, agreement: bool
) -> tuple[_Acronym | None, int]:
    """The "(ACRONYM)" a name is followed by, and the last unit it takes; an abbreviated
    name in brackets ("Bộ Kế hoạch và Đầu tư (Bộ KH - ĐT)") is taken too."""
    opening = end + 1
    if not paragraph.is_mark(opening, "("):
        return None, end
    inside = paragraph.unit(opening + 1)
    if inside is None:
        return None, end
    if inside.kind in (ACRONYM, KNOWN_ORGANISATION) and paragraph.is_mark(opening + 2, ")"):
        if inside.kind == KNOWN_ORGANISATION and inside.first != inside.last:
            return None, end
        if inside.base_text in grammar.gazetteer.agreements and not agreement:
            return None, end  # "EU (EVFTA)": the agreement's acronym, not the bloc's
        return _Acronym(inside.base_text, inside.ref), opening + 2
    close = opening + 1
    while close - opening < 8 and not paragraph.is_mark(close, ")"):
        close += 1
    if not paragraph.is_mark(close, ")"):
        return None, end
    words = paragraph.units[opening + 1 : close]
    if words and any(u.kind == ACRONYM for u in words) and words[0].kind in _HEADS:
        return None, close
    return None, end


def _mention(
    paragraph: Paragraph,
    start: int,
    end: int,
    anchor: int,
    grammar: Grammar,
    acronym: _Acronym | None,
    possessor: Unit | None,
) -> OrganisationMention | None:
    units = paragraph.units[start : end + 1]
    anchor_unit = paragraph.units[anchor]
    name = paragraph.source(start, end)
    if units[-1].possessive:
        name = name[:-2]
    if _is_generic(units, anchor_unit, grammar) and acronym is None:
        return None
    foreign, core, places = _qualifiers(units, grammar, possessor)
    ref = None
    if anchor_unit.kind == KNOWN_ORGANISATION and not foreign and len(core) == 1:
        ref = anchor_unit.ref
    if acronym is not None and acronym.ref is not None:
        ref = acronym.ref
    if foreign:
        owner = possessor.base_text + " " if possessor is not None else ""
        lookup = (name_key(owner + name),)
    else:
        lookup = tuple(dict.fromkeys((name_key(name), name_key(" ".join(u.text for u in core)))))
    return OrganisationMention(
        name=name,
        position=paragraph.offset + units[0].start,
        cue=BY_GAZETTEER if anchor_unit.kind == KNOWN_ORGANISATION else BY_HEAD,
        acronym=acronym.text if acronym is not None else None,
        ref=ref,
        lookup=lookup,
        possessor=possessor.base_text if possessor is not None else None,
        compare=_compared_words(units, grammar),
        places=frozenset(places),
    )


def _is_generic(units: list[Unit], anchor: Unit, grammar: Grammar) -> bool:
    """A head with nothing of its own: "the Ministry", "Central Committee", "Ủy ban"."""
    if anchor.kind == KNOWN_ORGANISATION:
        return False
    located = next((i for i, u in enumerate(units) if u.kind == LOCATIVE), len(units))
    units = units[:located]
    named = [
        u
        for u in units
        if u.kind not in (HEAD, WEAK_HEAD, PLURAL_HEAD, LINK, THE, AND, PUNCT, LOCATIVE)
        and name_key(u.text) not in grammar.generic
    ]
    if not named:
        return True
    rest = name_key(" ".join(u.text for u in units if u is not anchor))
    return rest in grammar.generic


def _qualifiers(
    units: list[Unit], grammar: Grammar, possessor: Unit | None
) -> tuple[bool, list[Unit], list[str]]:
    """Whether the name says it is another country's body; its units without the words
    that say it is Vietnam's; and the places it names."""
    foreign = possessor is not None and not grammar.is_home(possessor.base_text)
    core: list[Unit] = []
    places: list[str] = []
    after_locative = False
    for position, unit in enumerate(units):
        if unit.kind == LOCATIVE:
            after_locative = True
        if unit.kind in (PLACE, DEMONYM):
            places.append(grammar.place_key(unit.text))
            if grammar.is_home(unit.text):
                if core and core[-1].kind in (LINK, LOCATIVE):
                    core.pop()
                continue
            if not after_locative:
                foreign = True
        if (
            unit.kind == LOCATIVE
            and position + 1 < len(units)
            and grammar.is_home(units[position + 1].text)
        ):
            continue
        core.append(unit)
    if core and core[-1].kind in (LINK, LOCATIVE):
        core.pop()
    return foreign, core, places


def _compared_words(units: list[Unit], grammar: Grammar) -> frozenset[str]:
    """The words two names of one body share in one article: places as the place they
    name, where the body sits left out ("Chinese Embassy in Hanoi" is "Chinese Embassy")."""
    words: set[str] = set()
    for unit in units:
        if unit.kind == LOCATIVE:
            break
        if unit.kind in (THE, LINK, AND, PUNCT):
            continue
        if unit.kind in (PLACE, DEMONYM):
            words.add(grammar.place_key(unit.text))
        else:
            words.update(name_key(unit.base_text).split())
    return frozenset(words)


def _spelled_out(paragraph: Paragraph, grammar: Grammar, found: Found, blocked: set) -> None:
    """ "Asia-Pacific Economic Cooperation (APEC)": capitalised words with no head, spelled
    out by the acronym after them, letter by letter."""
    units = paragraph.units
    for index, unit in enumerate(units):
        if (
            unit.kind != ACRONYM
            or index in blocked
            or not paragraph.is_mark(index - 1, "(")
            or not paragraph.is_mark(index + 1, ")")
        ):
            continue
        start = _spelled_start(paragraph, index - 2, unit.base_text, blocked)
        if start is None:
            continue
        kinds = {units[i].kind for i in range(start, index - 1)}
        span = range(start, index + 2)
        if AGREEMENT in kinds:
            found.agreements.add(unit.base_text)
        elif kinds - {PLACE, PUNCT}:
            mention = _mention(
                paragraph, start, index - 2, start, grammar, _Acronym(unit.base_text, None), None
            )
            if mention is not None:
                found.organisations.append(replace(mention, cue=BY_DEFINITION))
        found.used.update(span)
        blocked.update(span)


def _spelled_start(paragraph: Paragraph, last: int, acronym: str, blocked: set) -> int | None:
    """The first of the capitalised words ending at `last` whose initials spell `acronym`:
    "the United Nations and the Asia-Pacific Economic Cooperation" spell APEC from "Asia"."""
    start = last
    candidates = []
    while start >= 0 and last - start < 12 and start not in blocked:
        unit = paragraph.units[start]
        if unit.kind in (CAP, PLACE, DEMONYM, PORTFOLIO, HEAD) and unit.capitalised:
            candidates.append(start)
        elif not (unit.kind in (AND, LINK, THE) or paragraph.is_glued_dash(start)):
            break
        start -= 1
    for first in reversed(candidates):
        if spells(acronym, paragraph.source(first, last)):
            return first
    return None


def spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is written from the capitalised words of `name` ("CAAV", "Civil
    Aviation Authority of Vietnam")."""
    letters = [ch for ch in folded(acronym).upper() if ch.isalpha()]
    words = [folded(t.base).upper() for t in tokenize(name) if t.kind == "word" and t.capitalised]
    return len(letters) >= 2 and initials_spell(letters, words)


def initials_spell(letters: list[str], words: list[str]) -> bool:
    """Whether the words' initials (and, within a word, further letters) spell the
    acronym: "Association of Southeast Asian Nations" spells ASEAN."""
    if not words or words[0][0] != letters[0]:
        return False
    position = 0
    for number, word in enumerate(words):
        if position < len(letters) and word[0] == letters[position]:
            position += 1
            inner = 1
            following = words[number + 1][0] if number + 1 < len(words) else None
            while position < len(letters) and letters[position] != following:
                found = word.find(letters[position], inner)
                if found < 0:
                    break
                inner = found + 1
                position += 1
    return position == len(letters)
