"""How Vietnamese newsrooms name people and organisations: the rules of
`generator.ingest.entities.engine`.

An office comes before the name, with what it is of in between ("Thứ trưởng Thường trực
Bộ Ngoại giao Bùi Thanh Sơn", "Thủ tướng Đức Angela Merkel"); "ông" and "bà" come before a
name on their own ("ông Mauricio Macri"). An organisation's head noun comes first and its
name after it: capitalised words ("Bộ Kế hoạch và Đầu tư"), a word's lower-case second
syllable ("Ngoại giao"), a few lower-case words leading to a place or a capitalised word
("Hội cựu chiến binh Nga", "Ủy ban hợp tác liên nghị viện Việt Nam-Cuba"), and where it
sits after "tại" ("Đại sứ quán Việt Nam tại Nga").

Entries written with a capital match only a capitalised word; entries in lower case match
either ("châu Âu" is "Châu Âu" too).
"""

from __future__ import annotations

from generator.ingest.entities.lexicon import listed

# The grammar of organisation names: head first, then its name.
HEAD_FIRST = True
LOWERCASE_BRIDGE = 5  # lower-case words between a head and the capitalised rest of a name
WORD_COMPLETION = True  # "Ngoại giao": a capitalised syllable and its lower-case partner

ABBREVIATIONS = ("TP", "GS", "PGS", "TS", "ThS", "Th.S")

TITLES = listed(
    """
    Chủ tịch nước | Phó Chủ tịch nước | Chủ tịch | Phó Chủ tịch | Chủ tịch Thường trực
    Tổng Bí thư | Bí thư | Phó Bí thư | Bí thư Thứ nhất | Bí thư thứ nhất | Thường trực Ban Bí thư
    Thủ tướng | Phó Thủ tướng | Phó Thủ tướng Thường trực | Tổng thống | Phó Tổng thống
    Bộ trưởng | Thứ trưởng | Thứ trưởng Thường trực | Ngoại trưởng | Quốc vụ khanh
    Đại sứ | Đại biện | Tổng Lãnh sự | Lãnh sự | Tham tán | Tham tán Công sứ
    Tham tán Thương mại | Tùy viên | Trưởng Đại diện | Trưởng đại diện | Đặc phái viên
    Nghị sĩ | Thượng nghị sĩ | Hạ nghị sĩ | Đại biểu | Chủ nhiệm | Phó Chủ nhiệm
    Tổng Giám đốc | Phó Tổng Giám đốc | Giám đốc | Phó Giám đốc | Vụ trưởng | Phó Vụ trưởng
    Cục trưởng | Phó Cục trưởng | Tổng cục trưởng | Viện trưởng | Hiệu trưởng | Chánh Văn phòng
    Người phát ngôn | Phát ngôn viên | Trưởng đoàn | Trưởng ban | Phó Trưởng ban | Trưởng phòng
    Trưởng Thương vụ | Giáo sư | Phó Giáo sư | Tiến sĩ | GS | PGS | TS | GS.TS | PGS.TS | ThS
    Nhà vua | Quốc vương | Hoàng hậu | Nữ hoàng | Hoàng thái tử | Thái tử | Hoàng tử
    Công chúa | Thống đốc | Thị trưởng | Tổng Thư ký | Phó Tổng Thư ký | Thư ký | Chánh án
    Đại tướng | Thượng tướng | Trung tướng | Thiếu tướng | Đại tá | Thượng tá | Giáo hoàng
    Tổng Thanh tra | Đồng chí | Phu nhân | Chủ tịch Hội đồng quản trị | Chủ tịch HĐQT
    Tổng giám đốc | Giám đốc điều hành | Tổng Giám đốc điều hành | Nhà sáng lập | Quốc vương
    Thái tử | Tiểu vương | Thủ hiến
    """
)
WEAK_TITLES = listed("người đồng cấp")
HONORIFICS = listed("ông | bà | ngài")
MODIFIERS = listed("Thường trực | thường trực | thứ nhất | Thứ nhất | kiêm")

