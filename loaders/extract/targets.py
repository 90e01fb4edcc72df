"""Targets (chỉ tiêu) and achievements: one observation per number that is an indicator value.

A careful reader takes a number as an indicator value when the words after it are a unit
("45 triệu đồng/năm", "5,6%", "02 xã", "32 chỉ tiêu") and the words around it say it was planned
or reached. Other digits (dates, years, document numbers, plenum ordinals, ages, anniversaries,
award counts, delegates) are left alone: they are cut out first, or carry no indicator unit.
For each number the reader settles, in this order:

- unit: the phrase after it, from data/lookup/target_units.tsv, which also says whether the
  indicator is named before the number ("thu nhập bình quân đạt 45 triệu": a measure) or is the
  counted thing ("02 xã đạt chuẩn NTM nâng cao": a count), and whether a count belongs to a year
  or to the party term ("4 chương trình trọng tâm, 2 khâu đột phá" are set by the congress).
- indicator words: the clause before the number, with subjects, cue words and time expressions
  trimmed from its edges; for counts, the counted thing ("số xã đạt chuẩn NTM nâng cao").
- a figure with no words of its own right after another one is about that one: "đứng thứ 12 toàn
  tỉnh" is its rank; a comparison qualifies it and is no fact of its own, as the seed gold records
  "gấp 1,3 lần so với năm 2020" and "chiếm 40,7%" after "11/27": so are "bằng 145% dự toán" and
  "chiếm 84,4% tổng số xã". How much it grew or fell ("…, tăng 9,8% so với cùng kỳ") is a fact: that
  figure's growth, of its kind and time, as most readers of the holdout record it. "nâng tổng số lên 11
  sản phẩm" is its running total. A rate with words of its own ("giá trị sản xuất tăng 8,05%") is a
  fact; so is the share after a count of poor households ("còn 5.076 hộ nghèo, chiếm 26,42%"), the
  rate the count spells out.
- value type: cue words from data/lookup/target_cues.tsv. The first strong cue of a clause
  ("phấn đấu", "đề ra", "đã", "ước đạt", "đạt và vượt") governs it: "với mục tiêu hoàn thành vượt
  mức 27/27" is a goal, "đạt và vượt các mục tiêu đề ra" a result. A clause hands its cue on to
  later clauses and sentences of the paragraph when the cue comes before the clause's numbers (a
  list after "phấn đấu:"; short sentences after "Phấn đấu …"), not when it describes them
  ("19/21 chỉ tiêu … đề ra"). A weak cue ("đạt", "có", "tăng") decides only when no strong one is
  in reach. With no cue, the time decides; and nothing for a later year can have been reached yet.
- time: a year or period in the number's clause, else the nearest earlier in its sentence, else
  the paragraph's topic (a time opening an earlier sentence, or the one year it spoke of), else
  the term for term counts, else the article's plan year for targets ("… năm 2025" in the title)
  and its date for results. Years after "so với" or "gấp … lần" are comparison bases. A yearly
  rate ("%/năm") belongs to a period or the term.
- area: the unit the article is about, unless the clause names another one before the number.

Indicator words map to concept codes through data/lookup/indicators.tsv; words it does not know,
or knows only as "other", are reported as unknown-indicator.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from operator import attrgetter

from loaders.article import Article, Sentence
from loaders.context import Context
from loaders.gazetteer import KINDS, LOOKUP, default_gazetteer
from loaders.model import Evidence, Observation, Unit, evidence
from loaders.parse.dates import DateMention, find_dates
from loaders.parse.numbers import DIGITS, MULTIPLIERS, Quantity, find_quantities, multiplier, parse_decimal
from loaders.parse.roman import CARDINAL_WORDS, words_to_int
from loaders.text import BULLET, LOWER, UPPER, FirstMatch, PhraseIndex, key
from loaders.text import words as words_of

STRONG, WEAK = "strong", "weak"
INHERITED = "inherited"  # a strong cue of an earlier sentence of the paragraph
VALUE_TYPES = ("target", "achieved", "estimated")

# ------------------------------------------------------------------------------------------------
# Lookup tables


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _words_regex(phrase: str) -> str:
    """A phrase as whole words with any run of spaces between them."""
    return r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)"


@dataclass(frozen=True)
class _Cue:
    phrase: str
    role: str  # target | achieved | estimated | before | after | rank | not-after | background | filler
    value: str  # strong | weak for value types, the comparator code for before / after
    regex: re.Pattern[str]
    names: bool = False  # it also names what is measured ("tăng trưởng", "tổng mức đầu tư")


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("target_cues.tsv"))


@lru_cache(maxsize=1)
def _cues() -> tuple[_Cue, ...]:
    rows = sorted(_cue_rows(), key=lambda r: len(r["cue"]), reverse=True)
    return tuple(
        _Cue(r["cue"], r["role"], r["value"] or "", _cue_regex(r["cue"]), r.get("names") == "names")
        for r in rows
        if r["role"] != "against"
    )


@lru_cache(maxsize=1)
def _compared_with() -> re.Pattern[str]:
    """The words a few words before a target cue that make the goal a measure of a result (role "against"), read up to
    the end of the cue's first word: they may end inside the cue ("so với mục tiêu", where "với mục tiêu" is one)."""
    words = "|".join(_words_regex(r["cue"]) for r in _cue_rows() if r["role"] == "against")
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?:\s+\w+){{0,6}}\s*$")


@lru_cache(maxsize=1)
def _goal_words() -> re.Pattern[str]:
    return re.compile("(?i)(?<!\\w)(?:" + "|".join(_words_regex(c.phrase) for c in _cues() if c.role == "target") + ")")


def _measured_against(text: str, start: int, end: int) -> bool:
    """Whether a goal cue at text[start:end] names what a result is measured against ("so với mục tiêu")."""
    first_word = text.find(" ", start, end)
    m = _compared_with().search(text, max(0, start - 40), first_word if first_word > 0 else end)
    return m is not None and m.start() < start


def _cue_regex(phrase: str) -> re.Pattern[str]:
    r"""The phrase as whole words: (?<!\w) before it, but tested after its first letter.

    A pattern that opens with a letter lets the regex engine jump from one occurrence of that letter
    to the next; one that opens with a lookbehind is tried at every character. Run for every cue
    of every sentence, this halves the time of cue matching.
    """
    words = _words_regex(phrase)
    if re.match(r"\w", words):  # "(?<!\w)x…" ≡ "x(?<!\w.)…": the character before x is no letter
        return re.compile(words[0] + r"(?<!\w.)" + words[1:], re.I)
    return re.compile(r"(?<!\w)" + words, re.I)


# Parts of a year: "6 tháng đầu năm", "quý I" say when, not what.
_EDGE_PATTERNS = (r"\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?!\w)", r"\d+\s+tháng(?!\w)", r"quý\s+[IV\d]+(?!\w)")


@dataclass(frozen=True)
class _Edges:
    head: re.Pattern[str]  # edge words at the start
    tail: re.Pattern[str]  # edge words at the end
    # The tail regex is tried at every character, a costly search; it can only match a text that
    # ends in the last word of one of its phrases, which a search of the last `reach` characters
    # for `ends` tells cheaply.
    ends: re.Pattern[str]
    reach: int

    def strip_tail(self, words: str) -> str:
        if not self.ends.search(words, max(0, len(words) - self.reach)):
            return words
        return self.tail.sub("", words, count=1)


_NOT_EDGE_ROLES = frozenset({"not-after", "background", "name"})  # cues that stay in indicator words


@lru_cache(maxsize=1)
def _edge_regexes() -> _Edges:
    """Words trimmed from the edges of indicator words: cues, fillers, subjects, unit kind words.

    Cues that also name indicators ("tăng trưởng", "tỷ lệ tăng thu", "xuống giống 31.250 ha") stay.
    """
    cues = [c.phrase for c in _cues() if c.role not in _NOT_EDGE_ROLES and not c.names]
    words = sorted({*cues, *KINDS}, key=len, reverse=True)
    alternation = "|".join([*(_words_regex(w) for w in words), *_EDGE_PATTERNS])
    # The last words of the phrases and of _EDGE_PATTERNS ("năm", "tháng", the numeral of "quý I").
    last = sorted({w.split()[-1] for w in words} | {"năm", "tháng"}, key=len, reverse=True)
    return _Edges(
        head=re.compile(rf"^(?:{alternation})[\s,;:]*", re.I),
        tail=re.compile(rf"[\s,;:]*(?<!\w)(?:{alternation})$", re.I),
        ends=re.compile("(?:" + "|".join(map(re.escape, last)) + r"|[IV\d])$", re.I),
        reach=max(map(len, last)) + 1,  # "$" also matches before a final newline
    )


@dataclass(frozen=True)
class _UnitWord:
    phrase: str
    unit: str
    kind: str  # measure | count | none | rank
    scope: str  # year | term
    regex: re.Pattern[str]


_PERCENT = _UnitWord("%", "%", "measure", "year", re.compile("%"))
_RANK = _UnitWord("thứ hạng", "thứ hạng", "rank", "year", re.compile(""))
_BARE_AMOUNT = _UnitWord("", "", "measure", "year", re.compile(""))


@lru_cache(maxsize=1)
def _unit_words() -> FirstMatch[_UnitWord]:
    """Unit words, longest first: the first to match after a number is its unit."""
    rows = sorted(_rows("target_units.tsv"), key=lambda r: len(r["phrase"]), reverse=True)
    words = [
        _UnitWord(r["phrase"], r["unit"], r["kind"], r["scope"], re.compile(r"\s*" + _words_regex(r["phrase"]), re.I))
        for r in rows
    ]
    return FirstMatch((w.regex, w) for w in words)


@dataclass(frozen=True)
class _IndicatorRow:
    pattern: re.Pattern[str]
    code: str
    value_types: frozenset[str]  # empty: any value type


@lru_cache(maxsize=1)
def _indicator_rows() -> tuple[_IndicatorRow, ...]:
    return tuple(
        _IndicatorRow(
            re.compile(r["pattern"], re.I), r["code"], frozenset(filter(None, (r["value_types"] or "").split(",")))
        )
        for r in _rows("indicators.tsv")
    )


@lru_cache(maxsize=16)
def _indicator_rows_for(value_type: str | None) -> tuple[_IndicatorRow, ...]:
    """The rows that apply to a value type, in table order (a handful of value types: chosen once each)."""
    return tuple(r for r in _indicator_rows() if not r.value_types or value_type in r.value_types)


def indicator_code(words: str, value_type: str | None = None) -> str | None:
    """The govc:indicator code for indicator words, None when the table does not know them."""
    text = key(words)
    for r in _indicator_rows_for(value_type):
        if r.pattern.search(text):
            return r.code
    return None


# ------------------------------------------------------------------------------------------------
# Time

_Y = r"(?:19|20)\d\d"
_DAY_MONTH = r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*"  # "ngày 30/6/", before the year
_TIME = re.compile(
    # "Từ năm 2021 đến hết tháng 5/2024", "Từ ngày 01/01/2021 đến ngày 31/5/2022": the years from one to the other
    rf"(?P<range>từ\s+(?:năm\s+|{_DAY_MONTH})?(?P<r1>{_Y})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
    rf"(?:tháng\s+\d{{1,2}}\s*/\s*|năm\s+|{_DAY_MONTH})?(?P<r2>{_Y}))"
    # "Qua 13 năm (2011 - 2023)": the years counted, then which they are
    rf"|(?P<period>(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch 5 năm|5 năm|từ năm|trong)\s+"
    rf"|(?:qua|sau|trong)\s+\d{{1,2}}\s+năm\s*\(\s*)?"
    rf"(?P<y1>{_Y})\s*-\s*(?P<y2>{_Y}))"
    rf"|(?:(?:(?:cả|trong|vào|đến|tới|hết)\s+(?:cuối\s+)?|đầu\s+|cuối\s+|\d+\s+tháng\s+(?:đầu\s+|cuối\s+)?|quý\s+[IV\d]+,?\s+)?năm\s+"
    rf"|(?:đến|tới|vào)\s+|(?:tháng\s+\d{{1,2}}|quý\s+[IV\d]+)\s*/\s*"
    # a crop season of a year: "vụ Xuân 2024 toàn huyện gieo cấy 7.900 ha"
    r"|vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân|mùa|chiêm|đông|hè)\s+"
    # a day things are due by ("trước ngày 30/9/2018"); not a document's date ("Nghị quyết số 05-NQ/HU ngày
    # 22/4/2016"), nor the day a count runs to ("đến ngày 31/1/2024 đã giải ngân …" of the years before it)
    rf"|trước\s+{_DAY_MONTH}"
    # … and one a plan runs to ("phấn đấu đến ngày 30/6/2026 giải quyết dứt điểm 100% …"): kept only after
    # a goal's cue (_planned_before)
    rf"|(?P<due>(?:đến|tới)\s+(?:hết\s+)?{_DAY_MONTH})"
    # a year alone in brackets, after the figure it dates: "1.150 ha (2021), 1.420 ha (2022)"
    rf"|\(\s*(?={_Y}\s*\))"
    rf")(?P<year>{_Y})(?![\d/])(?!\s*-\s*\d)"
    rf"|(?:(?:trong\s+)?(?:cả|suốt)\s+|(?P<half>nửa\s+)|(?P<end>cuối\s+))?(?P<term>nhiệm kỳ)(?P<past>\s+(?:vừa\s+)?(?:qua|trước))?(?!\s*(?:{_Y}|\d))"
    # "6 tháng đầu năm", "9 tháng năm": months of the report's own year, when no year follows
    # … and so are "lũy kế 9 tháng" and "6 tháng qua", told as of the report's date
    rf"|(?P<months>\d{{1,2}}\s+tháng\s+(?:đầu\s+)?năm|lũy kế\s+\d{{1,2}}\s+tháng|\d{{1,2}}\s+tháng\s+qua)(?!\s*(?:{_Y}|\d))"
    # "Trong năm," opening a sentence: the year the paragraph speaks of, not the period of the sentence before ("Lũy kế
    # giai đoạn 2021 - 2024, tổng nguồn lực đạt 2.135,4 tỷ đồng. Trong năm, Nhân dân tự nguyện hiến 12.500 m2 đất")
    r"|(?P<in_year>(?<![\w ])(?-i:Trong)\s+năm(?=\s*,))"
    # "hiện đạt" (now at), not the verbs "thực hiện", "thể hiện", "xuất hiện", "phát hiện", "biểu hiện"
    rf"|(?P<now>(?:tính\s+)?đến\s+nay|hiện\s+nay|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )"
    # … but "hiện có" closing a phrase is "existing": "giảm 50% số hộ nghèo hiện có;"
    rf"hiện(?=\s+(?:có|đạt|duy trì|đang)(?!\w)(?!\s*(?:[;,.:)]|$)))"
    # "Hiện toàn huyện có 93 cơ sở lưu trú": opening a sentence, it is "hiện nay" ("Hiện đại hóa" is not)
    rf"|(?<![\w ])(?-i:Hiện)(?=,?\s+(?!đại|trạng|thực|tượng|hành|vật|diện|hữu)\w))(?!\w)"
    r"|(?P<this>(?:giai đoạn|thời gian|thời kỳ)\s+(?:này|trên|nói trên))(?!\w)"
    # "trong mùa khô vừa qua": the last dry season, which spans two years ("mùa khô 2022 - 2023")
    r"|(?P<last_season>mùa\s+khô\s+(?:vừa\s+)?qua)(?!\w)"
    # "Năm nay, huyện đặt mục tiêu …", "năm tới": the article's own calendar year, or the next
    # (not "những năm tới", the years ahead)
    r"|(?<!\w)(?<!những )(?<!các )năm\s+(?:(?P<this_year>nay)|(?P<next_year>tới))(?!\w)"
    # "Trong 3 năm, huyện đã làm mới 48,5 km đường", "trong 5 năm tới": so many years up to (from) the article's
    # date. Not "sau 3 năm" nor "qua 3 năm": what stands after them ("đạt và vượt 7/9 chỉ tiêu") is of now.
    rf"|(?<!\w)trong\s+(?P<span>[2-9]|1\d|20|{CARDINAL_WORDS})\s+năm(?P<ahead>\s+tới)?(?!\s*{_Y})(?!\w)"
    # "5 năm qua" is "trong 5 năm qua"; the count may be in words: "Năm năm qua", "trong ba năm"
    rf"|(?<!\w)(?<!sau )(?P<span_past>[2-9]|1\d|20|{CARDINAL_WORDS})\s+năm\s+qua(?!\w)",
    re.I,
)
# Every time expression has a year, "nhiệm kỳ", "nay", "hiện" or a word pointing back ("giai đoạn này").
# Most sentences have none, and testing that is
# far cheaper than running _TIME, which tries its alternatives at every position.
_TIME_HINT = re.compile(
    rf"{_Y}|nhiệm kỳ|nay|tháng\s+(?:đầu\s+)?năm|(?-i:Trong)\s+năm\s*,|lũy kế|tháng\s+qua|hiện\s+(?:có|đạt|duy trì|đang)|(?-i:Hiện)|(?:giai đoạn|thời gian|thời kỳ)\s+(?:này|trên|nói)|trong\s+\w+\s+năm|\w\s+năm\s+qua|năm\s+tới|mùa\s+khô",
    re.I,
)


