"""Key figures of a sentence, each with the period it describes and a label.

A figure's `as_of` comes from its own clause, or from a leading date clause ("In
2024, ..."), or is inherited by a trailing clause ("..., up 27.5%", "..., trong đó
..."); a period is an ISO interval (`2024-01/2024-03`). A figure stated as current
("is currently", "hiện là") has none, and neither has one whose only date lacks a year
(it is marked for review instead).
"""

from __future__ import annotations

from generator.contract.model import Figure
from generator.ingest.dates import DateMention, ResolvedDate
from generator.ingest.extract.sentences import Sentence, clause_index, is_date_clause, words_outside
from generator.ingest.figures import FigureMention, label_for


def sentence_figures(
    sentence: Sentence, resolved: dict[DateMention, ResolvedDate | None], lang: str
) -> list[Figure]:
    """The figures of one sentence, in order, each with its label and period."""
    figures: list[Figure] = []
    previous: tuple[str, ResolvedDate | None] | None = None  # label and period of the last figure
    # Comparison bases stay in labels: "growth ... compared to 2023".
    dates = [(m.start, m.stop) for m in sentence.mentions if sentence.roles[m] != "comparison"]
    for figure in sentence.figures:
        index = clause_index(sentence, figure.number_start)
        clause = (max(sentence.clauses[index][0], sentence.quote_start), sentence.clauses[index][1])
        period = _period_of(sentence, figure, index, resolved, previous)
        undated = period is not None and period.date.startswith("-")
        if undated:  # a period needs a year ("--05-22" is not one): leave it to an editor
            period = None
        previous_label = previous[0] if previous and _continues(sentence, clause) else None
        others = [(f.start, f.stop) for f in sentence.figures if f is not figure]
        label = label_for(sentence.text, clause, figure, lang, dates, others, previous_label)
        figures.append(
            Figure(
                label=label or figure.unit,
                value=figure.value,
                unit=figure.unit,
                quote=sentence.text[sentence.quote_start :],
                qualifier=figure.qualifier,
                as_of=period.interval if period else None,
                review=figure.review
                or sentence.unpunctuated
                or undated
                or bool(period and period.inferred),
                offset=sentence.offset + figure.number_start,
                value_max=figure.value_max,
            )
        )
        if figure.kind != "rank":
            previous = (label, period)
    return figures


def _continues(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """Whether a clause goes on about the figure before it: "..., up 27.5%", "..., 40% more"."""
    text = sentence.text[clause[0] : clause[1]]
    if sentence.cues.CONTINUATION.match(text):
        return True
    inside = [f for f in sentence.figures if clause[0] <= f.number_start < clause[1]]
    return bool(inside) and bool(
        sentence.cues.COMPARATIVE.match(sentence.text[inside[0].stop : clause[1]])
    )


def _period_of(
    sentence: Sentence,
    figure: FigureMention,
    index: int,
    resolved: dict[DateMention, ResolvedDate | None],
    previous: tuple[str, ResolvedDate | None] | None,
) -> ResolvedDate | None:
    """The period a figure refers to: a date of its clause, of a leading date clause, or of
    the figure it goes on about."""
    usable = [
        m
        for m in sentence.mentions
        if sentence.roles[m] in ("event", "statistic", "target") and resolved[m] is not None
    ]
    start, stop = sentence.clauses[index]
    in_clause = [
        m
        for m in usable
        if start <= m.start < stop
        and not sentence.cues.PRESENT.search(_between(sentence.text, m, figure))
    ]
    if in_clause:
        nearest = min(in_clause, key=lambda m: _distance(m, figure))
        return resolved[nearest]
    for earlier in range(index - 1, -1, -1):
        if is_date_clause(sentence, earlier):
            clause_start, clause_stop = sentence.clauses[earlier]
            dated = [m for m in usable if clause_start <= m.start < clause_stop]
            if dated:
                return resolved[dated[-1]]
        clause_start, clause_stop = sentence.clauses[earlier]
        if len(words_outside(sentence, clause_start, clause_stop)) > 3:
            break
    if _continues(sentence, sentence.clauses[index]) and index > 0:
        if previous is not None:
            return previous[1]
        clause_start, clause_stop = sentence.clauses[index - 1]
        events = [
            m
            for m in usable
            if clause_start <= m.start < clause_stop and sentence.roles[m] == "event"
        ]
        if events:
            return resolved[events[0]]
    return None


def _between(text: str, mention: DateMention, figure: FigureMention) -> str:
    if mention.stop <= figure.start:
        return text[mention.stop : figure.start]
    return text[figure.stop : mention.start]


def _distance(mention: DateMention, figure: FigureMention) -> int:
    if mention.stop <= figure.start:
        return figure.start - mention.stop
    return max(0, mention.start - figure.stop)


def unique_figures(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    unique = []
    for figure in figures:
        key = (figure.label.casefold(), figure.value, figure.value_max, figure.unit, figure.as_of)
        if key in seen:
            continue
        seen.add(key)
        unique.append(figure)
    return sorted(unique, key=lambda f: f.offset)
