"""How Vietnamese newsrooms write figures: the rules of `generator.ingest.figures.engine`.

"15 tỷ USD", "4,6 tỷ đồng", "27,5%", "25 doanh nghiệp", "đối tác thương mại lớn
thứ 2", "đứng thứ 3". Decimals are marked with a comma and thousands grouped
with a dot ("1.200,5"); scale words ("nghìn", "triệu", "tỷ", "nghìn tỷ") follow
the number.
"""

from __future__ import annotations

import re

from generator.ingest.figures import currencies
from generator.ingest.figures.engine import (
    DIGITS,
    NUM,
    RANGE,
    count,
    money,
    multiple,
    percent,
    qualifier_before,
    rank,
)
from generator.ingest.rules import Rule


def _tidy(text: str) -> str:
    from generator.ingest.figures.labels import tidy

    return tidy(text, LABEL_DANGLING)


DECIMAL_MARK = ","
SCALES = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12,
    "triệu tỷ": 10**15, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
}  # fmt: skip
_SCALE_WORDS = r"(?P<scale>nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|triệu tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)"

QUALIFIER_BEFORE = qualifier_before(
    (
        "hơn", "trên", "khoảng", "gần", "lên tới", "lên đến", "xấp xỉ", "ít nhất", "dưới",
        "chưa đến", "chưa tới", "tối đa", "tối thiểu", "ước đạt", "ước tính", "ước", "gần như",
    )
)  # fmt: skip
QUALIFIER_ALIASES = {"ước đạt": "ước", "ước tính": "ước"}

CODE_BEFORE = re.compile(
    r"(?:\b(?:No|số|Số|Điều|khoản|Khoản|Nghị định|Nghị quyết|Quyết định|Thông tư|phòng|Tel"
    r"|Fax|Hotline|ĐT|điện thoại)\.?:?\s*"
    r"|\+\s*|\(0)$"
)

# Words without one of which a sentence holds no ranking (and no figure if it has no digit).
RANK_WORDS = ("lớn nhất", "lớn thứ", "đứng thứ", "thứ", "gấp")
# "gấp đôi" is two times: a multiple's number in words.
MULTIPLE_WORDS = {"đôi": 2, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10, "rưỡi": 1.5}
# A multiple is growth: "gấp 2 lần", "tăng 142 lần và 240 lần"; "lần thứ 2" is an occasion.
MULTIPLE_BEFORE = re.compile(
    r"(?:^|\s)(?:gấp|tăng|tăng trưởng|giảm|lớn hơn|cao hơn|nhiều hơn)(?!\w)[^.;]*$", re.I
)
MULTIPLE_AFTER = re.compile(r"(?!)")

_UNITS = sorted(
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
_UNIT_GROUP = "(?P<unit>" + "|".join(re.escape(u.strip()) for u in _UNITS) + r")(?!\w)"
_DETAIL_STOP = re.compile(
    r"\s(?:đã|sẽ|đang|được|là|tăng|giảm|đạt|so|với|trị giá|năm|mỗi|trong|vào|tính đến)(?!\w)"
    r"|[,;:.()]|\s[-–]\s"
)


# "giữa 2 nước", "2 bên": the two sides an article is about, not a count worth a figure.
_THE_TWO_SIDES = frozenset({"nước", "bên", "quốc gia"})


def count_unit(match: re.Match) -> str | None:
    """What is counted: the unit word after the number ("doanh nghiệp", "lượt khách")."""
    unit = match.group("unit")
    if unit.lower() in _THE_TWO_SIDES and match.group("n") == "2":
        return None
    return unit


def count_detail(text: str, match: re.Match) -> str:
    """The counted noun phrase with what qualifies it: "doanh nghiệp Việt Nam"."""
    tail = text[match.end() : match.end() + 80]
    stop = _DETAIL_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    return _tidy(" ".join([text[match.start("unit") : match.end()], *tail.split()[:10]]))


ORDINAL_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10,
}  # fmt: skip
NOT_A_RANK_BEFORE = re.compile(r"(?:một trong|những|các)\s+$", re.I)
_RANK_TAIL_STOP = re.compile(r",|;|\.(?:\s|$)|\s(?:while|after|but|with|trong khi|sau|với|còn)\s")