@lru_cache(maxsize=4096)
def _time_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every time expression of a sentence (cached: its times and its excluded numbers both ask)."""
    return tuple(_TIME.finditer(text)) if _TIME_HINT.search(text) else ()


# A quarter or months of the year that label the figure after them; also opening a list item of its own: "- Quý IV
# (ước): 341,9 tỷ đồng".
_YEAR_PART = r"quý\s+(?:I{1,3}|IV|[1-4])|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm"
_YEAR_PART_LABEL = re.compile(rf"(?i)[\s;,]*(?:{_YEAR_PART})\s*:?\s*")
_PART_OF_YEAR_ITEM = re.compile(rf"(?i)\s*(?:{BULLET}\s*)?(?P<part>{_YEAR_PART})(?:\s*\(\s*ước[^()]{{0,20}}\))?\s*:\s*")
_FIRST_QUARTER = re.compile(r"(?i)(?:quý\s+(?:I|1)|[1-3]\s+tháng\s+đầu|tháng\s+0?[1-3]\s*(?=/))[\s/]")
_FROM_NOW = re.compile(r"(?i)\btừ\s+nay\s+(?:đến|tới)\s+$")
# "Từ nay đến ngày 31/12/2025, phường phấn đấu: …": a day ahead, which what is planned is due by.
_FROM_NOW_ON = re.compile(r"(?i)\btừ\s+nay\s+$")
_SINCE = re.compile(rf"(?i)\btừ\s+(?:năm\s+)?{_Y}\s*$")
# A year right after these is the base of a comparison ("gấp 1,41 lần năm 2020", "gần gấp đôi năm 2023", "so với năm
# 2020").
# "so với đầu nhiệm kỳ" too: the term branch of _TIME starts after "đầu".
# "so với ước thực hiện năm 2025", "so với kết quả năm 2024": the year of what it is compared with.
_BASE_WORDS = r"so với|lần|gấp\s+(?:đôi|ba|rưỡi)"  # the words before the base a figure is compared with
_COMPARISON_BASE = re.compile(
    rf"(?:{_BASE_WORDS}|bằng|hơn)\s*(?:cùng kỳ\s*|đầu\s+|(?:ước\s+)?(?:thực hiện|kết quả)\s+)?$", re.I
)


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    year: int | None = None
    period: tuple[int, int] | None = None
    # "nhiệm kỳ" without years: the current party term, "past" ("nhiệm kỳ qua"), or "half" ("qua nửa
    # nhiệm kỳ": a result counted halfway through the current term, a target for the whole of it);
    # "end" for "cuối nhiệm kỳ": the current term's last year; "now" for "đến nay", "hiện nay": the
    # article's date; "since" for "từ năm 2021 đến nay", from `year` to the article's date; "this" for "giai đoạn
    # này", "thời gian trên": the period the paragraph named last, and "this year" / "next year" for "năm nay" / "năm
    # tới": the article's calendar year or the next, and "last season" for "mùa khô vừa qua", all settled by the reader
    # of the sentence
    term: str | None = None
    deadline: bool = False  # a year things are due by: "đến năm 2030", "tới năm 2025"
    span: int = 0  # "trong 3 năm": so many years up to the article's date (from it, `ahead`: "trong 5 năm tới")
    ahead: bool = False
    first_quarter: bool = False  # "quý I năm 2021", "2 tháng đầu năm 2024": over by an early report's date
    # an aside on what is named before it: "giai đoạn I (2021 - 2025)", "Đại hội … lần thứ XXII, nhiệm kỳ 2005 - 2010"
    aside: bool = False


def _times(text: str) -> list[_Time]:
    return list(_times_cached(text))


@lru_cache(maxsize=4096)
def _times_cached(text: str) -> tuple[_Time, ...]:
    return tuple(_scan_times(text))


def _scan_times(text: str) -> list[_Time]:
    return [replace(t, aside=True) if _is_aside(text, t) else t for t in _read_times(text)]


def _is_aside(text: str, t: _Time) -> bool:
    """A time in brackets, or the term of a congress or council just named."""
    before = max(0, t.start - 24)
    return bool(
        (_OPENS_BRACKET.search(text, before, t.start) and _CLOSES_BRACKET.match(text, t.end))
        or (t.period and _TERM_WORD.match(text, t.start) and _TERM_OF_NAMED.search(text, before, t.start))
    )


# A poverty standard is named by the period it is set for: "theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025".
# "theo chuẩn Thành phố giai đoạn 2026 - 2030", "chuẩn nghèo của tỉnh giai đoạn …": a standard of the province or city.
_STANDARD_OF = re.compile(
    r"(?i)chuẩn(?:\s+nghèo)?(?:\s+đa\s+chiều)?(?:\s+(?:của\s+)?(?:tỉnh|thành phố|trung ương|quốc gia))?(?:\s+giai\s+đoạn)?\s*$"
)
_CROP_SEASON = re.compile(r"(?i)(?<!\w)vụ\s+(?:lúa\s+)?(?:đông\s*-?\s*xuân|đông|mùa|hè\s*-?\s*thu)\s*(?:năm\s+)?$")
_START_OF_YEAR = re.compile(r"(?i)đầu\s+năm")
_END_OF_YEAR = re.compile(r"(?i)cuối\s+năm")
_AND = re.compile(r"(?<!\w)và(?!\w)")
_CLOSES_PART = re.compile(r"(?i)\s*;(?!\s*(?:riêng|trong đó)(?!\w))")  # "…; riêng …" goes on with the same time
_WORD = re.compile(r"\w")
# A word or a percent sign, maybe a bracket closed after it, right before a time: the time does not open its part of
# a list but dates the figure before it ("… đạt 95% vào năm 2025;", "… (236,7 tỷ đồng) trước ngày 31/01/2025;").
_WORD_BEFORE = re.compile(r"[\w%]\)?\s*$")
_OPENS_BRACKET = re.compile(r"\(\s*$")
_CLOSES_BRACKET = re.compile(r"\s*\)")
# A period or a plan named before a bracket, which the time in it is the span of: "giai đoạn I (2021 - 2025)".
_PERIOD_BEFORE_BRACKET = re.compile(
    r"(?i)(?:giai đoạn|nhiệm kỳ|khóa|kế hoạch|chương trình|đề án|năm)[^,;:()]{0,30}\(\s*$"
)
_TERM_OF_NAMED = re.compile(r"(?i)(?:lần thứ|khóa)\s+[IVXLC]+\s*,?\s*$")
_TERM_WORD = re.compile(r"(?i)nhiệm kỳ")
_DAY_AT_HEAD = re.compile(rf"(?i)^(?:(?:đến|tới|trước)\s+)?(?:hết\s+)?{_DAY_MONTH}\d{{4}}\s*,?")
_YEAR_LATER_IN_CLAUSE = re.compile(rf"(?i)[^;.]*?(?<!\w)năm\s+{_Y}")
_FEW_WORDS = re.compile(r"(?:\s+\w+){0,2}\s*,?\s*")


def _planned_before(text: str, pos: int) -> bool:
    """Whether a strong goal cue of the lexicon stands a word or two before pos ("phấn đấu đến ngày …", "sẽ hoàn
    thành trước …")."""
    return any(
        h.role == "target" and h.cue.value == STRONG and _FEW_WORDS.fullmatch(text, h.end, pos) for h in _cue_hits(text)
    )


def _read_times(text: str) -> list[_Time]:
    out: list[_Time] = []
    for m in _time_matches(text):
        if _COMPARISON_BASE.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        if m.group("range") or m.group("period"):
            if _STANDARD_OF.search(text, max(0, m.start() - 40), m.start()):
                continue  # "tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) dưới 3%": the standard's period
            y1, y2 = int(m.group("r1") or m.group("y1")), int(m.group("r2") or m.group("y2"))
            if y2 - y1 == 1 and _CROP_SEASON.search(text, max(0, m.start() - 30), m.start()):
                # a winter-spring crop sown in one year is harvested, and counted, in the next: "Vụ Đông Xuân
                # 2022 - 2023, toàn huyện gieo sạ 9.640 ha lúa"
                out.append(_Time(m.start(), m.end(), year=y2, first_quarter=True))  # sown by the year's first months
            elif 0 < y2 - y1 <= 20:
                out.append(_Time(m.start(), m.end(), period=(y1, y2)))
            elif y1 == y2:  # "từ ngày 01/01/2023 đến ngày 30/6/2023": within one year
                out.append(_Time(m.start(), m.end(), year=y1))
        elif m.group("year"):
            if m.group("due") and (
                not (_planned_before(text, m.start()) or _FROM_NOW_ON.search(text, max(0, m.start() - 10), m.start()))
                or _YEAR_LATER_IN_CLAUSE.match(text, m.end())  # "… đến ngày 31/01/2024 giải ngân 100% vốn năm 2023"
            ):
                continue
            deadline = m.group(0).lower().startswith(("đến", "tới", "trước"))
            first = bool(_FIRST_QUARTER.match(m.group(0)))
            out.append(_Time(m.start(), m.end(), year=int(m.group("year")), deadline=deadline, first_quarter=first))
        elif m.group("span") or m.group("span_past"):
            written = m.group("span") or m.group("span_past")
            span = int(written) if written.isdigit() else words_to_int(written)
            if span is not None and 2 <= span <= 20:  # as many as the digits allow: no "một năm qua"
                out.append(_Time(m.start(), m.end(), span=span, ahead=bool(m.group("ahead"))))
        elif m.group("this"):
            out.append(_Time(m.start(), m.end(), term="this"))
        elif m.group("last_season"):
            out.append(_Time(m.start(), m.end(), term="last season"))
        elif m.group("this_year") or m.group("next_year"):
            out.append(_Time(m.start(), m.end(), term="next year" if m.group("next_year") else "this year"))
        elif m.group("months"):
            out.append(_Time(m.start(), m.end(), term="now"))
        elif m.group("in_year"):
            out.append(_Time(m.start(), m.end(), term="in year"))
        elif m.group("now"):
            if not _SINCE.search(text, max(0, m.start() - 20), m.start()):
                out.append(_Time(m.start(), m.end(), term="now"))
            elif out and out[-1].year:  # "từ năm 2021 đến nay": from that year to the article's date
                out[-1] = _Time(out[-1].start, m.end(), year=out[-1].year, term="since")
        else:
            past = m.group("past") and not m.group("half")  # "nửa nhiệm kỳ qua" is the first half of this one
            # "đến cuối nhiệm kỳ còn dưới 2%": the term's last year; "từ nay đến cuối nhiệm kỳ" spans the term
            if m.group("end") and not past and not _FROM_NOW.search(text, max(0, m.start() - 16), m.start()):
                out.append(_Time(m.start(), m.end(), term="end", deadline=True))
                continue
            out.append(_Time(m.start(), m.end(), term="past" if past else "half" if m.group("half") else "current"))
    return out


@dataclass(frozen=True)
class _ArticleTime:
    """The article's own time: when it was written, the year it plans for, its party term."""

    ref_year: int | None
    ref_month: int | None
    plan_year: int | None
    term: tuple[int, int] | None
    reviews_last_year: bool = False  # the lead reviews the year before its own ("tổng kết công tác … năm 2023" in 2024)

    @property
    def now_year(self) -> int | None:
        """The year of the article's "now": a January report looks back on the year before, whose end its "now" is."""
        return self.ref_year - 1 if self.ref_year is not None and self.ref_month == 1 else self.ref_year

    @property
    def reported_year(self) -> int | None:
        """The year of a figure the article gives with no time: its "now"'s, or the year before for a review of that
        year in the first months ("Chiều 12/3, … tổng kết công tác chống khai thác IUU năm 2023")."""
        if self.ref_year is not None and self.reviews_last_year and (self.ref_month or 12) <= 3:
            return self.ref_year - 1
        return self.now_year

    def term_period(self, which: str = "current") -> tuple[int, int] | None:
        """The party term the article speaks of: the one it names, else the one running at its date.

        Terms run 2020-2025, 2025-2030, …; congresses sit late in the term's last year. `which` is
        "past" for the term before the running one; any other (`_Time.term`) means the running one.
        """
        if self.ref_year is None:
            return None if which == "past" else self.term
        if which == "past":
            end = 2020 + 5 * ((self.ref_year - 2020) // 5)
            return end - 5, end
        if self.term:
            return self.term
        start = 2020 + 5 * ((self.ref_year - 1 - 2020) // 5)
        return start, start + 5


def _is_term(period: tuple[int, int] | None) -> bool:
    """Whether a period is a five-year term (of a party committee, a council, a plan)."""
    return period is not None and period[1] - period[0] == 5


def _article_time(article: Article, met: date | None = None) -> _ArticleTime:
    lead = article.sentences[:4]
    year, month = article.year, article.month
    if met is not None:  # the date of the meeting it reports, which its speakers' "now" is: a date line may be later
        year, month = met.year, met.month
    if year is None:  # nor a dated meeting: the first full date of the lead ("ngày 07/01/2025")
        dated = [d for s in lead for d in find_dates(s.text) if d.year]
        if dated:
            year, month = dated[0].year, dated[0].month
    plan = None
    for group in (lead[:1], lead[1:]):  # "… năm 2025" in the title, else the most frequent in the lead
        # not the time of a document named, nor its horizon ("giai đoạn 2021-2025, định hướng đến năm 2030")
        years = [t.year for s in group for t in _times(s.text) if t.year and not _names_document(s.text, t)]
        if years:
            plan = max(set(years), key=years.count)
            break
    term = next(
        (
            t.period
            for s in article.sentences
            for t in _times(s.text)
            if _is_term(t.period) and s.text[t.start : t.end].lower().startswith("nhiệm kỳ")
        ),
        None,
    )
    review = _REVIEW_OF_YEAR.search(" ".join(s.text for s in lead))
    reviewed = review is not None and year is not None and int(review.group("y")) == year - 1
    return _ArticleTime(
        ref_year=year or plan, ref_month=month, plan_year=plan or year, term=term, reviews_last_year=reviewed
    )


# A review of a year's work: "tổng kết công tác quản lý tàu cá, chống khai thác IUU năm 2023".
_REVIEW_OF_YEAR = re.compile(r"(?i)tổng kết[^.;:]{0,160}?năm\s+(?P<y>(?:19|20)\d\d)")


# ------------------------------------------------------------------------------------------------
# Scanning a sentence: cues, clauses, numbers with a unit

_BRACKETED = re.compile(r"\([^()]*\)")
# Capitalised words, then a small one: "Tổng đàn gia súc" opens with no name.
_PROPER_NAME = re.compile(rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*)+\s+(?=[a-zà-ỹđ])")
_DIGIT = re.compile(r"\d")
_DOCUMENT_NUMBER = re.compile(r"\d+\s*[-/]\s*[A-ZĐ]")
_SHARE_WORDS = frozenset({"chiếm", "bằng", "đạt", "tăng", "giảm", "vượt", "tương", "đương"})  # "…, chiếm 77% …"
_LIST_NOUNS = frozenset({"kết quả", "chỉ tiêu", "kế hoạch"})  # weak cues that name what a list after a colon is
_LABEL_START = re.compile(rf"\s*(?:{BULLET})?\s*")  # what may stand before the noun of an item's label
_COMMA = re.compile(r",\s*")
_IN_LIST = re.compile(r"[:;]\s*$")  # what stands before an item of a list
_PARTS_GO_ON = re.compile(r"(?i)(?<!\w)(?:trong đó|gồm|bao gồm)(?!\w)[^.:]*;\s*$")  # the next item of a list of parts
_PART = re.compile(r"\s*(?:trong đó|gồm|bao gồm)(?!\w)", re.I)  # a clause that gives the parts of the figure before it
_RIGHT_STOP = re.compile(r"(?<!\w)(?:nhằm|để|góp phần|đồng thời|trong đó|so với|và|với|là|theo hướng)(?!\w)", re.I)
# The whole or plan a figure is out of, in words after it: part of its phrase, naming nothing ("472 hộ nghèo/1.098
# hộ", "đạt 1.465 tấn/2.780 tấn").
_OUT_OF_IN_WORDS = re.compile(r"\s*/\s*\d")
# Whose the counted things are, a count of its own: "14 sản phẩm của 9 chủ thể được công nhận đạt chuẩn OCOP" is
# named by what follows the owners.
_OWNED_BY = re.compile(r"\s*của\s+\d[\d.]*(?!\s*[,%/])")
# … and between the count and theirs, a word or two naming the things ("47 sản phẩm OCOP của 26 chủ thể")
_OWNERS_GAP = re.compile(r"(?:\s+[^\W\d]+){0,3}\s+của\s+")
_NAMES_A_PLAN = frozenset({"kế hoạch", "dự kiến"})  # weak cues of a goal that name a plan, not a level to keep
_ALLOTMENTS = frozenset({"được giao"})  # a strong cue of a goal said of what it names: allotted to it
_STARS = re.compile(r"\s*sao(?!\w)", re.I)
# "100% thôn, xóm có nhà văn hóa": a list of unit nouns goes on past its commas.
_NOUN_LIST = re.compile(r",\s*(?:xóm|bản|làng|khu phố|tổ dân phố|phường|thị trấn|khu dân cư)(?!\w)", re.I)
# Who set a plan, after its noun: "dự toán tỉnh giao", "kế hoạch giao".
_GIVEN_BY = r"(?:(?:tỉnh|huyện|thành phố|thị xã|xã|phường|cấp trên)\s+)?giao(?!\w)"
# … which is part of what a share is of: "bằng 75,3% dự toán tỉnh giao".
_PERCENT_OF = re.compile(rf"(\s*(?:dự toán|kế hoạch|KH)|/năm)(?!\w)(?:\s+{_GIVEN_BY})?", re.I)
_RANGE_NEXT = re.compile(r"\s*(?:-|đến|tới)\s*\d")
# The value of a comparison's base, in brackets after its year: "đạt 56,4 triệu đồng, gấp 1,46 lần năm 2020
# (38,6 triệu đồng)", "tăng 12% so với năm 2020 (1.250 tỷ đồng)".
_BASE_VALUE = re.compile(rf"(?:{_BASE_WORDS})\s+(?P<base>(?:cuối\s+)?năm\s+(?P<year>{_Y}))\s*\(\s*$", re.I)
_LATE_MONTH = 10  # from October a report looks back on its own year
_FROM = re.compile(r"(?<!\w)từ\s*$", re.I)
_TO_ITS_YEAR = re.compile(r"\s*\(?(?:vào\s+)?(?:cuối\s+)?", re.I)  # between a figure and the year right after it
# The goal a result is compared with, its value written out: "…, thấp hơn mục tiêu 12%/năm mà Nghị quyết
# đề ra", "vượt xa mục tiêu 800.000 lượt khách mà Nghị quyết đặt ra" (not "cao hơn mục tiêu nghị quyết đề
# ra 0,7 điểm", whose number is the difference, nor "vượt chỉ tiêu 5%", by how much, with no "đề ra" after).
_SET = r"(?:đề ra|đặt ra)"  # the words that say a goal was set
_GOAL_COMPARED = re.compile(r"(?i)(?<!\w)(?:(?:cao|thấp) hơn|so với|bằng|vượt(?: xa)?)\s+(?:mục tiêu|chỉ tiêu|mức)\s+$")
# …or named after the words that set it: "…, vượt chỉ tiêu Nghị quyết Đại hội đề ra là 12%/năm".
_GOAL_SET_IS = re.compile(
    rf"(?i)(?<!\w)(?:(?:cao|thấp) hơn|so với|bằng|vượt|đạt)\s+(?:mục tiêu|chỉ tiêu|kế hoạch|mức)"
    rf"[^,;.()\d]{{0,40}}?\s+{_SET}\s+là\s+$"
)
# "…, chưa đạt kế hoạch 15 sản phẩm", "thấp hơn kế hoạch 88%": the plan a result fell short of (after
# "vượt kế hoạch", "cao hơn kế hoạch" a number is the surplus: "vượt kế hoạch 52 tỷ đồng").
_SHORT_OF_PLAN = re.compile(r"(?i)(?<!\w)(?:thấp hơn|chưa đạt)\s+kế hoạch\s+$")
# Words that make a goal the term's: a congress or its term; a resolution too, when the goal is a yearly rate.
_TERM_WORDS = re.compile(r"(?i)(?<!\w)(?:đại hội|nhiệm kỳ)(?!\w)")
_TERM_OR_RESOLUTION_WORDS = re.compile(r"(?i)(?<!\w)(?:nghị quyết|đại hội|nhiệm kỳ)(?!\w)")
# A figure of every year is the period's or the term's, like a yearly rate: "mỗi năm kết nạp từ 8 đảng viên".
_EVERY_YEAR = re.compile(r"(?i)(?<!\w)(?:hằng|hàng|mỗi)\s+năm(?!\w)")
# So is the sum of a term's five years, named right before its figure: "Tổng vốn đầu tư toàn xã hội 5 năm ước đạt",
# "Tổng thu ngân sách nhà nước trên địa bàn cả giai đoạn đạt".
_FIVE_YEARS_SUM = re.compile(
    r"(?i)(?<!\w)(?:5\s+năm|(?:cả|toàn)\s+(?:giai đoạn|nhiệm kỳ))\s+(?:(?:ước\s+)?đạt\s+|là\s+)?(?:khoảng|trên|hơn|gần)?\s*$"
)
# The goals a congress set, counted: "Trong 21 chỉ tiêu chủ yếu Nghị quyết Đại hội đề ra, …" (the term's).
_CONGRESS_GOALS = re.compile(
    rf"(?i)(?:\s+chủ yếu)?\s+(?:(?:của|theo|mà)\s+)?nghị quyết\s+đại hội[^,;.()]{{0,40}}?\s+{_SET}(?!\w)"
)
# …or by the congress itself: "Đại hội xác định 16 chỉ tiêu chủ yếu", "Đại hội thống nhất đề ra 20 chỉ tiêu".
_CONGRESS_SETS = re.compile(
    r"(?i)(?<!\w)đại hội\s+(?:đã\s+)?(?:thống nhất\s+)?(?:biểu quyết\s+)?(?:xác định|đề ra|thông qua|thống nhất)\s+$"
)
_QUOTED = re.compile(r"\s*(?:được xếp loại\s*)?[\"“]([^\"“”]{1,60})[\"”]")
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng|nâng|đưa)(?!\w)")  # "nâng tổng số lên 11 sản phẩm"
# A total the sentence states with "là" right before its figure: "tổng nguồn vốn thực hiện Chương trình … là".
_TOTAL_IS = re.compile(
    r"(?i)(?<!\w)tổng\s+(?:số\s+)?(?:vốn|nguồn vốn|kinh phí|nguồn lực|số tiền|mức|giá trị|diện tích|sản lượng|thu|chi)"
    r"(?!\w)[^;:()]{0,120}(?<!\w)là\s+(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$"
)
_TOTAL_REACH = 200  # the most characters from "tổng" to the figure _TOTAL_IS can span
_ALLOTTED = re.compile(
    r"(?i)(?<!\w)(?:giao(?!\s+thông)|phân bổ|bố trí|đề xuất|dự kiến|phê duyệt|kế hoạch|phương án|đề án|phải)(?!\w)"
)
_WITHIN = re.compile(r"(?i)(?<!\w)trong\s+$")
# A sentence that forecasts or supposes states no figure, neither a goal nor a result: "Theo dự báo, mùa khô năm nay
# ranh mặn 4‰ có thể vào sâu 50 - 55 km", "Nếu không có giải pháp ứng phó kịp thời, … khoảng 3.150 ha lúa … có nguy
# cơ bị ảnh hưởng"; nor one that says who attended: "Cùng dự có lãnh đạo các sở, ngành … và hơn 120 doanh nghiệp".
_STATES_NO_FIGURE = re.compile(
    r"(?i)\W*(?:(?:theo\s+)?dự\s+báo|nếu"
    r"|(?:cùng\s+|đến\s+|về\s+)?(?:tham\s+)?dự(?:\s+(?:hội nghị|kỳ họp|đại hội|buổi\s+\w+(?:\s+\w+)?|lễ|phiên\s+\w+))?"
    r"(?:\s+còn)?\s+có)(?!\w)"
)
# A sum asked of a higher level: "kiến nghị tỉnh hỗ trợ 15,6 tỷ đồng", "đề nghị UBND tỉnh quan tâm bố trí khoảng 45 tỷ
# đồng", "kiến nghị tỉnh sớm bổ sung biên chế, hỗ trợ khoảng 18 tỷ đồng".
_REQUESTED = re.compile(
    r"(?i)(?<!\w)(?:đề nghị|kiến nghị|đề xuất)\s[^;:.\d]{0,80}?(?<!\w)(?:hỗ trợ|bố trí|cấp|bổ sung|phân bổ)\s+"
    r"(?:thêm\s+)?(?:(?:khoảng|hơn|trên|gần)\s+)?$"
)
# … also after what the result is compared with, and by the resolution that set the goal: "giảm 4,62% so với đầu năm,
# vượt chỉ tiêu Nghị quyết số 25/NQ-HĐND của HĐND huyện giao (giảm 4%)".
_SET_BEFORE = re.compile(
    rf"(?i)(?:\s+so với[^,;.()\d]{{1,30}})?,?\s*(?:vượt|đạt|thấp hơn|cao hơn)\s+(?:chỉ tiêu|mục tiêu|kế hoạch)"
    rf"(?:\s+(?:của\s+)?(?:nghị quyết|NQ)(?:\s+số)?\s+{_DOCUMENT_NUMBER.pattern}[\w/-]*)?"
    rf"(?:[^,;.()\d]{{0,40}}?\s+(?:{_SET}|{_GIVEN_BY}))?\s*"
)
# Votes: a share of the delegates or ballots ("100% đại biểu có mặt tán thành"), and the count a share
# chained after it is of ("37/37 phiếu, đạt 100%").
_OF_DELEGATES = re.compile(r"(?i)\s*(?:tổng\s+)?(?:số\s+)?(?:đại biểu|phiếu)(?!\w)")
_SHARE_OF_COUNT = re.compile(r"(?i)\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:tỷ lệ\s+)?")
_VOTE_COUNT = re.compile(r"(?i)\d+\s*/\s*\d+\s*(?:phiếu|đại biểu)(?!\w)[^;.]*$")
# A vote's share: "Hội nghị đã biểu quyết thông qua Nghị quyết … với tỷ lệ 100%", "thông qua 4 nghị quyết với tỷ lệ
# tán thành 100%"
_VOTED_WITH = re.compile(
    r"(?i)(?:(?<!\w)(?:biểu quyết|bỏ phiếu|tán thành|thông qua)(?!\w)[^;.]*(?<!\w)với\s+tỷ\s+lệ|tỷ\s+lệ\s+(?:tán thành|nhất trí))\s*$"
)
# A bracket that opens with the plan gives the goal of the figure before it: "tốc độ tăng trưởng đạt 7,8% (kế
# hoạch 7,5%)", "(KH: 120 tỷ đồng)", "(chỉ tiêu tỉnh giao 95%)".
_PLAN = r"(?:kế hoạch|KH|chỉ tiêu|mục tiêu|dự toán)"
_PLAN_IS = rf"{_PLAN}(?:\s+(?:năm|cả năm|đề ra|{_GIVEN_BY}))?\s*(?::|là)?\s*(?:(?:tăng|giảm)\s+)?"
_PLAN_OPENS = re.compile(rf"(?i)\s*\(\s*{_PLAN_IS}")
# …or that the plan follows, in the bracket of the result: "chưa đạt (93,2%, chỉ tiêu 95%)".
_PLAN_NEXT = re.compile(rf"(?i)\s*[,;/]\s*{_PLAN_IS}")
# Where a clause ends; so does a slash before a plan: "(đạt 41,2%/KH 45%)".
_BOUNDARY = re.compile(rf"[;:()\"…]|(?<!\d)[,.]|[,.](?!\d)|/(?=\s*{_PLAN}(?!\w))")
# The plan named right before a bracket, which then gives its figure: "đạt 82,4% chỉ tiêu cả nhiệm kỳ (500 đảng viên)".
_LABELS = re.compile(r"\s*:")  # after a year that labels what follows it, not the figure before it
_LABELS_IN_BRACKET = re.compile(r"\s*(?::|[^()\d]{0,20}\d)")  # … or the figure after it in the bracket
# The label of a list item, from the item's start (the sentence's, or after a colon, a semicolon or a dash) to the
# colon before its figure: "- Ngân sách huyện, xã: ".
_ITEM_LABEL = re.compile(rf"(?:^|(?<=[:;])|(?<!\S){BULLET})\s*(?P<label>[^\W\d][^:;.()\d]{{2,60}}?)\s*:\s*$")
# A year that labels the figure after it in a bracket: "(năm 2021: 820 tỷ đồng; năm 2023 ước 1.070 tỷ đồng)".
_YEAR_LABEL = re.compile(rf"(?i)(?<!\w)năm\s+{_Y}\s*:?\s*(?:ước(?:\s+đạt)?|đạt)?\s*$")
# A result reached out of its plan: "đạt 684,3/776 tỷ đồng", "đạt 1.465 tấn/2.780 tấn" (`_OVER` between the two).
_REACHED = re.compile(r"(?i)(?<!\w)đạt\s+$")
_OVER = re.compile(rf"\s*/\s*({DIGITS})\s+")
# …but "đạt 16/19 tiêu chí", "đạt 88,72/100 điểm": out of the whole set or scale, no plan.
_GOAL_COUNTS = frozenset({"chỉ tiêu", "tiêu chí"})  # counts of goals or criteria
_WHOLES = _GOAL_COUNTS | {"điểm"}
# Its year may be named: "vượt mục tiêu Nghị quyết đề ra cho năm 2025 (55 tỷ đồng)".
_PLAN_JUST_NAMED = re.compile(rf"(?i)(?<!\w){_PLAN}(?!\w)(?:[^,;.()\d]|(?<=năm ){_Y}){{0,40}}$")
# Goals counted by how they fared: "16 chỉ tiêu đạt và vượt", "2 chỉ tiêu chưa đạt" (results, whatever set them).
_GOALS_MET = re.compile(r"(?i)\s*(?:chủ yếu\s+)?(?:đã\s+|đều\s+)?(?:đạt|vượt|hoàn thành|chưa đạt|không đạt)(?!\w)")
# Goals or criteria counted as still to do: "hoàn thành 3 chỉ tiêu còn lại", "khắc phục 2 tiêu chí còn thiếu" (how many
# are left now, even where a goal's cue governs them).
_GOALS_LEFT = re.compile(r"(?i)\s*(?:còn lại|còn thiếu|khó đạt|chưa đạt|chưa hoàn thành)(?!\w)")
_SET_BY = re.compile(rf"(?i)\s*(?:mà|do|theo|của)?\s*[^,;.()\d]{{0,40}}?(?<!\w){_SET}(?!\w)")
# The level a change leads to, after it: "Tỷ lệ hộ nghèo giảm 4,6%, còn 17,45%" states the rate as well as the fall;
# so does "… giảm bình quân 2,96%/năm, hiện còn 9,8%".
_TO_LEVEL = r"(?:(?:hiện(?:\s+nay)?|đến\s+nay)\s+)?(?:xuống\s+còn|giảm\s+còn|tăng\s+lên|còn|lên|xuống)"
_NEW_LEVEL = re.compile(rf"(?i)\s*,?\s*{_TO_LEVEL}\s*")
_NOW_AT = re.compile(rf"(?i)(?<!\w){_TO_LEVEL}\s*$")  # the level a count is at after a change: "… còn 2.486 hộ"
_CHANGE_AT_END = re.compile(r"(?i)\s+(?:giảm|tăng)(?:\s+bình quân)?$")  # "… giảm bình quân 2,96%/năm, hiện còn 9,8%"
# The population a share is of ("đồng bào Khmer chiếm hơn 83% dân số"), not a share of it that does something
# ("98% dân số tham gia bảo hiểm y tế", "… được sử dụng nước sạch").
_OF_POPULATION = re.compile(r"\s*(?:tổng\s+)?dân\s+số(?!\w)(?!\s+(?:tham gia|được|sử dụng|có)(?!\w))", re.I)
# … nor the share a people makes up, its population named before: "dân số trên 21.000 người, trong đó đồng bào Mông
# chiếm khoảng 87%", "đồng bào Chu Ru, K'Ho chiếm khoảng 35%".
_PEOPLE_SHARE = re.compile(
    r"(?i)(?<!\w)(?:đồng bào|dân tộc)(?:,?\s+[\w'’]+){0,4}?\s+chiếm\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_PER = re.compile(r"(?<!\w)(?:trên|mỗi)\s*$", re.I)
_RANK_SCOPE = re.compile(r"\s*(toàn tỉnh|toàn quốc|cả nước|toàn huyện|trong tỉnh|khu vực[^,;.]{0,30})", re.I)
_RANK_ABOUT = re.compile(r"[^;.]{0,40}?(?<!\w)về\s+([^,;.]+)", re.I)
_LEVEL_WORD = re.compile(
    r"(?<!\w)(?:toàn|cả|(?:trên|qua) địa bàn)\s+(tỉnh|huyện|thị xã|quận|xã(?!\s+hội)|phường|thị trấn)(?!\w)", re.I
)
_LEVELS = {
    "tỉnh": "province",
    "huyện": "district",
    "thị xã": "district",
    "quận": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}
# Verbs of saying what someone reports.
_SAYS = r"(?<!\w)(?:cho biết|thông tin|báo cáo|khẳng định|nhấn mạnh)"
# "…; huyện phấn đấu …", "năm 2017 tỉnh có 26/29 chỉ tiêu …", "Đến ngày 10/8, xã đã …", "đến nay xã đã đạt …": the
# clause's subject
_LEVEL_SUBJECT = re.compile(
    # also in what someone reports ("ông A cho biết tỉnh đã bố trí 45 tỷ đồng …")
    rf"(?:[^,;:]{{0,60}}?{_SAYS},?\s+)?"
    rf"\s*(?i:(?:trong\s+)?năm\s+{_Y},?\s+|(?:tính\s+)?đến\s+(?:nay|ngày\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*{_Y})?),?\s+)?"
    # an organ of the unit is its subject too ("Năm 2024, UBND tỉnh dự kiến trình …")
    # … also opening the sentence ("Xã đã di dời khẩn cấp 146 hộ"), but not "Xã hội hóa …"
    r"(?:(?:UBND|HĐND|Đảng bộ)\s+)?((?i:tỉnh|huyện|quận|thị xã|thành phố|xã(?!\s+hội)|phường))"
    rf"\s+(?=[{LOWER}])"  # a word, not a name: "Xã Đại Sảo được công nhận …" names the commune
)
# Whom a conclusion's instructions are for, by level word: "Đồng chí yêu cầu xã tiếp tục …; phấn đấu trước ngày
# 30/9 bàn giao …"; or by name: "Đồng chí đề nghị riêng với xã Xuân Thượng, … phấn đấu …".
_ASKS = r"(?<!\w)(?:yêu cầu|đề nghị|giao)"
_ADDRESSEE = re.compile(rf"(?i){_ASKS}\s+(tỉnh|huyện|quận|xã|phường)\s+(?=[a-zà-ỹđ])")
# Between a figure's clause and the time the work it is of is done in: "…, 12,6 tỷ đồng, thực hiện trong năm 2025".
_DONE_IN = re.compile(
    r"\s*,\s*(?:thời gian\s+)?(?:thực hiện|triển khai|hoàn thành)\s+(?:trong\s+|vào\s+)?(?:năm\s+|giai đoạn\s+)?"
)
# After the unit in a reporter's title, what they report: "… xã Bình Hoà Nam Huỳnh Văn Lượm cho biết, …".
# … or of whoever heads the unit of that level: "ông B, Chủ tịch UBND xã báo cáo: …".
_HEAD_OF_LEVEL = re.compile(r"(?i)(?<!\w)(?:UBND|HĐND|Đảng\s+ủy)\s+(xã|phường|thị trấn|huyện|thị xã|quận)(?=\s)")
_REPORTED_BY = re.compile(rf"[^,;:.()]{{0,40}}?{_SAYS}\s*[,:]")
_ADDRESSED = re.compile(rf"(?i)(?:{_ASKS}|(?<!\w)(?:riêng|đối) với)\s*$")
_QUALITATIVE = re.compile(
    # what may open the item: its goal's cue or purpose, after whatever leads to it, and its year ("phấn đấu đến năm 2023
    # xã đạt chuẩn nông thôn mới", "Đảng bộ xã phấn đấu đến năm 2025 đạt chuẩn …", "huyện tập trung hoàn thành các tiêu
    # chí còn thiếu để đạt chuẩn huyện nông thôn mới vào năm 2025", "(5) Xã đạt chuẩn …")
    rf"\s*(?:{BULLET}\s*|\(\d{{1,2}}\)\s*)?(?:(?:[^,;.:\d]*?\s)?(?:phấn đấu|mục tiêu|là|quyết tâm|(?P<purpose>để|nhằm))\s+)?"
    r"(?:được công nhận\s+)?"
    r"(?:(?:đến|tới|trong|vào)\s+(?:hết\s+)?(?:năm\s+)?\d{4}\s*,?\s*)?"
    # the unit, named or not; without one, the article's own ("…, đến năm 2025 đạt chuẩn nông thôn mới nâng cao")
    r"(?:(?P<kind>huyện|xã|thị xã|thành phố|phường|thị trấn)\s+(?P<name>(?:[A-ZĐÀ-Ỹ]\w*\s+){1,3})?)?"
    r"(?:được công nhận(?:\s+lại)?\s+)?"
    r"(?P<what>(?:đạt chuẩn|hoàn thành|về đích)\s+(?:(?P<level>huyện|xã|thị xã)\s+)?(?:NTM|nông thôn mới|đô thị)"
    r"[^,;.\d]{0,30}?)"
    # … and what may close it: its year ("Xã đạt chuẩn NTM nâng cao vào năm 2022")
    r"(?:\s*(?:vào|trong|đến)?\s*(?:năm\s+)?\d{4})?\s*",
    re.I,
)

# Whole words an item read by _QUALITATIVE must have: "chuẩn" of "đạt chuẩn" or "thành" of "hoàn thành".
_QUALITATIVE_WORDS = frozenset({"chuẩn", "thành"})


@dataclass(frozen=True)
class _CueHit:
    start: int
    end: int
    cue: _Cue

    @property
    def role(self) -> str:
        return self.cue.role


@lru_cache(maxsize=1)
def _cue_index() -> PhraseIndex[_Cue]:
    return PhraseIndex((c.phrase, c) for c in _cues())


_COMPARATORS = frozenset({"before", "after"})


# The first horizon or period of a plan's name, which "định hướng đến năm …" continues.
_HORIZON_BEFORE = re.compile(r"(?:(?:đến|tới)\s+năm\s+\d{4}|giai đoạn\s+\d{4}\s*-\s*\d{4})\s*,\s*$")


# A verb and "được" right before a figure, not a wish or a need ("cần được", "chưa được").
_DONE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?!(?:cần|phải|chưa|không|sẽ|mong|để)\s)[^\W\d]+\s+được\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_PURPOSE_BEFORE = re.compile(r"(?i)(?<!\w)(?:để|nhằm)\s+$")


def _cue_hits(text: str) -> list[_CueHit]:
    """Non-overlapping cue matches, the longest phrase winning.

    Comparators and the other cues are matched apart, as they say different things of a number:
    "giảm còn 0,62%" is both at most 0.62 % and a change that happened ("giảm", "còn")."""
    hits: list[_CueHit] = []
    # The characters already in a hit: a match overlaps an earlier hit iff it covers one of them,
    # which bytearray.find tells in C instead of a Python loop over the hits.
    taken = {True: bytearray(len(text)), False: bytearray(len(text))}
    against: list[int] = []  # where the goals a result is measured against end
    for cue in _cue_index().candidates(text):  # most cues are absent from a sentence: skip their regex
        for m in cue.regex.finditer(text):
            start, end = m.span()
            if cue.role == "target" and (
                _measured_against(text, start, end)
                or any(e <= start and _SAME_GOALS.fullmatch(text, e, start) for e in against)
            ):
                # "ước đạt 11,2%, cao hơn mục tiêu nghị quyết đề ra 0,7 điểm": a result, measured against the goal;
                # "hoàn thành toàn diện các mục tiêu, nhiệm vụ đề ra": the goals go on, and what set them
                against.append(end)
                continue
            if cue.phrase == "định hướng" and _HORIZON_BEFORE.search(text, max(0, start - 26), start):
                continue  # "… về chuyển đổi số đến năm 2025 (giai đoạn 2021 - 2025), định hướng đến năm 2030": a plan's name goes on
            if cue.role == "achieved" and _PURPOSE_BEFORE.search(text, max(0, start - 8), start):
                continue  # "hoàn thành các tiêu chí để được công nhận huyện NTM nâng cao": what is sought, not got
            used = taken[cue.role in _COMPARATORS]
            if used.find(1, start, end) < 0:
                used[start:end] = b"\x01" * (end - start)
                hits.append(_CueHit(start, end, cue))
    hits.sort(key=attrgetter("start"))
    return hits


_SAME_GOALS = re.compile(r"(?:,?\s+\w+){0,2}\s*")  # a goal named after one measured against, a word or two on


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end], between the nearest boundaries."""
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _BOUNDARY.finditer(text, end)), len(text))
    return left, right


@dataclass(frozen=True)
class _Candidate:
    """A number followed by a unit (or preceded by a rank cue)."""

    q: Quantity
    unit: _UnitWord
    unit_text: str
    power: int
    unit_end: int
    part: bool = False  # a bare number of a breakdown list, of the unit of the count before it

    @property
    def counts(self) -> bool:
        return self.unit.kind in ("measure", "count", "rank")


def _candidates(text: str, hits: list[_CueHit]) -> list[_Candidate]:
    """Numbers that may be indicator values: not dates, years or document numbers; a unit after them."""
    if not _DIGIT.search(text):
        return []  # no number at all, as in most sentences: nothing to exclude or measure
    # "8 - 9%" looks like a day and month; a unit after it says it is a range.
    excluded = [(d.start, d.end) for d in find_dates(text) if not d.relative and not _measured(text, d.end)]
    excluded += [(m.start(), m.end()) for m in itertools.chain(_time_matches(text), _DOCUMENT_NUMBER.finditer(text))]
    quantities = [q for q in find_quantities(text) if not any(s < q.end and q.start < e for s, e in excluded)]
    out: list[_Candidate] = []
    low = -1  # the index of the second number of a compound amount, read with the first
    for i, q in enumerate(quantities):
        if i == low or (q.out_of is not None and q.value > q.out_of):  # "30/12" is a date, not a share
            continue
        if i + 1 < len(quantities) and (compound := _compound_amount(text, q, quantities[i + 1])) is not None:
            low = i + 1
            out.append(compound)
            continue
        right_before = [h for h in hits if h.end <= q.start and not text[h.end : q.start].strip()]
        if any(h.role == "rank" for h in right_before) and not _STARS.match(text, q.end):  # "xếp hạng 5 sao": a rating
            out.append(_Candidate(q, _RANK, "thứ hạng", 0, q.end))
            continue
        if any(h.role == "not-after" for h in right_before):  # "lần thứ 12", "lớp 9", "quý 2", "bồn loại 2 m³"
            continue
        if q.percent and (
            _OF_POPULATION.match(text, q.end) or _PEOPLE_SHARE.search(text, max(0, q.start - 50), q.start)
        ):
            continue  # "đồng bào Khmer chiếm hơn 83% dân số": who lives there, no result
        if q.value == 1 and _PER.search(text, max(0, q.start - 8), q.start):
            continue  # "giá trị thu được trên 1 ha đất lâm nghiệp": the unit a rate is per, no value
        candidate = _unit_after(text, q)
        if candidate is None and i + 1 < len(quantities) and _RANGE_NEXT.match(text, q.end):
            high = _unit_after(text, quantities[i + 1])  # the low end of "8 - 9%" takes the unit of the high end
            candidate = high and _Candidate(q, high.unit, high.unit_text, high.power, q.end)
        if candidate is not None:
            out.append(candidate)
    if len(out) < len(quantities):
        out += _breakdown_items(text, quantities, out)
        out.sort(key=lambda c: c.q.start)
    return out


# An amount written in two multipliers: "1 tỷ 126 triệu đồng" (1,126 tỷ đồng), "2 triệu 500 nghìn đồng".
_HIGHER_MULTIPLIER = re.compile(
    rf"\s*(?P<word>{'|'.join(w for w, power in MULTIPLIERS.items() if power > 3)})\s+$", re.IGNORECASE
)


def _compound_amount(text: str, high: Quantity, low: Quantity) -> _Candidate | None:
    """The amount a number, its multiplier and a smaller number of the next lower multiplier make together."""
    word = _HIGHER_MULTIPLIER.fullmatch(text, high.end, low.start)
    if word is None or high.percent or high.out_of is not None or not 0 < low.value < 1000 or low.value % 1:
        return None
    power, _ = multiplier(word.group("word"))
    rest = _unit_after(text, low)
    if rest is None or rest.power != power - 3:
        return None
    unit_text = " ".join([word.group("word"), *rest.unit_text.split(maxsplit=1)[1:]])  # "triệu đồng" → "tỷ đồng"
    value = high.value + low.value / 1000
    whole = Quantity(high.start, low.end, text[high.start : low.end], value)
    return _Candidate(whole, rest.unit, unit_text, power, rest.unit_end)


# A list that breaks a counted whole down by kind, each part a few words and its bare number:
# "kỷ luật 27 đảng viên (khiển trách 18, cảnh cáo 5, khai trừ 3)", "…, trong đó: khiển trách 104, cảnh cáo 49".
_BREAKDOWN_ITEM = rf"[^\W\d][^\d(),;:.]{{1,30}}?\s{DIGITS}"
_BREAKDOWN = re.compile(
    rf"(?i)(?:\(|(?<!\w)(?:trong đó|gồm)\s*:?)\s*{_BREAKDOWN_ITEM}(?:\s*[,;]\s*{_BREAKDOWN_ITEM})+(?=\s*[),;.]|\s*$)"
)
_BREAKDOWN_END = re.compile(r"\s*(?:[),;.]|$)")  # a part's number ends its item
# A number after a capitalised word is part of a name: "6 KCN gồm Sóng Thần 1, Sóng Thần 2, …" lists parks, not counts.
_NAMED_NUMBER = re.compile(rf"(?<!\S)[{UPPER}][^\W\d{UPPER}]+\s+$")


def _breakdown_items(text: str, quantities: list[Quantity], counted: list[_Candidate]) -> list[_Candidate]:
    """The bare numbers of a breakdown list, each with the unit of the whole counted right before the list.

    Only a list right after a count (before its bracket, or in the same sentence before "trong đó") is one:
    a bare number elsewhere is a hamlet's, an article's or a road's number, no figure."""
    out: list[_Candidate] = []
    have = {c.q.start for c in counted}
    for m in _BREAKDOWN.finditer(text):
        whole = next((c for c in reversed(counted) if c.unit_end <= m.start() and c.unit.kind == "count"), None)
        if whole is None or (text[m.start()] == "(" and text[whole.unit_end : m.start()].strip()):
            continue
        for q in quantities:
            if (
                m.start() < q.start < m.end()
                and q.start not in have
                and _BREAKDOWN_END.match(text, q.end)
                and not _NAMED_NUMBER.search(text, max(0, q.start - 12), q.start)
            ):
                out.append(_Candidate(q, whole.unit, whole.unit_text, 0, q.end, part=True))
    return out


_VISITORS_BEFORE = re.compile(r"(?i)(?<!\w)khách(?!\w)[^\d,;.:()]{0,30}$")
_PHRASE_ENDS = re.compile(r"\s*(?:[,;.)]|$)")
# A series of visits: "lượt khách", or the visitors' figure in bare "lượt" ("lượng khách ước đạt 310.000 lượt").
_VISITS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:lượt khách|khách(?!\w)[^\d.:;]{0,30}\d[\d.,]*\s+lượt)(?!\w)(?:[^.:]|\.(?=\d)){0,150}$"
)


