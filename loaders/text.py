"""The one normalisation of Vietnamese text, with a map back to the original characters.

Articles mix old and new tone-mark placement (uỷ/ủy, hoá/hóa), NFC and NFD forms, non-breaking
spaces and word-processor residue. Extractors read the normalised text; provenance must quote the
original. `normalise` therefore returns, for every normalised character, the offset of the original
character it came from, so a span found in normalised text maps back to a verbatim original quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Generic, TypeVar

T = TypeVar("T")

# Old-style placement puts the tone on the second vowel of an open "oa/oe/uy" syllable; the
# new style (used by the gold and by most sources since the 2000s) puts it on the first.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng

# Word-processor residue that carries no text of the article.
_RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|\[[a-z]+:[^\]]{0,40}\]")
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_DASHES = {"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-"}
# An em dash is never a hyphen: glued to its words ("Ông A—Phó Bí thư Tỉnh ủy—chủ trì") it is set off by spaces.
_EM_DASH = "\u2014"
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


# Word boundaries in the extractors' regexes are plain \w: normalised text is NFC, so every
# Vietnamese letter is one precomposed character, which \w (Unicode in str patterns) matches. A class
# like [\wÀ-ỹ] adds nothing there, and under IGNORECASE compiling it cost ~1 ms per regex: a quarter
# of a second at the start of every process.

# Regex classes of upper- and lower-case letters. Vietnamese precomposed letters alternate case
# inside U+1EA0–U+1EF9, so a range like [À-Ỹ] would match both cases.
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower())
CAPITALISED = f"[{UPPER}][{LOWER}]*"
# A capitalised syllable of a name, going on after an apostrophe in names of the Central Highlands ("H'Mai",
# "K'Bình", "Ia H'Drai"); normalised text has no other apostrophe.
NAME_SYLLABLE = f"{CAPITALISED}(?:'[{LOWER}{UPPER}]+)?"
# The words that introduce a person by name ("đồng chí Lê Văn An", "đ/c An", "ông", "bà"), for regexes
# compiled case-insensitively.
HONORIFIC = r"(?:đồng chí|đ/c|ông|bà)"
# An officer's rank, which stands where an honorific would: "… và Đại tá Trần Đình Khoa, Giám đốc Công an tỉnh".
OFFICER_RANK = r"(?:thiếu|trung|thượng|đại)\s+(?:tướng|tá|úy|uý)"
# What joins a post held with another by one person: "Bí thư Đảng ủy xã kiêm Chủ tịch UBND xã", "… đồng thời là …".
HELD_WITH = r"(?:kiêm|đồng thời là)"
# The places below a commune, which the gazetteer does not hold: "thôn Lô Lô Chải", "bản Tà Số 1", "ấp An Hòa", "Khu
# vực 6". No organ of state, but each has a head ("Trưởng thôn") and a party cell ("Chi bộ bản Hôi Rấy").
HAMLET = r"(?:thôn|bản|ấp|làng|buôn|bon|plei|sóc|xóm|khóm|khu phố|khu dân cư|khu vực|tổ dân phố)"
# The marks that open an item of a list on a line of its own: "- Bà A – …;", "+ …", "• …".
BULLET = r"[-–+•*]"


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


_ONE_TO_ONE = {**{c: " " for c in _SPACES}, **_DASHES, **_QUOTES}
# A regex visits only the few characters to replace; str.translate looks up every character of
# the article in a dict, twenty times slower.
_ONE_TO_ONE_RE = re.compile("[" + "".join(map(re.escape, _ONE_TO_ONE)) + "]")


def _one_to_one(s: str) -> str:
    return _ONE_TO_ONE_RE.sub(lambda m: _ONE_TO_ONE[m.group(0)], s)


def normalise(raw: str) -> NormalisedText:
    """NFC, new-style tone marks, plain spaces/dashes/quotes, residue blanked (length kept)."""
    if unicodedata.is_normalized("NFC", raw) and not any(c in raw for c in _INVISIBLE) and _EM_DASH not in raw:
        # The common case: one output character per input character, so the map is the identity.
        text = _one_to_one(raw)
        origin: tuple[int, ...] = tuple(range(len(raw)))
    else:
        chars: list[str] = []
        offsets: list[int] = []
        for offset, cluster in _clusters(raw):
            for ch in unicodedata.normalize("NFC", cluster):
                if ch in _INVISIBLE:
                    continue
                if chars and _EM_DASH in (ch, chars[-1]) and not (ch.isspace() or chars[-1].isspace()):
                    chars.append(" ")  # "Khôi—Phó Bí thư": the dash set off, as in "Khôi - Phó Bí thư"
                    offsets.append(offset)
                chars.append(ch)
                offsets.append(offset)
        text, origin = _one_to_one("".join(chars)), tuple(offsets)
    text = _OLD_TONE.sub(lambda m: _NEW_TONE[m.group(0)], text)
    text = _RESIDUE.sub(lambda m: " " * len(m.group(0)), text)
    return NormalisedText(text=text, origin=origin, original=raw)


def _tone_table() -> dict[str, str]:
    """Old-style spelling → new-style, for every tone and letter case of oa, oe, uy."""
    table: dict[str, str] = {}
    for first, second in ("oa", "oe", "uy"):
        for tone in _TONES:
            for f, sec in (
                (first, second),
                (first.upper(), second),
                (first.upper(), second.upper()),
                (first, second.upper()),
            ):
                old = f + unicodedata.normalize("NFC", sec + tone)
                table[old] = unicodedata.normalize("NFC", f + tone) + sec
    return table


def _old_tone_regex() -> re.Pattern[str]:
    """Any key of _NEW_TONE in an open syllable, not after "q".

    One branch per first letter with a class of the second letters it pairs with: the search then
    jumps from "o"/"u" to the next at C speed instead of trying 60 alternatives at every character
    of the article, and the "q" before is only looked at there.
    """
    seconds: dict[str, set[str]] = {}
    for old in _NEW_TONE:
        seconds.setdefault(old[0], set()).add(old[1])
    branches = [f"{first}(?<![qQ].)[{''.join(sorted(s))}]" for first, s in sorted(seconds.items())]
    # Only open syllables move their tone ("hoàn" keeps it), and "qu" is a consonant ("quý" stays).
    return re.compile("(?:" + "|".join(branches) + r")(?![^\W\d_]|[\u0300-\u036f])")


_NEW_TONE = _tone_table()
_OLD_TONE = _old_tone_regex()


@lru_cache(maxsize=1 << 16)
def canonical(s: str) -> str:
    """Normalised form of a short string (a name, a title) without the offset map."""
    return re.sub(r"\s+", " ", normalise(s).text).strip()


@lru_cache(maxsize=1 << 16)
def key(s: str) -> str:
    """Comparison key: canonical, case-folded."""
    return canonical(s).casefold()


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Strip diacritics (đ → d) for ASCII slugs and diacritic-insensitive comparison."""
    s = canonical(s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


_WORD = re.compile(r"\w+")
_BLANK = re.compile(r"\s*")


def skip_space(text: str, pos: int) -> int:
    """Where the first non-space character at or after pos is (a line break counts as a space)."""
    return _BLANK.match(text, pos).end()  # type: ignore[union-attr]  # "\s*" always matches


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """The case-folded words (runs of word characters) of a text, computed once per sentence."""
    return frozenset(_WORD.findall(text.casefold()))


class PhraseIndex(Generic[T]):
    """A lexicon's entries by the words their phrases need: which entries a text can match.

    Lexicons of hundreds of phrases are matched sentence by sentence with one regex each, and most
    are absent. A phrase matched as whole words (case-insensitively) can only match a text that has
    every one of its plain words among its own, so a set lookup per word of the sentence rules out
    the others without running their regexes. Words with other characters ("{kind}", "TP.") are
    not required; entries without plain words are always candidates.
    """

    def __init__(self, entries: Iterable[tuple[str, T]]):
        # Each entry as (lexicon position, words it needs, item), filed under its longest word (the
        # rarest), so a lookup hands back whole entries and no second table is indexed.
        self._by_word: dict[str, list[tuple[int, frozenset[str], T]]] = {}
        self._always: list[tuple[int, frozenset[str], T]] = []
        for i, (phrase, item) in enumerate(entries):
            needed = frozenset(w.casefold() for w in phrase.split() if _WORD.fullmatch(w))
            if needed:
                self._by_word.setdefault(max(needed, key=len), []).append((i, needed, item))
            else:
                self._always.append((i, needed, item))

    def may_match(self, text: str) -> bool:
        """Whether any entry can match the text: a set test, for a caller that runs one regex of them all."""
        return bool(self._always) or not words(text).isdisjoint(self._by_word.keys())

    def candidates(self, text: str) -> list[T]:
        """The entries whose words all occur in the text, in lexicon order."""
        present = words(text)
        found = list(self._always)
        for w in present & self._by_word.keys():
            found += self._by_word[w]
        found.sort(key=itemgetter(0))  # back to lexicon order
        return [item for _, needed, item in found if needed <= present]


class FirstMatch(Generic[T]):
    """Which of an ordered list of regexes is the first to match at a position, in one regex call.

    Trying a hundred unit words or organ names one after the other at every number or role word
    costs a hundred Python-level calls. One alternation of them, a group around each branch, is
    tried by the regex engine in the same order and stops at the same first success; the group that
    closed last (match.lastindex) says which branch it was. That entry's own regex is then matched
    once more for its groups, since names cannot repeat across branches.
    """

    def __init__(self, entries: Iterable[tuple[re.Pattern[str], T]]):
        self._entries = list(entries)
        flags = {regex.flags for regex, _ in self._entries}
        assert len(flags) <= 1, "one alternation needs one set of flags"
        branches: list[str] = []
        self._branch: dict[int, int] = {}  # group number of a branch → entry
        group = 1
        for i, (regex, _) in enumerate(self._entries):
            assert "(?P=" not in regex.pattern, "a back reference would point at a renamed group"
            branches.append("(" + _GROUP_NAME.sub("(", regex.pattern) + ")")
            self._branch[group] = i
            group += 1 + regex.groups
        self._any = re.compile("|".join(branches), flags.pop() if flags else 0)

    def match(self, text: str, pos: int, endpos: int | None = None) -> tuple[re.Match[str], T] | None:
        """The match of the first entry that matches text[pos:endpos] at pos, with its item."""
        end = len(text) if endpos is None else endpos
        m = self._any.match(text, pos, end)
        if m is None or m.lastindex is None:
            return None
        regex, item = self._entries[self._branch[m.lastindex]]
        own = regex.match(text, pos, end)
        assert own is not None and own.end() == m.end()
        return own, item


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


@lru_cache(maxsize=1 << 16)
def slug(s: str) -> str:
    """ASCII slug used in IRIs: "huyện Thọ Xuân" → "huyen-tho-xuan"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")
