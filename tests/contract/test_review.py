"""The review queue: what `python -m generator review` lists, where, and that deleting the
key clears an item."""

from __future__ import annotations

import json
from pathlib import Path

from generator.contract.frontmatter import dump
from generator.contract.review import review_queue
from tests.helpers import run_generator

PAGE = {
    "title": "Vietnam, Chile agree to double trade",
    "lang": "en",
    "slug": "chile-trade",
    "published": "2025",
    "published_inferred": True,
    "source": {},
    "people": [
        {"id": "tran-van-long", "name": "Tran Van Long", "role": "Deputy Prime Minister"},
        {"id": "andres-soto", "name": "Andrés Soto", "review": "entity-unknown"},
    ],
    "organisations": [],
    "events": [
        {
            "date": "2025-03-11",
            "inferred": True,
            "text": "Vietnam and Chile agreed to work towards doubling bilateral trade",
            "quote": "Vietnam and Chile agreed on Tuesday to work towards doubling"
            " bilateral trade.",
            "review": "needs-year",
        },
        {
            "date": "2011",
            "text": "The two countries signed a free trade agreement",
            "quote": "The two countries signed a free trade agreement in 2011.",
        },
    ],
    "facts": [
        {
            "label": "bilateral trade",
            "value": 2500000000,
            "unit": "USD",
            "as_of": "2024",
            "quote": "Bilateral trade reached $2.5bn last year.",
            "review": "ambiguous-period",
        },
        {
            "label": "students and workers in Chile",
            "value": 1200,
            "unit": "students and workers",
            "qualifier": "about",
            "quote": "About 1,200 Vietnamese students and workers live there.",
            "review": True,
        },
    ],
}
BODY = (
    "Vietnam and Chile agreed on Tuesday to work towards doubling bilateral trade.\n\n"
    "The two countries signed a free trade agreement in 2011.\n\n"
    "Bilateral trade reached $2.5bn last year.\n\n"
    "About 1,200 Vietnamese students and workers live there.\n"
)


def write_page(docs: Path, meta: dict) -> Path:
    path = docs / "articles" / f"{meta['slug']}.{meta['lang']}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(meta, BODY), encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def test_every_item_under_review_is_listed_with_its_line_and_reason(tmp_path):
    path = write_page(tmp_path, PAGE)
    items, problems = review_queue(tmp_path)
    assert problems == []
    shown = [(item.line, item.field, item.reason) for item in items]
    assert shown == [
        (line_of(path, "published: "), "published", "needs-year"),
        (line_of(path, "review: entity-unknown"), "people[1]", "entity-unknown"),
        (line_of(path, "review: needs-year"), "events[0]", "needs-year"),
        (line_of(path, "review: ambiguous-period"), "facts[0]", "ambiguous-period"),
        (line_of(path, "review: true"), "facts[1]", "unchecked"),
    ]
    texts = [item.text for item in items]
    assert texts[1] == "Andrés Soto"
    assert texts[2] == (
        "2025-03-11 Vietnam and Chile agreed to work towards doubling bilateral trade"
    )
    assert texts[3] == "2500000000 USD bilateral trade (2024)"
    assert texts[4] == "about 1200 students and workers students and workers in Chile"


def test_deleting_the_key_clears_the_item(tmp_path):
    cleared = dict(PAGE, events=[dict(PAGE["events"][0]), PAGE["events"][1]])
    del cleared["events"][0]["review"]
    del cleared["published_inferred"]
    write_page(tmp_path, cleared)
    items, _ = review_queue(tmp_path)
    assert [item.field for item in items] == ["people[1]", "facts[0]", "facts[1]"]


def test_a_page_an_editor_marked_is_listed_as_a_whole(tmp_path):
    write_page(tmp_path, dict(PAGE, review=True, people=[], events=[], facts=[]))
    items, _ = review_queue(tmp_path)
    assert [(item.field, item.reason) for item in items] == [
        ("published", "needs-year"),
        ("page", "page"),  # the key is written last, so it is listed last
    ]


def test_command_prints_file_line_reason_text_and_json(tmp_path):
    path = write_page(tmp_path / "docs", PAGE)
    result = run_generator(tmp_path, "review", "--docs", "docs")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    where = f"docs/articles/{path.name}"
    assert lines[2] == (
        f"{where}:{line_of(path, 'review: needs-year')}: needs-year: "
        "2025-03-11 Vietnam and Chile agreed to work towards doubling bilateral trade"
    )
    assert "review: 5 items to check on 1 pages" in result.stderr
    result = run_generator(tmp_path, "review", "--docs", "docs", "--json")
    data = json.loads(result.stdout)
    assert [item["reason"] for item in data] == [
        "needs-year",
        "entity-unknown",
        "needs-year",
        "ambiguous-period",
        "unchecked",
    ]
    assert set(data[0]) == {"file", "line", "field", "reason", "text"}


def test_a_broken_page_is_reported_and_the_others_still_listed(tmp_path):
    write_page(tmp_path / "docs", PAGE)
    broken = tmp_path / "docs" / "articles" / "broken.en.md"
    broken.write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    result = run_generator(tmp_path, "review", "--docs", "docs")
    assert result.returncode == 1
    assert "docs/articles/broken.en.md:" in result.stderr
    assert len(result.stdout.splitlines()) == 5
