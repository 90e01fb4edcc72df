"""Who did what at the meeting: role words and the people they apply to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import build_context
from loaders.extract.events import extract_events
from loaders.extract.people import extract_people

LEAD = "Chiều 30/12, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ năm 2025."

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("subject-verb", "Đồng chí Lương Thị Hoa, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị.",
     {("Lương Thị Hoa", "directing-speech")}),
    ("fronted-participle", "Phát biểu chỉ đạo tại hội nghị, đồng chí Lê Đình Hải, Bí thư Huyện ủy đánh giá cao kết quả.",
     {("Lê Đình Hải", "directing-speech")}),
    ("attend-and-chair-list", "Dự và chủ trì hội nghị có đồng chí Phạm Tiến Dũng, Bí thư Huyện ủy; đồng chí Bùi Huy Toàn, Chủ tịch UBND huyện.",
     {("Phạm Tiến Dũng", "attend"), ("Phạm Tiến Dũng", "chair"), ("Bùi Huy Toàn", "attend"), ("Bùi Huy Toàn", "chair")}),
    ("attend-and-direct", "Đồng chí Nguyễn Văn Thi, Phó Chủ tịch Thường trực UBND tỉnh dự và chỉ đạo hội nghị.",
     {("Nguyễn Văn Thi", "attend")}),
    ("report", "Đồng chí Nguyễn Văn Tuấn, Phó Bí thư Huyện ủy báo cáo tóm tắt kết quả.", {("Nguyễn Văn Tuấn", "report")}),
    ("closing-title-first", "Phát biểu kết thúc hội nghị, Chủ tịch UBND huyện Bùi Huy Toàn yêu cầu các phòng ban thực hiện.",
     {("Bùi Huy Toàn", "closing-speech")}),
    ("chaired-by-do", "Hội nghị do đồng chí Lê Văn Dậu, Bí thư Huyện ủy chủ trì.", {("Lê Văn Dậu", "chair")}),
    ("unnamed-chairs", "Các đồng chí lãnh đạo huyện chủ trì hội nghị.", set()),
    ("draft-is-not-attending", "Đồng chí Lê Văn Dậu, Bí thư Huyện ủy góp ý dự thảo kế hoạch.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_roles(write_article: Callable[..., Path], sentence: str, expected: set[tuple[str, str]]) -> None:
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{sentence}", date="2025-01")))
    people = extract_people(ctx)
    events = extract_events(ctx, people)
    names = {p.key: p.name for p in people.persons}
    got = {(names[p.person], p.role) for e in events for p in e.participations}
    assert got == expected


def test_event_date_and_organizer(write_article: Callable[..., Path]) -> None:
    ctx = build_context(read_article(write_article(LEAD, date="2025-01")))
    (event,) = extract_events(ctx, extract_people(ctx))
    assert event.day == date(2024, 12, 30)
    assert event.organizer is not None and event.organizer.label == "huyện Thọ Xuân"
    assert event.organizer_organ == "ubnd"