def rank_start(text: str, match: re.Match) -> tuple[int, str]:
    """A Vietnamese ranking starts with its noun: "đối tác thương mại lớn thứ 2"."""
    return match.start(), ""


def rank_phrase(text: str, match: re.Match, owner: str) -> str:
    """The ranking phrase without its ordinal: "đối tác thương mại lớn tại châu Mỹ"."""
    tail = text[match.end() : match.end() + 120]
    stop = _RANK_TAIL_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    groups = match.groupdict()
    noun = groups["noun"] or ""
    largest = " lớn" if "lớn" in match.group() and noun.lower() != "lớn" else ""
    return _tidy(f"{noun}{groups['mods'] or ''}{largest} {tail}")


# What a figure measures (generator.ingest.figures.labels).
LABEL_CHANGE = re.compile(r"(?:^|\s)(?P<word>tăng|giảm|tăng trưởng|tăng thêm|giảm bớt)\s*$", re.I)
LABEL_FALLING = frozenset(("giảm", "giảm bớt"))
LABEL_GROWTH = ("mức tăng", "mức giảm")
LABEL_MORE_THAN = None
LABEL_SHARE = re.compile(r"(?:^|\s)chiếm(?:\s+tỷ trọng)?\s*$", re.I)
LABEL_SHARE_HEAD = "tỷ trọng"
LABEL_LEVEL_VERB = re.compile(
    r"(?:^|\s)(?:đạt|là|lên tới|lên đến|chiếm|vượt|có|đón|cấp|cần thêm|cần|ước|ước đạt|ước tính"
    r"|gồm|hỗ trợ \w+|viện trợ cho [\w\s]{0,20}?|thuê)\s*$",
    re.I,
)
LABEL_WORTH = re.compile(r"(?:^|\s)(?:trị giá|giá trị|tổng trị giá)\s*$", re.I)
# "nâng kim ngạch thương mại lên 20 tỷ USD"
LABEL_RAISE = re.compile(r".*(?:^|\s)(?:nâng|đưa|tăng)\s+(?P<np>.{3,60}?)\s+lên\s*$", re.I)
LABEL_ACTION_VERB = re.compile(
    r"(?:^|\s)(?:đã|ký|thuê|mua|bán|cấp|viện trợ|hỗ trợ|có|gồm|nhận|đầu tư|ký kết)\s+", re.I
)
LABEL_RANK_VERB = re.compile(
    r"\s(?:là|vẫn là|hiện là|trở thành|đã trở thành|tiếp tục là)\s*$", re.I
)
LABEL_RANK_JOINER = " là "
LABEL_COMPARISON_AFTER = re.compile(
    r"\s*((?:so với)[^,;]{0,60}?)\s*(?:[,;]|\.?$|\s+(?:do|vì)\b)", re.I
)
# Sentence-initial capitals of common words are not part of a label: "kim ngạch ...".
LABEL_COMMON_FIRST = frozenset(
    "kim xuất nhập tổng vốn lượng khách thương doanh mức giá số lượt".split()
)
LABEL_LEADING_NOISE = re.compile(
    r"^(?:(?:trong đó|trong khi|còn|riêng|hiện nay|hiện|theo đó|đồng thời|và|nhưng|giúp|khiến"
    r"|đưa|riêng trong|tính đến hết|tính đến)\s+)+",
    re.I,
)
LABEL_ATTRIBUTION = re.compile(
    r"^(?:theo\s[^,]{0,80},\s*"
    r"|.{0,140}?\s(?:cho biết|cho hay|nhấn mạnh|khẳng định|thông tin|nhắc lại rằng|cho rằng)"
    r"\s*,?\s*)",
    re.I,
)
LABEL_ADVERB_PIECE = re.compile(r"^(?:hiện|hiện nay|theo đó)$", re.I)
LABEL_TRAILING_COPULA = re.compile(r"(?:\s+(?:hiện|đã|sẽ|đang|cũng))+\s*$", re.I)
LABEL_UP_TO_THAT = None
LABEL_ARTICLE = None
LABEL_DANGLING = re.compile(r"(?:\s+(?:và|của|tại|với|trong))+$")
# Removing "năm 2024" from "kim ngạch năm 2024 đạt" leaves "kim ngạch năm đạt".
LABEL_EMPTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:trong|vào|ngày|năm|hồi|tính đến hết)\s+(?=(?:trong|vào|đạt|,|$))"
)
_WITH = re.compile(r".*(?:^|\s)(?:với|có|gồm)\s+(?P<np>[^,;]{3,60}?)\s*$", re.I)
_DIGIT = re.compile(r"\d")


