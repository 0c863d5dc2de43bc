"""What a date is in its sentence: an event, an anniversary, the period of a statistic, a
comparison base, a target, the start of a trend, or a dateline.

Only events (and the start of an anniversary span) reach the timeline; the period of a
statistic dates a figure instead; the rest date nothing.
"""

from __future__ import annotations

from generator.ingest.dates import DateMention
from generator.ingest.extract.sentences import (
    Sentence,
    clause_index,
    frame,
    is_date_clause,
    region,
    tells_a_happening,
)


def role(sentence: Sentence, mention: DateMention) -> str:
    """What a date is in its sentence.

    One of "event", "anniversary", "statistic", "comparison", "target", "since", "document"
    or "dateline".
    """
    if mention.start < sentence.quote_start:
        return "dateline"
    if mention.precision != "day" and sentence.cues.DOCUMENT_BEFORE.search(
        sentence.text, 0, mention.start
    ):
        return "document"
    before = _before_in_clause(sentence, mention)
    if _is_comparison(sentence, mention):
        return "comparison"
    if sentence.cues.TARGET_BEFORE.search(before) and not _starts_a_range(
        sentence, mention, before
    ):
        return "target"
    if sentence.cues.SINCE_BEFORE.search(before) and mention.precision != "day":
        return "since"
    if _is_anniversary_span(sentence, mention):
        return "anniversary"
    if _is_aimed_at(sentence, mention):
        return "target"
    if _is_statistic_date(sentence, mention):
        return "statistic"
    if _tells_numbers_not_happenings(sentence, mention):
        return "statistic"
    return "event"


def _before_in_clause(sentence: Sentence, mention: DateMention) -> str:
    clause_start = sentence.clauses[clause_index(sentence, mention.start)][0]
    return sentence.text[clause_start : mention.start]


def _is_comparison(sentence: Sentence, mention: DateMention) -> bool:
    return bool(sentence.cues.COMPARISON_BEFORE.search(_before_in_clause(sentence, mention)))


def _reach(sentence: Sentence, mention: DateMention) -> tuple[int, int]:
    """What a date speaks for: its clause, or all a leading date clause frames.

    A comparison base later on does not end the frame: "Bước sang tháng 7, xuất khẩu ...,
    đạt 197 triệu USD và tăng 56% so với cùng kỳ năm 2021".
    """
    index = clause_index(sentence, mention.start)
    if not is_date_clause(sentence, index):
        return sentence.clauses[index]
    ends = [m for m in sentence.mentions if not _is_comparison(sentence, m)]
    start, stop = frame(sentence, index, ends)
    return start, max(stop, region(sentence, index)[1])


def _is_anniversary_span(sentence: Sentence, mention: DateMention) -> bool:
    last = mention.last
    if not mention.is_range or last is None:
        return False
    if last.month is not None and (last.month, last.day) != (
        mention.first.month,
        mention.first.day,
    ):
        return False  # "(16/9/1821-16/9/2021)" is a span of years too
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
    # A plan or a term is a span too ("for 2021-2025"); an anniversary is five years or more.
    if years < 5:
        return False
    return bool((in_brackets and (cue or stated)) or (cue and stated))


def _is_statistic_date(sentence: Sentence, mention: DateMention) -> bool:
    precision = mention.precision
    if precision == "day":
        return False
    start, stop = _reach(sentence, mention)
    inside = [f for f in sentence.figures if start <= f.number_start < stop]
    verb = sentence.cues.STATISTIC_VERB
    region_text = sentence.text[start:stop]
    if not inside:
        # "Trong quý I/2022, xuất khẩu cá tra có phần chững lại": a period of trade, told in
        # words, is no happening either.
        return bool(
            sentence.cues.STATISTIC_NOUN.search(region_text)
            and sentence.cues.TREND.search(region_text)
        )
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


