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
from loaders.model import Event

LEAD = "Chiều 30/12, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ năm 2025."

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    (
        "a-speech-the-words-closing-a-quote-name",
        '"Nhiều hộ đã tự nguyện hiến đất", ông Hồ Đắc Thanh, Bí thư Đảng uỷ, Chủ tịch HĐND xã xúc động nói khi phát '
        "biểu khai mạc buổi lễ.",
        {("Hồ Đắc Thanh", "opening-speech")},
    ),
    (
        "those-a-post-opens-joined-to-the-chair",  # "A cùng hai Phó Chủ tịch B, C chủ tọa"; a post's period before
        "Đồng chí Phan Đình Lương, Bí thư Đảng uỷ, Chủ tịch HĐND xã giai đoạn 2025 - 2026 khai mạc kỳ họp. Sau khi được "
        "bầu, Chủ tịch HĐND xã Lê Văn Hùng cùng hai Phó Chủ tịch Võ Thị Thanh Hoa, Trần Văn Hiếu chủ toạ phần còn lại "
        "của kỳ họp.",
        {
            ("Phan Đình Lương", "opening-speech"),
            ("Lê Văn Hùng", "chair"),
            ("Võ Thị Thanh Hoa", "chair"),
            ("Trần Văn Hiếu", "chair"),
        },
    ),
    (
        "those-listed-after-cung-cac-dong-chi-joined-to-the-chair",  # "A, … cùng các đồng chí: B, …; C, … chủ trì"
        "Đồng chí Hoàng Văn Tường, Tỉnh uỷ viên, Bí thư Huyện uỷ cùng các đồng chí: Lương Thị Nhung, Phó Bí thư "
        "Huyện uỷ, Chủ tịch HĐND huyện; Nông Văn Chung, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện chủ trì Đại hội.",
        {("Hoàng Văn Tường", "chair"), ("Lương Thị Nhung", "chair"), ("Nông Văn Chung", "chair")},
    ),
    (
        "those-listed-after-the-role-word-of-a-heading",  # "Các đồng chí chủ toạ kỳ họp: A, …; B và C, …"
        "Các đồng chí chủ toạ kỳ họp: Hà Đức Thuận, Tỉnh uỷ viên, Bí thư Huyện uỷ, Chủ tịch HĐND huyện; Ma Thị Hằng "
        "và Nông Văn Khải, Phó Chủ tịch HĐND huyện.",
        {("Hà Đức Thuận", "chair"), ("Ma Thị Hằng", "chair"), ("Nông Văn Khải", "chair")},
    ),
    (
        "a-presidium-listed-after-a-colon-chairs",
        "Đoàn Chủ tịch Đại hội: đồng chí Ninh Văn Quang, Bí thư Đảng uỷ, Chủ tịch HĐND xã; đồng chí Diệp Văn Sinh, Phó "
        "Bí thư Thường trực Đảng uỷ xã.",
        {("Ninh Văn Quang", "chair"), ("Diệp Văn Sinh", "chair")},
    ),
    (
        "whoever-is-elected-to-the-presidium-chairs",
        "Các đồng chí Trần Thị Thu Hồng, Bí thư Đảng uỷ xã; Lê Hoàng Nhân, Phó Bí thư Thường trực Đảng uỷ xã và Nguyễn "
        "Văn Bảy, Chủ tịch Uỷ ban MTTQ Việt Nam xã được đại hội bầu vào Đoàn Chủ tịch, điều hành đại hội.",
        {("Trần Thị Thu Hồng", "chair"), ("Lê Hoàng Nhân", "chair"), ("Nguyễn Văn Bảy", "chair")},
    ),
    (
        "who-a-meeting-is-run-by-chairs-it",  # not who runs a budget: "do UBND huyện điều hành" names no person
        "Đại hội do Đoàn Chủ tịch gồm các ông, bà: Vũ Văn Hào, Nguyễn Thị Thơm điều hành. Ông Lê Văn Tư, Chủ tịch UBND "
        "xã cho biết, ngân sách xã được điều hành chặt chẽ.",
        {("Vũ Văn Hào", "chair"), ("Nguyễn Thị Thơm", "chair"), ("Lê Văn Tư", "speech")},
    ),
    (
        "a-second-role-word-after-another-thing-done",
        "Đồng chí Phạm Quốc Bảo, Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh dự, trao quyết định và phát biểu giao nhiệm vụ.",
        {("Phạm Quốc Bảo", "attend"), ("Phạm Quốc Bảo", "speech")},
    ),
    (
        "reading-out-the-report-is-giving-it",
        "Ông Triệu Văn Thành, Chủ tịch Ủy ban MTTQ Việt Nam xã đọc báo cáo kết quả năm 2024.",
        {("Triệu Văn Thành", "report")},
    ),
    (
        "a-sitting-handed-over-mid-way-is-chaired-by-who-takes-it",  # "giao" asks it of her, "tiếp tục" there and then
        "Do phải dự cuộc họp trực tuyến, đồng chí Chủ tịch UBND huyện đã giao đồng chí Đinh Thị Huyền, Phó Chủ tịch "
        "Thường trực UBND huyện tiếp tục điều hành phiên họp.",
        {("Đinh Thị Huyền", "chair")},
    ),
    (
        "a-promise-is-said",  # "ký cam kết", longer, is a signing
        "Chủ tịch UBND huyện Nguyễn Thế Cường cam kết đến ngày 31/12 sẽ bàn giao thêm ít nhất 35 ha mặt bằng.",
        {("Nguyễn Thế Cường", "speech")},
    ),
    (
        "what-another-said-and-a-contrast",  # "Còn theo ông A, …"; "Bà B, … thì kiến nghị"
        "Còn theo ông Quách Vĩnh Phát, huyện Đông Hải hiện có 1.064 ha đồng muối; bà Danh Thị Kiều Oanh, Phó Chủ tịch "
        "UBND huyện Ngọc Hiển thì kiến nghị tỉnh sớm đầu tư tuyến kè.",
        {("Quách Vĩnh Phát", "speech"), ("Danh Thị Kiều Oanh", "speech")},
    ),
    (
        "who-speaks-for-the-presidium-after-their-titles-chairs",
        "Đồng chí Lê Ngọc Huấn - Tỉnh ủy viên, Bí thư Thị ủy thay mặt Đoàn Chủ tịch đọc diễn văn khai mạc.",
        {("Lê Ngọc Huấn", "chair"), ("Lê Ngọc Huấn", "opening-speech")},
    ),
    (
        "a-fronted-role-word-has-every-subject-joined-by-va",
        "Thảo luận tại hội nghị, đồng chí Lê Thị Mai Hương, Phó Chủ tịch UBND huyện và đồng chí Nguyễn Văn Sáu, Bí thư "
        "Đảng ủy xã Tùng Lộc cùng nhiều đại biểu đã tham luận.",
        {("Lê Thị Mai Hương", "speech"), ("Nguyễn Văn Sáu", "speech")},
    ),
    (
        "an-analysis-is-said",
        "Tại phiên họp, Phó Chủ tịch UBND huyện Nguyễn Việt Hưng phân tích nguyên nhân chậm giải phóng mặt bằng.",
        {("Nguyễn Việt Hưng", "speech")},
    ),
    (
        "the-hosts-listed-after-the-side-they-are-on",  # "về phía huyện …" with no comma, then "còn có"
        "Tham dự buổi làm việc về phía huyện Đình Lập còn có đồng chí Hứa Văn Phong, Tỉnh ủy viên, Bí thư Huyện ủy.",
        {("Hứa Văn Phong", "attend")},
    ),
    (
        "the-meeting-told-at-length-before-those-who-attended",  # "Tham dự buổi làm việc chiều cùng ngày tại … có"
        "Tham dự buổi làm việc chiều cùng ngày tại UBND huyện có ông Huỳnh Văn Tư, Tỉnh ủy viên, Bí thư Huyện ủy An "
        "Minh; ông Danh Hoàng Phúc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
        {("Huỳnh Văn Tư", "attend"), ("Danh Hoàng Phúc", "attend")},
    ),
    (
        "who-a-voter-is-set-aside",  # ", người Vân Kiều," says who the voter is, between the name and the verb
        "Cử tri Hồ Văn Lâm, người Vân Kiều, đề nghị tỉnh sớm có chính sách hỗ trợ đất sản xuất.",
        {("Hồ Văn Lâm", "voter-petition")},
    ),
    (
        "the-presidium-s-members-chair",
        "Các đồng chí: Cao Văn Lực, Bí thư Huyện ủy; Phạm Thị Hải Yến, Phó Bí thư Thường trực Huyện ủy trong Đoàn "
        "Chủ tịch chủ trì Đại hội.",
        {("Cao Văn Lực", "chair"), ("Phạm Thị Hải Yến", "chair")},
    ),
    (
        "advice-is-said",
        "Ông Vương Đình Quý khuyến cáo người dân không chặt phá cà phê, hồ tiêu ồ ạt để trồng sầu riêng.",
        {("Vương Đình Quý", "speech")},
    ),
    (
        "a-river-is-no-one",  # "sông Hàm Luông" is a river, though "Hàm" is a family name and a verb follows
        "Huyện cần rà soát các cống dọc sông Hàm Luông, khuyến cáo nông dân không xuống giống lúa muộn.",
        set(),
    ),
    (
        "one-of-a-numbered-ward-before-a-comma",  # "Phường 13," names the ward: the verb after it is his
        "Ông Trần Văn Sang, Chủ tịch UBND Phường 13, kiến nghị sớm bố trí kinh phí xây dựng công viên.",
        {("Trần Văn Sang", "speech")},
    ),
    (
        "a-voter-s-wish",
        "Cử tri Huỳnh Thị Lệ (xã Lý Nhơn) mong huyện sớm kéo ống cấp nước sạch về các ấp xa trung tâm.",
        {("Huỳnh Thị Lệ", "voter-petition")},
    ),
    (
        "hosts-who-receive-the-delegation",
        "Tiếp và làm việc với đoàn có đồng chí Quách Khải Minh, Bí thư Đảng uỷ phường; đồng chí Lê Thị Ngọc Diễm, "
        "Chủ tịch UBND phường.",
        {("Quách Khải Minh", "attend"), ("Lê Thị Ngọc Diễm", "attend")},
    ),
    (
        "one-who-presents-a-council-board-s-verification",
        "Thẩm tra các báo cáo, đồng chí Châu Tuấn Kiệt, Trưởng Ban Kinh tế - Xã hội HĐND huyện đánh giá công tác "
        "thu ngân sách có chuyển biến.",
        {("Châu Tuấn Kiệt", "speech")},
    ),
    (
        "one-who-answers-with-heads-of-offices",
        "Tại phiên chất vấn, ông Lương Đức Toàn, Chủ tịch UBND huyện cùng trưởng một số phòng chuyên môn đã làm rõ "
        "các nhóm vấn đề cử tri quan tâm.",
        {("Lương Đức Toàn", "speech")},
    ),
    (
        "the-heads-of-twenty-wards-are-none-of-them-named",  # the one ward secretary named later is not among them
        "Tham dự có ông Trương Văn Khải, Phó Giám đốc Sở Xây dựng, cùng bí thư đảng ủy, chủ tịch UBND 20 phường. "
        "Tham luận tại hội nghị, bà Lý Thị Mỹ Hạnh, Bí thư Đảng uỷ Phường 19, chia sẻ cách vận động người dân.",
        {("Trương Văn Khải", "attend"), ("Lý Thị Mỹ Hạnh", "speech")},
    ),
    (
        "one-who-launches-a-campaign",  # "phát động phong trào" is said from the floor
        "Tại buổi lễ, ông Võ Văn Hưởng - Chủ tịch Ủy ban MTTQ Việt Nam xã phát động phong trào thi đua năm 2025.",
        {("Võ Văn Hưởng", "speech")},
    ),
    (
        "a-visitor-who-works-with-the-hosts",  # "đã đến thăm và làm việc với …": they attended
        "Chiều 21/8, đồng chí Phạm Minh Tấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã đến thăm và làm việc với Ban "
        "Thường vụ Đảng ủy xã Sông Hinh.",
        {("Phạm Minh Tấn", "attend")},
    ),
    (
        "a-visitor-who-chairs-the-meeting",  # … unless they chaired it: that is their part
        "Ngày 18/4, đồng chí Đặng Quốc Thịnh, Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Hướng "
        "Hóa. Đồng chí Đặng Quốc Thịnh chủ trì buổi làm việc.",
        {("Đặng Quốc Thịnh", "chair")},
    ),
    (
        "the-delegation-s-leader-who-then-chairs",  # what the leader did before chairing stands between them and it
        "Sáng 14-3, đồng chí Nguyễn Hữu Tâm, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác đến khảo sát vùng điều hữu cơ tại "
        "xã Đak Ơ, sau đó chủ trì buổi làm việc với huyện Bù Gia Mập.",
        {("Nguyễn Hữu Tâm", "chair")},
    ),
    (
        "one-who-holds-no-post-said-by-what-they-own",  # ", chủ một homestay …," stands between her and her verb
        "Bà Lộc Thị Duyên, chủ một homestay tại thôn Nà Tông, đề nghị xã hỗ trợ tập huấn kỹ năng đón khách.",
        {("Lộc Thị Duyên", "speech")},
    ),
    (
        "the-contributions-heard-of-two-people",  # "nghe tham luận của bà A … về … và ông B …": both spoke
        "Tại hội nghị, các đại biểu đã nghe tham luận của bà Nguyễn Thị Hạnh, Chủ tịch UBND xã Hoà Hậu về liên kết "
        "tiêu thụ chuối ngự và ông Trần Văn Quý, Bí thư Đảng uỷ xã Nhân Thịnh về dồn điền đổi thửa.",
        {("Nguyễn Thị Hạnh", "speech"), ("Trần Văn Quý", "speech")},
    ),
    (
        "a-delegation-s-members-and-its-hosts",  # who came with the delegation and who received it attended
        "Buổi làm việc do đồng chí Đinh Công Vinh, Phó Bí thư Thường trực Huyện ủy, Trưởng đoàn chủ trì. Thành viên "
        "đoàn gồm các đồng chí: Hồ Sỹ Lâm, Chủ nhiệm UBKT Huyện ủy; Phạm Thị Thu, Phó Trưởng Ban Tổ chức Huyện ủy. "
        "Làm việc với đoàn có đồng chí Lê Văn Khương, Bí thư Đảng ủy xã; đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã.",
        {
            ("Đinh Công Vinh", "chair"),
            ("Hồ Sỹ Lâm", "attend"),
            ("Phạm Thị Thu", "attend"),
            ("Lê Văn Khương", "attend"),
            ("Nguyễn Văn Hòa", "attend"),
        },
    ),
    (
        "em-dashes-glued-to-the-titles",  # the dash after the titles closes them: the subject's role word follows
        "Ông Nguyễn Đình Khôi—Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện—chủ trì hội nghị.",
        {("Nguyễn Đình Khôi", "chair")},
    ),
    (
        "presenting-a-draft",  # "thông qua dự thảo báo cáo": the person presents it
        "Tại hội nghị, đồng chí Phạm Hoàng Nam - Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy thông qua dự thảo "
        "báo cáo sơ kết.",
        {("Phạm Hoàng Nam", "report")},
    ),
    (
        "appointed-to-chair",  # who appointed them stands between the subject and the role word
        "Đồng chí Bùi Văn Thắng, Bí thư Đảng uỷ xã, được Thường trực HĐND tỉnh chỉ định triệu tập, chủ toạ kỳ họp và "
        "phát biểu khai mạc.",
        {("Bùi Văn Thắng", "chair"), ("Bùi Văn Thắng", "opening-speech")},
    ),
    (
        "the-field-in-charge-as-an-aside",  # "A, phụ trách lĩnh vực …, đề xuất …"
        "Phó Chủ tịch UBND huyện Võ Minh Khoa, phụ trách lĩnh vực đô thị, đề xuất thành lập tổ công tác đặc biệt.",
        {("Võ Minh Khoa", "speech")},
    ),
    (
        "listing-after-a-semicolon",  # a role word opening a clause opens a list, as it would a sentence
        "Ông Lê Hoàng Nam - Chủ tịch UBND huyện chủ trì hội nghị; dự có bà Thạch Thị Sa Rết - Phó Chủ tịch "
        "Thường trực HĐND huyện.",
        {("Lê Hoàng Nam", "chair"), ("Thạch Thị Sa Rết", "attend")},
    ),
    (
        "voters-petitions",  # past where a voter lives, in brackets or after a comma; a household is no person
        "Cử tri Nông Văn Thượng (xóm Pác Rằng, xã Đình Phong) phản ánh giá vật tư tăng. Cử tri Lò Văn Pọm, bản Tà "
        "Số 1 đề nghị sửa đường; hộ ông Lê Văn Tám hiến 300 m2 đất.",
        {("Nông Văn Thượng", "voter-petition"), ("Lò Văn Pọm", "voter-petition")},
    ),
    (
        "quoted-after-theo",  # "Theo ông A, …" gives A's words; "theo báo cáo của …" names no one who spoke
        "Theo ông Bùi Văn Khánh, Chủ tịch UBND huyện, còn 138 hộ chưa đồng thuận; theo đồng chí Lê Thị Mai thì khó "
        "nhất là vốn. Theo báo cáo của UBND huyện, ông Đỗ Văn Tư được khen thưởng.",
        {("Bùi Văn Khánh", "speech"), ("Lê Thị Mai", "speech")},
    ),
    (
        "answering-a-deputy",  # the deputies answered asked; the one answering speaks
        "Trả lời chất vấn của các đại biểu Lê Huy Hoàng (tổ đại biểu xã Hợp Tiến) và Vi Thị Hằng về tiến độ, "
        "Trưởng phòng Tài nguyên và Môi trường Kha Văn Tuyển thẳng thắn nhìn nhận còn chậm.",
        {("Lê Huy Hoàng", "speech"), ("Vi Thị Hằng", "speech"), ("Kha Văn Tuyển", "speech")},
    ),
    (
        "more-verbs-of-saying",  # an Ê Đê woman's name after a province's post; a quarter's ward; "nói về", "giải đáp"
        "Phó Chủ tịch HĐND tỉnh H'Yim Kđoh đề nghị sớm ổn định tổ chức. Ông Võ Đăng Khoa, Chủ tịch UBND phường Quy "
        "Nhơn Nam thông tin, 95% hộ đã áp dụng. Ông Chamaléa Bốn nói về vai trò của già làng; đại biểu Nguyễn Đức "
        'Khang giải đáp ý kiến về thuốc. "Mình không lo đói nữa", anh A Thiết nói.',
        {
            ("H'Yim Kđoh", "speech"),
            ("Võ Đăng Khoa", "speech"),
            ("Chamaléa Bốn", "speech"),
            ("Nguyễn Đức Khang", "speech"),
        },
    ),
    (
        "hosts-and-deputies-meeting-voters",  # "Tiếp đoàn có …" lists the hosts; deputies meet voters
        "Tiếp đoàn có ông Nguyễn Hữu Phước, Bí thư Huyện ủy; ông Lê Văn Thắm, Chủ tịch UBND huyện. Tổ đại biểu gồm "
        "bà H'Lim Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Trần Hữu Nghĩa đã tiếp xúc cử tri xã Cư M'gar.",
        {
            ("Nguyễn Hữu Phước", "attend"),
            ("Lê Văn Thắm", "attend"),
            ("H'Lim Mlô", "attend"),
            ("Trần Hữu Nghĩa", "attend"),
        },
    ),
    (
        "taking-part-in-answering",  # "Tham gia giải trình, A …" speaks
        "Tham gia giải trình, đồng chí Vũ Đức Mạnh, Chủ tịch UBND huyện nhận trách nhiệm về những tồn tại.",
        {("Vũ Đức Mạnh", "speech")},
    ),
    (
        "head-of-a-delegation",  # "do A … làm trưởng đoàn": A leads the delegation
        "Đoàn công tác của Thành ủy do đồng chí Huỳnh Văn Minh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố làm "
        "trưởng đoàn đã đến thăm, chúc Tết chùa Kh'Leang.",
        {("Huỳnh Văn Minh", "lead-delegation")},
    ),
    (
        "subject-verb",
        "Đồng chí Lương Thị Hoa, Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị.",
        {("Lương Thị Hoa", "directing-speech")},
    ),
    (
        "fronted-participle",
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Lê Đình Hải, Bí thư Huyện ủy đánh giá cao kết quả.",
        {("Lê Đình Hải", "directing-speech")},
    ),
    (
        "a-group-chairs-and-its-members-are-listed",
        "Phiên bế mạc do Đoàn Chủ tịch Đại hội chủ trì, gồm các đồng chí: Lâm Hoàng Phúc, Bí thư Huyện uỷ; Thạch Sô "
        "Phanh, Phó Bí thư Thường trực Huyện uỷ.",
        {("Lâm Hoàng Phúc", "chair"), ("Thạch Sô Phanh", "chair")},
    ),
    (
        "a-visitors-party-attends",
        "Cùng đi có các đồng chí: Trương Công Thành - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; "
        "Nguyễn Thị Kim Hoa - Phó Chủ tịch UBND tỉnh.",
        {("Trương Công Thành", "attend"), ("Nguyễn Thị Kim Hoa", "attend")},
    ),
    (
        "attend-and-chair-list",
        "Dự và chủ trì hội nghị có đồng chí Phạm Tiến Dũng, Bí thư Huyện ủy; đồng chí Bùi Huy Toàn, Chủ tịch UBND huyện.",
        {
            ("Phạm Tiến Dũng", "attend"),
            ("Phạm Tiến Dũng", "chair"),
            ("Bùi Huy Toàn", "attend"),
            ("Bùi Huy Toàn", "chair"),
        },
    ),
    (
        "a-presidium-with-the-standing-board-chairs",  # the listed names before "và các đồng chí trong Ban …"
        "Đại hội do Đoàn Chủ tịch gồm các đồng chí: Hồ Sỹ Toàn, Bí thư Thị ủy; Y Phôn Ayun, Chủ tịch HĐND thị xã "
        "và các đồng chí trong Ban Thường vụ Thị ủy khóa II chủ trì.",
        {("Hồ Sỹ Toàn", "chair"), ("Y Phôn Ayun", "chair")},
    ),
    (
        "attend-and-direct",
        "Đồng chí Nguyễn Văn Thi, Phó Chủ tịch Thường trực UBND tỉnh dự và chỉ đạo hội nghị.",
        {("Nguyễn Văn Thi", "attend")},
    ),
    (
        "report",
        "Đồng chí Nguyễn Văn Tuấn, Phó Bí thư Huyện ủy báo cáo tóm tắt kết quả.",
        {("Nguyễn Văn Tuấn", "report")},
    ),
    (
        "closing-title-first",
        "Phát biểu kết thúc hội nghị, Chủ tịch UBND huyện Bùi Huy Toàn yêu cầu các phòng ban thực hiện.",
        {("Bùi Huy Toàn", "closing-speech")},
    ),
    ("chaired-by-do", "Hội nghị do đồng chí Lê Văn Dậu, Bí thư Huyện ủy chủ trì.", {("Lê Văn Dậu", "chair")}),
    ("unnamed-chairs", "Các đồng chí lãnh đạo huyện chủ trì hội nghị.", set()),
    # "dự thảo" is no "dự" (attending); commenting on it is a speech.
    (
        "draft-is-not-attending",
        "Đồng chí Lê Văn Dậu, Bí thư Huyện ủy góp ý dự thảo kế hoạch.",
        {("Lê Văn Dậu", "speech")},
    ),
    # A role word after a list of people applies to all of them.
    (
        "list-then-cue",
        "Các đồng chí: Lê Văn An, Bí thư Huyện ủy; Hà Thị Lụa, Chủ tịch UBND huyện chủ tọa hội nghị.",
        {("Lê Văn An", "chair"), ("Hà Thị Lụa", "chair")},
    ),
    (
        "pair-then-cue",
        "Đ/c Lê Văn An, Bí thư Huyện ủy và đ/c Hà Thị Lụa, Phó Chủ tịch HĐND huyện về dự hội nghị.",
        {("Lê Văn An", "attend"), ("Hà Thị Lụa", "attend")},
    ),
    (
        "with-unnamed-colleagues",
        "Đồng chí Lê Văn An và các đồng chí trong Thường trực Huyện ủy chủ trì hội nghị.",
        {("Lê Văn An", "chair")},
    ),
    # What may stand between subject and role word.
    (
        "on-behalf-of",
        "Đồng chí Trần Thị Yến, Chủ tịch Ủy ban MTTQ huyện thay mặt các tổ chức chính trị - xã hội "
        "phát biểu chúc mừng.",
        {("Trần Thị Yến", "speech")},
    ),
    (
        "term-after-title",
        "Đồng chí Lê Văn An, Bí thư Huyện ủy khóa XXV phát biểu khai mạc.",
        {("Lê Văn An", "opening-speech")},
    ),
    (
        "verbs-of-acknowledging-are-speech",
        "Ông Phan Quốc Bảo ghi nhận Kim Sơn là địa phương có chuyển biến rõ nét. Đồng chí Lê Văn An đánh giá cao sự "
        "chuẩn bị của huyện.",
        {("Phan Quốc Bảo", "speech"), ("Lê Văn An", "speech")},
    ),
    (
        "a-commune-whose-name-ends-in-a-letter",
        "Ông Ngô Văn Kiệt, Chủ tịch UBND xã Vĩnh Lộc A, kiến nghị sớm có hướng dẫn về tách thửa.",
        {("Ngô Văn Kiệt", "speech")},
    ),
    (
        "who-speaks-for-the-presidium-is-on-it",
        "Thay mặt Đoàn Chủ tịch, đồng chí Trương Công Danh, Phó Bí thư Thường trực Huyện ủy phát biểu khai mạc.",
        {("Trương Công Danh", "chair"), ("Trương Công Danh", "opening-speech")},
    ),
    (
        "the-last-term-and-acts-before-the-role",
        "Đồng chí Thạch Sô Phăl, Chủ tịch HĐND huyện khoá trước triệu tập, khai mạc và chủ toạ kỳ họp.",
        {("Thạch Sô Phăl", "opening-speech"), ("Thạch Sô Phăl", "chair")},
    ),
    ("bracketed-title", "Đồng chí Lê Văn An (Bí thư Huyện ủy) phát biểu chỉ đạo.", {("Lê Văn An", "directing-speech")}),
    (
        "unreadable-title",
        "Đồng chí Đào Văn Nam, Trưởng Công an huyện báo cáo tình hình an ninh.",
        {("Đào Văn Nam", "report")},
    ),
    (
        "chair-and-close",
        "Đồng chí Lê Văn An chủ trì hội nghị và phát biểu kết luận.",
        {("Lê Văn An", "chair"), ("Lê Văn An", "closing-speech")},
    ),
    # Nouns and requests are not things the person did.
    (
        "report-noun",
        "Đồng chí Lê Văn An đánh giá cao báo cáo kết quả thực hiện nhiệm vụ năm 2024.",
        {("Lê Văn An", "speech")},  # what he said of the report, not a report of his own
    ),
    (
        "assessment",  # an assessment given at the meeting is a speech; "Hội nghị đánh giá" has no person
        "Kết thúc phiên chất vấn, Chủ tịch HĐND huyện Lê Văn Trung đánh giá các câu hỏi đúng trọng tâm.",
        {("Lê Văn Trung", "speech")},
    ),
    (
        "clarifying-fronted",  # "Làm rõ thêm …, đồng chí A" as "đồng chí A làm rõ thêm"
        "Làm rõ thêm trách nhiệm của cơ quan hành chính, đồng chí Phạm Quốc Hưng, Chủ tịch UBND huyện thẳng thắn nhận "
        "trách nhiệm người đứng đầu.",
        {("Phạm Quốc Hưng", "speech")},
    ),
    (
        "report-verb",
        "Đồng chí Hà Thị Lụa, Chủ tịch UBND huyện báo cáo kết quả thực hiện nhiệm vụ năm 2024.",
        {("Hà Thị Lụa", "report")},
    ),
    # A request is a speech of the one who makes it, never of the one asked.
    (
        "asked-to-report",
        "Đồng chí Lê Văn An yêu cầu đồng chí Hà Thị Lụa, Chủ tịch UBND huyện báo cáo tiến độ.",
        {("Lê Văn An", "speech")},
    ),
    (
        "discussion-fronted",
        "Thảo luận tại hội nghị, đồng chí Hà Thị Lụa đề nghị tăng cường giám sát.",
        {("Hà Thị Lụa", "speech")},
    ),
    ("discussion-asked", "Đồng chí Lê Văn An đề nghị các đại biểu thảo luận thẳng thắn.", {("Lê Văn An", "speech")}),
    # Verbs of saying after their subject are speeches; made nouns or fronted, they name no speaker.
    (
        "paper-and-answer",  # a paper read after its subject, and an answer, are speeches
        "Đồng chí Lê Văn An, Phó Chủ tịch UBND xã tham luận về du lịch; Trưởng phòng Tài chính huyện Hà Thị Lụa "
        "trả lời ý kiến cử tri.",
        {("Lê Văn An", "speech"), ("Hà Thị Lụa", "speech")},
    ),
    (
        "proposal-verb",
        "Đồng chí Hà Thị Lụa, Trưởng Ban Tổ chức Huyện ủy kiến nghị tỉnh sớm hoàn thiện quy hoạch.",
        {("Hà Thị Lụa", "speech")},
    ),
    ("proposal-of", "Theo đề nghị của đồng chí Hà Thị Lụa, hội nghị thống nhất điều chỉnh chỉ tiêu.", set()),
    (
        "one-closing-speech",
        "Kết luận hội nghị, đồng chí Lê Văn An nhấn mạnh ba nhiệm vụ trọng tâm.",
        {("Lê Văn An", "closing-speech")},
    ),
    (
        "on-the-side-of",
        "Về phía huyện Thọ Xuân, tham dự có các đồng chí: Lê Văn An, Bí thư Huyện ủy; Hà Thị Lụa, Chủ tịch UBND huyện.",
        {("Lê Văn An", "attend"), ("Hà Thị Lụa", "attend")},
    ),
    # Role nouns: "sự tham dự của", "sự chủ trì của".
    (
        "attendance-of",
        "Hội nghị có sự tham dự của đồng chí Lê Văn An, Bí thư Huyện ủy; đồng chí Hà Thị Lụa, Chủ tịch UBND huyện.",
        {("Lê Văn An", "attend"), ("Hà Thị Lụa", "attend")},
    ),
    (
        "under-chairing-of",
        "Dưới sự chủ trì của đồng chí Lê Văn An, hội nghị đã thông qua nghị quyết.",
        {("Lê Văn An", "chair")},
    ),
    (
        "speech-of",
        "Trong bài phát biểu của đồng chí Lê Văn An, nhiều nhiệm vụ trọng tâm được nêu rõ.",
        {("Lê Văn An", "speech")},
    ),
    (
        "come-to-attend-and-direct",
        "Về dự và chỉ đạo hội nghị có đồng chí Lò Văn Pụt, Phó Chủ tịch UBND tỉnh.",
        {("Lò Văn Pụt", "attend")},
    ),
    (
        "presidium",
        "Đoàn Chủ tịch hội nghị gồm các đồng chí: Lê Văn An, Bí thư Huyện ủy; Hà Thị Lụa, Chủ tịch UBND huyện.",
        {("Lê Văn An", "chair"), ("Hà Thị Lụa", "chair")},
    ),
    (
        "title-only-gives-nobody",
        "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị đồng chí Lê Văn An quan tâm.",
        set(),
    ),
    (
        "answering-fronted",
        "Trả lời vấn đề này, ông Đậu Văn Hải, Trưởng phòng Tài nguyên và Môi trường huyện thừa nhận sự chậm trễ.",
        {("Đậu Văn Hải", "speech")},
    ),
    (
        "a-group-in-an-earlier-sentence-is-not-this-ones",
        "Dự có đồng chí Hà Thị Lụa, Ủy viên Ban Thường vụ Huyện ủy; các đồng chí lãnh đạo huyện. "
        "Đồng chí Ủy viên Ban Thường vụ Huyện ủy phát biểu.",
        {("Hà Thị Lụa", "attend"), ("Hà Thị Lụa", "speech")},
    ),
    (
        "presents-a-resolution",  # "quán triệt", "triển khai", "công bố" after their subject: a speech
        "Đồng chí Lê Văn An trực tiếp quán triệt Nghị quyết; bà Hà Thị Lụa triển khai Chương trình hành động.",
        {("Lê Văn An", "speech"), ("Hà Thị Lụa", "speech")},
    ),
    (
        "a-group-named-by-its-posts-is-nobody",  # though one named holder of the second post is known
        "Dự có đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh; các đồng chí Thường trực Huyện ủy, Ủy viên Ban "
        "Thường vụ Huyện ủy. Đồng chí Hà Thị Lụa, Ủy viên Ban Thường vụ Huyện ủy báo cáo.",
        {("Lê Văn An", "attend"), ("Hà Thị Lụa", "report")},
    ),
    (
        "on-the-side-of-the-district-came",  # a list after "Về phía …" continues the attendance
        "Về phía huyện có đồng chí Mã Văn Tài, Bí thư Huyện ủy; đồng chí Lương Thị Na, Chủ tịch UBND huyện.",
        {("Mã Văn Tài", "attend"), ("Lương Thị Na", "attend")},
    ),
    (
        "on-the-side-of-the-district-said",  # who spoke for the district, not who came
        "Về phía huyện, đồng chí Mã Văn Tài, Bí thư Huyện ủy cho biết sẽ tiếp thu ý kiến cử tri.",
        {("Mã Văn Tài", "speech")},
    ),
    (
        "the-members-of-a-board-came",  # a group: none of the board's members named elsewhere attends
        "Về phía huyện có các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo UBND huyện. "
        "Đồng chí Đinh Thị Lan, Ủy viên Ban Thường vụ Huyện ủy phát biểu.",
        {("Đinh Thị Lan", "speech")},
    ),
    (
        "a-deputy-of-a-constituency-raises",
        "Đại biểu Trần Văn Lộc, đại biểu HĐND tỉnh đơn vị huyện Hưng Hà nêu thực trạng cấp giấy chứng nhận chậm.",
        {("Trần Văn Lộc", "speech")},
    ),
    (
        "a-deputy-of-a-group-in-brackets-raises",  # the constituency in brackets between subject and verb
        "Đại biểu Hồ Thị Lan (Tổ đại biểu xã Quỳnh Thạch) phản ánh nhiều hộ dân chờ cấp giấy chứng nhận.",
        {("Hồ Thị Lan", "speech")},
    ),
    (
        "gives-comments",  # "góp ý" after its subject: a speech
        "Đồng chí Ngô Thị Thanh Bình góp ý về công tác cán bộ, chuẩn bị nhân sự đại hội.",
        {("Ngô Thị Thanh Bình", "speech")},
    ),
    (
        "conveys-a-resolution",  # "truyền đạt" after its subject: a presentation, so a speech
        "Tại hội nghị, đồng chí Đinh Quang Toản, Trưởng Ban Tuyên giáo Huyện ủy đã truyền đạt nội dung Nghị quyết.",
        {("Đinh Quang Toản", "speech")},
    ),
    (
        "came-to-attend-and-direct",  # "về dự": "về" between the subject and the cue
        "Đồng chí Trần Minh Khôi, Trưởng Ban Dân vận Tỉnh ủy Đồng Nai về dự và phát biểu chỉ đạo.",
        {("Trần Minh Khôi", "attend"), ("Trần Minh Khôi", "directing-speech")},
    ),
    (
        "contributions-of-a-list",  # "các tham luận của A … về …; B … về …": each listed person spoke
        "Hội nghị đã nghe các tham luận của ông Triệu Tiến Vàng, Chủ tịch UBND xã Phúc Yên về phát triển chè; bà "
        "Hoàng Thị Nguyệt, Bí thư Đảng ủy xã Thượng Lâm về du lịch cộng đồng.",
        {("Triệu Tiến Vàng", "speech"), ("Hoàng Thị Nguyệt", "speech")},
    ),
    (
        "contributions-among-them",  # "trong đó có tham luận của A …; ông B …": each listed person spoke
        "Hội nghị đã nghe 6 tham luận, trong đó có tham luận của đồng chí Bùi Thị Nhung, Phó Chủ tịch UBND huyện về "
        "dồn điền đổi thửa; ông Trần Văn Mạnh, Chủ tịch Hội Nông dân huyện về nông dân sản xuất giỏi.",
        {("Bùi Thị Nhung", "speech"), ("Trần Văn Mạnh", "speech")},
    ),
    (
        "who-came-too-after-the-chair",  # "do A chủ trì, cùng dự có B …; C …": a clause of its own after the comma
        "Tại buổi làm việc do đồng chí Trương Hữu Nghĩa, Phó Chủ tịch UBND tỉnh chủ trì, cùng dự có đồng chí Hồ Văn "
        "Sang, Giám đốc Sở NN&PTNT; đồng chí Lê Văn Chiến, Bí thư Huyện ủy.",
        {("Trương Hữu Nghĩa", "chair"), ("Hồ Văn Sang", "attend"), ("Lê Văn Chiến", "attend")},
    ),
    (
        "who-came-for-the-hosts-after-the-chair",  # "…, tham dự về phía huyện có các đồng chí: A, …; B, …"
        "Tại buổi làm việc do đồng chí Phó Chủ tịch UBND tỉnh chủ trì, tham dự về phía huyện Lạc Sơn có các đồng "
        "chí: Bùi Văn Lịch, Tỉnh ủy viên, Bí thư Huyện ủy; Đinh Thị Thu Hà, Chủ tịch UBND huyện.",
        {("Bùi Văn Lịch", "attend"), ("Đinh Thị Thu Hà", "attend")},
    ),
    (
        "a-split-communes-letter-ends-no-name",  # "xã Ninh Thạnh Lợi A" is a commune, not someone who spoke
        "Ông Danh Sà Phanh, một nông dân ở xã Ninh Thạnh Lợi A, cho biết lúa đã cháy.",
        set(),
    ),
    (
        "moved-to-speak-and-a-promise",  # "Xúc động phát biểu …, đồng chí A (…)"; "B hứa …": both spoke
        "Xúc động phát biểu cảm tưởng, đồng chí Lý Văn Kiệt (95 tuổi) nhớ lại những năm tháng hoạt động; đồng chí "
        "Nguyễn Văn Hùng hứa sẽ không ngừng học tập.",
        {("Lý Văn Kiệt", "speech"), ("Nguyễn Văn Hùng", "speech")},
    ),
    (
        "voices-thanks",  # "bày tỏ" after its subject: a speech
        "Nhận nhiệm vụ mới, đồng chí Nông Văn Tiến bày tỏ niềm vinh dự và cảm ơn sự tin tưởng của tập thể.",
        {("Nông Văn Tiến", "speech")},
    ),
    (
        "an-abbreviation-in-brackets-within-a-title",  # "(NHCSXH)" does not part the chairs from their verb
        "Đồng chí Trịnh Văn Quyết, Bí thư Huyện ủy và đồng chí Điểu Hồng Thái, Chủ tịch UBND huyện, Trưởng Ban đại "
        "diện Hội đồng quản trị Ngân hàng Chính sách xã hội (NHCSXH) huyện đồng chủ trì hội nghị.",
        {("Trịnh Văn Quyết", "chair"), ("Điểu Hồng Thái", "chair")},
    ),
    (
        "took-part-in-a-listing",  # "Tham gia buổi tiếp xúc có …: A, …; B, …": each listed person attended
        "Tham gia buổi tiếp xúc có các đại biểu HĐND tỉnh: đồng chí Nguyễn Quang Thạch, Trưởng Ban Nội chính Tỉnh "
        "ủy; đồng chí Hà Thị Thanh Mai, Phó Trưởng Ban Dân tộc HĐND tỉnh.",
        {("Nguyễn Quang Thạch", "attend"), ("Hà Thị Thanh Mai", "attend")},
    ),
    (
        "proposes-and-makes-clear",  # "đề xuất", "làm rõ" after their subject: speeches
        "Đồng chí Thạch Thị Sa Rươn, Bí thư Đảng ủy xã Kim Sơn đề xuất huyện hỗ trợ nạo vét kênh; đồng chí Lâm "
        "Văn Tươi, Trưởng phòng Lao động - Thương binh và Xã hội huyện làm rõ nguyên nhân chậm hỗ trợ.",
        {("Thạch Thị Sa Rươn", "speech"), ("Lâm Văn Tươi", "speech")},
    ),
    (
        "a-title-runs-into-a-name-of-an-unknown-family",  # "huyện Pha Văn Thắm" names no district
        "Kết luận hội nghị, Chủ tịch UBND huyện Pha Văn Thắm yêu cầu các đơn vị ban hành kế hoạch.",
        {("Pha Văn Thắm", "closing-speech")},
    ),
    (
        "took-part-in-the-discussion",  # a speech, not an attendance
        "Tham gia thảo luận, đồng chí Đàm Văn Sơn, Bí thư Đảng ủy xã Tân Sơn đề nghị huyện quan tâm hỗ trợ.",
        {("Đàm Văn Sơn", "speech")},
    ),
    (
        "attending-and-then-on-the-side-of-the-province",
        "Dự hội nghị, về phía tỉnh có các đồng chí: Bế Thị Hạnh, Trưởng Ban Tổ chức Tỉnh ủy; Mạc Văn Tường, Phó "
        "Trưởng Ban Tổ chức Tỉnh ủy.",
        {("Bế Thị Hạnh", "attend"), ("Mạc Văn Tường", "attend")},
    ),
    (
        "a-headed-list-goes-on-from-the-sentence-before",
        "Tham dự có các đại biểu Quốc hội: bà Sơn Thị Sa Ly, Phó Trưởng Đoàn ĐBQH tỉnh. Các đại biểu HĐND tỉnh: "
        "bà Lâm Thị Sà Rinh, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; ông Phan Quốc Thái, Phó Bí thư Huyện ủy.",
        {("Sơn Thị Sa Ly", "attend"), ("Lâm Thị Sà Rinh", "attend"), ("Phan Quốc Thái", "attend")},
    ),
    (
        "a-list-of-attendees-one-a-line",  # after "Về dự Đại hội có:", each line "- Bà A – …;" until one that is not
        "Về dự Đại hội có:\n- Bà Hà Thị Thu Hiền – Phó Chủ tịch Hội Nông dân huyện;\n- Ông Mùa A Sềnh – Chủ tịch UBND "
        "xã;\nÔng Lò Văn Xuân, Chủ tịch Hội Nông dân xã cảm ơn các đại biểu.\n- Ông Lê Văn Tư – Trưởng bản Nà Cang.",
        {("Hà Thị Thu Hiền", "attend"), ("Mùa A Sềnh", "attend"), ("Lò Văn Xuân", "speech")},
    ),
    (
        "held-and-admitted-are-speeches",
        "Đồng chí Ka Thuý, Chủ tịch UBND xã Sơn Điền cho rằng lực lượng bảo vệ rừng còn mỏng. Đồng chí Nguyễn "
        "Mạnh Cường, Trưởng phòng Quản lý đô thị huyện thừa nhận hệ thống thoát nước đã xuống cấp.",
        {("Ka Thúy", "speech"), ("Nguyễn Mạnh Cường", "speech")},
    ),
    (
        "the-secretary-of-a-numbered-ward-speaks",
        "Thảo luận tại hội nghị, đồng chí Lưu Văn Thành, Chủ nhiệm UBKT Huyện ủy tham luận về công tác kiểm tra; "
        "đồng chí Tăng Thị Ngọc Hân, Bí thư Đảng uỷ Phường 1 chia sẻ kinh nghiệm.",
        {("Lưu Văn Thành", "speech"), ("Tăng Thị Ngọc Hân", "speech")},
    ),
    (
        "a-headed-list-after-no-attendance-is-no-attendance",
        "Đồng chí Lương Thị Hoa, Bí thư Huyện ủy phát biểu chỉ đạo. Các đại biểu trúng cử: bà Lâm Thị Sà Rinh, "
        "ông Phan Quốc Thái.",
        {("Lương Thị Hoa", "directing-speech")},
    ),
    (
        "two-who-co-preside",
        "Đồng chí Phan Đình Lộc, Chủ tịch HĐND huyện và đồng chí Đặng Thị Thu Hiền, Phó Chủ tịch HĐND huyện đồng "
        "chủ tọa kỳ họp.",
        {("Phan Đình Lộc", "chair"), ("Đặng Thị Thu Hiền", "chair")},
    ),
    (
        "a-subject-whose-post-carries-its-term",
        "Đồng chí Đinh Quang Hưng, Bí thư Huyện ủy khóa XXIII; đồng chí Cao Thị Huế, Phó Bí thư Thường trực Huyện "
        "ủy cùng các đồng chí trong Đoàn Chủ tịch chủ trì đại hội.",
        {("Đinh Quang Hưng", "chair"), ("Cao Thị Huế", "chair")},
    ),
    (
        "the-heads-of-departments-with-them",
        "Giám đốc Sở Kế hoạch và Đầu tư Lương Minh Đức cùng lãnh đạo các sở, ngành trả lời trực tiếp nhiều kiến "
        "nghị của huyện.",
        {("Lương Minh Đức", "speech")},
    ),
]


