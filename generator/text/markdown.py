"""Seed text in a Markdown body that renders as the very same text: no markup, no HTML.

The importer escapes every paragraph it writes; checking a quote against the body
reads it back the way a reader sees it.
"""

from __future__ import annotations

import re

# What Python-Markdown would read as markup at the start of a line, or inline.
_BLOCK_START = re.compile(r"^(?:[#>+*-]|\d+[.)](?:\s|$))")
_INLINE = re.compile(r"[\\`*_{}\[\]<>]|&(?=#?\w+;)")
_UNESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])|&(lt|gt|amp);")


def escape_markdown(paragraph: str) -> str:
    """Make seed text render literally: no markup, no HTML, no links."""
    escaped = _INLINE.sub(
        lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(m.group(0), "\\" + m.group(0)),
        paragraph,
    )
    if _BLOCK_START.match(escaped):
        if escaped[0].isdigit():
            digits = len(escaped) - len(escaped.lstrip("0123456789"))
            escaped = f"{escaped[:digits]}\\{escaped[digits:]}"
        else:
            escaped = "\\" + escaped
    return escaped


def unescape_markdown(text: str) -> str:
    """The reader's text of a body written by `escape_markdown` (to find quotes in it)."""
    entities = {"lt": "<", "gt": ">", "amp": "&"}
    return _UNESCAPE.sub(lambda m: m.group(1) or entities[m.group(2)], text)
