"""Read a cleaned seed into an `Article`: headline, lede, body and source tag.

A seed is plain text: the headline on its first line, then one paragraph a
line. The lede may open with a source tag, "(PLVN) -" or "HANOI (VNA) –",
which names the publisher; the tag stays in the text (it is the newsroom's
own wording) and the publisher goes into the front matter.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.errors import GeneratorError
from generator.ingest.clean import paragraphs as split_paragraphs
from generator.ingest.dateline import is_timestamp_line, read_dateline
from generator.ingest.dates import find_dates
from generator.ingest.detect import detect_language

MAX_HEADLINE = 400

# The tag may open the lede or, after a summary line that repeats it, the paragraph after.
TAG_PARAGRAPHS = 3


class ParseError(GeneratorError):
    """The text has no article in it: a message without the file name."""


@dataclass(frozen=True)
class Article:
    """A seed's text, split the way a newsroom writes it."""

    title: str
    lang: str
    paragraphs: tuple[str, ...]  # the body, lede first
    publisher: str | None = None  # the source tag's letters, e.g. "PLVN"
    timestamp: str | None = None  # a line above the text that said when it was published

    @property
    def lede(self) -> str:
        return self.paragraphs[0]


def source_tag(paragraphs: tuple[str, ...] | str) -> str | None:
    """The publisher's tag at the start of the lede, "(PLVN) -" → "PLVN"."""
    if isinstance(paragraphs, str):
        paragraphs = (paragraphs,)
    for paragraph in paragraphs[:TAG_PARAGRAPHS]:
        found = read_dateline(paragraph)
        if found is not None:
            return found.tag
    return None


def _timestamp(paragraphs: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], str | None]:
    """The body without a line above it that only says when it was published, and that date."""
    for index, paragraph in enumerate(paragraphs[:TAG_PARAGRAPHS]):
        if is_timestamp_line(paragraph):
            dated = [m for m in find_dates(paragraph, lang) if m.precision == "day"]
            if dated and dated[0].first.year is not None:
                rest = paragraphs[:index] + paragraphs[index + 1 :]
                return rest, dated[0].first.iso()
    return paragraphs, None


def parse_article(text: str) -> Article:
    """Split normalised text into an article; raise `ParseError` when there is none."""
    lines = split_paragraphs(text)
    if not lines:
        raise ParseError("empty: only white space, no text" if text else "empty: no text")
    title, body = lines[0], tuple(lines[1:])
    if not body:
        raise ParseError("no body: the seed has a headline and nothing after it")
    if len(title) > MAX_HEADLINE:
        raise ParseError(
            f"headline is {len(title)} characters long (at most {MAX_HEADLINE}); "
            "is the first line really the headline?"
        )
    lang = detect_language(title + "\n" + "\n".join(body))
    if lang is None:
        raise ParseError("cannot tell whether the text is English or Vietnamese")
    body, timestamp = _timestamp(body, lang)
    if not body:
        raise ParseError("no body: the seed has a headline and a date, and nothing after them")
    return Article(
        title=title, lang=lang, paragraphs=body, publisher=source_tag(body), timestamp=timestamp
    )
