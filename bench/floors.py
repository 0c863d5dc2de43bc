"""The floors the benchmarks compare against: the least work that gives the same output.

A figure alone says little ("the import takes 4 s"); next to the cheapest
way to do the same job on the same machine it says how much of that time is
ours. Two floors:

- the import floor, a plain Python loop that reads the same seeds, normalises
  them (`utf-8-sig`, line endings, Unicode NFC), and writes one Markdown page
  each with YAML front matter (`yaml.safe_dump`): no language detection, no
  extraction, no manifest, no atomic writes. Run it as a script, so that its
  time includes starting Python, as the importer's does:

      python bench/floors.py import --seeds DIR --out DIR

- the build floor, a copy of a project that builds the same pages with
  Material for MkDocs and mkdocs-static-i18n alone: see `make_build_floor`,
  whose `FloorBuild.contents` lists exactly what is kept and what is dropped.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import languages

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)
_TEMPLATE_KEY = re.compile(r"(?m)^template:.*\n")
_ARTICLE = re.compile(r"^(?P<slug>[^.]+)\.(?P<lang>en|vi)\.md$")
LANGUAGES = ("en", "vi")
# What the microsite plugin's "only available in …" page says, as Markdown.
UNAVAILABLE = {
    "en": "This article is only available in Vietnamese.",
    "vi": "Bài viết này chỉ có bằng tiếng Anh.",
}


# --- the import floor -------------------------------------------------------------------------


def import_floor(seeds_dir: Path, out_dir: Path) -> int:
    """Write one page per seed the plainest way; return how many were written."""
    articles = out_dir / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        lines = [line.strip() for line in unicodedata.normalize("NFC", text).split("\n")]
        lines = [line for line in lines if line]
        meta = {"title": lines[0], "seed": f"{seeds_dir.name}/{path.name}"}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
        page = f"---\n{front}---\n\n" + "\n\n".join(lines[1:]) + "\n"
        (articles / f"{path.stem}.md").write_text(page, "utf-8", newline="\n")
        written += 1
    return written


# --- the build floor --------------------------------------------------------------------------


class _PythonName(str):
    """A `!!python/name:` value of mkdocs.yml: code of ours, which the floor leaves out."""


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV` resolved as MkDocs would, `!!python/name:` kept aside."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        values = loader.construct_sequence(node)
        names, default = values[:-1], values[-1]
    for name in names:
        if name in os.environ:
            return os.environ[name]
    return default


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/name:", lambda loader, suffix, node: _PythonName(suffix)
)


def load_mkdocs_config(path: Path) -> dict:
    return yaml.load(path.read_text("utf-8"), Loader=_ConfigLoader)


@dataclass
class FloorBuild:
    """A project folder for the build floor and what it contains, in words."""

    project: Path
    contents: list[str] = field(default_factory=list)
    stubs: int = 0
    templates_dropped: int = 0


def _plugin_name(entry) -> str:
    return next(iter(entry)) if isinstance(entry, dict) else str(entry)


def _without_python_names(value):
    """Drop every setting that names our Python code (e.g. the toc `slugify` function)."""
    if isinstance(value, dict):
        return {
            key: _without_python_names(item)
            for key, item in value.items()
            if not isinstance(item, _PythonName)
        }
    if isinstance(value, list):
        return [_without_python_names(item) for item in value if not isinstance(item, _PythonName)]
    return value


def floor_config(config: dict, *, with_search: bool) -> tuple[dict, list[str]]:
    """The project's mkdocs.yml reduced to Material + mkdocs-static-i18n; and what was changed."""
    config = _without_python_names(dict(config))
    notes = []
    plugins = config.get("plugins") or []
    kept = [p for p in plugins if _plugin_name(p) == "i18n"]
    if with_search:  # the stock search Material ships with, first as MkDocs expects
        kept.insert(0, "search")
    dropped = [_plugin_name(p) for p in plugins if _plugin_name(p) not in ("i18n", "search")]
    config["plugins"] = kept
    notes.append(
        "plugins: "
        + (", ".join(_plugin_name(p) for p in kept) or "none")
        + (
            " (search: Material's stock plugin with its default settings, indexing every page"
            " into one lunr index)"
            if with_search
            else ""
        )
        + f"; removed: {', '.join(dropped) or 'none'}"
    )
    for i18n in (p["i18n"] for p in kept if isinstance(p, dict) and "i18n" in p):
        i18n.pop("reconfigure_search", None)  # the plugin's default, as it comes out of the box
        # The languages are data (generator/languages.yml), not code: the floor builds them too.
        i18n.setdefault("languages", languages.I18N_LANGUAGES)
    theme = dict(config.get("theme") or {})
    if theme.pop("custom_dir", None):
        notes.append("theme: Material without custom_dir (none of our templates or partials)")
    config["theme"] = theme
    for key in ("hooks", "extra_css", "extra_javascript", "extra_templates"):
        if config.pop(key, None):
            notes.append(f"{key}: removed")
    extensions = config.get("markdown_extensions") or []
    notes.append(
        "markdown_extensions: "
        + ", ".join(_plugin_name(e) for e in extensions)
        + " (settings that name our Python code, e.g. the toc slugify, removed)"
    )
    config["strict"] = False
    notes.append("strict: off (the floor is timed, not checked)")
    return config, notes


