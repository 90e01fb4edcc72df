"""Names and titles, sentence by sentence: who is named, with which generic titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.article import read_article
from loaders.context import build_context
from loaders.extract.people import extract_people
from loaders.names import surnames, two_syllable_families
from loaders.pipeline import extract

LEAD = "Sáng 3/1, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2024."

CASES: list[tuple[str, str, dict[str, list[str]]]] = [
    (
        "the-committee-elected-listed-after-its-term",  # a Sán Dìu family name; semicolons between the members
        "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khoá XXIV gồm 15 đồng chí: Diệp Văn Thắng; Lỷ Văn Phúc; Trương Thị "
        "Lan.",
        {"Diệp Văn Thắng": ["Đảng ủy viên"], "Lỷ Văn Phúc": ["Đảng ủy viên"], "Trương Thị Lan": ["Đảng ủy viên"]},
    ),
    (
        "a-member-listed-after-another-s-posts-in-brackets",
        "Hội nghị bầu Ban Thường vụ Đảng uỷ xã gồm 3 đồng chí: Diệp Văn Thắng, Nguyễn Văn Hưởng (Phó Chủ tịch UBND "
        "xã), Lam Văn Sơn (Trưởng Công an xã).",
        {
            "Diệp Văn Thắng": ["Ủy viên Ban Thường vụ Đảng ủy xã"],
            "Nguyễn Văn Hưởng": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Phó Chủ tịch UBND xã"],
            "Lam Văn Sơn": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Trưởng Công an xã"],
        },
    ),
    (
        "a-standing-committee-the-sentence-opens-with-and-lists",  # its committee the article's unit's if unnamed
        "Ban Thường vụ còn có các đồng chí: Hứa Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Châu Minh Đạt, Trưởng "
        "Công an huyện. Ban Thường vụ Huyện ủy gồm 3 đồng chí: Lê Văn Hùng, Trần Thị Mai, Nguyễn Văn Tâm.",
        {
            "Hứa Ngọc Lan": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
            "Châu Minh Đạt": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Công an huyện"],
            "Lê Văn Hùng": ["Ủy viên Ban Thường vụ Huyện ủy"],
            "Trần Thị Mai": ["Ủy viên Ban Thường vụ Huyện ủy"],
            "Nguyễn Văn Tâm": ["Ủy viên Ban Thường vụ Huyện ủy"],
        },
    ),
    (
        "the-head-of-a-commission-the-sentence-elected",  # the organ after "bầu", not at the sentence's start
        "Hội nghị cũng bầu Ủy ban Kiểm tra Đảng uỷ xã gồm 3 đồng chí, đồng chí Tạ Quốc Vinh được bầu làm Chủ nhiệm.",
        {"Tạ Quốc Vinh": ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"]},
    ),
    (
        "a-post-and-those-elected-to-it",  # "bầu 2 Phó Chủ tịch … là bà A và ông B", "Hai Phó Chủ tịch … được bầu là"
        "Kỳ họp bầu 2 Phó Chủ tịch HĐND phường là bà Phùng Thị Thanh Nga và ông Đỗ Văn Lực. Hai Phó Chủ tịch UBND "
        "phường được bầu là bà Lê Thị Minh Phương và ông Nguyễn Hữu Quyết.",
        {
            "Phùng Thị Thanh Nga": ["Phó Chủ tịch HĐND phường"],
            "Đỗ Văn Lực": ["Phó Chủ tịch HĐND phường"],
            "Lê Thị Minh Phương": ["Phó Chủ tịch UBND phường"],
            "Nguyễn Hữu Quyết": ["Phó Chủ tịch UBND phường"],
        },
    ),
    (
        "a-steering-committee-whose-report-follows-a-comma",  # "… Ban Chỉ đạo trình bày, qua rà soát, toàn huyện …"
        "Ban Chỉ đạo xóa nhà tạm huyện họp. Theo báo cáo do ông Chảo Văn Tả, Phó Trưởng Ban Thường trực Ban Chỉ đạo "
        "trình bày, qua rà soát, toàn huyện có 1.245 hộ.",
        {"Chảo Văn Tả": ["Phó Trưởng ban Thường trực Ban Chỉ đạo xóa nhà tạm huyện"]},
    ),
    (
        "an-election-won-said-of-the-past",
        "Đồng chí Nguyễn Thị Phương Thảo, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy đã trúng cử Ủy viên Ban Thường vụ "
        "Huyện ủy với tỷ lệ phiếu cao.",
        {
            "Nguyễn Thị Phương Thảo": [
                "Huyện ủy viên",
                "Trưởng Ban Dân vận Huyện ủy",
                "Ủy viên Ban Thường vụ Huyện ủy",
            ]
        },
    ),
    (
        "a-bare-party-committee-is-of-the-kind-its-neighbour-names",  # a ward the gazetteer does not know
        "Về phía phường có đồng chí Đồng Văn Hào, Bí thư Đảng uỷ, Chủ tịch HĐND phường.",
        {"Đồng Văn Hào": ["Bí thư Đảng ủy phường", "Chủ tịch HĐND phường"]},
    ),
    (
        "a-steering-committee-s-task-is-no-clause",  # the committee the article named first
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện tổng kết năm 2024. Báo cáo do bà Đinh Thị Hậu, Phó Chủ "
        "tịch UBND huyện, Phó Trưởng Ban Thường trực Ban Chỉ đạo trình bày cho thấy, toàn huyện có thêm 5 xã đạt chuẩn.",
        {
            "Đinh Thị Hậu": [
                "Phó Chủ tịch UBND huyện",
                "Phó Trưởng ban Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện",
            ]
        },
    ),
    (
        "a-steering-committee-s-task-ends-before-a-clause-of-time",  # "…, tính đến ngày 15/3/2024, trên địa bàn tỉnh"
        "Ban Chỉ đạo xóa nhà tạm huyện họp. Theo báo cáo của ông Chảo Văn Tả, Phó Trưởng ban Ban Chỉ đạo Dự án, tính "
        "đến ngày 15/3/2024, trên địa bàn huyện có 1.245 hộ.",
        {"Chảo Văn Tả": ["Phó Trưởng Ban Chỉ đạo xóa nhà tạm huyện"]},
    ),
    (
        "a-name-of-five-syllables-after-the-ward",  # "phường Tôn Nữ" is no ward: the Huế family bears two names
        "Trình bày báo cáo chính trị, Phó Bí thư Thường trực Đảng ủy phường Tôn Nữ Thị Bích Hạnh cho biết phường đã "
        "hoàn thành các chỉ tiêu.",
        {"Tôn Nữ Thị Bích Hạnh": ["Phó Bí thư Thường trực Đảng ủy phường"]},
    ),
    (
        "a-board-the-lexicons-do-not-know-is-not-another-board-s",  # not the Huyện ủy's, as the board before is
        "Cùng dự có các đồng chí: Ngô Thị Thanh Bình, Trưởng Ban Tuyên giáo Huyện ủy; Hồ Sĩ Nguyên, Phó Trưởng ban "
        "Thường trực Ban Quản lý Vịnh Hạ Long.",
        {"Ngô Thị Thanh Bình": ["Trưởng Ban Tuyên giáo Huyện ủy"]},
    ),
    (
        "the-management-board-of-an-economic-zone",  # a provincial agency, whatever the board before
        "Cùng dự có các đồng chí: Ngô Thị Thanh Bình, Trưởng Ban Tuyên giáo Huyện ủy; Hồ Sĩ Nguyên, Phó Trưởng ban "
        "Thường trực Ban Quản lý Khu kinh tế, công nghiệp tỉnh.",
        {
            "Ngô Thị Thanh Bình": ["Trưởng Ban Tuyên giáo Huyện ủy"],
            "Hồ Sĩ Nguyên": ["Phó Trưởng ban Thường trực Ban Quản lý Khu kinh tế, công nghiệp tỉnh"],
        },
    ),
    (
        "a-zone-s-board-abbreviated-keeps-the-zone-s-name",  # BQL, KKT and KCN spelt out; the name is the board's
        "Hội nghị do các đồng chí: Nguyễn Đình Khải, Trưởng BQL KKT Nghi Sơn và các KCN; Lê Văn Hòa, Phó Trưởng Ban "
        "Quản lý Khu kinh tế tỉnh Thanh Hóa đồng chủ trì.",
        {
            "Nguyễn Đình Khải": ["Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"],
            "Lê Văn Hòa": ["Phó Trưởng Ban Quản lý Khu kinh tế tỉnh"],
        },
    ),
    (
        "the-members-of-a-board-named-without-its-committee",  # the committee of the unit the article is about
        "Các đồng chí Ủy viên Ban Thường vụ còn lại gồm: đồng chí Lò Thị Hoan, Trưởng Ban Tổ chức Huyện ủy; đồng chí "
        "Trương Văn Mạnh, Phó Chủ tịch UBND huyện.",
        {
            "Lò Thị Hoan": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"],
            "Trương Văn Mạnh": ["Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện"],
        },
    ),
    (
        "the-parks-of-a-province-named-without-its-kind-word",  # "… các KCN Đồng Nai": the province's board
        "Cùng đi có đồng chí Trần Ngọc Sang, Trưởng Ban Quản lý các KCN Đồng Nai.",
        {"Trần Ngọc Sang": ["Trưởng Ban Quản lý các khu công nghiệp tỉnh"]},
    ),
    (
        "a-board-named-after-the-role-is-not-the-one-named-before",  # "Trưởng Ban Vận động Quỹ …" is no head of BTV
        "Bà Huỳnh Thị Kim Loan, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Vận động Quỹ Vì người nghèo huyện chủ trì "
        "hội nghị.",
        {"Huỳnh Thị Kim Loan": ["Ủy viên Ban Thường vụ Huyện ủy"]},
    ),
    (
        "the-rest-of-a-standing-board-listed",  # "còn lại" between the board and its list
        "Các đồng chí còn lại trong Ban Thường vụ Huyện ủy khóa XII gồm: Lương Hữu Nghĩa, Chủ nhiệm Ủy ban Kiểm tra "
        "Huyện ủy; Trung tá Nguyễn Hoàng Vũ, Trưởng Công an huyện.",
        {
            "Lương Hữu Nghĩa": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
            "Nguyễn Hoàng Vũ": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Công an huyện"],
        },
    ),
    (
        "the-members-of-a-standing-board-listed",  # "Các Ủy viên Ban Thường vụ … gồm các đồng chí: A, …; B, …"
        "Các Ủy viên Ban Thường vụ Đảng ủy xã còn lại gồm các đồng chí: Nguyễn Minh Tâm, Chủ nhiệm Ủy ban Kiểm tra "
        "Đảng ủy xã; Phan Thị Kiều Oanh, Phó Chủ tịch HĐND xã.",
        {
            "Nguyễn Minh Tâm": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"],
            "Phan Thị Kiều Oanh": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Phó Chủ tịch HĐND xã"],
        },
    ),
    (
        "deputies-under-a-heading-after-a-city-s-initials",  # "TP.HCM" ends the first one's title; the list goes on
        "Tham dự có các đại biểu Quốc hội: ông Đỗ Thanh Phương, Phó Trưởng Đoàn ĐBQH TP.HCM; bà Tô Ngọc Hân, Ủy "
        "viên Thường trực Ủy ban Văn hóa và Giáo dục của Quốc hội.",
        {
            "Đỗ Thanh Phương": ["Đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội thành phố"],
            "Tô Ngọc Hân": ["Đại biểu Quốc hội", "Ủy viên Thường trực Ủy ban Văn hóa và Giáo dục của Quốc hội"],
        },
    ),
    (
        "deputies-of-the-city-council-by-its-initials",
        "Cùng dự có các đại biểu HĐND TP khoá X: ông Phan Văn Cường, Phó Trưởng Ban Đô thị HĐND TP và bà Thạch Thị "
        "Sô Phia.",
        {
            "Phan Văn Cường": ["Đại biểu HĐND thành phố", "Phó Trưởng Ban Đô thị HĐND thành phố"],
            "Thạch Thị Sô Phia": ["Đại biểu HĐND thành phố"],
        },
    ),
    (
        "two-elected-together-the-first-with-the-term-of-a-post",  # "khóa XXV" does not part them
        "Các đồng chí Phạm Minh Hoàng, Phó Bí thư Thường trực Huyện ủy khóa XXV và Ngô Trọng Bính được bầu giữ chức "
        "Phó Bí thư Huyện ủy.",
        {
            "Phạm Minh Hoàng": ["Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Huyện ủy"],
            "Ngô Trọng Bính": ["Phó Bí thư Huyện ủy"],
        },
    ),
    (
        "name-comma-titles",
        "Đồng chí Lê Đình Hải, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu.",
        {"Lê Đình Hải": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]},
    ),
    (
        "titles-then-name",
        "Bí thư Huyện uỷ, Chủ tịch HĐND huyện Thọ Xuân Lê Đình Hải phát biểu chỉ đạo.",
        {"Lê Đình Hải": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]},
    ),
    (
        "an-honorific-opening-a-sentence-before-a-name-introduced",  # "Ông" is no syllable of the name again
        "HĐND huyện bầu bổ sung ông Kray Bốn, Huyện uỷ viên, giữ chức Phó Chủ tịch HĐND huyện. Ông Kray Bốn trúng "
        "cử với 32/33 đại biểu có mặt tán thành.",
        {"Kray Bốn": ["Huyện ủy viên", "Phó Chủ tịch HĐND huyện"]},
    ),
    (
        "two-syllable-names-after-the-committee",  # the gazetteer knows every district and province, however spelt
        "Bí thư Huyện uỷ A Pớt đề nghị các xã tập trung chỉ đạo; Phó Chủ tịch UBND tỉnh Rơmah Tuân, Chủ tịch UBND "
        "huyện Y Bình và Bí thư Huyện ủy Đak Đoa Nguyễn Văn Tâm cùng dự.",
        {
            "A Pớt": ["Bí thư Huyện ủy"],
            "Rơmah Tuân": ["Phó Chủ tịch UBND tỉnh"],
            "Y Bình": ["Chủ tịch UBND huyện"],
            "Nguyễn Văn Tâm": ["Bí thư Huyện ủy"],
        },
    ),
    (
        "a-special-zone",  # the island districts became special zones (đặc khu) on 1 July 2025
        "Bà Vũ Thị Thanh Hà, Phó Bí thư Đảng uỷ, Chủ tịch UBND đặc khu Cát Hải chủ trì; dự có ông Hoàng Đức Thịnh, "
        "Bí thư Đảng uỷ đặc khu.",
        {
            "Vũ Thị Thanh Hà": ["Phó Bí thư Đảng ủy đặc khu", "Chủ tịch UBND đặc khu"],
            "Hoàng Đức Thịnh": ["Bí thư Đảng ủy đặc khu"],
        },
    ),
    ("title-only-is-nobody", "Đồng chí Bí thư Huyện ủy nhấn mạnh một số nhiệm vụ trọng tâm.", {}),
    (
        "a-standing-committee-elected-with-its-members-listed",  # each listed member joins the board
        "Hội nghị lần thứ nhất đã bầu Ban Thường vụ Huyện ủy gồm 11 đồng chí: Hoàng Minh Đạo, Bí thư Huyện ủy; Xeo "
        "Văn Khánh, Trưởng ban Tổ chức Huyện ủy; Thượng tá Trần Hữu Luân, Trưởng Công an huyện.",
        {
            "Hoàng Minh Đạo": ["Ủy viên Ban Thường vụ Huyện ủy", "Bí thư Huyện ủy"],
            "Xeo Văn Khánh": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"],
            "Trần Hữu Luân": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Công an huyện"],
        },
    ),
    (
        "a-border-guard-station-named-or-not",  # its name is no person's; once named, "Đồn trưởng" alone is its head
        "Thiếu tá Lương Đình Công, Đồn trưởng Đồn Biên phòng Môn Sơn thông tin tình hình biên giới; Thiếu tá Mè Văn "
        "Hiếu, Chính trị viên đồn cho biết thêm; Đại úy Lò Văn Sơn, Đồn trưởng cũng phát biểu.",
        {
            "Lương Đình Công": ["Đồn trưởng Đồn Biên phòng Môn Sơn"],
            "Mè Văn Hiếu": ["Chính trị viên Đồn Biên phòng Môn Sơn"],
            "Lò Văn Sơn": ["Đồn trưởng Đồn Biên phòng Môn Sơn"],
        },
    ),
    (
        "a-border-gate-s-station-and-customs-office",  # "cửa khẩu" before the name; a holder's name after it
        "Ông Nguyễn Minh Đức, Chi cục trưởng Chi cục Hải quan cửa khẩu Tân Thanh cho biết thu ngân sách tăng; Đồn "
        "trưởng Đồn Biên phòng cửa khẩu Tân Thanh Hoàng Văn Sinh phát biểu.",
        {
            "Nguyễn Minh Đức": ["Chi cục trưởng Chi cục Hải quan cửa khẩu Tân Thanh"],
            "Hoàng Văn Sinh": ["Đồn trưởng Đồn Biên phòng cửa khẩu Tân Thanh"],
        },
    ),
    (
        "the-deputy-director-of-a-provincial-fund",
        "Dự có bà Lý Thị Mai, Phó Giám đốc Quỹ Bảo vệ và Phát triển rừng tỉnh.",
        {"Lý Thị Mai": ["Phó Giám đốc Quỹ Bảo vệ và Phát triển rừng tỉnh"]},
    ),
    (
        "heads-and-party-cells-of-villages",  # the village's kind in the title, not its name; its holder after it
        "Ông Hoàng Văn Đoàn, trưởng thôn Nà Làng đề nghị sửa kênh; bà Lý Thị Mai, Bí thư Chi bộ, Trưởng bản Khuổi Ún "
        "kiến nghị mở lớp nghề; Trưởng bản Lủng Pảng Giàng A Lử mong được hỗ trợ.",
        {
            "Hoàng Văn Đoàn": ["Trưởng thôn"],
            "Lý Thị Mai": ["Bí thư Chi bộ bản", "Trưởng bản"],
            "Giàng A Lử": ["Trưởng bản"],
        },
    ),
    (
        "the-front-s-board-of-a-village-and-a-post-held-with-another",  # "kiêm": both posts are the holder's
        "Ông Lý Văn Sinh, Trưởng ban Công tác Mặt trận thôn Hợp Nhất, xã Ba Vì chia sẻ kinh nghiệm; đồng chí Giàng A "
        "Chu, Bí thư Chi bộ kiêm Trưởng bản cho biết; ông Hà Văn Tám, Bí thư Đảng ủy xã kiêm Chủ tịch UBND xã phát "
        "biểu.",
        {
            "Lý Văn Sinh": ["Trưởng Ban Công tác Mặt trận thôn"],
            "Giàng A Chu": ["Bí thư Chi bộ bản", "Trưởng bản"],
            "Hà Văn Tám": ["Bí thư Đảng ủy xã", "Chủ tịch UBND xã"],
        },
    ),
    (
        "a-provincial-office-of-a-central-department",  # named by its province, with or without the kind word
        "Bà Vi Thị Hoa, Phó Cục trưởng Cục Hải quan Lạng Sơn kiến nghị; ông Lê Văn Tám, Cục trưởng Cục Thuế tỉnh "
        "phát biểu.",
        {"Vi Thị Hoa": ["Phó Cục trưởng Cục Hải quan tỉnh"], "Lê Văn Tám": ["Cục trưởng Cục Thuế tỉnh"]},
    ),
    (
        "abbreviations",
        "Dự hội nghị có đồng chí Bùi Huy Toàn, PBT Huyện ủy, Chủ tịch UBND huyện.",
        {"Bùi Huy Toàn": ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]},
    ),
    (
        "member-titles",
        "Đồng chí Phạm Tiến Dũng, TUV, Bí thư Huyện ủy chủ trì hội nghị.",
        {"Phạm Tiến Dũng": ["Tỉnh ủy viên", "Bí thư Huyện ủy"]},
    ),
    (
        "standing-committee",
        "Đồng chí Nguyễn Văn Thi, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh dự.",
        {"Nguyễn Văn Thi": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"]},
    ),
    (
        "clipped-standing",
        "Đồng chí Trần Văn Nam, Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự hội nghị.",
        {"Trần Văn Nam": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]},
    ),
    (
        "list-semicolon",
        "Dự có các đồng chí: Lê Văn An, Bí thư Huyện ủy; Hoàng Thị Bình, Chủ tịch UBND huyện.",
        {"Lê Văn An": ["Bí thư Huyện ủy"], "Hoàng Thị Bình": ["Chủ tịch UBND huyện"]},
    ),
    (
        "a-plural-item-shares-its-titles",  # "các ông: A, B – Phó Chủ tịch": both; "A và B, Chủ tịch …": B's
        "Dự có bà Hán Thị Mỹ Dung – Chủ tịch HĐND huyện; các ông: Thông Văn Chánh, Nguyễn Công Thành – Phó Chủ "
        "tịch UBND huyện. Các đồng chí Phí Thị Thu Trang và Đỗ Mạnh Hùng, Chủ tịch UBND xã, giữ chức Phó Bí thư "
        "Đảng ủy xã.",
        {
            "Hán Thị Mỹ Dung": ["Chủ tịch HĐND huyện"],
            "Thông Văn Chánh": ["Phó Chủ tịch UBND huyện"],
            "Nguyễn Công Thành": ["Phó Chủ tịch UBND huyện"],
            "Phí Thị Thu Trang": ["Phó Bí thư Đảng ủy xã"],
            "Đỗ Mạnh Hùng": ["Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"],
        },
    ),
    (
        "list-items-named-by-families-no-table-knows",  # Cơ Tu names, each a list item before its titles
        "Đoàn gồm các đồng chí: Ating Lơm, Phó Bí thư Thường trực Huyện ủy; Nguyễn Hữu Phước, Phó Bí thư Huyện "
        "ủy, Chủ tịch UBND huyện; Clâu Thị Nhiên, Ủy viên BTV, Trưởng Ban Tổ chức Huyện ủy; Bhnướch Dung, Ủy viên "
        "BTV, Chủ nhiệm UBKT Huyện ủy; Zơrâm Bốc, Bí thư Đảng ủy xã A Xan.",
        {
            "Ating Lơm": ["Phó Bí thư Thường trực Huyện ủy"],
            "Nguyễn Hữu Phước": ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"],
            "Clâu Thị Nhiên": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"],
            "Bhnướch Dung": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
            "Zơrâm Bốc": ["Bí thư Đảng ủy xã"],
        },
    ),
    ("lower-case-title", "Đồng chí Đỗ Minh Tâm, bí thư huyện ủy dự hội nghị.", {"Đỗ Minh Tâm": ["Bí thư Huyện ủy"]}),
    ("commune", "Đồng chí Vũ Văn Hùng, Bí thư Đảng ủy xã Xuân Lập phát biểu.", {"Vũ Văn Hùng": ["Bí thư Đảng ủy xã"]}),
    ("lunar-year-is-no-name", "Nhân dân đón Tết Nguyên đán Giáp Thìn an toàn, tiết kiệm.", {}),
    ("department", "Đồng chí Lê Thị Thu, Giám đốc Sở Tài chính phát biểu.", {"Lê Thị Thu": ["Giám đốc Sở Tài chính"]}),
    # A longer reading wins over a standalone title inside it ("ĐBQH" in "Trưởng Đoàn ĐBQH tỉnh").
    (
        "delegation-head-not-deputy",
        "Đồng chí Hoàng Văn Sơn, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh dự hội nghị.",
        {"Hoàng Văn Sơn": ["Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"]},
    ),
    (
        "delegation-long-form",
        "Đồng chí Vương Thị Hạnh, Phó Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu.",
        {"Vương Thị Hạnh": ["Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"]},
    ),
    (
        "central-committee-clipped",
        "Đồng chí Đàm Thị Hà, Ủy viên TW Đảng, Bí thư Tỉnh ủy phát biểu.",
        {"Đàm Thị Hà": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]},
    ),
    (
        "standing-deputy-abbreviated",
        "Đồng chí Ngô Thị Lan - PBT Thường trực Huyện ủy trình bày báo cáo.",
        {"Ngô Thị Lan": ["Phó Bí thư Thường trực Huyện ủy"]},
    ),
    (
        "odd-casing-and-dash",
        "Đồng chí Hoàng Minh Đức – Bí Thư Huyện Ủy phát biểu khai mạc.",
        {"Hoàng Minh Đức": ["Bí thư Huyện ủy"]},
    ),
    # A semicolon separates people: the second title runs into the name after it.
    (
        "semicolon-separates-people",
        "Dự có đồng chí Đào Văn Khánh, Phó Bí thư Thường trực Đảng ủy xã; Chủ tịch Ủy ban MTTQ xã Lương Thị Mơ.",
        {"Đào Văn Khánh": ["Phó Bí thư Thường trực Đảng ủy xã"], "Lương Thị Mơ": ["Chủ tịch Ủy ban MTTQ xã"]},
    ),
    (
        "comma-only-list",
        "Dự có các đồng chí Lưu Văn Bền, Bí thư Huyện ủy, Tôn Thị Mai, Chủ tịch UBND huyện, Cù Văn Tâm, "
        "Phó Chủ tịch HĐND huyện.",
        {
            "Lưu Văn Bền": ["Bí thư Huyện ủy"],
            "Tôn Thị Mai": ["Chủ tịch UBND huyện"],
            "Cù Văn Tâm": ["Phó Chủ tịch HĐND huyện"],
        },
    ),
    # "Đảng ủy" without its kind is of the commune its neighbour title names.
    (
        "commune-kind-from-neighbour",
        "Đồng chí Vi Văn Bảy, Bí thư Đảng ủy, Chủ tịch HĐND phường Bắc Sơn phát biểu.",
        {"Vi Văn Bảy": ["Bí thư Đảng ủy phường", "Chủ tịch HĐND phường"]},
    ),
    (
        "elided-committee-from-neighbour",
        "Đồng chí Lại Văn Sỹ, Bí thư, Chủ tịch HĐND xã Thọ Lâm phát biểu.",
        {"Lại Văn Sỹ": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]},
    ),
    (
        "elided-committee-in-sentence",
        "Đồng chí Lý Thị Hoa được bầu giữ chức Phó Bí thư Thường trực và đồng chí Đinh Công Sơn "
        "giữ chức Phó Bí thư Đảng ủy xã.",
        {"Lý Thị Hoa": ["Phó Bí thư Thường trực Đảng ủy xã"], "Đinh Công Sơn": ["Phó Bí thư Đảng ủy xã"]},
    ),
    ("bloc-committee-is-no-commune", "Đồng chí Ninh Văn Tú, Bí thư Đảng ủy Khối các cơ quan tỉnh dự.", {}),
    (
        "elected-coordinated",
        "Đồng chí Tạ Văn Long và đồng chí Kiều Thị Nga được bầu giữ chức Phó Chủ tịch UBND huyện.",
        {"Tạ Văn Long": ["Phó Chủ tịch UBND huyện"], "Kiều Thị Nga": ["Phó Chủ tịch UBND huyện"]},
    ),
    (
        "present-post",
        "Đồng chí Lục Văn Hải hiện là Huyện ủy viên, Bí thư Đảng ủy xã Thọ Lâm.",
        {"Lục Văn Hải": ["Huyện ủy viên", "Bí thư Đảng ủy xã"]},
    ),
    ("ceases-to-hold", "Đồng chí Tạ Văn Long thôi giữ chức Phó Chủ tịch UBND huyện.", {}),
    ("former-posts", "Đồng chí Mạc Văn Tiến, nguyên Bí thư Huyện ủy, Chủ tịch HĐND huyện dự lễ.", {}),
    (
        "colon-list-shares-title",
        "Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Mẫn Văn Đức, Tăng Thị Hằng.",
        {"Mẫn Văn Đức": ["Phó Chủ tịch UBND tỉnh"], "Tăng Thị Hằng": ["Phó Chủ tịch UBND tỉnh"]},
    ),
    (
        "comma-then-run-in-name",
        "Dự có đồng chí Lê Văn An, Bí thư Huyện ủy, Chủ tịch UBND huyện Nguyễn Văn Bình.",
        {"Lê Văn An": ["Bí thư Huyện ủy"], "Nguyễn Văn Bình": ["Chủ tịch UBND huyện"]},
    ),
    (
        "ward-named-after-a-hero",
        "Đồng chí Lê Văn An, Chủ tịch UBND phường Trần Hưng Đạo phát biểu.",
        {"Lê Văn An": ["Chủ tịch UBND phường"]},
    ),
    (
        "honorific-opens-sentence",
        "Ông Nguyễn Hữu Phước – Chủ tịch UBND xã Yên Lạc cho biết xã đã hoàn thành kế hoạch.",
        {"Nguyễn Hữu Phước": ["Chủ tịch UBND xã"]},
    ),
    (
        "department-abbreviated",
        "Đồng chí Phí Văn Toàn, Phó Giám đốc Sở NN&PTNT tỉnh Hòa Bình phát biểu.",
        {"Phí Văn Toàn": ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]},
    ),
    (
        "acting-chair",  # "Q.Chủ tịch": a post of its own, not the chair's
        "Ông A Thìn - Q.Chủ tịch UBND xã Bờ Y cho biết, xã phấn đấu đạt chuẩn nông thôn mới.",
        {"A Thìn": ["Quyền Chủ tịch UBND xã"]},
    ),
    (
        "working-group",  # named by its task and unit, as a steering committee is; no "của" before the unit
        "Cùng dự có ông Lê Minh Trí, Phó Chủ tịch UBND huyện, Tổ trưởng Tổ công tác đẩy nhanh tiến độ giải ngân vốn "
        "đầu tư công của huyện; ông Phạm Văn Dương, Tổ phó Tổ công tác triển khai Đề án 06 huyện.",
        {
            "Lê Minh Trí": [
                "Phó Chủ tịch UBND huyện",
                "Tổ trưởng Tổ công tác đẩy nhanh tiến độ giải ngân vốn đầu tư công huyện",
            ],
            "Phạm Văn Dương": ["Tổ phó Tổ công tác triển khai Đề án 06 huyện"],
        },
    ),
    (
        "steering-committee-abbreviated",  # "BCĐ": the steering committee the article is about
        "Chiều 15/5, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện họp. Ông Chau Sóc Khum, Chủ tịch UBND "
        "huyện, Trưởng BCĐ chủ trì cuộc họp; ông Nguyễn Hữu Trí, Phó Chủ tịch UBND huyện, Phó Trưởng BCĐ báo cáo.",
        {
            "Chau Sóc Khum": [
                "Chủ tịch UBND huyện",
                "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện",
            ],
            "Nguyễn Hữu Trí": [
                "Phó Chủ tịch UBND huyện",
                "Phó Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện",
            ],
        },
    ),
    (
        "department-half-abbreviated",  # "Lao động - TB&XH": the full name, not "Sở Lao động" cut at the dash
        "Đồng chí Lục Văn Thiêm, Giám đốc Sở Lao động - TB&XH đánh giá cao kết quả giảm nghèo của huyện.",
        {"Lục Văn Thiêm": ["Giám đốc Sở Lao động - Thương binh và Xã hội"]},
    ),
    (
        "department-written-with-a-dash",  # "Giao thông - Vận tải": the department's name, not "Giao thông" then words
        "Ông Trương Quang Vinh, Phó Giám đốc Sở Giao thông - Vận tải thông tin: công trình đã được đưa vào danh mục.",
        {"Trương Quang Vinh": ["Phó Giám đốc Sở Giao thông vận tải"]},
    ),
    (
        "district-office",
        "Bà Hứa Thị Yến, Trưởng phòng Tài nguyên và Môi trường huyện báo cáo.",
        {"Hứa Thị Yến": ["Trưởng phòng Tài nguyên và Môi trường huyện"]},
    ),
    (
        "a-bare-dong-chi-is-the-person-last-named",
        "Đồng chí Xa Thị Thu Huyền, Trưởng Ban Dân vận Huyện ủy giữ chức Phó Bí thư Đảng ủy xã; đồng thời theo Nghị "
        "quyết số 82/NQ-HĐND của Thường trực HĐND tỉnh, đồng chí được chỉ định giữ chức Chủ tịch HĐND xã; các đồng "
        "chí được điều động giữ chức Ủy viên Ban Thường vụ Đảng ủy xã.",
        {"Xa Thị Thu Huyền": ["Trưởng Ban Dân vận Huyện ủy", "Phó Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]},
    ),
    (
        "a-board-named-before-with-its-owner-and-a-dash",
        "Kỳ họp thành lập Ban Kinh tế – Xã hội và Ban Pháp chế HĐND huyện; theo đó, đồng chí Zơ Râm Ngọc được bầu "
        "làm Trưởng Ban Kinh tế – Xã hội với 29/30 phiếu, đồng chí Riah Thông được bầu làm Trưởng Ban Pháp chế.",
        {
            "Zơ Râm Ngọc": ["Trưởng Ban Kinh tế - Xã hội HĐND huyện"],
            "Riah Thông": ["Trưởng Ban Pháp chế HĐND huyện"],
        },
    ),
    (
        "a-pair-opened-by-a-plural-honorific",
        "Các đồng chí Nguyễn Văn Trí và Pơloong Lợi được bầu giữ chức Phó Chủ tịch UBND huyện với số phiếu lần lượt "
        "là 27/30 và 29/30.",
        {"Nguyễn Văn Trí": ["Phó Chủ tịch UBND huyện"], "Pơloong Lợi": ["Phó Chủ tịch UBND huyện"]},
    ),
    (
        "a-post-given-after-former-posts-in-brackets",  # the predicate follows the bracket's close
        "Chỉ định đồng chí Lê Quang Vũ, Phó Bí thư Thường trực Đảng ủy xã Ea Kar (nguyên Phó Bí thư Thường trực "
        "Huyện ủy Ea Kar) giữ chức Bí thư Đảng ủy xã Ea Kar, nhiệm kỳ 2020-2025.",
        {"Lê Quang Vũ": ["Phó Bí thư Thường trực Đảng ủy xã", "Bí thư Đảng ủy xã"]},
    ),
    (
        "a-board-named-with-a-bare-dash",  # "Kinh tế-Ngân sách" is the lexicon's "Kinh tế - Ngân sách"
        "Tham dự có ông Trần Quốc Hưng—Phó Trưởng ban Kinh tế-Ngân sách HĐND tỉnh.",
        {"Trần Quốc Hưng": ["Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"]},
    ),
    (
        "a-campaigns-steering-board-without-its-quotes",
        "Đồng chí Lâm Thị Sa Ri, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện chủ trì.",
        {"Lâm Thị Sa Ri": ["Trưởng Ban Chỉ đạo phong trào thi đua Dân vận khéo huyện"]},
    ),
    (
        "border-guard-command",
        "Tham dự có Đại tá Ma Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        {"Ma Văn Cường": ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]},
    ),
    (
        "appointed-by-another-organ-as-its-object",  # "…; UBND tỉnh bổ nhiệm ông giữ chức …"
        "Ông Trịnh Xuân Khánh, Bí thư Thị uỷ Phú Mỹ được điều động đến nhận công tác tại Sở Kế hoạch và Đầu tư; UBND "
        "tỉnh bổ nhiệm ông giữ chức Giám đốc Sở Kế hoạch và Đầu tư kể từ ngày 1/3/2024.",
        {"Trịnh Xuân Khánh": ["Bí thư Thị ủy", "Giám đốc Sở Kế hoạch và Đầu tư"]},
    ),
    (
        "appointed-to-take-part-in-a-post",
        "Ông Lê Đức Thắng, Phó Chủ tịch Thường trực UBND thị xã được chỉ định tham gia giữ chức Phó Bí thư Thị uỷ.",
        {"Lê Đức Thắng": ["Phó Chủ tịch Thường trực UBND thị xã", "Phó Bí thư Thị ủy"]},
    ),
    (
        "ministry",
        "Đồng chí Quách Văn Lâm, Thứ trưởng Bộ KH&ĐT phát biểu.",
        {"Quách Văn Lâm": ["Thứ trưởng Bộ Kế hoạch và Đầu tư"]},
    ),
    (
        "inspection-commission",
        "Đồng chí Tô Văn Hòa, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy báo cáo.",
        {"Tô Văn Hòa": ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]},
    ),
    (
        "office-chief",
        "Đồng chí Khổng Văn Minh, Chánh Văn phòng HĐND và UBND huyện trình bày tờ trình.",
        {"Khổng Văn Minh": ["Chánh Văn phòng HĐND và UBND huyện"]},
    ),
    (
        "standing-deputy-head-of-board",
        "Đồng chí Lê Quang Hùng, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy dự.",
        {"Lê Quang Hùng": ["Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy"]},
    ),
    (
        "city-abbreviation",
        "Đồng chí Lã Văn Hiếu, Chủ tịch UBND TP Hạ Long dự.",
        {"Lã Văn Hiếu": ["Chủ tịch UBND thành phố"]},
    ),
    (
        "mass-organisation",
        "Đồng chí Vũ Thị Loan, Chủ tịch Hội Liên hiệp Phụ nữ huyện phát biểu tham luận.",
        {"Vũ Thị Loan": ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"]},
    ),
    (
        "title-then-name-of-a-rarer-family",  # Tào, not a province "Tào Đình" of UBND tỉnh
        "Phó Chủ tịch Thường trực UBND tỉnh Tào Đình Ninh phát biểu chỉ đạo hội nghị.",
        {"Tào Đình Ninh": ["Phó Chủ tịch Thường trực UBND tỉnh"]},
    ),
    (
        "heading-over-a-list",  # the heading's title is every listed name's, besides their own
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lương Văn Cầu, Trưởng Ban Tổ chức Tỉnh ủy; "
        "Vũ Minh Khiêm, Phó Chủ tịch UBND tỉnh.",
        {
            "Lương Văn Cầu": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
            "Vũ Minh Khiêm": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"],
        },
    ),
    (
        "heading-naming-a-deputies-group",  # the group between the heading's title and its list
        "Tham dự có các đại biểu HĐND tỉnh trong Tổ đại biểu: bà Phan Thị Bích Thủy, Trưởng ban Dân vận Tỉnh ủy; "
        "ông Lâm Văn Sang, Phó Chủ tịch UBND huyện.",
        {
            "Phan Thị Bích Thủy": ["Đại biểu HĐND tỉnh", "Trưởng Ban Dân vận Tỉnh ủy"],
            "Lâm Văn Sang": ["Đại biểu HĐND tỉnh", "Phó Chủ tịch UBND huyện"],
        },
    ),
    (
        "two-syllable-name-seen-before",  # introduced once, "A Khang" needs no honorific after "và"
        "Dự có đồng chí A Khang, Chủ tịch UBND huyện. Các đồng chí Trần Văn Lực và A Khang được bầu giữ chức "
        "Phó Bí thư Huyện ủy.",
        {
            "A Khang": ["Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"],
            "Trần Văn Lực": ["Phó Bí thư Huyện ủy"],
        },
    ),
    (
        "head-of-the-commune-police",  # plain "Trưởng" before the police of a unit
        "Đồng chí Lò Văn Nam, Trưởng Công an xã tham luận về giữ vững an ninh trật tự.",
        {"Lò Văn Nam": ["Trưởng Công an xã"]},
    ),
    (
        "boards-whose-council-the-last-names",  # "Ban Kinh tế - Xã hội; … Ban Dân tộc HĐND huyện"
        "HĐND huyện bầu đồng chí Phùng Văn Dũng giữ chức Trưởng Ban Kinh tế - Xã hội; đồng chí Đỗ Thị Hương giữ "
        "chức Trưởng Ban Pháp chế; đồng chí Triệu Văn Lâm giữ chức Trưởng Ban Dân tộc HĐND huyện.",
        {
            "Phùng Văn Dũng": ["Trưởng Ban Kinh tế - Xã hội HĐND huyện"],
            "Đỗ Thị Hương": ["Trưởng Ban Pháp chế HĐND huyện"],
            "Triệu Văn Lâm": ["Trưởng Ban Dân tộc HĐND huyện"],
        },
    ),
    (
        "board-head-after-the-board-named",  # the board named before its head's name, the post written bare after
        "Báo cáo thẩm tra của Ban Pháp chế HĐND huyện do bà Vũ Thị Nhàn, Trưởng ban trình bày tại kỳ họp.",
        {"Vũ Thị Nhàn": ["Trưởng Ban Pháp chế HĐND huyện"]},
    ),
    (
        "leader-of-a-deputies-group",  # the council's unit named after a deputy's seat is no person
        "Dự có đồng chí Đào Minh Khang, đại biểu HĐND tỉnh Thanh Hóa, Tổ trưởng Tổ đại biểu HĐND tỉnh ứng cử "
        "tại huyện Thọ Xuân.",
        {"Đào Minh Khang": ["Đại biểu HĐND tỉnh", "Tổ trưởng Tổ đại biểu HĐND tỉnh"]},
    ),
    (
        "deputies-group-of-the-heading-s-council",  # "Tổ trưởng Tổ đại biểu" alone: of the council of the heading
        "Tham dự có các đại biểu HĐND tỉnh: ông Lê Văn Tùng, Bí thư Huyện ủy, Tổ trưởng Tổ đại biểu; bà Hà Thị "
        "Hồng, Tổ phó Tổ đại biểu.",
        {
            "Lê Văn Tùng": ["Đại biểu HĐND tỉnh", "Bí thư Huyện ủy", "Tổ trưởng Tổ đại biểu HĐND tỉnh"],
            "Hà Thị Hồng": ["Đại biểu HĐND tỉnh", "Tổ phó Tổ đại biểu HĐND tỉnh"],
        },
    ),
    (
        "sent-back-to-a-post",  # "về giữ chức": sent to the post with no place named between
        "Đồng chí Giàng A Sử, Bí thư Đảng uỷ xã được điều động về giữ chức Phó Trưởng Ban Dân vận Huyện uỷ; Phó "
        "Bí thư Đảng uỷ xã Bàn Thị Mai về giữ chức Phó Trưởng Ban Tuyên giáo Huyện uỷ.",
        {
            "Giàng A Sử": ["Bí thư Đảng ủy xã", "Phó Trưởng Ban Dân vận Huyện ủy"],
            "Bàn Thị Mai": ["Phó Bí thư Đảng ủy xã", "Phó Trưởng Ban Tuyên giáo Huyện ủy"],
        },
    ),
    (
        "election-committee",
        "Đồng chí Kiều Thị Ngọc, Phó Chủ tịch UBND huyện, Phó Chủ tịch Ủy ban bầu cử huyện trình bày báo cáo.",
        {"Kiều Thị Ngọc": ["Phó Chủ tịch UBND huyện", "Phó Chủ tịch Ủy ban bầu cử huyện"]},
    ),
    (
        "post-given-without-its-organ",  # the organ of the post given before it in the sentence
        "Ông Đinh Văn Xiêng được hiệp thương tái cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; bà Phạm Thị "
        "Lài và ông Nguyễn Thanh Hòa giữ chức Phó Chủ tịch.",
        {
            "Đinh Văn Xiêng": ["Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
            "Phạm Thị Lài": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
            "Nguyễn Thanh Hòa": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
        },
    ),
    (
        "two-syllable-name-of-an-unlisted-family-seen-before",  # Cơ Tu "Clâu": no family name we know
        "Dự có đồng chí Clâu Tưởng, Chủ tịch UBND xã. Các đồng chí Alăng Thị Lan và Clâu Tưởng giữ chức "
        "Phó Bí thư Đảng ủy xã.",
        {
            "Clâu Tưởng": ["Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"],
            "Alăng Thị Lan": ["Phó Bí thư Đảng ủy xã"],
        },
    ),
    (
        "inspection-commission-of-a-town-abbreviated",  # "UBKT Đảng ủy thị trấn"
        "Đồng chí Đặng Văn Lâm được bầu giữ chức Chủ nhiệm UBKT Đảng ủy thị trấn.",
        {"Đặng Văn Lâm": ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy thị trấn"]},
    ),
    (
        "heading-list-going-on-to-the-district",  # no district post-holder is a provincial heading's
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lương Văn Cầu, Trưởng Ban Tổ chức Tỉnh ủy; "
        "Lê Văn Tám, Bí thư Huyện ủy.",
        {
            "Lương Văn Cầu": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
            "Lê Văn Tám": ["Bí thư Huyện ủy"],
        },
    ),
    (
        "two-elected-after-their-term",  # "khóa XXII" ends the posts they held; the new post is both's
        "Các đồng chí Phạm Văn Định, Chủ tịch UBND huyện và Lê Thanh Tùng, Trưởng Ban Tổ chức Huyện ủy "
        "khóa XXII được bầu giữ chức Phó Bí thư Huyện ủy.",
        {
            "Phạm Văn Định": ["Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"],
            "Lê Thanh Tùng": ["Trưởng Ban Tổ chức Huyện ủy", "Phó Bí thư Huyện ủy"],
        },
    ),
    (
        "elected-after-a-former-post-in-brackets",  # the bracket closes the first subject, not the list of subjects
        "Các đồng chí Huỳnh Thị Ngọc Hân (nguyên Phó Bí thư Thường trực Huyện ủy khoá XI) và Đặng Quốc Thái được bầu "
        "giữ chức Phó Bí thư Huyện ủy.",
        {"Huỳnh Thị Ngọc Hân": ["Phó Bí thư Huyện ủy"], "Đặng Quốc Thái": ["Phó Bí thư Huyện ủy"]},
    ),
    (
        "an-unnamed-standing-committee-elected-with-its-members-listed",  # by the article's committee
        "Tại hội nghị lần thứ nhất, BCH đã bầu Ban Thường vụ gồm 3 đồng chí: Lê Văn Hùng, Lộc Văn Chiến (Chủ nhiệm Ủy "
        "ban Kiểm tra Huyện ủy), Vi Văn Sáng (Trưởng Công an huyện).",
        {
            "Lê Văn Hùng": ["Ủy viên Ban Thường vụ Huyện ủy"],
            "Lộc Văn Chiến": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
            "Vi Văn Sáng": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Công an huyện"],
        },
    ),
    (
        "elected-after-a-comma-and-the-term",  # "…, Trưởng Ban Tổ chức Huyện ủy khóa X, được bầu giữ chức …"
        "Đồng chí Huỳnh Văn Đức, Trưởng Ban Tổ chức Huyện ủy khóa X, được bầu giữ chức Phó Bí thư Huyện ủy khóa XI.",
        {"Huỳnh Văn Đức": ["Trưởng Ban Tổ chức Huyện ủy", "Phó Bí thư Huyện ủy"]},
    ),
    (
        "highland-and-khmer-family-names",  # Jrai (Rơ Châm, Ksor; "H'lan" goes on in lower case), Khmer (Chau)
        "Dự có các đồng chí: Rơ Châm H'lan, Trưởng Ban Dân vận Huyện ủy; Ksor Y Nhai, Chủ tịch HĐND huyện; "
        "Chau Sóc Kha, Phó Bí thư Huyện ủy.",
        {
            "Rơ Châm H'lan": ["Trưởng Ban Dân vận Huyện ủy"],
            "Ksor Y Nhai": ["Chủ tịch HĐND huyện"],
            "Chau Sóc Kha": ["Phó Bí thư Huyện ủy"],
        },
    ),
    (
        "elected-after-a-comma",
        "HĐND bầu ông Trương Văn Kiệt, Ủy viên Ban Thường vụ Huyện ủy, giữ chức Phó Chủ tịch HĐND huyện.",
        {"Trương Văn Kiệt": ["Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch HĐND huyện"]},
    ),
    (
        "given-name-with-apostrophe",  # Ê Đê: H' opens a woman's given name
        "Dự hội nghị có đồng chí H'Nga Byă, Ủy viên Ban Thường vụ Tỉnh ủy.",
        {"H'Nga Byă": ["Ủy viên Ban Thường vụ Tỉnh ủy"]},
    ),
    (
        "agreed-by-consultation",  # the Front's leaders are "hiệp thương cử", not elected
        "Bà Lê Thị Ngọc Diễm được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
        {"Lê Thị Ngọc Diễm": ["Chủ tịch Ủy ban MTTQ Việt Nam huyện"]},
    ),
    (
        "appointed-by-someone-to",  # who appointed, and two verbs, before "giữ chức"
        "Ông Trương Công Đức đã được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính.",
        {"Trương Công Đức": ["Phó Giám đốc Sở Tài chính"]},
    ),
    (
        "member-of-an-inspection-commission",
        "Cùng dự có đồng chí Trần Quang Hòa, Ủy viên Ủy ban Kiểm tra Tỉnh ủy.",
        {"Trần Quang Hòa": ["Ủy viên Ủy ban Kiểm tra Tỉnh ủy"]},
    ),
    (
        "board-of-the-provincial-committee",  # Thái family name Xa; "Ban Dân tộc tỉnh" is no party board
        "Quyết định điều động đồng chí Xa Văn Thìn, Phó Trưởng Ban Dân tộc tỉnh, đến nhận công tác tại Huyện ủy.",
        {"Xa Văn Thìn": ["Phó Trưởng Ban Dân tộc tỉnh"]},
    ),
    (
        "sent-to-a-committee-and-joins-its-boards",  # the clause after the semicolon has no subject of its own
        "Ban Thường vụ Tỉnh ủy điều động đồng chí Lường Văn Pọm, Phó Giám đốc Sở Nội vụ, đến nhận công tác tại "
        "Huyện ủy; chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Huyện ủy.",
        {
            "Lường Văn Pọm": [
                "Phó Giám đốc Sở Nội vụ",
                "Huyện ủy viên",
                "Ủy viên Ban Thường vụ Huyện ủy",
                "Phó Bí thư Huyện ủy",
            ]
        },
    ),
    (
        "joins-the-standing-board-and-takes-a-post",
        "Quyết định chỉ định đồng chí Bế Thị Hoa, Huyện ủy viên, Trưởng phòng Nội vụ huyện, tham gia Ban Thường vụ "
        "Huyện ủy, giữ chức Trưởng Ban Dân vận Huyện ủy.",
        {
            "Bế Thị Hoa": [
                "Huyện ủy viên",
                "Trưởng phòng Nội vụ huyện",
                "Ủy viên Ban Thường vụ Huyện ủy",
                "Trưởng Ban Dân vận Huyện ủy",
            ]
        },
    ),
    (
        "elected-into-the-standing-board",
        "Hội nghị bầu bổ sung đồng chí Nông Văn Tiến, Huyện ủy viên, Phó Chủ tịch UBND huyện vào Ban Thường vụ "
        "Huyện ủy khóa XXII.",
        {"Nông Văn Tiến": ["Huyện ủy viên", "Phó Chủ tịch UBND huyện", "Ủy viên Ban Thường vụ Huyện ủy"]},
    ),
    (
        "listed-as-in-the-standing-board",
        "Dự có các đồng chí trong Ban Thường vụ Tỉnh ủy: Đàm Văn Lục, Trưởng Ban Tổ chức Tỉnh ủy; Triệu Thị Mai, "
        "Phó Chủ tịch UBND tỉnh.",
        {
            "Đàm Văn Lục": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
            "Triệu Thị Mai": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"],
        },
    ),
    ("elected-into-a-committee-is-no-post", "Đại hội bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa XXII.", {}),
    (
        "posts-of-steering-committees",  # named by task and unit; "xã hội" is no unit, a comma may be inside
        "Dự có đồng chí Siu Thị Hoa, Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện; đồng chí Lê Văn Tư, "
        "Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh; đồng chí A Thuấn, Trưởng "
        "Ban Chỉ đạo phát triển kinh tế - xã hội xã.",
        {
            "Siu Thị Hoa": ["Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện"],
            "Lê Văn Tư": ["Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"],
            "A Thuấn": ["Trưởng Ban Chỉ đạo phát triển kinh tế - xã hội xã"],
        },
    ),
    (
        "deputies-of-a-council-questioning",  # in a council's questioning session, a deputy named bare is its own
        "Tại phiên chất vấn của kỳ họp thứ 5 HĐND huyện, đại biểu Mai Thị Hằng chất vấn về tồn đọng hồ sơ. Trả lời "
        "đại biểu Đặng Hữu Nghĩa, bà Nguyễn Thị Phương Lan, Trưởng phòng Văn hóa - Xã hội huyện cho biết huyện thiếu "
        "46 phòng học.",
        {
            "Mai Thị Hằng": ["Đại biểu HĐND huyện"],
            "Đặng Hữu Nghĩa": ["Đại biểu HĐND huyện"],
            "Nguyễn Thị Phương Lan": ["Trưởng phòng Văn hóa - Xã hội huyện"],
        },
    ),
    (
        "a-standing-command-spelt-out",  # "Ban Chỉ huy" of a task, its abbreviation spelt out as the article defines it
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) huyện Hương Khê tổ chức hội nghị. Đồng chí "
        "Đặng Thị Thu Hà, Phó Trưởng ban Thường trực Ban Chỉ huy PCTT&TKCN huyện báo cáo; đồng chí Lê Văn Tư, Chỉ "
        "huy trưởng Ban Chỉ huy Quân sự huyện dự.",
        {
            "Đặng Thị Thu Hà": [
                "Phó Trưởng ban Thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện"
            ],
            "Lê Văn Tư": ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"],
        },
    ),
    (
        "a-steering-committee-named-earlier",  # "Trưởng ban Chỉ đạo" alone: the committee of the lead
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia (MTQG) huyện tổ chức hội nghị. Đồng chí Lê Văn Bảy, "
        "Chủ tịch UBND huyện, Trưởng ban Chỉ đạo và đồng chí A Thuấn, Phó Chủ tịch UBND huyện, Phó Trưởng ban "
        "Thường trực Ban Chỉ đạo đồng chủ trì hội nghị.",
        {
            "Lê Văn Bảy": ["Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện"],
            "A Thuấn": [
                "Phó Chủ tịch UBND huyện",
                "Phó Trưởng ban Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện",
            ],
        },
    ),
    (
        "a-post-of-the-organ-the-clause-opens-with",  # the post's organ is the subject of the clause
        "Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, đồng chí Phạm Văn Khiêm giữ chức Chủ nhiệm. Ủy ban Kiểm tra "
        "Huyện ủy gồm 7 đồng chí; đồng chí Lê Văn Tư được bầu làm Phó Chủ nhiệm.",
        {
            "Phạm Văn Khiêm": ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"],
            "Lê Văn Tư": ["Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
        },
    ),
    (
        "a-count-of-posts-then-who-takes-them",  # each with their vote and the term of their former posts
        "Kỳ họp đã bầu 2 Phó Chủ tịch HĐND tỉnh gồm đồng chí Lê Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Pháp chế "
        "HĐND tỉnh khóa IX, đạt 50/51 phiếu (98,04%), và đồng chí Tô Văn Đẹp, Trưởng Ban Kinh tế - Ngân sách HĐND "
        "tỉnh nhiệm kỳ 2016 - 2021, đạt 51/51 phiếu (100%); đồng chí Trương Thanh Liêm, đạt 49/51 phiếu.",
        {
            "Lê Thị Mỹ Hạnh": ["Phó Chủ tịch HĐND tỉnh", "Tỉnh ủy viên", "Trưởng Ban Pháp chế HĐND tỉnh"],
            "Tô Văn Đẹp": ["Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"],
            "Trương Thanh Liêm": ["Phó Chủ tịch HĐND tỉnh"],
        },
    ),
    (
        "re-elected",
        "Với 51/51 đại biểu tán thành, đồng chí Võ Văn Hùng tái đắc cử Chủ tịch HĐND tỉnh khóa X.",
        {"Võ Văn Hùng": ["Chủ tịch HĐND tỉnh"]},
    ),
    (
        "a-steering-committee-headed-by",  # the role alone after "làm": the committee the sentence opens with
        "Ban Chỉ đạo giảm nghèo huyện do đồng chí Trần Văn Mười, Chủ tịch UBND huyện làm Trưởng ban.",
        {"Trần Văn Mười": ["Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo giảm nghèo huyện"]},
    ),
    (
        "an-ede-name-parted-by-a-space",
        "Dự có đồng chí H' Rin Byă, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.",
        {"H' Rin Byă": ["Tỉnh ủy viên", "Phó Chủ tịch HĐND tỉnh"]},
    ),
    (
        "the-list-of-those-elected-into-a-board",  # the board first, then who joins it, each with their posts
        "Hội nghị bầu bổ sung 2 đồng chí vào Ban Thường vụ Huyện ủy, gồm: đồng chí Rơ Châm Hyưn, Chủ tịch UBND "
        "huyện và đồng chí Nguyễn Văn Toàn, Trưởng Ban Tổ chức Huyện ủy.",
        {
            "Rơ Châm Hyưn": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch UBND huyện"],
            "Nguyễn Văn Toàn": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"],
        },
    ),
    (
        "the-list-of-those-elected-into-a-committee-by-its-party-organisation",
        "Hội nghị bầu bổ sung vào Ban Chấp hành Đảng bộ huyện đối với 02 đồng chí: Siu Hao và Nguyễn Thị Thu.",
        {"Siu Hao": ["Huyện ủy viên"], "Nguyễn Thị Thu": ["Huyện ủy viên"]},
    ),
    (
        "both-boards-named-by-the-party-organisation",  # "Đảng bộ huyện" names the Huyện ủy of both boards
        "Đồng chí Lê Văn Sáu được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Đảng bộ huyện.",
        {"Lê Văn Sáu": ["Huyện ủy viên", "Ủy viên Ban Thường vụ Huyện ủy"]},
    ),
    (
        "a-post-of-the-committee-named-by-its-party-organisation",
        "Dự có đồng chí Lê Văn Tám, Phó Bí thư BCH Đảng bộ huyện.",
        {"Lê Văn Tám": ["Phó Bí thư Huyện ủy"]},
    ),
    (
        "peoples-council-deputy",
        "Tham dự có ông Lý Văn Hào, đại biểu HĐND tỉnh khóa XVII; bà Đinh Thị Hòa, Đại biểu Hội đồng nhân dân huyện.",
        {"Lý Văn Hào": ["Đại biểu HĐND tỉnh"], "Đinh Thị Hòa": ["Đại biểu HĐND huyện"]},
    ),
    (
        "one-word-names-of-the-highlands",  # K'Ho and Ê Đê names of one word, after an honorific
        "Dự có đồng chí K'Brông – Tỉnh ủy viên, Bí thư Huyện ủy; bà H'Yên, Trưởng Ban Dân vận Huyện ủy.",
        {"K'Brông": ["Tỉnh ủy viên", "Bí thư Huyện ủy"], "H'Yên": ["Trưởng Ban Dân vận Huyện ủy"]},
    ),
    (
        "two-syllables-in-apposition-to-a-title",  # Xơ Đăng "A …", K'Ho "Ka …" in a list without honorifics
        "Đoàn Chủ tịch gồm các đồng chí: Lê Văn Hải, Bí thư Huyện ủy; A Pớt, Phó Bí thư Huyện ủy; Ka Hương – "
        "Chủ tịch UBND huyện.",
        {
            "Lê Văn Hải": ["Bí thư Huyện ủy"],
            "A Pớt": ["Phó Bí thư Huyện ủy"],
            "Ka Hương": ["Chủ tịch UBND huyện"],
        },
    ),
    (
        "a-post-taken-from-its-holder",
        "Kỳ họp miễn nhiệm chức danh Phó Chủ tịch HĐND huyện nhiệm kỳ 2021 - 2026 đối với ông Lư Văn Tài.",
        {"Lư Văn Tài": ["Phó Chủ tịch HĐND huyện"]},
    ),
    (
        "because-appointed-elsewhere",
        "Ông Trần Minh Đức, Chủ tịch UBND huyện, do được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức "
        "Phó Giám đốc Sở Tài chính.",
        {"Trần Minh Đức": ["Chủ tịch UBND huyện", "Phó Giám đốc Sở Tài chính"]},
    ),
    (
        "stieng-family-name",
        "Dự buổi lễ có ông Điểu Minh Quang, Phó Chủ tịch UBND huyện.",
        {"Điểu Minh Quang": ["Phó Chủ tịch UBND huyện"]},
    ),
    (
        "khmer-family-name-in-a-list",  # not "Văn Hai"
        "Chủ trì hội nghị có các đồng chí: Lê Minh Khởi, Bí thư Huyện ủy; Sơn Văn Hai, Phó Bí thư Thường trực "
        "Huyện ủy.",
        {"Lê Minh Khởi": ["Bí thư Huyện ủy"], "Sơn Văn Hai": ["Phó Bí thư Thường trực Huyện ủy"]},
    ),
    (
        "jrai-name-of-two-syllables-after-a-units-kind",  # not a town named Ksơr Thu
        "Phát biểu nhận nhiệm vụ, tân Chủ tịch UBND thị xã Ksơr Thu cảm ơn các đại biểu.",
        {"Ksơr Thu": ["Chủ tịch UBND thị xã"]},
    ),
    (
        "a-heading-over-a-list-with-ranks-and-an-unread-title",
        "Tham dự có các đại biểu Quốc hội: Trương Văn Lộc, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Rơ Lan "
        "H'Ngơn, Ủy viên Hội đồng Dân tộc của Quốc hội; Thiếu tướng Hoàng Minh Khải, Phó Chính ủy Quân khu 5.",
        {
            "Trương Văn Lộc": ["Đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"],
            "Rơ Lan H'Ngơn": ["Đại biểu Quốc hội", "Ủy viên Hội đồng Dân tộc của Quốc hội"],
            "Hoàng Minh Khải": ["Đại biểu Quốc hội"],
        },
    ),
    (
        "northern-upland-family-names",
        "Dự có các đồng chí: Vàng Thị Dung, Chủ tịch HĐND huyện; Thèn Văn Sình, Phó Bí thư Huyện ủy; Lù Seo "
        "Dìn, Chủ tịch UBND huyện.",
        {
            "Vàng Thị Dung": ["Chủ tịch HĐND huyện"],
            "Thèn Văn Sình": ["Phó Bí thư Huyện ủy"],
            "Lù Seo Dìn": ["Chủ tịch UBND huyện"],
        },
    ),
    (
        "commune-the-gazetteer-lacks-after-a-title-in-apposition",  # not a person named Dư Hàng Kênh
        "Đồng chí Bùi Thị Hà, Bí thư Đảng ủy phường Dư Hàng Kênh tham luận tại hội nghị.",
        {"Bùi Thị Hà": ["Bí thư Đảng ủy phường"]},
    ),
    (
        "posts-given-respectively",
        "Kỳ họp bầu các đồng chí Đinh Quang Hưng, Tống Văn Lực lần lượt giữ chức Trưởng Ban Kinh tế - Xã hội "
        "và Trưởng Ban Pháp chế HĐND xã.",
        {"Đinh Quang Hưng": ["Trưởng Ban Kinh tế - Xã hội HĐND xã"], "Tống Văn Lực": ["Trưởng Ban Pháp chế HĐND xã"]},
    ),
    (
        "heading-with-gom-and-a-list-joined-by-va",
        "Kỳ họp bầu các Ủy viên UBND xã gồm: đồng chí Lại Văn Sơn, Trưởng Công an xã và đồng chí Mai Xuân Hoà, "
        "Chỉ huy trưởng Ban CHQS xã.",
        {
            "Lại Văn Sơn": ["Ủy viên UBND xã", "Trưởng Công an xã"],
            "Mai Xuân Hòa": ["Ủy viên UBND xã", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"],
        },
    ),
    (
        "sent-to-a-board-and-given-its-post-with-va",
        "Quyết định điều động đồng chí Triệu Đình Khang, Bí thư Huyện ủy đến nhận công tác tại Ban Nội chính "
        "Tỉnh ủy và giữ chức Trưởng Ban Nội chính Tỉnh ủy.",
        {"Triệu Đình Khang": ["Bí thư Huyện ủy", "Trưởng Ban Nội chính Tỉnh ủy"]},
    ),
    (
        "rotated-to-a-commune-then-given-its-post",
        "Đồng chí Ly Seo Chử, Trưởng phòng Dân tộc huyện được luân chuyển về xã Sán Chải, chỉ định giữ chức "
        "Bí thư Đảng ủy xã Sán Chải.",
        {"Ly Seo Chử": ["Trưởng phòng Dân tộc huyện", "Bí thư Đảng ủy xã"]},
    ),
    (
        "joins-the-committee-named-by-its-party-organisation",
        "Điều động đồng chí Nông Văn Khải, Phó Giám đốc Sở Tài chính đến nhận công tác tại Huyện ủy, chỉ định "
        "tham gia Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư Huyện ủy.",
        {
            "Nông Văn Khải": [
                "Phó Giám đốc Sở Tài chính",
                "Huyện ủy viên",
                "Ủy viên Ban Thường vụ Huyện ủy",
                "Phó Bí thư Huyện ủy",
            ]
        },
    ),
    (
        "a-commune-whose-last-syllable-is-a-family-name-before-the-holder",
        "Bằng khen tặng Bí thư Đảng ủy xã Nam Dương Hoàng Văn Dũng và Chủ tịch UBND xã Tân Sơn Triệu Văn Phú.",
        {"Hoàng Văn Dũng": ["Bí thư Đảng ủy xã"], "Triệu Văn Phú": ["Chủ tịch UBND xã"]},
    ),
    (
        "elected-with-their-votes-in-brackets",
        "Các đồng chí Sơn Thành Nhân (29/30 phiếu) và Trần Thị Ngọc Hà (30/30 phiếu) được bầu giữ chức Phó Chủ "
        "tịch UBND xã.",
        {"Sơn Thành Nhân": ["Phó Chủ tịch UBND xã"], "Trần Thị Ngọc Hà": ["Phó Chủ tịch UBND xã"]},
    ),
    (
        "boards-and-the-inspection-commission-of-the-central-committee",
        "Dự có đồng chí Phạm Thị Thu Sương, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; đồng chí Đặng Quốc Hưng, "
        "Phó Trưởng Ban Kinh tế Trung ương; đồng chí Trần Quốc Nghĩa, Trưởng Ban Chính sách, chiến lược Trung ương.",
        {
            "Phạm Thị Thu Sương": ["Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"],
            "Đặng Quốc Hưng": ["Phó Trưởng Ban Kinh tế Trung ương"],
            "Trần Quốc Nghĩa": ["Trưởng Ban Chính sách, chiến lược Trung ương"],
        },
    ),
    (
        "tt-for-thuong-truc-and-the-national-assemblys-councils",
        "Dự có ông Dương Văn Thìn, Uỷ viên Hội đồng Dân tộc của Quốc hội; ông Lê Văn Ba, Phó Chủ nhiệm Ủy ban Kinh tế "
        "của Quốc hội; đ/c Lý Thị Hoà, Phó Bí thư TT Huyện uỷ, Chủ tịch HĐND huyện.",
        {
            "Dương Văn Thìn": ["Ủy viên Hội đồng Dân tộc của Quốc hội"],
            "Lê Văn Ba": ["Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội"],
            "Lý Thị Hòa": ["Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"],
        },
    ),
    (
        "elected-deputies-listed-with-their-posts",
        "Cử tri đã bầu các ông, bà: Lê Hoàng Khải, Phó Bí thư Tỉnh ủy; Trịnh Quốc Bảo, Phó Giám đốc Sở Công "
        "Thương trúng cử đại biểu Quốc hội khóa XVI.",
        {
            "Lê Hoàng Khải": ["Phó Bí thư Tỉnh ủy", "Đại biểu Quốc hội"],
            "Trịnh Quốc Bảo": ["Phó Giám đốc Sở Công Thương", "Đại biểu Quốc hội"],
        },
    ),
    (
        "full-time-deputy-head-of-the-delegation-keeps-chuyen-trach",
        "Dự có bà Sơn Thị Sa Ly, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh Vĩnh Long; ông Thạch Văn "
        "Hên, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh.",
        {
            "Sơn Thị Sa Ly": ["Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh"],
            "Thạch Văn Hên": ["Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh"],
        },
    ),
    (
        "heads-of-the-policy-bank-and-its-board-abbreviated-in-brackets",
        "Dự có ông Điểu Hồng Thái, Chủ tịch UBND huyện, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính "
        "sách xã hội (NHCSXH) huyện; bà Hoàng Thị Ngân, Giám đốc Chi nhánh NHCSXH tỉnh; ông Chu Văn Tâm, Giám "
        "đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện.",
        {
            "Điểu Hồng Thái": [
                "Chủ tịch UBND huyện",
                "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện",
            ],
            "Hoàng Thị Ngân": ["Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"],
            "Chu Văn Tâm": ["Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện"],
        },
    ),
    (
        "heads-of-forest-protection-and-of-a-project-board",  # the province's forest rangers named alone too
        "Dự có ông K'Brơi, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh; ông Nguyễn Đình Khôi, Hạt trưởng Hạt Kiểm "
        "lâm huyện; ông Huỳnh Văn Tài, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện; ông Lục Văn Thạch, Chi cục "
        "trưởng Chi cục Kiểm lâm.",
        {
            "Lục Văn Thạch": ["Chi cục trưởng Chi cục Kiểm lâm"],
            "K'Brơi": ["Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh"],
            "Nguyễn Đình Khôi": ["Hạt trưởng Hạt Kiểm lâm huyện"],
            "Huỳnh Văn Tài": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"],
        },
    ),
    (
        "heads-the-organ-the-sentence-opens-with",  # "…, do đồng chí A, … làm Chủ nhiệm"; a delegation is no organ
        "Ủy ban Kiểm tra Đảng ủy xã gồm 7 đồng chí, do đồng chí Đoàn Văn Tâm, Ủy viên BTV Đảng ủy xã làm Chủ nhiệm. "
        "Đoàn đại biểu Đảng bộ xã dự Đại hội gồm 8 đồng chí, do đồng chí Lê Văn Tư, Chủ tịch HĐND xã làm Trưởng đoàn.",
        {
            "Đoàn Văn Tâm": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"],
            "Lê Văn Tư": ["Chủ tịch HĐND xã"],
        },
    ),
    (
        "a-board-named-alone-is-of-the-committee-of-the-post-given-next",
        "Đồng chí Trương Minh Nhựt, Uỷ viên Ban Thường vụ được bầu làm Chủ nhiệm Uỷ ban Kiểm tra Đảng uỷ xã. Đồng chí "
        "Lê Văn Sáu, Ủy viên Ban Thường vụ được phân công làm Phó Chủ tịch UBND xã.",
        {
            "Trương Minh Nhựt": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"],
            "Lê Văn Sáu": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Phó Chủ tịch UBND xã"],
        },
    ),
    (
        "re-elected-to-posts",
        "Ban Chấp hành đã bầu đồng chí Vũ Văn Hào tái cử Bí thư Đảng uỷ, Chủ tịch HĐND xã.",
        {"Vũ Văn Hào": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]},
    ),
    (
        "a-heading-s-list-of-names-with-one-s-post-in-brackets-ends-at-a-semicolon",
        "Dự phiên họp có các Phó Chủ tịch UBND tỉnh: Nguyễn Thị Mỹ Hằng (Phó Chủ tịch Thường trực), Võ Tấn Phát, Trần "
        "Hữu Lộc; ông Huỳnh Văn Sang, Phó Chủ tịch HĐND tỉnh.",
        {
            "Nguyễn Thị Mỹ Hằng": ["Phó Chủ tịch Thường trực UBND tỉnh"],
            "Võ Tấn Phát": ["Phó Chủ tịch UBND tỉnh"],
            "Trần Hữu Lộc": ["Phó Chủ tịch UBND tỉnh"],
            "Huỳnh Văn Sang": ["Phó Chủ tịch HĐND tỉnh"],
        },
    ),
    (
        "the-presenter-s-post-is-in-the-organ-whose-report-it-is",
        "Theo báo cáo của Chi cục Kiểm lâm do đồng chí Lục Văn Thạch, Chi cục trưởng trình bày, toàn tỉnh trồng được "
        "5.120 ha rừng. Tham luận của Hạt Kiểm lâm huyện do ông Nguyễn Hữu Tài - Hạt trưởng trình bày nêu nhiều giải pháp.",
        {
            "Lục Văn Thạch": ["Chi cục trưởng Chi cục Kiểm lâm"],
            "Nguyễn Hữu Tài": ["Hạt trưởng Hạt Kiểm lâm huyện"],
        },
    ),
    (
        "head-of-a-city-s-department-of-planning",
        "Cùng dự có các đồng chí: Nguyễn Khắc Toàn, Giám đốc Sở Quy hoạch - Kiến trúc; Đinh Thị Hồng Nhung, Giám đốc "
        "Sở Nông nghiệp và Môi trường.",
        {
            "Nguyễn Khắc Toàn": ["Giám đốc Sở Quy hoạch - Kiến trúc"],
            "Đinh Thị Hồng Nhung": ["Giám đốc Sở Nông nghiệp và Môi trường"],
        },
    ),
    (
        "heads-of-a-unit-s-public-service-centres",
        "Dự có ông Phạm Quang Hải, Giám đốc Trung tâm Chính trị huyện; ông Trần Văn Nam, Giám đốc Trung tâm Phát "
        "triển quỹ đất huyện; ông Lò Văn Sơn, Phó Giám đốc Trung tâm Dịch vụ nông nghiệp huyện; bà Đinh Thị Yến, Giám "
        "đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện; bà Lê Thị Hoa, Giám đốc Trung tâm Phục vụ hành chính công "
        "tỉnh.",
        {
            "Phạm Quang Hải": ["Giám đốc Trung tâm Chính trị huyện"],
            "Trần Văn Nam": ["Giám đốc Trung tâm Phát triển quỹ đất huyện"],
            "Lò Văn Sơn": ["Phó Giám đốc Trung tâm Dịch vụ nông nghiệp huyện"],
            "Đinh Thị Yến": ["Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
            "Lê Thị Hoa": ["Giám đốc Trung tâm Phục vụ hành chính công tỉnh"],
        },
    ),
    (
        "head-of-a-tax-office-and-of-a-regional-project-board",
        "Dự có bà Phan Thị Ngọc Diệp, Chi cục trưởng Chi cục Thuế huyện; ông Nguyễn Hữu Tài, Giám đốc Ban Quản lý dự "
        "án đầu tư xây dựng khu vực huyện.",
        {
            "Phan Thị Ngọc Diệp": ["Chi cục trưởng Chi cục Thuế huyện"],
            "Nguyễn Hữu Tài": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng khu vực huyện"],
        },
    ),
    (
        # An inspection commission named without its committee at the sentence's end is the article's own.
        "inspection-commission-without-its-committee",
        "Ban Chấp hành cũng bầu Ủy ban Kiểm tra Huyện ủy gồm 5 đồng chí; đồng chí Phạm Thị Diệu Linh được bầu làm "
        "Chủ nhiệm Ủy ban Kiểm tra.",
        {"Phạm Thị Diệu Linh": ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]},
    ),
    (
        # A standing board's member whose committee the board post after it names, not the post given next.
        "standing-board-of-the-committee-whose-board-follows",
        "Đồng chí Xa Thị Thu Huyền, Uỷ viên Ban Thường vụ, Trưởng Ban Dân vận Huyện uỷ giữ chức Phó Bí thư Thường "
        "trực Đảng uỷ xã.",
        {
            "Xa Thị Thu Huyền": [
                "Ủy viên Ban Thường vụ Huyện ủy",
                "Trưởng Ban Dân vận Huyện ủy",
                "Phó Bí thư Thường trực Đảng ủy xã",
            ]
        },
    ),
    (
        # A village below the commune is no person, however its name looks (not "nông thôn" before a name).
        "a-village-is-no-person",
        "Đồng chí Giàng Thị Mai, Bí thư Chi bộ thôn Lô Lô Chải phát biểu; Giám đốc Sở Nông nghiệp và Phát triển "
        "nông thôn Nguyễn Văn Sáu cho biết thêm.",
        {
            "Giàng Thị Mai": ["Bí thư Chi bộ thôn"],
            "Nguyễn Văn Sáu": ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"],
        },
    ),
    (
        # "HU" and "TU" in capitals are the committees; "tu" in lower case is a word ("tu sửa").
        "the-committees-abbreviated",
        "Đồng chí Lữ Đình Tuấn, UV BTV HU, Trưởng ban Tổ chức HU trình bày báo cáo; ông Lâm Minh Đức, TUV, Bí thư "
        "HU phát biểu về việc tu sửa đường.",
        {
            "Lữ Đình Tuấn": ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"],
            "Lâm Minh Đức": ["Tỉnh ủy viên", "Bí thư Huyện ủy"],
        },
    ),
    (
        # Cơ Tu family names no table lists, after an honorific that opens the sentence, with a title beside them.
        "an-unknown-family-after-a-sentence-initial-honorific",
        "Ông Alăng Văn Bươn, Chủ tịch UBND xã Thượng Long cho biết. Bà Coor Thị Hiên, Chủ tịch UBND xã Thượng "
        "Quảng đề nghị hỗ trợ.",
        {"Alăng Văn Bươn": ["Chủ tịch UBND xã"], "Coor Thị Hiên": ["Chủ tịch UBND xã"]},
    ),
    (
        "the-people-a-name-is-of-stands-between-it-and-its-title",
        "Đồng chí Hồ Văn Dăn, người Bru - Vân Kiều, Bí thư Đảng ủy xã Húc Nghì chia sẻ kinh nghiệm; đồng chí Kăn "
        "Thị Hoài, người Pa Kô, Chủ tịch Hội Liên hiệp Phụ nữ huyện tham luận.",
        {"Hồ Văn Dăn": ["Bí thư Đảng ủy xã"], "Kăn Thị Hoài": ["Chủ tịch Hội Liên hiệp Phụ nữ huyện"]},
    ),
    (
        # The members of a group of National Assembly deputies, named after its term and constituency.
        "a-group-of-deputies-of-a-constituency",
        "Tổ đại biểu Quốc hội khóa XVI đơn vị bầu cử số 3 tỉnh Đắk Lắk gồm: bà H'Lim Mlô, Phó Chủ tịch Ủy ban MTTQ "
        "Việt Nam tỉnh và ông Trần Hữu Nghĩa, Giám đốc Sở Nông nghiệp và Môi trường đã tiếp xúc cử tri.",
        {
            "H'Lim Mlô": ["Đại biểu Quốc hội", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
            "Trần Hữu Nghĩa": ["Đại biểu Quốc hội", "Giám đốc Sở Nông nghiệp và Môi trường"],
        },
    ),
    (
        "a-sub-department-and-the-border-guard",
        "Ông Hồ Văn Lực, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật cho biết; Đại tá Hà Mạnh Cường, Chỉ "
        "huy trưởng Bộ đội Biên phòng tỉnh lưu ý quản lý đường mòn.",
        {
            "Hồ Văn Lực": ["Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật"],
            "Hà Mạnh Cường": ["Chỉ huy trưởng Bộ đội Biên phòng tỉnh"],
        },
    ),
    (
        "the-term-of-a-title-between-two",  # "ĐBQH khoá XV, Phó Trưởng Ban …": both the person's
        "Bà Néang Sa Phia, ĐBQH khoá XV, Phó Trưởng Ban Dân tộc tỉnh đã tiếp xúc cử tri.",
        {"Néang Sa Phia": ["Đại biểu Quốc hội", "Phó Trưởng Ban Dân tộc tỉnh"]},
    ),
    (
        "a-deputy-of-a-group-with-an-apostrophe-in-the-name",
        "Thảo luận tại hội trường, đại biểu Siu H'Mai (Tổ đại biểu huyện Ia Pa) đề nghị làm rõ nguyên nhân.",
        {"Siu H'Mai": ["Đại biểu HĐND huyện"]},
    ),
    (
        "one-word-k-ho-names-in-a-list",
        "Đoàn Chủ tịch gồm các đồng chí: Ka Thị Bích, Bí thư Đảng ủy xã; K'Bình, Phó Bí thư Thường trực Đảng ủy, Chủ "
        "tịch HĐND xã; K'Duyên, Ủy viên BTV, Chủ tịch Ủy ban MTTQ Việt Nam xã.",
        {
            "Ka Thị Bích": ["Bí thư Đảng ủy xã"],
            "K'Bình": ["Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch HĐND xã"],
            "K'Duyên": ["Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"],
        },
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people(write_article: Callable[..., Path], sentence: str, expected: dict[str, list[str]]) -> None:
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{sentence}")))
    people = extract_people(ctx)
    got = {p.name: [t.generic for t in p.titles] for p in people.persons if p.titles}
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "name", "former"),
    [
        (
            "Đồng chí Mạc Văn Tiến, nguyên Bí thư Huyện ủy, Chủ tịch HĐND huyện dự lễ.",
            "Mạc Văn Tiến",
            ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"],
        ),
        # past an aside in brackets: where the person lives
        (
            "Dịp này, đồng chí Trần Văn Mười trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Lê Văn Hai (ấp An Hòa), nguyên "
            "Chủ tịch UBND xã.",
            "Lê Văn Hai",
            ["Chủ tịch UBND xã"],
        ),
    ],
)
def test_former_posts_are_kept_apart_from_posts_held(
    write_article: Callable[..., Path], sentence: str, name: str, former: list[str]
) -> None:
    facts = extract(write_article(sentence))
    (person,) = [p for p in facts.persons if p.name == name]
    assert person.titles == []
    assert [t.generic for t in person.former_titles] == former


def test_a_deputy_named_by_their_group_sits_on_the_council_of_the_session(write_article: Callable[..., Path]) -> None:
    body = (
        "Sáng 16/12, HĐND thị xã Giá Rai tổ chức kỳ họp thứ 8.\n\nTại phiên chất vấn, đại biểu Trần Thị Mỹ Linh "
        "(tổ đại biểu phường Hộ Phòng) đặt câu hỏi về tiến độ cấp giấy chứng nhận; đại biểu Lâm Hoàng Em (Tổ đại "
        "biểu xã Phong Thạnh Tây) chất vấn về việc rà soát hộ cận nghèo."
    )
    facts = extract(write_article(body, title="Kỳ họp thứ 8 HĐND thị xã Giá Rai", date="2022-12"))
    deputies = {p.name: [(t.generic, t.unit.label if t.unit else None) for t in p.titles] for p in facts.persons}
    assert deputies == {
        "Trần Thị Mỹ Linh": [("Đại biểu HĐND thị xã", "thị xã Giá Rai")],
        "Lâm Hoàng Em": [("Đại biểu HĐND thị xã", "thị xã Giá Rai")],
    }
    roles = {(p.person, p.role) for e in facts.events for p in e.participations}
    assert roles == {("tran thi my linh", "speech"), ("lam hoang em", "speech")}


def test_a_role_word_without_its_organ_is_no_name(write_article: Callable[..., Path]) -> None:
    sentence = (
        "Về dự có các đồng chí Phó Chủ nhiệm, Ủy viên UBKT Huyện ủy; đồng chí Võ Minh Trí, Phó Chủ nhiệm UBKT Huyện ủy."
    )
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{sentence}"))))
    assert [p.name for p in people.persons] == ["Võ Minh Trí"]


def test_the_city_of_a_district_of_ha_noi_is_the_province(write_article: Callable[..., Path]) -> None:
    """In a huyện of Hà Nội, "thành phố" is the centrally run city: its council and committee are a
    province's, and they are not the huyện's own council, whose deputies speak at the session."""
    body = (
        "Sáng 12-7, HĐND huyện Mỹ Đức tổ chức kỳ họp thứ 12.\n\nDự kỳ họp có đồng chí Trần Minh Khuê, đại biểu HĐND "
        "thành phố Hà Nội; đồng chí Lê Văn Toàn, Phó Chủ tịch UBND thành phố. Đại biểu Phạm Văn Lực (tổ đại biểu xã "
        "An Phú) chất vấn về vi phạm đất đai.\n\nDự có đồng chí Lê Thị Hoa, Chủ tịch UBND thành phố Sầm Sơn."
    )
    facts = extract(write_article(body, title="Kỳ họp thứ 12 HĐND huyện Mỹ Đức", date="2023-07"))
    titles = {p.name: [(t.generic, t.level, t.unit.label if t.unit else None) for t in p.titles] for p in facts.persons}
    assert titles == {
        "Trần Minh Khuê": [("Đại biểu HĐND thành phố", "province", "thành phố Hà Nội")],
        "Lê Văn Toàn": [("Phó Chủ tịch UBND thành phố", "province", "thành phố Hà Nội")],
        "Phạm Văn Lực": [("Đại biểu HĐND huyện", "district", "huyện Mỹ Đức")],
        "Lê Thị Hoa": [("Chủ tịch UBND thành phố", "district", "thành phố Sầm Sơn")],
    }


def test_a_given_name_of_two_words_is_the_person_of_that_full_name(write_article: Callable[..., Path]) -> None:
    """ "Theo bà Bé Tư" after "bà Trần Thị Bé Tư": one person, as the South calls people by their given names."""
    body = (
        "Dự hội nghị có bà Trần Thị Bé Tư, Phó Giám đốc Sở Nông nghiệp và PTNT. Theo bà Bé Tư, mùa khô tới mặn vẫn "
        "có thể xâm nhập sâu, huyện cần rà soát các cống."
    )
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{body}"))))
    assert [(p.name, len(p.mentions)) for p in people.persons] == [("Trần Thị Bé Tư", 2)]


def test_a_given_name_after_an_honorific_is_the_last_person_of_that_name(write_article: Callable[..., Path]) -> None:
    """ "Bà Oanh đề nghị …", "ông Lộc cho biết": the person named in full last before, of the two named Lộc."""
    body = (
        "Dự có bà Đoàn Thị Kiều Oanh, Phó Chủ tịch UBND huyện, và ông Trần Văn Lộc, Chủ tịch UBND xã. Bà Oanh đề "
        "nghị xã giữ vững các tiêu chí.\n\nÔng Huỳnh Tấn Lộc, Trưởng phòng Tài chính - Kế hoạch huyện, trả lời chất "
        "vấn. Sau đó, ông Lộc cho biết huyện sẽ bố trí vốn."
    )
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{body}"))))
    assert sorted((p.name, len(p.mentions)) for p in people.persons) == [
        ("Huỳnh Tấn Lộc", 2),
        ("Trần Văn Lộc", 1),
        ("Đoàn Thị Kiều Oanh", 2),
    ]


@pytest.mark.parametrize(
    ("body", "spellings"),
    [
        (
            "Dự có đồng chí Phạm Tiến Dũng, Tỉnh uỷ viên, Bí thư Huyện uỷ.\n\nPhát biểu tại hội nghị, đồng chí Bí thư "
            "Huyện uỷ Phạm Tiến Dung nhấn mạnh nhiệm vụ.",
            ["Phạm Tiến Dũng", "Phạm Tiến Dung"],
        ),
        (
            "Dự có ông Bh'riu Dưn, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện.\n\nÔng Bhriu Dưn mong các hộ giữ gìn "
            "ngôi nhà mới.",
            ["Bh'riu Dưn", "Bhriu Dưn"],
        ),
    ],
    ids=["a-diacritic-left-out", "an-apostrophe-left-out"],
)
def test_spelling_variants_are_one_person(write_article: Callable[..., Path], body: str, spellings: list[str]) -> None:
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{body}"))))
    assert [(p.name, p.spellings) for p in people.persons] == [(spellings[0], spellings)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Du khách đến Đồng Hới ngày càng đông, Hà Trung cũng đón nhiều đoàn khách.",
        "Ảnh: Văn Bình",
        "Đoàn viên người K'Ho ở xã Đinh Trang Thượng mong muốn được hướng dẫn bán cà phê qua mạng.",
    ],
    ids=["places", "photo-credit", "a-commune-someone-lives-in"],
)
def test_two_syllable_runs_are_no_names(write_article: Callable[..., Path], sentence: str) -> None:
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{sentence}"))))
    assert [p.name for p in people.persons] == []


def _title_only(write_article: Callable[..., Path], body: str) -> tuple[list[str | None], list[str]]:
    """Whom the article's title-only mentions point to, and the keys of the people it names."""
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{body}"))))
    return [b.person for bs in people.blocks.values() for b in bs if not b.name], [p.key for p in people.persons]


