"""One happening, however many articles report it."""

from __future__ import annotations

from generator.contract.model import ArticleMeta, Event, Organisation, Person
from generator.site.entries import Entry
from generator.site.timeline import timeline


def entry(slug: str, lang: str, events, people=(), organisations=(), available=True) -> Entry:
    meta = ArticleMeta(
        title=slug,
        lang=lang,
        slug=slug,
        published="2025",
        source=None,
        people=tuple(Person(id=i, name=n) for i, n in people),
        organisations=tuple(Organisation(id=i, name=n) for i, n in organisations),
        events=tuple(Event(date=d, text=t, quote=f"{t}.") for d, t in events),
        facts=(),
    )
    reader = lang if available else ("vi" if lang == "en" else "en")
    return Entry(slug, reader, lang, meta, f"articles/{slug}/", f"articles/{slug}/")


def shown(entries):
    return [(e.date, e.text, [r.entry.slug for r in e.reports]) for e in timeline(entries)]


def test_two_articles_reporting_one_happening_give_one_entry_with_both_sources():
    found = shown(
        [
            entry(
                "a", "en", [("1975-05-19", "Vietnam and Mexico established diplomatic relations")]
            ),
            entry("b", "en", [("1975", "Vietnam and Mexico established diplomatic relations")]),
        ]
    )
    # the most precise date stands for it; the year-only mention is folded into it
    assert found == [
        ("1975-05-19", "Vietnam and Mexico established diplomatic relations", ["a", "b"])
    ]


def test_the_same_person_on_the_same_day_is_one_happening_in_either_language():
    son = [("bui-thanh-son", "Bùi Thanh Sơn")]
    found = shown(
        [
            entry("a", "vi", [("2020-07-17", "Thứ trưởng Bùi Thanh Sơn hội đàm trực tuyến")], son),
            entry(
                "b",
                "en",
                [("2020-07-17", "Deputy Minister Bui Thanh Son held online talks")],
                [("bui-thanh-son", "Bui Thanh Son")],
                available=False,
            ),
        ]
    )
    assert len(found) == 1 and found[0][2] == ["a", "b"]  # the reader's language first


def test_different_people_or_different_dates_are_different_happenings():
    found = shown(
        [
            entry(
                "a", "en", [("2019-05-02", "President Quang visited Mexico City")], [("q", "Quang")]
            ),
            entry(
                "b", "en", [("2019-05-02", "President Lopez visited Mexico City")], [("l", "Lopez")]
            ),
            entry(
                "c", "en", [("2019-05-03", "President Quang visited Mexico City")], [("q", "Quang")]
            ),
            entry("d", "en", [("2019", "Mexico sent aid worth US$1 million")]),
        ]
    )
    assert len(found) == 4


def test_a_happening_an_editor_marked_is_a_milestone_whichever_report_carries_it():
    a = entry("a", "en", [("1975-05-19", "Vietnam and Mexico established diplomatic relations")])
    b = entry("b", "en", [("1975", "Vietnam and Mexico established diplomatic relations")])
    marked = Event(date="1975", text=b.meta.events[0].text, quote="x.", milestone=True)
    b = Entry(
        "b", "en", "en", b.meta.__class__(**{**b.meta.__dict__, "events": (marked,)}), "b/", "b/"
    )
    (event,) = timeline([a, b])
    assert event.milestone and event.date == "1975-05-19"
