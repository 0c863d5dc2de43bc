"""People named in a paragraph, and how sure the text makes them.

Newsrooms name a person with an office first ("Cuban Ambassador to Vietnam Rogelio
Polanco Fuentes", "Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn"), with the office
set off by commas before or after ("Claudia Franco Hijuelos, Director General for ...";
"Commercial Counselor of the Chinese Embassy in Vietnam, Hu Suojin"), with "Mr." or "ông",
in a list after another person, or with no cue at all when the name is Vietnamese: a
family name and two or three more syllables ("Pham Minh Tuan") is a person's name.

An office is read as far as what it is of ("of the Ho Chi Minh City People's Council",
"Bộ Ngoại giao Nga"); the name is the capitalised words that follow something an office
can end with (the office itself, a portfolio, a place, a body), not words that follow "of"
or "the" (those are what the office is of). Words glued before a name are cut off: a
country ("Thủ tướng Đức Angela Merkel"), Vietnamese words before a foreign name, anything
before a Vietnamese family name ("... Environment Tran Hong Ha").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.ingest.entities.grammar import Grammar
from generator.ingest.entities.lexicon import (
    ACRONYM,
    AGREEMENT,
    AND,
    CAP,
    DASHES,
    DEMONYM,
    HEAD,
    HONORIFIC,
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
    TITLE,
    WEAK_HEAD,
    WEAK_TITLE,
    Paragraph,
    split_words,
)
from generator.ingest.entities.organisations import head_ahead

# What an office can end with, so that capitalised words after it are a name.
_LICENSING = frozenset(
    {TITLE, MODIFIER, PORTFOLIO, PLACE, DEMONYM, HEAD, WEAK_HEAD, ACRONYM, KNOWN_ORGANISATION}
)
# What capitalised words before it make part of a body or an office, not a name.
_BODY_AFTER = frozenset({HEAD, WEAK_HEAD, PLURAL_HEAD, PORTFOLIO, TITLE, AGREEMENT})
# What an office's role may start with, left of the office itself.
_ROLE_BEFORE = frozenset(
    {MODIFIER, DEMONYM, PLACE, CAP, ACRONYM, HEAD, KNOWN_ORGANISATION, PORTFOLIO, TITLE}
)
_LONGEST_NAME = 6
_ROMAN = re.compile(r"[IVX]{2,5}")  # "Charles III"; a lone "I" or "V" is a capital letter

# How a person was found, surest first.
OFFICE, APPOSITION, HONORIFIC_CUE, KNOWN, NAME_SHAPE, WEAK, LISTED = (
    "office",
    "apposition",
    "honorific",
    "known",
    "name",
    "weak",
    "list",
)
UNSURE_CUES = frozenset({WEAK, LISTED})


@dataclass(frozen=True)
class PersonMention:
    """A person's name where the text writes it."""

    name: str  # as written, a possessive "’s" left out
    position: int  # in the whole article
    first: int  # units of the paragraph it spans
    last: int
    cue: str
    role: str | None = None
    ref: str | None = None  # the gazetteer's id

    @property
    def words(self) -> tuple[str, ...]:
        return split_words(self.name)


def people_in(paragraph: Paragraph, grammar: Grammar) -> list[PersonMention]:
    """Every person the paragraph names, in order; overlapping finds keep the surest."""
    found: list[PersonMention] = []
    taken: set[int] = set()

    def keep(mention: PersonMention | None) -> None:
        if mention is None:
            return
        if any(i in taken for i in range(mention.first, mention.last + 1)):
            _add_role(found, mention)
            return
        found.append(mention)
        taken.update(range(mention.first, mention.last + 1))

    units = paragraph.units
    for index, unit in enumerate(units):
        if unit.start < paragraph.story_start:
            continue
        if unit.kind == TITLE:
            keep(_after_office(paragraph, index, grammar))
        elif unit.kind in (HONORIFIC, WEAK_TITLE):
            keep(_right_after(paragraph, index, grammar))
    for index, unit in enumerate(units):
        if (
            unit.kind == KNOWN_PERSON
            and unit.start >= paragraph.story_start
            and not _names_a_body(paragraph, index, grammar)
        ):
            keep(_mention(paragraph, index, index, KNOWN, None, unit.ref))
    for mention in sorted(found, key=lambda m: m.position):
        for listed in _listed_after(paragraph, mention.last, grammar, taken):
            keep(listed)
    for index in range(len(units)):
        if index not in taken and units[index].start >= paragraph.story_start:
            keep(_by_name_shape(paragraph, index, grammar))
    return sorted(found, key=lambda m: m.position)