def test_plural_title_points_to_nobody(write_article: Callable[..., Path]) -> None:
    body = (
        "Đồng chí Lê Đình Hải, Phó Bí thư Huyện ủy dự.\n\n"
        "Dự hội nghị có các đồng chí Phó Bí thư Huyện ủy và lãnh đạo các phòng, ban."
    )
    assert _title_only(write_article, body)[0] == [None]


def test_the_head_of_every_village_points_to_nobody(write_article: Callable[..., Path]) -> None:
    # "bí thư chi bộ, trưởng bản của 10 bản": a village's post without the village's name is one of many, and no
    # title-only mention of the one holder the article names.
    body = (
        "Đồng chí Giàng A Chu, Bí thư Chi bộ kiêm Trưởng bản phát biểu.\n\n"
        "Dự hội nghị có bí thư chi bộ, trưởng bản của 10 bản trên địa bàn."
    )
    pointed, _ = _title_only(write_article, body)
    assert pointed and all(p is None for p in pointed)


def test_title_only_mention_points_to_the_named_holder(write_article: Callable[..., Path]) -> None:
    body = "Đồng chí Lê Đình Hải, Bí thư Huyện ủy dự.\n\nĐồng chí Bí thư Huyện ủy nhấn mạnh nhiệm vụ."
    pointed, named = _title_only(write_article, body)
    assert pointed == named[:1]


