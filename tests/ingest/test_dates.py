"""Date expressions become ISO 8601 at the precision the text gives."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.ingest.dates import (
    PartialDate,
    Publication,
    find_dates,
    parse_published,
    resolve,
)


def dates_in(text: str, lang: str, published: str | None = None, context_year: int | None = None):
    """(matched words, date, end, inferred) for every date of `text`."""
    found = []
    for mention in find_dates(text, lang):
        if published:
            publication = Publication(parse_published(published), known=True)
        else:  # a year the article's text suggests: a guess
            publication = Publication(PartialDate(context_year) if context_year else None)
        resolved = resolve(mention, publication=publication)
        if resolved is not None:
            words = text[mention.start : mention.stop]
            found.append((words, resolved.date, resolved.end, resolved.inferred))
    return found


@pytest.mark.parametrize(
    ("text", "lang", "published", "context_year", "expected"),
    [
        # English forms
        ("on May 19, 1975,", "en", None, None, [("May 19, 1975", "1975-05-19", None, False)]),
        ("on May 19th, 1975", "en", None, None, [("May 19th, 1975", "1975-05-19", None, False)]),
        ("on 19 May 1975", "en", None, None, [("19 May 1975", "1975-05-19", None, False)]),
        (
            "on the 19th of May 1975",
            "en",
            None,
            None,
            [("19th of May 1975", "1975-05-19", None, False)],
        ),
        ("In Sept. 2023, he came", "en", None, None, [("Sept. 2023", "2023-09", None, False)]),
        ("in November 2024 that", "en", None, None, [("November 2024", "2024-11", None, False)]),
        (
            "At the end of 1975, aid",
            "en",
            None,
            None,
            [("At the end of 1975", "1975", None, False)],
        ),
        ("in mid-2025, the group", "en", None, None, [("mid-2025", "2025", None, False)]),
        ("in early 2024", "en", None, None, [("early 2024", "2024", None, False)]),
        ("signed in 2011, which", "en", None, None, [("2011", "2011", None, False)]),
        ("2024 marks a new stage", "en", None, None, [("2024", "2024", None, False)]),
        (
            "from November 27 to 30, 2023",
            "en",
            None,
            None,
            [("from November 27 to 30, 2023", "2023-11-27", "2023-11-30", False)],
        ),
        (
            "on March 5-7, 2025",
            "en",
            None,
            None,
            [("March 5-7, 2025", "2025-03-05", "2025-03-07", False)],
        ),
        (
            "from March 5 to April 2, 2024",
            "en",
            None,
            None,
            [("from March 5 to April 2, 2024", "2024-03-05", "2024-04-02", False)],
        ),
        ("on 5-6 March", "en", None, 2025, [("5-6 March", "2025-03-05", "2025-03-06", True)]),
        (
            "on 27 to 30 November 2023",
            "en",
            None,
            None,
            [("27 to 30 November 2023", "2023-11-27", "2023-11-30", False)],
        ),
        (
            "ties (May 19, 1975 – 2025).",
            "en",
            None,
            None,
            [("May 19, 1975 – 2025", "1975-05-19", "2025", False)],
        ),
        ("ties (1975-2020).", "en", None, None, [("1975-2020", "1975", "2020", False)]),
        (
            "between 2008 and 2010",
            "en",
            None,
            None,
            [("between 2008 and 2010", "2008", "2010", False)],
        ),
        ("from 2020 to 2022", "en", None, None, [("from 2020 to 2022", "2020", "2022", False)]),
        ("for the 2020-21 term", "en", None, None, [("2020-21", "2020", "2021", False)]),
        (
            "in the first quarter of 2024",
            "en",
            None,
            None,
            [("first quarter of 2024", "2024-01", "2024-03", False)],
        ),
        ("in Q3 2023", "en", None, None, [("Q3 2023", "2023-07", "2023-09", False)]),
        (
            "in the first half of 2020",
            "en",
            None,
            None,
            [("first half of 2020", "2020-01", "2020-06", False)],
        ),
        (
            "in the second half of 2020",
            "en",
            None,
            None,
            [("second half of 2020", "2020-07", "2020-12", False)],
        ),
        (
            "the first nine months of 2024",
            "en",
            None,
            None,
            [("first nine months of 2024", "2024-01", "2024-09", False)],
        ),
        ("on May 22, Hai said", "en", None, 2025, [("May 22", "2025-05-22", None, True)]),
        ("on May 22, Hai said", "en", "2025-05-23", None, [("May 22", "2025-05-22", None, True)]),
        ("in May, the two", "en", None, 2024, [("May", "2024-05", None, True)]),
        ("on December 28", "en", "2025-01-10", None, [("December 28", "2024-12-28", None, True)]),
        ("on May 22, Hai said", "en", None, None, [("May 22", "--05-22", None, True)]),
        ("17/7/2020", "en", None, None, [("17/7/2020", "2020-07-17", None, False)]),
        # English relative dates need a publication date
        ("reached $2.5bn last year", "en", "2025-03-12", None, [("last year", "2024", None, True)]),
        (
            "Earlier this month, they met",
            "en",
            "2025-03-12",
            None,
            [("Earlier this month", "2025-03", None, True)],
        ),
        ("next month", "en", "2025-12-12", None, [("next month", "2026-01", None, True)]),
        ("yesterday", "en", "2025-03-01", None, [("yesterday", "2025-02-28", None, True)]),
        (
            "agreed on Tuesday to work",
            "en",
            "2025-03-12",
            None,
            [("on Tuesday", "2025-03-11", None, True)],
        ),
        ("reached $2.5bn last year", "en", None, None, []),
        ("agreed on Tuesday", "en", None, None, []),
        ("over the last year", "en", "2025-03-12", None, []),
        # Vietnamese forms
        ("ngày 17/7/2020,", "vi", None, None, [("ngày 17/7/2020", "2020-07-17", None, False)]),
        ("ký ngày 17-7-2020", "vi", None, None, [("ngày 17-7-2020", "2020-07-17", None, False)]),
        ("ký 17.7.2020", "vi", None, None, [("17.7.2020", "2020-07-17", None, False)]),
        (
            "Bộ cho hay, sáng 17/7, Thứ trưởng",
            "vi",
            None,
            2020,
            [("sáng 17/7", "2020-07-17", None, True)],
        ),
        ("Chiều 5/3, tại Hà Nội", "vi", None, 2025, [("Chiều 5/3", "2025-03-05", None, True)]),
        ("từ tháng 5/1975", "vi", None, None, [("tháng 5/1975", "1975-05", None, False)]),
        ("tháng 5 năm 1975,", "vi", None, None, [("tháng 5 năm 1975", "1975-05", None, False)]),
        ("vào tháng 5-1975", "vi", None, None, [("tháng 5-1975", "1975-05", None, False)]),
        (
            "ngày 7 tháng 3 năm 2024,",
            "vi",
            None,
            None,
            [("ngày 7 tháng 3 năm 2024", "2024-03-07", None, False)],
        ),
        ("Năm 2024, hai nước", "vi", None, None, [("Năm 2024", "2024", None, False)]),
        ("Cuối năm 1975, Mexico", "vi", None, None, [("Cuối năm 1975", "1975", None, False)]),
        ("quý I/2024", "vi", None, None, [("quý I/2024", "2024-01", "2024-03", False)]),
        ("quý 1 năm 2024", "vi", None, None, [("quý 1 năm 2024", "2024-01", "2024-03", False)]),
        ("quý IV/2023", "vi", None, None, [("quý IV/2023", "2023-10", "2023-12", False)]),
        (
            "trong 6 tháng đầu năm 2020",
            "vi",
            None,
            None,
            [("6 tháng đầu năm 2020", "2020-01", "2020-06", False)],
        ),
        ("9 tháng năm 2024", "vi", None, None, [("9 tháng năm 2024", "2024-01", "2024-09", False)]),
        (
            "6 tháng cuối năm 2020",
            "vi",
            None,
            None,
            [("6 tháng cuối năm 2020", "2020-07", "2020-12", False)],
        ),
        ("nửa đầu năm 2024", "vi", None, None, [("nửa đầu năm 2024", "2024-01", "2024-06", False)]),
        (
            "Việt Nam nhiệm kỳ 2020-2021 và",
            "vi",
            None,
            None,
            [("2020-2021", "2020", "2021", False)],
        ),
        ("Mexico (1975-2020).", "vi", None, None, [("1975-2020", "1975", "2020", False)]),
        (
            "Từ ngày 27 đến 30/11/2023, đoàn",
            "vi",
            None,
            None,
            [("Từ ngày 27 đến 30/11/2023", "2023-11-27", "2023-11-30", False)],
        ),
        ("ngày 5-6/3, đoàn", "vi", None, 2024, [("ngày 5-6/3", "2024-03-05", "2024-03-06", True)]),
        (
            "từ 28/11 đến 2/12/2023",
            "vi",
            None,
            None,
            [("từ 28/11 đến 2/12/2023", "2023-11-28", "2023-12-02", False)],
        ),
        (
            "từ tháng 5 đến tháng 12/2025",
            "vi",
            None,
            None,
            [("từ tháng 5 đến tháng 12/2025", "2025-05", "2025-12", False)],
        ),
        (
            "từ năm 2009 đến năm 2020",
            "vi",
            None,
            None,
            [("từ năm 2009 đến năm 2020", "2009", "2020", False)],
        ),
        ("trong tháng 5, hai bên", "vi", None, 2024, [("tháng 5", "2024-05", None, True)]),
        # Vietnamese relative dates
        ("năm ngoái kim ngạch", "vi", "2024-03-08", None, [("năm ngoái", "2023", None, True)]),
        (
            "Tháng trước, một đoàn",
            "vi",
            "2024-03-08",
            None,
            [("Tháng trước", "2024-02", None, True)],
        ),
        ("trong năm nay", "vi", "2024-03-08", None, [("năm nay", "2024", None, True)]),
        ("hôm qua", "vi", "2024-03-01", None, [("hôm qua", "2024-02-29", None, True)]),
        (
            "quý I năm nay",
            "vi",
            "2024-05-08",
            None,
            [("quý I năm nay", "2024-01", "2024-03", True)],
        ),
        (
            "tháng 5 năm ngoái",
            "vi",
            "2024-03-08",
            None,
            [("tháng 5 năm ngoái", "2023-05", None, True)],
        ),
        (
            "ngày 17/7 năm ngoái",
            "vi",
            "2024-03-08",
            None,
            [("ngày 17/7 năm ngoái", "2023-07-17", None, True)],
        ),
        ("in May last year", "en", "2024-03-08", None, [("May last year", "2023-05", None, True)]),
        ("năm ngoái kim ngạch", "vi", None, None, []),
        ("5 năm trước", "vi", "2024-03-08", None, []),
        ("những năm sau", "vi", "2024-03-08", None, []),
    ],
)
def test_dates(text, lang, published, context_year, expected) -> None:
    assert dates_in(text, lang, published, context_year) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ties that lasted 50 years", "en"),
        ("over the past half century", "en"),
        ("the 50th anniversary of ties", "en"),
        ("an increase of up to 10-15%", "en"),
        ("up 27.5% to 15 billion USD", "en"),
        ("more than 1,200 students and 2000 students", "en"),
        ("hotline +84 24 2220 2108", "en"),
        ("COVID-19 and the G20", "en"),
        ("a fierce war that lasted more than two decades", "en"),
        ("sau hơn hai thập kỷ chiến tranh", "vi"),
        ("kỷ niệm 45 năm thiết lập quan hệ", "vi"),
        ("Theo Nghị định số 15/2018/NĐ-CP", "vi"),
        ("đại dịch Covid-19", "vi"),
        ("tăng 10-15% mỗi năm", "vi"),
        ("trong 6 tháng qua", "vi"),
        ("kỳ họp lần thứ 6", "vi"),
        ("ngày 31/2/2020", "vi"),
        ("ngày 32/1", "vi"),
        ("tháng 13", "vi"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert dates_in(text, lang, "2025-05-23", 2025) == []


def test_ambiguous_english_numeric_date_is_marked_for_review() -> None:
    (mention,) = find_dates("signed on 5/3/2024", "en")
    resolved = resolve(mention)
    assert (resolved.date, resolved.review) == ("2024-03-05", "ambiguous-date")


def test_year_less_date_without_context_is_marked_for_review() -> None:
    (mention,) = find_dates("on May 22", "en")
    assert resolve(mention).review == "needs-year"


@pytest.mark.parametrize(
    ("text", "published", "forward", "expected", "review"),
    [
        ("on December 28", "2024-01-10", False, "2023-12-28", None),  # the latest, not after
        ("on January 5", "2024-01-10", False, "2024-01-05", None),
        ("on May 22", "2024-05", False, "2024-05-22", None),  # within the month of publication
        ("on March 15", "2024-01-10", True, "2024-03-15", None),  # will happen: the next one
        ("on September 10-11", "2023-09-05", True, "2023-09-10", None),
        # a year away is a guess, whichever way the sentence looks
        ("on January 5", "2024-01-10", True, "2025-01-05", "needs-year"),
        ("on July 1", "2024-01-10", False, "2024-07-01", "needs-year"),  # half a year either way
        # more than half a year back and the next one nearer: a schedule ("từ 18/8 đến 25/10")
        ("on August 18", "2025-06", False, "2025-08-18", None),
        ("on October 20", "2025-06-10", False, "2025-10-20", "needs-year"),
    ],
)
def test_a_year_less_date_takes_the_year_publication_gives_it(
    text, published, forward, expected, review
):
    (mention,) = find_dates(text, "en")
    publication = Publication(parse_published(published), known=True)
    resolved = resolve(mention, publication=publication, forward=forward)
    assert (resolved.date, resolved.inferred, resolved.review) == (expected, True, review)


def test_a_year_from_an_inferred_publication_is_marked_needs_year():
    (mention,) = find_dates("on May 22", "en")
    resolved = resolve(mention, publication=Publication(PartialDate(2024), known=False))
    assert (resolved.date, resolved.review) == ("2024-05-22", "needs-year")


def test_the_year_the_sentence_opens_with_beats_the_publication():
    (mention,) = find_dates("từ ngày 23 đến 24/12", "vi")
    publication = Publication(PartialDate(2023, 10, 1), known=True)
    resolved = resolve(mention, publication=publication, sentence_year=2018)
    assert (resolved.date, resolved.end, resolved.review) == ("2018-12-23", "2018-12-24", None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-23", PartialDate(2025, 5, 23)),
        ("2025-05-23T10:00:00+07:00", PartialDate(2025, 5, 23)),
        ("2025-05", PartialDate(2025, 5)),
        ("2025", PartialDate(2025)),
        (dt.date(2024, 2, 29), PartialDate(2024, 2, 29)),
        ("2025-02-30", None),
        ("May 2025", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


@given(st.text(), st.sampled_from(["en", "vi"]), st.one_of(st.none(), st.text()))
def test_finding_and_resolving_never_raise(text: str, lang: str, published: str | None) -> None:
    for mention in find_dates(text, lang):
        assert 0 <= mention.start < mention.stop <= len(text)
        resolve(mention, published=parse_published(published), context_year=2025)
