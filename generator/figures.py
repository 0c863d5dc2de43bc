"""Find key figures in news text: money, percentages, counts and rankings.

A figure is only worth showing if it is exactly what the article says, so
values are computed with `Decimal` from the digits as written ("4,6 tỷ" is
4600000000, "$2.5bn" is 2500000000) and never rounded. How a number is written
depends on the language: Vietnamese groups thousands with a dot and marks
decimals with a comma ("500.000", "27,5"), English the other way round. A
separator followed by anything but three digits is always a decimal mark, so
"27.5%" in Vietnamese text still reads as 27.5.

What is not a figure: years and dates (the caller passes their spans as
`blocked`), ordinals in anniversaries ("50th"), durations and ages ("50 years",
"45 năm", "60 tuổi"), phone numbers, document numbers ("15/2018/NĐ-CP"),
numbers glued to letters ("COVID-19", "G20") and list markers ("1.").

A range ("10-15%", "2-3 tỷ USD") is one figure with `value` and `value_max`.

Labels say what a number measures, built only from words of the sentence: the
subject of "reached / đạt" ("bilateral trade turnover"), the noun before "of"
("average annual increase"), "growth of ..." for "up 27.5%", "mức tăng ..."
for "tăng 8%", the counted noun phrase for counts, and "X as Y's largest ..."
for rankings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class FigureMention:
    """A number found in a text, with its unit and where it is."""

    start: int  # where the figure starts, qualifier included
    stop: int
    number_start: int  # where the figure itself starts, after the qualifier
    value: int | float
    unit: str
    kind: str  # "money", "percent", "count" or "rank"
    qualifier: str | None = None
    value_max: int | float | None = None
    review: bool = False
    detail: str = ""  # for ranks: the phrase after the ordinal; for counts: the counted phrase


def find_figures(
    text: str, lang: str, blocked: Iterable[tuple[int, int]] = ()
) -> list[FigureMention]:
    """Every figure in `text`, left to right, none overlapping a `blocked` span."""
    if not _ANY_DIGIT.search(text) and not any(word in text for word in _RANK_WORDS):
        return []
    blocked = list(blocked)
    rules = _VI_RULES if lang == "vi" else _EN_RULES
    lowered = text.lower()
    found: list[tuple[int, FigureMention]] = []
    starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
    for priority, (pattern, build, gate) in enumerate(rules):
        if gate and not any(word in lowered for word in gate):
            continue
        if pattern.pattern.startswith(_NUM_START):
            # A figure led by its number can only start where a run of digits starts.
            matches = (pattern.match(text, pos) for pos in starts)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            if match is None:
                continue
            figure = build(match, text, lang)
            if figure is None or _overlaps(figure.number_start, figure.stop, blocked):
                continue
            if _looks_like_code_or_phone(text, figure.number_start, figure.stop):
                continue
            found.append((priority, figure))
    found.sort(key=lambda item: (item[1].start, item[0], -(item[1].stop - item[1].start)))
    chosen: list[FigureMention] = []
    for _, figure in found:
        if not chosen or figure.start >= chosen[-1].stop:
            chosen.append(figure)
        elif figure.number_start >= chosen[-1].stop:
            # The hedge word belongs to the figure before: keep this one without it.
            chosen.append(replace(figure, start=figure.number_start, qualifier=None))
    return chosen


def parse_number(digits: str, lang: str) -> Decimal | None:
    """The exact value of a number written the way `lang` writes numbers."""
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        decimal_mark = None
    else:
        mark = "." if dots else ","
        after = len(digits) - digits.rfind(mark) - 1
        if dots + commas > 1:
            decimal_mark = None
        elif after != 3:
            decimal_mark = mark
        else:
            decimal_mark = "," if lang == "vi" else "."
            decimal_mark = decimal_mark if decimal_mark == mark else None
    if decimal_mark is None:
        cleaned = digits.replace(".", "").replace(",", "")
    else:
        grouping = "," if decimal_mark == "." else "."
        cleaned = digits.replace(grouping, "").replace(decimal_mark, ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def exact(value: Decimal) -> int | float:
    """An int when the value is whole (15 billion), else the float of its exact digits."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def label_for(
    sentence: str,
    clause: tuple[int, int],
    figure: FigureMention,
    lang: str,
    dates: Sequence[tuple[int, int]] = (),
    others: Sequence[tuple[int, int]] = (),
    previous_subject: str | None = None,
) -> str:
    """What `figure` measures, in the sentence's own words.

    `clause` is the span of the clause holding the figure; `dates` and `others`
    (the other figures) are spans left out of the words; `previous_subject` is
    the label of an earlier figure of the sentence ("..., up 27.5%" is the
    growth of that).
    """
    return _uncapitalise(_label(sentence, clause, figure, lang, dates, others, previous_subject))


