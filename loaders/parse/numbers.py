"""Numbers as Vietnamese writes them: decimal comma, thousands dot, multiplier words, ratios.

"5,6" is 5.6 and "1.000" is 1000; "1.431,3" is 1431.3. A lone comma is always a decimal comma
("32,564 triệu" is 32.564 million), while a dot followed by groups of exactly three digits is a
thousands separator ("214.600m2" is 214600). English notation ("1,431.3", "0.78") also occurs on
some portals and is read by the same rule: when both marks occur, the last one is the decimal mark.

Values are returned as written; the multiplier word is reported separately as a power of ten
(45 for "45 triệu đồng", power 6), because the data model keeps value and unit multiplier apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Multiplier words and their powers of ten. "nghìn tỷ" stacks to 12.
MULTIPLIERS: dict[str, int] = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}

# Digits with their separators, as a number is written (read by `parse_decimal`).
DIGITS = r"\d+(?:[.,]\d+)*"
# A number, an optional "/ denominator" (11/27) and an optional percent sign ("24,6%/năm" too).
# The look-arounds keep a number from starting inside a word or another number ("m2") and a date
# ("07/01/2025") from being read in pieces.
NUMBER_RE = re.compile(
    rf"(?<![\w.,/])(?P<num>{DIGITS})(?:\s?/\s?(?P<den>{DIGITS}))?(?![\d/])(?P<pct>\s?%|\s+phần trăm)?"
)
_MULT_RE = re.compile(r"\s*(" + "|".join(MULTIPLIERS) + r")(?!\w)", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_EN = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


def parse_decimal(s: str) -> float:
    """The value of one written number: "5,6" → 5.6, "1.000" → 1000, "02" → 2.

    Raises ValueError for anything that is not digits with separators.
    """
    s = s.strip()
    if not re.fullmatch(DIGITS, s):
        raise ValueError(f"not a number: {s!r}")
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        # Both marks: the last one is the decimal mark, the other groups thousands.
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(s.replace(thousands, "").replace(decimal, "."))
    if has_comma:
        if s.count(",") == 1:
            return float(s.replace(",", "."))  # a lone comma is a decimal comma
        if _THOUSANDS_EN.fullmatch(s):
            return float(s.replace(",", ""))  # "1,234,567": English thousands
        raise ValueError(f"not a number: {s!r}")
    if has_dot:
        if _THOUSANDS.fullmatch(s):
            return float(s.replace(".", ""))  # "1.000", "1.234.567"
        if s.count(".") == 1:
            return float(s)  # "0.78", "5.6": a decimal point
        raise ValueError(f"not a number: {s!r}")
    return float(s)


def multiplier(text: str) -> tuple[int, int]:
    """Power of ten of the multiplier words opening `text`, and their length.

    "triệu đồng/năm" → (6, 5); "nghìn tỷ đồng" → (12, 8); "xã" → (0, 0).
    """
    power, end = 0, 0
    while m := _MULT_RE.match(text, end):
        power += MULTIPLIERS[m.group(1).lower()]
        end = m.end()
    return power, end


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with its span (number, ratio and percent sign, not the unit)."""

    start: int
    end: int
    text: str
    value: float
    out_of: float | None = None  # 27 for "11/27"
    percent: bool = False
    denominator_text: str | None = None

    @property
    def digits(self) -> str:
        """The numerator as written ("02", "1.000")."""
        return self.text.split("/")[0].rstrip("% ").strip()


def find_quantities(text: str) -> list[Quantity]:
    """Every number in the text, left to right; numbers that do not parse are skipped."""
    found: list[Quantity] = []
    for m in NUMBER_RE.finditer(text):
        try:
            value = parse_decimal(m.group("num"))
            out_of = parse_decimal(m.group("den")) if m.group("den") else None
        except ValueError:
            continue
        found.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=value,
                out_of=out_of,
                percent=m.group("pct") is not None,
                denominator_text=m.group("den"),
            )
        )
    return found


def parse_quantity(text: str) -> tuple[float, int]:
    """Value as written and multiplier power of a whole phrase: "45 triệu đồng" → (45.0, 6)."""
    m = NUMBER_RE.match(text.strip())
    if m is None:
        raise ValueError(f"no number at the start of {text!r}")
    value = parse_decimal(m.group("num"))
    power, _ = multiplier(text.strip()[m.end() :])
    return value, power
