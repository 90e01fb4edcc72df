"""What an article is about: the unit its title and lead name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import build_context


@pytest.mark.parametrize(
    ("title", "lead", "subject"),
    [
        # Since the 2025 mergers a ward or commune often carries a former district's name: the lead's
        # full name decides what a bare name in the title means.
        (
            "Đông Sơn triển khai nhiệm vụ năm 2026",
            "Chiều 29/12, UBND phường Đông Sơn tổ chức hội nghị.",
            "phường Đông Sơn",
        ),
        ("Yên Định tổng kết năm 2025", "Đây là dịp để xã Yên Định nhìn lại chặng đường đã qua.", "xã Yên Định"),
        ("Đông Sơn triển khai nhiệm vụ năm 2024", "Sáng 3/1, UBND huyện Đông Sơn tổ chức hội nghị.", "huyện Đông Sơn"),
        # A bare name alone is the district the gazetteer knows.
        (
            "Thọ Xuân triển khai nhiệm vụ năm 2024",
            "Sáng 3/1, huyện tổ chức hội nghị triển khai nhiệm vụ.",
            "huyện Thọ Xuân",
        ),
    ],
)
def test_a_bare_name_in_the_title_is_the_unit_the_lead_names_in_full(
    title: str, lead: str, subject: str, write_article: Callable[..., Path]
) -> None:
    body = f"{lead} Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội và bàn giải pháp thời gian tới."
    ctx = build_context(read_article(write_article(body, title=title, date="2025-12")))
    assert ctx.subject is not None and ctx.subject.label == subject