def _measured(text: str, pos: int) -> bool:
    """Does a unit follow pos ("%", "xã", "triệu đồng")?"""
    found = _unit_after(text, Quantity(pos, pos, "", 0, percent=text.startswith("%", pos)))
    return found is not None and found.unit.kind != "none"


def _unit_after(text: str, q: Quantity) -> _Candidate | None:
    if q.percent:
        of = _PERCENT_OF.match(text, q.end)  # "đạt 120% kế hoạch", "24,6%/năm"
        if of is None:
            return _Candidate(q, _PERCENT, "%", 0, q.end)
        relative = " ".join(of.group(1).split())
        return _Candidate(q, _PERCENT, "%/năm" if relative == "/năm" else f"% {relative}", 0, of.end())
    power, skip = multiplier(text[q.end :])
    found = _unit_words().match(text, q.end + skip)
    if found:
        m, word = found
        unit_text = " ".join(text[q.end : m.end()].split()) if power else word.unit
        if power and word.kind == "none":  # "5,84 triệu lượt": in millions it is no ordinal or award count
            word = replace(word, kind="measure")
        elif word.unit == "lượt" and (
            _VISITORS_BEFORE.search(text, max(0, q.start - 40), q.start)
            or (_VISITS_BEFORE.search(text, max(0, q.start - 150), q.start) and _PHRASE_ENDS.match(text, m.end()))
        ):
            # "khách quốc tế 48.600 lượt": visits of the visitors just named, no count of times; so is a bare
            # "lượt" ending its phrase in a series of visits ("đón 95.000 lượt khách; năm 2022 tăng lên 420.000 lượt"),
            # not one of something else ("…; tổ chức 12 lượt kiểm tra")
            word = replace(word, kind="count", unit="lượt khách", phrase="lượt khách")
            unit_text = word.unit
        return _Candidate(q, word, unit_text, power, m.end())
    if power:  # "45 triệu" with no currency after it is still an amount
        return _Candidate(q, _BARE_AMOUNT, text[q.end : q.end + skip].strip(), power, q.end + skip)
    return None


def _trim(words: str, head_too: bool = True) -> str:
    """Indicator words without subjects, cues, unit names and time expressions at their edges.

    Words after a count keep their head: "xã đạt chuẩn NTM" must not lose "đạt".
    """
    edges = _edge_regexes()
    gazetteer = default_gazetteer()
    previous = None
    while words != previous:
        previous = words
        words = edges.strip_tail(words.strip(" ,;:-\"'()"))
        edge = [t for t in _times(words) if (head_too and t.start == 0) or t.end == len(words)]
        if edge:
            words = words[: edge[0].start] + words[edge[0].end :]
        if head_too:
            words = edges.head.sub("", words, count=1)
            words = _DAY_AT_HEAD.sub("", words, count=1)  # "(đến) ngày 30/6/2026 giải quyết …": when, not what
            named = gazetteer.find_at_start(words)
            if named is not None:  # "huyện Thọ Xuân phấn đấu …"
                words = words[named[1] :]
            # "Thọ Xuân phấn đấu …", "Tam Điệp phấn đấu …": a proper name opens the clause as its subject
            bare = _PROPER_NAME.match(words)
            if bare:
                words = words[bare.end() :]
    return " ".join(words.split())


# ------------------------------------------------------------------------------------------------
# Reading a sentence


