"""Ordinals as the articles write them: Roman numerals, Arabic digits and Vietnamese number words.

Party congresses and committee terms are numbered in Roman numerals ("lần thứ XXVII", "khóa XXVII"),
plenums mostly in digits ("lần thứ 12"), and the first congresses of the communes formed in 2025 in
words as often as not ("lần thứ nhất", "lần thứ I"). `parse_ordinal` reads any of these into an int;
`ORDINAL_PATTERN` is the regex fragment that finds them in a sentence.
"""

from __future__ import annotations

import re

from loaders.text import key

# Subtractive pairs included, so conversion is one greedy pass in both directions.
_VALUES = (
    ("M", 1000),
    ("CM", 900),
    ("D", 500),
    ("CD", 400),
    ("C", 100),
    ("XC", 90),
    ("L", 50),
    ("XL", 40),
    ("X", 10),
    ("IX", 9),
    ("V", 5),
    ("IV", 4),
    ("I", 1),
)
# The canonical (and only valid) spelling of 1..3999: "IIII", "IC" or "VX" do not match.
_CANONICAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
MAX_ROMAN = 3999

# Vietnamese number words. After "mươi"/"mười" a unit may change its form: một → mốt, bốn → tư,
# năm → lăm (or nhăm). "Nhất" is the ordinal form of one ("thứ nhất"), never a cardinal.
_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_AFTER_TEN = {**_UNITS, "mốt": 1, "lăm": 5, "nhăm": 5}
_ORDINAL_ONLY = {"nhất": 1}
_TEN = "mười"
_TENS = "mươi"


def to_int(numeral: str) -> int:
    """Read "XXVII" (any case) as 27. Raises ValueError for anything but a valid numeral of 1..3999."""
    s = numeral.strip().upper()
    if not s or not _CANONICAL.fullmatch(s):
        raise ValueError(f"not a Roman numeral: {numeral!r}")
    total, i = 0, 0
    for symbol, value in _VALUES:
        while s.startswith(symbol, i):
            total += value
            i += len(symbol)
    return total


def to_roman(n: int) -> str:
    """Write 27 as "XXVII". Raises ValueError outside 1..3999, where Roman numerals have no standard form."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ROMAN:
        raise ValueError(f"no Roman numeral for {n!r}")
    out: list[str] = []
    for symbol, value in _VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def is_roman(s: str) -> bool:
    try:
        to_int(s)
    except ValueError:
        return False
    return True


def words_to_int(words: str) -> int | None:
    """Read Vietnamese number words 1..99, with or without "thứ": "thứ nhất" 1, "hai mươi mốt" 21."""
    tokens = key(words).split()
    if tokens[:1] == ["thứ"]:
        tokens = tokens[1:]
    if len(tokens) == 1:
        (w,) = tokens
        return 10 if w == _TEN else _ORDINAL_ONLY.get(w, _UNITS.get(w))
    if len(tokens) == 2 and tokens[0] == _TEN:
        unit = _AFTER_TEN.get(tokens[1])
        return 10 + unit if unit is not None and tokens[1] != "mốt" else None
    if len(tokens) in (2, 3) and tokens[1] == _TENS:
        tens = _UNITS.get(tokens[0])
        unit = _AFTER_TEN.get(tokens[2], -1) if len(tokens) == 3 else 0
        if tens is None or tens < 2 or unit < 0:
            return None
        return tens * 10 + unit
    return None


def parse_ordinal(text: str) -> int | None:
    """Read an ordinal as written after "lần thứ" or "khóa": "XXVII", "xxvii", "26", "nhất", "mười hai"."""
    s = text.strip()
    if s.isdigit():
        n = int(s)
        return n if n > 0 else None
    if is_roman(s):
        return to_int(s)
    return words_to_int(s) if s else None


def _cardinal_pattern() -> str:
    units = "|".join(sorted(_UNITS, key=len, reverse=True))
    after = "|".join(sorted(_AFTER_TEN, key=len, reverse=True))
    compound = rf"(?:{units})\s+{_TENS}(?:\s+(?:{after}))?|{_TEN}(?:\s+(?:{after}))?"
    return rf"{compound}|{units}"


# Cardinal number words 1..99 ("năm", "mười hai", "hai mươi mốt"), for regexes compiled with re.IGNORECASE; read
# them with words_to_int.
CARDINAL_WORDS = _cardinal_pattern()
# Roman letters, digits or number words, a whole word each. Compile with re.IGNORECASE so "Nhất" and
# "Mười" match too; parse_ordinal then rejects letter runs that are no valid numeral ("IIII").
ORDINAL_PATTERN = rf"(?<!\w)(?:[IVXLCDMivxlcdm]+|\d{{1,4}}|{CARDINAL_WORDS}|nhất)(?!\w)"