def _uncapitalise(label: str) -> str:
    first, _, rest = label.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_FIRST_WORDS:
        return f"{first.lower()} {rest}".strip()
    return label


def _label(
    sentence: str,
    clause: tuple[int, int],
    figure: FigureMention,
    lang: str,
    dates: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    previous_subject: str | None,
) -> str:
    start, stop = clause
    remove = [*dates, *others]
    before = _clean(_cut(sentence, start, figure.start, remove))
    after = _cut(sentence, figure.stop, stop, remove)
    if figure.kind == "rank":
        return _rank_label(sentence, start, figure, lang)
    change = (_VI_CHANGE if lang == "vi" else _EN_CHANGE).search(before)
    if change and figure.kind in ("percent", "money"):
        subject = previous_subject or _subject(before[: change.start()])
        return _growth_label(subject, change.group("word"), after, lang)
    if figure.kind == "percent" and _EN_MORE_THAN.match(after) and lang == "en":
        subject = previous_subject or _subject(before)
        return _tidy(f"growth of {subject} {_first_words(after, 6)}")
    share = _VI_SHARE.search(before) if lang == "vi" else None
    if share and figure.kind == "percent":
        return _tidy(f"tỷ trọng {_subject(before[: share.start()])}")
    if figure.kind == "count" and figure.detail and len(figure.detail.split()) > 1:
        return _tidy(figure.detail)
    raised = _RAISE[lang].match(before)
    if raised:
        return _tidy(_ARTICLE.sub("", raised.group("np")))
    noun_phrase = _noun_phrase_before(before, lang)
    if noun_phrase:
        return noun_phrase
    verb = (_VI_LEVEL_VERB if lang == "vi" else _EN_LEVEL_VERB).search(before)
    if verb:
        subject = _subject(before[: verb.start()])
        if subject:
            return subject
    worth = (_VI_WORTH if lang == "vi" else _EN_WORTH).search(before)
    if worth:
        # What is worth the money is the noun phrase right before "worth" / "trị giá", figures
        # included ("12 projects worth US$45 million"), after the verb that brings it.
        raw_before = _clean(_cut(sentence, start, figure.start, dates))
        owner_end = (_VI_WORTH if lang == "vi" else _EN_WORTH).search(raw_before)
        owner = _after_last_verb(raw_before[: owner_end.start()] if owner_end else raw_before, lang)
        owner = _TRAILING_COPULA.sub("", owner)
        return _tidy(f"{owner} {_first_words(after, 4)}")
    if figure.kind == "count" and figure.detail:
        return _tidy(figure.detail)
    return _tidy(_last_words(before, 10) or _first_words(after, 8) or figure.unit)


def _overlaps(start: int, stop: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_stop and span_start < stop for span_start, span_stop in spans)


def _looks_like_code_or_phone(text: str, start: int, stop: int) -> bool:
    # Digit groups separated by single spaces are phone numbers: "+84 24 2220 2108".
    if start >= 2 and text[start - 1] == " " and text[start - 2].isdigit():
        return True
    number_end = start
    while number_end < len(text) and (text[number_end].isdigit() or text[number_end] in ".,"):
        number_end += 1
    following = text[number_end : number_end + 2]
    if len(following) == 2 and following[0] == " " and following[1].isdigit():
        return True
    preceding = text[max(0, start - 16) : start]
    return bool(_CODE_BEFORE.search(preceding))


_RANK_WORDS = (
    "largest",
    "biggest",
    "Largest",
    "Biggest",
    "top",
    "Top",
    "lớn nhất",
    "lớn thứ",
    "đứng thứ",
)
_CODE_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|số|Số|Decree|Resolution|Article|Điều|khoản|Khoản|Nghị định|Nghị quyết"
    r"|Quyết định|Thông tư|Route|Room|phòng|Tel|Phone|Fax|Hotline|ĐT|điện thoại)\.?:?\s*"
    r"|\+\s*|\(0)$"
)

# The first number of a figure must not be glued to a word, a code or a sign ("COVID-19", "+84");
# the second number of a range follows its dash.
_DIGITS = r"(?P<{0}>(?:\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d))"
_NUM_START = r"(?<![\w.,/+-])"
_NUM = _NUM_START + _DIGITS
_DIGIT_RUN = re.compile(r"(?<!\d)\d")
_RANGE = r"(?:\s?(?:-|–)\s?{0})?"

_EN_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
_VI_SCALES = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12,
    "triệu tỷ": 10**15, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
}  # fmt: skip
_EN_SCALE_WORDS = r"(?P<scale>trillion|billion|million|thousand)\b"
_EN_SCALE_SHORT = r"(?P<scale>trillion|billion|million|thousand|tn|bn|bln|mn|mln|m|b|k)\b"
_VI_SCALE_WORDS = (
    r"(?P<scale>nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|triệu tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)"
)

