"""Bring pages written for an older front matter up to the current one, leaving the rest
as it is.

Older pages list people and organisations as plain names; the current contract gives
each an id shared with the page's translations (`people: [{id, name}]`). An id is the
name folded to ASCII words ("Bùi Thanh Sơn" → bui-thanh-son), or the one the gazetteer
gives, which `ids` maps from a name; an editor can change it.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.text.slug import slugify

ENTITY_KEYS = ("people", "organisations")


def migrate_entities(meta: dict, ids: Callable[[str], str | None] | None = None) -> dict | None:
    """`meta` with every name in `people` and `organisations` made `{id, name}`; None when
    nothing is to change."""
    changed = False
    migrated = dict(meta)
    for key in ENTITY_KEYS:
        items = meta.get(key)
        if not isinstance(items, list):
            continue
        new_items = []
        for item in items:
            if isinstance(item, str) and item.strip():
                name = item.strip()
                new_items.append(
                    {"id": (ids(name) if ids else None) or slugify(name), "name": name}
                )
                changed = True
            else:
                new_items.append(item)
        migrated[key] = new_items
    return migrated if changed else None