def noun_phrase_before(before: str) -> str:
    """What "với / có / gồm" introduces before a number, or ""."""
    match = _WITH.search(before)
    if match and not _DIGIT.search(match.group("np")):
        return match.group("np")
    return ""


RULES = [
    Rule(
        re.compile(
            currencies.PREFIX
            + r"\s?"
            + DIGITS.format("n")
            + RANGE.format(DIGITS.format("n2"))
            + r"(?:\s?"
            + _SCALE_WORDS
            + r")?",
            re.I,
        ),
        money,
        gate=currencies.SIGNS,
    ),
    Rule(
        re.compile(
            NUM.format("n")
            + RANGE.format(DIGITS.format("n2"))
            + r"\s?(?:"
            + _SCALE_WORDS
            + r"\s?)?"
            + currencies.SUFFIX,
            re.I,
        ),
        money,
        gate=(*currencies.NAMES, "đô", "yên", "nhân dân tệ", "đ"),
        anchor="digit",
    ),
    Rule(
        re.compile(
            NUM.format("n")
            + r"(?:\s?%?\s?(?:-|–)\s?"
            + DIGITS.format("n2")
            + r")?\s?(?:%|\bphần trăm\b)",
            re.I,
        ),
        percent,
        gate=("%", "percent", "per cent", "phần trăm"),
        anchor="digit",
    ),
    Rule(
        re.compile(
            r"\b(?P<noun>đối tác|thị trường|nhà đầu tư|nhà cung cấp|nước xuất khẩu|nhà xuất khẩu"
            r"|nước nhập khẩu|nhà nhập khẩu|nền kinh tế|điểm đến|nguồn|bạn hàng)"
            r"(?P<mods>(?:\s+[^\W\d_]+){0,4}?)\s+lớn\s+"
            r"(?:thứ\s+(?P<ord>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})|(?P<first>nhất))"
            r"(?!\w)",
            re.I,
        ),
        rank,
        gate=("lớn",),
    ),
    Rule(
        re.compile(
            r"\bgấp\s+(?:gần\s+|hơn\s+)?(?P<n>đôi|rưỡi|hai|ba|bốn|năm|mười|\d+(?:,\d+)?)"
            r"(?:\s+lần)?(?!\w)"
            r"|(?<![\w.,])(?P<n2>\d+(?:,\d+)?)\s+lần(?!\s+thứ)(?!\w)",
            re.I,
        ),
        multiple,
        gate=("gấp", "lần"),
    ),
    Rule(
        re.compile(
            # "vị trí thứ 4", "xếp thứ 22", "thị trường thứ ba", "nhà xuất khẩu thứ 12"; not "lần
            # thứ 2" or "kỳ họp thứ 6", which count occasions.
            r"\b(?P<noun>vị trí|hạng|hàng|xếp|xếp hạng|thị trường|đối tác|nguồn|nhà xuất khẩu"
            r"|nhà nhập khẩu|nhà đầu tư|nhà cung cấp|nhà tài trợ|lớn)(?P<mods>)\s+thứ\s+"
            r"(?P<ord>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})(?!\w)",
            re.I,
        ),
        rank,
        gate=("thứ",),
    ),
    Rule(
        re.compile(
            r"\bđứng\s+thứ\s+(?P<ord>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})"
            r"(?!\w)(?P<noun>)(?P<mods>)",
            re.I,
        ),
        rank,
        gate=("đứng thứ",),
    ),
    Rule(
        re.compile(NUM.format("n") + r"(?:\s+" + _SCALE_WORDS + r")?\s+" + _UNIT_GROUP),
        count,
        anchor="digit",
    ),
]
