"""A complete translation page from a translator's text, read the way a seed is read.

Events and figures are found in the translation itself, so every quote is a sentence
of the translated page; `check` then compares the figures with the original's.
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
    for key in ("people", "organisations", "events", "facts", "review"):
        if key in found:
            page[key] = found[key]
    body = "\n\n".join(escape_markdown(p) for p in article.paragraphs)
    return frontmatter.dump(page, body)