@dataclass
class _Paragraph:
    """What earlier sentences of a paragraph leave to later ones."""

    mode: str | None = None  # value type of the last strong cue
    topic: _Time | None = None  # the time expression that opened a sentence
    period: _Time | None = None  # the last period or term named: the span of a yearly average
    last: str | None = None  # value type of the last figure read
    whole: Observation | None = None  # the first figure of the last sentence that had one: what "Trong đó:" parts
    # an item of a list a paragraph before opened: its cue governs the item as its own would, whatever its time
    # ("… 22 chỉ tiêu chủ yếu, trong đó:", then "- Kết nạp 600 đảng viên mới trở lên trong nhiệm kỳ.")
    listed: bool = False
    # the unit whose head reports the paragraph's figures ("ông A, Chủ tịch UBND xã Ka Lăng báo cáo: …"): that of its
    # figures that name none, until one names a unit
    reporter: Unit | None = None
    # the last unit of each level the paragraph named, as written (kind, name, sentence): the one a level word alone
    # stands for ("… buổi giám sát tại xã Tân Đức. Ông A, Chủ tịch UBND xã báo cáo: …"), resolved only then
    named: dict[str, tuple[str, str, Sentence]] = field(default_factory=dict)


@dataclass
class _Found:
    obs: Observation
    start: int  # its phrase in the sentence
    end: int
    base: bool = False  # the base of a change, read as a figure of its own year: no whole that parts are of
    # the goal of the figure before it: no whole either ("…, vượt 7,5% mục tiêu (4 triệu lượt), trong đó …")
    aside: bool = False
    part: bool = False  # a quarter's figure of the year's before it ("- Quý I: 245,8 tỷ đồng;"): its whole stays
    change: bool = False  # by how much the figure before it changed ("…, tăng 10,8% so với cùng kỳ")

    @property
    def whole(self) -> bool:
        """Whether the parts a list gives after it may be its."""
        return not (self.base or self.aside or self.part or self.change)