def _add_role(found: list[PersonMention], mention: PersonMention) -> None:
    """The office an apposition gives a name found already ("Mr. X, chairman of ...")."""
    for position, other in enumerate(found):
        if (other.first, other.last) == (mention.first, mention.last) and not other.role:
            found[position] = replace(other, role=mention.role)


def _mention(
    paragraph: Paragraph,
    first: int,
    last: int,
    cue: str,
    role: str | None = None,
    ref: str | None = None,
) -> PersonMention:
    name = paragraph.source(first, last)
    if paragraph.units[last].possessive:
        name = name[:-2]
    unit = paragraph.units[first]
    return PersonMention(name, paragraph.offset + unit.start, first, last, cue, role, ref)


def _after_office(paragraph: Paragraph, index: int, grammar: Grammar) -> PersonMention | None:
    """The name an office leads to ("President Vo Van Thuong", "Secretary of Economy
    Idelfonso Guajardo Villarreal"), or one beside it between commas."""
    position = index + 1
    licensed = True
    while paragraph.unit(position) is not None:
        unit = paragraph.units[position]
        kind = unit.kind
        if kind == KNOWN_PERSON:
            if not licensed:
                break
            role = _role(paragraph, index, position, grammar)
            return _mention(paragraph, position, position, OFFICE, role, unit.ref)
        if kind == CAP:
            last = name_end(paragraph, position, grammar)
            resume = _body_resumes(paragraph, position, last, grammar)
            if resume is not None:
                position, licensed = resume, True
                continue
            if licensed:
                first, last = _trimmed(paragraph, position, last, grammar)
                return _mention(
                    paragraph, first, last, OFFICE, _role(paragraph, index, first, grammar)
                )
            position, licensed = last + 1, False
            continue
        if kind in _LICENSING:
            position, licensed = position + 1, True
            continue
        if kind in (LINK, LOCATIVE, THE) or unit.key in grammar.title_links:
            position, licensed = position + 1, False
            continue
        if kind == AND and paragraph.kind(position + 1) in (TITLE, MODIFIER):
            position += 1
            continue
        if paragraph.is_mark(position, ",") and _office_goes_on(paragraph, index, position):
            position += 1
            continue
        bridged = _bridge(paragraph, position, grammar)
        if bridged is None:
            break
        position, licensed = bridged, paragraph.kind(bridged) in _LICENSING
    return _apposition(paragraph, index, position, grammar)


def _office_goes_on(paragraph: Paragraph, index: int, comma: int) -> bool:
    """Whether an office runs on past a comma: to a second office ("Phó Thủ tướng, Bộ
    trưởng ..."), or from a department to its ministry ("Vụ trưởng Vụ châu Á – Thái Bình
    Dương, Bộ Ngoại giao Mexico ...")."""
    after = paragraph.kind(comma + 1)
    if after == TITLE:
        return True
    held_body = any(paragraph.kind(i) in (HEAD, KNOWN_ORGANISATION) for i in range(index, comma))
    return held_body and after in (HEAD, KNOWN_ORGANISATION)


def _right_after(paragraph: Paragraph, index: int, grammar: Grammar) -> PersonMention | None:
    """The name right after "Mr.", "ông" or "counterpart"."""
    unit = paragraph.unit(index + 1)
    if unit is None:
        return None
    weak = paragraph.units[index].kind == WEAK_TITLE
    if unit.kind == KNOWN_PERSON:
        return _mention(paragraph, index + 1, index + 1, KNOWN, None, unit.ref)
    honorific_place = not weak and unit.kind == PLACE and unit.first == unit.last
    if unit.kind != CAP and not honorific_place:
        return None
    last = index + 1 if honorific_place else name_end(paragraph, index + 1, grammar)
    if _body_resumes(paragraph, index + 1, last, grammar) is not None:
        return None
    first, last = _trimmed(paragraph, index + 1, last, grammar)
    return _mention(paragraph, first, last, WEAK if weak else HONORIFIC_CUE)