def _events_and_names(path: Path) -> tuple[list[Event], dict[str, str]]:
    """The article's meetings, and the names of the people taking part by their keys."""
    ctx = build_context(read_article(path))
    people = extract_people(ctx)
    return extract_events(ctx, people), {p.key: p.name for p in people.persons}


def _who(event: Event, names: dict[str, str]) -> set[str]:
    return {names[p.person] for p in event.participations}


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_roles(write_article: Callable[..., Path], sentence: str, expected: set[tuple[str, str]]) -> None:
    events, names = _events_and_names(write_article(f"{LEAD}\n\n{sentence}", date="2025-01"))
    got = {(names[p.person], p.role) for e in events for p in e.participations}
    assert got == expected


UNDATED = [
    (
        "a-half-year-reviewed-bounds-an-anniversary-of-a-document",  # five years after 28/9/2018 rounded: 2024
        "Hướng Hóa: Phát triển cà phê bền vững",
        "Ngày 13.8, Ban Chấp hành Đảng bộ huyện Hướng Hóa tổ chức Hội nghị lần thứ 19 đánh giá tình hình thực hiện "
        "nhiệm vụ 6 tháng đầu năm 2024, sơ kết 5 năm thực hiện Nghị quyết số 33-NQ/TW ngày 28/9/2018 của Bộ Chính "
        "trị.",
        [date(2024, 8, 13)],
    ),
    (
        "a-congress-named-before-the-day-it-closed",
        "Đảng bộ xã Lao Bảo tổ chức thành công Đại hội lần thứ I",
        "Với chủ đề Đoàn kết - Dân chủ - Kỷ cương - Đột phá - Phát triển, Đại hội đại biểu Đảng bộ xã Lao Bảo lần thứ "
        "I, nhiệm kỳ 2025 - 2030 đã bế mạc chiều 12/8 sau một ngày làm việc.",
        [date(2025, 8, 12)],
    ),
    (
        "the-year-of-the-latest-day-dated-in-full",  # no year named: the deadline's
        "Thanh Oai phải bàn giao toàn bộ mặt bằng Vành đai 4",
        "Sáng 17-8, đoàn công tác Ban Chỉ đạo giải phóng mặt bằng thành phố làm việc với huyện Thanh Oai.\n\nHuyện "
        "cam kết hoàn thành bàn giao 100% mặt bằng trước ngày 30/9/2023.",
        [date(2023, 8, 17)],
    ),
    (
        "a-season-reviewed-and-the-next-planned-between-may-and-october",  # in the year reviewed, not the one planned
        "Lục Ngạn tổng kết vụ vải thiều",
        "(BGĐT) - Ngày 13.8, UBND huyện Lục Ngạn tổ chức hội nghị tổng kết công tác sản xuất, tiêu thụ vải thiều năm "
        "2024, triển khai kế hoạch sản xuất vụ vải năm 2025.",
        [date(2024, 8, 13)],
    ),
    (
        "the-day-a-count-of-what-was-done-runs-to",  # not the year a task is given for later in the text
        "Chủ tịch UBND tỉnh làm việc với huyện Hiệp Hòa",
        "Chiều 20/12, đồng chí Đặng Văn Phúc, Chủ tịch UBND tỉnh Bắc Giang chủ trì buổi làm việc với UBND huyện Hiệp "
        "Hòa.\n\nĐến ngày 15/12/2024, huyện đã hoàn thành giải phóng mặt bằng 27 dự án. Năm 2025, huyện phải hoàn "
        "thành 14 dự án còn lại.",
        [date(2024, 12, 20)],
    ),
    (
        "a-meeting-named-then-said-held-on-a-day",  # ", tổ chức ngày …" with no organiser named
        "Đại hội MTTQ huyện Gia Bình",
        "Năm năm qua, Quỹ Vì người nghèo huyện vận động được 28,6 tỷ đồng. Đó là kết quả được báo cáo tại Đại hội đại "
        "biểu MTTQ Việt Nam huyện Gia Bình lần thứ XXII, nhiệm kỳ 2024 - 2029, tổ chức ngày 26/6/2024.",
        [date(2024, 6, 26)],
    ),
    (
        "a-meeting-told-as-what-came-before-is-not-after-the-one-told-first",  # not the year the headline plans
        "Phường Phố Hiến đặt mục tiêu tăng trưởng từ 10% trở lên năm 2026",
        "Ngày 26/12/2025, Ban Chấp hành Đảng bộ phường Phố Hiến tổ chức hội nghị lần thứ năm.\n\nTrước đó, ngày "
        "24/12, HĐND phường Phố Hiến tổ chức kỳ họp thứ sáu.",
        [date(2025, 12, 26), date(2025, 12, 24)],
    ),
    (
        "a-paper-s-tag-with-no-dash",
        "Tân Lộc Bắc đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao",
        "(CMO) Ngày 13.8, UBND xã Tân Lộc Bắc long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới "
        "nâng cao theo Quyết định số 1256/QĐ-UBND ngày 28/6/2024 của Chủ tịch UBND tỉnh Cà Mau.",
        [date(2024, 8, 13)],
    ),
    (
        "a-session-before-the-day-what-it-decides-takes-effect",  # not on or after that day, as a document cited
        "HĐND tỉnh Lâm Đồng thông qua Bảng giá đất",
        "Chiều 19/12, HĐND tỉnh Lâm Đồng tổ chức kỳ họp chuyên đề để quyết định Bảng giá đất, áp dụng từ ngày "
        "01/01/2026.",
        [date(2025, 12, 19)],
    ),
    (
        "a-first-session-of-a-commune-formed-mid-term",  # the term's first year, unless the article dates a later one
        "Kỳ họp thứ nhất HĐND xã Bát Tràng",
        "Chiều 30/6, HĐND xã Bát Tràng tổ chức kỳ họp thứ nhất, nhiệm kỳ 2021 - 2026.\n\nTừ ngày 01/7/2025, chính "
        "quyền xã chính thức vận hành theo mô hình chính quyền địa phương hai cấp.",
        [date(2025, 6, 30)],
    ),
    (
        "a-first-session-in-the-terms-first-year",
        "Kỳ họp thứ nhất HĐND huyện Thọ Xuân",
        "Sáng 25/6, HĐND huyện Thọ Xuân tổ chức kỳ họp thứ nhất, nhiệm kỳ 2021 - 2026.\n\nCuộc bầu cử ngày "
        "23/5/2021 thành công tốt đẹp.",
        [date(2021, 6, 25)],
    ),
    (
        "the-month-a-count-of-what-was-done-runs-to",  # not the horizon of a goal set later in the text
        "Lai Châu tổng kết công tác tái định cư Dự án thủy điện Lai Châu",
        "Sáng 24-10, UBND tỉnh Lai Châu tổ chức hội nghị tổng kết công tác tái định cư.\n\nTính đến hết tháng "
        "9/2019, tỉnh đã hoàn thành di chuyển 1.260 hộ. Tỉnh phấn đấu đến hết năm 2020 hoàn thành giao đất sản xuất.",
        [date(2019, 10, 24)],
    ),
    (
        "the-year-the-body-reports-on",
        "Tiếp xúc cử tri xã Tủa Chùa",
        "Sáng 27-9, Đoàn đại biểu Quốc hội tỉnh tổ chức hội nghị tiếp xúc cử tri xã Tủa Chùa.\n\n"
        "Cử tri được nghe báo cáo tình hình kinh tế - xã hội 9 tháng năm 2025 và mục tiêu đến năm 2030.",
        [date(2025, 9, 27)],
    ),
    (
        "a-congress-told-at-its-close-is-dated-by-the-day-written",
        "Đại hội Đảng bộ tỉnh Đồng Tháp",
        "(BĐT) - Sau hai ngày làm việc khẩn trương, nghiêm túc, chiều 23-10-2025, Đại hội đại biểu Đảng bộ tỉnh "
        "Đồng Tháp lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc.\n\nĐồng chí Trương Công Bằng, Bí thư Tỉnh ủy phát "
        "biểu bế mạc Đại hội.",
        [date(2025, 10, 23)],
    ),
    (
        # The body's latest year (2019, of a result) is not the meetings' year: the lead's date is.
        "a-meeting-takes-the-year-of-the-one-dated-before-it",
        "Đoàn đại biểu huyện Tây Giang",
        "Trong 3 ngày, từ ngày 14 đến ngày 16-10-2020, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII đã "
        "diễn ra.\n\nNăm 2019, thu ngân sách đạt 2.000 tỷ đồng.\n\nTrước đó, chiều 12-10, Ban Thường vụ Huyện ủy "
        "Tây Giang đã tổ chức buổi gặp mặt đoàn đại biểu.",
        [date(2020, 10, 14), date(2020, 10, 12)],
    ),
    (
        # A horizon of the body ("vào năm 2023") is not the year: the decisions the meeting announces are.
        "a-meeting-announcing-dated-decisions-is-after-them",
        "Gio Linh có tân Bí thư Huyện ủy",
        "QTO - Chiều 17/12, Huyện ủy Gio Linh tổ chức hội nghị để công bố các quyết định về công tác cán bộ.\n\n"
        "Tại hội nghị, lãnh đạo Ban Tổ chức Tỉnh ủy đã công bố Quyết định số 1085-QĐ/TU ngày 15/12/2021 của Ban "
        "Thường vụ Tỉnh ủy.\n\nHuyện phấn đấu đạt chuẩn huyện nông thôn mới vào năm 2023.",
        [date(2021, 12, 17)],
    ),
    (
        # A resolution only cited may be years older than the meeting: the year the body reports on wins.
        "a-cited-resolution-is-no-announcement",
        "HĐND huyện Tiên Lãng họp chuyên đề",
        "Sáng 28-7, HĐND huyện Tiên Lãng tổ chức kỳ họp thứ 13.\n\nTổng vốn tăng 412,3 tỷ đồng so với kế hoạch "
        "giao tại Nghị quyết số 47/NQ-HĐND ngày 20-12-2021 của HĐND huyện.\n\nPhấn đấu giải ngân 100% kế "
        "hoạch vốn năm 2023.",
        [date(2023, 7, 28)],
    ),
    (
        # A part of a year gone by is reported on in that year: not the later year of projects it plans.
        "a-part-of-a-year-reported-on-outweighs-a-later-year-planned",
        "HĐND huyện Thuận Châu họp chuyên đề",
        "Sáng 28-9, HĐND huyện Thuận Châu tổ chức kỳ họp thứ mười.\n\nĐồng chí Lò Minh Hùng cho biết, 9 tháng năm "
        "2023, giải ngân vốn đầu tư công đạt 60%.\n\nKỳ họp xem xét chủ trương đầu tư 3 dự án khởi công mới năm 2024.",
        [date(2023, 9, 28)],
    ),
    (
        # "từ năm 2021 đến năm 2025" is a span, as "năm 2021 - 2025" is: neither end is the meeting's year.
        "the-start-of-a-span-told-in-words-is-no-year-of-the-meeting",
        "Giám sát tại Chư Păh",
        "(GLO)- Ngày 13.8, Đoàn giám sát của Thường trực HĐND tỉnh làm việc với UBND huyện Chư Păh về chương trình "
        "giai đoạn I: từ năm 2021 đến năm 2025. Đây là nội dung giám sát chuyên đề năm 2024 của Thường trực HĐND.",
        [date(2024, 8, 13)],
    ),
    (
        "a-january-ceremony-recognising-a-year-is-after-it",
        "Xã Vĩnh Phước B đón nhận Bằng công nhận đạt chuẩn nông thôn mới",
        "(BKG) - Sáng 12-1, UBND huyện Gò Quao tổ chức lễ đón nhận Bằng công nhận xã Vĩnh Phước B đạt chuẩn "
        "nông thôn mới năm 2023.",
        [date(2024, 1, 12)],
    ),
    (
        "a-visit-dated-after-an-introductory-clause",  # a visit is a meeting, dated after the occasion's clause
        "Lãnh đạo thành phố Cần Thơ thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer",
        "Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2026 của đồng bào Khmer (diễn ra từ ngày 14 đến 16-4), sáng "
        "10-4, đoàn công tác do đồng chí Huỳnh Văn Minh, Chủ tịch UBND thành phố làm trưởng đoàn đã đến thăm, chúc "
        "Tết chùa Kh'Leang. Sáng 11-4, đồng chí Huỳnh Văn Minh đến thăm, trao Huy hiệu Đảng cho đồng chí Lý Rum.",
        [date(2026, 4, 10), date(2026, 4, 11)],
    ),
    (
        "a-session-that-decides-next-years-tasks",  # "để quyết định nhiệm vụ năm 2024" plans the year after
        "Kỳ họp thứ 11, HĐND thị xã Vĩnh Châu khoá XII",
        "Ngày 20/12, HĐND thị xã Vĩnh Châu tổ chức kỳ họp thứ 11 để quyết định nhiệm vụ năm 2024 và công tác nhân sự.",
        [date(2023, 12, 20)],
    ),
    (
        "a-date-after-a-clause-set-in-the-meeting",  # the clause before the date names the meeting it is of
        "Phường Hạc Thành: Nóng chuyện ngập úng tại phiên chất vấn",
        "Trong ngày làm việc thứ hai của kỳ họp thứ 5, HĐND phường Hạc Thành nhiệm kỳ 2021 - 2026, ngày 10/12/2025, "
        "các đại biểu đã dành trọn buổi sáng cho phiên chất vấn.",
        [date(2025, 12, 10)],
    ),
    (
        "a-clause-set-in-the-meeting-after-the-papers-tag",  # then a sitting named with its meeting, the day before
        "Chất vấn Giám đốc Sở Nông nghiệp và PTNT",
        "(HG) – Trong khuôn khổ kỳ họp thứ 17 (kỳ họp thường lệ cuối năm 2023) HĐND tỉnh Hậu Giang khoá X, sáng "
        "7-12, HĐND tỉnh dành trọn buổi cho hoạt động chất vấn.\n\nTrước đó, tại phiên khai mạc kỳ họp chiều 6-12, "
        "đồng chí Mai Chí Thanh trình bày báo cáo tình hình kinh tế - xã hội năm 2023.",
        [date(2023, 12, 7), date(2023, 12, 6)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_days_of_an_article_without_a_date_line(
    write_article: Callable[..., Path], title: str, body: str, expected: list[date]
) -> None:
    ctx = build_context(read_article(write_article(body, title=title, date=None)))
    assert [e.day for e in extract_events(ctx, extract_people(ctx))] == expected


# Articles with a date line: the days of the meetings they tell.
DATED: list[tuple[str, tuple[str, str], str, list[date | None]]] = [
    (
        "a-visit-dated-last-after-a-quote-that-opens-the-story",  # the sentence after the quote sets its day off last
        ("2024-05", "Dứt điểm mặt bằng KCN Nhơn Trạch 6"),
        "“Mặt bằng sạch là điều kiện tiên quyết để giữ chân nhà đầu tư”. Đó là yêu cầu của đồng chí Phan Đức Thịnh, "
        "Chủ tịch UBND tỉnh khi khảo sát, làm việc với huyện Nhơn Trạch về tình hình phát triển các khu công nghiệp, "
        "ngày 14/5/2024.\n\nCùng đi có đồng chí Dương Minh Triết, Phó Chủ tịch UBND tỉnh.",
        [date(2024, 5, 14)],
    ),
    (
        "a-lead-that-ends-on-the-part-of-the-day-and-the-day",  # the meeting named first, its day last, no "vào" or comma
        ("2024-01", "Làm việc với huyện Hướng Hoá"),
        "Tháo gỡ vướng mắc trong giải phóng mặt bằng là nội dung được đặt ra tại buổi làm việc giữa lãnh đạo UBND "
        "tỉnh với huyện Hướng Hoá chiều 29/12.\n\nBuổi làm việc do đồng chí Phan Văn Dũng, Phó Chủ tịch UBND tỉnh "
        "chủ trì.",
        [date(2023, 12, 29)],
    ),
    (
        "a-meeting-going-on-into-its-next-day-is-the-same-meeting",  # "Hôm nay (15/8), Đại hội tiếp tục …"
        ("2020-08", "Đại hội Đảng bộ huyện A Lưới"),
        "Ngày 14/8, Đảng bộ huyện A Lưới tổ chức Đại hội đại biểu lần thứ XVII, nhiệm kỳ 2020 - 2025.\n\n"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khoá XVII gồm 37 đồng chí. Hôm nay (15/8), Đại hội tiếp tục thảo "
        "luận, thông qua nghị quyết và bế mạc.",
        [date(2020, 8, 14)],
    ),
    (
        "a-meeting-said-to-be-held-on-a-day-after-the-lead",  # the lead tells what the session did, not when
        ("2023-12", "Kỳ họp thứ 13 HĐND huyện Tân Lạc"),
        "Sau 1 ngày làm việc, kỳ họp thứ 13 HĐND huyện Tân Lạc khoá XX đã biểu quyết thông qua 11 nghị quyết.\n\n"
        "Kỳ họp được tổ chức ngày 19/12, là kỳ họp thường lệ cuối năm 2023. Bà Bùi Thị Hằng, Chủ tịch HĐND huyện "
        "chủ trì kỳ họp.",
        [date(2023, 12, 19)],
    ),
]


@pytest.mark.parametrize(("dated", "body", "expected"), [c[1:] for c in DATED], ids=[c[0] for c in DATED])
def test_days_of_an_article_with_a_date_line(
    write_article: Callable[..., Path], dated: tuple[str, str], body: str, expected: list[date | None]
) -> None:
    date_line, title = dated
    ctx = build_context(read_article(write_article(body, title=title, date=date_line)))
    assert [e.day for e in extract_events(ctx, extract_people(ctx))] == expected


def test_a_planned_meeting_is_not_dated_as_held(write_article: Callable[..., Path]) -> None:
    body = (
        "Theo kế hoạch, ngày 20/1, UBND huyện sẽ tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
        "Đồng chí Lê Văn An, Chủ tịch UBND huyện chủ trì buổi làm việc với các phòng, ban."
    )
    ctx = build_context(read_article(write_article(body, date="2025-01")))
    assert [e.day for e in extract_events(ctx, extract_people(ctx))] == [None]


def test_a_meeting_held_on_a_day_after_a_heading(write_article: Callable[..., Path]) -> None:
    """ "* Về công tác kiểm tra, kỷ luật đảng: Tại kỳ họp thứ 27 diễn ra ngày 8/5 do …": a meeting of its own, told after
    the lead's, with its chair."""
    body = (
        "Chiều 9/5, Ban Thường vụ Huyện ủy Gio Linh tổ chức hội nghị công bố quyết định về công tác cán bộ.\n\n"
        "* Về công tác kiểm tra, kỷ luật đảng: Tại kỳ họp thứ 27 diễn ra ngày 8/5 do đồng chí Lê Đức Thịnh, Chủ nhiệm "
        "Ủy ban Kiểm tra Tỉnh ủy chủ trì, Ủy ban Kiểm tra Tỉnh ủy đã xem xét báo cáo kết quả kiểm tra."
    )
    ctx = build_context(read_article(write_article(body, title="Gio Linh: công tác cán bộ", date="2024-05")))
    events, names = extract_events(ctx, extract_people(ctx)), {p.key: p.name for p in extract_people(ctx).persons}
    assert [(e.day, {(names[p.person], p.role) for p in e.participations}) for e in events] == [
        (date(2024, 5, 9), set()),
        (date(2024, 5, 8), {("Lê Đức Thịnh", "chair")}),
    ]


def test_a_meeting_dated_last_after_who_held_it(write_article: Callable[..., Path]) -> None:
    """ "… tại hội nghị tổng kết … do UBND tỉnh tổ chức chiều 29/12.": the day ends the sentence that names the
    meeting."""
    body = (
        "Lực lượng chức năng tỉnh đã bắt giữ 4.215 vụ phạm tội về ma túy. Thông tin được đưa ra tại hội nghị tổng "
        "kết công tác phòng, chống ma túy giai đoạn 2021 - 2025, triển khai nhiệm vụ năm 2026 do UBND tỉnh Điện Biên "
        "tổ chức chiều 29/12.\n\n"
        "Đồng chí Lò Văn Tiến, Chủ tịch UBND tỉnh và Đại tá Trần Đình Khoa, Giám đốc Công an tỉnh đồng chủ trì hội nghị."
    )
    ctx = build_context(
        read_article(write_article(body, title="Điện Biên tổng kết phòng, chống ma túy", date="2026-01"))
    )
    (event,) = extract_events(ctx, extract_people(ctx))
    assert event.day == date(2025, 12, 29)
    chairs = {p.person for p in event.participations if p.role == "chair"}
    assert len(chairs) == 2  # the officer named by his rank after "và" chairs with the chairman


def test_event_date_and_organizer(write_article: Callable[..., Path]) -> None:
    ctx = build_context(read_article(write_article(LEAD, date="2025-01")))
    (event,) = extract_events(ctx, extract_people(ctx))
    assert event.day == date(2024, 12, 30)
    assert event.organizer is not None and event.organizer.label == "huyện Thọ Xuân"
    assert event.organizer_organ == "ubnd"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Sáng 5/1, đồng chí Lê Văn An, Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy.", date(2025, 1, 5)),
        (
            "Sáng qua (6/1), Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 1 để cho ý kiến về nhiều nội dung "
            "quan trọng.",
            date(2025, 1, 6),
        ),
        (
            "Chiều 30/12, tại hội trường huyện, cử tri các xã tiếp xúc cử tri với đại biểu HĐND tỉnh.",
            date(2024, 12, 30),
        ),
        (
            "(SLO) - Sáng 5/1, Đảng bộ xã Thuận Châu tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống "
            "chính trị năm 2024.",
            date(2025, 1, 5),
        ),
        (
            "Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện, chiều ngày 4/1, UBND xã tổ chức hội nghị triển khai "
            "chuyển đổi số.",
            date(2025, 1, 4),
        ),
        (
            "Ngày 3/1, Đoàn thẩm định của tỉnh do ông Hồ Văn Lợi làm trưởng đoàn đã thẩm định kết quả xây dựng xã "
            "nông thôn mới nâng cao tại xã Long Tân. Ông Hồ Văn Lợi chủ trì buổi thẩm định.",
            date(2025, 1, 3),
        ),
    ],
    ids=[
        "working-visit",
        "standing-meeting",
        "voters-meeting",
        "newspaper-tag",
        "date-after-introductory-clause",
        "appraisal",
    ],
)
def test_meeting_words(write_article: Callable[..., Path], lead: str, expected: date) -> None:
    ctx = build_context(read_article(write_article(lead, date="2025-01")))
    (event,) = extract_events(ctx, extract_people(ctx))
    assert event.day == expected


def test_the_words_that_date_a_meeting_leave_the_paper_s_tag_out(write_article: Callable[..., Path]) -> None:
    lead = "VĂN LÃNG (LSO) – Chiều 29/12, UBND huyện Văn Lãng tổ chức hội nghị đánh giá hoạt động kinh tế cửa khẩu."
    ctx = build_context(read_article(write_article(lead, date="2025-01")))
    (event,) = extract_events(ctx, extract_people(ctx))
    assert (event.day, event.date_text) == (date(2024, 12, 29), "Chiều 29/12")


def test_the_month_of_a_year_a_meeting_is_held_in_dates_it(write_article: Callable[..., Path]) -> None:
    """No date line: "phiên họp định kỳ tháng 9/2024" dates "Chiều 12/9", not the latest year the text names."""
    lead = (
        "Chiều 12/9, Ban Thường vụ Huyện ủy Đức Thọ tổ chức phiên họp định kỳ tháng 9/2024. Đồng chí Đặng Quốc Vinh, "
        "Bí thư Huyện ủy chủ trì phiên họp.\n\nHuyện đặt mục tiêu đạt chuẩn huyện NTM nâng cao trong năm 2025."
    )
    ctx = build_context(read_article(write_article(lead, title="Ban Thường vụ Huyện ủy Đức Thọ họp", date=None)))
    (event,) = extract_events(ctx, extract_people(ctx))
    assert event.day == date(2024, 9, 12)


def test_a_day_things_have_been_so_since_opens_no_meeting(write_article: Callable[..., Path]) -> None:
    """ "Từ ngày 1/7, phường mới … đi vào hoạt động; Đại hội … được tổ chức thành công" recalls the year; the report
    after it is the review's."""
    body = (
        "Chiều 19/12, UBND phường Cái Khế tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Từ ngày 1/7, phường mới chính thức đi vào hoạt động; Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ "
        "2025 - 2030 được tổ chức thành công.\n\n"
        "Theo báo cáo do đồng chí Nguyễn Thị Mỹ Hạnh, Chủ tịch UBND phường trình bày, thu ngân sách đạt 142,6 tỷ đồng."
    )
    events, names = _events_and_names(write_article(body, date="2025-12"))
    assert [e.day for e in events] == [date(2025, 12, 19)]
    assert _who(events[0], names) == {"Nguyễn Thị Mỹ Hạnh"}


def test_a_sentence_naming_an_earlier_meeting_returns_to_it(write_article: Callable[..., Path]) -> None:
    """An article may recall an earlier meeting ("Trước đó, sáng 8/1, kỳ họp …") and then go on with
    its own: "Phát biểu tại buổi lễ" is about the ceremony, and so is what follows."""
    body = (
        "Ngày 12/3, UBND xã Xuân Lập tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới kiểu mẫu.\n\n"
        "Trước đó, sáng 8/1, kỳ họp thứ 11 HĐND xã Xuân Lập do đồng chí Lê Văn An, Chủ tịch HĐND xã chủ tọa "
        "đã thông qua nghị quyết.\n\n"
        "Phát biểu tại buổi lễ, đồng chí Hà Thị Lụa, Phó Chủ tịch UBND huyện biểu dương xã Xuân Lập.\n\n"
        "Đồng chí Trịnh Văn Bình, Chủ tịch UBND xã khẳng định xã sẽ giữ vững các tiêu chí."
    )
    (ceremony, session), names = _events_and_names(write_article(body, date="2025-03"))
    assert (ceremony.day, session.day) == (date(2025, 3, 12), date(2025, 1, 8))
    assert _who(ceremony, names) == {"Hà Thị Lụa", "Trịnh Văn Bình"}
    assert _who(session, names) == {"Lê Văn An"}


def test_a_sitting_of_the_congress_is_no_return_to_an_earlier_meeting(write_article: Callable[..., Path]) -> None:
    """ "Tại phiên thảo luận" is a sitting of the congress the story is on, not the meeting before it."""
    body = (
        "Sáng 14-10, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII khai mạc.\n\n"
        "Trước đó, chiều 12-10, Ban Thường vụ Huyện ủy Tây Giang đã tổ chức buổi gặp mặt đoàn đại biểu. Đồng chí "
        "Lê Văn Lơm, Phó Bí thư Thường trực Huyện ủy chủ trì buổi gặp mặt.\n\n"
        "Tại phiên thảo luận, đồng chí Nguyễn Văn Vơng trình bày tham luận về giảm nghèo bền vững."
    )
    (congress, meeting), names = _events_and_names(write_article(body, date="2020-10"))
    assert _who(congress, names) == {"Nguyễn Văn Vơng"}
    assert _who(meeting, names) == {"Lê Văn Lơm"}


def test_a_dated_sitting_of_a_congress_of_two_days_is_a_meeting_of_its_own(
    write_article: Callable[..., Path],
) -> None:
    """ "Dự phiên khai mạc sáng 22-10 có …": the story turns to the first day's sitting until the closing one."""
    body = (
        "Chiều 23-10, Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ I đã bế mạc.\n\n"
        "Dự phiên khai mạc sáng 22-10 có đồng chí Trần Quốc Nghĩa, Ủy viên Bộ Chính trị.\n\n"
        "Phát biểu khai mạc, đồng chí Trương Công Bằng, Bí thư Tỉnh ủy nhấn mạnh yêu cầu đổi mới.\n\n"
        "Tại phiên bế mạc chiều 23-10, Đại hội đã công bố quyết định chỉ định Ban Chấp hành. Phát biểu bế mạc, "
        "đồng chí Võ Hoàng Phúc, Phó Bí thư Tỉnh ủy khẳng định quyết tâm của Đảng bộ."
    )
    (congress, opening, closing), names = _events_and_names(write_article(body, date="2025-10"))
    assert (opening.kind, opening.day, opening.category) == ("phiên khai mạc", date(2025, 10, 22), congress.category)
    assert _who(opening, names) == {"Trần Quốc Nghĩa", "Trương Công Bằng"}
    assert (closing.day, _who(closing, names)) == (date(2025, 10, 23), {"Võ Hoàng Phúc"})


def test_a_working_visit_told_by_its_verb_is_a_meeting(write_article: Callable[..., Path]) -> None:
    """ "đã kiểm tra, làm việc tại xã Lũng Cú": the visit is the meeting the speakers speak at, and the visitor
    attends it."""
    body = (
        "Ngày 21/5/2026, đồng chí Nông Quốc Hưng, Phó Chủ tịch Thường trực UBND tỉnh đã kiểm tra, làm việc tại xã "
        "Lũng Cú.\n\nĐồng chí Giàng Mí Chá, Bí thư Đảng ủy xã cho biết xã còn nhiều khó khăn."
    )
    (visit,), names = _events_and_names(write_article(body, date=None))
    assert (visit.day, visit.category, _who(visit, names)) == (
        date(2026, 5, 21),
        "conference",
        {"Giàng Mí Chá", "Nông Quốc Hưng"},
    )


def test_a_meeting_told_as_what_came_before_holds_only_its_paragraph(write_article: Callable[..., Path]) -> None:
    """ "Trước đó, chiều 20-7, Đại hội đã tiến hành phiên trù bị": the next paragraph is the main session's again."""
    body = (
        "Ngày 21-7-2020, Đảng bộ huyện Lắk tổ chức phiên chính thức Đại hội đại biểu lần thứ XV. Trước đó, chiều "
        "20-7, Đại hội đã tiến hành phiên trù bị.\n\n"
        "Về dự Đại hội có đồng chí Y Khiêm Mlô, Phó Bí thư Tỉnh ủy."
    )
    ctx = build_context(read_article(write_article(body, date="2020-07")))
    people = extract_people(ctx)
    main, preparatory = extract_events(ctx, people)
    assert (main.day, preparatory.day) == (date(2020, 7, 21), date(2020, 7, 20))
    assert [p.role for p in main.participations] == ["attend"]
    assert preparatory.participations == []


def test_a_meeting_weeks_before_told_as_background_holds_only_its_paragraph(
    write_article: Callable[..., Path],
) -> None:
    """A December conference's report recalls the congress of August: the next paragraph is the conference's."""
    body = (
        "Sáng 19.12, Đảng uỷ phường Trảng Bàng tổ chức hội nghị Ban Chấp hành Đảng bộ phường tổng kết năm 2025.\n\n"
        "Năm 2025 là năm đặc biệt đối với phường. Ngày 13.8, Đảng bộ phường tổ chức thành công Đại hội đại biểu Đảng "
        "bộ phường Trảng Bàng lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
        "Đồng chí Lâm Văn Tài, Phó Bí thư Đảng uỷ, Chủ tịch UBND phường báo cáo tình hình kinh tế - xã hội."
    )
    ctx = build_context(read_article(write_article(body, date="2025-12")))
    conference, congress = extract_events(ctx, extract_people(ctx))
    assert (conference.day, congress.day) == (date(2025, 12, 19), date(2025, 8, 13))
    assert [p.role for p in conference.participations] == ["report"]
    assert congress.participations == []


def test_attending_a_meeting_named_by_its_kind_returns_to_it(write_article: Callable[..., Path]) -> None:
    """ "Dự hội nghị công bố quyết định có …" lists those at the conference of the day before, not at the
    council's session the lead opened after it."""
    body = (
        "Chiều 1/7, Huyện ủy Hương Khê tổ chức hội nghị công bố các quyết định về công tác cán bộ. Sáng nay "
        "(2/7), HĐND huyện tổ chức kỳ họp thứ 11 để kiện toàn chức danh Chủ tịch UBND huyện.\n\n"
        "Dự hội nghị công bố quyết định có đồng chí Đặng Văn Thuận, Phó Bí thư Tỉnh ủy.\n\n"
        "Tại kỳ họp, đồng chí Lê Ngọc Huấn, Chủ tịch HĐND huyện phát biểu khai mạc."
    )
    (conference, session), names = _events_and_names(write_article(body, date="2019-07"))
    assert (conference.day, session.day) == (date(2019, 7, 1), date(2019, 7, 2))
    assert _who(conference, names) == {"Đặng Văn Thuận"}
    assert _who(session, names) == {"Lê Ngọc Huấn"}


def test_closing_the_congress_returns_to_it_after_its_first_plenum(write_article: Callable[..., Path]) -> None:
    """ "Phát biểu bế mạc Đại hội, …" after the new committee's first plenum speaks at the congress."""
    body = (
        "Ngày 24/7, Đảng bộ huyện Hoàng Su Phì tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2020 - 2025.\n\n"
        "Chiều 25/7, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XXI đã bầu Ban Thường vụ Huyện ủy.\n\n"
        "Phát biểu bế mạc Đại hội, đồng chí Triệu Văn Quý, Bí thư Huyện ủy cảm ơn các đại biểu."
    )
    (congress, plenum), names = _events_and_names(write_article(body, date="2020-07"))
    assert (congress.day, plenum.day) == (date(2020, 7, 24), date(2020, 7, 25))
    assert _who(congress, names) == {"Triệu Văn Quý"} and _who(plenum, names) == set()


def test_a_closing_speech_after_the_first_plenum_is_the_congress_s(write_article: Callable[..., Path]) -> None:
    """ "Phát biểu bế mạc, …" with no meeting named, after the plenum the congress held: the congress closes. Its
    official sitting ("phiên chính thức Đại hội …") is a sitting of the congress."""
    body = (
        "Ngày 13.8, Đảng bộ huyện Xuân Trường khai mạc phiên chính thức Đại hội đại biểu lần thứ XXVI, nhiệm kỳ "
        "2020-2025.\n\nChiều 14.8, tại hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XXVI, đồng chí Đỗ "
        "Văn Khiêm được bầu lại giữ chức Bí thư Huyện ủy.\n\nPhát biểu bế mạc, đồng chí Đỗ Văn Khiêm khẳng định "
        "quyết tâm thực hiện Nghị quyết."
    )
    (congress, plenum), names = _events_and_names(write_article(body, date="2020-08"))
    assert (congress.category, plenum.category) == ("congress-sitting", "conference")
    assert _who(congress, names) == {"Đỗ Văn Khiêm"} and _who(plenum, names) == set()


def test_a_festival_day_is_a_meeting(write_article: Callable[..., Path]) -> None:
    """ "Ngày hội Đại đoàn kết …" is a meeting with its guests; its year is the one an anniversary's span ends in."""
    body = (
        "Ngày 12-11, tại nhà văn hóa buôn Tơng Jú (xã Ea Kao), Ban Công tác Mặt trận buôn tổ chức Ngày hội Đại đoàn "
        "kết toàn dân tộc, hướng tới kỷ niệm 94 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2024).\n\n"
        "Về dự có đồng chí Y Ngọc Êban, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh."
    )
    (festival,), names = _events_and_names(write_article(body, date=None))
    assert festival.day == date(2024, 11, 12) and _who(festival, names) == {"Y Ngọc Êban"}


def test_a_course_opened_is_a_meeting(write_article: Callable[..., Path]) -> None:
    """ "… tổ chức lớp tập huấn …. Dự khai mạc có …": a course has its guests and its opening speech."""
    body = (
        "Ngày 13.8, UBND xã Hang Kia phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức lớp tập huấn kỹ thuật "
        "chăm sóc cây ăn quả cho 60 học viên.\n\nDự khai mạc có đồng chí Giàng A Chu, Bí thư Đảng uỷ xã.\n\nPhát "
        "biểu khai mạc, đồng chí Thào A Tu, Chủ tịch UBND xã đề nghị học viên tích cực học tập."
    )
    (course,), names = _events_and_names(write_article(body, date="2024-08"))
    assert (course.day, course.category) == (date(2024, 8, 13), "course")
    assert _who(course, names) == {"Giàng A Chu", "Thào A Tu"}


def test_a_party_cell_s_meeting_on_one_subject_is_a_meeting_of_its_own(write_article: Callable[..., Path]) -> None:
    body = (
        "Ngày 18.1, Đảng uỷ phường Ghềnh Ráng tổ chức hội nghị quán triệt nghị quyết. Đồng chí Trần Thị Ngọc Lan, Bí "
        "thư Đảng uỷ phường chủ trì.\n\nTrước đó, ngày 12.1, Chi bộ Khu vực 6 đã tổ chức sinh hoạt chuyên đề về công "
        "tác chăm lo hộ nghèo. Ông Huỳnh Văn Tư, Bí thư Đảng uỷ phường cho biết chi bộ đã vận động được 42 suất quà."
    )
    (conference, meeting), names = _events_and_names(write_article(body, date="2024-01"))
    assert (conference.day, meeting.day) == (date(2024, 1, 18), date(2024, 1, 12))
    assert _who(conference, names) == {"Trần Thị Ngọc Lan"} and _who(meeting, names) == {"Huỳnh Văn Tư"}


def test_each_day_of_a_supervision_is_a_meeting_of_its_own(write_article: Callable[..., Path]) -> None:
    """ "Sáng 14/6, bà A chủ trì buổi giám sát tại xã Tân Đức …. Ngày 16/6, Đoàn giám sát làm việc với UBND huyện":
    the council's team meets each unit it supervises."""
    body = (
        "Từ ngày 14 đến ngày 16/6/2022, Đoàn giám sát của Thường trực HĐND huyện Phú Bình giám sát việc thực hiện "
        "Chương trình nông thôn mới.\n\nSáng 14/6, bà Dương Thị Kim Oanh, Phó Chủ tịch HĐND huyện chủ trì buổi giám "
        "sát tại xã Tân Đức. Ông Nguyễn Văn Bình, Chủ tịch UBND xã báo cáo kết quả.\n\nNgày 16/6, Đoàn giám sát làm "
        "việc với UBND huyện. Ông Phạm Đức Mạnh, Phó Chủ tịch UBND huyện trình bày báo cáo."
    )
    (commune, district), names = _events_and_names(write_article(body, date="2022-06"))
    assert (commune.day, district.day) == (date(2022, 6, 14), date(2022, 6, 16))
    assert _who(commune, names) == {"Dương Thị Kim Oanh", "Nguyễn Văn Bình"}
    assert _who(district, names) == {"Phạm Đức Mạnh"}


def test_who_puts_a_resolution_across_or_reads_a_decision_speaks(write_article: Callable[..., Path]) -> None:
    """ "A, …, báo cáo viên Tỉnh ủy đã truyền đạt …", "B đọc Quyết định …"; and a Mông name after its title ("đồng chí
    Bí thư Đảng uỷ xã Sồng A Lử") is the speaker's, not the commune's."""
    body = (
        "Sáng 23/8, Thị ủy Vĩnh Châu tổ chức hội nghị quán triệt Nghị quyết số 13-NQ/TW.\n\nTại hội nghị, đồng chí Hà "
        "Văn Nghĩa, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, báo cáo viên Tỉnh ủy đã truyền đạt những nội dung cơ bản của "
        "Nghị quyết. Tiếp đó, ông Huỳnh Văn Lợi, Giám đốc Sở Nông nghiệp và Phát triển nông thôn đọc Quyết định của "
        "UBND tỉnh.\n\nKết luận hội nghị, đồng chí Bí thư Đảng uỷ xã Sồng A Lử đề nghị các chi bộ tổ chức tốt Tết."
    )
    (conference,), names = _events_and_names(write_article(body, date="2022-08"))
    assert _who(conference, names) == {"Hà Văn Nghĩa", "Huỳnh Văn Lợi", "Sồng A Lử"}


def test_a_team_leader_s_post_the_lexicons_do_not_know_ends_the_chair_s_titles(
    write_article: Callable[..., Path],
) -> None:
    """ "A, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, Tổ trưởng Tổ công tác triển khai Đề án 06 phường chủ trì …"."""
    body = (
        "Ngày 13.11, Đảng ủy phường Bến Thành tổ chức hội nghị chuyển đổi số.\n\nÔng Trần Quốc Bảo, Phó Bí thư Đảng "
        "ủy, Chủ tịch UBND phường, Tổ trưởng Tổ công tác triển khai Đề án 06 phường chủ trì hội nghị."
    )
    (conference,), names = _events_and_names(write_article(body, date="2025-11"))
    assert _who(conference, names) == {"Trần Quốc Bảo"}


def test_an_earlier_day_of_a_visiting_delegation(write_article: Callable[..., Path]) -> None:
    """ "Trước đó, ngày 12/12, đoàn công tác … đã kiểm tra thực địa …": the story turns back to a visit of its own."""
    body = (
        "Chiều 20/12, Huyện ủy Mê Linh tổ chức hội nghị triển khai công tác giải phóng mặt bằng.\n\nTrước đó, ngày "
        "12/12, đoàn công tác của UBND thành phố do đồng chí Lương Quốc Bảo, Phó Chủ tịch UBND thành phố làm trưởng "
        "đoàn đã kiểm tra thực địa tuyến Vành đai 4 tại xã Tiền Phong. Cùng đi có đồng chí Kiều Văn Long, Phó Giám "
        "đốc Sở Tài nguyên và Môi trường."
    )
    (conference, visit), names = _events_and_names(write_article(body, date="2023-01"))
    assert (conference.day, visit.day) == (date(2022, 12, 20), date(2022, 12, 12))
    assert _who(visit, names) == {"Lương Quốc Bảo", "Kiều Văn Long"}


def test_another_meeting_the_same_day(write_article: Callable[..., Path]) -> None:
    """ "Chiều cùng ngày, HĐND huyện … tổ chức kỳ họp thứ 9": a meeting of another kind, on the day of the one
    before; "Chiều cùng ngày, kỳ họp bế mạc" goes on with the meeting it names, and opens none."""
    body = (
        "Ngày 6.9.2022, Huyện ủy Tiên Yên tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí La Văn "
        "Toàn, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.\n\n"
        "Chiều cùng ngày, HĐND huyện Tiên Yên tổ chức kỳ họp thứ 9 (kỳ họp bất thường). Bà Bàn Thị Lan, Phó Chủ "
        "tịch HĐND huyện chủ toạ kỳ họp.\n\n"
        "Tối cùng ngày, kỳ họp bế mạc. Phát biểu bế mạc, bà Nông Thị Thanh Hương, Chủ tịch HĐND huyện cảm ơn cử tri."
    )
    (conference, session), names = _events_and_names(write_article(body, date="2022-09"))
    assert (conference.day, session.day) == (date(2022, 9, 6), date(2022, 9, 6))
    assert session.date_text == "Chiều cùng ngày" and session.kind.startswith("kỳ họp thứ 9")
    assert _who(conference, names) == {"La Văn Toàn"}
    assert _who(session, names) == {"Bàn Thị Lan", "Nông Thị Thanh Hương"}


@pytest.mark.parametrize(("verb", "day"), [("đã tiếp xúc", date(2024, 12, 20)), ("sẽ tiếp xúc", None)])
def test_a_lead_dates_its_meeting_after_what_was_done(
    write_article: Callable[..., Path], verb: str, day: date | None
) -> None:
    """ "… đã tiếp xúc cử tri xã Khánh Hòa vào chiều 20/12, sau kỳ họp …": the day comes after the meeting it dates;
    a meeting to come ("sẽ") is not dated by it."""
    body = (
        f"(BAG)- Tổ đại biểu HĐND tỉnh đơn vị bầu cử huyện Châu Phú {verb} cử tri xã Khánh Hòa vào chiều 20/12, sau "
        "kỳ họp thứ 22 HĐND tỉnh khoá X. Bà Lê Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì."
    )
    (meeting,), _ = _events_and_names(write_article(body, date="2024-12"))
    assert meeting.day == day
    assert meeting.kind == "tiếp xúc cử tri xã Khánh Hòa"
