"""Front matter: deterministic dump, faithful load, markup escaped in bodies."""

from __future__ import annotations

import markdown
import pytest

from generator.errors import PageError
from generator.frontmatter import dump, escape_markdown, load, unescape_markdown

META = {
    "title": 'Headline: "quoted" # not a comment --- ../x',
    "lang": "vi",
    "slug": "headline",
    "seed": "seeds/x.txt",
    "published": "2020-07",
    "source": {"name": "PLVN"},
    "events": [{"date": "1975-05-19", "text": "Thiết lập quan hệ", "quote": "Câu."}],
    "facts": [{"label": "kim ngạch", "value": 15000000000, "unit": "USD", "quote": "Câu."}],
}


def test_round_trip_keeps_every_value():
    page = load(dump(META, "Câu."))
    assert page.meta == META
    assert page.body == "Câu.\n"


def test_dump_is_deterministic_and_readable():
    text = dump(META, "Body")
    assert text == dump(dict(reversed(list(META.items()))), "Body")
    assert "Thiết lập" in text  # no \u escapes
    assert "'1975-05-19'" in text  # a date stays a string
    assert text.endswith("Body\n")
    assert text.index("title:") < text.index("lang:") < text.index("events:")


def test_load_reads_unquoted_dates_as_iso_strings():
    page = load("---\ntitle: x\npublished: 2024-05-22\n---\n")
    assert page.meta["published"] == "2024-05-22"


def test_load_reports_line_of_bad_yaml():
    with pytest.raises(PageError) as caught:
        load("---\ntitle: x\nlang: [en\n---\nbody", "docs/articles/x.en.md")
    assert caught.value.line is not None
    assert str(caught.value).startswith("docs/articles/x.en.md:")
    assert "not valid YAML" in str(caught.value)


def test_load_gives_key_lines():
    page = load("---\ntitle: x\nlang: en\nevents: []\n---\n")
    assert page.key_lines == {"title": 2, "lang": 3, "events": 4}


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "- not a list",
        "+ nor this",
        "1975. A year, not a list",
        "2) nor this",
        "> not a quote",
        "---",
        "<script>alert(1)</script> & &amp; co",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1)) *a* _b_ `c`",
        "{{ config.site_name }} {% include 'x' %}",
        "a \\ backslash",
        "| a | b |",
    ],
)
def test_escaped_text_renders_literally(text):
    escaped = escape_markdown(text)
    html = markdown.markdown(escaped)
    assert html.startswith("<p>") and html.endswith("</p>"), html
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert unescape_markdown(escaped) == text
    plain = html[3:-4].replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    assert plain.replace("&amp;", "&") == text
