"""When an article was published: given, read from its dateline, or inferred from its years.

The publication date is what every year-less date is resolved against ("on September
10-11", "ngày 22/8"), so it is read first and said how it is known. Given: a sidecar
or a time line above the text. Read: a dateline that dates its story ("HANOI, May 22,
2025 (VNA) -"; "Hà Nội, 17/7 (TTXVN) -" gives the day, not the year). Inferred, when
nothing gives it: the latest year the article's own happenings and statistics
mention, and after a whole year's statistics ("trade in 2022 reached ...") or a
comparison base ("so với cùng kỳ 2021"), the year after, since a year is reported once
it is over. Targets ("by 2030", "vào năm 2030") and the start of a trend never date an
article.
"""

from __future__ import annotations

from generator.ingest.dates import PartialDate, Publication, parse_published
from generator.ingest.extract.sentences import Sentence, is_date_clause


def publication_of(sentences: list[Sentence], published, timestamp) -> Publication:
    """The article's publication date and whether it is known (see the module docstring)."""
    for given in (published, timestamp):
        date = parse_published(given)
        if date is not None:
            return Publication(date, known=True)
    dateline = _dateline_date(sentences)
    if dateline is not None and dateline.year is not None:
        return Publication(dateline, known=True)
    year = inferred_year(sentences)
    if dateline is not None:  # "Hà Nội, 17/7 (TTXVN)": the day is known, the year is not
        return Publication(PartialDate(year, dateline.month, dateline.day), known=False)
    return Publication(PartialDate(year) if year is not None else None, known=False)


def _dateline_date(sentences: list[Sentence]) -> PartialDate | None:
    """The date of a dateline: "HANOI, May 22, 2025 (VNA) -", "Hà Nội, 17/7 (TTXVN) -"."""
    for sentence in sentences[:3]:
        for mention in sentence.mentions:
            dated = mention.shift is None and mention.precision == "day"
            if dated and sentence.roles[mention] == "dateline":
                return mention.first
    return None


def inferred_year(sentences: list[Sentence]) -> int | None:
    """The year an article was most likely published in, from what it says happened.

    An anniversary dates its article ("kỷ niệm 45 năm (1975-2020)": 2020; "73 năm Quốc
    khánh" with "2/9/1945": 2018). Otherwise the latest year of a happening or a statistic;
    a whole year's statistic is reported once the year is over, so it counts as the year
    after. A range counts by its start: a term
    or a plan ("nhiệm kỳ 2021-2022", "giai đoạn 2025-2030") may end after the article.
    """
    anniversaries: list[int] = []
    years: list[int] = []
    happenings: list[int] = []
    for sentence in sentences:
        for mention in sentence.mentions:
            role = sentence.roles[mention]
            if mention.shift is not None or role in ("target", "dateline", "since", "document"):
                continue
            first, last = mention.first, mention.last or mention.first
            if role == "comparison":
                # "tăng 20,3% so với cùng kỳ 2021": the figures are of a later year
                if first.year is not None:
                    years.append(last.year + 1 if last.year else first.year + 1)
                continue
            if role == "anniversary":
                anniversaries.append(last.year)
            elif first.year is not None:
                whole_year = not mention.is_range and first.month is None
                years.append(first.year + 1 if role == "statistic" and whole_year else first.year)
                if role == "event":
                    happenings.append(first.year)
    if anniversaries:
        return max(anniversaries)
    latest = max(years) if years else None
    # "Lễ kỷ niệm 73 năm Quốc khánh" and "ngày 2/9/1945": the anniversary is of 2018. Only
    # when one pairing of a stated span and a happening fits: with more, which happening
    # the anniversary is of is a guess.
    jubilees = {
        year + span
        for span in _stated_anniversaries(sentences)
        for year in set(happenings)
        if latest is None or latest <= year + span <= latest + _JUBILEE_REACH
    }
    return jubilees.pop() if len(jubilees) == 1 else latest


# How far past the latest year an article mentions its anniversary may fall: "73 năm
# Quốc khánh" is 73 years past 1945, the only year its article gives.
_JUBILEE_REACH = 80


def _stated_anniversaries(sentences: list[Sentence]) -> set[int]:
    """The spans of anniversaries the article names: "kỷ niệm 73 năm", "the 50th anniversary"."""
    spans = set()
    for sentence in sentences:
        text = sentence.text
        for cue in sentence.cues.ANNIVERSARY_CUE.finditer(text):
            near = text[max(0, cue.start() - 30) : cue.end() + 30]
            for stated in sentence.cues.STATED_SPAN.finditer(near):
                if 5 <= int(stated.group("n")) <= 200:
                    spans.add(int(stated.group("n")))
    return spans


def sentence_year(sentence: Sentence) -> int | None:
    """The year a sentence opens with, which its year-less dates share: "Năm 2018, ..."."""
    if not sentence.clauses or not is_date_clause(sentence, 0):
        return None
    start, stop = sentence.clauses[0]
    years = {
        m.first.year
        for m in sentence.mentions
        if start <= m.start < stop
        and m.first.year is not None
        and m.shift is None
        and m.precision == "year"
        and sentence.roles[m] not in ("target", "since", "comparison", "dateline")
    }
    return years.pop() if len(years) == 1 else None