_CURRENCY_CODES = {
    "us$": "USD", "us $": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "dollar": "USD",
    "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "đô la mỹ": "USD", "đô-la mỹ": "USD", "đô la": "USD", "đôla": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "yên": "JPY",
    "vnd": "VND", "vnđ": "VND", "đồng": "VND", "đ": "VND", "dong": "VND",
    "mxn": "MXN", "mex$": "MXN", "mexican peso": "MXN", "mexican pesos": "MXN",
    "peso mexico": "MXN", "peso": "MXN", "pesos": "MXN",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "nhân dân tệ": "CNY",
    "krw": "KRW", "won": "KRW", "brl": "BRL", "r$": "BRL", "reais": "BRL",
    "thb": "THB", "baht": "THB", "myr": "MYR", "ringgit": "MYR", "idr": "IDR", "rupiah": "IDR",
    "sgd": "SGD", "s$": "SGD", "singapore dollar": "SGD", "singapore dollars": "SGD",
    "đô la singapore": "SGD", "clp": "CLP", "ars": "ARS",
}  # fmt: skip
# A bare "pesos" could be Chilean or Argentine: read as MXN but marked for review.
_UNSURE_CURRENCIES = frozenset({"peso", "pesos"})

_PREFIX_CURRENCY = (
    r"(?<![\w$])(?P<cur>US\s?\$|U\.S\.\$|USD|Mex\$|S\$|R\$|\$|€|EUR|£|GBP|¥|JPY|VND|VNĐ|MXN"
    r"|CNY|RMB|KRW|BRL|SGD)"
)
_SUFFIX_CURRENCY = (
    r"(?P<cur>USD|U\.?S\.? dollars?|US dollars?|Singapore dollars?|dollars?|đô la Mỹ|đô-la Mỹ"
    r"|đô la Singapore|đô la|đôla|Mexican pesos?|peso Mexico|pesos?|yen|yên|Yên|JPY|euros?|EUR"
    r"|€|pounds?|GBP|đồng(?!\s+(?:chí|bào|minh|thời|đội|ý|tình|hương|bằng|nghiệp|phục|hồ|loạt))"
    r"|VND|VNĐ|đ|yuan|nhân dân tệ|CNY|RMB|won|KRW|reais|BRL|baht|THB|ringgit|MYR|rupiah|IDR|SGD"
    r"|MXN|CLP|ARS)(?![\w])"
)

_EN_QUALIFIERS = (
    "more than",
    "over",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "up to",
    "at least",
    "less than",
    "under",
    "roughly",
    "some",
    "close to",
    "below",
    "above",
    "an estimated",
    "as many as",
    "as much as",
    "just over",
    "just under",
    "well over",
    "upwards of",
    "estimated at",
)
_VI_QUALIFIERS = (
    "hơn",
    "trên",
    "khoảng",
    "gần",
    "lên tới",
    "lên đến",
    "xấp xỉ",
    "ít nhất",
    "dưới",
    "chưa đến",
    "chưa tới",
    "tối đa",
    "tối thiểu",
    "ước đạt",
    "ước tính",
    "ước",
    "gần như",
)


def _qualifier_before(words: Sequence[str]) -> re.Pattern:
    ordered = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(r"(?<![^\W\d_])(?P<qual>" + alternatives + r")\s+$", re.I)


_QUALIFIER_BEFORE = {
    "en": _qualifier_before(_EN_QUALIFIERS),
    "vi": _qualifier_before(_VI_QUALIFIERS),
}


def _qualifier(text: str, start: int, lang: str) -> tuple[str | None, int]:
    """The hedge word just before a figure ("more than", "hơn") and where it starts."""
    found = _QUALIFIER_BEFORE[lang].search(text, max(0, start - 24), start)
    if found is None:
        return None, start
    word = found.group("qual").lower()
    if word in ("ước đạt", "ước tính"):
        word = "ước"
    elif word == "estimated at":
        word = "estimated"
    return word, found.start()


def _value(match: re.Match, lang: str, scale: int) -> tuple[int | float, int | float | None] | None:
    low = parse_number(match.group("n"), lang)
    if low is None:
        return None
    high = parse_number(match.group("n2"), lang) if match.group("n2") else None
    value = exact(low * scale)
    value_max = exact(high * scale) if high is not None else None
    if value_max is not None and value_max <= value:
        return None
    return value, value_max


def _scale(match: re.Match, table: dict[str, int]) -> int:
    word = (match.group("scale") or "").lower()
    return table.get(word, 1)


