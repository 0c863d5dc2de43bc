"""The typed model and the JSON Schema describe the same front matter, key by key."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from generator.contract import model
from generator.contract.schema import schema

MODELS = [
    (model.ArticleMeta, ()),
    (model.Event, ("events", "items")),
    (model.Figure, ("facts", "items")),
    (model.Source, ("source",)),
    (model.TranslationOf, ("translation_of",)),
    (model.Person, ("people", "items")),
    (model.Organisation, ("organisations", "items")),
]


def test_the_review_reasons_are_the_schemas():
    reasons = schema()["$defs"]["review"]["anyOf"][1]["enum"]
    assert tuple(reasons) == model.REVIEW_REASONS


def _schema_of(path: tuple[str, ...]) -> dict:
    node = schema()
    for step in path:
        node = node["properties"][step] if step != "items" else node["items"]
    return node


@pytest.mark.parametrize(("cls", "path"), MODELS, ids=lambda value: getattr(value, "__name__", ""))
def test_every_key_of_the_schema_is_a_field_of_the_model_and_back(cls, path):
    node = _schema_of(path)
    assert set(cls.keys()) == set(node["properties"])


@pytest.mark.parametrize(("cls", "path"), MODELS, ids=lambda value: getattr(value, "__name__", ""))
def test_required_keys_agree(cls, path):
    node = _schema_of(path)
    assert cls.required() == set(node.get("required", []))


_JSON_TYPES = {str: "string", bool: "boolean", int: "number", float: "number", tuple: "array"}


def _json_types(annotation) -> set[str]:
    hint = typing.get_origin(annotation) or annotation
    if hint in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return set().union(*(_json_types(arg) for arg in typing.get_args(annotation)))
    if annotation is type(None):
        return {"null"}
    if isinstance(hint, type) and issubclass(hint, model._Model):
        return {"object"}
    return {_JSON_TYPES[hint]}


def _schema_types(node: dict) -> set[str]:
    if "$ref" in node:
        return _schema_types(schema()["$defs"][node["$ref"].rsplit("/", 1)[1]])
    if "anyOf" in node:
        return set().union(*(_schema_types(option) for option in node["anyOf"]))
    if "enum" in node:
        return {"boolean" if isinstance(v, bool) else "string" for v in node["enum"]}
    return {node["type"]}


@pytest.mark.parametrize(("cls", "path"), MODELS, ids=lambda value: getattr(value, "__name__", ""))
def test_types_agree(cls, path):
    node = _schema_of(path)
    hints = typing.get_type_hints(cls)
    for item in dataclasses.fields(cls):
        if item.metadata.get("local"):
            continue
        written = _schema_types(node["properties"][item.name]) - {"null"}
        modelled = _json_types(hints[item.name]) - {"null"}
        assert written == modelled, item.name


def test_what_the_importer_writes_reads_back_the_same():
    event = model.Event(date="1975-05-19", text="Ties", quote="They tied.", inferred=True)
    figure = model.Figure(label="trade", value=15, value_max=20, unit="USD", quote="Trade.")
    meta = model.ArticleMeta(
        title="T",
        lang="en",
        slug="t",
        published="2025",
        source=model.Source(),
        events=(event,),
        facts=(figure,),
    )
    data = meta.to_dict()
    assert list(data) == ["title", "lang", "slug", "published", "source", "people",
                          "organisations", "events", "facts"]  # fmt: skip
    assert model.ArticleMeta.from_dict(data) == meta
    assert data["events"] == [
        {"date": "1975-05-19", "inferred": True, "text": "Ties", "quote": "They tied."}
    ]
