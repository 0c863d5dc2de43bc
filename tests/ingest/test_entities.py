"""People and organisations: offices, honorifics, appositions, head nouns, acronyms and
one id per entity in both languages."""

from __future__ import annotations

import re
import time

import pytest

from generator.ingest.entities import find_entities


def people_in(text: str, lang: str) -> list[str]:
    return [person.name for person in find_entities([text], lang).people]


def organisations_in(text: str, lang: str) -> list[str]:
    return [body.name for body in find_entities([text], lang).organisations]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An office before the name, with what it is of in between.
        ("Deputy Foreign Minister Bui Thanh Son met the press.", "en", ["Bui Thanh Son"]),
        (
            "Cuban Ambassador to Vietnam Rogelio Polanco Fuentes attended.",
            "en",
            ["Rogelio Polanco Fuentes"],
        ),
        (
            "Secretary of Economy Idelfonso Guajardo Villarreal spoke in Mexico City.",
            "en",
            ["Idelfonso Guajardo Villarreal"],
        ),
        (
            "Chairman of the Hanoi People's Council Tran Van Binh opened the meeting.",
            "en",
            ["Tran Van Binh"],
        ),
        (
            "Director General for Asia-Pacific at the Ministry of Foreign Affairs of Mexico"
            " Fernando González-Saiffe said so.",
            "en",
            ["Fernando González-Saiffe"],
        ),
        ("Japan's Prime Minister Kishida Fumio will visit.", "en", ["Kishida Fumio"]),
        ("Press Secretary Karine Jean-Pierre said on Tuesday.", "en", ["Karine Jean-Pierre"]),
        (
            "Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn hội đàm trực tuyến.",
            "vi",
            ["Bùi Thanh Sơn"],
        ),
        ("Bộ trưởng Ngoại giao Mexico Marcelo Ebrard dự lễ.", "vi", ["Marcelo Ebrard"]),
        (
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh phát biểu.",
            "vi",
            ["Phạm Bình Minh"],
        ),
        (
            "Thủ tướng nước chủ nhà Malaysia Najib Razak dự phiên khai mạc.",
            "vi",
            ["Najib Razak"],
        ),
        # An office after the name, or before it, set off by commas.
        (
            "Claudia Franco Hijuelos, Director General for Asia-Pacific at the Mexican"
            " Secretariat of Foreign Affairs, highlighted the friendship.",
            "en",
            ["Claudia Franco Hijuelos"],
        ),
        (
            "said Nguyen Thi Lan, deputy secretary of the Hanoi Party Committee.",
            "en",
            ["Nguyen Thi Lan"],
        ),
        (
            "The remarks came from the Commercial Counselor of the Chinese Embassy, Li Wei.",
            "en",
            ["Li Wei"],
        ),
        # Honorifics.
        ("Đây là chuyến thăm đầu tiên của ông Mauricio Macri.", "vi", ["Mauricio Macri"]),
        ("Theo bà Angela Merkel, kinh tế tăng trưởng.", "vi", ["Angela Merkel"]),
        ("Mr. Tran Quoc Khanh welcomed the guests.", "en", ["Tran Quoc Khanh"]),
        # A country glued before a name is not part of it.
        ("Thủ tướng Đức Angela Merkel lên đường.", "vi", ["Angela Merkel"]),
        ("Đại sứ Anh tại Việt Nam Gareth Ward phát biểu.", "vi", ["Gareth Ward"]),
        ("Đại sứ Ngô Đức Mạnh phát biểu.", "vi", ["Ngô Đức Mạnh"]),
        ("Thủ tướng New Zealand Christopher Luxon sẽ thăm Việt Nam.", "vi", ["Christopher Luxon"]),
        # A list of names after a person.
        (
            "His successors George W. Bush, Barack Obama and Donald Trump all visited.",
            "en",
            ["George W. Bush", "Barack Obama", "Donald Trump"],
        ),
        # A Vietnamese name needs no office.
        ("The talks were chaired by Pham Minh Tuan and others.", "en", ["Pham Minh Tuan"]),
        # Streets and cities named after people are not people.
        ("They walked along Tran Hung Dao Street in Ho Chi Minh City.", "en", []),
        ("Người dân dạo bộ trên đường Nguyễn Huệ.", "vi", []),
        # An office with no name names nobody.
        ("The Prime Minister said the Ambassador would attend.", "en", []),
        ("Tổng thống Mexico coi trọng quan hệ với Việt Nam.", "vi", []),
    ],
)
def test_people(text, lang, expected):
    assert people_in(text, lang) == expected