def _strip_template(text: str) -> tuple[str, bool]:
    match = _FRONT_MATTER.match(text)
    if not match or not match.group(1) or not _TEMPLATE_KEY.search(match.group(1)):
        return text, False
    front = _TEMPLATE_KEY.sub("", match.group(1))
    return f"---\n{front}---\n" + text[match.end() :], True


def _title(text: str) -> str:
    match = _FRONT_MATTER.match(text)
    meta = yaml.load(match.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return str(meta.get("title", ""))


def make_build_floor(project: Path, target: Path, *, with_search: bool) -> FloorBuild:
    """Copy `project` (mkdocs.yml and docs/) into `target`, reduced to Material + i18n.

    Kept: every Markdown page with its body byte for byte, the nav, the i18n
    languages and translations, the theme's palette, features and assets, site_url.
    Dropped: the microsite plugin (article lists, timeline, fact boxes, feeds,
    language notices, title escaping), `theme.custom_dir` (our templates), any
    hooks, extra CSS/JS, `template:` keys in front matter. The microsite plugin
    makes an "only available in …" page for each article that has no page in
    the other language; the floor gets the same pages as plain Markdown stubs
    with the article's title and one sentence, so both builds write the same URLs.
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        project / "docs", target / "docs", ignore=shutil.ignore_patterns(".import-*", ".*.tmp")
    )
    config, notes = floor_config(
        load_mkdocs_config(project / "mkdocs.yml"), with_search=with_search
    )
    (target / "mkdocs.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8"
    )
    floor = FloorBuild(target, notes)
    for page in (target / "docs").rglob("*.md"):
        text, changed = _strip_template(page.read_text("utf-8"))
        if changed:
            page.write_text(text, "utf-8")
            floor.templates_dropped += 1
    articles = target / "docs" / "articles"
    languages: dict[str, set[str]] = {}
    for page in articles.glob("*.md"):
        match = _ARTICLE.match(page.name)
        if match and match["slug"] != "index":
            languages.setdefault(match["slug"], set()).add(match["lang"])
    for slug, present in sorted(languages.items()):
        if len(present) == len(LANGUAGES):
            continue
        (source_lang,) = present
        title = _title((articles / f"{slug}.{source_lang}.md").read_text("utf-8"))
        for lang in set(LANGUAGES) - present:
            stub = yaml.safe_dump({"title": title}, allow_unicode=True, width=10_000)
            (articles / f"{slug}.{lang}.md").write_text(
                f"---\n{stub}---\n\n{UNAVAILABLE[lang]}\n", "utf-8"
            )
            floor.stubs += 1
    floor.contents = [
        *notes,
        f"pages: the same Markdown files, {floor.templates_dropped} `template:` keys dropped",
        f"{floor.stubs} plain stub pages in place of the plugin's 'only available in …' pages",
    ]
    return floor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The floors of the benchmarks.")
    commands = parser.add_subparsers(dest="command", required=True)
    floor = commands.add_parser("import", help="the import floor loop")
    floor.add_argument("--seeds", type=Path, required=True)
    floor.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    written = import_floor(args.seeds, args.out)
    print(f"floor: wrote {written} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