class _Reader:
    """Reads the observations of one sentence."""

    def __init__(self, ctx: Context, subject: Unit, times: _ArticleTime, para: _Paragraph, sentence: Sentence):
        self.ctx, self.subject, self.times, self.para, self.sentence = ctx, subject, times, para, sentence
        self.text = sentence.text
        self.hits = _cue_hits(self.text)
        self.strong_hits = [h for h in self.hits if h.role in VALUE_TYPES and h.cue.value == STRONG]
        self.time_list = self.pointed_back(_times(self.text))
        self.found: list[_Found] = []
        self.candidates: list[_Candidate] = []
        self.qualifiers: list[tuple[int, int]] = []  # spans of comparisons read as part of a figure
        self.bases: list[tuple[int, int]] = []  # spans of the bases of changes ("từ 14,8% năm 2015")
        self.compared: list[tuple[float, str]] = []  # value and unit of each share of a plan read as a qualifier

    def pointed_back(self, times: list[_Time]) -> list[_Time]:
        """ "trong giai đoạn này": the period the paragraph named last, else its topic, else no time;
        "trong nhiệm kỳ": the term the paragraph named last ("nhiệm kỳ 2020 - 2025, Đảng bộ đã …"),
        else the article's."""
        out: list[_Time] = []
        for t in times:
            if t.term in ("this year", "next year"):
                if self.times.ref_year is None:
                    continue
                t = replace(t, year=self.times.ref_year + (t.term == "next year"), term=None)
            elif t.term == "in year":  # "Trong năm,": the year the paragraph speaks of, else the one reported on
                topic = self.para.topic
                year = topic.year if topic is not None and topic.year else self.times.reported_year
                if year is None:
                    continue
                t = replace(t, year=year, term=None)
            elif t.term == "this":
                earlier = self.para.period or self.para.topic
                if earlier is None:
                    continue
                t = replace(earlier, start=t.start, end=t.end)
            elif t.term == "last season":
                if (season := self.last_dry_season()) is None:
                    continue
                t = replace(t, period=season, term=None)
            elif t.term == "current":
                named = next((o for o in reversed(out) if _is_term(o.period)), self.para.period)
                if named is not None and _is_term(named.period):
                    t = replace(named, start=t.start, end=t.end)
            out.append(t)
        return out

    def last_dry_season(self) -> tuple[int, int] | None:
        """The dry season "mùa khô vừa qua" means: the one the paragraph named ("mùa khô 2022 - 2023, … Trong mùa khô
        vừa qua, …"), else the last to have ended by the article's date (they run from December to May)."""
        named = self.para.period
        if named is not None and named.period is not None and named.period[1] - named.period[0] == 1:
            return named.period
        if self.times.ref_year is None:
            return None
        end = self.times.ref_year - ((self.times.ref_month or 12) < 6)
        return end - 1, end

    def read(self) -> list[Observation]:
        self.candidates = candidates = [c for c in _candidates(self.text, self.hits) if c.counts]
        starts = [self.is_start_of_change(c, candidates[i + 1 :]) for i, c in enumerate(candidates)]
        owners: list[_Found] = []
        states_none = _STATES_NO_FIGURE.match(self.text) is not None  # a forecast, a supposition, who attended
        for i, c in enumerate(candidates):
            if c.unit.kind == "rank":
                self.read_rank(c)
            elif not states_none and (not starts[i] or self.own_year(c.unit_end) is not None):
                # The base of a change dated apart is a result of its own year: "giảm từ 39,2% năm 2021
                # xuống còn 16,4% năm 2025" reports both rates.
                previous = candidates[i - 1] if i else None
                read = len(self.found)
                self.read_value(c, previous, low=previous if previous and starts[i - 1] else None)
                for f in self.found[read:]:
                    f.base = starts[i]
                if (
                    previous
                    and previous.unit.kind == c.unit.kind == "count"
                    and _OWNERS_GAP.fullmatch(self.text, previous.unit_end, c.q.start)
                ):
                    # the owners of the things counted before ("47 sản phẩm OCOP của 26 chủ thể (6 sản phẩm 4 sao,
                    # …)"): a figure of its own, but what follows goes on with the count it qualifies
                    owners.extend(self.found[read:])
                    del self.found[read:]
        self.found.extend(owners)
        self.read_qualitative()
        self.remember()
        return [f.obs for f in self.found]

    def is_vote_share(self, clause: tuple[int, int], c: _Candidate) -> bool:
        """A share of the votes, not an indicator: "Với 100% đại biểu có mặt tán thành", "đạt 100% tổng số
        đại biểu có mặt", "biểu quyết thông qua … với tỷ lệ 100%", or a share right after the count it is of
        ("với 34/34 đại biểu có mặt tán thành, đạt tỷ lệ 100%")."""
        if _OF_DELEGATES.match(self.text, c.unit_end) or _VOTED_WITH.search(self.text, 0, c.q.start):
            return True
        return (
            _VOTE_COUNT.search(self.text, max(0, clause[0] - 60), clause[0]) is not None
            and _SHARE_OF_COUNT.fullmatch(self.text, clause[0], c.q.start) is not None
        )

    def read_rate_of_households(self, c: _Candidate, start: int, clause: tuple[int, int]) -> bool:
        """A share right after a count of poor or near-poor households is their rate, a figure of its own of the
        count's time and kind ("còn 5.076 hộ nghèo, chiếm 26,42% tổng số hộ", "hộ cận nghèo 127 hộ (12,14%)"): the
        rate is the headline measure of poverty, which the count only spells out. Other shares qualify the figure
        before them."""
        q = c.q
        if not (q.percent and self.found and self.chained(q.start)):
            return False
        counted = self.found[-1].obs
        between = self.text[start : q.start]
        if counted.unit_text != "hộ" or counted.indicator not in _RATES_OF_HOUSEHOLDS:
            return False
        if between.strip() and not _only_share_words(between):
            return False
        begin = self.words_start(_trim(between), start, q.start)
        end = max(self.right_words(c, clause[1])[1], self.comparator_after(c.unit_end)[1])
        obs = replace(
            counted,
            evidence=self.evidence(begin, end),
            indicator_text=f"tỷ lệ {counted.indicator_text.removeprefix('số ')}",
            value=q.value,
            unit_text=c.unit_text,
            unit_mult=c.power,
            area=self.area(clause[0], q.start),
            comparator=self.comparator(q.start, c.unit_end),
            out_of=q.out_of,
        )
        self.found.append(_Found(obs, begin, end))
        return True

    def read_households_of_rate(self, c: _Candidate, first: int, clause: tuple[int, int]) -> bool:
        """A count of households said to match the rate of poor or near-poor households just read is their
        number, of the rate's time and kind: "tỷ lệ hộ nghèo giảm còn 5,21% cuối năm 2023, tương ứng 702 hộ",
        "… 3,2% (còn 150 hộ)"."""
        if c.unit_text != "hộ" or c.q.percent or not self.found:
            return False
        rate = self.found[-1]
        if rate.obs.unit_text != "%" or rate.obs.indicator not in _RATES_OF_HOUSEHOLDS:
            return False
        if not _CORRESPONDING.fullmatch(self.text, rate.end, first):
            return False
        end = max(self.right_words(c, clause[1])[1], c.unit_end)
        obs = replace(
            rate.obs,
            evidence=self.evidence(rate.end, end),
            indicator_text=f"số {rate.obs.indicator_text.removeprefix('tỷ lệ ')}",
            value=c.q.value,
            unit_text=c.unit_text,
            unit_mult=c.power,
            comparator=self.comparator(c.q.start, c.unit_end),
            out_of=None,
        )
        self.found.append(_Found(obs, rate.end, end))
        return True

    def dates_an_event(self, t: _Time) -> bool:
        """Whether a time in brackets dates the event told before it ("được UNESCO ghi danh là Di sản thiên nhiên thế
        giới (tháng 9/2023), lượng khách … tăng nhanh: …"), not a period that what follows is of ("Giai đoạn I
        (2021 - 2025), huyện đã …")."""
        return bool(
            _OPENS_BRACKET.search(self.text, max(0, t.start - 4), t.start)
        ) and not _PERIOD_BEFORE_BRACKET.search(self.text, max(0, t.start - 48), t.start)

    def starts_from(self, t: _Time) -> bool:
        """Whether a year is the starting point its figure is told from ("đầu năm 2011 mới đạt 6/19 tiêu chí"):
        it dates that figure, not the paragraph's next ones."""
        return bool(_START_OF_YEAR.match(self.text, t.start))

    def state_at(self, t: _Time) -> bool:
        """Whether a year's end is the point its clause tells a state at ("tỷ lệ hộ nghèo cuối năm 2023 còn
        27,36%"), not a time opening the clause ("Cuối năm 2023, …", "Kết quả rà soát cuối năm 2022, …")."""
        if not _END_OF_YEAR.match(self.text, t.start):
            return False
        start, end = _clause(self.text, t.start, t.end)
        return _has_words(self.text, start, t.start) and any(t.end <= c.q.start < end for c in self.candidates)

    def own_year(self, pos: int) -> _Time | None:
        """The year of its own right after the figure ending at pos ("39,2% năm 2021", "5,82% (năm 2021)"); not one
        that labels a figure of its own in the bracket ("ước đạt 1.120 tỷ đồng (năm 2023 đạt 940 tỷ đồng)")."""
        for t in self.time_list:
            if t.year and (between := _TO_ITS_YEAR.fullmatch(self.text, pos, t.start)) is not None:
                labels = _LABELS_IN_BRACKET if "(" in between.group() else _LABELS
                return None if labels.match(self.text, t.end) else t
        return None

    def is_start_of_change(self, c: _Candidate, after: list[_Candidate]) -> bool:
        """The low end of "8 - 9%" or the base of "giảm từ 2,1% xuống còn 1,35%": read with the number after it."""
        if _RANGE_NEXT.match(self.text, c.q.end):
            return True
        if not _FROM.search(self.text, 0, c.q.start):
            return False
        # Past a year of its own in brackets, which closes no clause: "tăng từ 2.150 ha (năm 2020) lên 5.120 ha".
        own = self.own_year(c.unit_end)
        past = own.end + 1 if own is not None and self.text.startswith(")", own.end) else c.q.end
        clause_end = _clause(self.text, c.q.start, past)[1]
        return any(a.q.start < clause_end for a in after)

    # -- one number --------------------------------------------------------------------------------
    def read_value(self, c: _Candidate, previous: _Candidate | None, low: _Candidate | None) -> None:
        """A number with a unit; `low` is the low end or base it pairs with ("8 - 9%", "từ 2,1% xuống 1,35%")."""
        text, q = self.text, c.q
        clause = _clause(text, low.q.start if low else q.start, q.end)  # a base's year in brackets closes no clause
        if any(h.role == "background" and clause[0] <= h.start and h.end <= q.start for h in self.hits):
            return  # "… thay mặt cho hơn 9.600 đảng viên"
        if _REQUESTED.search(text, max(0, q.start - 120), q.start):
            return  # "kiến nghị tỉnh hỗ trợ 15,6 tỷ đồng": a sum asked for, neither got nor planned
        if q.percent and self.is_vote_share(clause, c):
            return
        if self.read_base_value(c, clause):
            return
        if c.unit_text == "tiêu chí" and _CRITERIA_MET_BY.search(text, max(0, q.start - 40), q.start):
            return  # "2 xã đạt dưới 15 tiêu chí": how many criteria the communes counted meet, no figure of its own
        first = low.q.start if low else q.start
        # Words before a number name it, from the clause start or from the end of a figure before it in the clause.
        host = self.naming_host(clause[0], first)
        start = previous.unit_end if previous and not low and previous.q.start >= host else host
        if self.read_rate_of_households(c, start, clause) or self.read_households_of_rate(c, first, clause):
            return
        left = _trim(text[start:first])
        right, right_end = self.right_words(c, clause[1])
        chained = self.chained(q.start)
        goal = self.goal_form(clause, c)
        aside = goal == "aside"
        # "tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến cuối nhiệm kỳ còn dưới 2%": the same indicator at a time of its own
        dated = not left and any(start <= t.start and t.end <= first for t in self.time_list)
        follows = self.next_of_series(c)
        in_series = not left and follows
        # … or after it, next in a series of the same unit: "đạt 1.150 ha (2021), 1.420 ha (2022)"
        dated_after = in_series and self.own_year(c.unit_end) is not None
        later = chained and (dated or dated_after)
        turned = self.turns_to_goal(start, first)
        new_level = chained and bool(_NEW_LEVEL.fullmatch(text, start, first))
        # a unit named between a figure and the one before it: another unit's figure, not a comparison of that one
        placed = chained and any(start <= s and e <= first for s, e, _, _ in self.ctx.gazetteer.find(text))
        if (
            chained
            and not aside
            and not later
            and not turned
            and not new_level
            and (
                (
                    left in ("", "tăng", "giảm", "cao", "thấp", "cao hơn", "thấp hơn")
                    and not right
                    and c.unit.kind == "measure"
                    and not placed  # another unit's: "toàn tỉnh có 24.000 ha chè, trong đó huyện Hoàng Su Phì đạt 6.000 ha"
                )
                or (c.q.percent and _only_share_words(text[start:first]))
                or (c.unit_text not in ("%", "%/năm") and c.q.percent and self.another_share(previous, start, first))
            )
        ):
            # A comparison qualifies the figure before it: "…, tăng 9,8% so với cùng kỳ", "…, bằng 145%
            # dự toán", "…, chiếm 77% tổng lượng khách", "…, đạt 76,5% mục tiêu Nghị quyết đến năm 2025";
            # a time in it is not the time of what follows.
            self.qualifiers.append((q.start, clause[1]))
            if c.q.percent and c.unit_text not in ("%", "%/năm"):  # "% dự toán", "% kế hoạch": a share of the plan
                self.compared.append((q.value, c.unit_text))
            elif c.unit_text == "%" and previous is not None:
                self.read_change_of_previous(c, previous, start, first, clause)
            return
        words = self.indicator_words(left, right, c)
        if chained and not left and not right and c.unit.kind == "count" and previous and previous.unit.kind == "count":
            # a count listed after another shares its verb: "kiểm tra 6 tổ chức đảng và 9 đảng viên" (not after an
            # amount, which names the count before it: "4 khu công nghiệp với tổng diện tích 1.600 ha và 3 cụm …")
            words = self.shared_verb(start, first) or words
        # "có thêm 3 sản phẩm OCOP, nâng tổng số lên 11 sản phẩm"
        inherited = self.total_of_previous(c, words, chained and _TOTAL.search(text, start, first) is not None)
        if inherited:
            words = f"tổng {inherited.indicator_text}"
        elif (inherited := self.new_level_of_count(c, words, text[clause[0] : first])) is not None:
            words = inherited.indicator_text
        # So is a figure named by nothing but its year, next in a series clause after clause: "Năm 2021, toàn
        # huyện có 33.650 ha điều; năm 2022 còn 33.120 ha và năm 2023 còn 32.870 ha".
        # A part of the year labels one the same way: "… lần lượt là: quý I đạt 8,2%; quý II 9,5%; quý III 10,4%", and
        # a place in a ranking: "huyện Gò Dầu xếp thứ hai (76,15 điểm); huyện Tân Biên đứng cuối với 68,90 điểm".
        ranked = any(h.role == "rank" and start <= h.start and h.end <= first for h in self.hits)
        series = not words and in_series and (dated or ranked or bool(_YEAR_PART_LABEL.fullmatch(text, start, first)))
        series = series or (not words and placed)  # the same indicator, of the unit named
        if (aside or later or series or (turned and not words)) and self.found:
            words = self.found[-1].obs.indicator_text  # "… mới đạt 16,5% (mục tiêu đến năm 2025 là 25%)"
        elif new_level and not words and self.found:
            words = _CHANGE_AT_END.sub("", self.found[-1].obs.indicator_text)  # "Tỷ lệ hộ nghèo giảm 4,6%, còn 17,45%"
        elif not words and c.unit.kind == "measure":
            # An amount with nothing before it but its verb is named after it ("thu hút hơn 250 triệu USD vốn
            # đầu tư trực tiếp nước ngoài"), else by the clause before ("giải ngân vốn đầu tư công còn chậm, mới
            # đạt 34% kế hoạch").
            words, right_end = self.words_after(c, clause[1])
            words = words or self.previous_clause_words(clause[0])
        labelled = False
        part = False  # a quarter's figure, named by the year's it is part of
        if not words:
            words = self.words_of_year_labelled(first)
            if not words:
                words = self.words_of_part_of_year(c)
                part = bool(words)
            labelled = bool(words)
        if not labelled and c.unit.kind == "measure" and (label := self.item_label(first)):
            words = words or label  # "Trong đó: - Ngân sách Trung ương, tỉnh: 78,6 tỷ đồng; - Nhân dân đóng góp: …"
            labelled = True
        named_by = f"{words} {c.unit_text}"  # what the indicator's concept is read from
        code = indicator_code(named_by) if words else None
        if code in (None, "other") and left and c.unit.kind == "count":
            # a count named by what it counts is known by what was done to it ("kiểm tra 3 đảng viên khi có
            # dấu hiệu vi phạm")
            code, named_by = _better_named(code, named_by, f"{left} {named_by}")
        if code in (None, "other") and c.unit.kind == "count" and (topic := self.list_topic(q.start)):
            # … else by the topic its list opens with: "Chương trình OCOP phát triển khá: năm 2021 huyện có 4 sản
            # phẩm được công nhận, năm 2022 có 7 sản phẩm"
            code, named_by = _better_named(code, named_by, f"{topic} {named_by}")
        if code in (None, "other") and len(words.split()) <= 3 and (field := _FIELD_OPENS.match(text, 0, first)):
            # … or, named by a word or two of what is measured, by the field its sentence opens with: "Với cây cao su,
            # tổng diện tích 19.640 ha"
            code, named_by = _better_named(code, named_by, f"{words} {field.group('field')} {c.unit_text}")
        value_type: str | None
        if c.unit_text in _GOAL_COUNTS and _GOALS_LEFT.match(text, c.unit_end):
            # "yêu cầu … hoàn thành 3 chỉ tiêu còn lại", "khắc phục 2 tiêu chí còn thiếu": how many are left, now
            value_type, sure = "achieved", STRONG
        elif goal:
            value_type, sure = "target", STRONG
        elif c.unit_text == "chỉ tiêu" and _GOALS_MET.match(text, c.unit_end):
            value_type, sure = "achieved", STRONG  # "đến nay có 16 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt"
        elif (
            self.found
            and self.found[-1].obs.unit_text == c.unit_text
            and (c.part or _PARTS_GO_ON.search(text, 0, clause[0]) is not None)
        ):
            # a part is of its whole's kind, and so is the next part of a list ("76 sản phẩm OCOP, trong đó 58 sản phẩm
            # từ chè; 01 sản phẩm đạt 5 sao …")
            value_type, sure = self.found[-1].obs.value_type, STRONG
        elif (whole := self.bracketed_whole(c)) is not None:
            value_type, sure = whole.value_type, STRONG
        else:
            value_type, sure = self.value_type(clause, q.start, c.unit_end)
            if labelled and sure == "none":
                # a figure its year labels is that year's: its time tells a result from a goal; an item's label
                # names it as one more of the paragraph's kind
                sure = WEAK
            elif sure == "none" and follows:
                # the next of a series is of the first's kind, dated or named by its own words ("hiện có 3.950 ha cà
                # phê, 820 ha hồ tiêu", "trong đó lúa nước 2.450 ha, mì 3.900 ha")
                value_type, sure = self.found[-1].obs.value_type, WEAK
        if value_type != "target" and sure != STRONG and self.due_ahead(c.unit_end, clause[1]):
            value_type, sure = "target", STRONG  # "… bàn giao 100% mặt bằng dự án cao tốc trước ngày 30/9"
        if not self.is_indicator_value(sure, c, code, value_type) and not (
            sure == WEAK and c.unit.kind == "count" and _MET_STANDARD.match(text, c.unit_end)
        ):
            return
        if not words:
            self.ctx.report("unknown-indicator", text[clause[0] : c.unit_end].strip(), self.sentence, "no words")
            return
        # A yearly rate belongs to a period, a count of programmes or breakthroughs to the term.
        # So does a figure of every year ("mỗi năm kết nạp từ 8 đảng viên mới trở lên"). A quantity each year
        # ("300.000 tấn/năm") does too, unless its sentence names its year.
        yearly = c.unit.scope == "yearly"
        per_year = (
            c.unit_text == "%/năm"
            or c.unit.scope == "term"
            or bool(_EVERY_YEAR.search(text, clause[0], q.start) or _FIVE_YEARS_SUM.search(text, clause[0], q.start))
        )
        reported = c.unit_end if value_type not in (None, "target") else None
        if goal == "congress":
            time: _Time | None = _Time(q.start, q.start, term="current")
        elif goal == "aside":
            # Its own time; else that of the goals the term's resolution set ("…, thấp hơn mục tiêu 12%/năm
            # mà Nghị quyết đề ra"); else the year's, like the result's ("cao hơn mục tiêu 8% đề ra từ đầu năm").
            own = next((t for t in self.time_list if clause[0] <= t.start and t.end <= clause[1]), None)
            own = own or self.time_of_plan_named(clause[0])
            terms = _TERM_OR_RESOLUTION_WORDS if per_year else _TERM_WORDS
            if own is None and terms.search(text, clause[0], clause[1]):
                own = _Time(q.start, q.start, term="current")
            time = own or self.time(clause, q.start, per_year, yearly=yearly)
        else:
            # The new value of a change looks after itself first: "giảm từ 41,27% năm 2020 xuống còn
            # 18,05% vào cuối năm 2024" (the time before it is the base's).
            reading = (c.unit_end, clause[1]) if low is not None else clause
            if low is not None:
                self.bases.append((low.q.start, q.start))
            # A year of its own in brackets is the figure's, though a clause of its own: "từ 5,82% (năm 2021)".
            time = self.own_year(c.unit_end) or self.time(
                reading, q.start, per_year, reported, certain=sure == STRONG, yearly=yearly
            )
        if sure == INHERITED and time in self.time_list and self.times.ref_year is not None:
            # "Phấn đấu … . Giai đoạn 2020 - 2025, thu nhập tăng lên 95 triệu": its own time decides a goal handed on;
            # results handed on stay results ("… ước đạt 32,5 triệu đồng. Tổng thu ngân sách … cả nhiệm kỳ đạt 236,4
            # tỷ đồng"), but for a plan its own words name ("Theo đó, tổng kế hoạch vốn đầu tư công năm 2024 … là")
            weak = self.weak_cues_before(clause, q.start)
            value_type = None if value_type == "target" else _unhedged(weak[-1].role) if weak else value_type
        # (a goal its clause says is planned is no level to keep, which a December review reports as kept: "Tổng kinh
        # phí dự kiến thực hiện kế hoạch là 12,5 tỷ đồng")
        hedged = sure == WEAK and not (value_type == "target" and self.plans(self.weak_cues_before(clause, q.start)))
        year, period, value_type = self.when(time, c.unit.scope, value_type, weak=hedged)
        if time not in self.time_list and self.named_by_cue(q.start) is not None:
            year, period = None, None  # "tổng mức đầu tư 486 tỷ đồng" in a December session is no figure of that year
        whole = self.whole_of_parts(q.start) if time is None else None
        if whole is not None and whole is self.para.whole:
            # The parts of the last sentence's figure, of no time of their own, are of its time: "… giai đoạn 2021 -
            # 2025 … là 486,35 tỷ đồng. Trong đó: vốn ngân sách tập trung 214,6 tỷ đồng; …".
            year, period = whole.year, whole.period
        if aside and time is None and self.found:
            # The plan of the result it follows, of no time of its own, is that result's: "ước đạt 8,12% (kế hoạch 8%)".
            year, period = self.found[-1].obs.year, self.found[-1].obs.period
        begin, end = self.words_start(left, start, first), max(right_end, self.comparator_after(c.unit_end)[1])
        obs = Observation(
            evidence=self.evidence(begin, end),
            indicator_text=words,
            indicator=inherited.indicator if inherited else self.concept(named_by, value_type),
            value=low.q.value if low and _RANGE_NEXT.match(text, low.q.end) else q.value,
            unit_text=c.unit_text,
            value_type=value_type,
            area=self.area(clause[0], q.start),
            unit_mult=c.power,
            comparator="at-least"
            if low and _RANGE_NEXT.match(text, low.q.end)
            else self.comparator(q.start, c.unit_end),
            year=year,
            period=period,
            out_of=q.out_of,
        )
        if aside:
            # Its time is the goal's, not that of the figures after it; nor is a plan word that opens it
            # ("(kế hoạch: 100 tỷ đồng)", a clause of its own) a cue of theirs.
            self.qualifiers.append((min(clause[0], self.found[-1].end), clause[1]))
        self.found.append(_Found(obs, begin, end, aside=aside, part=part))
        self.read_plan_reached(c, clause)

    def another_share(self, previous: _Candidate | None, start: int, first: int) -> bool:
        """Whether a share of a plan is the next of the shares right before it: "bằng 75,3% dự toán tỉnh giao và 62,1%
        dự toán huyện giao" (the second no figure either)."""
        return (
            previous is not None
            and self.qualifies(previous.q.start)
            and _LIST_JOIN.fullmatch(self.text, start, first) is not None
        )

    def read_change_of_previous(
        self, c: _Candidate, previous: _Candidate, start: int, first: int, clause: tuple[int, int]
    ) -> None:
        """ "ước đạt 3.215 tỷ đồng, tăng 10,8% so với cùng kỳ": by how much the figure before grew, a fact of its own.

        It is that figure's growth, as if the article had written "giá trị sản xuất tăng 10,8%": of its kind, time
        and area. The base it is compared with ("so với năm 2023") is no time of it."""
        verb = _CHANGE_OF_FIGURE.fullmatch(self.text, start, first)
        figure = self.found[-1] if self.found else None
        # the figure, or a share of its plan right after it ("đạt 6.215 tỷ đồng, đạt 74,3% dự toán, giảm 4,2% …")
        after_figure = figure is not None and (
            figure.start <= previous.q.start < figure.end
            or (figure.end <= previous.q.start and self.qualifies(previous.q.start))
        )
        if verb is None or figure is None or not after_figure:
            return
        of = figure.obs
        words = f"{of.indicator_text} {verb.group('verb').lower()}"
        end = clause[0] + len(self.text[clause[0] : clause[1]].rstrip())  # with its base: "… so với cùng kỳ"
        obs = replace(
            of,
            evidence=self.evidence(verb.start("verb"), end),
            indicator_text=words,
            indicator=self.concept(f"{words} {c.unit_text}", of.value_type),
            value=c.q.value,
            unit_text=c.unit_text,
            unit_mult=c.power,
            comparator=self.comparator(c.q.start, c.unit_end),
            out_of=c.q.out_of,
        )
        self.found.append(_Found(obs, verb.start("verb"), end, change=True))

    def read_plan_reached(self, c: _Candidate, clause: tuple[int, int]) -> None:
        """What a result reached is out of is its plan, a goal of the same indicator and time: "giải ngân
        đạt 684,3/776 tỷ đồng", "kết nạp đảng viên: đạt 4/8 đảng viên", "đạt 1.465 tấn/2.780 tấn". Not the total of
        what is counted ("hỗ trợ cho 146/420 hộ", "đạt 16/19 tiêu chí") or the top of a scale ("88,72/100 điểm")."""
        result = self.found[-1]
        if (
            c.q.percent
            or c.unit_text in _WHOLES
            or result.obs.value_type not in ("achieved", "estimated")
            or not _REACHED.search(self.text, clause[0], c.q.start)
        ):
            return
        plan = c.q.out_of if c.q.out_of is not None else self.over_plan_after(c)
        if plan is None:
            return
        obs = replace(result.obs, value=plan, out_of=None, value_type="target", comparator=None)
        self.found.append(_Found(obs, result.start, result.end, aside=True))

    def over_plan_after(self, c: _Candidate) -> float | None:
        """The figure of "/2.780 tấn" right after a figure's unit, in the same unit (a number after "/" is no
        quantity of its own: `find_quantities` leaves it to the number before it)."""
        over = _OVER.match(self.text, c.unit_end)
        if over is None or not self.text.startswith(c.unit_text, over.end()):
            return None
        try:
            return parse_decimal(over.group(1))
        except ValueError:  # "1,2,3" is no number
            return None

    def read_base_value(self, c: _Candidate, clause: tuple[int, int]) -> bool:
        """The value a comparison's base year had, in brackets after it, is a result of that year: "đạt 56,4 triệu
        đồng, gấp 1,46 lần năm 2020 (38,6 triệu đồng)" reports 38.6 million for 2020. Its unit is the figure's."""
        base = _BASE_VALUE.search(self.text, max(0, c.q.start - 40), c.q.start)
        compared = next((f for f in reversed(self.found) if not f.change), None)  # not its change ("tăng 20%")
        if base is None or compared is None or compared.obs.unit_text != c.unit_text or not self.chained(c.q.start):
            return False
        obs = replace(
            compared.obs,
            evidence=self.evidence(base.start("base"), c.unit_end),
            value=c.q.value,
            value_type="achieved",
            year=int(base.group("year")),
            period=None,
            comparator=None,
            out_of=c.q.out_of,
        )
        self.qualifiers.append((c.q.start, clause[1]))
        self.found.append(_Found(obs, base.start("base"), c.unit_end))
        return True

    def turns_to_goal(self, start: int, end: int) -> bool:
        """Whether a goal cue between a result and the next figure makes that figure the goal, not a comparison
        of the result: "hiện đạt 2.140 ha, hướng tới mục tiêu 3.000 ha vào năm 2025"."""
        cue = self.strong_cue(start, end)
        return (
            cue is not None and cue.role == "target" and bool(self.found) and self.found[-1].obs.value_type != "target"
        )

    def goal_form(self, clause: tuple[int, int], c: _Candidate) -> str | None:
        """A number whose form makes it a goal, whatever the cues around: "aside", "congress" or "within".

        - "aside": the goal of the figure right before it, so the same indicator's target (`goal_aside`).
        - "congress": the goals a congress set, counted, for the term ("Trong 21 chỉ tiêu chủ yếu Nghị
          quyết Đại hội đề ra, …", "Đại hội xác định 16 chỉ tiêu chủ yếu").
        - "within": the goals results are counted within ("Trong 22 chỉ tiêu …, có 20 …").
        Not the goals reached ("hoàn thành 21/23 chỉ tiêu Nghị quyết Đại hội đề ra").
        """
        if self.goal_aside(clause, c):
            return "aside"
        if c.unit_text != "chỉ tiêu" or c.q.out_of is not None:
            return None
        if _CONGRESS_SETS.search(self.text, clause[0], c.q.start):
            return "congress"
        if self.strong_cue(clause[0], c.q.start):
            return None
        if _CONGRESS_GOALS.match(self.text, c.unit_end):
            return "congress"
        return "within" if _WITHIN.search(self.text, clause[0], c.q.start) else None

    def goal_aside(self, clause: tuple[int, int], c: _Candidate) -> bool:
        """Whether a number gives the goal of the figure right before it: an aside in brackets ("tỷ lệ đô
        thị hóa mới đạt 16,5% (mục tiêu đến năm 2025 là 25%)"), or the goal a result is compared with
        ("…%/năm, thấp hơn mục tiêu 12%/năm mà Nghị quyết đề ra")."""
        if not self.found:
            return False
        compared = _GOAL_COMPARED.search(self.text, clause[0], c.q.start) and _SET_BY.match(self.text, c.unit_end)
        if compared or _GOAL_SET_IS.search(self.text, clause[0], c.q.start):
            return self.chained(clause[0])
        if _SHORT_OF_PLAN.search(self.text, clause[0], c.q.start):
            # the plan, if above the result ("mới đạt 83,5%, thấp hơn kế hoạch 88%"); else the shortfall
            result = self.found[-1].obs
            return self.chained(clause[0]) and (result.unit_text != c.unit_text or c.q.value > result.value)
        last = self.found[-1].end
        if _PLAN_OPENS.fullmatch(self.text, self.share_after(last), c.q.start):
            return True  # "đạt 7,8% (kế hoạch 7,5%)", "đạt 684,3 tỷ đồng, tương đương 88,2% (chỉ tiêu 95%)"
        if _PLAN_NEXT.fullmatch(self.text, last, c.q.start) and self.open_bracket(last) is not None:
            return True  # "chưa đạt (93,2%, chỉ tiêu 95%)": the plan after the result in its bracket
        bracket = self.bracket_before(clause[0])
        if bracket is None:
            return False
        if self.plan_named_before(bracket) and not self.text[clause[0] : c.q.start].strip():
            return True  # "…, đạt 82,4% chỉ tiêu cả nhiệm kỳ (500 đảng viên)": the plan's own figure
        if _SET_BEFORE.fullmatch(self.text, self.found[-1].end, bracket):
            return True  # "… tăng bình quân 16,8%/năm, vượt chỉ tiêu Nghị quyết đề ra (14%/năm)"
        if self.text[self.found[-1].end : bracket].strip():
            return False
        cue = self.strong_cue(clause[0], c.q.start)
        return cue is not None and cue.role == "target"

    def plan_named_before(self, bracket: int) -> re.Match[str] | None:
        """The plan named right before a bracket, whose figure the bracket then gives ("… chỉ tiêu cả nhiệm kỳ (")."""
        return _PLAN_JUST_NAMED.search(self.text, max(0, bracket - 60), bracket)

    def bracket_before(self, start: int) -> int | None:
        """Where the bracket a clause starting at start opens with stands, if it opens with one."""
        return start - 1 if start > 0 and self.text[start - 1] == "(" else None

    def open_bracket(self, pos: int) -> int | None:
        """Where the bracket pos stands in opens (one not closed before pos), else None."""
        bracket = self.text.rfind("(", 0, pos)
        return bracket if bracket >= 0 and self.text.find(")", bracket, pos) < 0 else None

    def share_after(self, end: int) -> int:
        """Where the share of the plan chained right after a figure ending at end ends ("…, tương đương 88,2%"),
        else end."""
        return next(
            (e for s, e in self.qualifiers if end <= s and _only_share_words(self.text[end:s])),
            end,
        )

    def gives_plan_named(self, pos: int) -> bool:
        """Whether a number is in the bracket after a plan a result is measured against, which gives the plan's
        figures: "so với mục tiêu của nghị quyết đến năm 2025 (1.000 ha chè VietGAP, 100 ha chè hữu cơ)"."""
        bracket = self.open_bracket(pos)
        named = self.plan_named_before(bracket) if bracket is not None else None
        return (
            bracket is not None
            and named is not None
            and _measured_against(self.text, named.start(), named.end())
            and not any(bracket < h.start < pos and h.role in VALUE_TYPES for h in self.hits)
        )

    def time_of_plan_named(self, start: int) -> _Time | None:
        """The time of the plan named right before the bracket a goal opens at start: "bằng 79% mục tiêu đến
        năm 2025 (60 triệu đồng)" is the goal for 2025, whatever time the result before it has."""
        bracket = self.bracket_before(start)
        named = self.plan_named_before(bracket) if bracket is not None else None
        if named is None:
            return None
        return next((t for t in reversed(self.time_list) if named.start() <= t.start and t.end < start), None)

    @staticmethod
    def is_indicator_value(sure: str, c: _Candidate, code: str | None, value_type: str | None) -> bool:
        """A strong cue in reach, a known indicator, a rate, a weak cue before an amount or a recognised indicator,
        or an amount among results ("… trồng rừng mới 612 ha, đạt 102% kế hoạch; khoanh nuôi tái sinh 1.540 ha").

        Anything else is a number in passing ("16.000 đảng viên" of a congress's delegates is not a result).
        """
        if sure in (STRONG, INHERITED) or code not in (None, "other") or c.q.percent:
            return True  # a percentage with words of its own is a rate ("100% hồ sơ … giải quyết đúng hạn")
        if c.unit.kind == "measure" and (sure == WEAK or value_type == "achieved"):
            return True
        return sure == WEAK and code == "other"

    def shared_verb(self, start: int, first: int) -> str | None:
        """The words of the count before, when only a conjunction stands between them and it is named by
        what was done to it ("kiểm tra 6 tổ chức đảng và 9 đảng viên"), not by what it counts."""
        previous = self.found[-1].obs
        between = self.text[start:first].strip(" ,")
        if between not in ("", "và") or previous.unit_text in ("%", None) or previous.indicator_text.startswith("số "):
            return None
        return previous.indicator_text

    def new_level_of_count(self, c: _Candidate, words: str, before: str) -> Observation | None:
        """A bare count the sentence's count of the same unit falls or rises to: "đầu năm 2022 toàn huyện có 3.412 hộ
        nghèo, …; đến cuối năm 2023 còn 2.486 hộ"."""
        if c.unit.kind != "count" or words != f"số {c.unit.phrase}" or not self.found or not _NOW_AT.search(before):
            return None
        # past the rate of that count ("… 3.412 hộ nghèo, chiếm 48,95%; … còn 2.486 hộ")
        previous = next((f.obs for f in reversed(self.found) if f.obs.unit_text != "%"), self.found[-1].obs)
        return previous if previous.unit_text == c.unit_text and previous.indicator_text != words else None

    def total_of_previous(self, c: _Candidate, words: str, chained: bool) -> Observation | None:
        """A bare count right after a count of the same unit, named a total, is its running total."""
        if c.unit.kind != "count" or not chained or words != f"số {c.unit.phrase}":
            return None
        previous = self.found[-1].obs
        return previous if previous.unit_text == c.unit_text else None

    def previous_clause_words(self, clause_start: int) -> str:
        """The words of the clause before, past an aside in brackets ("Tổng giá trị sản xuất (giá so sánh
        2010) ước đạt …")."""
        end = clause_start - 1
        if end > 0 and self.text[end] == ")":
            end = max(self.text.rfind("(", 0, end), 0)
        if end <= 0:
            return ""
        before = _clause(self.text, end, end)
        words = self.text[before[0] : end]
        # Its time aside, which names no other figure: "tăng trưởng giá trị sản xuất năm 2025 từng quý lần lượt là:"
        for t in reversed(_times(words)):
            words = f"{words[: t.start]} {words[t.end :]}"
        return "" if _DIGIT.search(words) else _trim(words)

    def read_rank(self, c: _Candidate) -> None:
        """ "đứng thứ 12 toàn tỉnh": the rank of the figure before, or a ranking of its own."""
        cue = next(h for h in reversed(self.hits) if h.role == "rank" and h.end <= c.q.start)
        scope = _RANK_SCOPE.match(self.text, c.q.end)
        rank_scope = scope.group(1).strip() if scope else None
        clause = _clause(self.text, cue.start, c.q.end)
        left = _trim(self.text[clause[0] : cue.start])
        if self.chained(cue.start) and (not left or self.found[-1].start >= clause[0]):
            self.found[-1].obs.rank, self.found[-1].obs.rank_scope = int(c.q.value), rank_scope
            return
        start, end = self.words_start(left, clause[0], cue.start), scope.end() if scope else c.q.end
        about = _RANK_ABOUT.match(self.text, end)
        if not left and about:  # "xếp thứ 2/26 huyện, thị xã, thành phố về chỉ số cải cách hành chính"
            left, end = _trim(about.group(1)), about.end()
        if not left and not self.found:  # "Chỉ số … (DDCI) năm 2022 của thị xã đứng thứ 5 toàn tỉnh"
            left = _trim(re.sub(r"[()]", " ", self.text[: cue.start]))
            start = self.words_start(left, 0, cue.start)
        if not left:
            return
        year, period, _ = self.when(self.time(clause, c.q.start), "year", "achieved")
        obs = Observation(
            evidence=self.evidence(start, end),
            indicator_text=left,
            indicator=self.concept(f"xếp hạng {left}", "ranking"),
            value=c.q.value,
            unit_text="thứ hạng",
            value_type="ranking",
            area=self.area(clause[0], cue.start),
            year=year,
            period=period,
            out_of=c.q.out_of,
            rank=int(c.q.value),
            rank_scope=rank_scope,
        )
        self.found.append(_Found(obs, start, end))

    def read_qualitative(self) -> None:
        """A goal that a unit itself meets a standard: "… đề ra 34 chỉ tiêu, trong đó …; Huyện đạt chuẩn NTM, …",
        "phấn đấu đến năm 2023 xã đạt chuẩn nông thôn mới", "Đến năm 2025, huyện Thanh Ba được công nhận đạt chuẩn
        huyện NTM"; of no year past (what a unit has met is told by the ceremony that recognises it)."""
        if not words_of(self.text) & _QUALITATIVE_WORDS:
            return  # most sentences: no item of the kind to look for
        for m in re.finditer(r"[^,;.:]+", self.text):
            item = _QUALITATIVE.fullmatch(m.group(0))
            if item is None:
                continue
            if item.group("what").lower().startswith("hoàn thành") and not item.group("kind"):
                # "… phấn đấu hoàn thành huyện nông thôn mới vào năm 2023, Đảng bộ huyện tiếp tục …": finishing the
                # programme, told in passing, unless the unit it is of opens the item ("Huyện hoàn thành …")
                continue
            kind = item.group("kind") or item.group("level") or self.subject.kind
            if not self.names_itself_or_a_part(kind, item.group("name")):
                continue
            # a goal its item's cue, its sentence's or its paragraph's says ("Năm 2024, phấn đấu …. Đến năm 2025, …")
            hit = self.strong_cue(m.start(), m.start() + item.start("what")) or self.governing(m.start())
            planned = hit is not None and (hit.role == "target" or self.planned_ahead(hit))
            if not planned and self.para.mode != "target":
                continue
            time = self.time((m.start(), m.end()), m.start())
            if time is None and item.group("purpose"):
                continue  # "… hoàn thành các tiêu chí còn lại để về đích nông thôn mới đúng hẹn": a purpose of no year
            year, period, _ = self.when(time, "year", "target")
            last, ref = (period[1] if period else year), self.times.ref_year
            if last is not None and ref is not None and last < ref:
                continue
            words = " ".join(m.group(0).split())
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            obs = Observation(
                evidence=self.evidence(start, m.end()),
                indicator_text=words,
                indicator=self.concept(words, "target"),
                value=1,
                unit_text=key(kind),
                value_type="target",
                area=self.subject,
                year=year,
                period=period,
            )
            self.found.append(_Found(obs, start, m.end()))

    def names_itself_or_a_part(self, kind: str, name: str | None) -> bool:
        """ "Huyện đạt chuẩn NTM" or "huyện Thanh Ba …" in that district's article; "xã Quang Sơn đạt chuẩn …" in its
        district's or city's."""
        if name is None or key(name.strip()) == key(self.subject.name):
            return key(kind) == key(self.subject.kind)
        return KINDS.get(key(kind), ("", ""))[1] == "commune" and self.subject.level == "district"

    def concept(self, words: str, value_type: str) -> str:
        """The indicator concept; words without one are reported, so the scheme can grow."""
        code = indicator_code(words, value_type) or "other"
        if code == "other":
            self.ctx.report("unknown-indicator", words, self.sentence)
        return code

    def evidence(self, start: int, end: int) -> Evidence:
        return evidence(self.ctx.article, self.sentence, self.sentence.start + start, self.sentence.start + end)

    # -- words -------------------------------------------------------------------------------------
    def right_words(self, c: _Candidate, stop: int) -> tuple[str, int]:
        """Words after the unit that belong to the indicator ("xã đạt chuẩn NTM nâng cao"), and their end."""
        if (
            c.unit.kind == "measure"
            and not c.q.percent
            and (c.power or c.unit.unit in ("đồng", "USD", "lần", "điểm", ""))
        ):
            return "", c.unit_end  # amounts and ratios are named before the number
        return self.words_after(c, stop)

    def words_after(self, c: _Candidate, stop: int) -> tuple[str, int]:
        """The words after the unit up to where an indicator's name stops, and their end."""
        quoted = _QUOTED.match(self.text, c.unit_end)
        if quoted:  # a rating: "27 tổ chức cơ sở đảng “Hoàn thành tốt nhiệm vụ”"
            rating = quoted.group(1)
            return _trim(rating[:1].lower() + rating[1:], head_too=False), quoted.end()
        while m := _NOUN_LIST.match(self.text, stop):
            stop = _clause(self.text, m.end(), m.end())[1]
        begin = c.unit_end
        if (owners := _OWNED_BY.match(self.text, begin, stop)) and (
            owner := _unit_words().match(self.text, owners.end(), stop)
        ):
            begin = owner[0].end()
        tail = self.text[begin:stop]
        if c.q.percent and c.unit_text != "%":
            return "", c.unit_end  # "đạt 120% kế hoạch" is relative to the plan, not a share of something
        cut = _RIGHT_STOP.search(tail)
        tail = " ".join(tail[: cut.start() if cut else len(tail)].split()[:10])
        end = self.text.find(tail, begin) + len(tail) if tail else c.unit_end
        if out_of := _OUT_OF_IN_WORDS.search(tail):
            tail = tail[: out_of.start()]
        return _trim(tail, head_too=False), end

    @staticmethod
    def indicator_words(left: str, right: str, c: _Candidate) -> str:
        if c.unit.kind == "count":
            # "giải quyết việc làm cho 1.200 lao động": the words before name it; otherwise the
            # counted thing does ("02 xã đạt chuẩn NTM nâng cao", "13 nhiệm vụ trọng tâm").
            if left and not right and c.unit.phrase == c.unit.unit:
                return left
            return " ".join(f"số {c.unit.phrase} {right}".split())
        if c.q.percent and not left and right:
            return f"tỷ lệ {right}"  # "100% xã đạt chuẩn nông thôn mới"
        return " ".join(f"{left} {right}".split())  # "xây dựng 12,5 km đường giao thông nông thôn"

    def words_start(self, left: str, clause_start: int, first: int) -> int:
        if left:
            found = self.text.find(left.split()[0], clause_start, first)
            if found >= 0:
                return found
        return first

    # -- value type --------------------------------------------------------------------------------
    def strong_cue(self, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> _CueHit | None:
        """The first strong value-type cue in text[start:end], outside `skip`: the verb that governs what follows it.

        "với mục tiêu hoàn thành vượt mức 27/27" is a goal; "đạt và vượt các mục tiêu đề ra" a result.
        """
        return next(
            (h for h in self.strong_hits if start <= h.start and h.end <= end and not skip[0] <= h.start < skip[1]),
            None,
        )

    def named_by_cue(self, pos: int) -> _CueHit | None:
        """A strong cue that names the figure at pos, a word or two before it: it decides that figure, whatever
        governs its clause, and the figure has no time but one its sentence names ("đã điều chuyển 212 tỷ đồng và
        quyết định chủ trương đầu tư 3 dự án với tổng mức đầu tư gần 680 tỷ đồng": what a project is to cost)."""
        return next(
            (
                h
                for h in self.strong_hits
                if h.cue.names and h.end <= pos and _FEW_WORDS.fullmatch(self.text, h.end, pos)
            ),
            None,
        )

    def governing(self, end: int) -> _CueHit | None:
        """The cue an earlier clause hands on: its first strong cue, if it comes before the clause's own numbers.

        A cue after the numbers describes them ("19/21 chỉ tiêu … đề ra", "2 huyện được công nhận") and
        governs nothing further.
        """
        if not self.strong_hits:
            return None  # most sentences: no clause to look at
        cues = []
        for start, stop in self.clauses:
            if stop > end:
                break
            first_number = next((c.q.start for c in self.candidates if start <= c.q.start < stop), stop)
            if self.qualifies(first_number) or self.closed_before(start, end):
                # a clause read as part of the figure before it is not the verb of what follows, nor one in a
                # bracket closed since ("… (mục tiêu Nghị quyết: 100% vào năm 2025); tỷ lệ che phủ rừng năm 2023 …")
                continue
            hit = self.strong_cue(start, first_number)
            if hit is not None and not self.closed_before(hit.start, end):
                # (nor a cue in a bracket of the clause: "Thực hiện Nghị quyết … (đặt mục tiêu trồng mới 6.000 ha …),
                # huyện đã kiện toàn …")
                cues.append(hit)
        return cues[-1] if cues else None

    @cached_property
    def brackets(self) -> list[tuple[int, int]]:
        """The spans of the sentence's brackets, "(" to ")"."""
        return [m.span() for m in _BRACKETED.finditer(self.text)] if "(" in self.text else []

    def closed_before(self, pos: int, end: int) -> bool:
        """Whether pos lies in a bracket that closes before end: what it says stays inside it."""
        return any(o < pos < c <= end for o, c in self.brackets)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """The sentence cut at its boundaries (asked for every number and cue: computed once)."""
        cuts = [0, *(m.end() for m in _BOUNDARY.finditer(self.text)), len(self.text)]
        return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]

    def value_type(self, clause: tuple[int, int], pos: int, unit_end: int) -> tuple[str | None, str]:
        """(value type or None, how sure: strong | inherited | weak | none).

        In order: a strong cue before the number in its clause, one handed on by an earlier clause, a
        cue of the words that open a list ("kết quả năm 2023 của xã: …"), the figure a part ("trong
        đó …") belongs to, the paragraph's cue; then the clause's own words: a weak cue before the
        number, a strong one after it ("19/21 chỉ tiêu đạt và vượt"), a weak one after it; last, a
        qualifier chained after it ("… 3.250 lao động, đạt 108,3% kế hoạch").
        """
        hit = (
            self.named_by_cue(pos)
            or self.goal_list(pos)
            or self.strong_cue(clause[0], pos, skip=self.said_of_item_before(clause[0], pos))
        )
        if hit:
            return ("target" if self.planned_ahead(hit) else hit.role), STRONG
        if self.gives_plan_named(pos):
            return "target", STRONG
        if summed := self.summed_up(unit_end):
            # the figures a lead lists, then says what they are: "Tăng trưởng kinh tế từ 7,2% trở lên, thu nhập … 74
            # triệu đồng … là những chỉ tiêu nổi bật được … đề ra cho năm 2025"
            return ("achieved" if summed.group("done") else "target"), STRONG
        if _PLAN_OPENS.match(self.text, unit_end):
            # A figure its own goal follows in brackets is a result, whatever goal list or paragraph it stands in
            # ("Các chỉ tiêu … bám sát lộ trình: tỷ lệ … đạt 92% (mục tiêu 95%)").
            return "achieved", STRONG
        # "ước" hedges its own clause only; further on it is a result like any other.
        hit = self.governing(clause[0]) or self.list_cue(pos)
        if hit and not (hit.role == "target" and self.now_before(clause[0], pos)):
            # "được giao chỉ tiêu cấp 1.200 giấy, đến nay mới cấp được 846 giấy": what is done by now is no goal
            return ("target" if self.planned_ahead(hit) else _unhedged(hit.role)), STRONG
        part_of = next((f.obs.value_type for f in reversed(self.found) if f.whole), self.para.last)
        if part_of and _PART.match(self.text, clause[0]):  # "… 16 chỉ tiêu chủ yếu. Trong đó, …"
            return part_of, STRONG
        whole = self.whole_of_parts(pos)
        if whole and whole.value_type:
            # "… đạt hơn 412,6 tỷ đồng, trong đó: vốn … là 186,4 tỷ đồng; …", also in a sentence of its own
            return whole.value_type, STRONG
        before = self.weak_cues_before(clause, pos)
        done = not before and _DONE_BEFORE.search(self.text, max(0, pos - 30), pos) is not None
        if self.para.mode and not (done and not self.para.listed):
            if self.para.mode != "target" and self.plans(before):
                # among results, what a clause says is planned is a goal: "Tổng kinh phí dự kiến 73,92 tỷ đồng",
                # "Kế hoạch vốn đầu tư công năm 2023 của huyện là 308,5 tỷ đồng" (not a level kept: "duy trì 72,5%"), "kế
                # hoạch năm 2024 huyện trồng mới 520 ha"
                return "target", STRONG
            # (a goal only: what a list of results, or of resolutions passed, says of each item is its own)
            return self.para.mode, STRONG if self.para.listed and self.para.mode == "target" else INHERITED
        # the cues after the unit, which is no cue itself ("19/21 chỉ tiêu")
        after = [h for h in self.hits if unit_end <= h.start and h.end <= clause[1] and h.role in VALUE_TYPES]
        # After its number "đã" is the tense of what the counted do ("5 xã … đã ký cam kết"), not a result.
        strong_after = [h for h in after if h.cue.value == STRONG and h.cue.phrase != "đã"]
        if done:
            # "mới giải ngân được 9,4% kế hoạch vốn": a verb with "được" says what was done, whatever a sentence before
            # set out to do ("… năm tăng tốc để hoàn thành kế hoạch. Tính đến ngày 15/8, thành phố mới giải ngân được …")
            return "achieved", STRONG
        if self.plans(before):
            return "target", WEAK
        for found, sure in ((before[-1:], WEAK), (strong_after, STRONG), (after, WEAK)):
            if found:
                return ("target" if self.planned_ahead(found[0]) else found[0].role), sure
        if (total := _TOTAL_IS.search(self.text, max(0, pos - _TOTAL_REACH), pos)) is not None:
            # "Năm 2023, tổng kinh phí bồi thường, hỗ trợ và tái định cư đã chi trả là 58,6 tỷ đồng": a total
            # stated is a result, unless it is what was allotted or proposed ("tổng nguồn vốn … giao cho huyện
            # là 62,74 tỷ đồng"); "là" alone is too common a word to mark one.
            return ("target", STRONG) if _ALLOTTED.search(total.group(0)) else ("achieved", WEAK)
        # A place in a ranking is earned: "xếp thứ hai (76,15 điểm)", "đứng cuối với 68,9 điểm".
        host = self.host_start(clause[0])
        if any(h.role == "rank" and host <= h.start and h.end <= pos for h in self.hits):
            return "achieved", WEAK
        qualifier = self.qualifier_cue(clause[1])
        if qualifier:
            return _unhedged(qualifier.role), WEAK
        # Among the paragraph's results, a figure no word marks is one more ("… đạt 58,7%. Tỷ lệ hộ nghèo
        # giảm còn 17,26%."); its time may still make it a goal.
        # So is one after a result of its own sentence: "… trồng rừng mới 612 ha, đạt 102% kế hoạch; khoanh nuôi tái
        # sinh 1.540 ha".
        last = self.found[-1].obs.value_type if self.found else self.para.last
        if last in ("achieved", "estimated"):
            return "achieved", "none"
        return None, "none"

    def planned_ahead(self, hit: _CueHit) -> bool:
        """Whether a result's cue stands after a year ahead the sentence opens with: "Đến năm 2025, huyện Thanh Ba được
        công nhận đạt chuẩn huyện NTM; thu nhập … đạt 65 triệu đồng/năm" in 2024 says what is to be ("đã" would not)."""
        ref = self.times.ref_year
        return (
            hit.role == "achieved"
            and ref is not None
            and not hit.cue.phrase.startswith("đã")
            and any(
                t.deadline and (t.year or 0) > ref and t.end <= hit.start and not _names_document(self.text, t)
                for t in self.opening_times()
            )
        )

    def now_before(self, start: int, pos: int) -> bool:
        """Whether "đến nay", "hiện nay" … stands in text[start:pos], or a day before the article's month that what
        follows is counted up to ("đến ngày 31/01/2024 giải ngân đạt 81,7%" in a March report)."""
        if any(t.term == "now" and start <= t.start < pos for t in self.time_list):
            return True
        year, month = self.times.ref_year, self.times.ref_month
        if year is None or month is None:
            return False
        return any((d.year or year, d.month) < (year, month) for d in self.days_after(_UP_TO_DAY, start, pos))

    def days_after(self, cue: re.Pattern[str], start: int, end: int) -> Iterator[DateMention]:
        """The days written (not "hôm nay") in text[start:end] right after a cue: "đến ngày 31/01/2024", "trước ngày
        30/9". The cue is searched in the few words before each day."""
        for d in find_dates(self.text):
            if start <= d.start < end and not d.relative and cue.search(self.text, max(0, d.start - 24), d.start):
                yield d

    def said_of_item_before(self, clause_start: int, pos: int) -> tuple[int, int]:
        """The words said of the figure before a number at pos in its clause, up to the "và" joining the two:
        "được công nhận" in "3 sản phẩm được công nhận OCOP và thu nhập bình quân đạt 72 triệu đồng" is not
        the second figure's cue."""
        before = [c for c in self.candidates if clause_start <= c.q.start and c.unit_end <= pos]
        joins = list(_AND.finditer(self.text, before[-1].unit_end, pos)) if before else []
        return (before[-1].unit_end, joins[-1].start()) if joins else (pos, pos)

    def goal_list(self, pos: int) -> _CueHit | None:
        """The goal cue of a list the number is an item of: "phấn đấu hoàn thành các chỉ tiêu năm 2023, trong
        đó: tăng trưởng đạt 8,2%; thu ngân sách đạt và vượt dự toán 79,3 tỷ đồng; …". Every item is a goal,
        whatever verb it says the goal with ("đạt và vượt" is then the level aimed at, not one reached)."""
        opener = self.list_opener(pos)
        if opener is None:
            return self.goal_items(pos)
        start, colon = opener
        hit = self.strong_cue(start, colon) or self.governing(start)
        return hit if hit is not None and hit.role == "target" else None

    def goal_items(self, pos: int) -> _CueHit | None:
        """The goal cue a sentence opens with, of items it goes on with after semicolons: "… yêu cầu …, phấn đấu
        đến ngày 31/12 giải ngân đạt trên 95% kế hoạch vốn; thu ngân sách cả năm đạt và vượt dự toán 300 tỷ đồng;
        …" (a list without a colon)."""
        semicolon = self.text.find(";", 0, pos)
        if semicolon < 0 or self.closed_before(semicolon, pos):
            return None
        first_number = next((c.q.start for c in self.candidates if c.q.start < semicolon), semicolon)
        hit = self.strong_cue(0, first_number)
        if hit is None or hit.role != "target" or self.closed_before(hit.start, semicolon):
            return None  # (a goal in brackets is an aside of the opening clause: "Thực hiện Nghị quyết … (đặt mục tiêu …)")
        # An item that says when, or that it is done or estimated, is a result beside the goal: "Năm 2024, huyện phấn
        # đấu có thêm 8 sản phẩm OCOP; đến thời điểm này đã có 5 sản phẩm được công nhận".
        item = self.text.rfind(";", 0, pos)
        told = (
            self.now_before(item, pos)
            or any(item <= t.start < pos for t in self.time_list)
            or any(
                item <= h.start < pos and (h.role == "estimated" or h.cue.phrase.startswith(("đã", "hiện")))
                for h in self.strong_hits
            )
        )
        return None if told else hit

    def whole_of_parts(self, pos: int) -> Observation | None:
        """The figure whose parts a list a number at pos is in gives ("…, trong đó: …"): the sentence's first
        before the list, else the last sentence's ("… đạt 5.120 ha. Trong đó: …"); not a change's base."""
        opener = self.list_opener(pos)
        while opener is not None and not _PART.match(self.text, opener[0]) and _IN_LIST.search(self.text, 0, opener[0]):
            # an item's label ("trong đó: tàu dài từ 6 m đến dưới 12 m: 4.128 chiếc; …") in a list an earlier colon
            # opened
            opener = self.list_opener(self.text.rfind(":", 0, opener[0]) + 1)
        if opener is None or not _PART.match(self.text, opener[0]):
            return None
        before = [f for f in self.found if f.start < opener[0]]
        if before:
            whole = next((f.obs for f in before if f.whole), None)
            # The goals a count of goals lists ("còn 2 chỉ tiêu không đạt, gồm: diện tích … mới đạt 1.250/2.000 ha")
            # are no parts of its figure: each item's own words say what its figure is.
            return None if whole is not None and whole.unit_text in _GOAL_COUNTS else whole
        # else the last sentence's; else, the list opening its paragraph, the part before, of the whole's kind
        return self.para.whole or (self.found[-1].obs if self.found else None)

    @cached_property
    def summaries(self) -> list[re.Match[str]]:
        """The sentence's clauses that say what figures are ("… là những chỉ tiêu nổi bật …"): asked for each figure's
        kind and time, found once."""
        return list(_SUMMED_UP.finditer(self.text))

    def summed_up(self, pos: int) -> re.Match[str] | None:
        """The clause after the sentence's last figure that says what the figures before it are ("… là những chỉ tiêu
        nổi bật …"), if the first such after pos is one."""
        summed = next((m for m in self.summaries if m.start() >= pos), None)
        return summed if summed and all(c.q.start < summed.start() for c in self.candidates) else None

    def due_ahead(self, start: int, end: int) -> bool:
        """Whether a day of the article's month or later, with no year, is what a figure is due by: "bàn giao 100% mặt
        bằng trước ngày 30/9" in a September article."""
        month = self.times.ref_month
        if month is None:
            return False
        due = next(self.days_after(_DUE_BY, start, end), None)
        return due is not None and due.year is None and due.month >= month

    def bracketed_whole(self, c: _Candidate) -> Observation | None:
        """The count a bracket right after it breaks down, when c is one of its parts: "47 sản phẩm OCOP của 26 chủ thể
        (6 sản phẩm 4 sao, 41 sản phẩm 3 sao)"."""
        opened = next((o for o, e in self.brackets if o < c.q.start < e), None)
        if opened is None or c.unit.kind != "count":
            return None
        whole = next((f for f in reversed(self.found) if f.end <= opened), None)
        if whole is None or whole.obs.unit_text != c.unit_text:
            return None
        if any(
            (h.role == "target" or (h.role in VALUE_TYPES and h.cue.value == STRONG)) and opened < h.start < c.q.start
            for h in self.hits
        ):
            # the plan in brackets after a result: "…, vượt 40% kế hoạch (kế hoạch 20 sản phẩm)"; what has been
            # done so far after a goal: "phấn đấu đón 180.000 lượt khách (6 tháng đầu năm đã đón hơn 96.000 lượt)"
            return None
        # nothing between but words, or whose the counted things are ("… của 26 chủ thể"): no clause, no list
        gap = _OWNED_BY.sub(" ", self.text[whole.end : opened])
        return whole.obs if not _CHAIN_BREAK.search(gap) and not _DIGIT.search(gap) and len(gap.split()) <= 6 else None

    def list_opener(self, pos: int) -> tuple[int, int] | None:
        """(start, colon) of the clause whose colon opens the list a number at pos is in."""
        colon = self.text.rfind(":", 0, pos)
        if colon < 0:
            return None
        if self.closed_before(colon, pos):
            return None  # the colon of a closed bracket opens no list after it: "… (kế hoạch: 100 tỷ đồng); …"
        return _clause(self.text, colon, colon)[0], colon

    def list_topic(self, pos: int) -> str:
        """The words of the clause whose colon opens the list a number at pos is in, else of a clause without figures
        that opens the sentence and a semicolon closes ("Chương trình OCOP có bước phát triển; đến nay huyện có 12
        sản phẩm đạt chuẩn"), or ""."""
        opener = self.list_opener(pos)
        if opener:
            return self.text[opener[0] : opener[1]].strip()
        heading = _HEADING_CLAUSE.match(self.text, 0, pos)
        return heading.group(1) if heading else ""

    def list_cue(self, pos: int) -> _CueHit | None:
        """The cue of the clause that ends at the colon opening the list a number is in: a strong cue, or
        a weak one that names what is listed ("thông tin kết quả năm 2023 của xã: …"), not a verb ("Dự
        hội nghị có các đồng chí: …")."""
        opener = self.list_opener(pos)
        if opener is None:
            return None
        start, colon = opener
        hits = [h for h in self.hits if start <= h.start and h.end <= colon and h.role in VALUE_TYPES]
        if hits and self.is_label(start, hits[0], colon, pos):
            return None
        for i, h in enumerate(hits):
            if h.cue.value == STRONG:
                return h
            if h.cue.phrase in _LIST_NOUNS:
                # "một số chỉ tiêu đạt thấp so với yêu cầu: …": a verb after the noun says what is listed.
                return next((v for v in hits[i + 1 :] if v.role != h.role), h)
        return None

    def is_label(self, start: int, first: _CueHit, colon: int, pos: int) -> bool:
        """Whether a list noun opening a clause labels the one item after its colon, whose own cue says what its
        figure is: "- Chỉ tiêu trồng rừng tập trung: đạt 86 ha" (a result, not a goal)."""
        return (
            first.cue.phrase in _LIST_NOUNS
            and _LABEL_START.fullmatch(self.text, start, first.start) is not None
            and any(colon < h.start and h.end <= pos and h.role in VALUE_TYPES for h in self.hits)
        )

    def qualifier_cue(self, clause_end: int) -> _CueHit | None:
        """A value-type cue that opens the clause chained after a number's ("…, đạt 108,3% kế hoạch")."""
        comma = _COMMA.match(self.text, clause_end)
        if comma is None:
            return None
        plan = _PLAN_NEXT.match(self.text, clause_end)
        if plan is not None and _DIGIT.match(self.text, plan.end()):
            return None  # "(93,2%, chỉ tiêu 95%)": the plan's own figure follows, no cue of the result's
        return next((h for h in self.hits if h.start == comma.end() and h.role in VALUE_TYPES), None)

    # -- time --------------------------------------------------------------------------------------
    def time(
        self,
        clause: tuple[int, int],
        pos: int,
        per_year: bool = False,
        reported: int | None = None,
        certain: bool = False,
        yearly: bool = False,
    ) -> _Time | None:
        """The time of a number at pos: in its clause (before it, then after it), then the nearest earlier in
        its sentence, then the paragraph's topic.

        A yearly average ("giảm bình quân 0,5%/năm") belongs to a period, so only periods and terms count
        for it, and without one it belongs to the term. A quantity each year ("300.000 tấn/năm", `yearly`)
        takes any time its sentence names, and without one belongs to the period or the term too. The time
        of a goal a result is measured against is not the result's ("18/25 chỉ tiêu đạt và vượt mục tiêu đề
        ra đến năm 2025": `reported` is where the result's unit ends); nor is an earlier time after the
        article's date, when a strong cue says it is a result (`certain`: "…, tầm nhìn đến năm 2045, huyện đã
        có 18/25 chỉ tiêu"); nor the time of the base of a change (`bases`: "giảm từ 14,8% năm 2015 xuống còn
        4,93%").
        """
        times = [t for t in self.figure_times if not per_year or t.period or t.term not in (None, "end", "now")]
        times = [t for t in times if not self.qualifies(t.start) and not self.in_base(t.start)]
        inside = [t for t in times if clause[0] <= t.start and t.end <= clause[1]]
        left = [t for t in inside if t.end <= pos]
        right = [t for t in inside if t.start >= pos and not (reported and self.goal_between(reported, t.start))]
        earlier = [t for t in times if t.end <= clause[0]]
        # "Năm 2025 là năm cuối của giai đoạn I (2021 - 2025); huyện phấn đấu …": a time in brackets after
        # the sentence's own describes what it follows, and does not date what comes after it.
        opening = self.opening_times() if earlier else []
        # "…, đầu năm 2011 mới đạt 6/19 tiêu chí, …": a starting point dates its own figure, unless it opens the sentence
        earlier = [
            t
            for i, t in enumerate(earlier)
            if not (t.aside and (i or self.dates_an_event(t))) and not (self.starts_from(t) and t not in opening)
        ]
        # "Nhiệm kỳ 2020 - 2025, …, đến năm 2025 đạt …; xã đạt chuẩn NTM trong năm 2021; có ít nhất 2 thôn …": a
        # time that closes a part of a list dates that part, and neither it nor the times before it date the
        # parts after it, but for the sentence's opening time
        closing = [i for i, t in enumerate(earlier) if self.closes_part(t)]
        if closing:
            earlier = [t for i, t in enumerate(earlier) if i > closing[-1] or t in opening]
        # "Đến năm 2025: tốc độ tăng trưởng … bình quân giai đoạn 2021 - 2025 đạt 11%/năm; thu nhập … đạt 110 triệu
        # đồng": the period of a yearly average in an earlier part of the list dates that average alone (and the
        # averages after it: "… bình quân giai đoạn 2021 - 2025 đạt 7,5%/năm; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm")
        if not (per_year or yearly):
            earlier = [t for t in earlier if not self.dates_an_earlier_average(t, clause[0])]
        if reported is not None and certain and self.times.ref_year is not None:
            earlier = [t for t in earlier if (t.period[1] if t.period else t.year or 0) <= self.times.ref_year]
        # "…, 24,8 tỷ đồng, thực hiện 2025 - 2026": when the work a figure is of is done, said in the clause after it
        done_in = [t for t in times if t.start >= clause[1] and _DONE_IN.fullmatch(self.text, clause[1], t.start)]
        # "… là những chỉ tiêu nổi bật được … đề ra cho năm 2025": the time of what the figures are said to be
        summed = self.summed_up(pos)
        summed_in = [t for t in times if summed and t.start >= summed.end()]
        for group, pick in ((left, -1), (right, 0), (done_in, 0), (summed_in, 0), (earlier, -1)):
            if group:
                return group[pick]
        if per_year or yearly:  # "5 năm thực hiện …, nhiệm kỳ 2015 - 2020, … Tốc độ tăng … đạt 11,2%/năm"
            return self.para.period or _Time(pos, pos, term="current")
        return self.para.topic

    @cached_property
    def figure_times(self) -> list[_Time]:
        """The sentence's times that may date a figure (asked for every figure: computed once). Not the horizon of the
        plan a figure is told under ("… Nghị quyết số 09-NQ/HU về phát triển sâm Ngọc Linh giai đoạn 2021 - 2025, định
        hướng đến năm 2030, diện tích sâm đạt 115 ha"), nor the period of the criteria it is counted by ("đạt 19/19
        tiêu chí theo Bộ tiêu chí … giai đoạn 2021 - 2025")."""
        return [
            t for t in self.time_list if not _horizon_of_document(self.text, t) and not _names_criteria(self.text, t)
        ]

    def goal_time(self, times: list[_Time]) -> _Time | None:
        """The year a goal cue names right after it ("mục tiêu năm 2025", "phấn đấu đến năm 2030")."""
        goals = [h for h in self.strong_hits if h.role == "target"]
        near = next((t for h in goals for t in times if t.year and h.end <= t.start <= h.end + _GOAL_TIME_REACH), None)
        if near is not None or not goals or self.found or not self.text.rstrip().endswith(":"):
            return near
        # A sentence that opens a list of goals and names one year after its cue, however far: "Trên cơ sở kết quả đạt
        # được, hội nghị thống nhất điều chỉnh một số chỉ tiêu đến cuối năm 2025:"
        after = [t for t in times if t.year and t.start >= goals[0].end]
        return after[0] if len(after) == 1 else None

    def closes_part(self, t: _Time) -> bool:
        """Whether a time ends a part of a list after what it dates ("…; xã đạt chuẩn NTM trong năm 2021; có ít
        nhất 2 thôn …"): it is that part's own, and the parts after it are not of its year. A time opening a
        part ("…; năm 2025, thu nhập …") heads what follows."""
        return bool(_CLOSES_PART.match(self.text, t.end)) and bool(
            _WORD_BEFORE.search(self.text, self.item_start(t.start), t.start)
        )

    def qualifies(self, pos: int) -> bool:
        """Whether pos lies in a clause read as part of the figure before it (a comparison or a goal aside)."""
        return any(s <= pos < e for s, e in self.qualifiers)

    def in_base(self, pos: int) -> bool:
        """Whether pos lies in the base of a change read so far ("từ 14,8% năm 2015" before "xuống còn …")."""
        return any(s <= pos < e for s, e in self.bases)

    def goal_between(self, start: int, end: int) -> bool:
        """Words of a goal in text[start:end], a cue or not ("vượt mục tiêu đề ra" sets no goal but names one)."""
        return bool(_goal_words().search(self.text, start, end))

    def opening_times(self) -> list[_Time]:
        """Times in the clause that opens the sentence, or that opens what it reports ("… cho biết: năm 2023, …");
        a year only before the clause's first figure: in "Tỷ lệ hộ nghèo giảm từ 39,2% năm 2021 xuống còn
        16,4% năm 2025" the years date the figures, and neither opens the sentence."""
        if not self.time_list:
            return []  # most sentences: no time, no clause to look at
        starts = [0, *(m.end() for m in re.finditer(r":", self.text))]
        if (field := _FIELD_OPENS.match(self.text)) is not None:
            starts.append(field.end())  # "Về sản xuất nông nghiệp, đến năm 2025 huyện …": the field names no time
        clauses = [(s, _clause(self.text, s, s)[1]) for s in starts]
        figures = [c.q.start for c in self.candidates]
        return [
            t
            for t in self.time_list
            if any(s <= t.start < e and not (t.year and any(s <= f < t.start for f in figures)) for s, e in clauses)
        ]

    def when(
        self, found: _Time | None, scope: str, value_type: str | None, weak: bool = False
    ) -> tuple[int | None, tuple[int, int] | None, str]:
        """(year, period, value type): the time of a value, and the type the time implies when no cue gave one.

        Without a time in the text, a target is for the article's plan year and a result, or a figure no cue
        marks, for its date (a January report looks back on the year before). Nothing for a later year can have been reached,
        nor, on a weak cue ("năm 2024, … đạt 8%"), the year a report of its first months plans for
        (though its first quarter may have been: "quý I năm 2021, … đạt 9,99%").
        """
        ref, early = self.times.ref_year, (self.times.ref_month or 12) <= 3
        reported = value_type not in (None, "target")
        now = self.times.now_year
        if found is not None and (found.term == "now" or (found.term == "half" and reported)):
            year, period = now, None  # "đến nay có 6 xã …", "qua nửa nhiệm kỳ, huyện đạt 16/24 chỉ tiêu": as of now
        elif found is not None and found.term == "end":
            term = self.times.term_period()
            year, period = (term[1] if term else None), None
        elif found is not None and found.span:
            year, period = None, None
            if ref is not None:
                period = (ref, ref + found.span) if found.ahead else (ref - found.span, ref)
        elif found is not None and found.term == "since":
            since = found.year or 0
            year, period = (None, (since, ref)) if ref is not None and ref > since else (since, None)
        elif found is not None and found.term:
            year, period = None, self.times.term_period(found.term)
            if reported and found.term == "current" and period and ref is not None and period[0] >= ref:
                # A result of a term that starts this year is of the one it ends: "Tổng thu ngân sách … cả nhiệm kỳ
                # đạt 236,4 tỷ đồng" at the congress that opens the next
                period = self.times.term_period("past")
        elif found is not None:
            year, period = found.year, found.period
        elif scope == "term":
            year, period = None, self.times.term_period()
        elif value_type == "target":
            year, period = self.times.plan_year, None
        else:
            year, period = self.times.reported_year, None
        if value_type is None and found is not None and found.term == "now":
            value_type = "achieved"  # "Hiện nay, toàn huyện có 93 cơ sở lưu trú": what is, even in a plan
        elif value_type is None:
            last = period[1] if period else year
            early_in_it = early and not (found is not None and found.first_quarter)
            # (a year's end still ahead is later too: "Đến cuối năm 2024, giảm tỷ lệ hộ nghèo … còn dưới 1%" in July)
            ahead = early_in_it or (found is not None and self.by_year_end_ahead(found))
            later = last is None or ref is None or last > ref or (last == ref and ahead)
            value_type = "target" if later else "achieved"
        elif (
            value_type != "target"
            and found is not None
            and ref is not None
            and (_first_year(found) > ref or (weak and early and found.year == ref and not found.first_quarter))
        ):
            value_type = "target"  # (nor a period all ahead: "tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 12%/năm")
        elif (
            value_type == "target"
            and weak
            and (self.gone_by(found.year) if found is not None else self.gone_by(year, 12))
        ):
            # with no time of its own, only a December review looks back on a level kept as kept ("Tỷ lệ che phủ rừng
            # duy trì ở mức 53%"); in October "tập trung thực hiện 9 nhóm nhiệm vụ" is still to do
            value_type = "achieved"
        return year, period, value_type

    def by_year_end_ahead(self, t: _Time) -> bool:
        """Whether a time is a deadline at the end of the article's year, still ahead ("Đến cuối năm 2024" in July)."""
        return (
            t.deadline
            and (self.times.ref_month or 12) < 12
            and _BY_YEAR_END.search(self.text, t.start, t.end) is not None
        )

    def gone_by(self, year: int | None, late: int = _LATE_MONTH) -> bool:
        """A year before the article's, or its own in a report from October on: "Tỷ lệ che phủ rừng (năm
        2023) duy trì ở mức 66,2%" in a December 2023 review reports what was kept, though "duy trì" and
        "đảm bảo" are weak words of a goal."""
        ref = self.times.ref_year
        if not year or ref is None:
            return False
        return year < ref or (year == ref and (self.times.ref_month or 0) >= late)

    # -- area and chaining -------------------------------------------------------------------------
    def area(self, start: int, pos: int) -> Unit:
        """The unit a number at pos is about: named in its clause, or a level word there ("toàn tỉnh có
        thêm 22 xã", "Năm 2024, huyện phấn đấu …"); else the unit of the figure before it in the sentence
        ("… của huyện Quỳnh Lưu ước đạt 9,1%; thu ngân sách đạt 586 tỷ đồng"); else the article's."""
        found = self.ctx.gazetteer.find(self.text)
        start, gloss = self.host_start(start), (0, 0)
        if (closed := self.text[:start].rstrip()).endswith(")") and not _DIGIT.search(
            self.text, opened := max(closed.rfind("("), 0), len(closed)
        ):
            # past a bracket that glosses ("tổng sản phẩm trên địa bàn tỉnh (GRDP) ước đạt 7,26%"); a place it
            # names is where, not whose ("đỉnh Tà Chì Nhù (xã Xà Hồ) vẫn đón khoảng 9.800 lượt khách")
            start, gloss = _clause(self.text, opened, opened)[0], (opened, len(closed))
        listed = [(s, e, k, n) for s, e, k, n in found if start <= s and e <= pos and not gloss[0] <= s < gloss[1]]
        # (units listed together share the figure, which is then their parent's: "Hai khu tái định cư tại xã Hòa Xuân
        # Tây và xã Hòa Tân Đông đã hoàn thành khoảng 85% khối lượng")
        if listed and not (
            len(listed) > 1
            and listed[-2][2] == listed[-1][2]  # of one kind: "xã Long Tân, huyện Dầu Tiếng" says where the commune is
            and _LIST_JOIN.fullmatch(self.text, listed[-2][1], listed[-1][0])
        ):
            return self.ctx.named_unit(*listed[-1][2:], self.sentence)
        level = _LEVEL_WORD.search(self.text, start, pos) or _LEVEL_SUBJECT.match(self.text, start, pos)
        if level:
            return self.level_unit(level.group(1), level.start(1))
        if self.found:
            return self.found[-1].obs.area
        # the subject that opens the sentence ("Đến ngày 10/8, xã đã phối hợp kiểm kê, đo đạc được 91,2 ha"),
        # or whom its instructions are for
        if opener := _LEVEL_SUBJECT.match(self.text, 0, start) or _ADDRESSEE.search(self.text, 0, start):
            return self.level_unit(opener.group(1), opener.start(1))
        addressed = [(k, n) for s, _, k, n in found if s < start and _ADDRESSED.search(self.text, 0, s)]
        if addressed:
            return self.ctx.named_unit(*addressed[-1], self.sentence)
        # whose figures the head of a unit reports ("Chủ tịch UBND xã Bình Hoà Nam Huỳnh Văn Lượm cho biết, tổng
        # nguồn vốn … là 86,4 tỷ đồng")
        if (reporter := self.reporting_unit(start)) is not None:
            return reporter
        return self.para.reporter or self.subject

    def reporting_unit(self, pos: int) -> Unit | None:
        """The unit in the title of whoever reports, before pos: "Chủ tịch UBND xã Bình Hoà Nam Huỳnh Văn Lượm cho
        biết, …", "ông A, Chủ tịch UBND xã Ka Lăng báo cáo: …", "ông B, Chủ tịch UBND xã báo cáo: …"."""
        found = self.ctx.gazetteer.find(self.text)
        reporter = [(k, n) for _, e, k, n in found if e <= pos and _REPORTED_BY.match(self.text, e, pos)]
        if reporter:
            return self.ctx.named_unit(*reporter[-1], self.sentence)
        level = next(
            (m for m in _HEAD_OF_LEVEL.finditer(self.text, 0, pos) if _REPORTED_BY.match(self.text, m.end(), pos)), None
        )
        return self.level_unit(level.group(1), level.start(1)) if level else None

    def host_start(self, clause_start: int) -> int:
        """Where the clause starts whose bracket a clause opens, else where it starts itself: a figure in
        brackets is said of what its host names ("huyện Gò Dầu xếp thứ hai (76,15 điểm)")."""
        if self.text[:clause_start].rstrip().endswith("("):
            return _clause(self.text, clause_start - 1, clause_start - 1)[0]
        return clause_start

    def naming_host(self, clause_start: int, first: int) -> int:
        """Where the words naming a figure at `first` start: its clause's start, but for a figure in brackets said of
        what its host names: a unit ("…, tiếp theo là huyện Châu Thành (90,12 điểm)"), or, when the bracket holds only
        the figure, the host's words with no figure of their own ("Cơ cấu gồm nhãn (6.200 ha), xoài (4.350 ha), …"),
        unless they end on a place's name ("các xã Quài Tở (412 ha)": whose, not what). Otherwise the bracket is said
        of the figure before ("…, vượt chỉ tiêu tỉnh giao (giảm 5%)", "… đạt 18.650 ha (tăng 5%)")."""
        host = self.host_start(clause_start)
        if host == clause_start:
            return clause_start
        if any(host <= s and e <= clause_start for s, e, _, _ in self.ctx.gazetteer.find(self.text)):
            return host
        words = self.text[host:clause_start].rstrip(" (").split()
        if (
            not self.text[clause_start:first].strip()
            and words
            and not words[-1][:1].isupper()
            and not any(host <= c.q.start < clause_start for c in self.candidates)
        ):
            return host
        return clause_start

    def level_unit(self, word: str, pos: int = 0) -> Unit:
        """The unit a level word ("huyện", "xã") at pos stands for: the last of that level the sentence named
        before it ("Ông A, Chủ tịch UBND huyện Kiến Xương cho biết, năm 2024 huyện …"), else the article's own."""
        if word.lower() == "thành phố":
            # a city is a district of its province ("năm 2023 thành phố ước thu …" in a ward's article) or a
            # province of its own (Hà Nội)
            city = self.ctx.unit_at("district", "thành phố") or self.ctx.province
            return city if city is not None and city.kind == "thành phố" else self.subject
        at = _LEVELS[word.lower()]
        named = [
            (k, n) for s, _, k, n in self.ctx.gazetteer.find(self.text) if s < pos and _LEVELS.get(k.lower()) == at
        ]
        if named:
            return self.ctx.named_unit(*named[-1], self.sentence)
        if (unit := self.ctx.unit_at(at)) is not None:
            return unit
        if (earlier := self.para.named.get(at)) is not None:
            return self.ctx.named_unit(*earlier)
        # "xã" in a district's article about its work with one commune: that commune.
        own = self.ctx.only_commune if at == "commune" and self.subject.level == "district" else None
        return own or self.subject

    def chained(self, pos: int) -> bool:
        """Does an observation of this sentence end just before pos ("…53,2 triệu đồng/năm, gấp 1,3 lần")?"""
        return self.follows(pos, _CHAIN_BREAK)

    def words_of_year_labelled(self, first: int) -> str:
        """The indicator of a figure its year labels in a bracket: the figure's before the bracket ("… ước đạt 2.850
        tỷ đồng (năm 2021: 820 tỷ đồng; năm 2022: 960 tỷ đồng; …)"), else the words before it ("Diện tích cao su
        tăng đều (năm 2021: 15.420 ha; năm 2022: …)"); in a list of the parts of a figure, the whole's ("bố trí
        46,8 tỷ đồng hỗ trợ …, trong đó: năm 2021: 8,5 tỷ đồng; năm 2022: …")."""
        bracket = self.open_bracket(first)
        if bracket is None:
            whole = self.whole_of_parts(first)
            if whole is None or not _YEAR_LABEL.search(self.text, self.item_start(first), first):
                return ""
            return whole.indicator_text
        if not _YEAR_LABEL.search(self.text, max(bracket, self.item_start(first)), first):
            return ""  # (the label's colon ends a clause: the item starts after the bracket or the last ";")
        before = [f for f in self.found if f.end <= bracket]
        if before and not self.text[before[-1].end : bracket].strip():
            return before[-1].obs.indicator_text
        return _trim(self.text[_clause(self.text, bracket, bracket)[0] : bracket])

    def words_of_part_of_year(self, c: _Candidate) -> str:
        """The indicator of a quarter's or half-year's figure, one item a line of a list of them after the year's
        ("… ước đạt 1.186,4 tỷ đồng. Kết quả thu theo từng quý như sau:", then "- Quý I: 245,8 tỷ đồng;"): the
        year's figure's, of which it is a part."""
        whole = self.para.whole
        if not self.para.listed or whole is None or whole.unit_text != c.unit_text:
            return ""
        item = _PART_OF_YEAR_ITEM.fullmatch(self.text, 0, c.q.start)
        return f"{whole.indicator_text} {' '.join(item.group('part').split())}" if item is not None else ""

    def item_label(self, first: int) -> str:
        """The label of a list item whose figure follows its colon: "- Ngân sách Trung ương, tỉnh: 78,6 tỷ đồng"."""
        m = _ITEM_LABEL.search(self.text, self.item_start(first), first)
        return _trim(m.group("label")) if m is not None else ""

    def dates_an_earlier_average(self, t: _Time, pos: int) -> bool:
        """Whether a period dates the yearly average of a part of a list that ends before pos, and that alone: "…, giai
        đoạn 2021 - 2023 diện tích trồng rừng bình quân đạt 1.050 ha/năm; tỷ lệ che phủ rừng đạt 40,5%" (not the
        period the words that open a list name, "Nhiệm kỳ 2020 - 2025, …, trong đó: tăng trưởng bình quân 9%/năm; …", nor
        one that opens a clause: "Giai đoạn 2016 - 2018, kinh tế tăng trưởng bình quân 10,2%/năm; tỷ lệ hộ nghèo …")."""
        if t.period is None or _COMMA.match(self.text, t.end):
            return False
        end = self.text.find(";", t.end, pos)
        return end >= 0 and ":" not in self.text[t.end : end] and "/năm" in self.text[t.end : end]

    def item_start(self, pos: int) -> int:
        """Where the part of a list pos is in starts: after the last ";" before it, else at the sentence's start."""
        return self.text.rfind(";", 0, pos) + 1

    def next_of_series(self, c: _Candidate) -> bool:
        """Does an observation in the same unit end shortly before c, in the same sentence, a clause or two before?"""
        return bool(self.found) and self.found[-1].obs.unit_text == c.unit_text and self.follows(c.q.start, _LIST_BREAK)

    def follows(self, pos: int, breaks: re.Pattern[str]) -> bool:
        """Does the sentence's last observation end a few words (times aside) before pos, with no break between?"""
        if not self.found:
            return False
        end = self.found[-1].end
        for at, clause_end in sorted(self.qualifiers):
            # past the shares that qualify it: "đạt 402,6 tỷ đồng, bằng 75,3% dự toán tỉnh giao và 62,1% dự toán huyện
            # giao, tăng 18%"
            if end <= at < pos and len(self.text[end:at].split()) <= 2:
                end = min(max(end, clause_end), pos)
        gap = self.text[end:pos]
        return not breaks.search(gap) and len(_TIME.sub(" ", gap).split()) <= 8

    def comparator(self, start: int, unit_end: int) -> str | None:
        before = [
            h for h in self.hits if h.role == "before" and h.end <= start and not self.text[h.end : start].strip()
        ]
        return before[-1].cue.value if before else self.comparator_after(unit_end)[0]

    def weak_cues_before(self, clause: tuple[int, int], pos: int) -> list[_CueHit]:
        """The weak value-type cues of the clause before pos ("đạt", "kế hoạch")."""
        return [
            h
            for h in self.hits
            if clause[0] <= h.start and h.end <= pos and h.role in VALUE_TYPES and h.cue.value == WEAK
        ]

    def plans(self, before: list[_CueHit]) -> bool:
        """Whether the weak cues of a clause before its figure say it is planned: the last names a plan ("Tổng kinh phí
        dự kiến 73,92 tỷ đồng"), or names work a plan before it sets ("kế hoạch năm 2022 huyện trồng mới 520 ha rừng",
        "giao kế hoạch trồng mới 2.700 ha"; not "đã trồng mới")."""
        if not before or before[-1].cue.phrase in _NAMES_A_PLAN:
            return bool(before)
        verb = before[-1]
        return (
            verb.cue.role == "achieved"
            and verb.cue.names
            and any(h.cue.phrase in _NAMES_A_PLAN for h in before[:-1])
            and _DONE_WORD.search(self.text, before[0].end, verb.start) is None
        )

    def comparator_after(self, unit_end: int) -> tuple[str | None, int]:
        """ "5,6% trở lên": the comparator after the unit, and where it ends."""
        after = [
            h
            for h in self.hits
            if h.role == "after" and h.start >= unit_end and not self.text[unit_end : h.start].strip()
        ]
        return (after[0].cue.value, after[0].end) if after else (None, unit_end)

    def remember(self) -> None:
        """Hand the sentence's governing cue and its topic time on to the rest of the paragraph.

        The topic is the time that opens the sentence, else the one year the sentence speaks of.
        """
        strong = self.governing(len(self.text))
        if strong is None and self.text.rstrip().endswith(":"):
            # A list opened on lines of their own by what it lists: "Kết quả bắt giữ qua từng năm như sau:", then
            # "Năm 2021: 812 vụ, …" (a weak cue that names a list governs its items as a strong one would).
            strong = self.list_cue(len(self.text.rstrip()))
        if strong is not None and not (self.para.listed and strong.cue.phrase in _ALLOTMENTS):
            # (what one item of a list was allotted is said of that item: "- Tổng vốn được giao 658,4 tỷ đồng …", then
            # "- Hỗ trợ đất ở cho 118 hộ …" is no goal)
            self.para.mode = _unhedged(strong.role)
            if self.para.mode == "target" and any(f.obs.value_type not in (None, "target") for f in self.found):
                # Results first, then the goal they fall short of ("đến nay có 15 xã đạt chuẩn …; mục tiêu
                # Nghị quyết đến năm 2025 có 20 xã đạt chuẩn"): the goal is a comparison, and hands nothing on. So
                # with the goals set, then how many were met: "Nghị quyết đề ra 8 chỉ tiêu, đến nay có 6 chỉ tiêu
                # đạt và vượt. Sau 5 năm, toàn huyện có 3.215 hộ thoát nghèo" tells results.
                self.para.mode = None
        for _, _, kind, name in self.ctx.gazetteer.find(self.text):
            if (level := _LEVELS.get(kind.lower())) is not None:
                self.para.named[level] = (kind, name, self.sentence)
        # Whose head reports it, the rest of the paragraph is that unit's, until a figure names another.
        if any(f.obs.area != self.para.reporter for f in self.found):
            self.para.reporter = None
        if (reporter := self.reporting_unit(len(self.text))) is not None:
            self.para.reporter = reporter
        if self.found and not all(f.part for f in self.found):  # the year's figure stays the whole of its quarters
            self.para.last = self.found[-1].obs.value_type
            self.para.whole = next((f.obs for f in self.found if f.whole), None)
        # A count since a year ("Từ năm 2021 đến nay, huyện thu hút 18 dự án") is no time for what follows,
        # nor the year of a change's base ("giảm từ 14,8% năm 2015 xuống còn 4,93%").
        # Nor is a time that names a document ("Thực hiện Nghị quyết số 06-NQ/HU … giai đoạn 2021 - 2025, năm 2023 …"),
        # nor the starting point a figure is told from ("đầu năm 2011 mới đạt 6/19 tiêu chí"), nor the point a state is
        # told at ("tỷ lệ hộ nghèo cuối năm 2023 còn 27,36%").
        times = [
            t
            for t in self.time_list
            if t.term != "since"
            and not self.in_base(t.start)
            and not _names_document(self.text, t)
            and not self.starts_from(t)
            and not self.state_at(t)
        ]
        opening = [t for t in self.opening_times() if t in times]
        # A time that opens the last part of a list ("Năm 2021, huyện đón 95.000 lượt khách; năm 2022 …; năm 2023
        # ước đạt 812.000 lượt") is the one the next sentence goes on about ("Trong đó, khách quốc tế …").
        parts = [t for t in times if not t.deadline and _PART_OPENS.search(self.text, max(0, t.start - 3), t.start)]
        if opening and parts and parts[-1].start > opening[0].start:
            self.para.topic = parts[-1]
        elif opening:
            self.para.topic = opening[0]
        elif (
            len(dated := [t for t in times if not t.deadline]) == 1
            and dated[0].year
            and all(self.own_year(c.unit_end) is not dated[0] for c in self.candidates)
            and not _SINGLED_OUT.search(self.text, 0, dated[0].start)
        ):
            # not a deadline ("…; đến năm 2030, …"): it dates its own list, or names a resolution's horizon;
            # nor the year of the figure it follows ("thu hút 112.000 lượt khách năm 2023"), only that figure's
            self.para.topic = dated[0]
        if self.para.mode == "target" and (goal := self.goal_time(times)) is not None:
            # "Trên cơ sở đánh giá kết quả năm 2024, BCH … thống nhất mục tiêu năm 2025 …, với 19 chỉ tiêu chủ yếu;
            # trong đó:": the year of the goal handed on is the goal's, not that of the review it rests on
            self.para.topic = goal
        # what a yearly figure after it belongs to: not a point of the term ("… đến cuối nhiệm kỳ đạt 35%; mỗi năm kết
        # nạp từ 25 đảng viên mới": the term, not its last year), as in `time`
        periods = [t for t in times if t.period or t.span or t.term not in (None, "end", "now")]
        if periods:
            self.para.period = periods[-1]


