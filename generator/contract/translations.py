"""Keeping translations honest: which version of the original each was made from.

A translation records `translation_of.original_hash`, a hash of what a
translator must carry over from the original: its headline, its text, its
dated events and its key figures. When an editor changes any of those in the
original, the hash no longer matches and `check` reports the translation as
stale, until a translator brings it up to date and records the new hash.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from generator import languages
from generator.contract import frontmatter
from generator.contract.frontmatter import Page
from generator.errors import PageError

HASH_LENGTH = 16
TODO = "TODO(translate): "


def original_hash(page: Page) -> str:
    """The hash a translation of `page` records: headline, text, events and figures."""
    meta = page.meta
    essentials = {
        "title": meta.get("title"),
        "body": " ".join(page.body.split()),
        "events": [[e.get("date"), e.get("end")] for e in meta.get("events") or []],
        "facts": [[f.get("value"), f.get("unit"), f.get("as_of")] for f in meta.get("facts") or []],
    }
    canonical = json.dumps(essentials, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def figure_keys(meta: dict) -> Counter:
    """What must agree between an article and its translation: each figure's number."""
    return Counter((f.get("value"), f.get("unit"), f.get("as_of")) for f in meta.get("facts") or [])


def stale_translations(pages: dict) -> dict[tuple[str, str], str]:
    """Every translation whose original changed since it was made, with the original's hash now.

    `pages` maps (slug, lang) to (path, Page); each original is hashed once here.
    """
    stale = {}
    for key, (_, page) in pages.items():
        original = page.meta.get("translation_of")
        if isinstance(original, dict):
            source = pages.get((original.get("slug"), original.get("lang")))
            if source:
                current = original_hash(source[1])
                if original.get("original_hash") != current:
                    stale[key] = current
    return stale


def translation_problems(
    pages: dict, stale: dict[tuple[str, str], str] | None = None
) -> tuple[list[PageError], list[str]]:
    """Stale translations, disagreeing figures and entities (problems), missing ones (notes).

    `pages` maps (slug, lang) to (path, Page); `stale` is `stale_translations(pages)`
    when the caller has it already.
    """
    stale = stale_translations(pages) if stale is None else stale
    problems: list[PageError] = []
    notes: list[str] = []
    for (slug, lang), (where, page) in sorted(pages.items()):
        original = page.meta.get("translation_of")
        if not isinstance(original, dict):
            for other in languages.others(lang):
                if (slug, other) not in pages:
                    notes.append(f"{where}: no translation into {other!r} yet")
            continue
        source = pages.get((original.get("slug"), original.get("lang")))
        if source is None:
            continue  # reported by the schema checks
        line = page.key_lines.get("translation_of")
        recorded = original.get("original_hash")
        if (slug, lang) in stale:
            current = stale[(slug, lang)]
            problems.append(
                PageError(
                    where,
                    "translation_of.original_hash",
                    f"stale: {source[0]} changed since this translation was made "
                    f"(recorded {recorded or 'nothing'}, now {current}); update the translation, "
                    "then set original_hash to the new value",
                    line,
                )
            )
        if figure_keys(page.meta) != figure_keys(source[1].meta):
            problems.append(
                PageError(
                    where,
                    "facts",
                    f"figures disagree with the original {source[0]} "
                    "(each figure's value, unit and as_of must be the same in both languages)",
                    page.key_lines.get("facts", line),
                )
            )
        for key in ("people", "organisations"):
            disagreement = _entity_disagreement(page.meta, source[1].meta, key)
            if disagreement:
                problems.append(
                    PageError(
                        where,
                        key,
                        f"{key} disagree with the original {source[0]} ({disagreement}); "
                        "one person or organisation has one id in every language",
                        page.key_lines.get(key, line),
                    )
                )
    return problems, notes


def entity_ids(meta: dict, key: str) -> set[str]:
    """The ids of the people (or organisations) a page names."""
    return {item["id"] for item in meta.get(key) or [] if isinstance(item, dict) and "id" in item}


def _entity_disagreement(meta: dict, original: dict, key: str) -> str:
    here, there = entity_ids(meta, key), entity_ids(original, key)
    parts = []
    if here - there:
        parts.append("only here: " + ", ".join(sorted(here - there)))
    if there - here:
        parts.append("only in the original: " + ", ".join(sorted(there - here)))
    return "; ".join(parts)


def translation_front(original: Page, to_lang: str, title: str) -> dict:
    """What a translation carries over from its original: identity, date, source."""
    meta = original.meta
    front = {
        "title": title,
        "lang": to_lang,
        "slug": meta["slug"],
        "translation_of": {
            "slug": meta["slug"],
            "lang": meta["lang"],
            "original_hash": original_hash(original),
        },
        "published": meta.get("published"),
    }
    if meta.get("published_inferred"):
        front["published_inferred"] = True
    front["source"] = meta.get("source") or {}
    if meta.get("author"):
        front["author"] = meta["author"]
    return front


def start_translation(original: Page, to_lang: str) -> str:
    """A draft translation page: front matter carried over, texts marked to translate.

    The page is `draft: true`, which `check` and the build refuse to publish,
    so nothing half-translated reaches readers.
    """
    meta = original.meta
    draft = translation_front(original, to_lang, TODO + meta["title"])
    for key in ("people", "organisations"):
        if key in meta:
            draft[key] = meta[key]
    draft["events"] = [
        {**event, "text": TODO + event["text"], "quote": TODO + event["quote"]}
        for event in meta.get("events") or []
    ]
    draft["facts"] = [
        {**fact, "label": TODO + fact["label"], "quote": TODO + fact["quote"]}
        for fact in meta.get("facts") or []
    ]
    draft["draft"] = True
    body = "\n\n".join(
        f"{TODO}{paragraph}" for paragraph in original.body.split("\n\n") if paragraph.strip()
    )
    return frontmatter.dump(draft, body)
