"""Real place names the synthetic world is laid out on.

Provinces of the North Central region with their district-level units (as they stood before the
two-tier reform of 1 July 2025) and a handful of communes, wards and townships in each. The names are
real so that an extractor's gazetteer is exercised on the names it will meet; the people, numbers and
events placed on them are invented.

A commune entry is "<kind>:<name>" where kind is x (xã), tt (thị trấn) or p (phường).
"""

from __future__ import annotations

from typing import Final

# Each district: (kind, name, upland, communes). "upland" marks mountain districts, where officials
# more often carry Thái or Mường family names and forest cover is a usual target.
District = tuple[str, str, bool, tuple[str, ...]]

THANH_HOA: Final[tuple[District, ...]] = (
    (
        "huyện",
        "Thọ Xuân",
        False,
        (
            "x:Xuân Hòa",
            "x:Thọ Lập",
            "x:Xuân Lai",
            "x:Nam Giang",
            "x:Bắc Lương",
            "x:Xuân Phong",
            "x:Thọ Diên",
            "x:Xuân Sinh",
            "tt:Lam Sơn",
            "tt:Sao Vàng",
        ),
    ),
    (
        "huyện",
        "Như Xuân",
        True,
        ("x:Xuân Bình", "x:Bãi Trành", "x:Hóa Quỳ", "x:Thượng Ninh", "x:Cát Vân", "x:Thanh Quân", "tt:Yên Cát"),
    ),
    (
        "huyện",
        "Ngọc Lặc",
        True,
        ("x:Minh Sơn", "x:Ngọc Liên", "x:Quang Trung", "x:Phùng Giáo", "x:Nguyệt Ấn", "x:Kiên Thọ", "tt:Ngọc Lặc"),
    ),
    (
        "huyện",
        "Hà Trung",
        False,
        ("x:Hà Long", "x:Hà Bắc", "x:Hà Giang", "x:Hà Ngọc", "x:Hà Sơn", "x:Hà Tiến", "x:Hà Lĩnh", "tt:Hà Trung"),
    ),
    (
        "huyện",
        "Thiệu Hóa",
        False,
        (
            "x:Thiệu Vận",
            "x:Thiệu Trung",
            "x:Thiệu Giao",
            "x:Thiệu Long",
            "x:Thiệu Nguyên",
            "x:Thiệu Tiến",
            "x:Thiệu Toán",
            "tt:Thiệu Hóa",
        ),
    ),
    (
        "huyện",
        "Triệu Sơn",
        False,
        (
            "x:Dân Lực",
            "x:Hợp Thành",
            "x:Thọ Bình",
            "x:Thọ Tân",
            "x:Đồng Lợi",
            "x:Nông Trường",
            "x:Tân Ninh",
            "tt:Triệu Sơn",
        ),
    ),
    (
        "huyện",
        "Nông Cống",
        False,
        ("x:Trường Sơn", "x:Tế Lợi", "x:Thăng Long", "x:Công Liêm", "x:Tượng Lĩnh", "x:Vạn Thắng", "tt:Nông Cống"),
    ),
    (
        "huyện",
        "Quảng Xương",
        False,
        (
            "x:Quảng Ninh",
            "x:Quảng Nhân",
            "x:Quảng Trạch",
            "x:Quảng Định",
            "x:Quảng Lưu",
            "x:Tiên Trang",
            "tt:Tân Phong",
        ),
    ),
    (
        "huyện",
        "Hoằng Hóa",
        False,
        ("x:Hoằng Lộc", "x:Hoằng Phụ", "x:Hoằng Trung", "x:Hoằng Tiến", "x:Hoằng Thanh", "x:Hoằng Đạt", "tt:Bút Sơn"),
    ),
    (
        "huyện",
        "Hậu Lộc",
        False,
        ("x:Đa Lộc", "x:Ngư Lộc", "x:Minh Lộc", "x:Hòa Lộc", "x:Triệu Lộc", "x:Phong Lộc", "tt:Hậu Lộc"),
    ),
    (
        "huyện",
        "Nga Sơn",
        False,
        ("x:Nga Điền", "x:Nga Thái", "x:Nga Liên", "x:Nga Tân", "x:Nga Thanh", "x:Nga Phượng", "tt:Nga Sơn"),
    ),
    (
        "huyện",
        "Vĩnh Lộc",
        False,
        ("x:Vĩnh Hùng", "x:Vĩnh Long", "x:Vĩnh Quang", "x:Vĩnh Tiến", "x:Vĩnh Thịnh", "x:Vĩnh An", "tt:Vĩnh Lộc"),
    ),
    (
        "huyện",
        "Yên Định",
        False,
        (
            "x:Yên Trường",
            "x:Yên Phong",
            "x:Định Tăng",
            "x:Định Liên",
            "x:Yên Thái",
            "x:Định Hưng",
            "tt:Quán Lào",
            "tt:Quý Lộc",
        ),
    ),
    (
        "huyện",
        "Thạch Thành",
        True,
        (
            "x:Thạch Bình",
            "x:Thạch Quảng",
            "x:Thành Vinh",
            "x:Thành Minh",
            "x:Thạch Long",
            "x:Thành Yên",
            "tt:Kim Tân",
            "tt:Vân Du",
        ),
    ),
    (
        "huyện",
        "Cẩm Thủy",
        True,
        ("x:Cẩm Tú", "x:Cẩm Ngọc", "x:Cẩm Bình", "x:Cẩm Giang", "x:Cẩm Tân", "x:Cẩm Thành", "tt:Phong Sơn"),
    ),
    (
        "huyện",
        "Bá Thước",
        True,
        ("x:Điền Lư", "x:Lũng Niêm", "x:Ban Công", "x:Lương Ngoại", "x:Thiết Ống", "x:Hạ Trung", "tt:Cành Nàng"),
    ),
    (
        "huyện",
        "Lang Chánh",
        True,
        ("x:Giao An", "x:Trí Nang", "x:Yên Khương", "x:Tân Phúc", "x:Đồng Lương", "tt:Lang Chánh"),
    ),
    (
        "huyện",
        "Thường Xuân",
        True,
        ("x:Luận Thành", "x:Xuân Chinh", "x:Vạn Xuân", "x:Bát Mọt", "x:Xuân Lộc", "x:Lương Sơn", "tt:Thường Xuân"),
    ),
    (
        "huyện",
        "Như Thanh",
        True,
        ("x:Hải Long", "x:Xuân Du", "x:Phú Nhuận", "x:Mậu Lâm", "x:Xuân Khang", "x:Thanh Tân", "tt:Bến Sung"),
    ),
    (
        "huyện",
        "Quan Hóa",
        True,
        ("x:Phú Thanh", "x:Trung Sơn", "x:Nam Xuân", "x:Thành Sơn", "x:Hiền Kiệt", "tt:Hồi Xuân"),
    ),
    ("huyện", "Quan Sơn", True, ("x:Sơn Điện", "x:Na Mèo", "x:Tam Lư", "x:Trung Hạ", "x:Mường Mìn", "tt:Sơn Lư")),
    (
        "huyện",
        "Mường Lát",
        True,
        ("x:Pù Nhi", "x:Quang Chiểu", "x:Trung Lý", "x:Mường Chanh", "x:Tam Chung", "tt:Mường Lát"),
    ),
    (
        "huyện",
        "Đông Sơn",
        False,
        ("x:Đông Hòa", "x:Đông Tiến", "x:Đông Thanh", "x:Đông Khê", "x:Đông Minh", "tt:Rừng Thông"),
    ),
    (
        "thị xã",
        "Nghi Sơn",
        False,
        (
            "p:Hải Hòa",
            "p:Tĩnh Hải",
            "p:Hải Thượng",
            "p:Nguyên Bình",
            "p:Trúc Lâm",
            "x:Hải Nhân",
            "x:Tân Trường",
            "x:Các Sơn",
        ),
    ),
    ("thị xã", "Bỉm Sơn", False, ("p:Ba Đình", "p:Bắc Sơn", "p:Đông Sơn", "p:Ngọc Trạo", "x:Quang Trung", "x:Hà Lan")),
    (
        "thành phố",
        "Sầm Sơn",
        False,
        ("p:Trường Sơn", "p:Quảng Tiến", "p:Quảng Cư", "p:Trung Sơn", "x:Quảng Hùng", "x:Quảng Minh"),
    ),
)

