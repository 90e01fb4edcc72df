from __future__ import annotations

from datetime import date

import pytest

from loaders.parse.dates import clause_date, lead_date, reported_year, resolve, year_hint

CASES = [
    ("january-article-december-meeting", "Chiều 30/12, UBND huyện tổ chức", (2025, 1), date(2024, 12, 30)),
    ("dash", "Sáng 5-4, Huyện ủy tổ chức", (2022, 4), date(2022, 4, 5)),
    ("dot", "Ngày 30.6, HĐND tỉnh khai mạc", (2023, 7), date(2023, 6, 30)),
    ("full-numeric", "Chiều ngày ngày 07/01/2025, UBND huyện", (None, None), date(2025, 1, 7)),
    ("words", "Sáng 6 tháng 8 năm 2020, tại hội trường", (None, None), date(2020, 8, 6)),
    ("no-year-anywhere", "Sáng 5-4, Huyện ủy tổ chức", (None, None), (4, 5)),
    ("relative", "Chiều nay, Ban Thường vụ họp", (2024, 3), None),
    ("relative-with-date", "Chiều nay (15/3), UBND huyện tổ chức", (2024, 3), date(2024, 3, 15)),
    ("weekday-with-date", "Sáng thứ Hai (15/7), HĐND huyện khai mạc", (2024, 7), date(2024, 7, 15)),
    ("two-days", "Trong 2 ngày 14 và 15/7, HĐND huyện tổ chức kỳ họp", (2024, 7), date(2024, 7, 14)),
    ("day-range", "Ngày 14-15/7, HĐND huyện tổ chức kỳ họp", (2024, 7), date(2024, 7, 14)),
    ("listed-days", "Trong các ngày 17, 18/8, Huyện ủy tổ chức", (2024, 8), date(2024, 8, 17)),
    ("within-a-part-of-the-day", "Trong chiều 20/12, HĐND xã tổ chức kỳ họp", (2024, 12), date(2024, 12, 20)),
    (
        "days-it-sat-written-with-dashes",
        "Trong 3 ngày, từ ngày 15 đến 17-7-2015, Đảng bộ huyện Long Hồ tổ chức Đại hội",
        (None, None),
        date(2015, 7, 15),
    ),
    (
        "days-it-sat-after-a-converted-documents-mark",  # "[bookmark: …]" is left by a .docx converted to text
        "[bookmark: _GoBack]Trong 3 ngày, từ ngày 14 đến ngày 16-10-2020, tại thành phố Tam Kỳ, Đại hội",
        (None, None),
        date(2020, 10, 14),
    ),
    (
        "days-it-sat-in-brackets-after-trong",
        "Trong 3 ngày (từ 22 đến 24/7/2015), Đảng bộ huyện Cầu Kè long trọng tổ chức Đại hội",
        (None, None),
        date(2015, 7, 22),
    ),
    (
        "days-it-sat-in-brackets",
        "(Baohatinh.vn) - Sau 3 ngày làm việc (từ 21 - 23/7/2015), Đại hội Đảng bộ huyện Đức Thọ đã bế mạc",
        (None, None),
        date(2015, 7, 21),
    ),
    (
        "after-the-place-it-was-written-in-capitals",  # the dateline of a provincial paper
        "TRI TÔN - Sáng 27-8, Huyện ủy Tri Tôn tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 09-NQ/TU",
        (2024, 8),
        date(2024, 8, 27),
    ),
    (
        "after-the-place-and-the-paper-s-tag",  # "VĂN LÃNG (LSO) – …": the dateline, then the paper's tag
        "VĂN LÃNG (LSO) – Chiều 29/12, UBND huyện Văn Lãng tổ chức hội nghị đánh giá hoạt động kinh tế cửa khẩu",
        (2024, 1),
        date(2023, 12, 29),
    ),
    (
        "after-the-place-named-with-its-province",  # "Ý Yên (Nam Định) - …": the dateline in a name's letters
        "Ý Yên (Nam Định) - Chiều 14/1, Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Ý Yên tổ chức hội nghị",
        (2025, 1),
        date(2025, 1, 14),
    ),
    (
        "after-a-web-domain",
        "Baophutho.vn - Chiều 14/7, Ban Chấp hành Đảng bộ huyện Thanh Sơn tổ chức Hội nghị lần thứ 16",
        (2023, 7),
        date(2023, 7, 14),
    ),
]


