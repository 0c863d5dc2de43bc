"""A synthetic corpus of news seeds, so the benchmarks measure thousands of realistic articles.

The project ships two real seeds; the importer and the build must be measured
on thousands. This module writes seeds in the shape of the real ones: a
headline on the first line, a lede that opens with a source tag ("(PLVN) -",
"HANOI (VNA) -"), then one paragraph a line, about 600 words, in English or
Vietnamese (half each), full of the date and figure forms that news text uses
and that the extractor has to find ("May 19, 1975", "sáng 17/7", "quý I/2024",
"US$1 million", "27,5%", "hơn 500.000 người", rankings, ...). Some seeds carry
the chrome real seeds arrive with: a photo caption printed twice, a trailing
"Read more", blank lines between paragraphs, CRLF line endings, a byte-order
mark or decomposed Unicode.

Everything comes from one `random.Random(seed)` drawn in order, so the same
count and seed give the same bytes, and the first N seeds of a larger corpus
are the corpus of N: a benchmark can grow the corpus without changing it.

    python bench/corpus.py --count 1000 --seed 7 --out bench/out/seeds-1000
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEED = 2025
TARGET_WORDS = (500, 650)  # each article's length in words is drawn from this range

# The forms a corpus must contain, by name: the unit tests check each one
# appears, and bench/README.md lists them.
FORMS: dict[str, re.Pattern[str]] = {
    "en full date (May 19, 1975)": re.compile(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) \d{1,2}, \d{4}\b"
    ),
    "en month and year (in November 2024)": re.compile(
        r"\bin (?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) \d{4}\b"
    ),
    "en end of year (at the end of 1975)": re.compile(r"\b[Aa]t the end of \d{4}\b"),
    "en day without year (on May 22)": re.compile(
        r"\bon (?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December) \d{1,2}\b(?!, \d)"
    ),
    "vi part of day (sáng 17/7)": re.compile(
        r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối) \d{1,2}/\d{1,2}\b(?!/)"
    ),
    "vi full date (ngày 17/7/2020)": re.compile(r"\bngày \d{1,2}/\d{1,2}/\d{4}\b"),
    "vi month (tháng 5/1975)": re.compile(r"\b[Tt]háng \d{1,2}/\d{4}\b"),
    "vi quarter (quý I/2024)": re.compile(r"\bquý (?:I|II|III|IV)/\d{4}\b"),
    "vi first months (6 tháng đầu năm 2020)": re.compile(r"\b\d{1,2} tháng đầu năm \d{4}\b"),
    "en US$ amount (US$1 million)": re.compile(r"US\$\d+(?:\.\d+)? (?:million|billion)\b"),
    "en qualified USD (more than 15 billion USD)": re.compile(
        r"\bmore than \d+(?:\.\d+)? (?:million|billion) USD\b"
    ),
    "en decimal percent (27.5%)": re.compile(r"\b\d+\.\d+%"),
    "vi decimal percent (27,5%)": re.compile(r"\b\d+,\d+%"),
    "vi amount (15 tỷ USD)": re.compile(r"\b\d+(?:,\d+)? (?:tỷ|triệu) USD\b"),
    "vi qualified count (hơn 500.000 người)": re.compile(r"\bhơn \d{1,3}(?:\.\d{3})+ người\b"),
    "en ranking (second largest)": re.compile(
        r"\b(?:second|third|fourth|fifth|largest|\d+(?:st|nd|rd|th))\b.{0,20}\b"
        r"(?:largest|biggest|among)\b"
    ),
    "vi ranking (lớn thứ hai)": re.compile(r"\b(?:lớn thứ|đứng thứ) (?:hai|ba|tư|năm|\d+)\b"),
}


@dataclass(frozen=True)
class Seed:
    """One synthetic seed: its file name, language, headline and the bytes to write."""

    name: str
    lang: str
    headline: str
    data: bytes

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", self.data.decode("utf-8-sig").replace("\r\n", "\n"))


@dataclass(frozen=True)
class Partner:
    en: str
    vi: str
    adjective: str
    region_en: str
    region_vi: str
    capital_en: str
    capital_vi: str
    ties: int  # the year diplomatic relations were established (near enough for a benchmark)


LATAM = ("Latin America", "Mỹ Latinh")
ASIA = ("the Asia-Pacific", "châu Á – Thái Bình Dương")
EUROPE = ("Europe", "châu Âu")
AFRICA = ("Africa", "châu Phi")
NORTH_AMERICA = ("North America", "Bắc Mỹ")

PARTNERS = tuple(
    Partner(en, vi, adjective, *region, capital_en, capital_vi, ties)
    for en, vi, adjective, region, capital_en, capital_vi, ties in (
        ("Mexico", "Mexico", "Mexican", LATAM, "Mexico City", "Thành phố Mexico", 1975),
        ("Chile", "Chile", "Chilean", LATAM, "Santiago", "Santiago", 1971),
        ("Peru", "Peru", "Peruvian", LATAM, "Lima", "Lima", 1994),
        ("Brazil", "Brazil", "Brazilian", LATAM, "Brasilia", "Brasília", 1989),
        ("Argentina", "Argentina", "Argentine", LATAM, "Buenos Aires", "Buenos Aires", 1973),
        ("Cuba", "Cuba", "Cuban", LATAM, "Havana", "La Habana", 1960),
        ("Colombia", "Colombia", "Colombian", LATAM, "Bogota", "Bogotá", 1979),
        ("Venezuela", "Venezuela", "Venezuelan", LATAM, "Caracas", "Caracas", 1989),
        ("Panama", "Panama", "Panamanian", LATAM, "Panama City", "Thành phố Panama", 1975),
        ("Uruguay", "Uruguay", "Uruguayan", LATAM, "Montevideo", "Montevideo", 1993),
        ("Ecuador", "Ecuador", "Ecuadorian", LATAM, "Quito", "Quito", 1980),
        ("Bolivia", "Bolivia", "Bolivian", LATAM, "La Paz", "La Paz", 1987),
        ("Canada", "Canada", "Canadian", NORTH_AMERICA, "Ottawa", "Ottawa", 1973),
        ("Japan", "Nhật Bản", "Japanese", ASIA, "Tokyo", "Tokyo", 1973),
        ("India", "Ấn Độ", "Indian", ASIA, "New Delhi", "New Delhi", 1972),
        ("Australia", "Australia", "Australian", ASIA, "Canberra", "Canberra", 1973),
        ("New Zealand", "New Zealand", "New Zealand", ASIA, "Wellington", "Wellington", 1975),
        ("Indonesia", "Indonesia", "Indonesian", ASIA, "Jakarta", "Jakarta", 1955),
        ("Thailand", "Thái Lan", "Thai", ASIA, "Bangkok", "Bangkok", 1976),
        ("Singapore", "Singapore", "Singaporean", ASIA, "Singapore", "Singapore", 1973),
        ("Malaysia", "Malaysia", "Malaysian", ASIA, "Kuala Lumpur", "Kuala Lumpur", 1973),
        ("France", "Pháp", "French", EUROPE, "Paris", "Paris", 1973),
        ("Germany", "Đức", "German", EUROPE, "Berlin", "Berlin", 1975),
        ("Italy", "Italy", "Italian", EUROPE, "Rome", "Rome", 1973),
        ("Spain", "Tây Ban Nha", "Spanish", EUROPE, "Madrid", "Madrid", 1977),
        ("Hungary", "Hungary", "Hungarian", EUROPE, "Budapest", "Budapest", 1950),
        ("Egypt", "Ai Cập", "Egyptian", AFRICA, "Cairo", "Cairo", 1963),
        ("South Africa", "Nam Phi", "South African", AFRICA, "Pretoria", "Pretoria", 1993),
        ("Nigeria", "Nigeria", "Nigerian", AFRICA, "Abuja", "Abuja", 1976),
        ("Mozambique", "Mozambique", "Mozambican", AFRICA, "Maputo", "Maputo", 1975),
    )
)

TOPICS = (
    ("trade", "thương mại"),
    ("investment", "đầu tư"),
    ("education", "giáo dục"),
    ("agriculture", "nông nghiệp"),
    ("customs", "hải quan"),
    ("tourism", "du lịch"),
    ("culture", "văn hóa"),
    ("health care", "y tế"),
    ("renewable energy", "năng lượng tái tạo"),
    ("science and technology", "khoa học và công nghệ"),
    ("labour", "lao động"),
    ("logistics", "logistics"),
    ("fisheries", "thủy sản"),
    ("digital transformation", "chuyển đổi số"),
    ("defence", "quốc phòng"),
    ("aviation", "hàng không"),
)

GOODS = (
    ("phones and components", "điện thoại và linh kiện"),
    ("computers and electronics", "máy vi tính và sản phẩm điện tử"),
    ("footwear", "giày dép"),
    ("textiles and garments", "hàng dệt may"),
    ("coffee", "cà phê"),
    ("rice", "gạo"),
    ("seafood", "thủy sản"),
    ("cashew nuts", "hạt điều"),
    ("maize", "ngô"),
    ("soybeans", "đậu tương"),
    ("beef", "thịt bò"),
    ("wood products", "sản phẩm gỗ"),
    ("machinery", "máy móc thiết bị"),
    ("steel", "sắt thép"),
)

CITIES = (
    ("Hanoi", "Hà Nội", "HANOI"),
    ("Ho Chi Minh City", "TP. Hồ Chí Minh", "HO CHI MINH CITY"),
    ("Da Nang", "Đà Nẵng", "DA NANG"),
    ("Hai Phong", "Hải Phòng", "HAI PHONG"),
    ("Can Tho", "Cần Thơ", "CAN THO"),
    ("Hue", "Huế", "HUE"),
    ("Quang Ninh", "Quảng Ninh", "QUANG NINH"),
    ("Binh Duong", "Bình Dương", "BINH DUONG"),
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô")
MIDDLE_NAMES = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Đức", "Hồng", "Ngọc", "Xuân", "Hữu")
GIVEN_NAMES = (
    "Hải",
    "Sơn",
    "Hằng",
    "Lan",
    "Tuấn",
    "Long",
    "Bình",
    "Hòa",
    "Thành",
    "Dũng",
    "Phương",
    "Trung",
    "Nam",
    "Hà",
    "Khánh",
    "Quang",
)
FOREIGN_FIRST = (
    "Julio",
    "Carlos",
    "María",
    "Ana",
    "Fernando",
    "Pedro",
    "Lucía",
    "Andrés",
    "Sofía",
    "Diego",
    "Claire",
    "Hans",
    "Kenji",
    "Priya",
    "James",
    "Marco",
)
FOREIGN_LAST = (
    "Ventura",
    "Méndez",
    "González",
    "Soto",
    "Ferreyra",
    "Silva",
    "Rojas",
    "Martin",
    "Schmidt",
    "Tanaka",
    "Sharma",
    "Wilson",
    "Rossi",
    "Dubois",
    "Herrera",
    "Castillo",
)

VN_OFFICES = (
    ("Deputy Foreign Minister", "Thứ trưởng Ngoại giao"),
    ("Minister of Industry and Trade", "Bộ trưởng Công Thương"),
    ("Deputy Prime Minister", "Phó Thủ tướng"),
    ("Ambassador", "Đại sứ"),
    ("Deputy Minister of Agriculture", "Thứ trưởng Nông nghiệp"),
    ("Minister of Education", "Bộ trưởng Giáo dục"),
    ("Trade Counsellor", "Tham tán Thương mại"),
)
PARTNER_OFFICES = (
    ("Foreign Minister", "Bộ trưởng Ngoại giao"),
    ("Deputy Foreign Minister", "Thứ trưởng Ngoại giao"),
    ("Economy Minister", "Bộ trưởng Kinh tế"),
    ("Ambassador to Vietnam", "Đại sứ tại Việt Nam"),
    ("Director General for Asia-Pacific", "Vụ trưởng Vụ châu Á – Thái Bình Dương"),
    ("Chairman of the Chamber of Commerce", "Chủ tịch Phòng Thương mại"),
)
ORGANISATIONS = (
    (
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)",
        "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)",
    ),
    (
        "Asia-Pacific Economic Cooperation (APEC)",
        "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC)",
    ),
    ("Association of Southeast Asian Nations (ASEAN)", "Hiệp hội các quốc gia Đông Nam Á (ASEAN)"),
    ("World Trade Organization (WTO)", "Tổ chức Thương mại Thế giới (WTO)"),
    ("United Nations (UN)", "Liên hợp quốc (LHQ)"),
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ORDINALS_EN = ("second", "third", "fourth", "fifth")
ORDINALS_VI = ("hai", "ba", "tư", "năm")
QUARTERS_EN = ("first", "second", "third", "fourth")
QUARTERS_VI = ("I", "II", "III", "IV")
PARTS_OF_DAY_VI = ("sáng", "chiều", "tối")
TAGS_EN = ("VNA", "VNA", "VNA", "VOV", "VNS")
TAGS_VI = ("PLVN", "TTXVN", "TTXVN", "VOV", "QĐND")


def _en_number(value: float, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}" if value != int(value) else f"{int(value):,}"
    return text


def _vi_number(value: float, decimals: int = 1) -> str:
    return _en_number(value, decimals).replace(",", " ").replace(".", ",").replace(" ", ".")


def _amount(rng: random.Random) -> tuple[float, str]:
    """An amount of money as (number, "million"/"billion"), in the ranges news reports."""
    if rng.random() < 0.45:
        return float(rng.choice((1, 2, 5, 12, 20, 45, 50, 120, 200, 380, 500, 590))), "million"
    whole = rng.randint(1, 25)
    return (whole + rng.choice((0, 0, 0.2, 0.5, 0.8, 0.3))), "billion"


class _Story:
    """One article's cast and setting, and fresh dates and figures in its language."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.partner = rng.choice(PARTNERS)
        self.topic, self.topic_vi = rng.choice(TOPICS)
        self.topic2, self.topic2_vi = rng.choice([t for t in TOPICS if t[0] != self.topic])
        self.goods = rng.sample(GOODS, 3)
        self.city = rng.choice(CITIES)
        self.year = rng.randint(2015, 2025)
        self.organisation = rng.choice(ORGANISATIONS)
        self.vn_person = self._vn_name()
        self.vn_office = rng.choice(VN_OFFICES)
        self.partner_person = f"{rng.choice(FOREIGN_FIRST)} {rng.choice(FOREIGN_LAST)}"
        self.partner_office = rng.choice(PARTNER_OFFICES)
        self.ties_day_month = self.day_month()  # one date of establishment per article

    def _vn_name(self) -> str:
        rng = self.rng
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
        return name if self.lang == "vi" else _fold(name)

    # --- dates -----------------------------------------------------------------------

    def past_year(self) -> int:
        return self.rng.randint(max(self.partner.ties, self.year - 12), self.year)

    def day_month(self) -> tuple[int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12)

    def date_full(self) -> str:
        return self._date(*self.day_month(), self.past_year())

    def ties_date(self) -> str:
        """The day diplomatic relations were established, the same each time it is told."""
        return self._date(*self.ties_day_month, self.partner.ties)

    def _date(self, day: int, month: int, year: int) -> str:
        if self.lang == "vi":
            return f"ngày {day}/{month}/{year}"
        if self.rng.random() < 0.3:
            return f"on {day} {MONTHS_EN[month - 1]} {year}"
        return f"on {MONTHS_EN[month - 1]} {day}, {year}"

    def date_no_year(self) -> str:
        day, month = self.day_month()
        if self.lang == "vi":
            return f"{self.rng.choice(PARTS_OF_DAY_VI)} {day}/{month}"
        return f"on {MONTHS_EN[month - 1]} {day}"

    def month_year(self) -> str:
        month = self.rng.randint(1, 12)
        if self.lang == "vi":
            return f"tháng {month}/{self.past_year()}"
        return f"in {MONTHS_EN[month - 1]} {self.past_year()}"

    def end_of_year(self) -> str:
        year = self.past_year()
        return f"cuối năm {year}" if self.lang == "vi" else f"at the end of {year}"

    def period(self) -> str:
        year = self.past_year()
        rng = self.rng
        if self.lang == "vi":
            return rng.choice(
                (
                    f"quý {rng.choice(QUARTERS_VI)}/{year}",
                    f"{rng.choice((3, 6, 9))} tháng đầu năm {year}",
                    f"năm {year}",
                )
            )
        return rng.choice(
            (
                f"in the {rng.choice(QUARTERS_EN)} quarter of {year}",
                f"in the first {rng.choice(('three', 'six', 'nine'))} months of {year}",
                f"in the first half of {year}",
                f"in {year}",
            )
        )

    def day_range(self) -> str:
        day, month = self.rng.randint(1, 20), self.rng.randint(1, 12)
        end = day + self.rng.randint(1, 5)
        year = self.past_year()
        if self.lang == "vi":
            return f"từ ngày {day} đến {end}/{month}/{year}"
        return f"from {MONTHS_EN[month - 1]} {day} to {end}, {year}"

    def future_year(self) -> int:
        return self.year + self.rng.randint(2, 8)

    # --- figures ---------------------------------------------------------------------

    def money(self, qualified: bool = False) -> str:
        value, scale = _amount(self.rng)
        rng = self.rng
        if self.lang == "vi":
            unit = "triệu USD" if scale == "million" else "tỷ USD"
            text = f"{_vi_number(value)} {unit}"
            return f"{rng.choice(('hơn', 'khoảng', 'gần', 'trên'))} {text}" if qualified else text
        if qualified:
            qualifier = rng.choice(("more than", "about", "nearly", "over"))
            return f"{qualifier} {_en_number(value)} {scale} USD"
        if rng.random() < 0.6:
            return f"US${_en_number(value)} {scale}"
        return f"{_en_number(value)} {scale} USD"

    def percent(self) -> str:
        value = self.rng.randint(3, 45) + self.rng.choice((0, 0.5, 0.2, 0.7))
        return f"{_vi_number(value)}%" if self.lang == "vi" else f"{_en_number(value)}%"

    def percent_range(self) -> str:
        low = self.rng.randint(5, 12)
        return f"{low}-{low + self.rng.randint(2, 8)}%"

    def count(self) -> str:
        value = self.rng.choice((120, 300, 1200, 30000, 150000, 500000, 1500000))
        value = value + self.rng.randint(0, 9) * value // 10
        value = round(value, -2) if value > 1000 else value
        return _vi_number(value, 0) if self.lang == "vi" else _en_number(value, 0)

    def rank(self) -> str:
        index = self.rng.randrange(len(ORDINALS_EN))
        return ORDINALS_VI[index] if self.lang == "vi" else ORDINALS_EN[index]


