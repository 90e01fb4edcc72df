from __future__ import annotations

from datetime import date

import pytest

from loaders.parse.dates import lead_date, resolve

CASES = [
    ("january-article-december-meeting", "Chiều 30/12, UBND huyện tổ chức", (2025, 1), date(2024, 12, 30)),
    ("dash", "Sáng 5-4, Huyện ủy tổ chức", (2022, 4), date(2022, 4, 5)),
    ("dot", "Ngày 30.6, HĐND tỉnh khai mạc", (2023, 7), date(2023, 6, 30)),
    ("full-numeric", "Chiều ngày ngày 07/01/2025, UBND huyện", (None, None), date(2025, 1, 7)),
    ("words", "Sáng 6 tháng 8 năm 2020, tại hội trường", (None, None), date(2020, 8, 6)),
    ("no-year-anywhere", "Sáng 5-4, Huyện ủy tổ chức", (None, None), (4, 5)),
    ("relative", "Chiều nay, Ban Thường vụ họp", (2024, 3), None),
]


@pytest.mark.parametrize(("text", "article", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead_date(text: str, article: tuple[int | None, int | None], expected: object) -> None:
    mention = lead_date(text)
    assert mention is not None
    assert resolve(mention, None, article[0], article[1]) == expected


@pytest.mark.parametrize("text", ["Năm 2025, huyện phấn đấu", "trẻ em từ 5-12 tuổi được tiêm"], ids=["year-only", "age-range"])
def test_not_a_lead_date(text: str) -> None:
    assert lead_date(text) is None


def test_year_from_sentence_when_no_date_line() -> None:
    mention = lead_date("Sáng 5-4, Huyện ủy tổ chức hội nghị quý 2, năm 2022.")
    assert mention is not None
    assert resolve(mention, 2022, None, None) == date(2022, 4, 5)
