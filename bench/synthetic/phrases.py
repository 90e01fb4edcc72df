"""Phrase banks for the generic policy prose that fills real articles between the facts.

Written for this generator. Sentences are assembled from a subject, a few task phrases and a purpose,
so paragraphs vary from article to article. Nothing here carries a number, a year, a name or a
resolution: filler must never add a fact the gold would have to list, and it must stay usable in an
article that states no year at all.

Placeholders: {L} level word of the unit (huyện, xã, tỉnh), {S} its subordinate units
("các xã, thị trấn"), {C} its party committee ("Huyện ủy").
"""

from __future__ import annotations

import random
from typing import Final

SUBJECTS: Final[tuple[str, ...]] = (
    "cấp ủy, chính quyền các cấp",
    "các phòng, ban, ngành, đơn vị",
    "các cơ quan, đơn vị và {S}",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    "đội ngũ cán bộ, đảng viên",
    "cấp ủy, chính quyền các địa phương",
    "các ngành chuyên môn và {S}",
)

TASKS: Final[tuple[str, ...]] = (
    "rút ngắn thời gian giải quyết thủ tục hành chính",
    "ứng dụng công nghệ số trong chỉ đạo, điều hành",
    "đẩy nhanh công tác bồi thường, hỗ trợ giải phóng mặt bằng",
    "giải ngân vốn đầu tư công đúng tiến độ",
    "chăm lo chất lượng dạy và học ở các cấp học",
    "chăm lo đời sống gia đình chính sách, người có công",
    "thực hiện tốt công tác bảo vệ môi trường nông thôn",
    "quản lý chặt chẽ đất đai, tài nguyên khoáng sản",
    "kiểm soát tốt dịch bệnh trên cây trồng, vật nuôi",
    "phát triển các vùng sản xuất hàng hóa tập trung",
    "thu hút doanh nghiệp đầu tư vào lĩnh vực nông nghiệp",
    "củng cố, kiện toàn tổ chức bộ máy tinh gọn, hiệu quả",
    "chấn chỉnh lề lối làm việc của cán bộ, công chức",
    "bảo đảm an ninh trật tự ở cơ sở",
    "làm tốt công tác tuyển chọn và gọi công dân nhập ngũ",
    "đổi mới phương thức lãnh đạo của cấp ủy",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "phát huy vai trò giám sát, phản biện xã hội",
    "duy trì và nâng cao chất lượng các tiêu chí nông thôn mới",
    "khai thác hiệu quả tiềm năng du lịch sinh thái, văn hóa",
    "chủ động phòng, chống thiên tai và tìm kiếm cứu nạn",
    "hoàn thiện hạ tầng các cụm công nghiệp",
    "đẩy mạnh chuyển đổi số trong các cơ quan nhà nước",
    "thực hiện hiệu quả các chương trình mục tiêu quốc gia",
    "hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo",
    "tăng cường công tác kiểm tra, giám sát của cấp ủy",
    "chú trọng công tác đào tạo nghề, giải quyết việc làm",
    "quan tâm phát triển kinh tế tập thể, hợp tác xã",
    "nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở",
    "bảo tồn và phát huy giá trị di sản văn hóa",
    "tập trung chống thất thu ngân sách",
    "đẩy mạnh tích tụ, tập trung ruộng đất",
    "tăng cường tiếp công dân, giải quyết dứt điểm đơn thư",
    "làm tốt công tác dân vận chính quyền",
    "nâng cao hiệu quả hoạt động của bộ phận một cửa",
    "chuyển đổi diện tích đất trồng lúa kém hiệu quả sang cây trồng có giá trị cao",
    "phát triển các sản phẩm đặc trưng gắn với chương trình mỗi xã một sản phẩm",
    "quản lý tốt trật tự xây dựng và hành lang an toàn giao thông",
)

PURPOSES: Final[tuple[str, ...]] = (
    "tạo chuyển biến rõ nét trên các lĩnh vực",
    "góp phần hoàn thành thắng lợi các mục tiêu đã đề ra",
    "tạo động lực mới cho phát triển",
    "nâng cao đời sống vật chất, tinh thần của Nhân dân",
    "củng cố niềm tin của Nhân dân đối với Đảng và chính quyền",
    "bảo đảm phát triển nhanh và bền vững",
    "tạo môi trường thuận lợi cho doanh nghiệp và người dân",
    "không để phát sinh điểm nóng",
)

ADVERBS: Final[tuple[str, ...]] = (
    "đã tập trung",
    "tiếp tục",
    "chủ động",
    "quyết liệt",
    "kịp thời",
    "đồng bộ",
    "thường xuyên",
)

