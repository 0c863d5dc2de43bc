"""Key figures of a sentence, each with the period it describes and a label.

A figure's `as_of` is, in this order: a date of its own clause; the date of a clause
that frames it ("In 2024, ...", "Bước sang tháng 7, xuất khẩu ... đạt 197 triệu USD");
the period of the figure it goes on about ("..., up 27.5%", "..., trong đó ..."); the
period the article's statistics were last said to be about, when the sentence gives
no date of its own (from an earlier paragraph it is marked `ambiguous-period`); and
from a comparison base alone, the year after it ("up 11% from 2021": 2022). A period
is an ISO interval (`2024-01/2024-03`). A figure stated as current ("is currently",
"hiện là") has none, and neither has one whose only date lacks a year (it is marked
for review instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.contract.model import Figure
from generator.ingest.dates import DateMention, ResolvedDate
from generator.ingest.extract.sentences import (
    Sentence,
    clause_index,
    frame,
    is_date_clause,
    tells_a_happening,
)
from generator.ingest.figures import FigureMention, label_for


@dataclass
class PeriodContext:
    """The period the article's statistics were last said to be about, and where."""

    period: ResolvedDate | None = None
    paragraph: int = -1

    def carried_to(self, sentence: Sentence) -> ResolvedDate | None:
        """The period, for a sentence that goes on about it: it opens with "Of which",
        "Trong đó", or tells its numbers in the past ("Japan led the list with ...");
        from another paragraph, it is marked for review."""
        if self.period is None:
            return None
        cues, text = sentence.cues, sentence.text
        goes_on = cues.CARRY_OPENER.match(text, sentence.quote_start) or (
            cues.PAST_TELLING.search(text) and not cues.PRESENT_TELLING.search(text)
        )
        if not goes_on:
            return None
        if sentence.paragraph == self.paragraph:
            return self.period
        review = self.period.review or "ambiguous-period"
        return ResolvedDate(self.period.date, self.period.end, self.period.inferred, review)

    def update(self, sentence: Sentence, resolved: dict) -> None:
        """A sentence that dates a statistic sets the period for what follows; one that
        goes on to say "currently" ends it."""
        dated = [
            m
            for m in sentence.mentions
            if sentence.roles[m] == "statistic" and resolved[m] is not None
        ]
        now = [found.start() for found in sentence.cues.PRESENT.finditer(sentence.text)]
        if dated and not (now and now[-1] > dated[-1].start):
            self.period, self.paragraph = resolved[dated[-1]], sentence.paragraph
        elif now and sentence.figures:  # "các thị trường hiện đều có nhu cầu": no figure is
            self.period = None  # told as current, so the period goes on


def sentence_figures(
    sentence: Sentence,
    resolved: dict[DateMention, ResolvedDate | None],
    lang: str,
    context: PeriodContext | None = None,
) -> list[Figure]:
    """The figures of one sentence, in order, each with its label and period.

    `context` is the period statistics were last said to be about; the sentence updates it.
    """
    context = context if context is not None else PeriodContext()
    figures: list[Figure] = []
    previous: tuple[str, ResolvedDate | None] | None = None  # label and period of the last figure
    # Comparison bases stay in labels: "growth ... compared to 2023".
    dates = [(m.start, m.stop) for m in sentence.mentions if sentence.roles[m] != "comparison"]
    for figure in sentence.figures:
        index = clause_index(sentence, figure.number_start)
        clause = (max(sentence.clauses[index][0], sentence.quote_start), sentence.clauses[index][1])
        period = _period_of(sentence, figure, index, resolved, previous, context)
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
                review=("unsure-currency" if figure.review else None)
                or ("caption" if sentence.unpunctuated else None)
                or ("needs-period" if undated else None)
                or (period.review if period else None),
                offset=sentence.offset + figure.number_start,
                value_max=figure.value_max,
            )
        )
        if figure.kind != "rank":
            previous = (label, period)
    context.update(sentence, resolved)
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
    context: PeriodContext,
) -> ResolvedDate | None:
    """The period a figure refers to (see the module docstring for the order)."""
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
        frame_start, frame_stop = frame(sentence, earlier, usable)
        if is_date_clause(sentence, earlier) and frame_start <= figure.number_start < frame_stop:
            dated = [m for m in usable if frame_start <= m.start < sentence.clauses[earlier][1]]
            if dated:
                return resolved[dated[-1]]
    if _continues(sentence, sentence.clauses[index]) and index > 0:
        if previous is not None:
            return previous[1]
        clause_start, clause_stop = sentence.clauses[index - 1]
        dated = [m for m in usable if clause_start <= m.start < clause_stop]
        if dated:
            return resolved[dated[0]]
    if sentence.cues.PRESENT.search(sentence.text) or sentence.cues.UNDATED_SPAN.search(
        sentence.text
    ):
        return None
    periods = {resolved[m].interval for m in usable if sentence.roles[m] == "statistic"}
    if (
        len(periods) == 1
        and not tells_a_happening(sentence, *sentence.clauses[index])
        and not sentence.cues.PRESENT_TELLING.search(sentence.text)
    ):
        # "Among the total, some 259,000 travelers were from South Korea, placing ... on the
        # list of arrivals last month": one period of statistics dates the sentence's figures.
        return resolved[next(m for m in usable if sentence.roles[m] == "statistic")]
    own = [m for m in sentence.mentions if sentence.roles[m] not in ("comparison", "dateline")]
    if not own and figure.kind != "rank":
        carried = context.carried_to(sentence)
        if carried is not None:
            return carried
    return _after_the_base(sentence, index, resolved)


def _after_the_base(sentence: Sentence, index: int, resolved: dict) -> ResolvedDate | None:
    """ "up 11% from 2021", "tăng 6,6% so với năm 2021": the figure is of the year after.

    The base dates the figures of its own clause, and those of the clause before when its
    clause goes on about them ("reached $5 billion, up 11% from 2021"); "With an average
    annual increase of 10-15%, ... up 27.5% compared to 2023" leaves the average undated.
    """
    clauses = sentence.clauses
    reach = [clauses[index]]
    if index + 1 < len(clauses) and _continues(sentence, clauses[index + 1]):
        reach.append(clauses[index + 1])
    bases = [
        m
        for m in sentence.mentions
        if any(start <= m.start < stop for start, stop in reach)
        and sentence.roles[m] == "comparison"
        and not m.is_range
        and m.shift is None
        and m.first.year is not None
        and m.first.month is None
        and resolved[m] is not None
    ]
    if len(bases) != 1:
        return None
    year = str(bases[0].first.year + 1)
    return ResolvedDate(year, None, True, resolved[bases[0]].review)


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
