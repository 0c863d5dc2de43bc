"""What a figure measures, in the sentence's own words.

Labels are only cut from and joined out of the words of the sentence: the subject of
"reached / đạt" ("bilateral trade turnover"), the noun before "of" ("average annual
increase"), "growth of ..." for "up 27.5%", "mức tăng ..." for "tăng 8%", the counted
noun phrase for counts, and "X as Y's largest ..." for rankings. The cue words are the
language's (`LABEL_*` and friends in `generator/ingest/figures/<code>.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType

from generator.ingest.figures.engine import FigureMention
from generator.ingest.rules import rules_for

_COMMA = re.compile(r",\s+")
_CLAUSE_END = re.compile(r"[,;:.]\s|[.;]$")
_SPACES = re.compile(r"\s+")


def label_for(
    sentence: str,
    clause: tuple[int, int],
    figure: FigureMention,
    lang: str,
    dates: Sequence[tuple[int, int]] = (),
    others: Sequence[tuple[int, int]] = (),
    previous_subject: str | None = None,
) -> str:
    """What `figure` measures, in the sentence's own words.

    `clause` is the span of the clause holding the figure; `dates` and `others`
    (the other figures) are spans left out of the words; `previous_subject` is
    the label of an earlier figure of the sentence ("..., up 27.5%" is the
    growth of that).
    """
    rules = rules_for("figures", lang)
    label = _label(sentence, clause, figure, rules, dates, others, previous_subject)
    return _uncapitalise(label, rules)


def tidy(text: str, dangling: re.Pattern | ModuleType | None = None) -> str:
    """A label without stray spaces, punctuation at its ends or a dangling preposition.

    `dangling` is the language's pattern of words a label never ends with (or its rules
    module, which has one as `LABEL_DANGLING`).
    """
    if isinstance(dangling, ModuleType):
        dangling = dangling.LABEL_DANGLING
    text = _SPACES.sub(" ", text).strip(" ,;:.-–")
    if dangling is not None:
        text = dangling.sub("", text)
    text = text.replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return text.strip()


def _uncapitalise(label: str, rules: ModuleType) -> str:
    first, _, rest = label.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in rules.LABEL_COMMON_FIRST:
        return f"{first.lower()} {rest}".strip()
    return label


def _label(
    sentence: str,
    clause: tuple[int, int],
    figure: FigureMention,
    rules: ModuleType,
    dates: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    previous_subject: str | None,
) -> str:
    start, stop = clause
    remove = [*dates, *others]
    before = _clean(_cut(sentence, start, figure.start, remove), rules)
    after = _cut(sentence, figure.stop, stop, remove)
    if figure.kind == "rank":
        return _rank_label(sentence, figure, rules)
    change = rules.LABEL_CHANGE.search(before)
    if change and figure.kind in ("percent", "money"):
        subject = previous_subject or _subject(before[: change.start()], rules)
        return _growth_label(subject, change.group("word"), after, rules)
    more_than = rules.LABEL_MORE_THAN
    if figure.kind == "percent" and more_than is not None and more_than.match(after):
        subject = previous_subject or _subject(before, rules)
        return tidy(f"{rules.LABEL_GROWTH[0]} {subject} {_first_words(after, 6)}", rules)
    share = rules.LABEL_SHARE.search(before) if rules.LABEL_SHARE is not None else None
    if share and figure.kind == "percent":
        return tidy(f"{rules.LABEL_SHARE_HEAD} {_subject(before[: share.start()], rules)}", rules)
    if figure.kind == "count" and figure.detail and len(figure.detail.split()) > 1:
        return tidy(figure.detail, rules)
    raised = rules.LABEL_RAISE.match(before)
    if raised:
        return tidy(_without_article(raised.group("np"), rules), rules)
    noun_phrase = rules.noun_phrase_before(before)
    if noun_phrase:
        return tidy(noun_phrase, rules)
    verb = rules.LABEL_LEVEL_VERB.search(before)
    if verb:
        subject = _subject(before[: verb.start()], rules)
        if subject:
            return subject
    worth = rules.LABEL_WORTH.search(before)
    if worth:
        # What is worth the money is the noun phrase right before "worth" / "trị giá", figures
        # included ("12 projects worth US$45 million"), after the verb that brings it.
        raw_before = _clean(_cut(sentence, start, figure.start, dates), rules)
        owner_end = rules.LABEL_WORTH.search(raw_before)
        owner = _after_last_verb(
            raw_before[: owner_end.start()] if owner_end else raw_before, rules
        )
        owner = rules.LABEL_TRAILING_COPULA.sub("", owner)
        return tidy(f"{owner} {_first_words(after, 4)}", rules)
    if figure.kind == "count" and figure.detail:
        return tidy(figure.detail, rules)
    return tidy(_last_words(before, 10, rules) or _first_words(after, 8) or figure.unit, rules)


def _cut(sentence: str, start: int, stop: int, remove: Sequence[tuple[int, int]]) -> str:
    """The text between start and stop with the `remove` spans taken out."""
    if stop <= start:
        return ""
    pieces = []
    cursor = start
    for span_start, span_stop in sorted(remove):
        if span_stop <= cursor or span_start >= stop:
            continue
        pieces.append(sentence[cursor:span_start])
        cursor = max(cursor, span_stop)
    pieces.append(sentence[cursor:stop])
    return " ".join(pieces)


def _clean(text: str, rules: ModuleType) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:")
    # Removing "in 2024" from "turnover in 2024 reached" leaves "turnover in reached".
    return _SPACES.sub(" ", rules.LABEL_EMPTY_PREPOSITION.sub("", text)).strip(" ,;:")


def _without_article(text: str, rules: ModuleType) -> str:
    return rules.LABEL_ARTICLE.sub("", text) if rules.LABEL_ARTICLE is not None else text


def _subject(text: str, rules: ModuleType) -> str:
    """The subject at the end of `text`: the last clause-like piece, tidied."""
    text = _SPACES.sub(" ", text).strip(" ,;:")
    text = rules.LABEL_ATTRIBUTION.sub("", text)
    pieces = [p for p in _COMMA.split(text) if p.strip()]
    pieces = [p for p in pieces if not rules.LABEL_ADVERB_PIECE.match(p.strip())]
    if not pieces:
        return ""
    subject = pieces[-1]
    subject = rules.LABEL_TRAILING_COPULA.sub("", subject)
    subject = rules.LABEL_LEADING_NOISE.sub("", subject)
    if rules.LABEL_UP_TO_THAT is not None:
        subject = rules.LABEL_UP_TO_THAT.sub("", subject)
    subject = _without_article(subject, rules)
    return tidy(subject, rules)


def _growth_label(subject: str, word: str, after: str, rules: ModuleType) -> str:
    comparison = rules.LABEL_COMPARISON_AFTER.match(after)
    suffix = f" {comparison.group(1)}" if comparison else ""
    rising, falling = rules.LABEL_GROWTH
    head = falling if word.lower() in rules.LABEL_FALLING else rising
    return tidy(f"{head} {subject}{suffix}", rules)


def _rank_label(sentence: str, figure: FigureMention, rules: ModuleType) -> str:
    phrase = figure.detail
    if phrase.startswith("rank"):
        return phrase
    before = sentence[: figure.start]
    verb = rules.LABEL_RANK_VERB.search(before)
    if not verb:
        return phrase
    subject = _subject(before[: verb.start()], rules)
    if not subject:
        return phrase
    return tidy(f"{subject}{rules.LABEL_RANK_JOINER}{phrase}", rules)


def _after_last_verb(text: str, rules: ModuleType) -> str:
    verbs = list(rules.LABEL_ACTION_VERB.finditer(text))
    return text[verbs[-1].end() :] if verbs else _last_words(text, 6, rules)


def _first_words(text: str, count: int) -> str:
    text = _CLAUSE_END.split(_SPACES.sub(" ", text).strip(), maxsplit=1)[0]
    return " ".join(text.split()[:count])


def _last_words(text: str, count: int, rules: ModuleType) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:")
    text = _COMMA.split(text)[-1]
    text = rules.LABEL_LEADING_NOISE.sub("", text)
    return " ".join(text.split()[-count:])
