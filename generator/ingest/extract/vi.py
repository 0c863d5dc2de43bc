"""How a Vietnamese news sentence says what a date is, and who did what on it.

The cue words of `generator.ingest.extract`: what comes before a comparison base
("so với cùng kỳ năm 2023"), a target ("đến năm 2030"), the start of a trend ("kể từ
năm 2019"); the verbs and nouns of a statistic; attributions and adverbs that are not
part of an event's text; the joints where a sentence with several dates is cut.
"""

from __future__ import annotations

import re

# The role of a date (extract.roles).
COMPARISON_BEFORE = re.compile(r"(?:so với|so cùng kỳ|cùng kỳ)\s+(?:cùng kỳ\s+)?$", re.I)
TARGET_BEFORE = re.compile(r"(?:^|\s)(?:đến|tới|cho đến|trước)(?:\s+hết)?\s+$", re.I)
RANGE_START_WORD = "từ"  # "từ 2020 đến 2025": the range is not a target
SINCE_BEFORE = re.compile(r"(?:^|\s)kể từ\s+$", re.I)
STATISTIC_VERB = re.compile(
    r"(?:^|\s)(?:đạt|tăng|giảm|chiếm|vượt|lên tới|lên đến|ước đạt|ước tính|là)(?!\w)", re.I
)
STATISTIC_NOUN = re.compile(
    r"(?:^|\s)(?:kim ngạch|thương mại|xuất khẩu|nhập khẩu|vốn|doanh thu|GDP|sản lượng)(?!\w)",
    re.I,
)
GROUP_BEFORE = re.compile(
    r"(?:^|\s)(?:đoàn|phái đoàn|nhóm)(?:\s+\w+){0,3}?\s+(?:gồm|với|của|có)\s+$", re.I
)
PRESENT = re.compile(r"(?:^|\s)(?:hiện|hiện nay|hiện là)(?!\w)", re.I)

# Anniversaries: "kỷ niệm 45 năm thiết lập quan hệ ngoại giao (1975-2020)".
STATED_SPAN = re.compile(r"\b(?P<n>\d{1,3})\s*năm\b", re.I)
ANNIVERSARY_CUE = re.compile(r"kỷ niệm", re.I)
_CELEBRATED = re.compile(r"kỷ niệm\s+(?:\d+\s+năm|lần thứ\s+\d+)\s+(?:ngày\s+)?(?P<what>.+)$", re.I)
_YEARS_OF = re.compile(r"\d+\s+năm\s+(?P<what>.+)$")
_ACT = re.compile(r"(?:thiết lập|thành lập|ký|khởi|bắt đầu)", re.I)


def anniversary_text(before: str) -> str | None:
    """What an anniversary celebrates, from the words before its span, or None."""
    match = _CELEBRATED.search(before) or _YEARS_OF.search(before)
    if not match:
        return None
    what = match.group("what").strip(' ,"“”')
    text = what if _ACT.match(what) else f"khởi đầu {what}"
    return text[:1].upper() + text[1:]


# Clauses and the pieces of a sentence with several dates (extract.sentences, extract.events).
CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s(?=(?:trong khi|nhưng|còn)\s)")
JOINT = re.compile(r",\s|\s(?:và|trong khi)\s")
AS_WELL_AS = re.compile(r"\scũng như\s")
SUBORDINATOR = re.compile(r"\s(?:khi|nơi|trong khi)\s")
# A clause that only makes sense with the one before it: "và có hiệu lực từ ...".
FIRST_WORD = re.compile(r"\s*(?:(?:và|nhưng)\s+)?(\w+)")

# The text of an event (extract.events).
LEADING_ATTRIBUTION = re.compile(
    r"\s*(?:Theo [^,]{1,80},\s*"
    r"|.{0,140}?\s(?:cho biết|cho hay|nhắc lại rằng|khẳng định|nhấn mạnh|thông tin)(?:\s+rằng)?"
    r"\s*,?\s*)"
)
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[^,]{0,100}?\s)?(?:cho biết|nhấn mạnh|khẳng định|cho hay|nói)\s*[.!?]?\s*$"
)
LEADING_ADVERB = re.compile(
    r"^(?:Trước đó|Dịp này|Sau đó|Đồng thời|Bên cạnh đó|Ngoài ra|Theo đó|Riêng|[ĐđSs]ặc biệt"
    r"|và|Và|nhưng)\s*,?\s+"
)
PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:ngay từ|ngay trong|Ngay từ|Ngay trong|vào|trong|từ|hồi|Vào|Trong|Từ|Hồi)\s+$"
)
TERM_AROUND = re.compile(r"(?:nhiệm kỳ|giai đoạn|niên khóa|khóa|thời kỳ)", re.I)

# A figure that goes on about the one before it (extract.periods): "..., tăng 27,5%".
CONTINUATION = re.compile(r"^\s*(?:tăng|giảm|trong đó|chiếm|đưa|nâng)\b", re.I)
COMPARATIVE = re.compile(r"^[\d.,%\s]*(?:nhiều hơn|ít hơn)\b", re.I)
