"""The front matter of an article page as typed values: what the importer writes and the site reads.

One model for both directions. `to_dict` gives the mapping written to YAML (fields in
their declared order, optional ones left out when unset); `from_dict` reads a mapping
that has passed the schema (`schema.validate_meta`). `tests/contract/test_model.py`
holds these classes against `article.schema.json` key by key, so the two cannot drift.

Positions in the source text (`offset`) are the importer's, not the page's: they are
kept out of equality and out of the front matter.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import ClassVar

# Why an item is under review: what the importer was unsure of. An editor deletes the
# key once they have checked the item; the site marks it until then.
REVIEW_REASONS = (
    "needs-year",  # the year was not written; it was guessed
    "ambiguous-date",  # "5/3/2024": 5 March or 3 May
    "ambiguous-period",  # which period the figure describes is not sure
    "possible-non-event",  # the date may be a statistic's period, a target or a base
    "needs-period",  # the figure's period has no year
    "unsure-currency",  # "pesos": Mexican, Chilean or Argentine?
    "caption",  # from a line that may be a photo caption
    "short-text",  # the event's text says too little
    "entity-unknown",  # a name not in the gazetteer, read from its context
    "untranslated",  # a translation's name as the original writes it
)

# Field metadata: `always` writes the key even when empty (an editor sees `people: []`
# and knows where to add one); `local` keeps a field out of the front matter.
ALWAYS = {"always": True}
LOCAL = {"local": True}


class _Model:
    """Reading and writing for the dataclasses below."""

    nested: ClassVar[dict[str, type]] = {}  # field -> model of its value (or of its items)

    def to_dict(self) -> dict:
        data: dict = {}
        for item in fields(self):
            if item.metadata.get("local"):
                continue
            value = getattr(self, item.name)
            if _unset(item, value) and not item.metadata.get("always"):
                continue
            data[item.name] = _plain(value)
        return data

    @classmethod
    def from_dict(cls, data: dict):
        values = {}
        for item in fields(cls):
            if item.metadata.get("local") or item.name not in data:
                continue
            value = data[item.name]
            model = cls.nested.get(item.name)
            if model is not None and isinstance(value, list):
                value = tuple(model.from_dict(entry) for entry in value)
            elif model is not None and isinstance(value, dict):
                value = model.from_dict(value)
            elif isinstance(value, list):
                value = tuple(value)
            values[item.name] = value
        return cls(**values)

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        """The front-matter keys, in the order they are written."""
        return tuple(item.name for item in fields(cls) if not item.metadata.get("local"))

    @classmethod
    def required(cls) -> frozenset[str]:
        return frozenset(
            item.name
            for item in fields(cls)
            if item.default is MISSING and item.default_factory is MISSING
        )


def _unset(item, value) -> bool:
    if item.default is MISSING and item.default_factory is MISSING:
        return False  # required: always written, even when null
    return value is None or value is False or value == () or value == ""


def _plain(value):
    if isinstance(value, _Model):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


@dataclass(frozen=True, kw_only=True)
class Event(_Model):
    """Something that happened on a date, traced to the sentence it came from."""

    date: str  # ISO 8601 at the text's precision: 1975-05-19, 1975-05 or 1975
    end: str | None = None  # ISO 8601 end of a range or term
    inferred: bool = False  # the year (or the date) was not written next to it
    text: str  # one line, in the page's language: who did what
    quote: str  # the exact sentence of the page the event comes from
    review: str | bool | None = None  # why the importer is unsure (see REVIEW_REASONS)
    milestone: bool = False  # an editor's mark: part of the timeline's story so far
    offset: int = field(default=-1, compare=False, metadata=LOCAL)  # position in the body


@dataclass(frozen=True, kw_only=True)
class Figure(_Model):
    """A key figure: a number with its unit, traced to the sentence it came from."""

    label: str  # what it measures, in the page's language
    value: int | float  # the number exactly as written, in base units (15 billion = 15000000000)
    value_max: int | float | None = None  # upper bound of a range: "10-15%" is 10, max 15
    unit: str  # ISO 4217 code for money, "%" or a noun ("people", "rank")
    qualifier: str | None = None  # "more than", "hơn", "khoảng", "up to" ...
    as_of: str | None = None  # the period it describes, ISO 8601 (2024, 2024-01/2024-03)
    quote: str  # the exact sentence of the page the figure comes from
    review: str | bool | None = None
    offset: int = field(default=-1, compare=False, metadata=LOCAL)


@dataclass(frozen=True, kw_only=True)
class Person(_Model):
    """A person the article names: one id in every language, the name as the page writes it."""

    id: str  # "bui-thanh-son", the same on the article and its translation
    name: str
    role: str | None = None  # as written: "Permanent Deputy Minister of Foreign Affairs"
    review: str | bool | None = None


@dataclass(frozen=True, kw_only=True)
class Organisation(_Model):
    """An organisation the article names: a ministry, an embassy, a party, an agency ..."""

    id: str
    name: str
    review: str | bool | None = None


@dataclass(frozen=True, kw_only=True)
class Correction(_Model):
    """An entry of an article's correction log: when an editor corrected its text, and what."""

    date: str  # ISO 8601 day
    text: str  # what was corrected, in the page's language


@dataclass(frozen=True, kw_only=True)
class Source(_Model):
    """The publisher, and the original report's address where known."""

    name: str | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True)
class TranslationOf(_Model):
    """The article a translation was made from, and the hash of the text it was made from."""

    slug: str
    lang: str
    original_hash: str | None = None


@dataclass(frozen=True, kw_only=True)
class ArticleMeta(_Model):
    """An article page's front matter."""

    nested: ClassVar[dict[str, type]] = {
        "source": Source,
        "translation_of": TranslationOf,
        "events": Event,
        "facts": Figure,
        "people": Person,
        "organisations": Organisation,
        "corrections": Correction,
    }

    title: str
    lang: str
    slug: str
    seed: str | None = None  # for an imported page: its seed, "seeds/x.txt"
    translation_of: TranslationOf | None = None
    published: str | None  # ISO date at the best known precision, or null
    published_inferred: bool = False
    source: Source  # the publisher and the original's address; {} when neither is known
    author: str | None = None
    people: tuple[Person, ...] = field(default=(), metadata=ALWAYS)
    organisations: tuple[Organisation, ...] = field(default=(), metadata=ALWAYS)
    events: tuple[Event, ...]
    facts: tuple[Figure, ...]
    corrections: tuple[Correction, ...] = ()
    review: bool = False
    draft: bool = False
    description: str | None = None
    template: str | None = None
    hide: tuple[str, ...] = ()

    @property
    def is_translation(self) -> bool:
        return self.translation_of is not None
