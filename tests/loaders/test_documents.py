"""Legal documents cited by number: canonical numbers, issuers, dates, subjects, implementation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import Context, build_context
from loaders.extract.documents import extract_documents, implemented_documents

TITLE = "Huyện Thọ Xuân triển khai nhiệm vụ phát triển kinh tế năm 2024"
COMMUNE_TITLE = "Xã Xuân Lập, huyện Thọ Xuân phát triển kinh tế nông nghiệp"

# number, type, issuer code, issuer organ, issuer unit label ("" for central organs)
Doc = tuple[str, str, str, str, str]


def context(write_article: Callable[..., Path], body: str, title: str = TITLE) -> Context:
    return build_context(read_article(write_article(body, title=title)))


CASES: list[tuple[str, str, str, set[Doc]]] = [
    (
        "standing-committee-words",
        TITLE,
        "Tổ chức quán triệt Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng và phát triển huyện Thọ Xuân.",
        {("10-NQ/TU", "NQ", "TU", "btv", "tỉnh Thanh Hóa")},
    ),
    (
        "district-committee",
        TITLE,
        "Thực hiện các nhiệm vụ theo Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2022.",
        {("03-NQ/HU", "NQ", "HU", "bch", "huyện Thọ Xuân")},
    ),
    (
        "bare-suffix-tu",
        TITLE,
        "Huyện tiếp tục thực hiện Nghị quyết số 58-NQ/TU về phát triển nông nghiệp.",
        {("58-NQ/TU", "NQ", "TU", "bch", "tỉnh Thanh Hóa")},
    ),
    (
        "politburo-directive",
        TITLE,
        "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.",
        {("35-CT/TW", "CT", "TW", "bo-chinh-tri", "")},
    ),
    (
        "conclusion",
        TITLE,
        "Quán triệt Kết luận số 11-KL/TW ngày 13/7/2021 của Ban Chấp hành Trung ương Đảng.",
        {("11-KL/TW", "KL", "TW", "trung-uong", "")},
    ),
    (
        "commune-party-committee",
        COMMUNE_TITLE,
        "Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU về phát triển kinh tế nông nghiệp năm 2024.",
        {("05-NQ/ĐU", "NQ", "ĐU", "bch", "xã Xuân Lập")},
    ),
    (
        "district-council",
        TITLE,
        "HĐND huyện đã ban hành Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 về đầu tư công.",
        {("15/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân")},
    ),
    (
        "provincial-council-named",
        TITLE,
        "Thực hiện Nghị quyết số 30/2023/NQ-HĐND của HĐND tỉnh Thanh Hóa về chính sách hỗ trợ phát triển nông nghiệp.",
        {("30/2023/NQ-HĐND", "NQ", "HĐND", "hdnd", "tỉnh Thanh Hóa")},
    ),
    (
        "provincial-plan",
        TITLE,
        "Triển khai Kế hoạch số 120/KH-UBND của UBND tỉnh về chuyển đổi số năm 2024.",
        {("120/KH-UBND", "KH", "UBND", "ubnd", "tỉnh Thanh Hóa")},
    ),
    (
        "town-plan-named",
        TITLE,
        "UBND thị xã Nghi Sơn ban hành Kế hoạch số 88/KH-UBND ngày 15/3/2024 về phát triển du lịch.",
        {("88/KH-UBND", "KH", "UBND", "ubnd", "thị xã Nghi Sơn")},
    ),
    (
        "stray-space",
        TITLE,
        "Thực hiện Quyết định số 1339/QĐ- TTg của Thủ tướng Chính phủ, huyện hoàn thành quy hoạch.",
        {("1339/QĐ-TTg", "QĐ", "TTg", "thu-tuong", "")},
    ),
    (
        "lower-case",
        TITLE,
        "Thực hiện nghị quyết số 10-nq/tu của Ban Thường vụ Tỉnh ủy, huyện đã đạt nhiều kết quả.",
        {("10-NQ/TU", "NQ", "TU", "btv", "tỉnh Thanh Hóa")},
    ),
    (
        "spaces-in-party-number",
        TITLE,
        "Triển khai Nghị quyết số 09 - NQ / HU của Huyện ủy về phát triển đô thị.",
        {("09-NQ/HU", "NQ", "HU", "bch", "huyện Thọ Xuân")},
    ),
    (
        "legislature",
        TITLE,
        "Thực hiện Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ.",
        {("43/2022/QH15", "NQ", "QH", "quoc-hoi", "")},
    ),
    (
        "a-number-with-a-letter",
        TITLE,
        "Huyện được thụ hưởng chính sách theo Nghị quyết 30a/2008/NQ-CP của Chính phủ về giảm nghèo nhanh và bền vững.",
        {("30a/2008/NQ-CP", "NQ", "CP", "chinh-phu", "")},
    ),
    (
        "two-in-one-sentence",
        TITLE,
        "Thực hiện Nghị quyết số 13-NQ/HU ngày 8/12/2023 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2024, "
        "UBND huyện ban hành Kế hoạch số 25/KH-UBND.",
        {("13-NQ/HU", "NQ", "HU", "bch", "huyện Thọ Xuân"), ("25/KH-UBND", "KH", "UBND", "ubnd", "huyện Thọ Xuân")},
    ),
    # Negatives
    (
        "short-forms-are-not-documents",
        TITLE,
        "Nghị quyết 10 và NQ 11 đã được triển khai sâu rộng trong toàn huyện.",
        set(),
    ),
    (
        "numbers-listed-before-a-full-one",  # "61, 62 và 63/NQ-HĐND": three resolutions of one type and issuer
        TITLE,
        "Huyện triển khai các Nghị quyết số 61, 62 và 63/NQ-HĐND của HĐND huyện về đầu tư công năm 2024.",
        {
            ("61/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("62/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("63/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
        },
    ),
    (
        "a-range-of-numbers-before-a-full-one",  # "(từ số 38 đến số 40/NQ-HĐND)": 38, 39 and 40
        TITLE,
        "Kỳ họp đã thông qua 03 nghị quyết (từ số 38 đến số 40/NQ-HĐND) phê duyệt chủ trương đầu tư các dự án.",
        {
            ("38/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("39/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("40/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
        },
    ),
    (
        "passed-by-the-council-in-session",  # no organ named: the council of the unit the article is about
        TITLE,
        "Kỳ họp đã biểu quyết thông qua 02 nghị quyết, gồm: Nghị quyết số 58/NQ-HĐND về đầu tư công; Nghị quyết "
        "số 59/NQ-HĐND về dự toán ngân sách. Huyện thực hiện Nghị quyết số 14/2022/NQ-HĐND về hỗ trợ giống lúa.",
        {
            ("58/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("59/NQ-HĐND", "NQ", "HĐND", "hdnd", "huyện Thọ Xuân"),
            ("14/2022/NQ-HĐND", "NQ", "HĐND", "hdnd", "tỉnh Thanh Hóa"),  # cited, not passed: the province's
        },
    ),
    (
        "a-short-form-the-centre-issued-is-a-full-number",  # the Party centre's documents all carry the suffix TW
        TITLE,
        "Đẩy mạnh chuyển đổi số theo tinh thần Nghị quyết 57 của Bộ Chính trị, Chỉ thị số 05 của Ban Bí thư và "
        "Nghị quyết 15 của Tỉnh ủy.",
        {("57-NQ/TW", "NQ", "TW", "bo-chinh-tri", ""), ("05-CT/TW", "CT", "TW", "ban-bi-thu", "")},
    ),
    (
        "the-numbers-listed-after-a-short-form-the-centre-issued",  # each is full, with the suffix TW
        TITLE,
        "Đại hội xác định sẽ cụ thể hóa các Nghị quyết số 57, 59 và 68 của Bộ Chính trị.",
        {
            ("57-NQ/TW", "NQ", "TW", "bo-chinh-tri", ""),
            ("59-NQ/TW", "NQ", "TW", "bo-chinh-tri", ""),
            ("68-NQ/TW", "NQ", "TW", "bo-chinh-tri", ""),
        },
    ),
    ("unknown-suffix", TITLE, "Thực hiện Quyết định số 25/QĐ-SNN của Sở Nông nghiệp, huyện rà soát diện tích.", set()),
    (
        "unknown-type",
        TITLE,
        "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, huyện chuẩn bị đại hội.",
        set(),
    ),
    ("dates-and-ranges", TITLE, "Ngày 15/1/2025, trẻ em từ 5-12 tuổi được tiêm vắc xin COVID-19 theo kế hoạch.", set()),
    ("ratios", TITLE, "Huyện đạt và vượt 11/27 chỉ tiêu, 24/24 xã đạt chuẩn nông thôn mới trong năm 2023.", set()),
]


@pytest.mark.parametrize(("title", "body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_documents(write_article: Callable[..., Path], title: str, body: str, expected: set[Doc]) -> None:
    ctx = context(write_article, body, title)
    got = {
        (d.number, d.doc_type, d.issuer_code, d.issuer_organ, d.issuer_unit.label if d.issuer_unit else "")
        for d in extract_documents(ctx)
    }
    assert got == expected


DETAILS: list[tuple[str, str, date | None, str | None]] = [
    (
        "subject-keeps-its-commas",
        "Tổ chức triển khai Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng và phát triển huyện Thọ Xuân "
        "đến năm 2030, tầm nhìn đến năm 2045; rà soát các chương trình.",
        None,
        "xây dựng và phát triển huyện Thọ Xuân đến năm 2030, tầm nhìn đến năm 2045",
    ),
    (
        "subject-list",
        "Thực hiện Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện về phương hướng, mục tiêu, "
        "nhiệm vụ năm 2022.",
        None,
        "phương hướng, mục tiêu, nhiệm vụ năm 2022",
    ),
    (
        "date-then-issuer",
        "Thực hiện Nghị quyết số 13-NQ/HU ngày 8/12/2023 của Ban Thường vụ Huyện ủy về chuyển đổi số.",
        date(2023, 12, 8),
        "chuyển đổi số",
    ),
    (
        "date-in-words",
        "Thực hiện Nghị quyết số 13-NQ/HU ngày 8 tháng 12 năm 2023 của Huyện ủy về chuyển đổi số.",
        date(2023, 12, 8),
        "chuyển đổi số",
    ),
    (
        "main-clause-ends-subject",
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Huyện ủy đã ban hành kế hoạch.",
        None,
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    (
        "unit-word-opens-main-clause",
        "Thực hiện Nghị quyết số 58-NQ/TU về phát triển nông nghiệp, huyện đã ban hành kế hoạch.",
        None,
        "phát triển nông nghiệp",
    ),
    (
        "no-subject",
        "Thực hiện Quyết định số 1339/QĐ-TTg của Thủ tướng Chính phủ, huyện hoàn thành quy hoạch.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("body", "day", "subject"), [c[1:] for c in DETAILS], ids=[c[0] for c in DETAILS])
def test_date_and_subject(write_article: Callable[..., Path], body: str, day: date | None, subject: str | None) -> None:
    (doc,) = extract_documents(context(write_article, body))
    assert (doc.day, doc.subject) == (day, subject)


def test_first_mention_kept_and_issuer_refined_later(write_article: Callable[..., Path]) -> None:
    body = (
        "Huyện tiếp tục thực hiện Nghị quyết số 10-NQ/TU trong năm 2024.\n\n"
        "Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển huyện Thọ Xuân đã đi vào cuộc sống."
    )
    (doc,) = extract_documents(context(write_article, body))
    assert doc.evidence.surface == "Nghị quyết số 10-NQ/TU"
    assert doc.evidence.sentence.text.startswith("Huyện tiếp tục")
    assert (doc.issuer_organ, doc.issuer_label) == ("btv", "Ban Thường vụ Tỉnh ủy")
    assert doc.subject == "phát triển huyện Thọ Xuân"


REPORTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "short-forms",
        "Nghị quyết 10 và NQ 11 đã được triển khai sâu rộng trong toàn huyện.",
        [("unresolved-document-reference", "Nghị quyết 10"), ("unresolved-document-reference", "NQ 11")],
    ),
    (
        "short-form-with-số",
        "Huyện triển khai Kế hoạch 5 năm giai đoạn 2021-2025 và Nghị quyết số 10 của Tỉnh ủy.",
        [("unresolved-document-reference", "Nghị quyết số 10")],
    ),
    (
        "a-short-form-the-centre-issued-is-resolved",
        "Huyện thực hiện Nghị quyết 57 của Bộ Chính trị và Nghị quyết 15 của Tỉnh ủy.",
        [("unresolved-document-reference", "Nghị quyết 15")],
    ),
    (
        "unknown-suffix",
        "Thực hiện Quyết định số 25/QĐ-SNN của Sở Nông nghiệp, huyện rà soát diện tích.",
        [("unknown-document-suffix", "25/QĐ-SNN")],
    ),
    (
        "unknown-type",
        "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, huyện chuẩn bị đại hội.",
        [("unknown-document-type", "12-HD/BTCTW")],
    ),
    (
        "full-numbers-are-not-short-forms",
        "Thực hiện Nghị quyết số 10-NQ/TU và Nghị quyết 15/NQ-HĐND trong năm 2024.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "issues"), [c[1:] for c in REPORTS], ids=[c[0] for c in REPORTS])
def test_reports(write_article: Callable[..., Path], body: str, issues: list[tuple[str, str]]) -> None:
    ctx = context(write_article, body)
    extract_documents(ctx)
    assert [(i.kind, i.surface) for i in ctx.issues] == issues


IMPLEMENTS: list[tuple[str, str, list[str]]] = [
    (
        "quán-triệt-triển-khai",
        "Tổ chức quán triệt, triển khai thực hiện Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy.",
        ["10-NQ/TU"],
    ),
    (
        "tasks-according-to",
        "Tập trung thực hiện đồng bộ, quyết liệt tất cả các nhiệm vụ, giải pháp đã đề ra theo "
        "Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
        ["03-NQ/HU"],
    ),
    (
        "listed-after-one-verb",
        "Triển khai thực hiện Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển huyện "
        "Thọ Xuân và Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
        ["10-NQ/TU", "03-NQ/HU"],
    ),
    (
        "implements-one-issues-other",
        "Huyện ủy chỉ đạo thực hiện Nghị quyết số 13-NQ/HU, UBND huyện ban hành Kế hoạch số 25/KH-UBND.",
        ["13-NQ/HU"],
    ),
    (
        "opening-theo-names-a-source",
        "Theo Nghị quyết số 02-NQ/HU của Ban Chấp hành Đảng bộ huyện, năm 2021 huyện phấn đấu tăng trưởng 10,5%.",
        [],
    ),
    (
        "opening-thực-hiện-frames-targets",
        "Thực hiện Kế hoạch số 76/KH-UBND của UBND thành phố, năm 2022 Sầm Sơn phấn đấu đón 2,5 triệu lượt khách.",
        [],
    ),
    (
        "year-of-a-plan-is-not-carrying-out",
        "Năm 2025 là năm cuối thực hiện Nghị quyết số 15/NQ-HĐND của HĐND tỉnh về kế hoạch 5 năm 2021 - 2025.",
        [],
    ),
    (
        "semicolon-list-after-one-verb",
        "Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; "
        "Kết luận số 92-KL/TW của Bộ Chính trị.",
        ["35-CT/TW", "92-KL/TW"],
    ),
    (
        "short-form-of-a-cited-document",
        "Nghị quyết số 13-NQ/HU của Huyện ủy ra đời năm 2023; các cấp ủy tiếp tục cụ thể hóa NQ 13.",
        ["13-NQ/HU"],
    ),
    ("issuing-is-not-implementing", "HĐND huyện đã ban hành Nghị quyết số 15/NQ-HĐND về kế hoạch đầu tư công.", []),
    ("passing-is-not-implementing", "HĐND tỉnh đã thông qua Nghị quyết số 45/NQ-HĐND về điều chỉnh kế hoạch.", []),
    ("no-verb", "Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy có ý nghĩa quan trọng đối với huyện.", []),
    (
        "verb-in-another-clause",
        "Huyện thực hiện tốt các nhiệm vụ trọng tâm; Nghị quyết số 10-NQ/TU có ý nghĩa lớn.",
        [],
    ),
    (
        "verb-too-far",
        "Huyện thực hiện nhiều giải pháp đồng bộ trong sản xuất nông nghiệp, xây dựng nông thôn mới, "
        "phát triển văn hóa xã hội và đảm bảo an sinh xã hội cho người dân, phù hợp Nghị quyết số 10-NQ/TU.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in IMPLEMENTS], ids=[c[0] for c in IMPLEMENTS])
def test_implemented_documents(write_article: Callable[..., Path], body: str, expected: list[str]) -> None:
    ctx = context(write_article, body)
    documents = extract_documents(ctx)
    sentence = next(s for s in ctx.article.sentences if not s.is_title)
    assert implemented_documents(ctx, sentence, documents) == expected


def test_only_known_documents_are_implemented(write_article: Callable[..., Path]) -> None:
    ctx = context(write_article, "Tổ chức quán triệt, triển khai thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy.")
    sentence = next(s for s in ctx.article.sentences if not s.is_title)
    assert implemented_documents(ctx, sentence, []) == []
