"""How English-language newsrooms write figures: the rules of `generator.ingest.figures.engine`.

"US$15 billion", "$2.5bn", "15 billion USD", "27.5%", "10-15 percent", "30,000
tourists", "Vietnam's second-largest trading partner", "ranked 8th". Decimals
are marked with a point and thousands grouped with a comma ("1,200.5").
"""

from __future__ import annotations

import re

from generator.ingest.figures import currencies
from generator.ingest.figures.engine import (
    DIGITS,
    NUM,
    RANGE,
    count,
    money,
    multiple,
    percent,
    qualifier_before,
    rank,
)
from generator.ingest.rules import Rule


def _tidy(text: str) -> str:
    from generator.ingest.figures.labels import tidy

    return tidy(text, LABEL_DANGLING)


DECIMAL_MARK = "."
SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
_SCALE_WORDS = r"(?P<scale>trillion|billion|million|thousand)\b"
_SCALE_SHORT = r"(?P<scale>trillion|billion|million|thousand|tn|bn|bln|mn|mln|m|b|k)\b"

QUALIFIER_BEFORE = qualifier_before(
    (
        "more than", "over", "about", "around", "approximately", "nearly", "almost", "up to",
        "at least", "less than", "under", "roughly", "some", "close to", "below", "above",
        "an estimated", "as many as", "as much as", "just over", "just under", "well over",
        "upwards of", "estimated at",
    )
)  # fmt: skip
QUALIFIER_ALIASES = {"estimated at": "estimated"}

CODE_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Decree|Resolution|Article|Route|Room|Tel|Phone|Fax|Hotline)\.?:?\s*"
    r"|\+\s*|\(0)$"
)

# Words without one of which a sentence holds no ranking (and no figure if it has no digit).
RANK_WORDS = (
    "largest", "biggest", "Largest", "Biggest", "top", "Top", "rank", "Rank", "place", "position",
)  # fmt: skip
# "doubled" has no digit; "two times" is written in words: a multiple's number in words.
MULTIPLE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
# A multiple is growth: "increased by 164 times", "three times higher than".
MULTIPLE_BEFORE = re.compile(
    r"\b(?:increas\w*|r(?:ise|isen|ose|ising)|gr(?:ew|own|ow\w*)|jump\w*|surg\w*|expand\w*"
    r"|multipl\w*|up|higher|larger|bigger)\b[^.;]*$",
    re.I,
)
MULTIPLE_AFTER = re.compile(
    r"\s+(?:higher|more|larger|greater|bigger|as (?:high|large|much|many)|over)\b", re.I
)