_PART_OPENS = re.compile(r";\s*$")
# A year singled out of what the sentence tells ("Du lịch phát triển mạnh, riêng năm 2024 khu du lịch … đón hơn 520.000
# lượt khách") dates that case only, not the sentences after it.
_SINGLED_OUT = re.compile(r"(?i)(?<!\w)riêng\s+(?:trong\s+)?$")
_DONE_WORD = re.compile(r"(?i)(?<!\w)(?:đã|được)(?!\w)")
# What a count is of when it says the things counted met a standard: "có 75 tuyến đường đạt chuẩn văn minh đô thị", "có 14
# xã đạt chuẩn", "có 9 thôn được công nhận khu dân cư kiểu mẫu". Counted so, even an indicator no table knows is one.
# (Not what has not: "4 xã chưa đạt chuẩn".)
_MET_STANDARD = re.compile(r"(?i)\s+(?:(?!chưa\b|không\b)[^\W\d]+\s+){0,2}?(?:đạt\s+chuẩn|được\s+công\s+nhận)(?!\w)")
_GOAL_TIME_REACH = 12  # characters between a goal cue and the year it names: " năm ", " đến năm ", " đến hết năm "
_CHAIN_BREAK = re.compile(r"[;:.]")  # no clause or list between a figure and the one it qualifies or goes on with
_SUMMED_UP = re.compile(
    r"(?i)(?<!\w)là\s+(?:những|các|một số)\s+(?:(?P<done>kết quả|thành tích)|chỉ tiêu|mục tiêu)(?!\w)"
)
_BY_YEAR_END = re.compile(r"(?i)(?<!\w)(?:cuối|hết)\s+năm(?!\w)")
_UP_TO_DAY = re.compile(r"(?i)(?<!\w)(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")  # what is counted up to a day
_DUE_BY = re.compile(r"(?i)(?<!\w)(?:trước|chậm nhất)\s+(?:ngày\s+)?$")  # before the day a figure is due by
_HEADING_CLAUSE = re.compile(r"([^\d;:,.()]{3,80});")  # a sentence's opening clause that names its topic
_LIST_BREAK = re.compile(r":")  # … the next of a series, clause after clause, in no list of parts
# Communes counted by the criteria they meet, before that number of criteria: "2 xã đạt từ 14 tiêu chí trở lên",
# "không còn xã đạt dưới 15 tiêu chí".
_CRITERIA_MET_BY = re.compile(
    r"(?i)(?:(?<![\d.,/])\d{1,3}\s+|còn\s+)xã\s+(?:đã\s+)?đạt\s+(?:từ\s+|dưới\s+|trên\s+|hơn\s+)?$"
)


