"""Events of a sentence: the date, what happened (in the sentence's own words) and the quote.

An event's text is the sentence, or for a sentence with several dates the clause of
its date cut off at "and", "và", "cũng như", without the attribution ("X said that
...") and leading adverbs. An anniversary span gives one event, its start ("the
establishment of diplomatic ties"). Repeated mentions of one happening give one event.
"""

from __future__ import annotations

import re

from generator.contract.model import Event
from generator.ingest.dates import DateMention, ResolvedDate
from generator.ingest.extract.sentences import Sentence, clause_index, region, words_outside

_SPACES = re.compile(r"\s+")
_LEADING_PUNCTUATION = re.compile(r"^[,;:\s]+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_SEMICOLON = re.compile(r"[^;]+")


def sentence_events(
    sentence: Sentence, resolved: dict[DateMention, ResolvedDate | None], lang: str
) -> list[tuple[Event, Sentence, str]]:
    found = []
    happening = [m for m in sentence.mentions if sentence.roles[m] in ("event", "anniversary")]
    for mention in happening:
        when = resolved[mention]
        if when is None:
            continue
        role = sentence.roles[mention]
        if role == "anniversary":
            date, end = mention.first.iso(), None
            text = _anniversary_text(sentence, mention)
        else:
            date, end = when.date, when.end
            text = _event_text(sentence, mention, len(happening) > 1)
        review = (
            when.review
            or ("caption" if sentence.unpunctuated else None)
            or ("short-text" if len(text.split()) < 2 else None)
        )
        event = Event(
            date=date,
            text=text or _trim(sentence.text[sentence.quote_start :]),
            quote=sentence.text[sentence.quote_start :],
            end=end,
            inferred=when.inferred and role != "anniversary",
            review=review,
            offset=sentence.offset + mention.start,
        )
        found.append((event, sentence, role))
    return found


def _event_text(sentence: Sentence, mention: DateMention, several: bool) -> str:
    text = sentence.text
    pieces = _event_region(sentence, mention, several)
    # Other dates of the sentence belong to other events; terms keep theirs ("nhiệm kỳ 2020-2021").
    drop = [
        m for m in sentence.mentions if m is mention or (several and sentence.roles[m] == "event")
    ]
    attribution = sentence.cues.LEADING_ATTRIBUTION
    parts = []
    for start, stop in pieces:
        # "Officials recalled that ASEAN and Mercosur first met ... in 2008": the date is in what
        # was said, so the saying goes. "Speaking on May 22, Hai said ...": the saying is the event.
        said = attribution.match(text, start, stop)
        if said is not None and said.end() <= mention.start:
            start = said.end()
        cursor = start
        body = []
        for date in sorted(drop, key=lambda m: m.start):
            if date.start < start or date.stop > stop:
                continue
            cut_start = date.start
            near_before = text[max(start, cut_start - 14) : cut_start]
            near_after = text[date.stop : date.stop + 8].strip()
            if sentence.cues.TERM_AROUND.search(near_before) or sentence.cues.TERM_AROUND.match(
                near_after
            ):
                continue
            preposition = sentence.cues.PREPOSITION_BEFORE.search(text, cursor, cut_start)
            if preposition and preposition.end() == cut_start:
                cut_start = preposition.start()
            body.append(text[cursor:cut_start])
            cursor = date.stop
        body.append(text[cursor:stop])
        parts.append("".join(body).strip(" ,;"))
    return _tidy_event_text(", ".join(p for p in parts if p), sentence.cues)


def _event_region(sentence: Sentence, mention: DateMention, several: bool) -> list[tuple[int, int]]:
    """The pieces of the sentence that say what happened on this date.

    The whole sentence when it has one date and reads in one line; otherwise
    the clause of the date, cut off from other dates' clauses at "and", "và",
    "cũng như". A piece too short to say anything ("Mexico nhiệm kỳ
    2021-2022") gets the clause before it, which names the role.
    """
    text = sentence.text
    start, stop = sentence.quote_start, len(text)
    if not several:
        if len(text) - start > 200 and ";" in text:
            for piece in _SEMICOLON.finditer(text, start):
                if piece.start() <= mention.start < piece.end():
                    return [(piece.start(), piece.end())]
        return [(start, stop)]
    index = clause_index(sentence, mention.start)
    start, stop = region(sentence, index)
    whole = (start, stop)
    joints = list(sentence.cues.JOINT.finditer(text, start, stop))
    for other in sentence.mentions:
        if other is mention or sentence.roles[other] != "event":
            continue
        if not whole[0] <= other.start < whole[1]:
            continue
        if other.start > mention.stop:
            cuts = [j.start() for j in joints if mention.stop <= j.start() < other.start]
            stop = min(stop, max(cuts)) if cuts else stop
        else:
            cuts = [j.end() for j in joints if other.stop <= j.start() and j.end() <= mention.start]
            start = max(start, min(cuts)) if cuts else start
    listing = sentence.cues.AS_WELL_AS.search(text, mention.stop, stop)
    stop = listing.start() if listing else stop
    start = max(start, sentence.quote_start)
    clause_start = max(sentence.clauses[index][0], sentence.quote_start)
    # A piece that starts with a verb or "which" has its subject before it: "[The agreement was
    # signed on ...] và có hiệu lực từ ...", "[the CPTPP], which took effect on ...".
    predicate = _starts_with_predicate(text, start, sentence.cues)
    if predicate and start > clause_start:
        return [(clause_start, stop)]
    if len(words_outside(sentence, start, stop)) >= 6 and not predicate:
        return [(start, stop)]
    if index > 0:
        previous_start, previous_stop = sentence.clauses[index - 1]
        previous_start = max(previous_start, sentence.quote_start)
        if len(text[previous_start:previous_stop].split()) > 16:
            # Keep what names the role: "... khi hai nước cùng đảm nhiệm cương vị ...".
            subordinates = list(
                sentence.cues.SUBORDINATOR.finditer(text, previous_start, previous_stop)
            )
            if subordinates:
                previous_start = subordinates[-1].end()
        return [(previous_start, previous_stop), (start, stop)]
    return [(max(whole[0], sentence.quote_start), whole[1])]


def _starts_with_predicate(text: str, position: int, cues) -> bool:
    first = cues.FIRST_WORD.match(text, position)
    return first is not None and (first.group(1).islower() or first.group() != first.group(1))


def _tidy_event_text(text: str, cues) -> str:
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_PUNCTUATION.sub("", text)
    for _ in range(3):
        before = text
        text = cues.LEADING_ADVERB.sub("", text)
        text = _LEADING_PUNCTUATION.sub("", text)
        if text == before:
            break
    text = cues.TRAILING_ATTRIBUTION.sub("", text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = text.strip(" ,;:.")
    if text:
        text = text[0].upper() + text[1:]
    return _trim(text)


def _trim(text: str, limit: int = 160) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + "…"


def _anniversary_text(sentence: Sentence, mention: DateMention) -> str:
    before = sentence.text[sentence.quote_start : mention.start].rstrip(" (–-")
    celebrated = sentence.cues.anniversary_text(before)
    if celebrated:
        return _trim(celebrated)
    return _event_text(sentence, mention, False)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def merge_events(found: list[tuple[Event, Sentence, str]]) -> list[Event]:
    """Drop repeated mentions of one happening, keeping the first and most precise."""
    dates = [event.date for event, _, _ in found]
    kept: list[tuple[Event, Sentence]] = []
    for event, sentence, role in found:
        if role == "anniversary" and any(
            other != event.date and other.startswith(event.date + "-") for other in dates
        ):
            continue
        if _frames_a_dated_one(event, sentence, found):
            continue
        if any(
            _same_happening(event, sentence, other, other_sentence)
            for other, other_sentence in kept
        ):
            continue
        kept.append((event, sentence))
    return sorted((event for event, _ in kept), key=lambda e: e.offset)


def _frames_a_dated_one(event: Event, sentence: Sentence, found: list) -> bool:
    """ "Năm 2018, ... từ ngày 23 đến 24/12": the year only frames the day, one happening."""
    if len(event.date) != 4 or event.end:
        return False
    return any(
        other_sentence is sentence and other.date.startswith(event.date + "-")
        for other, other_sentence, _ in found
    )


def _same_happening(
    event: Event, sentence: Sentence, other: Event, other_sentence: Sentence
) -> bool:
    if (event.date, event.end) != (other.date, other.end):
        return False
    if len(event.date) == 10 or sentence is other_sentence:
        return True
    words = {w.lower() for w in _CONTENT_WORD.findall(event.text)}
    other_words = {w.lower() for w in _CONTENT_WORD.findall(other.text)}
    if not words or not other_words:
        return False
    return len(words & other_words) / min(len(words), len(other_words)) >= 0.5
