"""The review queue: every item of every page that the importer (or an editor) marked as
not yet checked, with the file and line to fix it at.

An item is under review while it carries `review: <reason>` (see `model.REVIEW_REASONS`);
a page's publication date is while `published_inferred: true` stands next to it, and a
whole page is while it says `review: true`. An editor checks the item, corrects it if
needed and deletes the key: the next `python -m generator review` no longer lists it, and
the next build no longer marks it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from generator.contract import frontmatter
from generator.contract.pages import load_articles

# The lists of a page whose items can be under review.
_LISTS = ("events", "facts", "people", "organisations")


@dataclass(frozen=True)
class ReviewItem:
    """One item to check: `file:line: reason: text`."""

    file: str
    line: int | None
    field: str  # "events[2]", "facts[0]", "published", "page"
    reason: str
    text: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}: {self.text}"

    def to_json(self) -> dict:
        return asdict(self)


def review_queue(docs_dir: Path) -> tuple[list[ReviewItem], list]:
    """Every item under review in the valid pages of `docs_dir`, in file and line order,
    and the problems of the pages that could not be read (those `check` reports)."""
    pages, problems = load_articles(docs_dir)
    items: list[ReviewItem] = []
    for where, page in sorted(pages.values(), key=lambda found: found[0]):
        items.extend(page_items(where, page))
    return items, problems


def page_items(where: str, page: frontmatter.Page) -> list[ReviewItem]:
    """The items under review on one page, in the order they appear in the file."""
    meta = page.meta
    found: list[ReviewItem] = []
    if meta.get("review") is True:
        found.append(ReviewItem(where, page.line_of(("review",)), "page", "page", meta["title"]))
    if meta.get("published_inferred") and meta.get("published"):
        line = page.line_of(("published",))
        text = f"published {meta['published']}, inferred from the article's text"
        found.append(ReviewItem(where, line, "published", "needs-year", text))
    for key in _LISTS:
        for index, item in enumerate(meta.get(key) or []):
            reason = item.get("review") if isinstance(item, dict) else None
            if not reason:
                continue
            reason = "unchecked" if reason is True else str(reason)
            line = page.line_of((key, index, "review")) or page.line_of((key, index))
            found.append(ReviewItem(where, line, f"{key}[{index}]", reason, _describe(key, item)))
    return sorted(found, key=lambda item: item.line or 0)


def _describe(key: str, item: dict) -> str:
    """An item in one line, as an editor recognises it on the page."""
    if key == "events":
        when = f"{item['date']}–{item['end']}" if item.get("end") else str(item["date"])
        return f"{when} {item.get('text', '')}".strip()
    if key == "facts":
        value = f"{item.get('value')}" + (f"–{item['value_max']}" if item.get("value_max") else "")
        parts = [item.get("qualifier"), value, item.get("unit"), item.get("label")]
        text = " ".join(str(part) for part in parts if part)
        return f"{text} ({item['as_of']})" if item.get("as_of") else text
    role = f", {item['role']}" if item.get("role") else ""
    return f"{item.get('name', '')}{role}"