def _money(scales: dict[str, int]):
    def build(match: re.Match, text: str, lang: str) -> FigureMention | None:
        scale = _scale(match, scales)
        values = _value(match, lang, scale)
        if values is None:
            return None
        raw_currency = _SPACES.sub(" ", match.group("cur")).lower()
        code = _CURRENCY_CODES.get(raw_currency.replace("us $", "us$"))
        if code is None:
            return None
        qualifier, start = _qualifier(text, match.start(), lang)
        return FigureMention(
            start,
            match.end(),
            match.start(),
            values[0],
            code,
            "money",
            qualifier,
            values[1],
            review=raw_currency in _UNSURE_CURRENCIES,
        )

    return build


def _percent(match: re.Match, text: str, lang: str) -> FigureMention | None:
    values = _value(match, lang, 1)
    if values is None:
        return None
    qualifier, start = _qualifier(text, match.start(), lang)
    return FigureMention(
        start, match.end(), match.start(), values[0], "%", "percent", qualifier, values[1]
    )


_EN_NOT_UNITS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times percent per cent th st nd rd am pm of and or to
    in on at by for with from than is are was were be been being has have had will would could
    should may might can must the a an this that these those more less times-a year-old
    years-old per-cent point points round rounds am pm""".split()
)
_EN_ADJECTIVES = frozenset(
    """new more additional foreign local international domestic young small large major big key
    skilled registered active other overseas regular senior junior leading""".split()
)
_VI_UNITS = sorted(
    """người|lượt khách|lượt người|lượt|khách mời|khách|du khách|thực khách|doanh nghiệp|công ty
    |dự án|sinh viên|học sinh|học viên|vận động viên|nghệ sĩ|phóng viên|nhà báo|kiều bào|hội viên
    |suất học bổng|học bổng|lao động|việc làm|tấn|ha|héc-ta|hecta|km|container|chuyến bay|chuyến
    |máy bay|tàu|xe|văn kiện|thỏa thuận|hiệp định|bản ghi nhớ|hợp đồng|quốc gia|nước|thành viên
    |gian hàng|đại biểu|nhà đầu tư|sản phẩm|mặt hàng|cơ sở|hộ|trường|đối tác|tổ chức|đoàn|thương vụ
    |nhà máy|chi nhánh|cửa hàng|bệnh viện|tình nguyện viên|chuyên gia|giáo viên|kỹ sư|công nhân
    |thuyền viên|ngư dân|cán bộ|chiến sĩ|binh sĩ|nghiên cứu sinh|thực tập sinh|du học sinh|suất
    |lít|thùng|con|cây|m2|m3|MW|GW|kWh""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
_VI_UNIT_GROUP = "(?P<unit>" + "|".join(re.escape(u.strip()) for u in _VI_UNITS) + r")(?!\w)"
_VI_DETAIL_STOP = re.compile(
    r"\s(?:đã|sẽ|đang|được|là|tăng|giảm|đạt|so|với|trị giá|năm|mỗi|trong|vào|tính đến)(?!\w)"
    r"|[,;:.()]|\s[-–]\s"
)


def _count(match: re.Match, text: str, lang: str) -> FigureMention | None:
    if lang == "vi":
        unit = match.group("unit")
        scale = _scale(match, _VI_SCALES)
    else:
        unit = _en_unit(match.group("noun"))
        scale = _scale(match, _EN_SCALES)
        if unit is None:
            return None
    number = parse_number(match.group("n"), lang)
    if number is None:
        return None
    # A bare four-digit number that could be a year is not taken for a count.
    digits = match.group("n")
    if scale == 1 and digits.isdigit() and len(digits) == 4 and 1000 <= number <= 2199:
        return None
    detail = _count_detail(text, match, lang)
    qualifier, start = _qualifier(text, match.start(), lang)
    return FigureMention(
        start,
        match.end(),
        match.start(),
        exact(number * scale),
        unit,
        "count",
        qualifier,
        detail=detail,
    )


def _en_unit(noun: str) -> str | None:
    words = noun.split()
    if not words or words[0].lower() in _EN_NOT_UNITS:
        return None
    if words[0].endswith("ed") or words[0].endswith("ing"):
        return None
    if len(words) == 3 and (words[2].lower() in _EN_NOT_UNITS or words[2].endswith("ed")):
        words = words[:1]
    return " ".join(words)


def _count_detail(text: str, match: re.Match, lang: str) -> str:
    """The counted noun phrase with what qualifies it: "Vietnamese students ... living there"."""
    start = match.start("unit") if lang == "vi" else match.start("adj")
    tail = text[match.end() : match.end() + 80]
    if lang == "vi":
        stop = _VI_DETAIL_STOP.search(tail)
        tail = tail[: stop.start()] if stop else tail
        words = tail.split()[:10]
    else:
        tail_match = _EN_DETAIL_TAIL.match(tail)
        words = tail_match.group(0).split() if tail_match else []
    return _tidy(" ".join([text[start : match.end()], *words]))