@pytest.mark.parametrize(
    ("paragraphs", "lang", "expected"),
    [
        # A later short mention is the person named in full, not another one.
        (
            ["Ambassador Nguyen Hoai Duong met the minister.", "Ambassador Duong thanked him."],
            "en",
            ["Nguyen Hoai Duong"],
        ),
        (
            ["President Dina Ercilia Boluarte Zegarra hosted him.", "Dina Boluarte said so."],
            "en",
            ["Dina Ercilia Boluarte Zegarra"],
        ),
        (
            [
                "Director General Fernando González-Saiffe spoke.",
                "Based on that, Saiffe said, ties grew.",
            ],
            "en",
            ["Fernando González-Saiffe"],
        ),
        (
            ["Thủ tướng Merkel tới Việt Nam.", "Thủ tướng Đức Angela Merkel lên đường."],
            "vi",
            ["Angela Merkel"],
        ),
        (
            ["Chủ tịch Duma Vyacheslav Viktorovich Volodin sẽ thăm.", "Ông Volodin cho biết."],
            "vi",
            ["Vyacheslav Viktorovich Volodin"],
        ),
        # Two people with the same family name stay two.
        (
            ["President Nguyen Xuan Phuc and Party chief Nguyen Phu Trong met."],
            "en",
            ["Nguyen Xuan Phuc", "Nguyen Phu Trong"],
        ),
    ],
)
def test_short_mentions_are_the_full_name(paragraphs, lang, expected):
    assert [p.name for p in find_entities(paragraphs, lang).people] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Head nouns, before or after the name.
        (
            "The Vietnam Trade Promotion Agency and the Korea Trade Association met.",
            "en",
            ["Vietnam Trade Promotion Agency", "Korea Trade Association"],
        ),
        (
            "The Embassy of Vietnam in Mexico organised an event.",
            "en",
            ["Embassy of Vietnam in Mexico"],
        ),
        (
            "It was held at the Standing Committee on International Trade under the House of"
            " Commons of Canada.",
            "en",
            ["Standing Committee on International Trade", "House of Commons of Canada"],
        ),
        (
            "The Ministry of Culture, Sports, and Tourism said so.",
            "en",
            ["Ministry of Culture, Sports, and Tourism"],
        ),
        (
            "Hội cựu chiến binh Nga tại Việt Nam và Đại sứ quán Việt Nam tại Nga tham dự.",
            "vi",
            ["Hội cựu chiến binh Nga tại Việt Nam", "Đại sứ quán Việt Nam tại Nga"],
        ),
        ("Theo số liệu của Bộ Kế hoạch và Đầu tư, vốn tăng.", "vi", ["Bộ Kế hoạch và Đầu tư"]),
        ("Vụ Châu Âu (Bộ Ngoại giao) phối hợp tổ chức.", "vi", ["Vụ Châu Âu", "Bộ Ngoại giao"]),
        (
            "Ủy ban hợp tác liên nghị viện Việt Nam-Cuba họp phiên thứ hai.",
            "vi",
            ["Ủy ban hợp tác liên nghị viện Việt Nam-Cuba"],
        ),
        ("Chính phủ New Zealand cho biết.", "vi", ["Chính phủ New Zealand"]),
        # A body named inside an office is a body too.
        ("Bộ trưởng Bộ Ngoại giao Phạm Bình Minh phát biểu.", "vi", ["Bộ Ngoại giao"]),
        ("Mexico's Secretariat of Economy published data.", "en", ["Secretariat of Economy"]),
        (
            "National Assembly Chairman Vuong Dinh Hue met him.",
            "en",
            ["National Assembly"],
        ),
        (
            "Chủ tịch Duma Quốc gia Nga Ivan Melnikov dự lễ.",
            "vi",
            ["Duma Quốc gia Nga"],
        ),
        # Lists are split into their bodies.
        (
            "Hai nước ủng hộ nhau tại Liên hợp quốc và Diễn đàn Hợp tác kinh tế châu Á – Thái"
            " Bình Dương (APEC).",
            "vi",
            ["Liên hợp quốc", "Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC)"],
        ),
        (
            "They worked together at the United Nations and the Asia-Pacific Economic"
            " Cooperation (APEC).",
            "en",
            ["United Nations", "Asia-Pacific Economic Cooperation (APEC)"],
        ),
        # A head alone, or several bodies at once, names no body.
        ("The Ministry said the Party Committees of Hanoi and Hue would meet.", "en", []),
        ("Ủy ban hỗn hợp về hợp tác kinh tế họp lần thứ 6.", "vi", []),
        # Agreements are not organisations, and neither are their acronyms.
        (
            "The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"
            " took effect; the CPTPP helps trade.",
            "en",
            [],
        ),
        ("Hai nước ký Hiệp định thương mại tự do (VKFTA) năm 2014.", "vi", []),
        (
            "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) có hiệu lực; EVFTA giúp ích.",
            "vi",
            [],
        ),
        ("The visit celebrates 10 years of Comprehensive Partnership.", "en", []),
        # Measures and currencies written in capitals are not bodies.
        ("GDP grew and FDI reached VND46 trillion.", "en", []),
    ],
)
def test_organisations(text, lang, expected):
    assert organisations_in(text, lang) == expected


