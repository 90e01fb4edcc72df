"""What a Vietnamese personal name looks like: a family name from the list, then capitalised syllables."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from loaders.gazetteer import LOOKUP
from loaders.text import UPPER, canonical, key


def _words(name: str) -> frozenset[str]:
    """The words of a lookup list (whitespace-separated, "#" lines are comments)."""
    text = (LOOKUP / name).read_text(encoding="utf-8")
    return frozenset(canonical(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _words("surnames.txt")


@lru_cache(maxsize=1)
def two_syllable_families() -> frozenset[str]:
    return _words("two_syllable_families.txt")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    lines = (LOOKUP / "not_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(key(line) for line in lines if line.strip() and not line.startswith("#"))


def is_surname(word: str) -> bool:
    return canonical(word) in surnames()


def name_tail(words: list[str]) -> int:
    """Where a personal name starts at the end of a capitalised run, or len(words) if none does.

    "Xuân Lập Nguyễn Văn An" → 2; "Bùi Huy Toàn" → 0; "Thọ Xuân" → 2. Names have 3–4 syllables
    in official reporting (5 in a few families), and start with a family name; some Jrai names have two ("Ksor Thu").
    """
    n = len(words)
    if n >= 2 and canonical(words[n - 2]) in two_syllable_families():
        return n - 2  # "thị xã Ksơr Thu": a Jrai name of two syllables
    for start in (n - 3, n - 2):
        if start >= 0 and _EDE_WOMAN.match(words[start]):
            return start  # "tỉnh H'Yim Kđoh": an Ê Đê woman's name; a place has "H'" second ("Ia H'Drai")
    for size in (3, 4, 5):  # five: "Tôn Nữ Thị Bích Hạnh", of the Huế family that bears two names
        if n >= size and is_surname(words[n - size]):
            return n - size
    if n >= 3 and canonical(words[n - 2]) in _MIDDLE_NAMES:
        return n - 3  # "huyện Pha Văn Thắm": a family name we do not know, before the commonest middle names
    return n


_MIDDLE_NAMES = frozenset({"Văn", "Thị"})
# "H'" before a capital opens the names of Ê Đê and Gia Rai women ("H'Hen Niê"), never a place's name.
_EDE_WOMAN = re.compile(rf"H'[{UPPER}]")  # normalised text writes every apostrophe "'"


def _marks_of(ch: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFD", ch)[1:])


def without_apostrophes(name: str) -> str:
    """A name as spelt without the apostrophe a name of the Central Highlands may carry or lose: "Bh'riu Dưn" and
    "Bhriu Dưn" are one spelling."""
    return name.replace("'", "")


def compatible(a: str, b: str) -> bool:
    """Two spellings of one name: same letters, and at each letter one's marks contain the other's.

    A misspelling drops a diacritic (Dũng → Dung, Tuấn → Tuân) or an apostrophe; Hùng and Hưng differ in
    kind (a tone against a horn) and are two names.
    """
    a, b = without_apostrophes(canonical(a).casefold()), without_apostrophes(canonical(b).casefold())
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        mx, my = _marks_of(x), _marks_of(y)
        if unicodedata.normalize("NFD", x)[0] != unicodedata.normalize("NFD", y)[0] or not (mx <= my or my <= mx):
            return False
    return True
