"""ASCII slugs that stay the same for the same headline, in both languages.

Vietnamese letters fold to their base letter ("Đà Nẵng" → "da-nang": `đ` is a
letter of its own in Unicode, not `d` with a mark, so it needs its own rule).
"""

from __future__ import annotations

import re

from generator.text.fold import ascii_fold

MAX_LENGTH = 80  # with a `-2` for a second article of the same headline, still 80

_APOSTROPHES = re.compile(r"(?<=\w)['’](?=\w)")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = MAX_LENGTH) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word boundary."""
    folded = _APOSTROPHES.sub("", ascii_fold(text)).lower()
    slug = _NOT_SLUG.sub("-", folded.encode("ascii", "ignore").decode()).strip("-")
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug
        slug = slug[:max_length].strip("-")
    return slug


def unique_slug(slug: str, taken: set[str], max_length: int = MAX_LENGTH) -> str:
    """The slug itself when free, else the first free `slug-2`, `slug-3`, ... within
    `max_length`: the slug is cut back at a word boundary to make room for the number."""
    if slug not in taken:
        return slug
    number = 2
    while True:
        suffix = f"-{number}"
        base = slugify(slug, max_length - len(suffix)) or slug[: max_length - len(suffix)]
        if f"{base}{suffix}" not in taken:
            return f"{base}{suffix}"
        number += 1


def heading_anchor(value: str, separator: str = "-") -> str:
    """Heading ids for Python-Markdown's toc: "Đà Nẵng" → "da-nang", not "a-nang"."""
    return slugify(value, max_length=200).replace("-", separator) or "section"
