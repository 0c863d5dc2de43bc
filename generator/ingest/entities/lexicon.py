"""The words of a paragraph and what a language's word lists say they are.

A paragraph becomes tokens (words, numbers, single punctuation marks), and runs of tokens
become units tagged from the language's rules module: an office ("Deputy Foreign Minister",
"Thứ trưởng"), an organisation's head noun ("Ministry", "Đại sứ quán"), a place, a
portfolio ("Foreign Affairs", "Ngoại giao") ... The longest entry wins at each position, so
"Bộ trưởng" (an office) is never "Bộ" (a ministry) and "Hội nghị" (a meeting) never "Hội"
(an association). Words no list knows are tagged by their shape: capitalised, acronym,
lower case, number or punctuation. Everything after this works on units, never on
characters, which keeps the matching linear in the text.

Hyphens split words into glued tokens ("Nam-Cuba" is "Nam", "-", "Cuba"), so that "Việt
Nam-Cuba" reads as two places and a name such as "González-Saiffe" is joined back whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from generator.text.fold import ascii_fold, traditional_tone_placement

# Kinds from the language's lists.
TITLE = "title"  # an office or rank before or after a name
WEAK_TITLE = "weak_title"  # a word that points at a person less surely ("counterpart")
HONORIFIC = "honorific"  # "Mr.", "ông": always followed by a name
MODIFIER = "modifier"  # words an office takes before it ("Deputy", "former")
HEAD = "head"  # the noun that makes a name an organisation's
WEAK_HEAD = "weak_head"  # a head that names an organisation only with an acronym or gazetteer
PLURAL_HEAD = "plural_head"  # "Ministries": several bodies, none named
AGREEMENT = "agreement"  # "Agreement", "Hiệp định": names that are not organisations
PORTFOLIO = "portfolio"  # what a ministry or a minister is for ("Foreign Affairs")
PLACE = "place"
PLACE_PREFIX = "place_prefix"  # "Cộng hòa", "nước", "Republic of" before a place
PLACE_SUFFIX = "place_suffix"  # "City", "Province" after capitalised words
DEMONYM = "demonym"  # "Vietnamese", "Mexican"
LINK = "link"  # "of", "for", "on": join a head to its complement
LOCATIVE = "locative"  # "in", "tại": where a mission is
AND = "and"
THE = "the"
STOP = "stop"  # function words, months, weekdays: never part of a name
NOT_HEAD = "not_head"  # words that start like a head but are not one ("Hội nghị")
KNOWN_ORGANISATION = "known_organisation"  # a name or alias from the gazetteer
KNOWN_PERSON = "known_person"
# Kinds from the shape of the word.
CAP = "cap"
ACRONYM = "acronym"
LOWER = "lower"
NUMBER = "number"
PUNCT = "punct"

LIST_KINDS = (
    (TITLE, "TITLES"),
    (WEAK_TITLE, "WEAK_TITLES"),
    (HONORIFIC, "HONORIFICS"),
    (MODIFIER, "MODIFIERS"),
    (HEAD, "ORGANISATION_HEADS"),
    (WEAK_HEAD, "WEAK_HEADS"),
    (PLURAL_HEAD, "PLURAL_HEADS"),
    (AGREEMENT, "AGREEMENT_WORDS"),
    (PORTFOLIO, "PORTFOLIOS"),
    (PLACE, "PLACES"),
    (PLACE_PREFIX, "PLACE_PREFIXES"),
    (PLACE_SUFFIX, "PLACE_SUFFIXES"),
    (DEMONYM, "DEMONYMS"),
    (LINK, "LINKS"),
    (LOCATIVE, "LOCATIVES"),
    (AND, "AND_WORDS"),
    (THE, "THE_WORDS"),
    (STOP, "STOP_WORDS"),
    (NOT_HEAD, "NOT_HEADS"),
)

# A dotted abbreviation ("U.S.", "TP.HCM"), a word (letters, then letters or digits,
# inner apostrophes: "G7", "People’s"), a number, or one mark. No alternative can
# backtrack more than the length of one word.
_TOKEN = re.compile(
    r"(?P<dotted>[^\W\d_]+(?:\.[^\W\d_]+)+\.?)"
    r"|(?P<word>[^\W\d_][^\W_]*(?:['’][^\W\d_]+)*)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>\S)"
)
DASHES = "-‐‑–—"
_WORD_BREAK = re.compile("[\\s" + re.escape(DASHES) + "]+")


@dataclass(frozen=True)
class Token:
    """One word, number or mark of a paragraph, where it is, and how it compares."""

    text: str
    start: int
    end: int
    kind: str  # "word", "number" or "punct"
    glued: bool  # no space before it
    possessive: bool = field(init=False, compare=False)  # ends with "’s"
    base: str = field(init=False, compare=False)  # the word without a possessive "’s"
    key: str = field(init=False, compare=False)  # how it compares: see `normal`
    base_key: str = field(init=False, compare=False)
    capitalised: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        word = self.kind == "word"
        possessive = word and len(self.text) > 2 and self.text[-2:] in ("’s", "'s")
        base = self.text[:-2] if possessive else self.text
        key = normal(self.text)
        object.__setattr__(self, "possessive", possessive)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "base_key", normal(base) if possessive else key)
        object.__setattr__(self, "capitalised", word and self.text[0].isupper())


def normal(text: str) -> str:
    """How two spellings of a word compare: case, tone placement and apostrophes aside."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return traditional_tone_placement(text.casefold())


