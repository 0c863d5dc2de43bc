"""People and organisations named in an article, for the front matter.

Newsrooms introduce a person by office before the name ("Ambassador Nguyen
Van Hai", "Thứ trưởng Ngoại giao Mexico Julio Ventura") and an organisation
by its full name before its acronym ("Asia-Pacific Economic Cooperation
(APEC)"). Those two habits find most names without a language model, and what
they find is always written in the text; editors add the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_EN_TITLES = re.compile(
    r"\b(?:Ambassador|Minister|President|Chairman|Chairwoman|Director General|Secretary|"
    r"Senator|Governor|Mayor|Speaker|Premier|Counsellor)"
    r"(?: (?:to|in) [A-Z][\w-]*)?,? "
)
_EN_APPOSITION = re.compile(
    r", (?:the )?(?:Chairman|Chairwoman|Director|Head|President|"
    r"Minister|Ambassador|Deputy|Secretary)\b"
)
_VI_TITLES = re.compile(
    r"(?:Thứ trưởng|Bộ trưởng|Đại sứ|Chủ tịch|Thủ tướng|Tổng thống|Tổng Bí thư|Chủ nhiệm|"
    r"Vụ trưởng|Nghị sĩ|Tổng Giám đốc)(?: (?:Thường trực|Ngoại giao|Bộ Ngoại giao|Mexico))* "
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _name_after(text: str, start: int) -> str | None:
    """Two to four capitalised words starting at `start`: a person's name."""
    words = []
    for match in _WORD.finditer(text, start):
        between = text[start : match.start()]
        if between.strip() or (words and between != " ") or not match.group(0)[0].isupper():
            break
        words.append(match.group(0))
        start = match.end()
        if len(words) == 4:
            break
    return " ".join(words) if len(words) >= 2 else None


def _name_before(text: str, end: int) -> str | None:
    """Two to four capitalised words ending at `end`."""
    words = text[:end].split(" ")[-4:]
    while words and not all(w[:1].isupper() and _WORD.fullmatch(w) for w in words):
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


_ORGANISATION = re.compile(
    r"(?P<name>(?:[A-ZĐÀ-Ỹ][\w’'-]*|of|the|for|and|on|và|các|về|Toàn diện|Tiến bộ)"
    r"(?: (?:[A-ZĐÀ-Ỹ][\w’'-]*|of|the|for|and|on|và|các|về|xuyên|hợp tác|quốc gia|"
    r"Đông Nam Á|Kinh tế|Thương mại))*) \((?P<acronym>[A-Z][A-Z0-9&]{1,9})\)"
)
_VI_ORGANISATION = re.compile(
    r"(?P<name>(?:Hiệp định|Diễn đàn|Hiệp hội|Tổ chức|Ủy ban|Bộ|Đảng|Ngân hàng|Quỹ|Liên minh|"
    r"Hội đồng|Liên hợp quốc)[^()\n,;]{0,90}?) \((?P<acronym>[A-Z][A-Z0-9&]{1,9})\)"
)
_LEADING_FILLER = re.compile(r"^(?:(?:the|of|and|for|on|và|các|về) )+")
_BAD_NAME_START = {
    "The",
    "In",
    "At",
    "On",
    "Also",
    "Based",
    "Since",
    "Meanwhile",
    "For",
    "According",
    "Việt",
    "Vietnam",
    "Mexico",
    "Mexican",
    "Vietnamese",
}


def people_and_organisations(paragraphs: Sequence[str], lang: str) -> tuple[list, list]:
    """Names of people and of organisations, each once, in order of first mention."""
    people: dict[str, None] = {}
    for paragraph in paragraphs:
        found = []
        titles = _VI_TITLES if lang == "vi" else _EN_TITLES
        found += [(m.start(), _name_after(paragraph, m.end())) for m in titles.finditer(paragraph)]
        if lang != "vi":
            found += [
                (m.start(), _name_before(paragraph, m.start()))
                for m in _EN_APPOSITION.finditer(paragraph)
            ]
        for _, name in sorted(found, key=lambda item: item[0]):
            if name and name.split()[0] not in _BAD_NAME_START:
                people.setdefault(name, None)
    organisations: dict[str, None] = {}
    pattern = _VI_ORGANISATION if lang == "vi" else _ORGANISATION
    for match in pattern.finditer("\n".join(paragraphs)):
        name = _LEADING_FILLER.sub("", match.group("name").split(" and the ")[-1])
        if len(name.split()) >= 2 and name[0].isupper() and name.split()[0] not in _BAD_NAME_START:
            organisations.setdefault(f"{name} ({match.group('acronym')})", None)
    return _without_shorter(list(people)), list(organisations)


def _without_shorter(names: list[str]) -> list[str]:
    """Drop a name that is the tail of a fuller one ("Son" after "Bui Thanh Son")."""
    return [
        name
        for name in names
        if not any(other != name and other.endswith(" " + name) for other in names)
    ]
