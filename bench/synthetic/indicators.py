"""The socio-economic indicators units set targets for, with plausible magnitudes per level.

Values are drawn per (unit, year) from a generator seeded by those keys, so every article about the
same district and year quotes the same plan and the same result, whichever article asks first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

from .vn import Num


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    label: str  # the gold "indicator" text
    unit: str  # the gold "unit"
    decimals: int
    pad: bool  # small counts are often written zero-padded: 02 xã
    # base value in 2020 per level (low, high), and yearly multiplicative trend (low, high)
    base: dict[str, tuple[float, float]]
    trend: tuple[float, float]
    upland_only: bool = False
    lowland_only: bool = False


CATALOGUE: Final[tuple[Indicator, ...]] = (
    Indicator(
        "growth",
        "tốc độ tăng giá trị sản xuất",
        "%",
        2,
        False,
        {"district": (5.0, 13.0), "commune": (6.0, 12.0), "province": (6.5, 10.5)},
        (0.92, 1.08),
    ),
    Indicator(
        "income",
        "thu nhập bình quân đầu người",
        "triệu đồng/năm",
        1,
        False,
        {"district": (32.0, 55.0), "commune": (34.0, 58.0), "province": (40.0, 58.0)},
        (1.06, 1.11),
    ),
    Indicator(
        "budget",
        "thu ngân sách nhà nước trên địa bàn",
        "tỷ đồng",
        1,
        False,
        {"district": (120.0, 1600.0), "commune": (12.0, 140.0), "province": (24000.0, 42000.0)},
        (1.03, 1.15),
    ),
    Indicator(
        "invest",
        "huy động vốn đầu tư phát triển toàn xã hội",
        "tỷ đồng",
        0,
        False,
        {"district": (800.0, 9000.0), "commune": (150.0, 1500.0), "province": (110000.0, 190000.0)},
        (1.04, 1.14),
    ),
    Indicator("ntm_nc", "số xã đạt chuẩn nông thôn mới nâng cao", "xã", 0, True, {"district": (1.0, 5.0)}, (1.0, 1.0)),
    Indicator(
        "ntm_km",
        "số thôn đạt chuẩn nông thôn mới kiểu mẫu",
        "thôn",
        0,
        True,
        {"district": (2.0, 9.0), "commune": (1.0, 4.0)},
        (1.0, 1.0),
    ),
    Indicator(
        "ocop",
        "số sản phẩm OCOP đạt 3 sao trở lên",
        "sản phẩm",
        0,
        True,
        {"district": (2.0, 12.0), "commune": (1.0, 4.0), "province": (60.0, 140.0)},
        (1.0, 1.0),
    ),
    Indicator(
        "bhyt",
        "tỷ lệ dân số tham gia bảo hiểm y tế",
        "%",
        1,
        False,
        {"district": (89.0, 95.0), "commune": (90.0, 96.0), "province": (90.0, 94.0)},
        (1.0, 1.008),
    ),
    Indicator(
        "poverty",
        "tỷ lệ hộ nghèo",
        "%",
        2,
        False,
        {"district": (1.2, 9.5), "commune": (0.8, 6.0), "province": (2.0, 5.0)},
        (0.72, 0.9),
    ),
    Indicator(
        "urban", "tỷ lệ đô thị hóa", "%", 1, False, {"district": (10.0, 40.0), "province": (30.0, 40.0)}, (1.01, 1.05)
    ),
    Indicator(
        "forest",
        "tỷ lệ che phủ rừng",
        "%",
        1,
        False,
        {"district": (45.0, 78.0), "commune": (40.0, 80.0)},
        (1.0, 1.006),
        upland_only=True,
    ),
    Indicator(
        "food",
        "sản lượng lương thực",
        "tấn",
        0,
        False,
        {"district": (45000.0, 130000.0)},
        (0.98, 1.02),
        lowland_only=True,
    ),
    Indicator(
        "enterprise",
        "số doanh nghiệp thành lập mới",
        "doanh nghiệp",
        0,
        False,
        {"district": (20.0, 140.0), "commune": (5.0, 30.0), "province": (1400.0, 2600.0)},
        (1.0, 1.1),
    ),
    Indicator(
        "jobs",
        "số lao động được giải quyết việc làm mới",
        "lao động",
        0,
        False,
        {"district": (1200.0, 4500.0), "commune": (200.0, 900.0), "province": (55000.0, 70000.0)},
        (0.98, 1.04),
    ),
    Indicator(
        "road",
        "tỷ lệ đường giao thông được cứng hóa",
        "%",
        1,
        False,
        {"district": (68.0, 95.0), "commune": (75.0, 97.0)},
        (1.005, 1.03),
    ),
)
BY_CODE: Final[dict[str, Indicator]] = {i.code: i for i in CATALOGUE}

# Magnitudes round the way budgets are written: big sums to tens, counts to whole numbers.
_ROUND_TO: Final[dict[str, float]] = {"invest": 10.0, "food": 100.0}


@dataclass(frozen=True, slots=True)
class YearFigures:
    """One unit's plan and result for one year, plus the counts a plan is announced with."""

    plan: dict[str, Num]
    actual: dict[str, Num]
    n_tasks: int  # "xác định 8 nhiệm vụ trọng tâm"


def applicable(level: str, upland: bool) -> list[Indicator]:
    return [
        i
        for i in CATALOGUE
        if level in i.base and not (i.upland_only and not upland) and not (i.lowland_only and upland)
    ]


def figures(seed: int, uid: int, level: str, upland: bool, year: int) -> YearFigures:
    """Plan and result for (unit, year): a per-unit base grown by a per-year trend."""
    base_rng = random.Random(f"{seed}|base|{uid}")
    year_rng = random.Random(f"{seed}|fig|{uid}|{year}")
    plan: dict[str, Num] = {}
    actual: dict[str, Num] = {}
    for ind in applicable(level, upland):
        low, high = ind.base[level]
        value = base_rng.uniform(low, high)
        trend_rng = random.Random(f"{seed}|trend|{uid}|{ind.code}")
        for _ in range(2020, year):
            value *= trend_rng.uniform(*ind.trend)
        if ind.decimals == 0 and ind.pad:
            # Counts of communes, villages and products are set afresh each year.
            value = float(year_rng.randint(int(low), int(high)))
        step = _ROUND_TO.get(ind.code)
        if step:
            value = round(value / step) * step
        planned = Num.of(value, ind.decimals)
        # The result lands near the plan: mostly a little above, sometimes short.
        ratio = year_rng.uniform(0.94, 1.08)
        result = value * ratio if not ind.pad else float(max(0, round(value + year_rng.choice((-1, 0, 0, 1, 1)))))
        if ind.unit == "%" and ind.code != "growth":
            # Shares cannot pass 100 %; coverage targets stop just short of it.
            planned = Num.of(min(value, 99.5), ind.decimals)
            result = min(result, 99.8)
        if step:
            result = round(result / step) * step
        plan[ind.code] = planned
        actual[ind.code] = Num.of(result, ind.decimals if not ind.pad else 0)
    return YearFigures(plan, actual, year_rng.randint(6, 15))
