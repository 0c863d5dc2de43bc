"""How a Vietnamese news sentence says what a date is, and who did what on it.

The cue words of `generator.ingest.extract`: what comes before a comparison base
("so với cùng kỳ năm 2023"), a target ("đến năm 2030"), the start of a trend ("kể từ
năm 2019"); the verbs and nouns of a statistic; attributions and adverbs that are not
part of an event's text; the joints where a sentence with several dates is cut.
"""

from __future__ import annotations

import re

# The role of a date (extract.roles).
COMPARISON_BEFORE = re.compile(
    r"(?:(?:^|\s)so(?: với)?(?:\s+(?:mức|cùng kỳ|con số))?|cùng kỳ)\s+(?:cùng kỳ\s+)?$", re.I
)
TARGET_BEFORE = re.compile(r"(?:^|\s)(?:đến|tới|cho đến|trước)(?:\s+hết)?\s+$", re.I)
# "tính đến hết năm 2023": the date a statistic counts up to, never a target.
AS_OF_BEFORE = re.compile(r"(?:^|\s)(?:tính đến|tính tới|tính từ đầu năm đến)(?:\s+hết)?\s+$", re.I)
# A sentence that aims: its "đến năm 2030" is a target.
AIM = re.compile(
    r"(?:^|\s)(?:mục tiêu|phấn đấu|hướng tới|hướng đến|kỳ vọng|dự kiến|kế hoạch|chiến lược"
    r"|tầm nhìn|cam kết|đặt ra|nhằm|nỗ lực)(?!\w)",
    re.I,
)
# A pledge made, not an aim: its date is the day it was made.
PLEDGED = re.compile(r"(?:^|\s)đã\s+(?:cam kết|hứa|cam đoan)(?!\w)", re.I)
RANGE_START_WORD = "từ"  # "từ 2020 đến 2025": the range is not a target
SINCE_BEFORE = re.compile(r"(?:^|\s)kể từ\s+$", re.I)
# Verbs that tally: "đạt", "tăng"; with the copula, the verbs of any statistic.
TALLY_VERB = re.compile(
    r"(?:^|\s)(?:đạt|tăng(?!\s+cường)|giảm|chiếm|vượt|lên tới|lên đến|ước đạt|ước tính"
    r"|đứng thứ|xếp thứ|xếp hạng|dẫn đầu|đứng đầu|chi tiêu|rót vốn|giải ngân|thu hút)(?!\w)",
    re.I,
)
STATISTIC_VERB = re.compile(rf"{TALLY_VERB.pattern}|(?:^|\s)là(?!\w)", re.I)
# A sentence that goes on about the period of the one before: "Trong đó, ...".
CARRY_OPENER = re.compile(
    r"\s*(?:Trong đó|Cụ thể|Riêng|Như vậy|Khi đó|Thời điểm đó|Tính chung)(?!\w)", re.I
)
# How a sentence tells its numbers: a tally or "là" goes on about the period of the
# statistics before it; "đang" tells what is.
PAST_TELLING = STATISTIC_VERB
PRESENT_TELLING = re.compile(r"(?:^|\s)đang(?!\w)", re.I)
# A number over a span the text does not date: "đến nay", "những năm qua", "mỗi năm".
UNDATED_SPAN = re.compile(
    r"(?:^|\s)(?:đến nay|tới nay|lũy kế|trong thời gian tới|những năm (?:qua|gần đây|tới)"
    r"|mỗi năm|hằng năm|hàng năm|bình quân)(?!\w)",
    re.I,
)
STATISTIC_NOUN = re.compile(
    r"(?:^|\s)(?:kim ngạch|thương mại|xuất khẩu|nhập khẩu|vốn|doanh thu|GDP|sản lượng|FDI"
    r"|lượt khách|du khách|khách quốc tế|khách du lịch|khách|lượt)(?!\w)",
    re.I,
)
# What happens: the words of a happening a date can be the day of (not of a statistic).
HAPPENING = re.compile(
    # "tiếp" receives someone ("tiếp Đại sứ", "tiếp đoàn"); "tiếp tục", "liên tiếp" do not.
    r"(?:^|\s)(?:thăm|hội đàm|hội kiến|gặp|tiếp(?=\s+(?:(?-i:[A-ZĐ])|đoàn|xã giao|thân mật))"
    r"|ký|ký kết|hiệp định|thỏa thuận|có hiệu lực"
    r"|thiết lập|thành lập|khai trương|khai mạc|bế mạc|công bố|tổ chức|dự|tham dự|chủ trì"
    r"|đồng chủ trì|lễ|kỷ niệm|hội nghị|diễn đàn|phiên họp|kỳ họp|đại hội|bầu|bổ nhiệm|phê chuẩn"
    r"|thông qua|nâng cấp|lên đường|trình quốc thư|điện đàm|hội thảo|triển lãm|lễ hội|chuyến"
    r"|bình thường hóa|khởi công|khánh thành|ra mắt|gia nhập|bắt đầu|kết thúc|đàm phán"
    r"|trở thành(?=\s+(?:(?-i:[A-ZĐ])|thành viên|ủy viên|đối tác))"
    r"|đối thoại|tham vấn|trao đổi|thảo luận|nhất trí|phát biểu|tuyên bố|chào mừng|đón tiếp)(?!\w)",
    re.I,
)

# Where a happening word tells no happening: tourists' visits are counted, not held.
NOT_HAPPENING = re.compile(
    r"(?:^|\s)(?:du\s+)?khách(?:\s+\S+){0,3}?\s+(?:ghé\s+)?(?:thăm|tới|đến)(?!\w)", re.I
)
# What the figures reported are about comes after these: "số liệu cho thấy trong 9 tháng ...".
SHOWS = re.compile(r"(?:^|\s)(?:cho thấy|chỉ ra)(?!\w)", re.I)
# A period that names a document: "Báo cáo tình hình kinh tế - xã hội tháng 5".
DOCUMENT_BEFORE = re.compile(r"(?:^|\s)Báo cáo(?:\s+[^\s,.;]+){0,12}\s+$")
# A statistic told in words: it rose, fell, slowed.
TREND = re.compile(
    # "tăng cường hợp tác" strengthens cooperation; it counts nothing.
    r"(?:^|\s)(?:tăng(?!\s+cường)|giảm|chững lại|sụt giảm|phục hồi|khởi sắc|tăng trưởng"
    r"|suy giảm|đi xuống|đi lên)(?!\w)",
    re.I,
)
GROUP_BEFORE = re.compile(
    r"(?:^|\s)(?:đoàn|phái đoàn|nhóm)(?:\s+\w+){0,3}?\s+(?:gồm|với|của|có)\s+$", re.I
)
PRESENT = re.compile(r"(?:^|\s)(?:hiện|hiện nay|hiện là)(?!\w)", re.I)

# A sentence that looks forward: its year-less dates are the next ones, not the last.
FORWARD = re.compile(
    r"(?:^|\s)(?:sẽ|sắp|dự kiến|theo kế hoạch|chuẩn bị|sắp tới|tới đây)(?!\w)|\d\s+tới(?!\w)",
    re.I,
)

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