def _apposition(
    paragraph: Paragraph, index: int, end: int, grammar: Grammar
) -> PersonMention | None:
    """An office with no name of its own, between commas beside one: "Claudia Franco
    Hijuelos, Director General for Asia-Pacific ..., highlighted" or "Commercial Counselor
    of the Chinese Embassy in Vietnam, Hu Suojin"."""
    start = _role_start(paragraph, index, grammar)
    role = _clean_role(paragraph.text[paragraph.units[start].start : _end_of(paragraph, end)])
    if paragraph.is_mark(start - 1, ","):
        first = _name_start(paragraph, start - 2)
        if first is not None and (
            _word_count(paragraph, first, start - 2) >= 2 or paragraph.kind(first) == KNOWN_PERSON
        ):
            return _mention(paragraph, first, start - 2, APPOSITION, role)
    if paragraph.is_mark(end, ",") and paragraph.kind(end + 1) == CAP:
        last = name_end(paragraph, end + 1, grammar)
        after = paragraph.kind(last + 1)
        if (
            _word_count(paragraph, end + 1, last) >= 2
            and _body_resumes(paragraph, end + 1, last, grammar) is None
            and after in (None, PUNCT, LOWER, STOP)
        ):
            return _mention(paragraph, end + 1, last, APPOSITION, role)
    return None


def _end_of(paragraph: Paragraph, end: int) -> int:
    unit = paragraph.unit(end - 1)
    return unit.end if unit is not None else 0


def _listed_after(
    paragraph: Paragraph, last: int, grammar: Grammar, taken: set[int]
) -> list[PersonMention]:
    """Names listed after a person's: "George W. Bush, Barack Obama and Donald Trump"."""
    listed = []
    position = last + 1
    while paragraph.is_mark(position, ",") or paragraph.kind(position) == AND:
        start = position + 1
        if paragraph.kind(start) == AND:
            start += 1
        if paragraph.kind(start) != CAP or start in taken:
            break
        end = name_end(paragraph, start, grammar)
        if (
            _word_count(paragraph, start, end) < 2
            or _body_resumes(paragraph, start, end, grammar) is not None
            or paragraph.kind(end + 1) in (TITLE, HEAD, PLACE)
        ):
            break
        listed.append(_mention(paragraph, start, end, LISTED))
        position = end + 1
    return listed


def _by_name_shape(paragraph: Paragraph, index: int, grammar: Grammar) -> PersonMention | None:
    """A Vietnamese name with no cue: a family name and two or three more syllables."""
    unit = paragraph.units[index]
    if unit.kind != CAP or not grammar.is_family_name(unit.text):
        return None
    before = paragraph.unit(index - 1)
    if before is not None and (
        (before.kind == CAP and before.vietnamese)
        or before.kind in (HEAD, KNOWN_ORGANISATION)
        or before.key in grammar.place_context
        or (before.kind == PUNCT and before.text in DASHES and unit.glued)
    ):
        return None
    last = name_end(paragraph, index, grammar)
    words = [u for u in paragraph.units[index : last + 1] if u.kind == CAP]
    if not 3 <= len(words) <= 4 or not all(word.vietnamese for word in words):
        return None
    if last - index + 1 != len(words) or _body_resumes(paragraph, index, last, grammar):
        return None
    if paragraph.kind(last + 1) == PLACE or _names_a_body(paragraph, last, grammar):
        return None
    return _mention(paragraph, index, last, NAME_SHAPE)


def _names_a_body(paragraph: Paragraph, last: int, grammar: Grammar) -> bool:
    """A name that starts a body's name ("Ho Chi Minh Stock Exchange", "Tran Phu High
    School Foundation") is the body's, in languages that put the head last."""
    return not grammar.head_first and head_ahead(paragraph, last) is not None


def name_end(paragraph: Paragraph, first: int, grammar: Grammar) -> int:
    """The last unit of the run of name words starting at `first`: capitalised words,
    glued hyphenated parts ("Jean-Pierre", "Chan-o-cha") and particles ("de", "van")."""
    last = first
    words = 1
    while words < _LONGEST_NAME and not paragraph.units[last].possessive:
        after = last + 1
        unit = paragraph.unit(after)
        if unit is None:
            break
        part = paragraph.unit(after + 1)
        if paragraph.is_glued_dash(after) and part is not None and part.kind in (CAP, LOWER):
            last = after + 1
            continue
        if unit.kind == CAP or (unit.kind == ACRONYM and _ROMAN.fullmatch(unit.text)):
            last, words = after, words + 1
            continue
        if unit.kind == LOWER and unit.key in grammar.particles and part is not None:
            if part.kind == CAP:  # "bin Zayed", "de la"
                last, words = after + 1, words + 1
                continue
            if paragraph.is_glued_dash(after + 1) and paragraph.kind(after + 2) == CAP:
                last, words = after + 2, words + 1  # "el-Sisi", "al-Sudani"
                continue
        break
    return last


