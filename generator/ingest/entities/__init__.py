"""People and organisations in news text, each with one id across languages: one engine
(`engine`, reading with `lexicon`, `people`, `organisations` and `identity`), one rules
module per language (`en`, `vi`) and the gazetteer of widely known entities
(`entities.yml`)."""

from generator.ingest.entities.engine import Entities, find_entities

__all__ = ["Entities", "find_entities"]
