"""Vietnamese number notation: decimal comma, thousands dot, multiplier words, ratios, percents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.parse.numbers import find_quantities, multiplier, parse_decimal, parse_quantity

DECIMALS: list[tuple[str, str, float]] = [
    ("decimal-comma", "5,6", 5.6),
    ("thousands-dot", "1.000", 1000),
    ("thousands-dot-and-decimal-comma", "1.431,3", 1431.3),
    ("lone-comma-three-digits-is-decimal", "32,564", 32.564),
    ("thousands-dot-no-space-before-unit", "214.600", 214600),
    ("two-thousands-dots", "1.234.567", 1234567),
    ("zero-padded", "02", 2),
    ("leading-zero-decimal", "0,78", 0.78),
    ("english-decimal-point", "0.78", 0.78),
    ("english-thousands-and-point", "1,431.3", 1431.3),
    ("english-thousands-commas", "1,234,567", 1234567),
    ("plain-integer", "45", 45),
]


@pytest.mark.parametrize(("written", "value"), [c[1:] for c in DECIMALS], ids=[c[0] for c in DECIMALS])
def test_parse_decimal(written: str, value: float) -> None:
    assert parse_decimal(written) == pytest.approx(value)


@pytest.mark.parametrize(
    "written",
    ["", "abc", "1..2", "1.2.3", "1,2,3"],
    ids=["empty", "letters", "double-dot", "dots-not-thousands", "commas-not-thousands"],
)
def test_parse_decimal_rejects(written: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(written)


QUANTITIES: list[tuple[str, str, float, int]] = [
    ("million-dong", "45 triệu đồng/năm", 45, 6),
    ("billion-dong-thousands", "1.000 tỷ đồng", 1000, 9),
    ("billion-old-spelling", "2,5 tỉ đồng", 2.5, 9),
    ("million-decimal", "32,564 triệu", 32.564, 6),
    ("thousand-nghin", "500 nghìn đồng", 500, 3),
    ("thousand-ngan", "500 ngàn đồng", 500, 3),
    ("stacked-nghin-ty", "1,2 nghìn tỷ đồng", 1.2, 12),
    ("no-multiplier", "02 xã", 2, 0),
    ("area-no-space", "214.600m2", 214600, 0),
    ("percent", "5,6%", 5.6, 0),
]


@pytest.mark.parametrize(("text", "value", "power"), [c[1:] for c in QUANTITIES], ids=[c[0] for c in QUANTITIES])
def test_parse_quantity(text: str, value: float, power: int) -> None:
    got_value, got_power = parse_quantity(text)
    assert got_value == pytest.approx(value)
    assert got_power == power


def test_multiplier_reports_length() -> None:
    assert multiplier(" triệu đồng/năm") == (6, 6)
    assert multiplier("xã") == (0, 0)


FOUND: list[tuple[str, str, list[tuple[float, float | None, bool]]]] = [
    ("ratio", "đạt và vượt 11/27 chỉ tiêu, chiếm 40,7%", [(11, 27, False), (40.7, None, True)]),
    ("percent-with-space", "tăng 12 % so với cùng kỳ", [(12, None, True)]),
    ("percent-words", "đạt 95 phần trăm", [(95, None, True)]),
    ("full-date-is-not-a-ratio", "trước ngày 15/1/2025", []),
    ("digits-inside-words", "m2 và COVID19", []),
    ("sentence-final-dot", "đạt 1.000 tỷ đồng.", [(1000, None, False)]),
    ("percent-per-year", "bình quân 24,6%/năm", [(24.6, None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_find_quantities(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert [(q.value, q.out_of, q.percent) for q in find_quantities(text)] == expected


def test_quantity_keeps_digits_as_written() -> None:
    (q,) = find_quantities("03 sản phẩm")
    assert q.digits == "03"
    assert "03 sản phẩm"[q.start : q.end] == "03"


def vietnamese(value: int, decimals: str) -> str:
    """Write a number the Vietnamese way: thousands dot, decimal comma."""
    grouped = f"{value:,}".replace(",", ".")
    return f"{grouped},{decimals}" if decimals else grouped


@given(st.integers(min_value=0, max_value=10**12), st.text(alphabet="0123456789", max_size=3))
def test_vietnamese_notation_round_trips(value: int, decimals: str) -> None:
    written = vietnamese(value, decimals)
    assert parse_decimal(written) == pytest.approx(float(f"{value}.{decimals or '0'}"))


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(sorted(["nghìn", "triệu", "tỷ"])))
def test_value_stays_as_written_whatever_the_multiplier(value: int, word: str) -> None:
    written = f"{vietnamese(value, '')} {word} đồng"
    got_value, power = parse_quantity(written)
    assert got_value == value
    assert power == {"nghìn": 3, "triệu": 6, "tỷ": 9}[word]
