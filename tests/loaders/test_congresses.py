"""Party congresses, committee terms and plenums, read from sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import Context, build_context
from loaders.extract.congresses import extract_congresses, find_plenum
from loaders.model import Congress

TITLE = "Huyện Thọ Xuân triển khai nhiệm vụ năm 2024"
COMMUNE_TITLE = "Xã Xuân Lập, huyện Thọ Xuân tổ chức đại hội"

Fact = tuple[str, int, tuple[int, int] | None, bool]


def party_org(c: Congress) -> str:
    """The gold's name of the organisation: "Đảng bộ huyện Thọ Xuân", or the national party."""
    return c.party_unit.name if c.party_unit.level == "central" else f"Đảng bộ {c.party_unit.label}"


def facts(ctx: Context) -> set[Fact]:
    return {(party_org(c), c.ordinal, c.term, c.via_term) for c in extract_congresses(ctx)}


TX = "Đảng bộ huyện Thọ Xuân"
TH = "Đảng bộ tỉnh Thanh Hóa"
NATION = "Đảng Cộng sản Việt Nam"
T20 = (2020, 2025)

CASES: list[tuple[str, str, str, set[Fact]]] = [
    (
        "the-city-by-its-initials-after-a-dot",
        TITLE,
        "Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030.",
        {("Đảng bộ thành phố Hồ Chí Minh", 1, (2025, 2030), False)},
    ),
    (
        "congress-named-with-term",
        TITLE,
        "Đại hội đại biểu Đảng bộ huyện Thọ Xuân lần thứ XXVII, nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp.",
        {(TX, 27, T20, False)},
    ),
    (
        "generic-district-takes-subject",
        TITLE,
        "Năm 2024 là năm bản lề thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII.",
        {(TX, 27, None, False)},
    ),
    (
        "term-in-brackets",
        "Hà Trung sơ kết giữa nhiệm kỳ",
        "Đại hội Đảng bộ huyện Hà Trung lần thứ XXII (nhiệm kỳ 2020-2025) đã đề ra 27 chỉ tiêu.",
        {("Đảng bộ huyện Hà Trung", 22, T20, False)},
    ),
    (
        "khoa-after-congress",
        "Hà Trung sơ kết giữa nhiệm kỳ",
        "Hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ huyện Hà Trung khóa XXII đạt kết quả cao nhất.",
        {("Đảng bộ huyện Hà Trung", 22, None, False)},
    ),
    (
        "typo-lần-thức",
        TITLE,
        "Đại hội Đảng bộ huyện lần thức XXVII đề ra 27 chỉ tiêu chủ yếu.",
        {(TX, 27, None, False)},
    ),
    (
        "ordinal-before-organisation",
        TITLE,
        "Đại hội đại biểu lần thứ XX Đảng bộ tỉnh Thanh Hóa, nhiệm kỳ 2025-2030 diễn ra từ ngày 8 đến 10/10.",
        {(TH, 20, (2025, 2030), False)},
    ),
    ("arabic-khoa", TITLE, "Đại hội Đảng bộ huyện khóa 26 đã đề ra mục tiêu phát triển.", {(TX, 26, None, False)}),
    (
        "term-later-in-clause",
        TITLE,
        "Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII đã đề ra cho nhiệm kỳ 2020-2025.",
        {(TX, 27, T20, False)},
    ),
    (
        "national-and-provincial",
        TITLE,
        "Thực hiện Nghị quyết Đại hội XIII của Đảng "
        "và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, huyện đạt nhiều kết quả.",
        {(NATION, 13, None, False), (TH, 19, None, False)},
    ),
    (
        "national-full-name",
        TITLE,
        "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đến toàn thể cán bộ.",
        {(NATION, 13, None, False)},
    ),
    (
        "the-central-committee-term-names-an-issuer",  # not a congress: the district's own term is one
        TITLE,
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII và Nghị quyết "
        "số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện khóa XXVII, huyện đã sắp xếp bộ máy.",
        {(TX, 27, None, True)},
    ),
    (
        "via-committee-term",
        TITLE,
        "Huyện ủy khóa XXVI đã lãnh đạo hoàn thành các chỉ tiêu; Ban Thường vụ Huyện ủy khóa XXVII chỉ đạo quyết liệt.",
        {(TX, 26, None, True), (TX, 27, None, True)},
    ),
    (
        "plenum-gives-term",
        TITLE,
        "Sáng 5-4, Huyện ủy Thọ Xuân tổ chức "
        "hội nghị Ban chấp hành Đảng bộ huyện lần thứ 12, khoá XXVII, nhiệm kỳ 2020-2025.",
        {(TX, 27, T20, True)},
    ),
    (
        "plenum-khoa-in-brackets",
        TITLE,
        "Hội nghị BCH Đảng bộ tỉnh lần thứ 15 (khóa XIX) đã thảo luận các nội dung.",
        {(TH, 19, None, True)},
    ),
    (
        "congress-then-term-merge",
        TITLE,
        "Đại hội Đảng bộ huyện lần thứ XXVII đã bầu Ban Chấp hành Đảng bộ huyện khóa XXVII, nhiệm kỳ 2020-2025.",
        {(TX, 27, T20, False)},
    ),
    (
        "commune-after-reform",
        COMMUNE_TITLE,
        "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 thành công tốt đẹp.",
        {("Đảng bộ xã Xuân Lập", 1, (2025, 2030), False)},
    ),
    (
        "commune-word-ordinal",
        COMMUNE_TITLE,
        "Đại hội Đảng bộ xã Xuân Lập lần thứ nhất, nhiệm kỳ 2025 - 2030 thành công tốt đẹp.",
        {("Đảng bộ xã Xuân Lập", 1, (2025, 2030), False)},
    ),
    # Negatives
    (
        "all-levels-is-no-congress",
        TITLE,
        "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020 - 2025 được triển khai đồng bộ.",
        set(),
    ),
    (
        "hdnd-term-is-not-party",
        TITLE,
        "Kỳ họp thứ 8, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 đã thông qua 30 nghị quyết.",
        set(),
    ),
    (
        "mass-organisation-congress",
        TITLE,
        "Đại hội đại biểu toàn quốc lần thứ V Hội Cựu chiến binh Việt Nam được tổ chức tại Hà Nội.",
        set(),
    ),
    ("branch-congress-has-no-number", TITLE, "Đại hội Chi bộ thôn 3 nhiệm kỳ 2022-2025 thành công.", set()),
    (
        "committee-without-khoa",
        TITLE,
        "Năm 2025, huyện phấn đấu hoàn thành 32 chỉ tiêu theo nghị quyết Ban Chấp hành Đảng bộ huyện giao.",
        set(),
    ),
    (
        "plan-period-is-not-the-term",
        TITLE,
        "Hoàn thành Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII "
        "và Kế hoạch phát triển giai đoạn 2021-2025 của huyện.",
        {(TX, 27, None, False)},
    ),
    (
        "term-of-all-levels-not-taken",
        TITLE,
        "Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII "
        "và Nghị quyết Đại hội Đảng các cấp, nhiệm kỳ 2020-2025.",
        {(TX, 27, None, False)},
    ),
    (
        "city-in-a-district-of-a-central-city",  # "Đảng bộ thành phố" is Hải Phòng's, not Tiên Lãng's
        "Tiên Lãng sơ kết giữa nhiệm kỳ",
        "Huyện Tiên Lãng cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVI.",
        {("Đảng bộ thành phố Hải Phòng", 16, None, False)},
    ),
    (
        "the-city-by-its-initials",  # "Đảng bộ TP HCM": Hồ Chí Minh City's, its name written short
        "Đại hội Đảng bộ phường Chợ Lớn",
        "Đại hội bầu Đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ TP HCM lần thứ I, nhiệm kỳ 2025 - 2030.",
        {("Đảng bộ thành phố Hồ Chí Minh", 1, (2025, 2030), False)},
    ),
    (
        "ward-named-after-the-two-it-merged",  # the name is whole across the dash, though unknown
        "Đại hội Đảng bộ phường Văn Miếu - Quốc Tử Giám",
        "Sáng 12/6, Đảng bộ phường Văn Miếu - Quốc Tử Giám tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
        {("Đảng bộ phường Văn Miếu - Quốc Tử Giám", 1, (2025, 2030), False)},
    ),
    (
        "the-kind-a-unit-has-now",  # "thị xã (nay là thành phố) Phổ Yên": the city's party, as gold names it
        "Phổ Yên trao Huy hiệu Đảng",
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị xã (nay là thành phố) Phổ Yên lần thứ XXIV, nhiệm kỳ "
        "2020 - 2025, công tác phát triển đảng viên được chú trọng.",
        {("Đảng bộ thành phố Phổ Yên", 24, T20, False)},
    ),
    (
        "the-name-a-unit-has-now",  # "(nay là thị xã Phú Mỹ)" after the name: the party as it was, still numbered
        "Phú Mỹ tổng kết nhiệm kỳ",
        "Nghị quyết Đại hội Đảng bộ huyện Tân Thành (nay là thị xã Phú Mỹ) lần thứ VI, nhiệm kỳ 2015 - 2020 đã "
        "hoàn thành.",
        {("Đảng bộ huyện Tân Thành", 6, (2015, 2020), False)},
    ),
    (
        "the-congress-before-the-one-held",  # no party named: the one holding the XXIII congress held the XXII
        "Đại hội Đảng bộ huyện Minh Hóa lần thứ XXIII",
        "Sáng 15-7, Đảng bộ huyện Minh Hóa khai mạc Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - 2025.\n\n"
        "Báo cáo chính trị cho biết, 18/22 chỉ tiêu Nghị quyết Đại hội lần thứ XXII đạt và vượt.",
        {("Đảng bộ huyện Minh Hóa", 23, T20, False), ("Đảng bộ huyện Minh Hóa", 22, None, False)},
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_congresses(write_article: Callable[..., Path], title: str, body: str, expected: set[Fact]) -> None:
    ctx = build_context(read_article(write_article(body, title=title)))
    assert facts(ctx) == expected


def test_evidence_quotes_the_phrase(write_article: Callable[..., Path]) -> None:
    body = "Hội nghị BCH Đảng bộ tỉnh lần thứ 15 (khóa XIX) đã thảo luận các nội dung quan trọng của tỉnh."
    ctx = build_context(read_article(write_article(body, title=TITLE)))
    (c,) = extract_congresses(ctx)
    assert c.evidence.surface == "Hội nghị BCH Đảng bộ tỉnh lần thứ 15 (khóa XIX)"
    assert c.roman == "XIX"


def test_first_evidence_kept_and_term_from_any_mention(write_article: Callable[..., Path]) -> None:
    body = (
        "Năm 2024 là năm bản lề thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII.\n\n"
        "Đại hội Đảng bộ huyện Thọ Xuân lần thứ XXVII, nhiệm kỳ 2020-2025 đã đề ra 27 chỉ tiêu."
    )
    (c,) = extract_congresses(build_context(read_article(write_article(body, title=TITLE))))
    assert c.evidence.surface == "Đại hội Đảng bộ huyện lần thứ XXVII"
    assert c.term == T20


def test_generic_organisation_without_subject_is_reported(write_article: Callable[..., Path]) -> None:
    body = "Các đại biểu thảo luận việc thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII trong năm tới."
    ctx = build_context(read_article(write_article(body, title="Tin hoạt động trong tuần của các địa phương")))
    assert extract_congresses(ctx) == []
    assert [i.kind for i in ctx.issues] == ["unresolved-party-organisation"]


PLENUMS: list[tuple[str, str, tuple[int, int] | None]] = [
    (
        "organ-then-number-then-khoa",
        "Sáng 5-4, Huyện ủy Thọ Xuân tổ chức "
        "hội nghị Ban chấp hành Đảng bộ huyện lần thứ 12, khoá XXVII, nhiệm kỳ 2020-2025.",
        (27, 12),
    ),
    (
        "khoa-in-brackets",
        "Hội nghị BCH Đảng bộ tỉnh lần thứ 15 (khóa XIX) đã thảo luận các nội dung quan trọng.",
        (19, 15),
    ),
    ("number-before-organ", "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã thảo luận.", (19, 15)),
    ("number-in-words", "Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ huyện khóa XXVII đã bế mạc.", (27, 12)),
    (
        "organ-before-meeting-word",
        "Ban Chấp hành Đảng bộ huyện khóa XXVII tổ chức hội nghị lần thứ 12 để đánh giá.",
        (27, 12),
    ),
    (
        "term-from-elsewhere-in-article",
        "Chiều 20/7, hội nghị Huyện ủy lần thứ 8 đánh giá kết quả.\n\n"
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020-2025 đang được triển khai.",
        (27, 8),
    ),
    (
        "reference-to-plenum-resolution",
        "Thực hiện Nghị quyết Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XIX, huyện ban hành kế hoạch.",
        None,
    ),
    ("central-plenum-is-not-local", "Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc.", None),
    ("council-session", "Kỳ họp thứ 8, HĐND tỉnh khóa XVIII đã thông qua 30 nghị quyết.", None),
    ("conference-without-number", "Chiều 30/12, UBND huyện tổ chức hội nghị triển khai nhiệm vụ năm 2025.", None),
    ("no-term-anywhere", "Chiều 20/7, hội nghị Huyện ủy lần thứ 8 đánh giá kết quả công tác.", None),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in PLENUMS], ids=[c[0] for c in PLENUMS])
def test_find_plenum(write_article: Callable[..., Path], body: str, expected: tuple[int, int] | None) -> None:
    ctx = build_context(read_article(write_article(body, title=TITLE)))
    first = next(s for s in ctx.article.sentences if not s.is_title)
    assert find_plenum(ctx, first) == expected


def test_plenum_without_term_is_reported(write_article: Callable[..., Path]) -> None:
    body = "Chiều 20/7, hội nghị Huyện ủy lần thứ 8 đánh giá kết quả công tác sáu tháng đầu năm."
    ctx = build_context(read_article(write_article(body, title=TITLE)))
    first = next(s for s in ctx.article.sentences if not s.is_title)
    assert find_plenum(ctx, first) is None
    assert [i.kind for i in ctx.issues] == ["unresolved-plenum-term"]


def test_the_city_s_congress_after_july_2025_is_the_central_city_s(write_article: Callable[..., Path]) -> None:
    # No city is a district's peer after July 2025: in a ward of the former city of Thủy Nguyên, "Đảng bộ thành phố" is
    # Hải Phòng's; before, it was the former city's.
    body = (
        "Chiều 2/10, Ban Thường vụ Thành ủy Hải Phòng công bố quyết định về công tác cán bộ tại phường Thủy Nguyên. "
        "Phường là trung tâm của thành phố Thủy Nguyên (cũ). Đồng chí đề nghị triển khai Nghị quyết Đại hội đại biểu "
        "Đảng bộ thành phố lần thứ XVII, nhiệm kỳ 2025 - 2030."
    )
    after = build_context(read_article(write_article(body, title="Thủy Nguyên công bố quyết định", date="2025-10")))
    assert facts(after) == {("Đảng bộ thành phố Hải Phòng", 17, (2025, 2030), False)}
