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

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.dates import (
    DateMention,
    PartialDate,
    ResolvedDate,
    find_dates,
    parse_published,
    resolve,
)
from generator.figures import FigureMention, find_figures, label_for
from generator.model import Event, Figure
from generator.sentences import sentence_spans


@dataclass(frozen=True)
class Extraction:
    """The events and figures of one article, in order of appearance."""

    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()


def extract(paragraphs: Sequence[str], lang: str, published: str | None = None) -> Extraction:
    """Events and key figures of an article's body (lede first, headline excluded)."""
    language = "vi" if str(lang).strip().lower().startswith("vi") else "en"
    texts = [p if isinstance(p, str) else str(p) for p in paragraphs]
    sentences = _read_sentences(texts, language)
    publication = parse_published(published) or _dateline_date(sentences)
    context_year = _context_year(sentences, publication)
    events: list[tuple[Event, _Sentence, str]] = []
    figures: list[Figure] = []
    for sentence in sentences:
        resolved = {
            m: resolve(m, published=publication, context_year=context_year)
            for m in sentence.mentions
        }
        events.extend(_sentence_events(sentence, resolved, language))
        figures.extend(_sentence_figures(sentence, resolved, language))
    return Extraction(tuple(_merge_events(events)), tuple(_unique_figures(figures)))


@dataclass(frozen=True)
class _Sentence:
    """A sentence with what was found in it; positions are within `text`."""

    text: str
    offset: int  # in the body
    quote_start: int  # after a dateline, if any
    unpunctuated: bool
    mentions: list[DateMention]
    figures: list[FigureMention]
    clauses: list[tuple[int, int]]
    roles: dict[DateMention, str]  # what each date is, see _role


def _read_sentences(paragraphs: list[str], lang: str) -> list[_Sentence]:
    stripped = [p.strip() for p in paragraphs]
    seen_count: dict[str, int] = {}
    for text in stripped:
        seen_count[text] = seen_count.get(text, 0) + 1
    sentences: list[_Sentence] = []
    offset = 0
    first_text_seen = False
    for paragraph, text in zip(paragraphs, stripped, strict=True):
        unpunctuated = bool(text) and not _FINAL_PUNCTUATION.search(text)
        short = len(text.split()) <= 30
        caption = unpunctuated and short and seen_count[text] > 1
        if text and not caption:
            for start, stop in sentence_spans(paragraph, lang):
                sentence_text = paragraph[start:stop]
                quote_start = 0
                if not first_text_seen:
                    dateline = _DATELINE.match(sentence_text)
                    quote_start = dateline.end() if dateline else 0
                first_text_seen = True
                sentences.append(
                    _analyse(
                        sentence_text, offset + start, quote_start, unpunctuated and short, lang
                    )
                )
        offset += len(paragraph) + 2
    return sentences


def _analyse(text: str, offset: int, quote_start: int, unpunctuated: bool, lang: str) -> _Sentence:
    mentions = find_dates(text, lang)
    blocked = [(m.start, m.stop) for m in mentions]
    figures = [f for f in find_figures(text, lang, blocked) if f.number_start >= quote_start]
    clauses = _clauses(text, blocked + [(f.start, f.stop) for f in figures])
    sentence = _Sentence(text, offset, quote_start, unpunctuated, mentions, figures, clauses, {})
    for mention in mentions:
        sentence.roles[mention] = _role(sentence, mention, lang)
    return sentence


