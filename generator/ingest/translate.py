"""A complete translation page from a translator's text, read the way a seed is read.

Events and figures are found in the translation itself, so every quote is a sentence
of the translated page; `check` then compares the figures with the original's. People
and organisations are the original's, with the original's ids: each takes the name (and
role) the translation gives it where the translation names it with the same id
(`bui-thanh-son`, a gazetteer body), and otherwise keeps the original's name, marked
`review: untranslated` for an editor. A translation names no one the original does not.
"""

from __future__ import annotations

from generator.contract import frontmatter
from generator.contract.frontmatter import Page
from generator.contract.translations import translation_front
from generator.ingest.clean import normalise
from generator.ingest.importer.prepare import article_meta
from generator.ingest.parse import parse_article
from generator.text.markdown import escape_markdown


def finished_translation(original: Page, text: str, to_lang: str) -> str:
    """The page of a translation of `original` from its text (headline line, then paragraphs)."""
    article = parse_article(normalise(text))
    if article.lang != to_lang:
        raise ValueError(f"the text reads as {article.lang!r}, not {to_lang!r}")
    meta = original.meta
    sidecar = {"published": meta["published"]} if meta.get("published") else {}
    found = article_meta(article, "", sidecar)
    page = translation_front(original, to_lang, article.title)
    for key in ("people", "organisations"):
        page[key] = _aligned(meta.get(key) or [], found.get(key) or [])
    for key in ("events", "facts", "review"):
        if key in found:
            page[key] = found[key]
    body = "\n\n".join(escape_markdown(p) for p in article.paragraphs)
    return frontmatter.dump(page, body)


def _aligned(original: list[dict], translated: list[dict]) -> list[dict]:
    """The original's entities, in its order, named as the translation names them."""
    by_id = {item["id"]: item for item in translated}
    aligned = []
    for item in original:
        match = by_id.get(item["id"])
        if match is not None:
            aligned.append({**match, "id": item["id"]})
        else:
            kept = {key: value for key, value in item.items() if key != "review"}
            aligned.append({**kept, "review": "untranslated"})
    return aligned