def _first_year(t: _Time) -> int:
    """The first year a time covers, 0 for none named."""
    return t.year or (t.period[0] if t.period else 0)


def _has_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word, not only spaces and punctuation."""
    return _WORD.search(text, start, end) is not None


def _names_document(text: str, t: _Time) -> bool:
    """Whether a time is part of a numbered document's name, or the horizon of a plan ("…, định hướng đến năm
    2030", "tầm nhìn đến năm 2045"): it says what the document is, not when the article's figures are. The year
    of a plan the document sets ("Nghị quyết số 62/NQ-HĐND về nhiệm vụ phát triển kinh tế - xã hội năm 2025") is
    the year of the goals it lists."""
    named = _DOCUMENT_NAMED.search(text, max(0, t.start - 200), t.start)
    if named is not None and _GOAL_SET.search(named.group()):
        named = None  # "Mục tiêu của Nghị quyết số 07-NQ/HU đặt ra đến năm 2025:": the goals' year, past the name
    if named is not None and t.year and not (t.period or t.span) and _YEAR_PLANNED.search(named.group()):
        return False
    return bool(named or _HORIZON.search(text, max(0, t.start - 16), t.start)) or _names_criteria(text, t)


def _names_criteria(text: str, t: _Time) -> bool:
    """Whether a time is part of the name of a set of criteria ("đạt 19/19 tiêu chí theo Bộ tiêu chí quốc gia về xã
    nông thôn mới nâng cao giai đoạn 2021 - 2025"): the period they hold for, not the time of a figure."""
    return _CRITERIA_NAMED.search(text, max(0, t.start - 150), t.start) is not None


# What a document does with the goals after its name: "Nghị quyết số 07-NQ/HU đặt ra (đến năm 2025)".
_GOAL_SET = re.compile(rf"(?i)(?<!\w)(?:{_SET}|phấn đấu)(?!\w)")
# The tasks or budget of one year, up to its time: "về nhiệm vụ phát triển kinh tế - xã hội (năm 2025)".
_YEAR_PLANNED = re.compile(r"(?i)(?<!\w)(?:nhiệm vụ|kế hoạch|dự toán|phương hướng)(?!\w)[^,;:()]{0,60}$")


_HORIZON = re.compile(r"(?i)(?:định hướng|tầm nhìn)\s*$")
# A numbered document named before a horizon, in the same part of the sentence.
_DOCUMENT_BEFORE = re.compile(rf"{_DOCUMENT_NUMBER.pattern}[^;:]{{0,200}}$")


def _horizon_of_document(text: str, t: _Time) -> bool:
    """Whether a time is the horizon of a numbered document named before it ("Nghị quyết số 09-NQ/HU … giai đoạn
    2021 - 2025, định hướng đến năm 2030, diện tích sâm đạt 115 ha"), not a goal's ("Tầm nhìn đến năm 2030, diện
    tích sâm đạt 3.000 ha", "huyện định hướng đến năm 2030 đón 600.000 lượt khách")."""
    horizon = _HORIZON.search(text, max(0, t.start - 16), t.start)
    return (
        horizon is not None
        and _DOCUMENT_BEFORE.search(text, max(0, horizon.start() - 220), horizon.start()) is not None
    )


# The name of a set of criteria up to a time in it: "theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ".
_CRITERIA_NAMED = re.compile(r"(?i)(?<!\w)bộ tiêu chí(?!\w)[^,;:()]{0,140}$")
# A numbered document's name up to a time in it: "Nghị quyết số 06-NQ/HU của … về phát triển du lịch giai đoạn ".
_DOCUMENT_NAMED = re.compile(
    rf"(?:Nghị quyết|Chương trình|Đề án|Kế hoạch|Chỉ thị|Kết luận)\s+(?:số\s+)?{_DOCUMENT_NUMBER.pattern}"
    r"[^,;:()]{0,150}$"
)


_RATES_OF_HOUSEHOLDS = frozenset({"poverty-rate", "near-poverty-rate"})
# What says a count of households matches the rate before it: "…, tương ứng 702 hộ", "… (còn 150 hộ)", "…, tương
# ứng giảm từ 1.780 hộ xuống còn 702 hộ" (the base in between is read as a base).
_CORRESPONDING = re.compile(
    r"(?i)(?:\s*,\s*tương (?:ứng|đương)(?:\s+với)?|\s*\()(?:\s*(?:giảm|tăng))?"
    rf"(?:\s*(?:từ\s+{DIGITS}\s+hộ\s+)?xuống)?(?:\s*còn)?(?:\s*từ)?\s*"
)


# What joins two items of a list: two shares of plans ("bằng 75,3% dự toán tỉnh giao và 62,1% dự toán huyện giao"),
# two units ("tại xã Hòa Xuân Tây và xã Hòa Tân Đông").
_LIST_JOIN = re.compile(r"\s*(?:,|và)\s*")
# The verb of a rate that says how much the figure before it changed: "…, tăng 10,8% so với cùng kỳ".
_CHANGE_OF_FIGURE = re.compile(r"[\s,]*(?:và\s+)?(?P<verb>tăng|giảm)(?:\s+(?:bình quân|khoảng|hơn|trên|gần))?\s*", re.I)


def _better_named(code: str | None, named_by: str, other: str) -> tuple[str | None, str]:
    """The concept and words of a figure its own words know no concept for: those other words give, if they know one."""
    better = indicator_code(other)
    return (better, other) if better not in (None, "other") else (code, named_by)


def _only_share_words(words: str) -> bool:
    """ "…, chiếm 77% …", "…, đạt 76,5% …": nothing but the verb of a share between two figures."""
    found = words.replace(",", " ").split()
    return bool(found) and set(found) <= _SHARE_WORDS


def _unhedged(value_type: str) -> str:
    return "achieved" if value_type == "estimated" else value_type


# ------------------------------------------------------------------------------------------------
# The article


def _dedupe(observations: list[Observation]) -> list[Observation]:
    """One observation per fact: titles and leads repeat what the body says, exactly or rounded."""
    seen: set[tuple[object, ...]] = set()
    out: list[Observation] = []
    for o in observations:
        k = (o.area.label, o.year, o.period, o.value_type, o.value, o.unit_text, o.out_of)
        if k not in seen and not _restates(o, observations) and not _headline_restates(o, observations):
            seen.add(k)
            out.append(o)
    return out


_ROUNDED = frozenset({"more-than", "about", "less-than"})


def _restates(o: Observation, observations: list[Observation]) -> bool:
    """ "hơn 6.200 ha rừng" in the lead for the body's "6.245,8 ha": the same figure, rounded.

    Only a round number rounds ("trên 64%" is no rounding of 65%), only to its own last digit, and only on its side
    ("dưới 10%" is no rounding of 11,5%); a figure of another year is another figure ("giảm tỷ lệ hộ nghèo xuống
    dưới 10%" by 2025 after 11,5% planned for 2024).
    """
    if o.comparator not in _ROUNDED or o.value != int(o.value) or o.value <= 0:
        return False
    step = _last_digit(o.value)
    return step >= 10 and any(
        exact.comparator not in _ROUNDED
        and abs(exact.value - o.value) < step
        and _ROUNDED_SIDE[o.comparator or ""](exact.value, o.value)
        and (o.year is None or exact.year is None or o.year == exact.year)
        and (o.indicator == exact.indicator != "other" or o.indicator_text == exact.indicator_text)
        and _measured_as(o) == _measured_as(exact)
        for exact in observations
    )


# Where the exact figure stands from the rounded one: "hơn 6.200" is above 6.200, "dưới 10%" below 10%.
_ROUNDED_SIDE: dict[str, Callable[[float, float], bool]] = {
    "more-than": lambda exact, rounded: exact >= rounded,
    "less-than": lambda exact, rounded: exact <= rounded,
    "about": lambda exact, rounded: True,
}


def _last_digit(value: float) -> float:
    """The place of a figure's last significant digit, which it may be rounded to: 6.200 → 100, 5,7 → 0,1."""
    decimals = f"{value:.6f}".rstrip("0").split(".")[1]
    if decimals:
        return 10.0 ** -len(decimals)
    whole = str(int(value))
    return 10.0 ** (len(whole) - len(whole.rstrip("0")))


def _headline_restates(o: Observation, observations: list[Observation]) -> bool:
    """A headline's figure is the body's, rounded to its last digit and said in its own words: "Phú Quốc đón hơn 5,7
    triệu lượt khách, doanh thu du lịch vượt 32.000 tỷ đồng" over "… ước đạt 5,72 triệu lượt, … ước đạt 32.150 tỷ
    đồng". The body's is the figure, with its own cue. A figure no concept names is the body's only when the headline
    says it is rounded, in the same unit: "Năm 2024 huy động hơn 486 tỷ đồng …" over "… huy động được 486,3 tỷ đồng"."""
    if not o.evidence.sentence.is_title or (o.indicator == "other" and o.comparator not in _ROUNDED):
        return False
    scale = 10.0**o.unit_mult
    step = _last_digit(o.value)
    return any(
        not body.evidence.sentence.is_title
        and (body.value, body.value_type) != (o.value, o.value_type)  # the same figure is the first one said
        and body.indicator == o.indicator
        and (o.indicator != "other" or body.unit_text == o.unit_text)
        and body.area.label == o.area.label
        and _unhedged(body.value_type) == _unhedged(o.value_type)
        and abs(body.value * 10.0**body.unit_mult - o.value * scale) < step * scale
        for body in observations
    )


def _measured_as(o: Observation) -> tuple[str, str, str]:
    """What two figures must share to be one: the area, the unit and whether planned or reached."""
    return o.area.label, o.unit_text, _unhedged(o.value_type)


# A line that gives an item's label, then its figure: "Giải quyết việc làm: 1.200 lao động.", "Tỷ lệ hộ nghèo: giảm
# còn 0,5%."
_LABELLED_ITEM = re.compile(r"[^:;.\d]{3,80}:\s*(?:[^\W\d]+\s+){0,3}\d")
# A list's item on a line of its own: a bullet, a letter or a number, a field's heading ("Về kinh tế: …"), or an
# ordinal word.
_ITEM_START = re.compile(
    rf"\s*(?:(?:{BULLET}|[a-zđ]\)|\d{{1,2}}[.)])\s|Về\s[^:.;]{{1,60}}:|Năm\s+{_Y}\s*:"
    # … or its ordinal: "Một là, tháo dỡ toàn bộ 57 công trình …", "Thứ hai, …"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám)\s*[,:])"
)


# A heading of the goals or tasks of a year, on a line of its own: "Mục tiêu đến năm 2025", "Nhiệm vụ năm 2025".
_HEADING = re.compile(r"(?i)(?<!\w)(?:mục tiêu|nhiệm vụ|chỉ tiêu|kế hoạch|phương hướng|định hướng)(?!\w)")
_HEADING_WORDS = 10


def _heading_time(paragraph: list[Sentence]) -> _Time | None:
    """The year a paragraph that is only such a heading names: the time of the paragraph after it."""
    if len(paragraph) > 1:
        return None
    text = paragraph[0].text.strip()
    if text[-1:] in ".:;!?" or len(text.split()) > _HEADING_WORDS or not _HEADING.search(text):
        return None
    return next((t for t in _times(text) if t.year), None)


# A paragraph that opens by saying it details the one before: "Cụ thể: …", "Trong đó: …".
_DETAILS = re.compile(r"(?i)\s*(?:cụ thể|trong đó)(?:\s+như sau)?\s*:")
# … or by the field of goals the one before announced: "Đại hội thống nhất 20 chỉ tiêu chủ yếu nhiệm kỳ 2025-2030.",
# then "Về kinh tế, tổng giá trị sản xuất tăng bình quân 10%/năm trở lên; …".
# So does a paragraph whose last sentence announces them and goes on to list some: "…, Đại hội thống nhất xác định 3 khâu
# đột phá và 21 chỉ tiêu chủ yếu cho nhiệm kỳ 2020 - 2025, trong đó: …; … ." (then "Về sản xuất nông nghiệp, …").
_GOALS_ANNOUNCED = re.compile(
    r"(?i)(?<!\w)(?:thống nhất|đề ra|xác định|thông qua)\s+(?:[^.;:]{0,40}?\s)?(?:\d+|các)\s+(?:nhóm\s+)?chỉ tiêu"
    r"(?!\s+đạt)[^.;:]*"
    r"(?:[.:]?\s*$|,\s*(?:trong đó|gồm|cụ thể)\s*:)"
)
# The field a sentence opens with: "Về kinh tế, …", "Với cây cao su, …", "Đối với cây điều, …".
_FIELD_OPENS = re.compile(r"\s*(?:Về|Với|Đối với)\s+(?P<field>[^\W\d][^,;:.\d]{1,40}),")


def extract_observations(ctx: Context, met: date | None = None) -> list[Observation]:
    """Every target and achievement the article states, in reading order; `met` is the date of the
    meeting it reports, when it has no date line."""
    if ctx.subject is None:
        return []
    times = _article_time(ctx.article, met)
    found: list[Observation] = []
    para = _Paragraph()
    listing = False  # whether the paragraph before opened a list (or announced goals) or was an item of one
    closed_by = ""  # the last character of the paragraph before
    announced = False  # whether the paragraph before announced goals, or gave a field of them
    heading: _Time | None = None  # the time a heading of the paragraph before names
    compared: set[tuple[float, str]] = set()  # the body's comparisons read as qualifiers of a figure
    for paragraph in ctx.article.paragraphs:
        # An item of a list a line before opened ("UBND huyện đề ra 22 chỉ tiêu chủ yếu, trong đó:", then
        # "- Tốc độ tăng giá trị sản xuất đạt 9% trở lên;" on lines of their own) reads on in the opener's
        # paragraph: its cue and its year.
        # Items may also come bare, one a line, each but the last closed by a semicolon: "Đại hội thống nhất 22
        # chỉ tiêu chủ yếu, trong đó:", then "Thu nhập bình quân đầu người năm 2025 đạt 85 triệu đồng;"; or each
        # labelled: "Chỉ tiêu chủ yếu năm 2026:", then "Thu nhập bình quân đầu người: 92 triệu đồng.".
        # So may the fields of goals a paragraph announced: "Về kinh tế, …".
        first = paragraph[0].text
        listed = listing and (
            _ITEM_START.match(first) is not None
            or (len(paragraph) == 1 and (closed_by in (":", ";") or _LABELLED_ITEM.match(first) is not None))
            or (announced and _FIELD_OPENS.match(first) is not None)
        )
        # So does a paragraph that opens by saying it details the one before: "Cụ thể: tốc độ tăng trưởng …".
        if not (listed or _DETAILS.match(first)):
            para = _Paragraph(topic=heading)
        else:
            para.listed = listed
        opener_topic = para.topic
        for sentence in paragraph:
            reader = _Reader(ctx, ctx.subject, times, para, sentence)
            found.extend(reader.read())
            if not sentence.is_title:
                compared.update(reader.compared)
        closed_by = paragraph[-1].text.rstrip()[-1:]
        if listed and closed_by != ":":
            # A time that opens an item ("- Đến năm 2030, thu nhập bình quân … đạt 70 triệu đồng.") is that item's:
            # the next item ("- Tỷ lệ che phủ rừng duy trì ở mức 82%.") reads on in the opener's time. An item that
            # opens a list of its own ("- Năm 2025:") hands its time on to that list.
            para.topic = opener_topic
        announced = _GOALS_ANNOUNCED.search(paragraph[-1].text) is not None or (announced and listed)
        listing = closed_by == ":" or announced or listed
        heading = _heading_time(paragraph)
    # A headline's figure that the body gives only as the share of the plan a figure reached ("Thu ngân sách 9
    # tháng đạt 82,3% dự toán" over "… ước đạt 41,7 tỷ đồng, đạt 82,3% dự toán") is that share, no figure of its
    # own. (A growth rate in a headline is: writers keep "Giá trị sản xuất tăng 7,8%" though the body has it
    # after the figure it qualifies.)
    found = [o for o in found if not (o.evidence.sentence.is_title and (o.value, o.unit_text) in compared)]
    return _dedupe(found)