def _a(word: str) -> str:
    """The indefinite article before `word`, capitalised: "An Indonesian", "A Mexican"."""
    return f"{'An' if word[0] in 'AEIOU' else 'A'} {word}"


def _fold(text: str) -> str:
    """A Vietnamese name as English-language Vietnamese media print it: "Nguyen Van Hai"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


# --- English ------------------------------------------------------------------------------


def _en_headline(s: _Story) -> str:
    p = s.partner
    return s.rng.choice(
        (
            f"Vietnam, {p.en} agree to boost {s.topic} cooperation",
            f"Vietnam-{p.en} trade hits record high in {s.year}",
            f"{p.en} a key partner of Vietnam in {p.region_en}, says {s.vn_office[0].lower()}",
            f"Vietnam, {p.en} mark {s.year - p.ties} years of diplomatic ties",
            f"{s.city[0]} hosts Vietnam-{p.en} {s.topic} forum",
            f"{s.vn_office[0]} {s.vn_person} holds talks with {p.adjective} {s.partner_office[0]}",
            f"{p.adjective} businesses eye {s.topic} opportunities in {s.city[0]}",
            f"Vietnam, {p.en} step up {s.topic} and {s.topic2} links",
            f"{p.adjective} delegation visits {s.city[0]} to promote {s.topic}",
            f"Vietnam, {p.en} target stronger {s.topic} ties by {s.future_year()}",
            f"{s.topic.capitalize()} leads Vietnam-{p.en} agenda in {s.year}",
            f"Vietnamese embassy in {p.capital_en} celebrates {s.topic} week",
        )
    )


def _en_lede(s: _Story) -> str:
    p = s.partner
    tag = s.rng.choice(TAGS_EN)
    where = s.rng.choice(
        (f"{s.city[2]} ({tag}) - ", f"({tag}) - ", f"{p.capital_en.upper()} ({tag}) - ")
    )
    return where + s.rng.choice(
        (
            f"{s.vn_office[0]} {s.vn_person} held talks with {p.adjective} "
            f"{s.partner_office[0]} {s.partner_person} {s.date_no_year()} to discuss measures "
            f"to promote {s.topic} and {s.topic2} cooperation between the two countries, "
            f"which established diplomatic relations {s.ties_date()}.",
            f"Two-way trade between Vietnam and {p.en} reached {s.money(True)} {s.period()}, "
            f"up {s.percent()} compared to the previous year, according to the Vietnam Trade "
            f"Office in {p.capital_en}.",
            f"The Vietnamese Embassy in {p.en} held a ceremony in {p.capital_en} "
            f"{s.date_no_year()} to celebrate the anniversary of diplomatic relations between "
            f"the two countries ({p.ties}-{s.year}), drawing about {s.count()} guests.",
            f"Vietnam and {p.en} agreed {s.date_full()} to work towards doubling bilateral "
            f"trade within five years, during talks in {s.city[0]} between {s.vn_office[0]} "
            f"{s.vn_person} and visiting {p.adjective} {s.partner_office[0]} {s.partner_person}.",
        )
    )


def _en_sentences(s: _Story) -> dict[str, list[Callable[[], str]]]:
    p, rng = s.partner, s.rng
    goods = ", ".join(g[0] for g in s.goods[:2]) + f" and {s.goods[2][0]}"
    return {
        "trade": [
            lambda: (
                f"Bilateral trade turnover {s.period()} reached {s.money(True)}, up "
                f"{s.percent()} compared to the same period last year."
            ),
            lambda: (
                f"With an average annual increase of up to {s.percent_range()}, two-way trade "
                f"has grown impressively since both countries joined the {s.organisation[0]}."
            ),
            lambda: (
                f"{p.en} is currently Vietnam's {s.rank()} largest trading partner in "
                f"{p.region_en}, while Vietnam is among {p.en}'s largest partners in the "
                f"Association of Southeast Asian Nations (ASEAN)."
            ),
            lambda: (
                f"Vietnam's exports to {p.en} were estimated at {s.money(True)}, mainly "
                f"{goods}, while imports from {p.en} stood at {s.money()}."
            ),
            lambda: (
                f"The two sides set a target of raising bilateral trade to {s.money()} by "
                f"{s.future_year()}."
            ),
            lambda: (
                f"Exports of {s.goods[0][0]} alone rose {s.percent()} {s.period()}, the "
                f"Ministry of Industry and Trade said."
            ),
        ],
        "investment": [
            lambda: (
                f"{p.adjective} investors have so far poured {s.money(True)} into "
                f"{rng.randint(5, 300)} projects in Vietnam, ranking {rng.randint(11, 60)}th among "
                f"the countries and territories investing in the country."
            ),
            lambda: (
                f"{s.end_of_year().capitalize()}, {p.adjective} firms had "
                f"{rng.randint(5, 120)} valid projects in Vietnam with total registered capital of "
                f"{s.money(True)}."
            ),
            lambda: (
                f"{_a(p.adjective)} company announced {s.date_no_year()} that it would invest "
                f"{s.money()} in a {s.topic} project in {s.city[0]}."
            ),
            lambda: (
                f"Foreign direct investment from {p.en} {s.period()} totalled {s.money()}, "
                f"up {s.percent()} year on year."
            ),
        ],
        "history": [
            lambda: (
                f"Vietnam and {p.en} established diplomatic relations "
                f"{s.ties_date()}, and the relationship has kept flourishing since then."
            ),
            lambda: (
                f"{s.end_of_year().capitalize()}, {p.en} sent aid worth {s.money()} to "
                f"Vietnam to support its national reconstruction, {s.vn_person} recalled."
            ),
            lambda: (
                f"{s.month_year()[3:]} marked the first official visit to {p.en} by a "
                f"Vietnamese {s.vn_office[0].lower()} in {rng.randint(10, 30)} years."
            ),
            lambda: (
                f"The two countries signed an agreement on {s.topic2} cooperation in "
                f"{s.past_year()}, which took effect {s.date_full()}."
            ),
            lambda: (
                f"The seventh meeting of the Joint Committee took place in {p.capital_en} "
                f"{s.day_range()}."
            ),
        ],
        "politics": [
            lambda: (
                "The two sides have maintained regular and effective dialogue through "
                "cooperation mechanisms such as the political consultation at the deputy foreign "
                "minister level and the Joint Committee for Economic, Trade and Investment "
                "Cooperation."
            ),
            lambda: (
                f"They have coordinated and supported each other at international "
                f"organisations and multilateral forums such as the {s.organisation[0]}."
            ),
            lambda: (
                f"{s.partner_person} said {p.en} valued Vietnam's experience in "
                f"{s.topic} and wished to learn from its success."
            ),
            lambda: (
                f"{s.vn_office[0]} {s.vn_person} affirmed that Vietnam is ready to work with "
                f"{p.en} in bilateral and multilateral frameworks, especially in {s.topic}."
            ),
            lambda: (
                f"Both sides agreed to prepare for high-level visits and to sign several "
                f"cooperation documents on {s.topic}, {s.topic2} and customs {s.month_year()}."
            ),
            lambda: (
                f"At a meeting {s.month_year()}, the leaders of the two countries agreed to "
                f"lift the relationship to a new height."
            ),
        ],
        "people": [
            lambda: (
                f"About {s.count()} Vietnamese people are living, studying and working in "
                f"{p.en}, according to the embassy."
            ),
            lambda: (
                f"More than {s.count()} {p.adjective} tourists visited Vietnam "
                f"{s.period()}, nearly {s.percent()} more than a year earlier."
            ),
            lambda: (
                f"Each year {p.en} grants about {rng.randint(10, 80)} scholarships to "
                f"Vietnamese students, and the number has doubled since {s.past_year()}."
            ),
            lambda: (
                f"{_a(p.adjective)} film week will take place in {s.city[0]} "
                f"{s.date_no_year()}, with screenings in {rng.randint(3, 9)} cinemas."
            ),
            lambda: (
                "Guests enjoyed Vietnamese traditional art performances and typical dishes, "
                "and visited a photo exhibition about Vietnam and its people."
            ),
        ],
        "future": [
            lambda: (
                f"The next meeting of the Joint Committee is expected in "
                f"{s.future_year()}, the ministry said."
            ),
            lambda: (
                f"The two sides aim to open a direct air route between {s.city[0]} and "
                f"{p.capital_en} by {s.future_year()}."
            ),
            lambda: (
                f'"The outstanding achievements in {s.topic} will be a solid foundation for '
                f'the relationship to take off in the coming time," {s.vn_person} said.'
            ),
            lambda: (
                f"{p.adjective} businesses plan to invest {s.money()} in {s.topic2} by "
                f"{s.future_year()}, {s.partner_person} said."
            ),
        ],
    }


# --- Vietnamese -----------------------------------------------------------------------------


def _vi_headline(s: _Story) -> str:
    p = s.partner
    return s.rng.choice(
        (
            f"Việt Nam – {p.vi} phối hợp chặt chẽ để thúc đẩy hợp tác {s.topic_vi}",
            f"Kim ngạch thương mại Việt Nam – {p.vi} năm {s.year} đạt kỷ lục",
            f"Kỷ niệm {s.year - p.ties} năm thiết lập quan hệ ngoại giao Việt Nam – {p.vi}",
            f"{s.city[1]} đăng cai diễn đàn hợp tác {s.topic_vi} Việt Nam – {p.vi}",
            f"{s.vn_office[1]} {s.vn_person} hội đàm với {s.partner_office[1]} {p.vi}",
            f"Doanh nghiệp {p.vi} tìm cơ hội {s.topic_vi} tại {s.city[1]}",
            f"Việt Nam và {p.vi} mở rộng hợp tác {s.topic_vi}, {s.topic2_vi}",
            f"Đoàn {p.vi} thăm {s.city[1]}, thúc đẩy hợp tác {s.topic_vi}",
            f"Việt Nam – {p.vi} hướng tới quan hệ {s.topic_vi} mạnh mẽ hơn đến năm "
            f"{s.future_year()}",
            f"{s.topic_vi.capitalize()} dẫn đầu chương trình hợp tác Việt Nam – {p.vi} "
            f"năm {s.year}",
            f"Đại sứ quán Việt Nam tại {p.vi} tổ chức tuần lễ {s.topic_vi}",
            f"{p.vi} là đối tác quan trọng của Việt Nam tại {p.region_vi}",
        )
    )


def _vi_lede(s: _Story) -> str:
    p = s.partner
    tag = s.rng.choice(TAGS_VI)
    where = s.rng.choice((f"({tag}) - ", f"({tag}) - ", f"{s.city[1].upper()} ({tag}) - "))
    return where + s.rng.choice(
        (
            f"Bộ Ngoại giao cho hay, {s.date_no_year()}, {s.vn_office[1]} {s.vn_person} đã có "
            f"cuộc hội đàm với {s.partner_office[1]} {p.vi} {s.partner_person} để trao đổi về các "
            f"biện pháp thúc đẩy quan hệ hợp tác {s.topic_vi} và {s.topic2_vi} giữa hai nước.",
            f"Theo số liệu của Tổng cục Hải quan, kim ngạch thương mại song phương Việt Nam – "
            f"{p.vi} {s.period()} đạt {s.money(True)}, tăng {s.percent()} so với cùng kỳ năm "
            f"trước.",
            f"{s.date_no_year().capitalize()}, tại {p.capital_vi}, Đại sứ quán Việt Nam tổ chức "
            f"lễ kỷ niệm năm thiết lập quan hệ ngoại giao Việt Nam – {p.vi} ({p.ties}-{s.year}), "
            f"thu hút khoảng {s.count()} khách mời.",
            f"{s.date_full().capitalize()}, tại {s.city[1]}, {s.vn_office[1]} {s.vn_person} đã "
            f"tiếp {s.partner_office[1]} {p.vi} {s.partner_person} đang thăm Việt Nam.",
        )
    )


def _vi_sentences(s: _Story) -> dict[str, list[Callable[[], str]]]:
    p, rng = s.partner, s.rng
    goods = ", ".join(g[1] for g in s.goods[:2]) + f" và {s.goods[2][1]}"
    return {
        "trade": [
            lambda: (
                f"Kim ngạch thương mại hai chiều {s.period()} đạt {s.money(True)}, tăng "
                f"{s.percent()} so với cùng kỳ năm ngoái."
            ),
            lambda: (
                f"Với mức tăng trưởng bình quân {s.percent_range()} mỗi năm, thương mại song "
                f"phương tăng nhanh kể từ khi hai nước cùng tham gia {s.organisation[1]}."
            ),
            lambda: (
                f"Hiện {p.vi} là đối tác thương mại lớn thứ {s.rank()} của Việt Nam tại khu "
                f"vực {p.region_vi}, trong khi Việt Nam là một trong những đối tác lớn nhất của "
                f"{p.vi} trong ASEAN."
            ),
            lambda: (
                f"Trong đó, xuất khẩu của Việt Nam sang {p.vi} đạt {s.money(True)}, chủ yếu là "
                f"{goods}; nhập khẩu từ {p.vi} đạt {s.money()}."
            ),
            lambda: (
                f"Hai bên đặt mục tiêu nâng kim ngạch thương mại lên {s.money()} vào năm "
                f"{s.future_year()}."
            ),
            lambda: (
                f"Riêng mặt hàng {s.goods[0][1]} tăng {s.percent()} trong {s.period()}, theo "
                f"Bộ Công Thương."
            ),
        ],
        "investment": [
            lambda: (
                f"Tính đến {s.end_of_year()}, {p.vi} có {rng.randint(5, 300)} dự án đầu tư "
                f"tại Việt Nam với tổng vốn đăng ký {s.money(True)}, "
                f"đứng thứ {rng.randint(11, 60)} trong số các quốc gia và vùng lãnh thổ "
                f"đầu tư vào Việt Nam."
            ),
            lambda: (
                f"Một doanh nghiệp {p.vi} cho biết {s.date_no_year()} sẽ đầu tư {s.money()} "
                f"vào dự án {s.topic_vi} tại {s.city[1]}."
            ),
            lambda: (
                f"Vốn đầu tư trực tiếp của {p.vi} trong {s.period()} đạt {s.money()}, tăng "
                f"{s.percent()} so với năm trước."
            ),
            lambda: (
                f"Hiện có hơn {s.count()} người lao động Việt Nam làm việc trong các dự án "
                f"{s.topic_vi} do doanh nghiệp {p.vi} đầu tư."
            ),
        ],
        "history": [
            lambda: (
                f"Hai nước chính thức thiết lập quan hệ ngoại giao {s.ties_date()}, và từ đó "
                f"quan hệ không ngừng được củng cố."
            ),
            lambda: (
                f"{s.end_of_year().capitalize()}, Chính phủ {p.vi} viện trợ cho Việt Nam "
                f"{s.money()} để tái thiết đất nước, {s.vn_office[1]} {s.vn_person} nhắc lại."
            ),
            lambda: f"Ngay từ {s.month_year()}, {p.vi} đã cử phái đoàn đầu tiên sang thăm Hà Nội.",
            lambda: (
                f"Hiệp định hợp tác {s.topic2_vi} giữa hai nước được ký kết {s.date_full()} và "
                f"có hiệu lực từ {s.month_year()}."
            ),
            lambda: (
                f"Kỳ họp lần thứ {rng.randint(3, 9)} Ủy ban Hỗn hợp diễn ra tại "
                f"{p.capital_vi} {s.day_range()}."
            ),
        ],
        "politics": [
            lambda: (
                "Hai bên bày tỏ vui mừng về tiến triển tích cực trong quan hệ hợp tác nhiều "
                "mặt, trong đó các cơ chế hợp tác song phương như Tham khảo Chính trị giữa hai Bộ "
                "Ngoại giao tiếp tục được triển khai hiệu quả."
            ),
            lambda: (
                f"Hai bên nhất trí tiếp tục phối hợp và ủng hộ lẫn nhau tại các tổ chức quốc "
                f"tế và diễn đàn đa phương như {s.organisation[1]}."
            ),
            lambda: (
                f"{s.partner_office[1]} {s.partner_person} khẳng định {p.vi} đánh giá cao "
                f"kinh nghiệm của Việt Nam trong lĩnh vực {s.topic_vi}."
            ),
            lambda: (
                f"{s.vn_office[1]} {s.vn_person} khẳng định Việt Nam sẵn sàng hợp tác với "
                f"{p.vi} theo các khuôn khổ song phương và đa phương, nhất là về {s.topic_vi}."
            ),
            lambda: (
                f"Hai bên nhất trí chuẩn bị các chuyến thăm cấp cao và ký kết văn kiện hợp tác "
                f"về {s.topic_vi}, {s.topic2_vi} trong {s.month_year()}."
            ),
            lambda: (
                f"Tại cuộc gặp {s.month_year()}, lãnh đạo hai nước nhất trí đưa quan hệ lên "
                f"tầm cao mới."
            ),
        ],
        "people": [
            lambda: (
                f"Hiện có hơn {s.count()} người Việt Nam sinh sống, học tập và làm việc tại "
                f"{p.vi}, theo Đại sứ quán."
            ),
            lambda: (
                f"Trong {s.period()}, Việt Nam đón gần {s.count()} lượt khách {p.vi}, tăng "
                f"{s.percent()} so với năm trước."
            ),
            lambda: (
                f"Mỗi năm {p.vi} cấp khoảng {rng.randint(10, 80)} suất học bổng cho sinh viên "
                f"Việt Nam, tăng gấp đôi so với năm {s.past_year()}."
            ),
            lambda: (
                f"Tuần phim {p.vi} sẽ diễn ra tại {s.city[1]} {s.date_no_year()}, với "
                f"{rng.randint(3, 9)} rạp tham gia trình chiếu."
            ),
            lambda: (
                "Dịp này, khách mời được thưởng thức các tiết mục nghệ thuật truyền thống và "
                "món ăn đặc trưng của Việt Nam, cùng triển lãm ảnh về đất nước, con người Việt Nam."
            ),
        ],
        "future": [
            lambda: (
                f"Kỳ họp tiếp theo của Ủy ban Hỗn hợp dự kiến diễn ra vào năm "
                f"{s.future_year()}, theo Bộ Ngoại giao."
            ),
            lambda: (
                f"Hai bên đặt mục tiêu mở đường bay thẳng giữa {s.city[1]} và {p.capital_vi} "
                f"trước năm {s.future_year()}."
            ),
            lambda: (
                f"“Những thành tựu nổi bật trong hợp tác {s.topic_vi} sẽ là nền tảng vững chắc "
                f"để quan hệ hai nước cất cánh trong thời gian tới”, {s.vn_person} nhấn mạnh."
            ),
            lambda: (
                f"Doanh nghiệp {p.vi} dự kiến đầu tư {s.money()} vào lĩnh vực {s.topic2_vi} "
                f"đến năm {s.future_year()}, {s.partner_person} cho biết."
            ),
        ],
    }


LANGUAGES = {
    "en": (_en_headline, _en_lede, _en_sentences, "Read more", "Photo: the talks in {city}"),
    "vi": (_vi_headline, _vi_lede, _vi_sentences, "Đọc thêm", "Quang cảnh hội đàm tại {city}"),
}


def _article(rng: random.Random, lang: str, taken: set[str]) -> tuple[str, str]:
    """One article's headline and text (paragraphs one a line, no chrome yet)."""
    headline_of, lede_of, sentences_of, _, _ = LANGUAGES[lang]
    for _attempt in range(40):
        story = _Story(rng, lang)
        headline = headline_of(story)
        if headline.casefold() not in taken:
            break
    else:  # a crowded corpus: make the headline distinct with a place and year
        where = story.city[0] if lang == "en" else story.city[1]
        headline = f"{headline} ({where}, {story.year}, {len(taken) + 1})"
    taken.add(headline.casefold())
    paragraphs = [lede_of(story)]
    pools = sentences_of(story)
    for makers in pools.values():  # each sentence at most once: no article repeats itself
        rng.shuffle(makers)
    target = rng.randint(*TARGET_WORDS)
    words = len(headline.split()) + len(paragraphs[0].split())
    while words < target and any(pools.values()):
        makers = pools[rng.choice([topic for topic, left in pools.items() if left])]
        paragraph = " ".join(makers.pop()() for _ in range(min(rng.randint(2, 4), len(makers))))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return headline, "\n".join([headline, *paragraphs])