@pytest.mark.parametrize(("text", "article", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead_date(text: str, article: tuple[int | None, int | None], expected: object) -> None:
    mention = lead_date(text)
    assert mention is not None
    assert resolve(mention, None, article[0], article[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, huyện phấn đấu",
        "trẻ em từ 5-12 tuổi được tiêm",
        "Từ ngày 1/7, phường mới chính thức đi vào hoạt động",
    ],
    ids=["year-only", "age-range", "a-day-things-have-been-so-since"],
)
def test_not_a_lead_date(text: str) -> None:
    assert lead_date(text) is None


# Without an article date: what the lead says the meeting plans, reviews or implements.
HINTS = [
    (
        "a-review-halfway-through-the-period-reviewed",  # not on or after the resolution's date, but in 2023
        "Sáng 18-8, Ban Thường vụ Huyện ủy Đức Trọng tổ chức hội nghị sơ kết giữa kỳ thực hiện Nghị quyết số "
        "04-NQ/HU ngày 15/3/2021 về phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2021 - 2025.",
        date(2023, 8, 18),
    ),
    (
        "a-review-halfway-through-the-period-reviewed-citing-no-dated-document",
        "Sáng 14-9, Huyện ủy Đức Trọng tổ chức hội nghị sơ kết giữa kỳ thực hiện Nghị quyết về phát triển nông "
        "nghiệp ứng dụng công nghệ cao giai đoạn 2021 - 2025.",
        date(2023, 9, 14),
    ),
    (
        "a-round-of-awards-named-by-its-day",  # held the day before the round, the same year
        "Sáng 6-11, Đảng ủy đặc khu Cát Hải tổ chức Lễ trao Huy hiệu Đảng đợt 7/11/2025 cho 42 đảng viên.",
        date(2025, 11, 6),
    ),
    (
        "the-tasks-set-after-a-review",  # "kết quả năm 2018 và nhiệm vụ năm 2019" in January: 2019
        "Chiều 8-1, Phó Chủ tịch UBND tỉnh làm việc với Ban Quản lý Khu kinh tế về kết quả năm 2018 và nhiệm vụ năm "
        "2019.",
        date(2019, 1, 8),
    ),
    (
        "the-tasks-carried-out-are-reviewed",  # "kết quả thực hiện nhiệm vụ năm 2023" in January: 2024
        "Sáng 10/1, Huyện ủy tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023.",
        date(2024, 1, 10),
    ),
    (
        "reviews-one-season-plans-the-next",  # a dry season runs across New Year: reviewed when it ends, in 2020
        "Sáng 12-6, UBND huyện Trà Ôn tổ chức hội nghị tổng kết công tác phòng, chống hạn mặn mùa khô 2019 - 2020 và "
        "triển khai phương án ứng phó mùa khô 2020 - 2021.",
        date(2020, 6, 12),
    ),
    (
        "plans-a-school-year",  # in August, before the school year it plans starts
        "Chiều 28/8, Phòng Giáo dục huyện tổ chức hội nghị triển khai nhiệm vụ năm học 2024-2025.",
        date(2024, 8, 28),
    ),
    (
        "a-season-named-alone",  # in May: the end of the school year
        "Sáng 25/5, trường tổ chức lễ bế giảng năm học 2023 - 2024.",
        date(2024, 5, 25),
    ),
    ("plans-next-year", "Chiều 30/12, UBND huyện tổ chức hội nghị triển khai nhiệm vụ năm 2025.", date(2024, 12, 30)),
    ("reviews-last-year", "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2023.", date(2024, 1, 5)),
    ("reviews-same-year", "Chiều 28/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023.", date(2023, 12, 28)),
    ("after-cited-document", "Sáng 8/1, Huyện ủy quán triệt Nghị quyết số 13-NQ/HU ngày 8/12/2023.", date(2024, 1, 8)),
    (
        "years-after-a-reviewed-document-with-the-years-in-brackets",
        "Ngày 22-8, Huyện ủy tổ chức hội nghị tổng kết 5 năm (2019-2024) thực hiện Chỉ thị số 23-CT/TU ngày "
        "10-5-2019 của Ban Thường vụ Thành ủy.",
        date(2024, 8, 22),
    ),
    (
        "the-years-in-brackets-end-in-the-year-of-a-late-review",  # not five years after the document's date
        "Chiều 20/12, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm (2018 - 2022) thực hiện Nghị quyết số "
        "09-NQ/HU ngày 15/3/2018 của Ban Chấp hành Đảng bộ huyện.",
        date(2022, 12, 20),
    ),
    (
        "years-after-the-start-of-the-period-reviewed",  # three years of 2021 - 2025 are done by September 2023
        "Sáng 14/9, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 15-NQ/TU về phát "
        "triển lâm nghiệp bền vững giai đoạn 2021 - 2025, định hướng đến năm 2030.",
        date(2023, 9, 14),
    ),
    (
        "after-the-latest-cited-document",
        "Chiều 29-9, Đoàn công tác làm việc về kết quả thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019; đồng thời "
        "nắm tình hình triển khai Nghị quyết số 09-NQ/TW ngày 28/1/2022.",
        date(2022, 9, 29),
    ),
    (
        "years-after-a-reviewed-document",
        "Sáng 18-9, Huyện ủy tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22-11-2014 của Ban Bí thư.",
        date(2024, 9, 18),
    ),
    (
        "reviews-one-year-plans-the-next",  # in March: the latest year named, the one it is in
        "Sáng 12-3, đồng chí Lê Trọng Nghĩa làm việc với huyện Tuy An về tình hình thực hiện nhiệm vụ năm 2023, "
        "quý I và kế hoạch năm 2024.",
        date(2024, 3, 12),
    ),
    (
        "a-horizon-is-no-year",
        "Sáng 5-4, Huyện ủy quán triệt Nghị quyết về phát triển du lịch năm 2023, định hướng đến năm 2030.",
        date(2023, 4, 5),
    ),
    (
        "congress-term",
        "Ngày 10/8, Đảng bộ huyện khai mạc Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020 - 2025.",
        date(2020, 8, 10),
    ),
    (
        "an-anniversary-ends-this-year",  # the meeting precedes the anniversary: no year after it
        "Sáng 1-2, Huyện ủy trao Huy hiệu Đảng nhân kỷ niệm 94 năm Ngày thành lập Đảng (3-2-1930 - 3-2-2024).",
        date(2024, 2, 1),
    ),
    (
        "council-term-says-nothing",
        "Sáng 15/7, HĐND huyện khai mạc kỳ họp thứ 10, khóa XX, nhiệm kỳ 2021 - 2026.",
        (7, 15),
    ),
    (
        "the-review-of-a-terms-election-is-in-its-first-year",
        "Sáng 9/4, Ủy ban bầu cử xã tổng kết công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
        date(2026, 4, 9),
    ),
    (
        "the-end-of-a-span-is-no-document-before-the-meeting",  # a review of a half-year may sit before its end
        "Chiều 29.12, Đảng uỷ phường tổ chức hội nghị sơ kết 6 tháng (từ ngày 1.7 đến ngày 31.12.2025).",
        date(2025, 12, 29),
    ),
    (
        "a-councils-first-session-is-in-its-terms-first-year",
        "Sáng 31-3, HĐND xã Trà Cú khai mạc kỳ họp thứ nhất, nhiệm kỳ 2026 - 2031.",
        date(2026, 3, 31),
    ),
    (
        "a-year-is-what-the-verb-nearest-before-it-makes-it",  # 2023 is planned, though a review opens the phrase
        "Sáng 16-12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị để đánh giá kết quả thực hiện nhiệm vụ năm 2022, "
        "bàn phương hướng, nhiệm vụ năm 2023.",
        date(2022, 12, 16),
    ),
    (
        "a-mid-term-review-of-a-congress-s-term-is-in-its-middle-year",  # implementing a congress's resolution is none
        "Chiều 27-6, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội "
        "đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025.",
        date(2023, 6, 27),
    ),
    (
        "the-rest-of-the-year-is-no-next-year",
        "Sáng ngày 05-11, Đảng ủy xã tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ 9 tháng, triển khai "
        "nhiệm vụ 3 tháng cuối năm 2025.",
        date(2025, 11, 5),
    ),
    (
        "a-year-in-a-quoted-campaign-name-is-not-the-meetings",  # the campaign answered aims at 2025
        "Chiều 16-10, Ủy ban MTTQ Việt Nam huyện tổ chức lễ phát động “Tháng cao điểm Vì người nghèo” năm 2024 và "
        "hưởng ứng phong trào thi đua “Chung tay xoá nhà tạm, nhà dột nát trên phạm vi cả nước trong năm 2025”.",
        date(2024, 10, 16),
    ),
    (
        "a-year-in-a-quoted-name-counts-when-it-is-the-only-one",
        "Chiều 16-10, Ủy ban MTTQ Việt Nam huyện tổ chức lễ phát động “Tháng cao điểm Vì người nghèo năm 2024”.",
        date(2024, 10, 16),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in HINTS], ids=[c[0] for c in HINTS])
def test_year_from_the_lead(text: str, expected: object) -> None:
    mention = lead_date(text)
    assert mention is not None
    hint = year_hint(text[mention.end :], mention.month, mention.day)
    assert resolve(mention, hint, None, None) == expected


def test_year_from_sentence_when_no_date_line() -> None:
    mention = lead_date("Sáng 5-4, Huyện ủy tổ chức hội nghị quý 2, năm 2022.")
    assert mention is not None
    assert resolve(mention, 2022, None, None) == date(2022, 4, 5)


def test_a_document_cited_is_before_a_year_the_article_reports_a_part_of() -> None:
    text = (
        "Sáng 12-9, Đoàn công tác làm việc về kết quả thực hiện Nghị quyết số 09-NQ/TW ngày 28-1-2022 của Bộ Chính trị."
    )
    mention = lead_date(text)
    assert mention is not None
    rest = text[mention.end :]
    assert year_hint(rest, mention.month, mention.day) == 2022
    # the body reports "8 tháng đầu năm 2023": the meeting is on or after that
    assert year_hint(rest, mention.month, mention.day, reported=2023) == 2023


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 tháng năm 2023, giải ngân đạt 70%.", 2023),
        ("Sáu tháng đầu năm 2024, số hộ nghèo giảm còn 58 hộ.", 2024),  # the months counted in words
        ("Đầu năm 2022, huyện có 164 hộ nghèo.", None),  # the start of a year is no part gone by
    ],
)
def test_the_year_a_text_reports_a_part_of(text: str, expected: int | None) -> None:
    assert reported_year(text) == expected


def test_date_after_an_introductory_clause() -> None:
    text = "Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2024 của UBND huyện, sáng 15/3, UBND xã tổ chức hội nghị."
    mention = clause_date(text)
    assert mention is not None and (mention.day, mention.month) == (15, 3)
    assert text[mention.start : mention.end] == "sáng 15/3"
    assert year_hint(text[: mention.start] + text[mention.end :], mention.month, mention.day) == 2024


def test_a_meeting_told_at_its_close_is_dated_as_written() -> None:
    text = "(BĐT) - Sau hai ngày làm việc khẩn trương, chiều 23-10-2025, Đại hội đại biểu Đảng bộ tỉnh đã bế mạc."
    mention = clause_date(text)
    assert mention is not None
    assert resolve(mention, None, None, None) == date(2025, 10, 23)