def test_an_acronym_spelled_out_once_is_one_body():
    found = find_entities(
        [
            "Vietnam joined the Asia-Pacific Economic Cooperation (APEC) in 1998.",
            "APEC leaders meet every year.",
        ],
        "en",
    )
    assert [(o.id, o.name) for o in found.organisations] == [
        ("apec", "Asia-Pacific Economic Cooperation (APEC)")
    ]


def test_an_unknown_acronym_spelled_out_takes_its_own_id():
    found = find_entities(
        ["The Korea International Trade Association (KITA) said so.", "KITA added more."], "en"
    )
    assert [(o.id, o.name, o.review) for o in found.organisations] == [
        ("kita", "Korea International Trade Association (KITA)", None)
    ]


def test_a_bare_acronym_is_the_body_whose_initials_it_spells():
    found = find_entities(
        [
            "Licences came from the Civil Aviation Authority of Vietnam.",
            "CAAV Director Dinh Viet Thang said so.",
        ],
        "en",
    )
    assert [o.name for o in found.organisations] == ["Civil Aviation Authority of Vietnam"]
    assert [p.name for p in found.people] == ["Dinh Viet Thang"]


@pytest.mark.parametrize(
    ("text", "lang", "people", "organisations"),
    [
        # A province before a name is neither part of it nor its owner's name.
        (
            "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký tiếp đoàn.",
            "vi",
            ["Nguyễn Xuân Ký"],
            ["Tỉnh ủy Quảng Ninh"],
        ),
        # A department's office runs on to its ministry after a comma.
        (
            "Vụ trưởng Vụ châu Á – Thái Bình Dương, Bộ Ngoại giao Mexico Fernando"
            " González-Saiffe phát biểu.",
            "vi",
            ["Fernando González-Saiffe"],
            ["Vụ châu Á – Thái Bình Dương", "Bộ Ngoại giao Mexico"],
        ),
        # An acronym that names no body of its own is the later head's name.
        (
            "He met the US-ASEAN Business Council (USABC) in Hanoi.",
            "en",
            [],
            ["US-ASEAN Business Council (USABC)"],
        ),
    ],
)
def test_offices_and_bodies_together(text, lang, people, organisations):
    found = find_entities([text], lang)
    assert [p.name for p in found.people] == people
    assert [o.name for o in found.organisations] == organisations


# A Vietnamese sentence and its English translation: the same people and gazetteer bodies
# get the same ids.
TRANSLATIONS = [
    (
        "Thứ trưởng Thường trực Ngoại giao Bùi Thanh Sơn hội đàm với Thứ trưởng Ngoại giao"
        " Mexico Julio Ventura về hợp tác tại Liên hợp quốc và Hội đồng Bảo an Liên hợp quốc.",
        "Permanent Deputy Minister of Foreign Affairs Bui Thanh Son held talks with Mexican"
        " Deputy Foreign Minister Julio Ventura on cooperation at the United Nations and the UN"
        " Security Council.",
    ),
    (
        "Chủ tịch Quốc hội Vương Đình Huệ tiếp Đại sứ Nguyễn Hoành Năm tại trụ sở Đảng Cộng sản"
        " Việt Nam.",
        "National Assembly Chairman Vuong Dinh Hue received Ambassador Nguyen Hoanh Nam at the"
        " headquarters of the Communist Party of Vietnam.",
    ),
    (
        "Theo Tổng cục Thống kê, Việt Nam là đối tác lớn của Liên minh châu Âu (EU) và ASEAN.",
        "According to the General Statistics Office, Vietnam is a major partner of the"
        " European Union (EU) and ASEAN.",
    ),
    (
        "Chủ tịch nước Lương Cường hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.",
        "State President Luong Cuong held talks with Chinese President Xi Jinping.",
    ),
]