_EN_DETAIL_TAIL = re.compile(
    r"(?:\s+(?:living|studying|working|in|from|at|of|for|across|there))(?:\s+[\w'-]+){0,4}?"
    r"(?=[,;.]|\s+(?:have|has|had|were|was|are|is|will|visited|attended|said)\b|$)"
)

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10,
}  # fmt: skip
_EN_ORDINAL = (
    r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
)
_EN_RANK_NOUNS = (
    r"(?:trading partner|trade partner|partner|investor|export market|import market|market"
    r"|supplier|source|exporter|importer|destination|buyer|customer|economy)"
)


def _ordinal_value(word: str) -> int | None:
    word = word.lower()
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    digits = _LEADING_DIGITS.match(word)
    return int(digits.group()) if digits else None


_OWNER_BEFORE = re.compile(
    r"(?:\b(?P<owner>[^\W_]+['’]s)\s+|\b(?P<article>the|its|their)\s+)$", re.I
)
_NOT_A_RANK_BEFORE = {
    "en": re.compile(r"\b(?:one of|among)\s+(?:the\s+|its\s+|their\s+|[^\W_]+['’]s\s+)?$", re.I),
    "vi": re.compile(r"(?:một trong|những|các)\s+$", re.I),
}


def _rank(match: re.Match, text: str, lang: str) -> FigureMention | None:
    groups = match.groupdict()
    value = 1 if groups.get("first") is not None else _ordinal_value(groups.get("ord") or "")
    if not value:
        return None
    window = max(0, match.start() - 40)
    if _NOT_A_RANK_BEFORE[lang].search(text, window, match.start()):
        return None
    start, owner = match.start(), ""
    if lang == "en":
        found = _OWNER_BEFORE.search(text, window, match.start())
        if found is not None:
            start = found.start()
            owner = f"{found.group('owner')} " if found.group("owner") else ""
        elif groups.get("first") is not None:
            return None  # "largest trading partner" needs "the", "its" or "X's" before it
    detail = _rank_phrase(text, match, lang, owner)
    return FigureMention(start, match.end(), start, value, "rank", "rank", detail=detail)


def _rank_phrase(text: str, match: re.Match, lang: str, owner: str = "") -> str:
    """The ranking phrase without its ordinal: "Vietnam's largest trading partner in ASEAN"."""
    tail = text[match.end() : match.end() + 120]
    stop = _RANK_TAIL_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    groups = match.groupdict()
    if lang == "vi":
        head = f"{groups['noun']}{groups['mods'] or ''} lớn"
    elif groups.get("sup"):
        head = f"{owner}{groups['sup']} {groups.get('noun') or ''}"
    else:
        head = "rank"
    return _tidy(f"{head} {tail}")


_RANK_TAIL_STOP = re.compile(r",|;|\.(?:\s|$)|\s(?:while|after|but|with|trong khi|sau|với|còn)\s")

# Words one of which must be in a sentence (lower-cased) for a rule to be worth running.
_MONEY_SIGNS = (
    "$",
    "€",
    "£",
    "¥",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "vnd",
    "vnđ",
    "mxn",
    "cny",
    "rmb",
    "krw",
    "brl",
    "sgd",
)
_MONEY_WORDS_EN = (
    *_MONEY_SIGNS,
    "dollar",
    "yen",
    "euro",
    "pound",
    "peso",
    "yuan",
    "won",
    "reais",
    "baht",
    "ringgit",
    "rupiah",
    "dong",
    "đồng",
    "clp",
    "ars",
)
_MONEY_WORDS_VI = (*_MONEY_WORDS_EN, "đô", "yên", "nhân dân tệ", "đ")
_PERCENT_WORDS = ("%", "percent", "per cent", "phần trăm")
_RANK_ORDINAL_WORDS = (
    "largest",
    "biggest",
    "most important",
    "leading",
    "top",
    "highest",
    "greatest",
)
_RANK_VERB_WORDS = ("rank", "plac", "stand")
_RANK_FIRST_WORDS = ("largest", "biggest", "top")