def test_unreadable_title_is_reported_not_guessed(write_article: Callable[..., Path]) -> None:
    # A party cell of a school is no organ the lexicon knows (a village's is: "Bí thư Chi bộ thôn Đông Hòa").
    body = f"{LEAD}\n\nĐồng chí Lê Văn An, Bí thư Chi bộ Trường Tiểu học Đông Hòa dự."
    ctx = build_context(read_article(write_article(body)))
    people = extract_people(ctx)
    assert [(p.name, p.titles) for p in people.persons] == [("Lê Văn An", [])]
    assert [(i.kind, i.surface) for i in ctx.issues if i.kind == "unknown-title"] == [
        ("unknown-title", "Bí thư Chi bộ Trường Tiểu học Đông Hòa dự")
    ]


def test_title_across_a_hard_wrap(write_article: Callable[..., Path]) -> None:
    # Portals wrap lines at a fixed width, also before a capital; the title must be read whole.
    body = (
        f"{LEAD}\n\nDự hội nghị có đồng chí Trương Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban "
        "Kiểm tra\nTỉnh ủy; đồng chí Kim Thị Nhung, Phó Chủ tịch UBND tỉnh."
    )
    people = extract_people(build_context(read_article(write_article(body))))
    assert {p.name: [t.generic for t in p.titles] for p in people.persons} == {
        "Trương Văn Lộc": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
        "Kim Thị Nhung": ["Phó Chủ tịch UBND tỉnh"],
    }


