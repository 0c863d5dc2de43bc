"""Read and write Markdown pages with YAML front matter, byte for byte the same each time.

Fixed key order, readable Vietnamese (no `\\u` escapes), one line per value
(editors diff and edit quotes as whole lines), `\\n` line endings and a final
newline: the same article always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from generator.contract.model import ArticleMeta
from generator.errors import PageError

try:  # the C loader is several times faster on a large archive
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader, _Dumper = yaml.SafeLoader, yaml.SafeDumper


class _PageLoader(_Loader):
    """Safe YAML that leaves dates as the strings editors typed.

    PyYAML turns an unquoted 2024-05-22 into a date, and an impossible one
    (2024-13-45) into a ValueError from deep inside the loader; the schema
    checks dates itself and names the key, so here they stay text.
    """


_PageLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}

# The fence exactly as MkDocs reads it (mkdocs.utils.meta.YAML_RE; a test holds them equal):
# a page MkDocs would read otherwise is refused here rather than shown with its YAML as text.
FENCE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
# Without a fence MkDocs reads "key: value" lines at the top of a page as its meta-data.
MULTIMARKDOWN_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")

# The order keys are written in: the model's (what a page is first, then where it
# comes from, then what it says).
KEY_ORDER = ArticleMeta.keys()


@dataclass(frozen=True)
class Page:
    """A page's front matter and Markdown body, with where each top-level key starts."""

    meta: dict
    body: str
    key_lines: dict  # key -> 1-based line number in the file
    # ("facts", 0, "value") -> the line of that value; every key and item has one
    value_lines: dict = field(default_factory=dict, compare=False, repr=False)
    body_line: int = field(default=1, compare=False, repr=False)  # where the body starts

    def line_of(self, path) -> int | None:
        """The line of the deepest part of `path` that is in the file."""
        path = tuple(path)
        while path:
            if path in self.value_lines:
                return self.value_lines[path]
            path = path[:-1]
        return None


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
    match = FENCE.match(text)
    if not match:
        raise PageError(
            path,
            "",
            "no front matter: the page must start with a line '---' and the front matter "
            "end with a line '---' followed by a line break",
            1,
        )
    source = match.group(1)
    try:
        node = yaml.compose(source, Loader=_PageLoader)
        value_lines = _value_lines(node, path) if node is not None else {}
        meta = _PageLoader("").construct_document(node) if node is not None else {}
        _as_mkdocs_reads_it(node, path, value_lines)
    except yaml.YAMLError as error:
        # Where the broken thing starts (an unclosed quote) says more than where it was noticed.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        context = getattr(error, "context", None)
        cause = f"{context}: {problem}" if context else problem
        raise PageError(path, "", f"front matter is not valid YAML: {cause}", line) from None
    except RecursionError:
        raise PageError(path, "", "front matter is nested too deeply", 1) from None
    except (ValueError, TypeError, OverflowError) as error:  # a constructor's own complaint
        raise PageError(path, "", f"front matter is not valid YAML: {error}", 1) from None
    if not isinstance(meta, dict):
        raise PageError(path, "", "front matter must be a mapping of keys to values", 2)
    key_lines = {key[0]: line for key, line in value_lines.items() if len(key) == 1}
    rest = text[match.end() :]
    body = rest.lstrip("\n")
    return Page(
        meta=_plain(meta),
        body=body,
        key_lines=key_lines,
        value_lines=value_lines,
        body_line=text.count("\n", 0, match.end()) + len(rest) - len(body) + 1,
    )


_DATE_KEYS = {"date", "end", "published", "as_of"}  # the schema says which of these is no date
_TIMESTAMP = next(
    regexp
    for tag, regexp in yaml.SafeLoader.yaml_implicit_resolvers["2"]
    if tag == "tag:yaml.org,2002:timestamp"
)


