"""The importer's record of what it wrote, and what the pages themselves say about it.

`docs/.import-manifest.json` (committed with the pages) holds, for each seed, the
seed's hash, the page's slug and language and the hash of the page the importer
wrote; `docs/.import-cache.json` (local, not committed) the seeds' sizes and times.
Without a manifest the pages' own `seed:` keys are the record.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator import languages
from generator.contract import frontmatter
from generator.contract.pages import ARTICLES, write_atomic
from generator.errors import PageError
from generator.ingest.seeds import shown

# Bump when the importer's output changes for the same seed, so pages are rewritten.
FORMAT_VERSION = 1
MANIFEST = ".import-manifest.json"  # committed: what the importer wrote, by hash
STAT_CACHE = ".import-cache.json"  # not committed: sizes and times on this machine
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_json(path: Path) -> dict | None:
    """A JSON object from `path`; {} when there is none, None when it is unreadable."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError, OSError):
        return None
    return data if isinstance(data, dict) else None


def _valid_entry(entry) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("slug"), str)
        and _SLUG.match(entry["slug"]) is not None
        and languages.is_known(entry.get("lang"))
        and isinstance(entry.get("seed_hash"), (str, type(None)))
        and isinstance(entry.get("page_hash"), (str, type(None)))
    )


def load_manifest(path: Path) -> tuple[dict, list[str]]:
    """The manifest's entries by seed, and a warning line when some of it could not be used."""
    data = load_json(path)
    if data is None:
        return {}, [
            f"{shown(path)}: unreadable, so the importer has no record of the pages it wrote; "
            "pages that name their seed keep their slug and are not overwritten"
        ]
    seeds = data.get("seeds", {}) if isinstance(data.get("seeds"), dict) else {}
    entries = {str(seed): entry for seed, entry in seeds.items() if _valid_entry(entry)}
    warnings = []
    if len(entries) != len(seeds):
        ignored = len(seeds) - len(entries)
        warnings.append(
            f"{shown(path)}: ignored {ignored} {'entry' if ignored == 1 else 'entries'} "
            "that are not valid (a seed, a slug, a language and hashes each)"
        )
    if data.get("format") != FORMAT_VERSION:  # the importer's output changed: redo every seed
        entries = {seed: {**entry, "seed_hash": None} for seed, entry in entries.items()}
    return entries, warnings


def save_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        unchanged = path.read_bytes() == text.encode("utf-8")
    except OSError:
        unchanged = False
    if not unchanged:
        write_atomic(path, text.encode("utf-8"))


def taken_slugs(docs_dir: Path, manifest: dict) -> set[str]:
    """Slugs in use by any page, imported or written by a person (translations share theirs)."""
    taken = {entry["slug"] for entry in manifest.values()}
    articles = docs_dir / ARTICLES
    if articles.is_dir():
        taken.update(path.name.split(".")[0] for path in articles.glob("*.md"))
    return taken


def claims(docs_dir: Path) -> dict[str, tuple[str, str]]:
    """Which seed each page says it came from (`seed:`): the record when the manifest is lost."""
    claims: dict[str, tuple[str, str]] = {}
    articles = docs_dir / ARTICLES
    for path in sorted(articles.glob("*.md")) if articles.is_dir() else ():
        parts = path.name.split(".")
        if len(parts) != 3 or not languages.is_known(parts[1]) or not _SLUG.match(parts[0]):
            continue
        try:
            page = frontmatter.load(path.read_bytes().decode("utf-8-sig"), path.as_posix())
        except (OSError, UnicodeDecodeError, PageError):
            continue
        seed = page.meta.get("seed")
        if isinstance(seed, str):
            claims.setdefault(seed, (parts[0], parts[1]))
    return claims


def page_names_seed(page: Path, seed: str) -> bool:
    try:
        loaded = frontmatter.load(page.read_bytes().decode("utf-8-sig"), page.as_posix())
    except (OSError, UnicodeDecodeError, PageError):
        return True  # cannot tell: assume it is still the seed's page, and say so
    return loaded.meta.get("seed") == seed
