"""Read and write Markdown pages with YAML front matter, byte for byte the same each time.

Fixed key order, readable Vietnamese (no `\\u` escapes), one line per value
(editors diff and edit quotes as whole lines), `\\n` line endings and a final
newline: the same article always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from generator.errors import PageError

try:  # the C loader is several times faster on a large archive
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader, _Dumper = yaml.SafeLoader, yaml.SafeDumper

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

# The order keys are written in: what a page is first, then where it comes
# from, then what it says. Keys an editor adds keep their place after these.
KEY_ORDER = (
    "title",
    "lang",
    "slug",
    "seed",
    "translation_of",
    "published",
    "published_inferred",
    "source",
    "author",
    "people",
    "organisations",
    "events",
    "facts",
    "review",
)


@dataclass(frozen=True)
class Page:
    """A page's front matter and Markdown body, with where each top-level key starts."""

    meta: dict
    body: str
    key_lines: dict  # key -> 1-based line number in the file


def dump(meta: dict, body: str) -> str:
    """The page's text: front matter in `KEY_ORDER`, then the body."""
    ordered = {key: meta[key] for key in KEY_ORDER if key in meta}
    ordered.update({key: value for key, value in meta.items() if key not in ordered})
    front = yaml.dump(
        ordered,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
    body = body.strip("\n")
    return f"---\n{front}---\n\n{body}\n" if body else f"---\n{front}---\n"


def load(text: str, path: str = "<page>") -> Page:
    """Split a page into front matter and body; `PageError` names the line of bad YAML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        raise PageError(path, "", "no front matter: the page must start with a line '---'", 1)
    source = match.group(1) or ""
    try:
        node = yaml.compose(source, Loader=_Loader)
        meta = yaml.load(source, Loader=_Loader) if node is not None else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise PageError(path, "", f"front matter is not valid YAML: {problem}", line) from None
    if not isinstance(meta, dict):
        raise PageError(path, "", "front matter must be a mapping of keys to values", 2)
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[key_node.value] = key_node.start_mark.line + 2
    return Page(meta=_plain(meta), body=text[match.end() :].lstrip("\n"), key_lines=key_lines)


def _plain(value):
    """YAML reads an unquoted 1975-05-19 as a date; the contract speaks ISO strings."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if not value.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# What Python-Markdown would read as markup at the start of a line, or inline.
_BLOCK_START = re.compile(r"^(?:[#>+*-]|\d{1,9}[.)](?:\s|$))")
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