def test_titles_of_an_urban_district(write_article: Callable[..., Path]) -> None:
    """A quận has a Quận ủy; its people who sit on the Thành ủy sit on the committee of the city under
    the central government, a province-level committee. A quận name of three syllables is whole."""
    lead = "Chiều 27/12, Ban Chấp hành Đảng bộ quận Bắc Từ Liêm tổ chức hội nghị tổng kết công tác năm 2024."
    body = (
        "Đồng chí Vũ Đức Tâm, Thành ủy viên, Bí thư Quận ủy, Chủ tịch HĐND quận chủ trì hội nghị.\n\n"
        "Hội nghị bầu bổ sung đồng chí Trịnh Quốc Bảo, Quận ủy viên, Phó Chủ tịch UBND quận vào Ban Thường vụ.\n\n"
        "Đồng chí Phạm Văn Nam, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Quận ủy nêu rõ kết quả."
    )
    ctx = build_context(read_article(write_article(f"{lead}\n\n{body}")))
    people = {p.name: p for p in extract_people(ctx).persons}
    assert ctx.subject is not None and ctx.subject.label == "quận Bắc Từ Liêm"
    assert [t.generic for t in people["Vũ Đức Tâm"].titles] == ["Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch HĐND quận"]
    assert [t.level for t in people["Vũ Đức Tâm"].titles] == ["province", "district", "district"]
    assert [t.generic for t in people["Trịnh Quốc Bảo"].titles] == ["Quận ủy viên", "Phó Chủ tịch UBND quận"]
    assert [t.generic for t in people["Phạm Văn Nam"].titles] == [
        "Ủy viên Ban Thường vụ Quận ủy",
        "Trưởng Ban Tổ chức Quận ủy",
    ]