_EN_RULES = [
    (
        re.compile(
            _PREFIX_CURRENCY
            + r"\s?"
            + _DIGITS.format("n")
            + _RANGE.format(_DIGITS.format("n2"))
            + r"(?:\s?"
            + _EN_SCALE_SHORT
            + r")?",
            re.I,
        ),
        _money(_EN_SCALES),
        _MONEY_SIGNS,
    ),
    (
        re.compile(
            _NUM.format("n")
            + _RANGE.format(_DIGITS.format("n2"))
            + r"\s?(?:"
            + _EN_SCALE_WORDS
            + r"\s+)?"
            + _SUFFIX_CURRENCY
        ),
        _money(_EN_SCALES),
        _MONEY_WORDS_EN,
    ),
    (
        re.compile(
            _NUM.format("n")
            + r"(?:\s?%?\s?(?:-|–)\s?"
            + _DIGITS.format("n2")
            + r")?\s?(?:%|\bpercent\b|\bper cent\b)",
            re.I,
        ),
        _percent,
        _PERCENT_WORDS,
    ),
    (
        re.compile(
            r"\b"
            + _EN_ORDINAL
            + r"[\s-]+(?P<sup>largest|biggest|most important|leading|top|highest|greatest)\b"
            + r"(?:\s+(?P<noun>(?:[\w-]+\s+){0,2}?"
            + _EN_RANK_NOUNS
            + r")\b)?",
            re.I,
        ),
        _rank,
        _RANK_ORDINAL_WORDS,
    ),
    (
        re.compile(
            r"\b(?:rank(?:s|ed|ing)?|placing|placed|standing|stands?)\s+"
            r"(?:No\.\s*|number\s+)?(?P<ord>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth"
            r"|fifth|sixth|seventh|eighth|ninth|tenth)\b",
            re.I,
        ),
        _rank,
        _RANK_VERB_WORDS,
    ),
    (
        re.compile(
            r"\b(?P<sup>largest|biggest|top)\s+(?P<noun>(?:[\w-]+\s+){0,2}?"
            + _EN_RANK_NOUNS
            + r")(?![\w-])(?P<first>)",
            re.I,
        ),
        _rank,
        _RANK_FIRST_WORDS,
    ),
    (
        re.compile(
            _NUM.format("n")
            + r"(?:\s+"
            + _EN_SCALE_WORDS
            + r")?\s+(?P<adj>(?:(?:[A-Z][a-z]+|"
            + "|".join(sorted(_EN_ADJECTIVES))
            + r")\s+){0,2})(?P<noun>(?P<unit>[a-z][a-z-]+)(?:\s+(?:and|or)\s+[a-z][a-z-]+)?)"
            + r"(?![\w-])",
        ),
        _count,
        (),
    ),
]

_VI_RULES = [
    (
        re.compile(
            _PREFIX_CURRENCY
            + r"\s?"
            + _DIGITS.format("n")
            + _RANGE.format(_DIGITS.format("n2"))
            + r"(?:\s?"
            + _VI_SCALE_WORDS
            + r")?",
            re.I,
        ),
        _money(_VI_SCALES),
        _MONEY_SIGNS,
    ),
    (
        re.compile(
            _NUM.format("n")
            + _RANGE.format(_DIGITS.format("n2"))
            + r"\s?(?:"
            + _VI_SCALE_WORDS
            + r"\s?)?"
            + _SUFFIX_CURRENCY,
            re.I,
        ),
        _money(_VI_SCALES),
        _MONEY_WORDS_VI,
    ),
    (
        re.compile(
            _NUM.format("n")
            + r"(?:\s?%?\s?(?:-|–)\s?"
            + _DIGITS.format("n2")
            + r")?\s?(?:%|\bphần trăm\b)",
            re.I,
        ),
        _percent,
        _PERCENT_WORDS,
    ),
    (
        re.compile(
            r"\b(?P<noun>đối tác|thị trường|nhà đầu tư|nhà cung cấp|nước xuất khẩu|nhà xuất khẩu"
            r"|nước nhập khẩu|nhà nhập khẩu|nền kinh tế|điểm đến|nguồn|bạn hàng)"
            r"(?P<mods>(?:\s+[^\W\d_]+){0,4}?)\s+lớn\s+"
            r"(?:thứ\s+(?P<ord>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})|(?P<first>nhất))"
            r"(?!\w)",
            re.I,
        ),
        _rank,
        ("lớn",),
    ),
    (
        re.compile(
            r"\bđứng\s+thứ\s+(?P<ord>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})"
            r"(?!\w)(?P<noun>)(?P<mods>)",
            re.I,
        ),
        _rank,
        ("đứng thứ",),
    ),
    (
        re.compile(_NUM.format("n") + r"(?:\s+" + _VI_SCALE_WORDS + r")?\s+" + _VI_UNIT_GROUP),
        _count,
        (),
    ),
]


