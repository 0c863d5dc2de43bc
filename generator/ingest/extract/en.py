"""How an English news sentence says what a date is, and who did what on it.

The cue words of `generator.ingest.extract`: what comes before a comparison base
("compared to 2023"), a target ("by 2030"), the start of a trend ("since 2019"); the
verbs and nouns of a statistic; attributions and adverbs that are not part of an
event's text; the joints where a sentence with several dates is cut.
"""

from __future__ import annotations

import re

# The role of a date (extract.roles).
COMPARISON_BEFORE = re.compile(
    r"(?:compared (?:to|with)|than(?: in| during)?|versus|vs\.?|over|against|as against)"
    r"\s+(?:(?:the )?same period (?:of |in )?)?$",
    re.I,
)
TARGET_BEFORE = re.compile(r"\b(?:by|until|till|through|before|to|no later than)\s+$", re.I)
RANGE_START_WORD = None  # a range after this word is not a target
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
STATISTIC_VERB = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|hit|hits|total(?:led|ed|ling|ing|s)?|amount(?:ed|s|ing)? to"
    r"|st(?:ood|ands?) at|exceed(?:ed|s|ing)?|surpass(?:ed|es)?|top(?:ped|s)?"
    r"|r(?:ose|ise|ises|ising)"
    r"|gr(?:ew|ow|ows|owing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)|surg(?:ed|es|ing)"
    r"|f(?:ell|all|alls|alling)|declin(?:ed|es|ing)|drop(?:ped|s|ping)|up|down|was|were|is|are"
    r"|estimated|account(?:ed|s|ing)? for|ma(?:de|ke|king) up)\b",
    re.I,
)
STATISTIC_NOUN = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|investment|capital|FDI|revenue|GDP|output|sales)\b",
    re.I,
)
GROUP_BEFORE = re.compile(
    r"\b(?:delegation|group|team|mission|party|contingent)\s+(?:of|comprising|including)\s+$",
    re.I,
)
PRESENT = re.compile(r"\b(?:currently|now)\b", re.I)

# Anniversaries: "the 50th anniversary of diplomatic ties (May 19, 1975 – 2025)".
STATED_SPAN = re.compile(r"\b(?P<n>\d{1,3})(?:(?:st|nd|rd|th)\b|\s*years?\b)", re.I)
ANNIVERSARY_CUE = re.compile(r"anniversary|jubilee", re.I)
_CELEBRATED = re.compile(r"anniversary of\s+(?:the\s+)?(?P<what>.+)$", re.I)
_ACT = re.compile(r"(?:establishment|founding|signing|start)\b", re.I)


def anniversary_text(before: str) -> str | None:
    """What an anniversary celebrates, from the words before its span, or None."""
    match = _CELEBRATED.search(before)
    if not match:
        return None
    what = match.group("what").strip(' ,"“”')
    if _ACT.match(what):
        return what[:1].upper() + what[1:]
    return f"Start of {what}"


# Clauses and the pieces of a sentence with several dates (extract.sentences, extract.events).
CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s(?=(?:while|whereas)\s)")
JOINT = re.compile(r",\s|\s(?:and|while)\s")
AS_WELL_AS = re.compile(r"\sas well as\s")
SUBORDINATOR = re.compile(r"\s(?:when|as|where|while)\s")
# A clause that only makes sense with the one before it: ", which took effect on ...".
FIRST_WORD = re.compile(r"\s*(?:(?:and|but)\s+)?(\w+)")

# The text of an event (extract.events).
LEADING_ATTRIBUTION = re.compile(
    r"\s*(?:According to [^,]{1,80},\s*"
    r"|.{0,120}?\b(?:said|stressed|noted|affirmed|recalled|added|emphasi[sz]ed|announced)"
    r"\s+(?:that\s+)?(?=[A-Z]|the\s))"
)
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[^,]{0,100}?\s)?(?:said|stressed|noted|added|elaborated|emphasi[sz]ed|affirmed"
    r"|told [^,]+|according to [^,]+)\s*[.!?]?\s*$"
)
LEADING_ADVERB = re.compile(
    r"^(?:Meanwhile|Also|Earlier|Later|However|Then|In addition|Besides|[Ee]specially"
    r"|[Ii]n particular|and|And|but)\s*,?\s+"
)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|at|from|during|since|between|of|On|In|At|From|During|Since)\s+$"
)
TERM_AROUND = re.compile(r"(?:term|period)", re.I)

# A figure that goes on about the one before it (extract.periods): "..., up 27.5%".
CONTINUATION = re.compile(
    r"^\s*(?:up|down|rising|falling|increasing|decreasing|an increase|a rise|a decrease|a drop"
    r"|of which|bringing|making|accounting|representing|drawing|[a-z]+ing)\b",
    re.I,
)
COMPARATIVE = re.compile(r"^[\d.,%\s]*(?:more|less|higher|lower|fewer)\b", re.I)