def test_a_voter_is_a_person_but_no_holder_and_a_household_no_person(write_article: Callable[..., Path]) -> None:
    body = "Cử tri Trần Thị Lệ kiến nghị nâng cấp tuyến đường. Hộ ông Lê Văn Tám hiến 300 m2 đất làm đường."
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{body}")))
    people = extract_people(ctx)
    assert [(p.name, p.titles) for p in people.persons] == [("Trần Thị Lệ", [])]
    assert [b.voter for bs in people.blocks.values() for b in bs if b.name] == [True]


def test_a_thai_family_name_after_an_honorific(write_article: Callable[..., Path]) -> None:
    # "Lo" (as the Thái of western Nghệ An write Lò) opens the name: "Ông" is no part of it, title or not.
    sentence = "Ông Lo Văn Nhàn, Trưởng bản Văng Môn chia sẻ về nước sạch."
    people = extract_people(build_context(read_article(write_article(f"{LEAD}\n\n{sentence}"))))
    assert [p.name for p in people.persons] == ["Lo Văn Nhàn"]


def test_a_committee_joined_without_a_post_is_not_reported(write_article: Callable[..., Path]) -> None:
    # "vào Ban Chấp hành Đảng bộ huyện" names the committee a congress elects, not a post left unread.
    ctx = build_context(
        read_article(write_article(f"{LEAD}\n\nĐại hội bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện."))
    )
    extract_people(ctx)
    assert [i.kind for i in ctx.issues] == []