ORGANISATION_HEADS = listed(
    """
    Bộ | Ủy ban | Uỷ ban | Ban | Văn phòng | Đại sứ quán | Tổng Lãnh sự quán
    Tổng lãnh sự quán | Lãnh sự quán | Phái đoàn | Thương vụ | Quốc hội | Hạ viện
    Thượng viện | Nghị viện | Duma | Đảng | Mặt trận | Tập đoàn | Tổng công ty | Công ty
    Ngân hàng | Quỹ | Hiệp hội | Hội | Liên hiệp | Liên đoàn | Liên minh | Tổ chức
    Phòng Thương mại | Phòng Thương mại và Công nghiệp | Tổng cục | Cục | Vụ | Sở | Viện
    Học viện | Trường Đại học | Đại học | Trung tâm | Thông tấn xã | Đài | Hội đồng
    Chính phủ | Cơ quan | Tòa án | Toà án | Viện Kiểm sát | Quân đội | Hãng | Bệnh viện
    Hợp tác xã | Nhà xuất bản | Tỉnh ủy | Tỉnh uỷ | Thành ủy | Thành uỷ | Huyện ủy | Đảng ủy
    Đảng uỷ
    """
)
WEAK_HEADS = listed("Diễn đàn")
# Heads of bodies that sit somewhere, so that "tại Nga" is part of their name ("Đại sứ quán
# Việt Nam tại Nga"); "Quốc hội Cuba tại thủ đô La Habana" only met there.
SITED_HEADS = listed(
    """
    Đại sứ quán | Tổng Lãnh sự quán | Tổng lãnh sự quán | Lãnh sự quán | Phái đoàn | Thương vụ
    Văn phòng | Cơ quan | Hội | Hiệp hội | Phòng Thương mại | Phòng Thương mại và Công nghiệp
    Trung tâm | Công ty | Ngân hàng
    """
)
PLURAL_HEADS = ()
# Words that start like a head but name no body.
NOT_HEADS = listed(
    """
    Hội nghị | Hội thảo | Hội chợ | Hội đàm | Hội viên | Hội trường | Hội An | Ban đầu
    Cục diện | Vụ việc | Đảng viên | Quỹ đạo | Công an nhân dân | Bộ trưởng | Bộ phận
    Văn phòng phẩm | Đài Loan | Tổ chức nhân sự | Trung tâm thương mại
    """
)
AGREEMENT_WORDS = listed(
    """
    Hiệp định | Hiệp ước | Công ước | Thỏa thuận | Thoả thuận | Bản ghi nhớ | Tuyên bố
    Kế hoạch hành động | Chiến lược | Khuôn khổ | Sáng kiến | Nghị định thư | Hiến chương
    Tuyên ngôn | Chương trình hành động
    """
)
PORTFOLIOS = listed(
    """
    Ngoại giao | Quốc phòng | Công an | Nội vụ | Tư pháp | Kế hoạch và Đầu tư | Tài chính
    Công Thương | Công thương | Nông nghiệp và Phát triển nông thôn | Nông nghiệp và Môi trường
    Giao thông vận tải | Xây dựng | Tài nguyên và Môi trường | Lao động - Thương binh và Xã hội
    Văn hóa, Thể thao và Du lịch | Văn hoá, Thể thao và Du lịch | Khoa học và Công nghệ
    Giáo dục và Đào tạo | Y tế | Thông tin và Truyền thông | Dân tộc và Tôn giáo
    Thương mại | Kinh tế | Đầu tư | Hải quan | Thống kê | Đối ngoại | Du lịch | Năng lượng
    Liên Chính phủ | liên Chính phủ | Liên chính phủ | liên chính phủ
    """
)