def _is_aimed_at(sentence: Sentence, mention: DateMention) -> bool:
    """A year in a clause that aims: "striving to bring it to USD 10 billion in 2020"."""
    if mention.precision == "day":
        return False
    start, stop = region(sentence, clause_index(sentence, mention.start))
    # "In October 2023, the bank pledged 100 billion yen": the pledge is what happened then.
    if sentence.cues.PLEDGED.search(sentence.text, mention.stop, stop):
        return False
    aims = [
        found.start()
        for found in sentence.cues.AIM.finditer(sentence.text, start, stop)
        if found.group().lstrip()[:1].islower()
    ]
    if not aims:
        return False
    # "Tháng 7 vừa qua, hai bên đã ký kế hoạch ... hướng tới mục tiêu ... năm 2030": what
    # happened in July comes before the aim, which is the plan's.
    return not (mention.stop <= aims[0] and tells_a_happening(sentence, mention.stop, aims[0]))


def _aims(sentence: Sentence, mention: DateMention) -> bool:
    """Whether "by 2030", "đến năm 2030" is a target: the sentence aims or looks forward.

    Without an aim, "by" a date the text reports on is a cut-off: "By December 2019,
    Japan's investment had reached ..."; a year alone is a target either way.
    """
    if mention.precision == "year" and not mention.is_range:
        return True
    return _aims_in(sentence.text, sentence) or bool(sentence.cues.FORWARD.search(sentence.text))


def _aims_in(text: str, sentence: Sentence) -> bool:
    """An aim word written in lower case: "target", "mục tiêu" (not "Ministry of Planning")."""
    return any(found.group().lstrip()[:1].islower() for found in sentence.cues.AIM.finditer(text))


def _tells_numbers_not_happenings(sentence: Sentence, mention: DateMention) -> bool:
    """A month, a year or a period in a sentence of figures with no happening in it.

    "Among the total, some 259,000 travelers were from South Korea in January": nobody
    visited, met or signed anything; the date is the period of the figures. A day is a
    happening's date, and a sentence that names one ("visited", "hội đàm", "signed") is
    read as telling it.
    """
    if mention.precision == "day":
        return False
    text = sentence.text
    cues = sentence.cues
    start, stop = _reach(sentence, mention)
    # Only what the date speaks for: "từ vị trí thứ 4 ... năm 2021, Mexico đã vươn lên trở
    # thành thị trường thứ ba" became nothing in 2021; nor did "công bố số liệu cho thấy trong
    # 9 tháng đầu năm 2023, ...": the publishing is not what the period is about.
    shown = [found.end() for found in cues.SHOWS.finditer(text, start, mention.start)]
    if tells_a_happening(sentence, shown[-1] if shown else start, stop):
        return False
    if shown:
        return True  # what figures show about a period is a statistic, counted or not
    tallied = [
        f
        for f in sentence.figures
        if not cues.GROUP_BEFORE.search(text, max(0, f.start - 40), f.start)
    ]
    if tallied:
        # "Mexico sent aid worth US$1 million": a sum in a sentence that neither tallies
        # ("reached", "were") nor names a statistic is part of what happened.
        return bool(cues.STATISTIC_VERB.search(text) or cues.STATISTIC_NOUN.search(text))
    # "quốc gia được du khách Hàn Quốc ghé thăm nhiều nhất trong năm nay": tourists' visits
    # are a statistic, told or not.
    told = (
        cues.STATISTIC_VERB.search(text)
        or cues.TREND.search(text)
        or cues.NOT_HAPPENING.search(text, start, stop)
    )
    return bool(cues.STATISTIC_NOUN.search(text) and told) and not mention.is_range


def _starts_a_range(sentence: Sentence, mention: DateMention, before: str) -> bool:
    """ "từ 2020 đến 2025": a range after its start word is a span, not a target."""
    word = sentence.cues.RANGE_START_WORD
    return bool(word) and mention.is_range and before.rstrip().endswith(word)
