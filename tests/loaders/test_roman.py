"""Roman numerals both ways, and ordinals as the articles write them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.parse.roman import ORDINAL_PATTERN, is_roman, parse_ordinal, to_int, to_roman, words_to_int

NUMERALS = [
    ("one", "I", 1),
    ("four-subtractive", "IV", 4),
    ("nine", "IX", 9),
    ("hà-trung", "XXII", 22),
    ("như-xuân", "XXIII", 23),
    ("ngọc-lặc", "XXIV", 24),
    ("thọ-xuân", "XXVII", 27),
    ("forty-nine", "XLIX", 49),
    ("ninety-nine", "XCIX", 99),
    ("max", "MMMCMXCIX", 3999),
]


@pytest.mark.parametrize(("numeral", "value"), [c[1:] for c in NUMERALS], ids=[c[0] for c in NUMERALS])
def test_numerals_both_ways(numeral: str, value: int) -> None:
    assert to_int(numeral) == value
    assert to_roman(value) == numeral


@pytest.mark.parametrize("numeral", ["xxvii", "Xxvii", " XXVII "], ids=["lower", "mixed", "padded"])
def test_any_case_reads(numeral: str) -> None:
    assert to_int(numeral) == 27


INVALID = [
    ("empty", ""),
    ("four-ones", "IIII"),
    ("five-twice", "VV"),
    ("bad-subtraction", "IC"),
    ("reversed-pair", "VX"),
    ("not-letters", "XX1"),
    ("word", "Đảng"),
]


@pytest.mark.parametrize("numeral", [c[1] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_numerals_are_rejected(numeral: str) -> None:
    assert not is_roman(numeral)
    with pytest.raises(ValueError):
        to_int(numeral)


@pytest.mark.parametrize("n", [0, -3, 4000], ids=["zero", "negative", "too-large"])
def test_no_numeral_outside_range(n: int) -> None:
    with pytest.raises(ValueError):
        to_roman(n)


@given(st.integers(min_value=1, max_value=3999))
def test_round_trip(n: int) -> None:
    assert to_int(to_roman(n)) == n
    assert to_int(to_roman(n).lower()) == n


WORDS = [
    ("thứ-nhất", "thứ nhất", 1),
    ("Nhất-capital", "Nhất", 1),
    ("hai", "hai", 2),
    ("thứ-tư", "thứ tư", 4),
    ("bốn", "bốn", 4),
    ("năm", "năm", 5),
    ("bảy", "bảy", 7),
    ("mười", "mười", 10),
    ("mười-hai", "mười hai", 12),
    ("mười-lăm", "mười lăm", 15),
    ("hai-mươi", "hai mươi", 20),
    ("hai-mươi-mốt", "hai mươi mốt", 21),
    ("hai-mươi-tư", "hai mươi tư", 24),
    ("old-tone-marks-same", "Mười Hai", 12),
]


@pytest.mark.parametrize(("words", "value"), [c[1:] for c in WORDS], ids=[c[0] for c in WORDS])
def test_number_words(words: str, value: int) -> None:
    assert words_to_int(words) == value


@pytest.mark.parametrize(
    "words", ["mười mốt", "một mươi", "nhất hai", "hội nghị", ""], ids=["ten-mốt", "one-tens", "junk", "noun", "empty"]
)
def test_not_number_words(words: str) -> None:
    assert words_to_int(words) is None


ORDINALS = [
    ("roman", "XXVII", 27),
    ("roman-lower", "xxvii", 27),
    ("arabic", "26", 26),
    ("arabic-padded", "03", 3),
    ("roman-one", "I", 1),
    ("word", "nhất", 1),
    ("words", "mười hai", 12),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in ORDINALS], ids=[c[0] for c in ORDINALS])
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["0", "IIII", "khóa", ""], ids=["zero", "bad-roman", "word", "empty"])
def test_parse_ordinal_rejects(text: str) -> None:
    assert parse_ordinal(text) is None


FOUND = [
    ("khóa-roman", "khóa XXVII, nhiệm kỳ", "XXVII"),
    ("khóa-arabic", "khóa 26 đã", "26"),
    ("lần-thứ-word", "lần thứ nhất, nhiệm kỳ", "nhất"),
    ("lần-thứ-compound", "lần thứ mười hai Ban", "mười hai"),
    ("not-inside-a-word", "khóa XXVIIa", None),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_ordinal_pattern(text: str, found: str | None) -> None:
    m = re.search(rf"(?:khóa|lần thứ)\s+({ORDINAL_PATTERN})", text, re.IGNORECASE)
    assert (m.group(1) if m else None) == found