# Label helpers. They only cut and join words of the sentence.
_EN_CHANGE = re.compile(
    r"(?:^|\s)(?P<word>up|down|rose|rising|grew|growing|increased|increasing|fell|falling"
    r"|declined|dropped|an increase of|a rise of|growth of|a decrease of|a drop of)"
    r"(?:\s+by)?\s*$",
    re.I,
)
_VI_CHANGE = re.compile(r"(?:^|\s)(?P<word>tăng|giảm|tăng trưởng|tăng thêm|giảm bớt)\s*$", re.I)
_VI_SHARE = re.compile(r"(?:^|\s)chiếm(?:\s+tỷ trọng)?\s*$", re.I)
_EN_MORE_THAN = re.compile(r"\s*(?:more|higher|less|lower)\s+than\b", re.I)
_EN_LEVEL_VERB = re.compile(
    r"(?:^|\s)(?:reached|reach|hit|totall?ed|amounted to|stood at|stands at|was|were|is|are"
    r"|exceeded|topped|surpassed|estimated at|rose to|grew to|increased to|fell to|with"
    r"|led the list with|registered|drew|poured|pledged|had|invest|invested|raise the figure to)"
    r"\s*$",
    re.I,
)
_VI_LEVEL_VERB = re.compile(
    r"(?:^|\s)(?:đạt|là|lên tới|lên đến|chiếm|vượt|có|đón|cấp|cần thêm|cần|ước|ước đạt|ước tính"
    r"|gồm|hỗ trợ \w+|viện trợ cho [\w\s]{0,20}?|thuê)\s*$",
    re.I,
)
_EN_WORTH = re.compile(r"(?:^|\s)(?:worth|valued at|totalling|totaling)\s*$", re.I)
_VI_WORTH = re.compile(r"(?:^|\s)(?:trị giá|giá trị|tổng trị giá)\s*$", re.I)
_EN_OF = re.compile(r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+of\s*$", re.I)
_VI_WITH = re.compile(r".*(?:^|\s)(?:với|có|gồm)\s+(?P<np>[^,;]{3,60}?)\s*$", re.I)
# "lift two-way trade to 10 billion USD", "nâng kim ngạch thương mại lên 20 tỷ USD".
_RAISE = {
    "en": re.compile(
        r".*\b(?:raise|lift|increase|boost|bring|push|take|double)\s+(?P<np>.{3,60}?)\s+to\s*$",
        re.I,
    ),
    "vi": re.compile(r".*(?:^|\s)(?:nâng|đưa|tăng)\s+(?P<np>.{3,60}?)\s+lên\s*$", re.I),
}
# Sentence-initial capitals of common words are not part of a label: "growth of bilateral trade".
_COMMON_FIRST_WORDS = frozenset(
    """bilateral two-way trade exports imports foreign total investment turnover revenue sales
    output tourist tourists
    kim xuất nhập tổng vốn lượng khách thương doanh mức giá số lượt""".split()
)
_EN_NP_STOP = frozenset(
    "with and the a an its their his her our had has have to at for in on by from that which "
    "this these those is are was were".split()
)
_LEADING_NOISE = re.compile(
    r"^(?:(?:while|and|but|meanwhile|also|however|of which|in which|including|currently|now"
    r"|trong đó|trong khi|còn|riêng|hiện nay|hiện|theo đó|đồng thời|và|nhưng|giúp|khiến|đưa"
    r"|riêng trong|tính đến hết|tính đến)\s+)+",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"^(?:.{0,80}?\b(?:said|noted|stressed|added|affirmed|elaborated|emphasi[sz]ed|reported"
    r"|announced|recalled)\s+(?:that\s+)?|(?:according to|theo)\s[^,]{0,80},\s*"
    r"|.{0,140}?\s(?:cho biết|cho hay|nhấn mạnh|khẳng định|thông tin|nhắc lại rằng|cho rằng)"
    r"\s*,?\s*)",
    re.I,
)
_COMMA = re.compile(r",\s+")
_ADVERB_PIECE = re.compile(
    r"^(?:in turn|however|meanwhile|currently|now|also|so far|hiện|hiện nay|theo đó)$", re.I
)
_TRAILING_COPULA = re.compile(
    r"(?:\s+(?:is|are|was|were|have|has|had|will|would|plans? to|intends? to|to|hiện|currently|now"
    r"|so far|đã|sẽ|đang|cũng))+\s*$",
    re.I,
)
_UP_TO_THAT = re.compile(r"^.*\bthat\s+")
_ANY_DIGIT = re.compile(r"\d")
_LEADING_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"[,;:.]\s|[.;]$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_SPACES = re.compile(r"\s+")
_DANGLING = re.compile(r"(?:\s+(?:of|in|to|at|for|on|by|with|from|và|của|tại|với|trong|the))+$")


def _cut(sentence: str, start: int, stop: int, remove: Sequence[tuple[int, int]]) -> str:
    """The text between start and stop with the `remove` spans taken out."""
    if stop <= start:
        return ""
    pieces = []
    cursor = start
    for span_start, span_stop in sorted(remove):
        if span_stop <= cursor or span_start >= stop:
            continue
        pieces.append(sentence[cursor:span_start])
        cursor = max(cursor, span_stop)
    pieces.append(sentence[cursor:stop])
    return " ".join(pieces)


def _clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:")
    text = _drop_empty_prepositions(text)
    return text


def _drop_empty_prepositions(text: str) -> str:
    # Removing "in 2024" from "turnover in 2024 reached" leaves "turnover in reached".
    return _SPACES.sub(" ", _EMPTY_PREPOSITION.sub("", text)).strip(" ,;:")


_EMPTY_PREPOSITION = re.compile(
    r"\b(?:in|on|at|during|since|by|trong|vào|ngày|năm|hồi|tính đến hết)\s+"
    r"(?=(?:in|on|at|reached|đạt|,|$))"
)


def _subject(text: str) -> str:
    """The subject at the end of `text`: the last clause-like piece, tidied."""
    text = _SPACES.sub(" ", text).strip(" ,;:")
    text = _ATTRIBUTION.sub("", text)
    pieces = [p for p in _COMMA.split(text) if p.strip()]
    pieces = [p for p in pieces if not _ADVERB_PIECE.match(p.strip())]
    if not pieces:
        return ""
    subject = pieces[-1]
    subject = _TRAILING_COPULA.sub("", subject)
    subject = _LEADING_NOISE.sub("", subject)
    subject = _UP_TO_THAT.sub("", subject)
    subject = _ARTICLE.sub("", subject)
    return _tidy(subject)


def _growth_label(subject: str, word: str, after: str, lang: str) -> str:
    comparison = _COMPARISON_AFTER.match(after)
    suffix = f" {comparison.group(1)}" if comparison else ""
    falling = word.lower() in (
        "down",
        "fell",
        "falling",
        "declined",
        "dropped",
        "a decrease of",
        "a drop of",
        "giảm",
        "giảm bớt",
    )
    if lang == "vi":
        head = "mức giảm" if falling else "mức tăng"
        return _tidy(f"{head} {subject}{suffix}")
    head = "decline of" if falling else "growth of"
    return _tidy(f"{head} {subject}{suffix}")


_COMPARISON_AFTER = re.compile(
    r"\s*((?:compared (?:to|with)|from|over|year on year|year-on-year|so với)[^,;]{0,60}?)"
    r"\s*(?:[,;]|\.?$|\s+(?:according|said|do|vì|due)\b)",
    re.I,
)


def _noun_phrase_before(before: str, lang: str) -> str:
    if lang == "vi":
        match = _VI_WITH.search(before)
        if match and not _ANY_DIGIT.search(match.group("np")):
            return _tidy(_ARTICLE.sub("", match.group("np")))
        return ""
    match = _EN_OF.search(before)
    if not match:
        return ""
    words = match.group("np").split()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _EN_NP_STOP:
            break
        kept.insert(0, word)
    return _tidy(" ".join(kept))


def _rank_label(sentence: str, clause_start: int, figure: FigureMention, lang: str) -> str:
    phrase = figure.detail
    if phrase.startswith("rank"):
        return phrase
    before = sentence[: figure.start]
    verb = _RANK_VERB_VI.search(before) if lang == "vi" else _RANK_VERB_EN.search(before)
    if not verb:
        return phrase
    subject = _subject(before[: verb.start()])
    if not subject:
        return phrase
    joiner = " là " if lang == "vi" else " as "
    return _tidy(f"{subject}{joiner}{phrase}")


_RANK_VERB_EN = re.compile(
    r"\s(?:is|was|remains|remained|became|has become|is currently|was currently|ranks as)"
    r"(?:\s+(?:currently|now|still|also))?\s*$",
    re.I,
)
_RANK_VERB_VI = re.compile(r"\s(?:là|vẫn là|hiện là|trở thành|đã trở thành|tiếp tục là)\s*$", re.I)


_ACTION_VERB = {
    "en": re.compile(
        r"\b(?:sent|signed|gave|made|won|got|pledged|provided|granted|donated|had|has|have|registered"
        r"|received|approved|invested|[a-z]+ed)\s+",
        re.I,
    ),
    "vi": re.compile(
        r"(?:^|\s)(?:đã|ký|thuê|mua|bán|cấp|viện trợ|hỗ trợ|có|gồm|nhận|đầu tư|ký kết)\s+", re.I
    ),
}


def _after_last_verb(text: str, lang: str) -> str:
    verbs = list(_ACTION_VERB[lang].finditer(text))
    return text[verbs[-1].end() :] if verbs else _last_words(text, 6)


def _first_words(text: str, count: int) -> str:
    text = _CLAUSE_END.split(_SPACES.sub(" ", text).strip(), maxsplit=1)[0]
    return " ".join(text.split()[:count])


def _last_words(text: str, count: int) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:")
    text = _COMMA.split(text)[-1]
    text = _LEADING_NOISE.sub("", text)
    return " ".join(text.split()[-count:])


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:.-–")
    text = _DANGLING.sub("", text)
    text = text.replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return text.strip()