def _as_mkdocs_reads_it(root: yaml.Node | None, path: str, lines: dict) -> None:
    """MkDocs' loader must read the same front matter, or it shows the YAML as text.

    Ours keeps dates as strings; MkDocs' makes them dates and fails on an impossible one
    ("text: 2024-02-30"), and then silently drops the whole front matter. A date key
    with an impossible date is left to the schema, which names the problem.
    """
    stack = [(root, ())] if root is not None else []
    constructor = yaml.SafeLoader("")
    while stack:
        node, where = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, (*where, key.value)) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*where, index)) for index, item in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode) and not node.style and _TIMESTAMP.match(node.value):
            try:
                constructor.construct_yaml_timestamp(node)
            except ValueError:
                if where and where[-1] in _DATE_KEYS:
                    continue
                key = ".".join(map(str, where))
                raise PageError(
                    path,
                    key,
                    f"{node.value!r} reads as a date to MkDocs, which cannot make one of it; "
                    "put it in quotes",
                    lines.get(where, node.start_mark.line + 2),
                ) from None


def load_mapping(text: str, path: str = "<file>") -> tuple[dict, dict]:
    """A YAML file that is one mapping (a sidecar): its values, and the line of each key.

    Read with the pages' loader (dates as text, no aliases, no key twice); a second
    document ("---" inside it) is refused rather than silently dropped.
    """
    try:
        nodes = list(yaml.compose_all(text, Loader=_PageLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        line = mark.line + 1 if mark else 1
        raise PageError(path, "", f"front matter is not valid YAML: {problem}", line) from None
    if len(nodes) > 1:
        raise PageError(
            path, "", "front matter holds more than one YAML document (a line '---'); keep one", 1
        )
    node = nodes[0] if nodes else None
    if node is None:
        return {}, {}
    try:
        lines = {key: line - 1 for key, line in _value_lines(node, path).items()}
    except PageError as error:  # its lines count from a page's "---": this file has none
        raise PageError(path, error.key, error.message, (error.line or 2) - 1) from None
    data = _PageLoader("").construct_document(node)
    if not isinstance(data, dict):
        raise PageError(path, "", "front matter must be a mapping of keys to values", 1)
    return _plain(data), {key[0]: line for key, line in lines.items() if len(key) == 1}


def load_site_page(text: str, path: str = "<page>") -> Page | None:
    """A page of the site that is not an article: its front matter, or None when it has none.

    A page without a fence must not start with a "key: value" line, which MkDocs would read
    as its meta-data (a `template:` or `title:` no check has seen).
    """
    if text.startswith("---"):
        return load(text, path)
    first = text.split("\n", 1)[0]
    if MULTIMARKDOWN_META.match(first):
        raise PageError(
            path,
            "",
            f"the first line {first[:40]!r} reads as MkDocs meta-data; put front matter between "
            "lines '---', or start the page with its text",
            1,
        )
    return None


_MAX_DEPTH = 32


def _value_lines(root: yaml.Node, path: str) -> dict:
    """Where each key and list item starts; refuse what YAML allows but a page must not have.

    Two copies of a key (YAML keeps the last one silently) and anchors with
    aliases (`&a` / `*a`: shared or endlessly nested values) are refused with
    their line.
    """
    lines: dict = {}
    seen: set[int] = set()
    stack = [(root, ())]
    while stack:  # depth first, in the order of the file: an alias is met after its anchor
        node, where = stack.pop()
        line = node.start_mark.line + 2
        if id(node) in seen:
            raise PageError(
                path,
                "",
                "front matter uses a YAML alias (*name); write the value out",
                lines.get(where, line),
            )
        seen.add(id(node))
        if len(where) > _MAX_DEPTH:
            raise PageError(path, "", "front matter is nested too deeply", line)
        if where and where not in lines:  # a key's own line was set when its mapping was read
            lines[where] = line
        children = []
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in keys:
                    shown = ".".join(map(str, (*where, key)))
                    raise PageError(
                        path,
                        shown,
                        "appears twice (YAML would keep only the last one)",
                        key_node.start_mark.line + 2,
                    )
                keys.add(key)
                children.append((value_node, (*where, key)))
                lines.setdefault((*where, key), key_node.start_mark.line + 2)
        elif isinstance(node, yaml.SequenceNode):
            children = [(item, (*where, index)) for index, item in enumerate(node.value)]
        stack.extend(reversed(children))
    return lines


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
