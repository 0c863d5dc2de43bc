"""Split a paragraph into sentences that are exact slices of it.

Every event and figure quotes "the exact sentence of the page", and the site
links to it with a `#:~:text=` fragment, which only finds text that is really
there. So a sentence here is never a cleaned-up copy: it is the paragraph
sliced between two boundaries, with the surrounding spaces left out.

A boundary is a full stop, question or exclamation mark or ellipsis, with any
closing quotes or brackets after it, then a space, then something that can
start a sentence (a capital, a digit or an opening quote). What looks like a
boundary but is not: titles and initials ("Dr. Santos", "Andrés M. López"),
abbreviations that go before a number ("Sept. 2023", "No. 5"), dotted
abbreviations inside a sentence ("the U.S. and China"; but "the U.S. The two
leaders" ends one), Vietnamese abbreviations ("TP. Hồ Chí Minh", "PGS.TS."),
and list markers ("1. Expanding market access"). Decimals ("27.5", "4,6")
never have a space after the mark, so they need no rule.
"""

from __future__ import annotations

import re

# A run of sentence-final marks, the closers that belong to the sentence, then space.
_CANDIDATE = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"\s*[\"“‘'«(\[]?([^\s\"“”‘’'«»()\[\].,;:!?]+)")
_LIST_MARKER = re.compile(r"(?:\d{1,2}|[A-Za-z]|[IVXivx]{1,4})")
# "U.S", "a.m", "e.g": the final stop may belong to the abbreviation. "TP.HCM" ends cleanly.
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENERS = "\"“‘'«([«"
_QUARTER_BEFORE = re.compile(r"\b(?:quý|Quý|quarter|Quarter)\s+$")

# Words that end a sentence before a period almost never: titles and the like.
_NEVER_FINAL = frozenset(
    """Mr Mrs Ms Mme Dr Prof Sr Sra Jr St Mt Ft Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep
    Hon Rev Amb Pres Vice Dep Messrs vs cf approx Nos Vol Art Fig Sec Dept Ave Blvd
    TP Tp TS ThS Th.S GS PGS BS KS NXB Q P ĐT TT GĐ PGĐ PGS.TS GS.TS GS.TSKH TS.BS""".split()
)
# Abbreviations that may end a sentence: a boundary only before a usual first word.
_SOMETIMES_FINAL = frozenset(
    "Inc Ltd Co Corp Bros etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No".split()
)
_USUAL_FIRST_WORDS = frozenset(
    """The A An It He She They We I You This That These Those There In On At For But And
    However Meanwhile Also According Both Its Their His Her Our After Before During When
    While Since As Other Some Many Most Last Next Earlier Later Then So Yet""".split()
)


def sentence_spans(paragraph: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Where each sentence starts and stops in `paragraph`, spaces left out.

    `lang` is accepted for symmetry with the rest of extraction; the rules
    above hold for both English and Vietnamese.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_stop in _lines(paragraph):
        start = line_start
        for match in _CANDIDATE.finditer(paragraph, line_start, line_stop):
            stop = match.end()
            if stop >= line_stop or not _is_boundary(paragraph, start, match, line_stop):
                continue
            _append_stripped(paragraph, start, stop, spans)
            start = stop
        _append_stripped(paragraph, start, line_stop, spans)
    return spans


def split_sentences(paragraph: str, lang: str | None = None) -> list[str]:
    """The sentences of `paragraph`, each an exact substring of it, in order."""
    return [paragraph[start:stop] for start, stop in sentence_spans(paragraph, lang)]


def _lines(text: str) -> list[tuple[int, int]]:
    # A line break inside a paragraph always ends a sentence: a quote never spans lines.
    lines = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


def _append_stripped(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if start < stop:
        spans.append((start, stop))


def _is_boundary(text: str, sentence_start: int, match: re.Match, line_stop: int) -> bool:
    following = _first_visible(text, match.end(), line_stop)
    if following is None or not _can_start_sentence(text, following, line_stop):
        return False
    marks = match.group().rstrip("\"”’'»)]")
    if marks != ".":
        return True
    before = _WORD_BEFORE.search(text, sentence_start, match.start())
    if before is None:
        return True
    word = before.group(1).lstrip(_OPENERS)
    if _LIST_MARKER.fullmatch(text[sentence_start : match.start()].strip()):
        return False
    next_word = _next_word(text, following, line_stop)
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isupper():
        # An initial ("Andrés M. López"), unless it is a quarter: "trong quý I. Trong quý II".
        return _QUARTER_BEFORE.search(text, sentence_start, before.start()) is not None
    if word in _SOMETIMES_FINAL:
        return not text[following].isdigit() and next_word in _USUAL_FIRST_WORDS
    if _DOTTED.fullmatch(word):
        return next_word in _USUAL_FIRST_WORDS
    return True


def _first_visible(text: str, position: int, line_stop: int) -> int | None:
    while position < line_stop and text[position].isspace():
        position += 1
    return position if position < line_stop else None


def _can_start_sentence(text: str, position: int, line_stop: int) -> bool:
    char = text[position]
    if char in _OPENERS:
        return position + 1 < line_stop and (
            text[position + 1].isupper() or text[position + 1].isdigit()
        )
    return char.isupper() or char.isdigit()


def _next_word(text: str, position: int, line_stop: int) -> str:
    match = _WORD_AFTER.match(text, position, line_stop)
    return match.group(1) if match else ""
