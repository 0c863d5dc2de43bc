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
from generator.ingest.dates import PartialDate, parse_published, resolve
from generator.ingest.extract.events import merge_events, sentence_events
from generator.ingest.extract.periods import sentence_figures, unique_figures
from generator.ingest.extract.sentences import Sentence, read_sentences
from generator.ingest.rules import rules_for


@dataclass(frozen=True)
class Extraction:
    """The events and figures of one article, in order of appearance."""

    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()


def extract(paragraphs: Sequence[str], lang: str, published: str | None = None) -> Extraction:
    """Events and key figures of an article's body (lede first, headline excluded)."""
    language = _language(lang)
    cues = rules_for("extract", language)
    if cues is None:
        return Extraction()
    texts = [p if isinstance(p, str) else str(p) for p in paragraphs]
    sentences = read_sentences(texts, language, cues)
    publication = parse_published(published) or _dateline_date(sentences)
    context_year = _context_year(sentences, publication)
    events: list[tuple[Event, Sentence, str]] = []
    figures: list[Figure] = []
    for sentence in sentences:
        resolved = {
            m: resolve(m, published=publication, context_year=context_year)
            for m in sentence.mentions
        }
        events.extend(sentence_events(sentence, resolved, language))
        figures.extend(sentence_figures(sentence, resolved, language))
    return Extraction(tuple(merge_events(events)), tuple(unique_figures(figures)))


def _language(lang: str) -> str:
    """A language code of the registry from "vi", "VI" or "vi-VN"; the default otherwise."""
    code = str(lang).strip().lower()[:2]
    return code if languages.is_known(code) else languages.default()


def _context_year(sentences: list[Sentence], publication: PartialDate | None) -> int | None:
    if publication is not None and publication.year is not None:
        return publication.year
    anniversary_years = []
    latest = None
    for sentence in sentences:
        for mention in sentence.mentions:
            role = sentence.roles[mention]
            if role in ("target", "dateline") or mention.shift is not None:
                continue
            years = [d.year for d in (mention.first, mention.last) if d and d.year is not None]
            if role == "anniversary" and mention.last is not None and mention.last.year:
                anniversary_years.append(mention.last.year)
            if years:
                latest = max(years) if latest is None else max(latest, *years)
    if anniversary_years:
        return max(anniversary_years)
    return latest


def _dateline_date(sentences: list[Sentence]) -> PartialDate | None:
    """The date of a dateline that gives its year: "HANOI, May 22, 2025 (VNA) -"."""
    if not sentences or not sentences[0].quote_start:
        return None
    first = sentences[0]
    for mention in first.mentions:
        in_dateline = mention.start < first.quote_start and mention.shift is None
        full_date = mention.precision == "day" and mention.first.year is not None
        if in_dateline and full_date:
            return mention.first
    return None
