"""A sentence of an article with what was found in it: its dates, figures and clauses.

Extraction reads an article one sentence at a time; everything it decides (what a date
is, which period a figure describes, what happened on a date) looks at the clauses of
one `Sentence`. A photo caption the page repeats is skipped; a dateline before the
lede's first words is kept out of quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import ModuleType

from generator.ingest.dateline import read_dateline
from generator.ingest.dates import DateMention, find_dates
from generator.ingest.figures import FigureMention, find_figures
from generator.ingest.parse import TAG_PARAGRAPHS
from generator.text.sentences import sentence_spans

# Longer than this, a "sentence" is text that lost its full stops: it is read in pieces
# of at most this length, cut after a clause break, so the work on it stays linear.
MAX_SENTENCE = 1000
_PIECE_BREAK = re.compile(r"[;,:]\s|\s")
_WORD = re.compile(r"[^\W_]+")
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;\"”’'»)\]]\s*$")
_QUOTED = re.compile(r"\"[^\"]{1,200}\"|“[^”]{1,200}”")


@dataclass(frozen=True)
class Sentence:
    """A sentence with what was found in it; positions are within `text`."""

    text: str
    offset: int  # in the body
    quote_start: int  # after a dateline, if any
    unpunctuated: bool
    mentions: list[DateMention]
    figures: list[FigureMention]
    clauses: list[tuple[int, int]]
    roles: dict[DateMention, str]  # what each date is, see roles.role
    cues: ModuleType = field(compare=False, repr=False)  # the language's cue words
    paragraph: int = 0  # which paragraph of the body it is in


def read_sentences(paragraphs: list[str], lang: str, cues: ModuleType) -> list[Sentence]:
    """Every sentence of the body worth reading, in order, each analysed."""
    from generator.ingest.extract.roles import role

    stripped = [p.strip() for p in paragraphs]
    seen_count: dict[str, int] = {}
    for text in stripped:
        seen_count[text] = seen_count.get(text, 0) + 1
    sentences: list[Sentence] = []
    offset = 0
    for number, (paragraph, text) in enumerate(zip(paragraphs, stripped, strict=True)):
        unpunctuated = bool(text) and not _FINAL_PUNCTUATION.search(text)
        short = len(text.split()) <= 30
        caption = unpunctuated and short and seen_count[text] > 1
        if text and not caption:
            spans = _bounded(paragraph, sentence_spans(paragraph, lang))
            for index, (start, stop) in enumerate(spans):
                sentence_text = paragraph[start:stop]
                quote_start = 0
                if index == 0 and number < TAG_PARAGRAPHS:
                    dateline = read_dateline(sentence_text)
                    quote_start = dateline.end if dateline else 0
                sentence = _analyse(
                    sentence_text, offset + start, quote_start, unpunctuated and short, lang, cues
                )
                sentence = replace(sentence, paragraph=number)
                for mention in sentence.mentions:
                    sentence.roles[mention] = role(sentence, mention)
                sentences.append(sentence)
        offset += len(paragraph) + 2
    return sentences


def _bounded(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans, an over-long one cut into pieces of at most MAX_SENTENCE characters.

    A piece ends after the last clause break (or space) before the limit, so it is still
    an exact slice of the paragraph; a piece with no break at all is cut at the limit.
    """
    bounded = []
    for start, stop in spans:
        while stop - start > MAX_SENTENCE:
            window = paragraph[start : start + MAX_SENTENCE]
            breaks = [m.end() for m in _PIECE_BREAK.finditer(window) if m.end() > 1]
            cut = start + (breaks[-1] if breaks else MAX_SENTENCE)
            piece_stop = cut
            while piece_stop > start and paragraph[piece_stop - 1].isspace():
                piece_stop -= 1
            bounded.append((start, piece_stop))
            start = cut
            while start < stop and paragraph[start].isspace():
                start += 1
        if start < stop:
            bounded.append((start, stop))
    return bounded


def _analyse(
    text: str, offset: int, quote_start: int, unpunctuated: bool, lang: str, cues: ModuleType
) -> Sentence:
    mentions = find_dates(text, lang)
    blocked = [(m.start, m.stop) for m in mentions]
    figures = [f for f in find_figures(text, lang, blocked) if f.number_start >= quote_start]
    clauses = _clauses(text, blocked + [(f.start, f.stop) for f in figures], cues)
    return Sentence(text, offset, quote_start, unpunctuated, mentions, figures, clauses, {}, cues)


def _clauses(
    text: str, keep_whole: list[tuple[int, int]], cues: ModuleType
) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence; dates, figures and quoted titles are never cut."""
    keep_whole = keep_whole + [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans = []
    start = 0
    for match in cues.CLAUSE_BREAK.finditer(text):
        cut = match.start()
        if any(a < cut < b for a, b in keep_whole):
            continue
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def clause_index(sentence: Sentence, position: int) -> int:
    for index, (start, stop) in enumerate(sentence.clauses):
        if start <= position < stop or (position >= start and index == len(sentence.clauses) - 1):
            return index
    return 0


def words_outside(sentence: Sentence, start: int, stop: int) -> list[str]:
    text = sentence.text
    pieces = []
    cursor = start
    for mention in sentence.mentions:
        if mention.stop <= cursor or mention.start >= stop:
            continue
        pieces.append(text[cursor : mention.start])
        cursor = max(cursor, mention.stop)
    pieces.append(text[cursor:stop])
    return _WORD.findall(" ".join(pieces))


def is_date_clause(sentence: Sentence, index: int) -> bool:
    start, stop = sentence.clauses[index]
    has_date = any(start <= m.start < stop for m in sentence.mentions)
    return has_date and len(words_outside(sentence, start, stop)) <= 3


def region(sentence: Sentence, index: int) -> tuple[int, int]:
    """The clause at `index`, or what a leading date clause introduces."""
    start, stop = sentence.clauses[index]
    if not is_date_clause(sentence, index):
        return start, stop
    for later in range(index + 1, len(sentence.clauses)):
        later_start, later_stop = sentence.clauses[later]
        if len(words_outside(sentence, later_start, later_stop)) >= 4:
            return start, later_stop
    return start, sentence.clauses[-1][1]


def frame(sentence: Sentence, index: int, dates=None) -> tuple[int, int]:
    """What a date clause frames: the rest of the sentence, up to the next clause with a date.

    "Bước sang tháng 7, xuất khẩu bắt đầu khởi sắc trở lại, đạt 197 triệu USD": the month
    is the period of the figure two clauses on. `dates` are the mentions that end a frame
    (all of them unless told: once roles are known, a comparison base or an anniversary
    span in brackets does not).
    """
    start, stop = sentence.clauses[index]
    if not is_date_clause(sentence, index):
        return start, stop
    ends = sentence.mentions if dates is None else dates
    for later in range(index + 1, len(sentence.clauses)):
        later_start, later_stop = sentence.clauses[later]
        if any(later_start <= m.start < later_stop for m in ends):
            return start, later_start
        stop = later_stop
    return start, stop


def tells_a_happening(sentence: Sentence, start: int, stop: int) -> bool:
    """Whether a happening word stands between `start` and `stop` ("visited", "hội đàm"),
    not counting those that tell none ("tiếp tục", "tourists visited")."""
    text, cues = sentence.text, sentence.cues
    spared = [(m.start(), m.end()) for m in cues.NOT_HAPPENING.finditer(text)]
    return any(
        not any(a <= found.start() < b for a, b in spared)
        for found in cues.HAPPENING.finditer(text, start, stop)
    )