@pytest.mark.parametrize(("vietnamese", "english"), TRANSLATIONS)
def test_ids_are_the_same_in_both_languages(vietnamese, english):
    vi, en = find_entities([vietnamese], "vi"), find_entities([english], "en")
    assert [p.id for p in vi.people] == [p.id for p in en.people]
    assert [o.id for o in vi.organisations] == [o.id for o in en.organisations]
    assert vi.people or vi.organisations


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ambassador Nguyen Hoai Duong met him.", "en", "Ambassador"),
        (
            "Vietnamese Ambassador to Mexico Nguyen Van Hai said.",
            "en",
            "Vietnamese Ambassador to Mexico",
        ),
        (
            "Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn nói.",
            "vi",
            "Thứ trưởng Thường trực Bộ Ngoại giao",
        ),
        (
            "Pedro Vázquez González, Chairman of the Foreign Affairs Committee, spoke.",
            "en",
            "Chairman of the Foreign Affairs Committee",
        ),
        ("ông Mauricio Macri cho biết.", "vi", None),
    ],
)
def test_role_is_the_office_as_written(text, lang, expected):
    assert find_entities([text], lang).people[0].role == expected


@pytest.mark.parametrize(
    ("paragraphs", "lang", "people", "organisations"),
    [
        # A one-word name never written in full, or an acronym never spelled out.
        (["Thủ tướng Merkel tới Mông Cổ."], "vi", ["entity-unknown"], []),
        (["Theo VASEP, xuất khẩu tăng."], "vi", [], ["entity-unknown"]),
        # A name after a weak cue.
        (["He met his Thai counterpart Prayut Chan-o-cha."], "en", ["entity-unknown"], []),
        # A full name after an office, a spelled-out acronym, a gazetteer body: sure.
        (
            ["Deputy Minister Vu Dai Thang spoke at the Foreign Investment Agency (FIA)."],
            "en",
            [None],
            [None],
        ),
    ],
)
def test_review_only_where_the_text_gives_too_little(paragraphs, lang, people, organisations):
    found = find_entities(paragraphs, lang)
    assert [p.review for p in found.people] == people
    assert [o.review for o in found.organisations] == organisations


def test_the_source_tag_is_not_an_entity():
    found = find_entities(["Mexico City (VNA) – The Embassy of Vietnam in Mexico met."], "en")
    assert [o.name for o in found.organisations] == ["Embassy of Vietnam in Mexico"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Source: en.vietnamplus.vn, "Vietnam's National Day observed in Mexico" (2020).
        (
            "Vietnam is currently a non-permanent member of the UN Security Council and the"
            " Chair of ASEAN and the ASEAN Inter-Parliamentary Assembly (AIPA).",
            "en",
        ),
        ("Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Ito Naoki.", "vi"),
    ],
)
def test_ids_are_lowercase_ascii_words(text, lang):
    found = find_entities([text], lang)
    ids = [e.id for e in (*found.people, *found.organisations)]
    assert ids and all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) and len(i) <= 80 for i in ids)
    assert len(set(ids)) == len(ids)


def test_a_language_without_rules_has_no_entities():
    assert find_entities(["President Vo Van Thuong spoke."], "xx").people == ()


def test_long_runs_of_capitals_stay_fast():
    """No pattern backtracks: a page of capitalised words takes milliseconds, not seconds."""
    paragraph = " ".join(["Ministry Of The Committee Nguyen Van"] * 500) + " (ABC)"
    find_entities(["Warm up."], "en")
    find_entities(["Khởi động."], "vi")
    started = time.process_time()
    find_entities([paragraph] * 2, "en")
    find_entities([paragraph.replace("Ministry", "Bộ")] * 2, "vi")
    assert time.process_time() - started < 1.5