def _dress(rng: random.Random, lang: str, text: str) -> bytes:
    """Add the chrome seeds arrive with, as newsrooms send them."""
    _, _, _, read_more, caption = LANGUAGES[lang]
    lines = text.split("\n")
    if rng.random() < 0.25:  # a photo caption the page layout printed twice
        city = rng.choice(CITIES)[0 if lang == "en" else 1]
        lines[2:2] = [caption.format(city=city)] * 2
    if rng.random() < 0.2:
        lines.append(read_more)
    separator = "\n\n" if rng.random() < 0.4 else "\n"
    body = separator.join(lines) + ("\n" if rng.random() < 0.7 else "")
    if rng.random() < 0.05:
        body = unicodedata.normalize("NFD", body)
    if rng.random() < 0.1:
        body = body.replace("\n", "\r\n")
    data = body.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if rng.random() < 0.05 else data


def iter_seeds(count: int, seed: int = DEFAULT_SEED) -> Iterator[Seed]:
    """The corpus, one seed at a time: the first `n` are the same whatever `count` is."""
    rng = random.Random(seed)
    taken: set[str] = set()
    pair_order: tuple[str, str] = ("en", "vi")
    for index in range(count):
        if index % 2 == 0:  # each pair holds one article in each language, in random order
            pair_order = ("en", "vi") if rng.random() < 0.5 else ("vi", "en")
        lang = pair_order[index % 2]
        headline, text = _article(rng, lang, taken)
        yield Seed(f"bench-{index:05d}.txt", lang, headline, _dress(rng, lang, text))


def generate(count: int, seed: int = DEFAULT_SEED) -> list[Seed]:
    return list(iter_seeds(count, seed))


def write_corpus(folder: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write `count` seed files into `folder` (created); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in iter_seeds(count, seed):
        path = folder / item.name
        path.write_bytes(item.data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic corpus of news seeds.")
    parser.add_argument("--count", type=int, default=100, help="number of seeds (default 100)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the seeds into")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} seeds into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