def _name_start(paragraph: Paragraph, last: int) -> int | None:
    """Where a run of capitalised name words ending at `last` starts."""
    if paragraph.kind(last) == KNOWN_PERSON:
        return last
    if paragraph.kind(last) != CAP:
        return None
    first = last
    while paragraph.kind(first - 1) == CAP or (
        paragraph.is_mark(first - 1, DASHES)
        and paragraph.units[first].glued
        and paragraph.units[first - 1].glued
        and paragraph.kind(first - 2) == CAP
    ):
        first -= 1 if paragraph.kind(first - 1) == CAP else 2
    if paragraph.kind(first - 1) in (TITLE, WEAK_TITLE):
        return None  # the office's own name, found already
    return first


def _word_count(paragraph: Paragraph, first: int, last: int) -> int:
    return sum(1 for unit in paragraph.units[first : last + 1] if unit.kind == CAP)


def _body_resumes(paragraph: Paragraph, first: int, last: int, grammar: Grammar) -> int | None:
    """Where to go on when capitalised words are part of a body or an office, not a name:
    "People's" before "Council", "Chính" before its "quyền"."""
    after = paragraph.unit(last + 1)
    if after is None:
        return None
    if after.kind in _BODY_AFTER:
        return last + 1
    if (
        grammar.completion
        and first == last
        and paragraph.units[last].vietnamese
        and after.kind == LOWER
        and after.vietnamese
    ):
        return last + 2
    return None


def _bridge(paragraph: Paragraph, position: int, grammar: Grammar) -> int | None:
    """Past a few lower-case words inside an office: "nước chủ nhà Malaysia", "the Ho
    Chi Minh City chapter of the ...". None when the office ends here."""
    if grammar.bridge:
        end = position
        while end - position < 3 and paragraph.kind(end) == LOWER:
            end += 1
        if end > position and paragraph.kind(end) in (PLACE, HEAD, KNOWN_ORGANISATION):
            return end
        return None
    if grammar.bridge_before:
        end = position
        while end - position < 2 and paragraph.kind(end) == LOWER:
            end += 1
        unit = paragraph.unit(end)
        if end > position and unit is not None and unit.key in grammar.bridge_before:
            return end
    return None


def _trimmed(paragraph: Paragraph, first: int, last: int, grammar: Grammar) -> tuple[int, int]:
    """The name without words glued before it: "Đức Angela Merkel" is Angela Merkel,
    "Environment Tran Hong Ha" is Tran Hong Ha."""
    words = [i for i in range(first, last + 1) if paragraph.units[i].kind == CAP]
    if len(words) < 2:
        return first, last
    units = paragraph.units
    if not grammar.is_family_name(units[words[0]].text):
        starts = [
            (position, index)
            for position, index in enumerate(words[1:], start=1)
            if grammar.is_family_name(units[index].text)
            and len(words) - position >= 2
            and all(units[i].vietnamese for i in words[position:])
        ]
        if starts:  # most Vietnamese names have three syllables: prefer that cut
            best = min(starts, key=lambda start: (len(words) - start[0] != 3, start[0]))
            return best[1], last
    foreign = [i for i in words if not units[i].vietnamese]
    if foreign and units[words[0]].vietnamese:
        split = words.index(foreign[0])
        prefix = words[:split]
        if (
            all(units[i].vietnamese for i in prefix)
            and any(units[i].marked for i in prefix)
            and all(not units[i].vietnamese for i in words[split:])
        ):
            return words[split], last
    return first, last


def _role_start(paragraph: Paragraph, index: int, grammar: Grammar) -> int:
    """Where an office's words start, left of the office: "Vietnamese Deputy", "National
    Assembly", "Japan’s". Languages that write what an office is of after it ("Thủ tướng
    Đức") have nothing there."""
    start = index
    while (
        not grammar.head_first
        and index - start < 8
        and paragraph.kind(start - 1) in _ROLE_BEFORE
        and paragraph.units[start - 1].start >= paragraph.story_start
    ):
        start -= 1
    return start


def _role(paragraph: Paragraph, index: int, name_first: int, grammar: Grammar) -> str | None:
    start = _role_start(paragraph, index, grammar)
    text = paragraph.text[paragraph.units[start].start : paragraph.units[name_first].start]
    return _clean_role(text)


def _clean_role(text: str) -> str | None:
    text = text.strip(" ,;:–—-")
    if text.lower().startswith("the "):
        text = text[4:]
    return text or None
