"""The one normalisation of Vietnamese text, with a map back to the original characters.

Articles mix old and new tone-mark placement (uỷ/ủy, hoá/hóa), NFC and NFD forms, non-breaking
spaces and word-processor residue. Extractors read the normalised text; provenance must quote the
original. `normalise` therefore returns, for every normalised character, the offset of the original
character it came from, so a span found in normalised text maps back to a verbatim original quote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Old-style placement puts the tone on the second vowel of an open "oa/oe/uy" syllable; the
# new style (used by the gold and by most sources since the 2000s) puts it on the first.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_OLD_PAIRS = {"oa", "oe", "uy"}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# Word-processor residue that carries no text of the article.
_RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|\[[a-z]+:[^\]]{0,40}\]")
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_DASHES = {"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-"}
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


# Regex classes of upper- and lower-case letters. Vietnamese precomposed letters alternate case
# inside U+1EA0–U+1EF9, so a range like [À-Ỹ] would match both cases.
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower())
CAPITALISED = f"[{UPPER}][{LOWER}]*"


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the original offset it came from."""

    text: str
    origin: tuple[int, ...]
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if start >= end:
            o = self.origin[start] if start < len(self.origin) else len(self.original)
            return o, o
        o_start = self.origin[start]
        last = self.origin[end - 1]
        # The original span ends after the whole source cluster of the last character.
        o_end = last + 1
        while o_end < len(self.original) and unicodedata.combining(self.original[o_end]):
            o_end += 1
        return o_start, o_end


def _clusters(raw: str) -> list[tuple[int, str]]:
    """Split into (offset, base character + its combining marks)."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(raw):
        if out and unicodedata.combining(ch):
            start, cluster = out[-1]
            out[-1] = (start, cluster + ch)
        else:
            out.append((i, ch))
    return out


def normalise(raw: str) -> NormalisedText:
    """NFC, new-style tone marks, plain spaces/dashes/quotes, residue blanked (length kept)."""
    chars: list[str] = []
    origin: list[int] = []
    for offset, cluster in _clusters(raw):
        for ch in unicodedata.normalize("NFC", cluster):
            if ch in _SPACES:
                ch = " "
            elif ch in _INVISIBLE:
                continue
            ch = _DASHES.get(ch, ch)
            ch = _QUOTES.get(ch, ch)
            chars.append(ch)
            origin.append(offset)
    text = _move_tones("".join(chars))
    text = _RESIDUE.sub(lambda m: " " * len(m.group(0)), text)
    return NormalisedText(text=text, origin=tuple(origin), original=raw)


def _move_tones(text: str) -> str:
    """Move the tone mark of open oa/oe/uy syllables to the first vowel (hoá → hóa)."""
    out = list(text)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        decomposed = unicodedata.normalize("NFD", second)
        base, marks = decomposed[0], decomposed[1:]
        tone = next((m for m in marks if m in _TONES), None)
        if tone is None or (first.lower() + base.lower()) not in _OLD_PAIRS:
            continue
        if i > 0 and out[i - 1].lower() == "q":  # "quý": qu is a consonant, y carries the tone
            continue
        if i + 2 < len(out) and _LETTER.match(out[i + 2]):  # closed syllable: "hoàn" stays
            continue
        if unicodedata.normalize("NFD", first) != first:  # first vowel already marked
            continue
        rest = "".join(m for m in marks if m != tone)
        out[i] = unicodedata.normalize("NFC", first + tone)
        out[i + 1] = unicodedata.normalize("NFC", base + rest)
    return "".join(out)


def canonical(s: str) -> str:
    """Normalised form of a short string (a name, a title) without the offset map."""
    return re.sub(r"\s+", " ", normalise(s).text).strip()


def key(s: str) -> str:
    """Comparison key: canonical, case-folded."""
    return canonical(s).casefold()


def fold(s: str) -> str:
    """Strip diacritics (đ → d) for ASCII slugs and diacritic-insensitive comparison."""
    s = canonical(s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    """ASCII slug used in IRIs: "huyện Thọ Xuân" → "huyen-tho-xuan"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")