PLACES = listed(
    """
    Việt Nam | Việt | Mexico | Mê-hi-cô | Mỹ | Hoa Kỳ | Trung Quốc | Nhật Bản | Nhật
    Hàn Quốc | Triều Tiên | Nga | Pháp | Đức | Anh | Ý | Italy | Italia | Tây Ban Nha
    Bồ Đào Nha | Hà Lan | Bỉ | Luxembourg | Thụy Sĩ | Thụy Sỹ | Thuỵ Sĩ | Thuỵ Sỹ | Áo
    Thụy Điển | Thuỵ Điển | Na Uy | Đan Mạch | Phần Lan | Iceland | Ba Lan | Séc | Slovakia
    Hungary | Romania | Bulgaria | Hy Lạp | Thổ Nhĩ Kỳ | Ukraine | Belarus | Serbia | Croatia
    Ấn Độ | Pakistan | Bangladesh | Sri Lanka | Nepal | Afghanistan | Iran | Iraq | Israel
    Palestine | Jordan | Liban | Syria | Ả Rập Xê Út | Ả-rập Xê-út
    Các Tiểu vương quốc Ả Rập Thống nhất
    UAE | Qatar | Kuwait | Bahrain | Oman | Yemen | Ai Cập | Libya | Tunisia | Algeria
    Maroc | Morocco | Sudan | Ethiopia | Kenya | Tanzania | Uganda | Rwanda | Nigeria | Ghana
    Senegal | Cameroon | Angola | Mozambique | Nam Phi | Madagascar | Thái Lan | Malaysia
    Singapore | Indonesia | Philippines | Lào | Campuchia | Myanmar | Brunei | Timor-Leste
    Đông Timor | Mông Cổ | Kazakhstan | Uzbekistan | Azerbaijan | Armenia | Gruzia
    Australia | Úc | Ô-xtrây-li-a | New Zealand | Papua New Guinea | Canada | Cuba | Brazil
    Argentina | Chile | Peru | Colombia | Venezuela | Ecuador | Bolivia | Paraguay | Uruguay
    Panama | Costa Rica | Nicaragua | Honduras | Guatemala | El Salvador | Cộng hòa Dominica
    Haiti | Jamaica | Hồng Kông | Ma Cao | Liên Xô
    châu Á | châu Âu | châu Phi | châu Mỹ | châu Đại Dương | Đông Nam Á | Nam Á | Đông Á
    Đông Bắc Á | Trung Á | Trung Đông | Mỹ Latin | Mỹ Latinh | Mỹ La-tinh | Mỹ La tinh
    Nam Mỹ | Bắc Mỹ | Trung Mỹ | Mỹ Latinh và Caribe | Caribe | châu Á - Thái Bình Dương
    châu Á-Thái Bình Dương | châu Á – Thái Bình Dương | Ấn Độ Dương - Thái Bình Dương
    Thái Bình Dương | Đại Tây Dương | Biển Đông | Tây Âu | Đông Âu | Bắc Âu | Mê Kông
    Mekong
    Hà Nội | TP Hồ Chí Minh | TP. Hồ Chí Minh | TP.HCM | TPHCM | TP HCM | Thành phố Hồ Chí Minh
    thành phố Hồ Chí Minh | Đà Nẵng | Hải Phòng | Cần Thơ | Huế | Nha Trang | Hạ Long
    Bắc Kinh | Thượng Hải | Tokyo | Seoul | Moscow | Mát-xcơ-va | Mátxcơva | Paris | London
    Washington | Berlin | Rome | Madrid | Brussels | Geneva | Canberra | Sydney | Ottawa
    Mexico City | La Habana | Havana | Lima | Buenos Aires | Brasilia | Santiago | Bangkok
    Jakarta | Kuala Lumpur | Manila | Viêng Chăn | Vientiane | Phnom Penh | New Delhi
    Niu Đê-li | Đài Bắc | Bà Rịa - Vũng Tàu | Bà Rịa
    An Giang | Bạc Liêu | Bắc Giang | Bắc Kạn | Bắc Ninh | Bến Tre | Bình Định | Bình Dương
    Bình Phước | Bình Thuận | Cà Mau | Cao Bằng | Đắk Lắk | Đắk Nông | Điện Biên | Đồng Nai
    Đồng Tháp | Gia Lai | Hà Giang | Hà Nam | Hà Tĩnh | Hải Dương | Hậu Giang | Hòa Bình
    Hưng Yên | Khánh Hòa | Kiên Giang | Kon Tum | Lai Châu | Lâm Đồng | Lạng Sơn | Lào Cai
    Long An | Nam Định | Nghệ An | Ninh Bình | Ninh Thuận | Phú Thọ | Phú Yên | Quảng Bình
    Quảng Nam | Quảng Ngãi | Quảng Ninh | Quảng Trị | Sóc Trăng | Sơn La | Tây Ninh | Thái Bình
    Thái Nguyên | Thanh Hóa | Thanh Hoá | Thừa Thiên Huế | Thừa Thiên - Huế | Tiền Giang
    Trà Vinh | Tuyên Quang | Vĩnh Long | Vĩnh Phúc | Yên Bái | Phú Quốc | Vũng Tàu | Đà Lạt
    """
)
PLACE_PREFIXES = listed(
    """
    Cộng hòa | Cộng hoà | Cộng hòa Liên bang | Cộng hoà Liên bang | Cộng hòa xã hội chủ nghĩa
    Cộng hoà xã hội chủ nghĩa | Cộng hòa Dân chủ Nhân dân | Cộng hòa Nhân dân | Liên bang
    Vương quốc | Đặc khu hành chính | nước | thủ đô | Thủ đô | thành phố | Thành phố | TP | tỉnh
    Tỉnh
    """
)
PLACE_SUFFIXES = ()
DEMONYM_PLACES: dict[str, str] = {}
DEMONYMS = ()
HOME = ("Việt Nam", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "nước Việt Nam", "Việt")  # fmt: skip