NGHE_AN: Final[tuple[District, ...]] = (
    (
        "huyện",
        "Quỳnh Lưu",
        False,
        ("x:Quỳnh Đôi", "x:Quỳnh Hậu", "x:Quỳnh Thạch", "x:Quỳnh Thanh", "x:Quỳnh Lương", "tt:Cầu Giát"),
    ),
    (
        "huyện",
        "Diễn Châu",
        False,
        ("x:Diễn Kỷ", "x:Diễn Hồng", "x:Diễn Thành", "x:Diễn Phúc", "x:Diễn Hạnh", "tt:Diễn Châu"),
    ),
    (
        "huyện",
        "Yên Thành",
        False,
        ("x:Công Thành", "x:Hoa Thành", "x:Bảo Thành", "x:Đô Thành", "x:Phúc Thành", "tt:Yên Thành"),
    ),
    ("huyện", "Đô Lương", False, ("x:Đà Sơn", "x:Lạc Sơn", "x:Thuận Sơn", "x:Văn Sơn", "x:Bắc Sơn", "tt:Đô Lương")),
    ("huyện", "Nghi Lộc", False, ("x:Nghi Long", "x:Nghi Thạch", "x:Nghi Hưng", "x:Nghi Thuận", "tt:Quán Hành")),
    ("huyện", "Nam Đàn", False, ("x:Kim Liên", "x:Nam Giang", "x:Hùng Tiến", "x:Xuân Hòa", "tt:Nam Đàn")),
    ("huyện", "Thanh Chương", True, ("x:Thanh Ngọc", "x:Thanh Liên", "x:Thanh Đồng", "x:Thanh Hà", "tt:Dùng")),
    ("huyện", "Anh Sơn", True, ("x:Tường Sơn", "x:Hội Sơn", "x:Phúc Sơn", "x:Đỉnh Sơn", "tt:Kim Nhan")),
    ("huyện", "Con Cuông", True, ("x:Môn Sơn", "x:Lục Dạ", "x:Bồng Khê", "x:Chi Khê", "tt:Trà Lân")),
    ("huyện", "Tân Kỳ", True, ("x:Nghĩa Đồng", "x:Tân An", "x:Kỳ Sơn", "x:Tân Hợp", "tt:Tân Kỳ")),
    ("huyện", "Quỳ Hợp", True, ("x:Châu Quang", "x:Nghĩa Xuân", "x:Tam Hợp", "tt:Quỳ Hợp")),
    ("thị xã", "Thái Hòa", False, ("p:Hòa Hiếu", "p:Quang Phong", "p:Long Sơn", "x:Nghĩa Mỹ")),
)

