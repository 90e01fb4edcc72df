"""Names and titles, sentence by sentence: who is named, with which generic titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import build_context
from loaders.extract.people import extract_people

LEAD = "Sáng 3/1, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2024."

CASES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("name-comma-titles", "Đồng chí Lê Đình Hải, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu.",
     {"Lê Đình Hải": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]}),
    ("titles-then-name", "Bí thư Huyện uỷ, Chủ tịch HĐND huyện Thọ Xuân Lê Đình Hải phát biểu chỉ đạo.",
     {"Lê Đình Hải": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]}),
    ("title-only-is-nobody", "Đồng chí Bí thư Huyện ủy nhấn mạnh một số nhiệm vụ trọng tâm.", {}),
    ("abbreviations", "Dự hội nghị có đồng chí Bùi Huy Toàn, PBT Huyện ủy, Chủ tịch UBND huyện.",
     {"Bùi Huy Toàn": ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]}),
    ("member-titles", "Đồng chí Phạm Tiến Dũng, TUV, Bí thư Huyện ủy chủ trì hội nghị.",
     {"Phạm Tiến Dũng": ["Tỉnh ủy viên", "Bí thư Huyện ủy"]}),
    ("standing-committee", "Đồng chí Nguyễn Văn Thi, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh dự.",
     {"Nguyễn Văn Thi": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"]}),
    ("clipped-standing", "Đồng chí Trần Văn Nam, Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự hội nghị.",
     {"Trần Văn Nam": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]}),
    ("list-semicolon", "Dự có các đồng chí: Lê Văn An, Bí thư Huyện ủy; Hoàng Thị Bình, Chủ tịch UBND huyện.",
     {"Lê Văn An": ["Bí thư Huyện ủy"], "Hoàng Thị Bình": ["Chủ tịch UBND huyện"]}),
    ("lower-case-title", "Đồng chí Đỗ Minh Tâm, bí thư huyện ủy dự hội nghị.", {"Đỗ Minh Tâm": ["Bí thư Huyện ủy"]}),
    ("commune", "Đồng chí Vũ Văn Hùng, Bí thư Đảng ủy xã Xuân Lập phát biểu.", {"Vũ Văn Hùng": ["Bí thư Đảng ủy xã"]}),
    ("lunar-year-is-no-name", "Nhân dân đón Tết Nguyên đán Giáp Thìn an toàn, tiết kiệm.", {}),
    ("department", "Đồng chí Lê Thị Thu, Giám đốc Sở Tài chính phát biểu.", {"Lê Thị Thu": ["Giám đốc Sở Tài chính"]}),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people(write_article: Callable[..., Path], sentence: str, expected: dict[str, list[str]]) -> None:
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{sentence}")))
    people = extract_people(ctx)
    got = {p.name: [t.generic for t in p.titles] for p in people.persons if p.titles}
    assert got == expected


def test_spelling_variants_are_one_person(write_article: Callable[..., Path]) -> None:
    body = (f"{LEAD}\n\nDự có đồng chí Phạm Tiến Dũng, Tỉnh uỷ viên, Bí thư Huyện uỷ.\n\n"
            "Phát biểu tại hội nghị, đồng chí Bí thư Huyện uỷ Phạm Tiến Dung nhấn mạnh nhiệm vụ.")
    people = extract_people(build_context(read_article(write_article(body))))
    assert [(p.name, p.spellings) for p in people.persons] == [("Phạm Tiến Dũng", ["Phạm Tiến Dũng", "Phạm Tiến Dung"])]


def test_title_only_mention_points_to_the_named_holder(write_article: Callable[..., Path]) -> None:
    body = f"{LEAD}\n\nĐồng chí Lê Đình Hải, Bí thư Huyện ủy dự.\n\nĐồng chí Bí thư Huyện ủy nhấn mạnh nhiệm vụ."
    people = extract_people(build_context(read_article(write_article(body))))
    title_only = [b for bs in people.blocks.values() for b in bs if not b.name]
    assert [b.person for b in title_only] == [people.persons[0].key]