RESULTS: Final[tuple[str, ...]] = (
    "Kinh tế giữ được đà tăng trưởng; tỷ trọng công nghiệp - xây dựng và dịch vụ tiếp tục tăng.",
    "Đời sống văn hóa, tinh thần của người dân được nâng lên; chế độ cho người có công được chi trả đầy đủ, kịp thời.",
    "Tình hình an ninh trật tự cơ bản ổn định, không để xảy ra điểm nóng.",
    "Tổ chức cơ sở đảng được củng cố; chất lượng đội ngũ cán bộ, đảng viên từng bước được nâng lên.",
    "Nhiều tuyến đường liên xã, liên thôn được bê tông hóa nhờ sự chung sức của người dân.",
    "Phong trào thi đua yêu nước được triển khai sâu rộng, lan tỏa nhiều mô hình hay.",
    "Các chính sách hỗ trợ sản xuất phát huy hiệu quả, thu nhập của người dân tăng lên rõ rệt.",
    "Hạ tầng giao thông, thủy lợi, điện được đầu tư đồng bộ, bộ mặt nông thôn ngày càng khởi sắc.",
    "Môi trường đầu tư kinh doanh tiếp tục được cải thiện, thu hút thêm nhiều dự án mới.",
    "Sản xuất nông nghiệp phát triển ổn định, nhiều mô hình sản xuất hiệu quả được nhân rộng.",
    "Công tác cải cách hành chính có chuyển biến, mức độ hài lòng của người dân được nâng lên.",
    "Hoạt động của chính quyền các cấp ngày càng hiệu lực, hiệu quả, gần dân, sát dân.",
)

WEAKNESSES: Final[tuple[str, ...]] = (
    "tiến độ giải phóng mặt bằng một số dự án",
    "công tác thu ngân sách từ đất",
    "chất lượng một số tiêu chí nông thôn mới",
    "việc chuyển đổi cơ cấu cây trồng",
    "công tác quản lý đất đai ở một số địa phương",
    "việc thu hút đầu tư vào lĩnh vực nông nghiệp",
    "tiến độ thực hiện một số công trình trọng điểm",
    "hiệu quả hoạt động của một số hợp tác xã",
)
WEAK_VERBS: Final[tuple[str, ...]] = (
    "còn chậm so với yêu cầu",
    "chưa đạt kế hoạch đề ra",
    "chưa thực sự bền vững",
    "còn hạn chế",
    "chưa đáp ứng được kỳ vọng",
)

PRAISE: Final[tuple[str, ...]] = (
    "trân trọng những kết quả mà {O} đã đạt được",
    "cho rằng {O} đã có nhiều cách làm sáng tạo, phù hợp với điều kiện thực tế",
    "đánh giá cao sự nỗ lực của các cấp, các ngành và Nhân dân",
    "khẳng định những kết quả đạt được là rất quan trọng, tạo tiền đề cho giai đoạn tiếp theo",
    "chia sẻ với những khó khăn mà địa phương đang gặp phải",
    "biểu dương tinh thần đoàn kết, chủ động của cấp ủy, chính quyền",
)
EMPHASIS: Final[tuple[str, ...]] = (
    "nhấn mạnh",
    "đề nghị",
    "yêu cầu",
    "lưu ý",
    "đề nghị thời gian tới",
    "yêu cầu trong thời gian tới",
)
OUTLOOK: Final[tuple[str, ...]] = (
    "Thời gian tới, {sub} cần {t1}; {t2}, {p}.",
    "Để hoàn thành các mục tiêu đã đề ra, {sub} cần {t1}; {t2}.",
    "Bên cạnh đó, cần {t1}; {t2}; {t3}.",
    "Cùng với đó, {sub} {a} {t1}, {p}.",
    "Trọng tâm là {t1}; {t2}; đồng thời {t3}.",
    "Nhiệm vụ đặt ra là {t1}, gắn với {t2}.",
    "Một trong những giải pháp then chốt là {t1}; song song với đó là {t2}.",
    "{Sub} được yêu cầu {t1}, đồng thời {t2}, {p}.",
    "Việc {t1} được xác định là nhiệm vụ thường xuyên, lâu dài.",
)

# Generic activity lines said of unnamed leaders and other distractors.
DISCUSSION: Final[tuple[str, ...]] = (
    "Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được, chỉ ra tồn tại, hạn "
    "chế và đề xuất nhiều giải pháp sát với thực tiễn.",
    "Các ý kiến thảo luận thống nhất cao với nội dung báo cáo, đồng thời kiến nghị tháo gỡ một số khó khăn "
    "trong quá trình thực hiện.",
    "Nhiều ý kiến tham luận tập trung vào công tác giải phóng mặt bằng, thu ngân sách và xây dựng nông thôn mới.",
    "Đại biểu các địa phương chia sẻ kinh nghiệm, cách làm hay trong chỉ đạo, điều hành ở cơ sở.",
)


def fill(template: str, level: str, subunits: str, committee: str) -> str:
    return template.replace("{L}", level).replace("{S}", subunits).replace("{C}", committee)


def tasks(rng: random.Random, k: int) -> list[str]:
    return rng.sample(TASKS, k)


def filler(rng: random.Random, level: str, subunits: str, committee: str) -> str:
    """One paragraph of policy prose: two to four sentences."""
    out: list[str] = []
    if rng.random() < 0.5:
        out.append(rng.choice(RESULTS))
    for frame in rng.sample(OUTLOOK, rng.randint(1, 2)):
        t1, t2, t3 = tasks(rng, 3)
        sub = rng.choice(SUBJECTS)
        out.append(
            _cap(
                frame.format(sub=sub, Sub=_cap(sub), t1=t1, t2=t2, t3=t3, p=rng.choice(PURPOSES), a=rng.choice(ADVERBS))
            )
        )
    if rng.random() < 0.35:
        out.append(f"Tuy nhiên, {rng.choice(WEAKNESSES)} {rng.choice(WEAK_VERBS)}.")
    return fill(" ".join(out), level, subunits, committee)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]
