"""Invented people: officials' full names, reporters' bylines, and the misspellings articles make.

Names are drawn from common family, middle and given names, so they look real, but every official is
a combination the world invents; the names of the officials in the sample articles are excluded so
no synthetic person is mistaken for a real one from the seeds.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Final

# Family names with rough weights (Nguyễn is common everywhere, Lò and Cầm in the uplands).
FAMILY: Final[tuple[tuple[str, int], ...]] = (
    ("Nguyễn", 30),
    ("Lê", 14),
    ("Trần", 9),
    ("Phạm", 7),
    ("Hoàng", 4),
    ("Vũ", 3),
    ("Đỗ", 4),
    ("Bùi", 4),
    ("Đặng", 2),
    ("Ngô", 2),
    ("Dương", 2),
    ("Trịnh", 4),
    ("Mai", 2),
    ("Phan", 2),
    ("Đinh", 2),
    ("Lại", 1),
    ("Cao", 2),
    ("Tống", 1),
    ("Quách", 1),
    ("Hà", 2),
    ("Lương", 2),
    ("Đào", 1),
    ("Võ", 2),
    ("Hồ", 2),
    ("Lưu", 1),
    ("Thiều", 1),
    ("Tào", 1),
    ("Văn", 1),
)
UPLAND_FAMILY: Final[tuple[tuple[str, int], ...]] = (
    ("Lò", 4),
    ("Hà", 5),
    ("Lương", 4),
    ("Cầm", 3),
    ("Vi", 2),
    ("Lữ", 2),
    ("Ngân", 2),
    ("Phạm", 3),
    ("Bùi", 4),
    ("Quách", 2),
    ("Lục", 1),
    ("Nguyễn", 6),
    ("Lê", 3),
)
MIDDLE_MALE: Final[tuple[str, ...]] = (
    "Văn",
    "Văn",
    "Văn",
    "Đình",
    "Huy",
    "Tiến",
    "Xuân",
    "Minh",
    "Hữu",
    "Đức",
    "Quang",
    "Ngọc",
    "Thanh",
    "Trọng",
    "Công",
    "Bá",
    "Mạnh",
    "Thế",
    "Duy",
    "Anh",
    "Trung",
    "Viết",
    "Đăng",
    "Khắc",
    "Sỹ",
    "Quốc",
)
MIDDLE_FEMALE: Final[tuple[str, ...]] = ("Thị", "Thị", "Thị", "Thị", "Thu", "Minh", "Ngọc", "Thanh", "Hồng", "Kim")
GIVEN_MALE: Final[tuple[str, ...]] = (
    "Hùng",
    "Dũng",
    "Cường",
    "Thắng",
    "Hưng",
    "Long",
    "Nam",
    "Sơn",
    "Tùng",
    "Quân",
    "Bình",
    "Thành",
    "Trung",
    "Hiếu",
    "Khánh",
    "Lâm",
    "Lợi",
    "Lực",
    "Mạnh",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quyết",
    "Sáng",
    "Tâm",
    "Thiện",
    "Thịnh",
    "Toản",
    "Tường",
    "Vinh",
    "Việt",
    "Vượng",
    "Đạt",
    "Định",
    "Đông",
    "Hải",
    "Hào",
    "Hòa",
    "Huấn",
    "Kiên",
    "Luận",
    "Ninh",
    "Tuyến",
    "Chiến",
    "Chính",
    "Doanh",
    "Hạnh",
    "Hợp",
    "Khải",
    "Lộc",
    "Sỹ",
    "Thuận",
    "Cảnh",
    "Điệp",
    "Giang",
    "Học",
    "Kỳ",
    "Lượng",
    "Tuệ",
    "Xuyên",
    "Bằng",
    "Thủy",
    "Quý",
)
GIVEN_FEMALE: Final[tuple[str, ...]] = (
    "Hoa",
    "Lan",
    "Hương",
    "Hằng",
    "Nga",
    "Thủy",
    "Thúy",
    "Hà",
    "Hạnh",
    "Liên",
    "Mai",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Tâm",
    "Thảo",
    "Trang",
    "Vân",
    "Yến",
    "Dung",
    "Hiền",
    "Huyền",
    "Loan",
    "Ngân",
    "Tuyết",
)
# The officials named in the sample articles: never reproduce them.
SEED_OFFICIALS: Final[frozenset[str]] = frozenset(
    {
        "Lê Đình Hải",
        "Lương Thị Hoa",
        "Phạm Tiến Dũng",
        "Bùi Huy Toàn",
        "Nguyễn Văn Thi",
        "Nguyễn Văn Tuấn",
        "Lê Văn Dậu",
    }
)

# Reporters sign with a pen name: a given name with a family or second name ("Minh Hằng"), or two
# joined by a dash, sometimes "(CTV)" for a contributor. Kept to two syllables so a byline never
# looks like an official's three-syllable name.
_PEN_FIRST: Final[tuple[str, ...]] = (
    "Minh",
    "Thu",
    "Ngọc",
    "Hoàng",
    "Lê",
    "Trần",
    "Khánh",
    "Bảo",
    "Thanh",
    "Hải",
    "Quốc",
    "Phương",
    "Xuân",
    "Đình",
    "Mạnh",
    "Hồng",
    "Thùy",
    "Việt",
    "Kim",
    "Như",
)
_PEN_LAST: Final[tuple[str, ...]] = (
    "Hằng",
    "Trang",
    "Linh",
    "Lâm",
    "Hiếu",
    "Anh",
    "Nguyên",
    "Huyền",
    "Châu",
    "Phúc",
    "Tuấn",
    "Hà",
    "Yến",
    "Giang",
    "Sơn",
    "Đức",
    "Hòa",
    "Tâm",
    "Nhi",
    "Dương",
)


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    total = sum(w for _, w in table)
    pick = rng.randrange(total)
    for name, weight in table:
        pick -= weight
        if pick < 0:
            return name
    return table[-1][0]


def person_name(rng: random.Random, female: bool, upland: bool) -> str:
    """Family + middle (+ occasionally a second middle name for women) + given name."""
    family = _weighted(rng, UPLAND_FAMILY if upland and rng.random() < 0.6 else FAMILY)
    if female:
        middle = rng.choice(MIDDLE_FEMALE)
        given = rng.choice(GIVEN_FEMALE)
        if rng.random() < 0.12:
            middle += " " + rng.choice(("Vân", "Thanh", "Minh", "Hồng"))
    else:
        middle = rng.choice(MIDDLE_MALE)
        given = rng.choice(GIVEN_MALE)
    return f"{family} {middle} {given}"


def byline(rng: random.Random) -> str:
    """The reporters closing an article. Never an official."""

    def one() -> str:
        return f"{rng.choice(_PEN_FIRST)} {rng.choice(_PEN_LAST)}"

    r = rng.random()
    if r < 0.55:
        return one()
    if r < 0.75:
        return f"{one()} - {one()}"
    if r < 0.9:
        return f"{one()} (CTV)"
    return f"{one()} - {one()} (CTV)"


# Combining marks that carry tone (grave, acute, tilde, hook, dot below) are what a hurried writer
# drops first; vowel-shape marks (circumflex, breve, horn) next.
_TONES: Final = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_SHAPES: Final = ("\u0302", "\u0306", "\u031b")


def misspell(name: str, rng: random.Random) -> str | None:
    """The name with one diacritic dropped (Dũng → Dung), preferring the given name; None if the
    name carries no diacritic at all."""
    words = name.split(" ")
    order = [len(words) - 1, *rng.sample(range(len(words) - 1), len(words) - 1)]
    for marks in (_TONES, _SHAPES):
        for wi in order:
            decomposed = unicodedata.normalize("NFD", words[wi])
            spots = [i for i, ch in enumerate(decomposed) if ch in marks]
            if spots:
                i = rng.choice(spots)
                words[wi] = unicodedata.normalize("NFC", decomposed[:i] + decomposed[i + 1 :])
                return " ".join(words)
    for wi in order:
        if "Đ" in words[wi] or "đ" in words[wi]:
            words[wi] = words[wi].replace("Đ", "D").replace("đ", "d")
            return " ".join(words)
    return None
