from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.article import ArticleError, read_article

BODY = (
    "Sáng 3/1, huyện Như Xuân tổ chức hội nghị triển khai nhiệm vụ năm 2024. Hội nghị được tổ chức "
    "dưới hình thức trực tiếp và trực tuyến đến các xã, thị trấn trên địa bàn huyện.\n\n"
    "Toàn cảnh hội nghị.\n\n"
    "Đồng chí Lương Thị Hoa, Bí thư Huyện uỷ phát biểu chỉ đạo tại hội nghị.\n\n"
    "Đỗ Nguyệt - Lê Du (CTV)"
)


def test_date_line_title_byline_captions(write_article: Callable[..., Path]) -> None:
    a = read_article(write_article(BODY, title="Như Xuân triển khai nhiệm vụ"))
    assert (a.year, a.month) == (2024, 1)
    assert a.title == "Như Xuân triển khai nhiệm vụ"
    assert a.byline == "Đỗ Nguyệt - Lê Du (CTV)"
    captions = [s.text for s in a.sentences if s.is_caption]
    assert "Toàn cảnh hội nghị." in captions
    assert all(s.quote == a.norm.original[s.original_start : s.original_end] for s in a.sentences)
    assert any("Huyện uỷ" in s.quote and "Huyện ủy" in s.text for s in a.sentences)


def test_no_date_line_means_title_line(write_article: Callable[..., Path]) -> None:
    a = read_article(write_article(BODY, title="Huyện Như Xuân: triển khai nhiệm vụ", date=None))
    assert a.year is None and a.title.startswith("Huyện Như Xuân")


@pytest.mark.parametrize(
    ("stamp", "year", "month"),
    [
        ("05/01/2024 15:20 GMT+7", 2024, 1),
        ("Chủ nhật, 09/11/2025 - 21:15", 2025, 11),
        ("Thứ Tư, 16/4/2025, 07:30", 2025, 4),
        ("02/01/2025 | Lượt xem: 214", 2025, 1),
        ("Cập nhật: 21/12/2022 08:15", 2022, 12),
        ("Đăng lúc: 15/11/2024 - 14:02", 2024, 11),
        ("Ngày xuất bản: 03/06/2025", 2025, 6),
        # a date that opens a sentence of the body dates nothing
        ("Ngày 12/3/2021, Ban Chấp hành Đảng bộ quận ban hành Nghị quyết số 05-NQ/QU.", None, None),
    ],
)
def test_a_portal_s_date_under_the_title_dates_the_article(
    write_article: Callable[..., Path], stamp: str, year: int | None, month: int | None
) -> None:
    a = read_article(write_article(f"{stamp}\n\n{BODY}", title="Quận ủy Bình Thạnh sơ kết Nghị quyết", date=None))
    assert (a.year, a.month) == (year, month)
    # a page's date is no sentence of the article (its year would count among the lead's); a body's sentence is
    assert any(stamp in s.text for s in a.sentences) == (year is None)


def test_hard_line_breaks_inside_a_sentence_are_joined(write_article: Callable[..., Path]) -> None:
    a = read_article(
        write_article(
            "Sáng 3/1, huyện Như Xuân tổ chức hội nghị triển khai\nnhiệm vụ phát triển kinh tế năm 2024 với sự tham dự của đại biểu các xã."
        )
    )
    assert any("triển khai\nnhiệm vụ" in s.text for s in a.sentences)


# Where sentences end: a Roman numeral ends one, an initial does not; "đ" and "ư" are small letters though they sort
# among the capitals, and no sentence starts with them.
SPLITS = [
    (
        "an-abbreviation-or-an-initial-ends-a-sentence-before-an-honorific",
        [
            "Dự hội nghị có đ/c Đinh Quang Huy, Phó Chủ tịch UBND TP.",
            "Đ/c Hoàng Thị Lệ Thu chúc mừng xã Vĩnh Phước B.",
            "Ông nhấn mạnh xã cần nâng chất các tiêu chí.",
        ],
    ),
    (
        "a-roman-numeral-ends-a-sentence-and-an-initial-does-not",
        [
            "Đoàn làm việc về nhiệm vụ quý I.",
            "Chủ trì buổi làm việc có đồng chí Lê Văn An.",
            "Dự có ông Nguyễn V. Hùng, Phó Chủ tịch UBND huyện.",
        ],
    ),
    (
        "a-list-item-s-number-ends-no-sentence",  # at its line's start, or after a colon
        [
            "Bí thư Tỉnh ủy yêu cầu: 1. Hoàn thành GPMB 63,6 ha còn lại.",
            "2. Bàn giao tối thiểu 100 ha mặt bằng cho nhà đầu tư.",
            "Tổng số đại biểu dự là 12.",
            "Hội nghị kết thúc.",
        ],
    ),
    (
        "a-small-letter-after-an-ellipsis-goes-on-with-the-sentence",
        [
            "Diện tích lúa chất lượng cao (Jasmine 85, OM 18, ST24…) đạt 35.300 ha.",
            "Đời sống người dân được nâng lên…",
            "Ưu tiên nguồn lực cho thủy lợi.",
        ],
    ),
]


@pytest.mark.parametrize("sentences", [c[1] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_sentence_ends(write_article: Callable[..., Path], sentences: list[str]) -> None:
    a = read_article(write_article(" ".join(sentences)))
    assert [s.text for s in a.sentences if not s.is_title] == sentences


def test_portal_boilerplate_is_dropped(write_article: Callable[..., Path]) -> None:
    a = read_article(write_article(BODY + "\n\nLượt xem: 1.234\n\nIMG_2034.jpg"))
    assert not any("Lượt xem" in s.text or "IMG_" in s.text for s in a.sentences)


def test_a_share_button_is_dropped_and_a_paragraph_opening_with_the_verb_is_not(
    write_article: Callable[..., Path],
) -> None:
    said = "Chia sẻ kinh nghiệm, ông Trương Công Bằng, Chủ tịch UBND thị xã Trảng Bàng cho biết thị xã đã làm tốt."
    a = read_article(write_article(BODY + f"\n\n{said}\n\nChia sẻ bài viết\n\nChia sẻ: Facebook, Zalo"))
    body = [s.text for s in a.sentences]
    assert said in body
    assert not any(t.startswith("Chia sẻ bài") or t.startswith("Chia sẻ:") for t in body)


BAD: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty"),
    ("whitespace", b"  \n\n ", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    (
        "latin1",
        "Hội nghị\n".encode() + "Chào mẹ".encode("cp1258", errors="ignore") + b"\xe0\xe0",
        "line 2: not UTF-8",
    ),
    ("not-an-article", b"hello world\n", "not an article"),
]


@pytest.mark.parametrize(("content", "reason"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_input_names_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as e:
        read_article(path)
    assert str(e.value).startswith(str(path)) and reason in str(e.value)
    assert "\n" not in str(e.value)