HA_TINH: Final[tuple[District, ...]] = (
    ("huyện", "Cẩm Xuyên", False, ("x:Cẩm Bình", "x:Cẩm Duệ", "x:Cẩm Hưng", "x:Cẩm Thành", "tt:Cẩm Xuyên")),
    ("huyện", "Thạch Hà", False, ("x:Thạch Đài", "x:Thạch Khê", "x:Thạch Kênh", "x:Việt Tiến", "tt:Thạch Hà")),
    ("huyện", "Can Lộc", False, ("x:Thiên Lộc", "x:Vượng Lộc", "x:Trung Lộc", "x:Phú Lộc", "tt:Nghèn")),
    ("huyện", "Đức Thọ", False, ("x:Tùng Ảnh", "x:Đức Lạng", "x:Quang Vĩnh", "tt:Đức Thọ")),
    ("huyện", "Hương Sơn", True, ("x:Sơn Tây", "x:Sơn Ninh", "x:Sơn Châu", "tt:Phố Châu")),
    ("huyện", "Nghi Xuân", False, ("x:Xuân Hội", "x:Xuân Liên", "x:Xuân Viên", "tt:Xuân An")),
    ("huyện", "Hương Khê", True, ("x:Phúc Trạch", "x:Hương Trà", "x:Hà Linh", "tt:Hương Khê")),
    ("huyện", "Vũ Quang", True, ("x:Đức Lĩnh", "x:Hương Minh", "x:Quang Thọ", "tt:Vũ Quang")),
    ("huyện", "Lộc Hà", False, ("x:Thạch Kim", "x:Hồng Lộc", "x:Ích Hậu", "tt:Lộc Hà")),
    ("huyện", "Kỳ Anh", False, ("x:Kỳ Tây", "x:Kỳ Phong", "x:Kỳ Bắc", "x:Kỳ Xuân")),
)

NINH_BINH: Final[tuple[District, ...]] = (
    ("huyện", "Gia Viễn", False, ("x:Gia Hưng", "x:Gia Sinh", "x:Gia Lạc", "tt:Me")),
    ("huyện", "Nho Quan", True, ("x:Cúc Phương", "x:Gia Lâm", "x:Phú Long", "tt:Nho Quan")),
    ("huyện", "Yên Khánh", False, ("x:Khánh Nhạc", "x:Khánh Thành", "x:Khánh Hòa", "tt:Yên Ninh")),
    ("huyện", "Yên Mô", False, ("x:Yên Thắng", "x:Yên Thái", "x:Khánh Thượng", "tt:Yên Thịnh")),
    ("huyện", "Kim Sơn", False, ("x:Kim Đông", "x:Lai Thành", "x:Kim Chính", "tt:Phát Diệm")),
    ("huyện", "Hoa Lư", False, ("x:Ninh Hải", "x:Trường Yên", "x:Ninh Giang", "tt:Thiên Tôn")),
)

# (province name, weight in the corpus, its districts). Thanh Hóa dominates, as in the sample articles.
PROVINCES: Final[tuple[tuple[str, int, tuple[District, ...]], ...]] = (
    ("Thanh Hóa", 70, THANH_HOA),
    ("Nghệ An", 14, NGHE_AN),
    ("Hà Tĩnh", 10, HA_TINH),
    ("Ninh Bình", 6, NINH_BINH),
)

# The congress of 2020–2025 is numbered per party organisation since its founding; these four are the
# numbers the sample articles state, the rest of the world draws its own.
KNOWN_DISTRICT_CONGRESS: Final[dict[str, int]] = {
    "Thọ Xuân": 27,
    "Như Xuân": 23,
    "Ngọc Lặc": 24,
    "Hà Trung": 22,
}
PROVINCE_CONGRESS_2020: Final[dict[str, int]] = {"Thanh Hóa": 19, "Nghệ An": 19, "Hà Tĩnh": 19, "Ninh Bình": 22}
PROVINCE_HDND_2021: Final[dict[str, int]] = {"Thanh Hóa": 18, "Nghệ An": 18, "Hà Tĩnh": 18, "Ninh Bình": 15}
