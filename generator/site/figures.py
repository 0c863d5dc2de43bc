"""Key figures: an article's fact box, the key-figures pages and `facts.json`."""

from __future__ import annotations

from dataclasses import dataclass

from generator.contract.model import Figure
from generator.site.entries import Entry, text_fragment


@dataclass(frozen=True)
class FactView:
    """A figure as a page shows it: the figure and the link to its sentence."""

    fact: Figure
    link: str

    def __getattr__(self, name):  # templates read fact.label, fact.value ... directly
        return getattr(self.fact, name)


def figures(entry: Entry) -> list[FactView]:
    """An article's key figures, each with the link to its sentence."""
    return [
        FactView(fact, entry.content_url + text_fragment(fact.quote)) for fact in entry.meta.facts
    ]


def facts_json(article_entries: list[Entry], site_url: str) -> list[dict]:
    """Every key figure with the article and sentence it comes from."""
    result = []
    for entry in article_entries:
        for view in figures(entry):
            item = {key: value for key, value in view.fact.to_dict().items() if key != "quote"}
            item["source"] = {
                "slug": entry.slug,
                "url": site_url + view.link,
                "lang": entry.content_lang,
                "quote": view.fact.quote,
            }
            result.append(item)
    return result