_NOT_UNITS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times percent per cent th st nd rd am pm of and or to
    in on at by for with from than is are was were be been being has have had will would could
    should may might can must the a an this that these those more less times-a year-old
    years-old per-cent point points round rounds am pm""".split()
)
_ADJECTIVES = frozenset(
    """new more additional foreign local international domestic young small large major big key
    skilled registered active other overseas regular senior junior leading""".split()
)
_DETAIL_TAIL = re.compile(
    r"(?:\s+(?:living|studying|working|in|from|at|of|for|across|there))(?:\s+[\w'-]+){0,4}?"
    r"(?=[,;.]|\s+(?:have|has|had|were|was|are|is|will|visited|attended|said)\b|$)"
)


def count_unit(match: re.Match) -> str | None:
    """What is counted: the noun after the number ("tourists"), or None when it is not a count."""
    words = match.group("noun").split()
    if not words or words[0].lower() in _NOT_UNITS:
        return None
    if words[0].endswith("ed") or words[0].endswith("ing"):
        return None
    if len(words) == 3 and (words[2].lower() in _NOT_UNITS or words[2].endswith("ed")):
        words = words[:1]
    return " ".join(words)


def count_detail(text: str, match: re.Match) -> str:
    """The counted noun phrase with what qualifies it: "Vietnamese students ... living there"."""
    tail_match = _DETAIL_TAIL.match(text[match.end() : match.end() + 80])
    words = tail_match.group(0).split() if tail_match else []
    return _tidy(" ".join([text[match.start("adj") : match.end()], *words]))


ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINAL = (
    r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
)
_RANK_NOUNS = (
    r"(?:trading partner|trade partner|partner|investor|export market|import market|market"
    r"|supplier|source|exporter|importer|destination|buyer|customer|economy)"
)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?P<owner>[^\W_]+['’]s)\s+|\b(?P<article>the|its|their)\s+)$", re.I
)
NOT_A_RANK_BEFORE = re.compile(
    r"\b(?:one of|among)\s+(?:the\s+|its\s+|their\s+|[^\W_]+['’]s\s+)?$", re.I
)
_RANK_TAIL_STOP = re.compile(r",|;|\.(?:\s|$)|\s(?:while|after|but|with|trong khi|sau|với|còn)\s")


def rank_start(text: str, match: re.Match) -> tuple[int, str] | None:
    """Where a ranking starts and whose it is: "Vietnam's second-largest" starts at "Vietnam's"."""
    found = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if found is not None:
        return found.start(), f"{found.group('owner')} " if found.group("owner") else ""
    if match.groupdict().get("first") is not None:
        return None  # "largest trading partner" needs "the", "its" or "X's" before it
    return match.start(), ""


def rank_phrase(text: str, match: re.Match, owner: str) -> str:
    """The ranking phrase without its ordinal: "Vietnam's largest trading partner in ASEAN"."""
    tail = text[match.end() : match.end() + 120]
    stop = _RANK_TAIL_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    groups = match.groupdict()
    head = f"{owner}{groups['sup']} {groups.get('noun') or ''}" if groups.get("sup") else "rank"
    return _tidy(f"{head} {tail}")


# What a figure measures (generator.ingest.figures.labels).
LABEL_CHANGE = re.compile(
    r"(?:^|\s)(?P<word>up|down|rose|rising|grew|growing|increased|increasing|fell|falling"
    r"|declined|dropped|an increase of|a rise of|growth of|a decrease of|a drop of)"
    r"(?:\s+by)?\s*$",
    re.I,
)
LABEL_FALLING = frozenset(
    ("down", "fell", "falling", "declined", "dropped", "a decrease of", "a drop of")
)
LABEL_GROWTH = ("growth of", "decline of")
LABEL_MORE_THAN = re.compile(r"\s*(?:more|higher|less|lower)\s+than\b", re.I)
LABEL_SHARE = None
LABEL_SHARE_HEAD = None
LABEL_LEVEL_VERB = re.compile(
    r"(?:^|\s)(?:reached|reach|hit|totall?ed|amounted to|stood at|stands at|was|were|is|are"
    r"|exceeded|topped|surpassed|estimated at|rose to|grew to|increased to|fell to|with"
    r"|led the list with|registered|drew|poured|pledged|had|invest|invested|raise the figure to)"
    r"\s*$",
    re.I,
)
LABEL_WORTH = re.compile(r"(?:^|\s)(?:worth|valued at|totalling|totaling)\s*$", re.I)
# "lift two-way trade to 10 billion USD"
LABEL_RAISE = re.compile(
    r".*\b(?:raise|lift|increase|boost|bring|push|take|double)\s+(?P<np>.{3,60}?)\s+to\s*$", re.I
)
LABEL_ACTION_VERB = re.compile(
    r"\b(?:sent|signed|gave|made|won|got|pledged|provided|granted|donated|had|has|have|registered"
    r"|received|approved|invested|[a-z]+ed)\s+",
    re.I,
)
LABEL_RANK_VERB = re.compile(
    r"\s(?:is|was|remains|remained|became|has become|is currently|was currently|ranks as)"
    r"(?:\s+(?:currently|now|still|also))?\s*$",
    re.I,
)
LABEL_RANK_JOINER = " as "
LABEL_COMPARISON_AFTER = re.compile(
    r"\s*((?:compared (?:to|with)|from|over|year on year|year-on-year)[^,;]{0,60}?)"
    r"\s*(?:[,;]|\.?$|\s+(?:according|said|due)\b)",
    re.I,
)
# Sentence-initial capitals of common words are not part of a label: "growth of bilateral trade".
LABEL_COMMON_FIRST = frozenset(
    """bilateral two-way trade exports imports foreign total investment turnover revenue sales
    output tourist tourists""".split()
)
LABEL_LEADING_NOISE = re.compile(
    r"^(?:(?:while|and|but|meanwhile|also|however|of which|in which|including|currently|now)\s+)+",
    re.I,
)
LABEL_ATTRIBUTION = re.compile(
    r"^(?:.{0,80}?\b(?:said|noted|stressed|added|affirmed|elaborated|emphasi[sz]ed|reported"
    r"|announced|recalled)\s+(?:that\s+)?|according to\s[^,]{0,80},\s*)",
    re.I,
)
LABEL_ADVERB_PIECE = re.compile(r"^(?:in turn|however|meanwhile|currently|now|also|so far)$", re.I)
LABEL_TRAILING_COPULA = re.compile(
    r"(?:\s+(?:is|are|was|were|have|has|had|will|would|plans? to|intends? to|to|currently|now"
    r"|so far))+\s*$",
    re.I,
)
LABEL_UP_TO_THAT = re.compile(r"^.*\bthat\s+")
LABEL_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
LABEL_DANGLING = re.compile(r"(?:\s+(?:of|in|to|at|for|on|by|with|from|the))+$")
# Removing "in 2024" from "turnover in 2024 reached" leaves "turnover in reached".
LABEL_EMPTY_PREPOSITION = re.compile(
    r"\b(?:in|on|at|during|since|by)\s+(?=(?:in|on|at|reached|,|$))"
)
_OF = re.compile(r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+of\s*$", re.I)
_NOUN_PHRASE_STOP = frozenset(
    "with and the a an its their his her our had has have to at for in on by from that which "
    "this these those is are was were".split()
)


def noun_phrase_before(before: str) -> str:
    """The noun phrase of "the average annual increase of ...", or ""."""
    match = _OF.search(before)
    if not match:
        return ""
    kept: list[str] = []
    for word in reversed(match.group("np").split()):
        if word.lower() in _NOUN_PHRASE_STOP:
            break
        kept.insert(0, word)
    return " ".join(kept)


RULES = [
    Rule(
        re.compile(
            currencies.PREFIX
            + r"\s?"
            + DIGITS.format("n")
            + RANGE.format(DIGITS.format("n2"))
            + r"(?:\s?"
            + _SCALE_SHORT
            + r")?",
            re.I,
        ),
        money,
        gate=currencies.SIGNS,
    ),
    Rule(
        re.compile(
            NUM.format("n")
            + RANGE.format(DIGITS.format("n2"))
            + r"\s?(?:"
            + _SCALE_WORDS
            + r"\s+)?"
            + currencies.SUFFIX
        ),
        money,
        gate=currencies.NAMES,
        anchor="digit",
    ),
    Rule(
        re.compile(
            NUM.format("n")
            + r"(?:\s?%?\s?(?:-|–)\s?"
            + DIGITS.format("n2")
            + r")?\s?(?:%|\bpercent\b|\bper cent\b)",
            re.I,
        ),
        percent,
        gate=("%", "percent", "per cent", "phần trăm"),
        anchor="digit",
    ),
    Rule(
        re.compile(
            r"\b"
            + _ORDINAL
            + r"[\s-]+(?P<sup>largest|biggest|most important|leading|top|highest|greatest)\b"
            + r"(?:\s+(?P<noun>(?:[\w-]+\s+){0,2}?"
            + _RANK_NOUNS
            + r")\b)?",
            re.I,
        ),
        rank,
        gate=("largest", "biggest", "most important", "leading", "top", "highest", "greatest"),
    ),
    Rule(
        re.compile(
            r"\b(?:rank(?:s|ed|ing)?|placing|placed|standing|stands?)\s+"
            r"(?:No\.\s*|number\s+)?(?P<ord>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth"
            r"|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?=\s+(?:out\s+of|among)\b))\b"
            # "ranks 15 out of 129": the 129 is the field, not a count of its own.
            r"(?:\s+(?:out\s+of|among)\s+\d[\d,]*)?",
            re.I,
        ),
        rank,
        gate=("rank", "plac", "stand"),
    ),
    Rule(
        re.compile(
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            r"|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:place|position|spot)\b"
            r"|\b(?P<ord2>\d{1,3}(?:st|nd|rd|th))\s+among\s+\d[\d,]*",
            re.I,
        ),
        rank,
        gate=("place", "position", "spot", "among"),
    ),
    Rule(
        re.compile(
            r"(?:\bby\s+)?(?P<n>\d+(?:[.,]\d+)?|two|three|four|five|ten)(?:\s+times\b|-fold\b)",
            re.I,
        ),
        multiple,
        gate=("times", "fold"),
    ),
    Rule(
        re.compile(
            r"\b(?P<sup>largest|biggest|top)\s+(?P<noun>(?:[\w-]+\s+){0,2}?"
            + _RANK_NOUNS
            + r")(?![\w-])(?P<first>)",
            re.I,
        ),
        rank,
        gate=("largest", "biggest", "top"),
    ),
    Rule(
        re.compile(
            NUM.format("n")
            + r"(?:\s+"
            + _SCALE_WORDS
            + r")?\s+(?P<adj>(?:(?:[A-Z][a-z]+|"
            + "|".join(sorted(_ADJECTIVES))
            + r")\s+){0,2})(?P<noun>(?P<unit>[a-z][a-z-]+)(?:\s+(?:and|or)\s+[a-z][a-z-]+)?)"
            + r"(?![\w-])",
        ),
        count,
        anchor="digit",
    ),
]