LINKS = ()  # the name follows its head directly
LOCATIVES = ("tại", "ở")
TITLE_LINKS = ("tại", "ở", "của")
AND_WORDS = ("và",)
THE_WORDS = ()
BRIDGE_BEFORE = ()
NAME_PARTICLES = ("de", "del", "la", "van", "von", "der", "bin", "da", "dos", "du", "di", "y",
                  "al", "el")  # fmt: skip

# Function words: a name never runs over them, and a lower-case bridge never holds them.
STOP_WORDS = listed(
    """
    của | cho | là | có | đã | sẽ | đang | được | bị | với | về | trong | từ | đến | tới | theo
    khi | thì | mà | nhưng | nên | vì | bởi | để | các | những | một | này | đó | ấy | cũng
    vẫn | đều | rất | hơn | nhất | chỉ | ngày | năm | tháng | lần | cùng | giữa | trên | dưới
    sau | trước | vào | ra | lên | xuống | sang | qua | thuộc | nhằm | như | cả | hai | ba
    nhiều | mọi | đây | kia | nay | hôm | sáng | chiều | tối | đêm | chưa | vừa | mới
    hiện | đối | phía | bên | nơi | cấp | lời | thay | mặt | dịp | cho biết | khẳng định
    nhấn mạnh | cho rằng | tổ chức | tiếp | gặp | hội đàm | thăm | dẫn | công bố | thông báo
    phát biểu | đánh giá | chúc mừng | tham dự | dự | ký | trao | nhận | gửi | mời | đề nghị
    hoan nghênh | bày tỏ | tuyên bố | đồng chủ trì | chủ trì | phối hợp
    Theo | Tại | Trong | Chiều | Tối | Hôm | Sau | Trước | Với | Về | Khi | Từ | Đến | Đây
    Các | Những | Một | Cùng
    Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu | Thứ Bảy | Chủ nhật | Chủ Nhật
    """
)

# Words that name no body with a head alone: "Ủy ban Nhân dân", "Ban Chấp hành Trung ương".
GENERIC_WORDS = listed(
    """
    Trung ương | Nhà nước | Quốc gia | Nhân dân | Thường vụ | Thường trực | Chấp hành
    Chấp hành Trung ương | Tổng | Cấp cao | Hỗn hợp | hỗn hợp | Liên ngành | Đặc biệt
    """
)

# Words before a name that make it a street, a school or a city, not a person.
PLACE_CONTEXT = listed(
    """
    đường | phố | tỉnh | thành phố | TP | quận | huyện | xã | phường | thị xã | làng | sân bay
    cầu | trường | Trường | cảng | quảng trường | sông | núi | đảo | khu | Tỉnh | Thành phố
    """
)
