"""The words a newsroom puts before an article's first sentence: dateline and source tag.

"Mexico City (VNA) –", "HANOI, May 22 (VNA) -", "Hà Nội, 17/7 (TTXVN) -", "(PLVN) -",
"(PLO)-", "VGP –", "VOV.VN -", "VTV.vn -", "(Banker.vn) ". The tag names the
publisher; the dateline's place and date say where and when the story was filed.
Neither is part of the story, so quotes start after them. A tag written bare, without
brackets ("VGP –"), is a publisher's only when its letters are a known publisher's or
a web address ("VOV.VN"): "HCMC –" is a dateline, not a source.

Also here: a line on its own that only gives the time of publication, "14:20 |
16/10/2024", "Chủ nhật, ngày 26/11/2023 21:02 GMT+7", "September 5, 2023 | 07:10
am PT", which some copies keep above the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

# A place: one to four capitalised words ("Mexico City", "HANOI", "Hà Nội", "TP.HCM"),
# then perhaps a date after a comma ("May 22", "10/4", "17/7/2020").
_PLACE = r"(?:[A-ZĐÀ-Ỹ][\w.'’-]*(?:\s+(?:de|del|da|do)?\s*[A-ZĐÀ-Ỹ][\w.'’-]*){0,3})"
_WHEN = r"(?:,\s*[^()\n]{1,25}?)?"
_TAG_IN_BRACKETS = re.compile(
    r"^\s*(?:(?P<dateline>" + _PLACE + _WHEN + r")\s*)?"
    r"\((?P<tag>[^\W\d_][\w&.+ -]{0,24}?)\)\s*(?P<dash>[-–—:]+\s*)?"
)
_BARE_TAG = re.compile(r"^\s*(?P<tag>[A-ZĐ][A-Za-zĐđ0-9.]{1,14})\s*[-–—]+\s+(?=\S)")
_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov\.vn|info)$", re.I)
# A line that only says when it was published: a date with its year, a time, a weekday.
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_FULL_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b")
_FULL_WORD_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b"
)


@dataclass(frozen=True)
class Dateline:
    """What precedes the story in its first sentence: where it ends, the tag, the place."""

    end: int  # where the story starts
    tag: str | None  # the publisher's tag, "VNA"
    place: str | None  # the dateline before the tag, "Mexico City" or "HANOI, May 22"


@cache
def publishers() -> dict[str, str]:
    """Publishers readers know by their tag's letters (`publishers.yml`); a sidecar names others."""
    text = resources.files("generator.ingest").joinpath("publishers.yml").read_text("utf-8")
    return yaml.safe_load(text)


def _known(tag: str) -> bool:
    known = {name.casefold() for name in publishers()}
    return tag.casefold() in known or bool(_WEB_ADDRESS.match(tag))


def read_dateline(sentence: str) -> Dateline | None:
    """The dateline and source tag at the start of an article's first sentence, if any."""
    match = _TAG_IN_BRACKETS.match(sentence)
    if match and (match.group("dash") or _known(match.group("tag"))):
        place = match.group("dateline")
        return Dateline(match.end(), match.group("tag").strip(), place.strip() if place else None)
    match = _BARE_TAG.match(sentence)
    if match:
        tag = match.group("tag")
        return Dateline(match.end(), tag if _known(tag) else None, None if _known(tag) else tag)
    return None


def publisher_name(tag: str) -> str:
    """The name a tag stands for, or the tag itself: "VNA" → "Vietnam News Agency"."""
    by_letters = {name.casefold(): full for name, full in publishers().items()}
    return by_letters.get(tag.casefold(), tag)


def is_timestamp_line(line: str) -> bool:
    """A line that only says when the article was published ("14:20 | 16/10/2024")."""
    has_date = _FULL_NUMERIC_DATE.search(line) or _FULL_WORD_DATE.search(line)
    words = len(line.split())
    if not has_date or words > 12 or line.rstrip().endswith((".", "!", "?", "…")):
        return False
    return _TIME.search(line) is not None or words <= 6
