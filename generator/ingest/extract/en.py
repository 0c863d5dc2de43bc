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
    r"(?:(?:compared (?:to|with)|than(?: in| during)?|versus|vs\.?|over|against|as against)\s+"
    r"|\bsame (?:period|time|month|quarter) (?:of |in |last )?"
    r"|\b(?:increase|rise|growth|jump|gain|decrease|decline|drop|fall|up|down|rose|fell|grew"
    r"|increased|decreased|climbed|dropped|higher|lower|more|less)\s+from\s+)"
    r"(?:(?:the )?same period (?:of |in )?)?$",
    re.I,
)
TARGET_BEFORE = re.compile(r"\b(?:by|until|till|through|before|to|no later than)\s+$", re.I)
# "as of March 20, 2022": the date a statistic counts up to, never a target.
AS_OF_BEFORE = re.compile(r"\b(?:as of|as at|up to the end of)\s+$", re.I)
# A sentence that aims: its "by 2030" is a target.
AIM = re.compile(
    r"\b(?:target\w*|aim\w*|goal|striv\w*|hope\w*|plan\w*|seek\w*|expect\w*|strategy"
    r"|commit\w*|pledg\w*|vision|roadmap)\b",
    re.I,
)
# A pledge made, not an aim: its date is the day it was made ("is committed to" aims).
PLEDGED = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"\b(?:pledged|vowed|promised|committed)\b",
    re.I,
)
RANGE_START_WORD = None  # a range after this word is not a target
# "since 2019" opens a trend; "has come into effect since 2014" dates the entry into force.
SINCE_BEFORE = re.compile(r"(?<!effect )(?<!force )\bsince\s+$", re.I)
# Verbs that tally: "reached", "rose"; with the copulas, the verbs of any statistic.
TALLY_VERB = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|hit|hits|total(?:led|ed|ling|ing|s)|amount(?:ed|s|ing)? to"
    r"|st(?:ood|ands?) at|exceed(?:ed|s|ing)?|surpass(?:ed|es)?|top(?:ped|s)?"
    r"|r(?:ose|ise|ises|ising)"
    r"|gr(?:ew|ow|ows|owing)|increas(?:ed|es|ing)|climb(?:ed|s|ing)|surg(?:ed|es|ing)"
    r"|f(?:ell|all|alls|alling)|declin(?:ed|es|ing)|drop(?:ped|s|ping)"
    r"|estimated|account(?:ed|s|ing)? for|ma(?:de|ke|king) up|rank(?:ed|s|ing)"
    r"|spen[dt]\w*|invest(?:ed|s|ing)|pour(?:ed|s|ing)|contribut(?:ed|es|ing)|disburs\w*"
    r"|l(?:ed|eads?)(?! by))\b",
    re.I,
)
STATISTIC_VERB = re.compile(rf"{TALLY_VERB.pattern}|\b(?:up|down|was|were|is|are)\b", re.I)
# A sentence that goes on about the period of the one before: "Of which, ...".
CARRY_OPENER = re.compile(
    r"\s*(?:Of (?:which|this|these|the total|that)|Among (?:them|these|which|the total)"
    r"|In particular|Specifically)\b",
    re.I,
)
# How a sentence tells its numbers: in the past, it goes on about the period of the
# statistics before it ("Japan led the list with ..."); in the present, it tells what is
# ("some 80 companies are operating", "1,200 students have taken").
PAST_TELLING = re.compile(
    r"\b(?:was|were|had|\w{3,}ed|led|rose|fell|grew|stood|hit|made|saw|took|went|came|became"
    r"|got|gave|drew|brought|ran|won)\b",
    re.I,
)
PRESENT_TELLING = re.compile(r"\b(?:is|are|has|have|remains?|stays?)\b", re.I)
# A number over a span the text does not date: "so far", "over the past decade", "annually".
UNDATED_SPAN = re.compile(
    r"\b(?:so far|to date|(?:over|in|during) (?:the )?(?:past|last|coming|next|recent)"
    r"(?: \w+)? (?:years?|decades?|months?)|annually|per year|each year|every year"
    r"|a year on average|(?:average|an average) annual)\b",
    re.I,
)
STATISTIC_NOUN = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|investment|capital|FDI|revenue|GDP|output|sales"
    r"|visitors?|arrivals|tourists?|travell?ers|passengers|holidaymakers)\b",
    re.I,
)
# What happens: the words of a happening a date can be the day of (not of a statistic).
HAPPENING = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|met|meet(?:s|ing)?|talks|held|hold(?:s|ing)?|host(?:s|ed|ing)?"
    r"|sign(?:s|ed|ing)?|signature|agreed|agreement|accord|treaty|entered into force"
    r"|took effect|came into (?:force|effect)|established?|establishment|founded|founding"
    r"|open(?:s|ed|ing)|launch(?:es|ed|ing)?|inaugurat\w*|announc\w*|attend\w*|receiv(?:es|ed|ing)"
    r"|welcom\w*|celebrat\w*|ceremony|summit|conference|forum|session|congress|election"
    r"|elected|appointed|ratif\w*|adopt\w*|upgrad\w*|elevat\w*|credentials|depart(?:s|ed|ing)?"
    r"|arriv(?:e|es|ed|ing)"
    r"|chair(?:ed|ing)?|co-chair\w*|organi[sz]\w*|took place|discuss\w*|exchang\w*|present\w*"
    r"|joined|won|begins?|began|started?|ended|concluded|resumed|set up|kick(?:ed)? off"
    r"|trip|tour|dialogue|consultation|negotiat\w*|meeting|reception|exhibition|festival|event"
    r"|normali[sz]\w*|became(?=\s+(?:an? |the )?(?:(?-i:[A-Z])|member|partner|first)))\b",
    re.I,
)

# Where a happening word tells no happening: tourists' visits are counted, not held.
NOT_HAPPENING = re.compile(
    r"\b(?:visitors|tourists|travell?ers|holidaymakers|arrivals|passengers)\b(?:\s+\S+){0,3}?"
    r"\s+visit\w*",
    re.I,
)
# What the figures reported are about comes after these: "data showed that in 2023 ...".
SHOWS = re.compile(
    r"\b(?:show(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|reveal(?:s|ed|ing)?)\b(?:\s+that)?", re.I
)
# A period that names a document: "the Socio-Economic Report for May".
DOCUMENT_BEFORE = re.compile(r"\b(?:Report|Bulletin|White Paper)\s+(?:for|on|of)\s+$")
# A statistic told in words: it rose, fell, slowed.
TREND = re.compile(
    r"\b(?:r(?:ose|ise|ising)|gr(?:ew|ow|owing)|increas(?:ed|ing)|fell|declin(?:ed|ing)|drop(?:ped)?"
    r"|slow(?:ed|ing)|stagnat(?:ed|ing)|surg(?:ed|ing)|rebound(?:ed)?|recover(?:ed|ing))\b",
    re.I,
)
GROUP_BEFORE = re.compile(
    r"\b(?:delegation|group|team|mission|party|contingent)\s+(?:of|comprising|including)\s+$",
    re.I,
)
PRESENT = re.compile(r"\b(?:currently|now)\b", re.I)

# A sentence that looks forward: its year-less dates are the next ones, not the last.
FORWARD = re.compile(
    r"\b(?:will|shall|is to|are to|is set to|are set to|is scheduled to|are scheduled to"
    r"|is due to|plans? to|upcoming|forthcoming|to be held|is expected to|are expected to)\b",
    re.I,
)

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
