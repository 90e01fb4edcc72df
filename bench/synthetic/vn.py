"""Vietnamese surface conventions: numbers, Roman numerals, dates and tone-mark placement.

Everything here writes; nothing parses. The generator must not share reading code with the
extractor, so the conventions are re-stated from the domain, not borrowed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Num:
    """A decimal quantity kept as an integer count of 10**-decimals, so text and gold never disagree
    through binary floating point (53,2 in the text is exactly 53.2 in the gold)."""

    scaled: int
    decimals: int = 0

    @staticmethod
    def of(value: float, decimals: int) -> Num:
        scaled = round(value * 10**decimals)
        # Trailing zeros are dropped: articles write 45, not 45,0.
        while decimals and scaled % 10 == 0:
            scaled //= 10
            decimals -= 1
        return Num(scaled, decimals)

    def json(self) -> int | float:
        """The gold value: an int for whole numbers, as the hand-written gold has them."""
        if self.decimals == 0:
            return self.scaled
        return round(self.scaled / float(10**self.decimals), self.decimals)

    def text(self, pad: int = 0, group: bool = True) -> str:
        """Vietnamese notation: thousands dot, decimal comma; `pad` zero-pads small counts (02 xã)."""
        whole, frac = divmod(self.scaled, 10**self.decimals)
        head = _group(whole) if group else str(whole)
        if pad and self.decimals == 0:
            head = head.zfill(pad)
        if self.decimals == 0:
            return head
        return f"{head},{str(frac).zfill(self.decimals)}"


def _group(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    parts = []
    while s:
        parts.append(s[-3:])
        s = s[:-3]
    return ".".join(reversed(parts))


_ROMAN: Final = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Roman numeral for congress and term numbers (they stay below 40)."""
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def day_month(day: int, month: int, rng: random.Random, year: int | None = None) -> str:
    """A date as the lead sentences write it: 3/1, 30-12, 07/01/2025, 5-4-2022."""
    sep = "/" if rng.random() < 0.75 else "-"
    pad = rng.random() < 0.3
    d = f"{day:02d}" if pad else str(day)
    m = f"{month:02d}" if pad else str(month)
    text = f"{d}{sep}{m}"
    if year is not None:
        text += f"{sep}{year}"
    return text


# New-style → old-style tone placement on the final syllable vowel pair (hóa → hoá, ủy → uỷ).
# Both styles occur in one corpus and sometimes in one article; the gold always keeps new style.
_TO_OLD: Final[dict[str, str]] = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_LETTER: Final = "a-zàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ"
# Anchored on a character class (the toned o or u) rather than an alternation of pairs: the text is
# restyled whole, once per article, and this keeps it cheap.
_NEW_RE: Final = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![" + _LETTER + _LETTER.upper() + r"])")


def _old(m: re.Match[str]) -> str:
    found = m.group(1)
    rep = _TO_OLD[found.lower()]
    if found.isupper():
        return rep.upper()
    return rep[0].upper() + rep[1:] if found[0].isupper() else rep


def old_style(text: str) -> str:
    """Rewrite new-style tone marks to old style (Thanh Hóa → Thanh Hoá, Huyện ủy → Huyện uỷ)."""
    return _NEW_RE.sub(_old, text)
