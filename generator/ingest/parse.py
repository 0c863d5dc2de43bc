"""Read a cleaned seed into an `Article`: headline, lede, body and source tag.

A seed is plain text: the headline on its first line, then one paragraph a
line. The lede may open with a source tag, "(PLVN) -" or "HANOI (VNA) –",
which names the publisher; the tag stays in the text (it is the newsroom's
own wording) and the publisher goes into the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from generator.errors import GeneratorError
from generator.ingest.clean import paragraphs as split_paragraphs
from generator.ingest.detect import detect_language

MAX_HEADLINE = 400

_SOURCE_TAG = re.compile(
    r"^(?:(?P<dateline>[A-ZÀ-Ỹ][A-ZÀ-Ỹ .,'’-]{1,40}?)\s+)?"
    r"\((?P<tag>[A-ZĐ][\w&.+ -]{0,24}?)\)\s*[-–—:]\s+"
)


@cache
def publishers() -> dict[str, str]:
    """Publishers readers know by their tag's letters (`publishers.yml`); a sidecar names others."""
    text = resources.files("generator.ingest").joinpath("publishers.yml").read_text("utf-8")
    return yaml.safe_load(text)


class ParseError(GeneratorError):
    """The text has no article in it: a message without the file name."""


@dataclass(frozen=True)
class Article:
    """A seed's text, split the way a newsroom writes it."""

    title: str
    lang: str
    paragraphs: tuple[str, ...]  # the body, lede first
    publisher: str | None = None  # the source tag's letters, e.g. "PLVN"

    @property
    def lede(self) -> str:
        return self.paragraphs[0]


def source_tag(lede: str) -> str | None:
    """The publisher's tag at the start of a lede, "(PLVN) -" → "PLVN"."""
    match = _SOURCE_TAG.match(lede)
    return match.group("tag") if match else None


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
    return Article(title=title, lang=lang, paragraphs=body, publisher=source_tag(body[0]))
