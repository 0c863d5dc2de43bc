"""What a date is in its sentence: an event, an anniversary, the period of a statistic, a
comparison base, a target, the start of a trend, or a dateline.

Only events (and the start of an anniversary span) reach the timeline; the period of a
statistic dates a figure instead; the rest date nothing.
"""

from __future__ import annotations

from generator.ingest.dates import DateMention
from generator.ingest.extract.sentences import Sentence, clause_index, region


def role(sentence: Sentence, mention: DateMention) -> str:
    """What a date is in its sentence.

    One of "event", "anniversary", "statistic", "comparison", "target", "since" or "dateline".
    """
    if mention.start < sentence.quote_start:
        return "dateline"
    clause_start = sentence.clauses[clause_index(sentence, mention.start)][0]
    before = sentence.text[clause_start : mention.start]
    if sentence.cues.COMPARISON_BEFORE.search(before):
        return "comparison"
    if sentence.cues.TARGET_BEFORE.search(before) and not _starts_a_range(
        sentence, mention, before
    ):
        return "target"
    if sentence.cues.SINCE_BEFORE.search(before) and mention.precision != "day":
        return "since"
    if _is_anniversary_span(sentence, mention):
        return "anniversary"
    if _is_statistic_date(sentence, mention):
        return "statistic"
    return "event"


def _is_anniversary_span(sentence: Sentence, mention: DateMention) -> bool:
    last = mention.last
    if not mention.is_range or last is None or last.month is not None:
        return False
    first_year = mention.first.year
    if first_year is None or last.year is None:
        return False
    text = sentence.text
    before = text[: mention.start]
    in_brackets = before.rstrip().endswith("(") and text[mention.stop :].lstrip().startswith(")")
    years = last.year - first_year
    stated = any(
        int(found.group("n")) == years for found in sentence.cues.STATED_SPAN.finditer(before)
    )
    cue = sentence.cues.ANNIVERSARY_CUE.search(before)
    return bool((in_brackets and (cue or stated)) or (cue and stated))


def _is_statistic_date(sentence: Sentence, mention: DateMention) -> bool:
    precision = mention.precision
    if precision == "day":
        return False
    start, stop = region(sentence, clause_index(sentence, mention.start))
    inside = [f for f in sentence.figures if start <= f.number_start < stop]
    if not inside:
        return False
    verb = sentence.cues.STATISTIC_VERB
    region_text = sentence.text[start:stop]
    if verb.search(region_text):
        return True
    if precision == "month":
        return False
    # Over a whole year or period, a tally or a trade total describes the period; the size of
    # a delegation ("một đoàn gồm 25 doanh nghiệp", "a delegation of 40 firms") does not.
    text = sentence.text
    tallies = any(
        f.kind in ("count", "percent", "rank")
        and not sentence.cues.GROUP_BEFORE.search(text, max(0, f.start - 40), f.start)
        for f in inside
    )
    totals = any(f.kind == "money" for f in inside) and sentence.cues.STATISTIC_NOUN.search(
        region_text
    )
    return tallies or bool(totals)


def _starts_a_range(sentence: Sentence, mention: DateMention, before: str) -> bool:
    """ "từ 2020 đến 2025": a range after its start word is a span, not a target."""
    word = sentence.cues.RANGE_START_WORD
    return bool(word) and mention.is_range and before.rstrip().endswith(word)