def test_the_thanh_uy_of_a_city_under_the_centre_is_the_provinces(write_article: Callable[..., Path]) -> None:
    # In a huyện of Cần Thơ, "Thành ủy viên" sits on the city's committee, and "Huyện ủy viên" on the district's.
    body = (
        "Sáng 29/12, UBND huyện Phong Điền tổ chức hội nghị tổng kết.\n\nDự có đồng chí Lê Thị Hạnh, Thành ủy "
        "viên, Bí thư Huyện ủy; đồng chí Lý Văn Thành, Huyện ủy viên, Phó Chủ tịch UBND huyện."
    )
    people = extract_people(build_context(read_article(write_article(body, title="Phong Điền tổng kết năm 2023"))))
    levels = {(p.name, t.generic): t.level for p in people.persons for t in p.titles}
    assert levels[("Lê Thị Hạnh", "Thành ủy viên")] == "province"
    assert levels[("Lý Văn Thành", "Huyện ủy viên")] == "district"


def test_a_commune_s_post_without_its_name_is_of_the_commune_the_sentence_named_before(
    write_article: Callable[..., Path],
) -> None:
    # In an article about a city, "UBND xã" and "UBND phường" are the commune and the ward each sentence names first;
    # before, both were the article's one unnamed commune-level unit.
    body = (
        "Chiều 8/11, đồng chí Lê Quý Hòa, Chủ tịch UBND thành phố Đà Nẵng chủ trì cuộc họp trực tuyến với các xã, "
        "phường.\n\nTại điểm cầu xã Trà Leng, Chủ tịch UBND xã Hồ Văn Mai cho biết xã có 23 điểm sạt lở.\n\n"
        "Đại diện phường Hội An Tây, ông Nguyễn Hữu Phước, Chủ tịch UBND phường cho biết phường đã thu gom rác."
    )
    people = extract_people(build_context(read_article(write_article(body, title="Đà Nẵng khắc phục hậu quả mưa lũ"))))
    units = {p.name: {(t.unit.kind, t.unit.name) for t in p.titles if t.unit} for p in people.persons}
    assert units["Hồ Văn Mai"] == {("xã", "Trà Leng")}
    assert units["Nguyễn Hữu Phước"] == {("phường", "Hội An Tây")}


