"""Front matter: deterministic dump, faithful load, markup escaped in bodies."""

from __future__ import annotations

import markdown
import pytest

from generator.contract.frontmatter import dump, load
from generator.errors import PageError
from generator.text.markdown import escape_markdown, unescape_markdown

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


@pytest.mark.parametrize(
    "text",
    [
        "12345678901. A long number, not a list",
        "![image](x.png)",
        "<http://example.com>",
        "[ref]: javascript:alert(1)",
        "[TOC]",
        "***",
        "* * *",
        "- [ ] not a task",
        'x {: #id onclick="alert(1)" }',
        "&#x3C;script&#x3E; and &#60;script&#62;",
        "<!-- not a comment -->",
        "```python",
        '<svg onload="alert(1)"></svg>',
    ],
)
def test_escaped_text_renders_literally_with_the_sites_extensions(text):
    escaped = escape_markdown(text)
    html = markdown.markdown(escaped, extensions=["toc", "attr_list"])
    assert html.startswith("<p>") and html.endswith("</p>"), html
    inner = html[3:-4]
    assert "<" not in inner and ">" not in inner, html
    plain = inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    assert plain.replace("&amp;", "&") == text
    assert unescape_markdown(escaped) == text


def test_load_gives_the_line_of_every_value():
    text = (
        "---\n"
        "title: x\n"
        "facts:\n"
        "- label: trade\n"
        "  value: 15 billion\n"
        "- label: growth\n"
        "  value: 12\n"
        "source: {name: VNA}\n"
        "---\n"
    )
    page = load(text)
    assert page.line_of(("facts", 0, "value")) == 5
    assert page.line_of(("facts", 1)) == 6
    assert page.line_of(("facts", 1, "value")) == 7
    assert page.line_of(("source", "name")) == 8
    assert page.line_of(("facts", 7, "value")) == 3  # no such item: the nearest key that is there
    assert page.line_of(("nowhere",)) is None


@pytest.mark.parametrize(
    "title",
    [
        '"quoted": colon # hash --- ../x \\ back',
        "- starts like a list",
        "? starts like a key",
        "& anchor * alias ! tag | pipe > fold % directive @ at ` backtick",
        "yes",
        "null",
        "2024-05-22",
        "1e3",
        "  leading and trailing  ",
        "x" * 400,
        "tab\there",
        "Việt Nam – Mexico: “hợp tác”",
    ],
)
def test_titles_that_break_yaml_round_trip_on_one_line(title):
    meta = {**META, "title": title}
    text = dump(meta, "Body")
    assert load(text).meta == meta
    assert sum(line.startswith("title:") for line in text.splitlines()) == 1
    assert text.splitlines()[2].startswith("lang:")