def folded(text: str) -> str:
    """A word as ASCII, lower case: how names compare across languages."""
    return ascii_fold(text).casefold().replace("’", "'")


def tokenize(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Token]:
    """The tokens of `text`; hyphenated words split into glued parts."""
    tokens: list[Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if start < previous_end:
            continue  # the dot an abbreviation took ("W.")
        if kind == "dotted":
            kind = "word"
        elif kind == "word" and text[end : end + 1] == ".":
            word = match.group()
            if (len(word) == 1 and word.isupper()) or normal(word) in abbreviations:
                end += 1  # "W.", "Mr.": the dot belongs to the word
        tokens.append(Token(text[start:end], start, end, kind, start == previous_end))
        previous_end = end
    return tokens


@dataclass(frozen=True)
class Unit:
    """One or more tokens read as one thing: an entry of a list, or a word by its shape."""

    kind: str
    first: int  # index of its first token
    last: int  # index of its last token
    text: str  # as written
    start: int
    end: int
    capitalised: bool
    possessive: bool  # ends with "’s"
    glued: bool  # no space before it
    vietnamese: bool  # one Vietnamese syllable ("Thanh", "Sơn"): names and completions
    marked: bool  # has a letter or tone mark only Vietnamese uses ("ơ", "ư", "ạ")
    ref: str | None = None  # the gazetteer's id, for a known name

    @property
    def key(self) -> str:
        return normal(self.text)

    @property
    def base_text(self) -> str:
        return self.text[:-2] if self.possessive else self.text


_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def is_vietnamese_syllable(word: str) -> bool:
    """One syllable of Vietnamese as it is spelt, tone marks aside ("Nguyễn", "Thuong")."""
    return bool(_SYLLABLE.fullmatch(folded(word)))


def has_vietnamese_marks(word: str) -> bool:
    """Letters only Vietnamese spells in news text: đ, ă, â, ê, ô, ơ, ư and the dot below."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "đ" in word.casefold() or any(
        mark in decomposed for mark in ("\u0306", "\u0302", "\u031b", "\u0323", "\u0309")
    )


@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]
    kind: str
    needs_capital: bool  # written with a capital: matches only a capitalised word
    exact: str | None = None  # an acronym: matches only as written
    ref: str | None = None


class Lexicon:
    """A language's lists and the gazetteer's names as one table, keyed by first word."""

    def __init__(self, rules: ModuleType, known: Iterable = ()):
        self.abbreviations = frozenset(normal(a) for a in getattr(rules, "ABBREVIATIONS", ()))
        table: dict[str, list[_Entry]] = {}
        for kind, name in LIST_KINDS:
            for phrase in getattr(rules, name, ()):
                self._add(table, phrase, _Entry((), kind, phrase[0].isupper()))
        for name in known:
            exact = name.phrase if name.exact else None
            self._add(table, name.phrase, _Entry((), name.kind, True, exact, name.id))
        for entries in table.values():  # longest first; on a tie, the gazetteer's name
            entries.sort(key=lambda entry: (-len(entry.keys), entry.ref is None))
        self._table = table

    def _add(self, table: dict, phrase: str, entry: _Entry) -> None:
        keys = tuple(t.key for t in tokenize(phrase, self.abbreviations))
        if keys:
            entry = _Entry(keys, entry.kind, entry.needs_capital, entry.exact, entry.ref)
            table.setdefault(keys[0], []).append(entry)

    def match(self, tokens: Sequence[Token], index: int) -> _Entry | None:
        """The longest entry starting at `index`, or None."""
        token = tokens[index]
        for key in dict.fromkeys((token.key, token.base_key)):
            for entry in self._table.get(key, ()):
                if entry.needs_capital and not token.capitalised:
                    continue
                if entry.exact is not None and token.base != entry.exact.split()[0]:
                    continue
                if _fits(entry.keys, tokens, index):
                    return entry
        return None


def _fits(keys: tuple[str, ...], tokens: Sequence[Token], index: int) -> bool:
    if index + len(keys) > len(tokens):
        return False
    for offset, key in enumerate(keys):
        token = tokens[index + offset]
        if token.key != key and not (offset == len(keys) - 1 and token.base_key == key):
            return False
        if offset and tokens[index + offset - 1].possessive:
            return False  # "Vietnam’s Party" is not one phrase
    return True


def units_of(text: str, tokens: Sequence[Token], lexicon: Lexicon) -> list[Unit]:
    """The paragraph's tokens read as units, longest list entry first."""
    units: list[Unit] = []
    index = 0
    while index < len(tokens):
        entry = lexicon.match(tokens, index) if tokens[index].kind == "word" else None
        if entry is not None:
            last = index + len(entry.keys) - 1
            units.append(_unit(entry.kind, tokens, index, last, text, entry.ref))
            index = last + 1
            continue
        units.append(_unit(_shape(tokens[index]), tokens, index, index, text))
        index += 1
    return _places_joined(_glued_names(units, tokens, text), tokens, text)


def _shape(token: Token) -> str:
    if token.kind == "number":
        return NUMBER
    if token.kind == "punct":
        return PUNCT
    letters = [ch for ch in token.base if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if upper >= 2 and upper * 2 >= len(letters):
        return ACRONYM
    return CAP if token.capitalised else LOWER


def _unit(
    kind: str, tokens: Sequence[Token], first: int, last: int, text: str, ref: str | None = None
) -> Unit:
    start, end = tokens[first].start, tokens[last].end
    words = [t.base for t in tokens[first : last + 1] if t.kind == "word"]
    single = len(words) == 1 and first == last
    return Unit(
        kind=kind,
        first=first,
        last=last,
        text=text[start:end],
        start=start,
        end=end,
        capitalised=tokens[first].capitalised,
        possessive=tokens[last].possessive,
        glued=tokens[first].glued,
        vietnamese=single and is_vietnamese_syllable(words[0]),
        marked=single and has_vietnamese_marks(words[0]),
        ref=ref,
    )


def _glued_names(units: list[Unit], tokens: Sequence[Token], text: str) -> list[Unit]:
    """A capitalised one-syllable place or function word inside a Vietnamese name is a
    syllable of the name: "Ngô Đức Mạnh" is a man, not Ngô of Germany, and the "Năm" of
    "Nguyễn Hoành Năm" is no year."""
    for position in range(1, len(units)):
        unit, previous = units[position], units[position - 1]
        if (
            unit.kind in (PLACE, STOP)
            and unit.capitalised
            and unit.first == unit.last
            and unit.vietnamese
            and previous.kind == CAP
            and previous.vietnamese
            and not previous.possessive
        ):
            units[position] = _unit(CAP, tokens, unit.first, unit.last, text)
    return units


def _places_joined(units: list[Unit], tokens: Sequence[Token], text: str) -> list[Unit]:
    """ "Cộng hòa" + "Pháp", "nước" + "Nga", "Ho Chi Minh" + "City": one place each."""
    joined: list[Unit] = []
    position = 0
    while position < len(units):
        unit = units[position]
        if unit.kind == PLACE_PREFIX and _completes_word(joined, unit):
            joined.append(_unit(LOWER, tokens, *_span(unit), text))
            position += 1
            continue
        if unit.kind == PLACE_PREFIX:
            after = position
            while after + 1 < len(units) and units[after + 1].kind == PLACE_PREFIX:
                after += 1
            if after + 1 < len(units) and units[after + 1].kind == PLACE:
                place = units[after + 1]
                joined.append(_unit(PLACE, tokens, unit.first, place.last, text))
                position = after + 2
                continue
            joined.append(_unit(LOWER if not unit.capitalised else CAP, tokens, *_span(unit), text))
            position += 1
            continue
        if unit.kind == PLACE_SUFFIX:
            run = _capitalised_run_before(joined)
            if run:
                first = joined[-run].first
                del joined[-run:]
                joined.append(_unit(PLACE, tokens, first, unit.last, text))
            else:
                joined.append(_unit(CAP if unit.capitalised else LOWER, tokens, *_span(unit), text))
            position += 1
            continue
        joined.append(unit)
        position += 1
    return joined


def _completes_word(before: Sequence[Unit], prefix: Unit) -> bool:
    """ "nước" in "Nhà nước" is the second syllable of a word, not "the country of"."""
    if prefix.capitalised or not before:
        return False
    previous = before[-1]
    lone = len(before) < 2 or before[-2].kind != CAP
    return previous.kind == CAP and previous.vietnamese and lone


def _span(unit: Unit) -> tuple[int, int]:
    return unit.first, unit.last


def _capitalised_run_before(units: Sequence[Unit]) -> int:
    count = 0
    for unit in reversed(units):
        if unit.kind not in (CAP, PLACE) or unit.possessive:
            break
        count += 1
    return count


def split_words(text: str) -> tuple[str, ...]:
    """A name's words as they compare across languages: folded, hyphenated parts apart."""
    return tuple(word for word in _WORD_BREAK.split(folded(text).strip(".")) if word)


def listed(text: str) -> tuple[str, ...]:
    """Entries written one per line or separated by "|", blank ones and comments dropped."""
    entries: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        entries.extend(part.strip() for part in line.split("|") if part.strip())
    return tuple(entries)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph read into units, and where it sits in the article (for the order of
    first mentions)."""

    text: str
    tokens: tuple[Token, ...]
    units: tuple[Unit, ...]
    offset: int  # position of its first character in the whole article
    story_start: int = 0  # where the story starts: after a dateline and source tag

    def unit(self, index: int) -> Unit | None:
        return self.units[index] if 0 <= index < len(self.units) else None

    def kind(self, index: int) -> str | None:
        unit = self.unit(index)
        return unit.kind if unit is not None else None

    def is_mark(self, index: int, marks: str) -> bool:
        unit = self.unit(index)
        return unit is not None and unit.kind == PUNCT and unit.text in marks

    def is_glued_dash(self, index: int) -> bool:
        """A hyphen inside a word: "Jean-Pierre", "Canada-Vietnam", "el-Sisi"."""
        unit, after = self.unit(index), self.unit(index + 1)
        return (
            unit is not None
            and after is not None
            and unit.kind == PUNCT
            and unit.text in DASHES
            and unit.glued
            and after.glued
        )

    def source(self, first: int, last: int) -> str:
        """The text of units `first` to `last` as written."""
        return self.text[self.units[first].start : self.units[last].end]