def test_families_of_two_syllable_names_are_family_names() -> None:
    """data/lookup/two_syllable_families.txt marks some family names: each must be in surnames.txt."""
    assert two_syllable_families() and two_syllable_families() <= surnames()


def test_a_village_is_not_read_as_a_person(write_article: Callable[..., Path]) -> None:
    body = "Đồng chí Giàng Thị Mai, Bí thư Chi bộ thôn Lô Lô Chải tham luận tại đại hội."
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{body}")))
    assert [p.name for p in extract_people(ctx).persons] == ["Giàng Thị Mai"]


@pytest.mark.parametrize(
    ("lead", "date", "office"),
    [
        ("Ngày 21-7-2022, Tổ đại biểu HĐND huyện Trà Cú tiếp xúc cử tri xã Ngọc Biên.", None, "huyện"),
        ("Sáng 21/7, Tổ đại biểu HĐND huyện Trà Cú tiếp xúc cử tri xã Ngọc Biên.", "2022-07", "huyện"),
        ("Sáng 21/10, HĐND xã Ngọc Biên tổ chức kỳ họp thứ hai.", "2025-10", "xã"),
    ],
    ids=["undated-2022", "dated-2022", "after-the-reform"],
)
def test_an_office_named_without_its_unit_is_the_district_s_until_july_2025(
    write_article: Callable[..., Path], lead: str, date: str | None, office: str
) -> None:
    """Communes have had offices of their own only since districts were abolished in July 2025."""
    body = f"{lead}\n\nÔng Lâm Văn Tươi, Trưởng Phòng TN&MT, giải trình ý kiến cử tri."
    people = extract_people(build_context(read_article(write_article(body, title="Tiếp xúc cử tri", date=date))))
    assert [t.generic for p in people.persons for t in p.titles] == [f"Trưởng phòng Tài nguyên và Môi trường {office}"]