_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
_LEADING_PUNCTUATION = re.compile(r"^[,;:\s]+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_STATED_SPAN = re.compile(r"\b(?P<n>\d{1,3})(?:(?:st|nd|rd|th)\b|\s*(?:năm|years?)\b)", re.I)
_ANNIVERSARY_CUE = re.compile(r"anniversary|kỷ niệm|jubilee", re.I)
_VI_CELEBRATED = re.compile(
    r"kỷ niệm\s+(?:\d+\s+năm|lần thứ\s+\d+)\s+(?:ngày\s+)?(?P<what>.+)$", re.I
)
_VI_YEARS_OF = re.compile(r"\d+\s+năm\s+(?P<what>.+)$")
_VI_ACT = re.compile(r"(?:thiết lập|thành lập|ký|khởi|bắt đầu)", re.I)
_EN_CELEBRATED = re.compile(r"anniversary of\s+(?:the\s+)?(?P<what>.+)$", re.I)
_EN_ACT = re.compile(r"(?:establishment|founding|signing|start)\b", re.I)
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;\"”’'»)\]]\s*$")
# "HANOI (VNA) -", "(PLVN) -", "La Habana, 10/4 (TTXVN) -", "MEXICO CITY, May 22 (VNA) -".
_DATELINE = re.compile(r"^\s*(?:[^\W\d_][^()\n]{0,60}?\s*)?\([^\W\d_][^()\n]{1,30}\)\s*[-–—]+\s*")
_QUOTED = re.compile(r"\"[^\"]{1,200}\"|“[^”]{1,200}”")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s(?=(?:while|whereas|trong khi|nhưng|còn)\s)")


