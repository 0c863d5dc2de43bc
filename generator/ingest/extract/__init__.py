"""Turn an article's paragraphs into dated events and key figures for its front matter.

This is where the dates and numbers that `dates` and `figures` find are given a
role, the way an editor would read them:

- A date is an **event** when something happened (or is planned) on it: a
  meeting, a visit, a signature, a term of office ("nhiệm kỳ 2020-2021").
- A date is the **period of a figure** (`as_of`), not an event, when it dates a
  statistic: a level verb with a number ("trade in 2024 reached 15 billion
  USD", "kim ngạch năm 2024 đạt...") or a count, percentage or rank over a
  year or period ("30,000 tourists visited in 2023"). A figure with an action
  ("Mexico sent aid worth US$1 million at the end of 1975") keeps both.
- Comparison bases ("compared to 2023", "so với cùng kỳ năm ngoái"), deadlines
  and targets ("by 2030", "đến năm 2030"), the open start of a trend ("since
  2019", "kể từ năm 2019"), datelines ("La Habana, 10/4 (TTXVN) -") and
  durations ("50 years", which `dates` never reads as a date) are not events.
- An **anniversary span** — "(May 19, 1975 – 2025)" after "50th anniversary",
  "(1975-2020)" after "kỷ niệm 45 năm" — gives one event, its start, which is
  the happening being celebrated (ties established). Its end is the year of
  the anniversary: it dates the article, not an event. When the article also
  gives that start more precisely elsewhere, only the precise event is kept.
- Repeated mentions of one happening give one event: same date and end at day
  precision, or same date and end in the same sentence or with mostly the same
  words at coarser precision.
- A date without a year takes the publication year, else the year of a dated
  dateline, else the anniversary year, else the latest year the article
  mentions (deadlines left out), and is `inferred`. Relative dates need
  `published` (or a dated dateline). A year-less date with no context at all
  keeps ISO's year-less form (`--05-22`) and `review: true`.
- A figure's `as_of` comes from its own clause, or from a leading date clause
  ("In 2024, ..."), or is inherited by a trailing clause ("..., up 27.5%",
  "..., trong đó ..."); a period is an ISO interval (`2024-01/2024-03`). A
  figure stated as current ("is currently", "hiện là") has none, and neither
  has one whose only date lacks a year (it is marked for review instead).
- Photo captions — a short line without final punctuation that the page
  repeats — are skipped; a single unpunctuated line still counts, with
  `review: true`. Every other paragraph is read.

`offset` on events and figures is the position in the paragraphs joined with
a blank line ("\\n\\n"), the way the body is written to Markdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator import languages
from generator.contract.model import Event, Figure
from generator.ingest.dates import resolve
from generator.ingest.extract.events import merge_events, sentence_events
from generator.ingest.extract.periods import PeriodContext, sentence_figures, unique_figures
from generator.ingest.extract.publication import publication_of, sentence_year
from generator.ingest.extract.sentences import Sentence, read_sentences
from generator.ingest.rules import rules_for


@dataclass(frozen=True)
class Extraction:
    """The events and figures of one article, in order of appearance."""

    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    published: str | None = None  # the publication date the dates were resolved against
    published_inferred: bool = False  # ... which was not given but inferred from the text


def extract(
    paragraphs: Sequence[str],
    lang: str,
    published: str | None = None,
    timestamp: str | None = None,
) -> Extraction:
    """Events and key figures of an article's body (lede first, headline excluded).

    `published` is the publication date a sidecar gives, `timestamp` the one a line above
    the text gave (`parse.Article.timestamp`); without either it is read or inferred.
    """
    language = _language(lang)
    cues = rules_for("extract", language)
    if cues is None:
        return Extraction()
    texts = [p if isinstance(p, str) else str(p) for p in paragraphs]
    sentences = read_sentences(texts, language, cues)
    publication = publication_of(sentences, published, timestamp)
    events: list[tuple[Event, Sentence, str]] = []
    figures: list[Figure] = []
    context = PeriodContext()
    for sentence in sentences:
        year = sentence_year(sentence)
        forward = cues.FORWARD.search(sentence.text) is not None
        resolved = {
            m: resolve(m, publication=publication, sentence_year=year, forward=forward)
            for m in sentence.mentions
        }
        events.extend(sentence_events(sentence, resolved, language))
        figures.extend(sentence_figures(sentence, resolved, language, context))
    date = publication.date
    return Extraction(
        tuple(merge_events(events)),
        tuple(unique_figures(figures)),
        published=date.iso() if date is not None and date.year is not None else None,
        published_inferred=not publication.known,
    )


def _language(lang: str) -> str:
    """A language code of the registry from "vi", "VI" or "vi-VN"; the default otherwise."""
    code = str(lang).strip().lower()[:2]
    return code if languages.is_known(code) else languages.default()