def test_a_committee_may_repeat_its_unit_s_kind(write_article: Callable[..., Path]) -> None:
    body = f"{LEAD}\n\nĐồng chí Nguyễn Văn Hải, Bí thư Thành ủy Thành phố Vinh phát biểu."
    people = extract_people(build_context(read_article(write_article(body))))
    assert [(t.generic, t.unit.label if t.unit else None) for p in people.persons for t in p.titles] == [
        ("Bí thư Thành ủy", "thành phố Vinh")
    ]


def test_an_official_may_bear_a_name_streets_bear(write_article: Callable[..., Path]) -> None:
    """A general's name is a street's or a school's ("trường THCS Nguyễn Chí Thanh"), but between an honorific and
    a post it is an official's: "ông Nguyễn Chí Thanh, Phó Bí thư Huyện ủy"."""
    body = (
        "Tại trường THCS Nguyễn Chí Thanh, ông Lê Văn Tâm, Chủ tịch UBND xã trao quà. Dự có ông Nguyễn Chí Thanh, "
        "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện."
    )
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{body}")))
    assert [p.name for p in extract_people(ctx).persons] == ["Lê Văn Tâm", "Nguyễn Chí Thanh"]


def test_a_district_spelt_in_one_word_is_no_part_of_the_name_after_it(write_article: Callable[..., Path]) -> None:
    body = "Tham dự có Tỉnh uỷ viên, Bí thư Huyện uỷ Đakrông Trần Đức Hiền; Chủ tịch UBND huyện Nguyễn Thành Đạt."
    ctx = build_context(read_article(write_article(f"{LEAD}\n\n{body}")))
    assert [p.name for p in extract_people(ctx).persons] == ["Trần Đức Hiền", "Nguyễn Thành Đạt"]


def test_the_youth_union_s_secretaries(write_article: Callable[..., Path]) -> None:
    """The Youth Union's committees hold posts of their own: "Bí thư Đoàn phường", "Phó Bí thư Tỉnh Đoàn"."""
    body = (
        "Sáng 12/9, UBND phường Nha Trang tổ chức hội nghị phát động phong trào. Dự có bà Hán Thị Ngọc Ánh, Bí thư "
        "Đoàn phường; ông Lê Văn Tám, Phó Bí thư Tỉnh Đoàn."
    )
    people = extract_people(build_context(read_article(write_article(body, date="2025-09"))))
    assert [(p.name, [t.generic for t in p.titles]) for p in people.persons] == [
        ("Hán Thị Ngọc Ánh", ["Bí thư Đoàn phường"]),
        ("Lê Văn Tám", ["Phó Bí thư Tỉnh Đoàn"]),
    ]