def _clauses(text: str, keep_whole: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence; dates, figures and quoted titles are never cut."""
    keep_whole = keep_whole + [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        cut = match.start()
        if any(a < cut < b for a, b in keep_whole):
            continue
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _clause_index(sentence: _Sentence, position: int) -> int:
    for index, (start, stop) in enumerate(sentence.clauses):
        if start <= position < stop or (position >= start and index == len(sentence.clauses) - 1):
            return index
    return 0


def _words_outside(sentence: _Sentence, start: int, stop: int) -> list[str]:
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


def _is_date_clause(sentence: _Sentence, index: int) -> bool:
    start, stop = sentence.clauses[index]
    has_date = any(start <= m.start < stop for m in sentence.mentions)
    return has_date and len(_words_outside(sentence, start, stop)) <= 3


def _region(sentence: _Sentence, index: int) -> tuple[int, int]:
    """The clause at `index`, or what a leading date clause introduces."""
    start, stop = sentence.clauses[index]
    if not _is_date_clause(sentence, index):
        return start, stop
    for later in range(index + 1, len(sentence.clauses)):
        later_start, later_stop = sentence.clauses[later]
        if len(_words_outside(sentence, later_start, later_stop)) >= 4:
            return start, later_stop
    return start, sentence.clauses[-1][1]


_COMPARISON_BEFORE = re.compile(
    r"(?:compared (?:to|with)|than(?: in| during)?|versus|vs\.?|over|against|as against"
    r"|so với|so cùng kỳ|cùng kỳ)\s+(?:(?:the )?same period (?:of |in )?)?(?:cùng kỳ\s+)?$",
    re.I,
)
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|through|before|to|no later than)|(?:^|\s)(?:đến|tới|cho đến|trước)"
    r"(?:\s+hết)?)\s+$",
    re.I,
)
_SINCE_BEFORE = re.compile(r"(?:\bsince|(?:^|\s)kể từ)\s+$", re.I)
_STATISTIC_VERB_EN = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|hit|hits|total(?:led|ed|ling|ing|s)?|amount(?:ed|s|ing)? to"
    r"|st(?:ood|ands?) at|exceed(?:ed|s|ing)?|surpass(?:ed|es)?|top(?:ped|s)?"
    r"|r(?:ose|ise|ises|ising)"
    r"|gr(?:ew|ow|ows|owing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)|surg(?:ed|es|ing)"
    r"|f(?:ell|all|alls|alling)|declin(?:ed|es|ing)|drop(?:ped|s|ping)|up|down|was|were|is|are"
    r"|estimated|account(?:ed|s|ing)? for|ma(?:de|ke|king) up)\b",
    re.I,
)
_STATISTIC_VERB_VI = re.compile(
    r"(?:^|\s)(?:đạt|tăng|giảm|chiếm|vượt|lên tới|lên đến|ước đạt|ước tính|là)(?!\w)", re.I
)
_STATISTIC_NOUN = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|investment|capital|FDI|revenue|GDP|output|sales)\b"
    r"|(?:^|\s)(?:kim ngạch|thương mại|xuất khẩu|nhập khẩu|vốn|doanh thu|GDP|sản lượng)(?!\w)",
    re.I,
)
_GROUP_BEFORE = re.compile(
    r"\b(?:delegation|group|team|mission|party|contingent)\s+(?:of|comprising|including)\s+$"
    r"|(?:^|\s)(?:đoàn|phái đoàn|nhóm)(?:\s+\w+){0,3}?\s+(?:gồm|với|của|có)\s+$",
    re.I,
)
_PRESENT = re.compile(r"\b(?:currently|now)\b|(?:^|\s)(?:hiện|hiện nay|hiện là)(?!\w)", re.I)


def _role(sentence: _Sentence, mention: DateMention, lang: str) -> str:
    """What a date is in its sentence.

    One of "event", "anniversary", "statistic", "comparison", "target", "since" or "dateline".
    """
    if mention.start < sentence.quote_start:
        return "dateline"
    clause_start = sentence.clauses[_clause_index(sentence, mention.start)][0]
    before = sentence.text[clause_start : mention.start]
    if _COMPARISON_BEFORE.search(before):
        return "comparison"
    if _TARGET_BEFORE.search(before) and not (mention.is_range and before.rstrip().endswith("từ")):
        return "target"
    if _SINCE_BEFORE.search(before) and mention.precision != "day":
        return "since"
    if _is_anniversary_span(sentence, mention):
        return "anniversary"
    if _is_statistic_date(sentence, mention, lang):
        return "statistic"
    return "event"


def _is_anniversary_span(sentence: _Sentence, mention: DateMention) -> bool:
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
    stated = any(int(found.group("n")) == years for found in _STATED_SPAN.finditer(before))
    cue = _ANNIVERSARY_CUE.search(before)
    return bool((in_brackets and (cue or stated)) or (cue and stated))


def _is_statistic_date(sentence: _Sentence, mention: DateMention, lang: str) -> bool:
    precision = mention.precision
    if precision == "day":
        return False
    start, stop = _region(sentence, _clause_index(sentence, mention.start))
    inside = [f for f in sentence.figures if start <= f.number_start < stop]
    if not inside:
        return False
    verb = _STATISTIC_VERB_VI if lang == "vi" else _STATISTIC_VERB_EN
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
        and not _GROUP_BEFORE.search(text, max(0, f.start - 40), f.start)
        for f in inside
    )
    totals = any(f.kind == "money" for f in inside) and _STATISTIC_NOUN.search(region_text)
    return tallies or bool(totals)


def _sentence_events(
    sentence: _Sentence, resolved: dict[DateMention, ResolvedDate | None], lang: str
) -> list[tuple[Event, _Sentence, str]]:
    found = []
    happening = [m for m in sentence.mentions if sentence.roles[m] in ("event", "anniversary")]
    for mention in happening:
        when = resolved[mention]
        if when is None:
            continue
        role = sentence.roles[mention]
        if role == "anniversary":
            date, end = mention.first.iso(), None
            text = _anniversary_text(sentence, mention, lang)
        else:
            date, end = when.date, when.end
            text = _event_text(sentence, mention, len(happening) > 1, lang)
        review = when.review or sentence.unpunctuated or len(text.split()) < 2
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


def _sentence_figures(
    sentence: _Sentence, resolved: dict[DateMention, ResolvedDate | None], lang: str
) -> list[Figure]:
    figures: list[Figure] = []
    previous: tuple[str, ResolvedDate | None] | None = None  # label and period of the last figure
    # Comparison bases stay in labels: "growth ... compared to 2023".
    dates = [(m.start, m.stop) for m in sentence.mentions if sentence.roles[m] != "comparison"]
    for figure in sentence.figures:
        index = _clause_index(sentence, figure.number_start)
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


_CONTINUATION = re.compile(
    r"^\s*(?:up|down|rising|falling|increasing|decreasing|an increase|a rise|a decrease|a drop"
    r"|of which|bringing|making|accounting|representing|drawing|tăng|giảm|trong đó|chiếm|đưa|nâng"
    r"|[a-z]+ing)\b",
    re.I,
)


_COMPARATIVE = re.compile(r"^[\d.,%\s]*(?:more|less|higher|lower|fewer|nhiều hơn|ít hơn)\b", re.I)


def _continues(sentence: _Sentence, clause: tuple[int, int]) -> bool:
    """Whether a clause goes on about the figure before it: "..., up 27.5%", "..., 40% more"."""
    text = sentence.text[clause[0] : clause[1]]
    if _CONTINUATION.match(text):
        return True
    inside = [f for f in sentence.figures if clause[0] <= f.number_start < clause[1]]
    return bool(inside) and bool(_COMPARATIVE.match(sentence.text[inside[0].stop : clause[1]]))


def _period_of(
    sentence: _Sentence,
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
        if start <= m.start < stop and not _PRESENT.search(_between(sentence.text, m, figure))
    ]
    if in_clause:
        nearest = min(in_clause, key=lambda m: _distance(m, figure))
        return resolved[nearest]
    for earlier in range(index - 1, -1, -1):
        if _is_date_clause(sentence, earlier):
            clause_start, clause_stop = sentence.clauses[earlier]
            dated = [m for m in usable if clause_start <= m.start < clause_stop]
            if dated:
                return resolved[dated[-1]]
        clause_start, clause_stop = sentence.clauses[earlier]
        if len(_words_outside(sentence, clause_start, clause_stop)) > 3:
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


def _context_year(sentences: list[_Sentence], publication: PartialDate | None) -> int | None:
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


def _dateline_date(sentences: list[_Sentence]) -> PartialDate | None:
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


_LEADING_ATTRIBUTION_EN = re.compile(
    r"\s*(?:According to [^,]{1,80},\s*"
    r"|.{0,120}?\b(?:said|stressed|noted|affirmed|recalled|added|emphasi[sz]ed|announced)"
    r"\s+(?:that\s+)?(?=[A-Z]|the\s))"
)
_LEADING_ATTRIBUTION_VI = re.compile(
    r"\s*(?:Theo [^,]{1,80},\s*"
    r"|.{0,140}?\s(?:cho biết|cho hay|nhắc lại rằng|khẳng định|nhấn mạnh|thông tin)(?:\s+rằng)?"
    r"\s*,?\s*)"
)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[^,]{0,100}?\s)?(?:said|stressed|noted|added|elaborated|emphasi[sz]ed|affirmed"
    r"|told [^,]+|according to [^,]+|cho biết|nhấn mạnh|khẳng định|cho hay|nói)\s*[.!?]?\s*$"
)
_LEADING_ADVERB = re.compile(
    r"^(?:Meanwhile|Also|Earlier|Later|However|Then|In addition|Besides|Trước đó|Dịp này|Sau đó"
    r"|Đồng thời|Bên cạnh đó|Ngoài ra|Theo đó|Riêng|[ĐđSs]ặc biệt|[Ee]specially|[Ii]n particular"
    r"|and|And|và|Và|but|nhưng)\s*,?\s+"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|from|during|since|between|of|On|In|At|From|During|Since)"
    r"|(?<!\w)(?:ngay từ|ngay trong|Ngay từ|Ngay trong|vào|trong|từ|hồi|Vào|Trong|Từ|Hồi))\s+$"
)
_TERM_AROUND = re.compile(r"(?:nhiệm kỳ|giai đoạn|niên khóa|khóa|term|period|thời kỳ)", re.I)


def _event_text(sentence: _Sentence, mention: DateMention, several: bool, lang: str) -> str:
    text = sentence.text
    pieces = _event_region(sentence, mention, several)
    # Other dates of the sentence belong to other events; terms keep theirs ("nhiệm kỳ 2020-2021").
    drop = [
        m for m in sentence.mentions if m is mention or (several and sentence.roles[m] == "event")
    ]
    attribution = _LEADING_ATTRIBUTION_VI if lang == "vi" else _LEADING_ATTRIBUTION_EN
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
            if _TERM_AROUND.search(near_before) or _TERM_AROUND.match(near_after):
                continue
            preposition = _PREPOSITION_BEFORE.search(text, cursor, cut_start)
            if preposition and preposition.end() == cut_start:
                cut_start = preposition.start()
            body.append(text[cursor:cut_start])
            cursor = date.stop
        body.append(text[cursor:stop])
        parts.append("".join(body).strip(" ,;"))
    return _tidy_event_text(", ".join(p for p in parts if p), lang)


def _event_region(
    sentence: _Sentence, mention: DateMention, several: bool
) -> list[tuple[int, int]]:
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
    index = _clause_index(sentence, mention.start)
    start, stop = _region(sentence, index)
    whole = (start, stop)
    joints = list(_JOINT.finditer(text, start, stop))
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
    listing = _AS_WELL_AS.search(text, mention.stop, stop)
    stop = listing.start() if listing else stop
    start = max(start, sentence.quote_start)
    clause_start = max(sentence.clauses[index][0], sentence.quote_start)
    # A piece that starts with a verb or "which" has its subject before it: "[The agreement was
    # signed on ...] và có hiệu lực từ ...", "[the CPTPP], which took effect on ...".
    predicate = _starts_with_predicate(text, start)
    if predicate and start > clause_start:
        return [(clause_start, stop)]
    if len(_words_outside(sentence, start, stop)) >= 6 and not predicate:
        return [(start, stop)]
    if index > 0:
        previous_start, previous_stop = sentence.clauses[index - 1]
        previous_start = max(previous_start, sentence.quote_start)
        if len(text[previous_start:previous_stop].split()) > 16:
            # Keep what names the role: "... khi hai nước cùng đảm nhiệm cương vị ...".
            subordinates = list(_SUBORDINATOR.finditer(text, previous_start, previous_stop))
            if subordinates:
                previous_start = subordinates[-1].end()
        return [(previous_start, previous_stop), (start, stop)]
    return [(max(whole[0], sentence.quote_start), whole[1])]


_SEMICOLON = re.compile(r"[^;]+")
_JOINT = re.compile(r",\s|\s(?:and|và|while|trong khi)\s")
_AS_WELL_AS = re.compile(r"\s(?:cũng như|as well as)\s")
_SUBORDINATOR = re.compile(r"\s(?:khi|when|as|where|nơi|while|trong khi)\s")
# A clause that only makes sense with the one before it: ", which took effect on ...".
_FIRST_WORD = re.compile(r"\s*(?:(?:and|và|but|nhưng)\s+)?(\w+)")


def _starts_with_predicate(text: str, position: int) -> bool:
    first = _FIRST_WORD.match(text, position)
    return first is not None and (first.group(1).islower() or first.group() != first.group(1))


def _tidy_event_text(text: str, lang: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_PUNCTUATION.sub("", text)
    for _ in range(3):
        before = text
        text = _LEADING_ADVERB.sub("", text)
        text = _LEADING_PUNCTUATION.sub("", text)
        if text == before:
            break
    text = _TRAILING_ATTRIBUTION.sub("", text)
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


def _anniversary_text(sentence: _Sentence, mention: DateMention, lang: str) -> str:
    before = sentence.text[sentence.quote_start : mention.start].rstrip(" (–-")
    if lang == "vi":
        match = _VI_CELEBRATED.search(before) or _VI_YEARS_OF.search(before)
        if match:
            what = match.group("what").strip(' ,"“”')
            starts_with_act = _VI_ACT.match(what)
            return _trim(_capitalise(what if starts_with_act else f"khởi đầu {what}"))
    else:
        match = _EN_CELEBRATED.search(before)
        if match:
            what = match.group("what").strip(' ,"“”')
            if _EN_ACT.match(what):
                return _trim(_capitalise(what))
            return _trim(f"Start of {what}")
    return _event_text(sentence, mention, False, lang)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _merge_events(found: list[tuple[Event, _Sentence, str]]) -> list[Event]:
    """Drop repeated mentions of one happening, keeping the first and most precise."""
    dates = [event.date for event, _, _ in found]
    kept: list[tuple[Event, _Sentence]] = []
    for event, sentence, role in found:
        if role == "anniversary" and any(
            other != event.date and other.startswith(event.date + "-") for other in dates
        ):
            continue
        if any(
            _same_happening(event, sentence, other, other_sentence)
            for other, other_sentence in kept
        ):
            continue
        kept.append((event, sentence))
    return sorted((event for event, _ in kept), key=lambda e: e.offset)


def _same_happening(
    event: Event, sentence: _Sentence, other: Event, other_sentence: _Sentence
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


def _unique_figures(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    unique = []
    for figure in figures:
        key = (figure.label.casefold(), figure.value, figure.value_max, figure.unit, figure.as_of)
        if key in seen:
            continue
        seen.add(key)
        unique.append(figure)
    return sorted(unique, key=lambda f: f.offset)
