"""Every word of the site's own interface is in the page's language: no English label on a
Vietnamese page, no Vietnamese label on an English one (text marked with another `lang`,
such as a language's own name in the switcher or an untranslated headline, aside)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import languages
from generator.site import localize

MATERIAL_KEYS = (
    "action.skip", "header", "nav", "tabs", "toc", "top", "search.placeholder",
    "search.result.initializer", "search.result.placeholder", "search.result.none",
    "search.result.one", "search.result.other", "select.language", "clipboard.copy",
)  # fmt: skip
# Words both languages write alike: names, numbers, the site's own name.
SHARED = {"Mexico", "ASEAN", "APEC", "CPTPP", "Pagefind"}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def material_words(lang: str) -> dict[str, str]:
    import material

    path = Path(material.__file__).parent / "templates/partials/languages" / f"{lang}.html"
    pairs = re.findall(r'"([\w.]+)": "([^"]*)"', path.read_text("utf-8"))
    return dict(pairs)


def ui_words(lang: str) -> set[str]:
    """What the site's own interface says in `lang`: our labels and Material's."""
    labels = localize.labels(lang)
    skip = {"language_name", "language_names", "in_language", "other_language_name"}
    words = {s for key, value in labels.items() if key not in skip for s in _strings(value)}
    words |= {material_words(lang).get(key, "") for key in MATERIAL_KEYS}
    words |= {"Permanent link", "logo"} if lang == "en" else set()
    plain = {w.strip() for w in words if "{" not in w and "#" not in w}
    return {w for w in plain if len(w) >= 4 and w not in SHARED}


class _Visible(HTMLParser):
    """Text and attribute values a reader (or a screen reader) meets, outside other languages."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.stack: list[tuple[str, bool]] = []  # tag, inside another language
        self.found: list[str] = []

    def _foreign(self) -> bool:
        return any(foreign for _, foreign in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        other = attributes.get("lang") not in (None, self.lang)
        void = tag in {"meta", "link", "img", "input", "br", "hr", "source"}
        if not (self._foreign() or other):
            for name in ("title", "aria-label", "alt", "placeholder"):
                if attributes.get(name):
                    self.found.append(attributes[name].strip())
        if not void:
            self.stack.append((tag, other or tag in {"script", "style", "code"}))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip() and not self._foreign():
            self.found.append(data.strip())


def visible(html: str, lang: str) -> set[str]:
    reader = _Visible(lang)
    reader.feed(html)
    return set(reader.found)


def config_translations(html: str) -> set[str]:
    found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    return set(json.loads(found.group(1))["translations"].values()) if found else set()


def pages(site: Path, lang: str) -> list[Path]:
    prefix = languages.prefix(lang)
    root = site / prefix if prefix else site
    found = sorted(root.rglob("index.html"))
    if not prefix:  # the default language's pages are everything outside the others' folders
        others = [site / languages.prefix(code) for code in languages.others(lang)]
        found = [p for p in found if not any(o in p.parents for o in others)]
    return found + ([site / prefix / "404.html"] if (site / prefix / "404.html").exists() else [])


@pytest.mark.parametrize("lang", languages.codes())
def test_no_interface_word_of_another_language(built_site, lang):
    foreign = set().union(*(ui_words(code) for code in languages.others(lang))) - ui_words(lang)
    problems = []
    for path in pages(built_site, lang):
        html = path.read_text("utf-8")
        if path.name == "404.html" and lang == languages.codes()[0]:
            # the one 404 GitHub Pages serves carries the other languages' pages as data
            html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
        seen = (visible(html, lang) | config_translations(html)) & foreign
        problems += [f"{path.relative_to(built_site)}: {word!r}" for word in sorted(seen)]
    assert problems == []


def test_the_check_knows_the_words_it_looks_for():
    """The English interface words include Material's that once leaked onto /vi/."""
    english = ui_words("en")
    assert {"Back to top", "Permanent link", "logo", "Initializing search"} <= english
    vietnamese = ui_words("vi")
    assert "Lên đầu trang" in vietnamese and "Back to top" not in vietnamese
    reader = visible('<p>Back to top <span lang="en">Initializing search</span></p>', "vi")
    assert reader == {"Back to top"}
