"""Event dates as articles write them: "Chiều 30/12", "Sáng 5-4", "30.6", "ngày 07/01/2025",
"6 tháng 8 năm 2020", "Chiều nay", "Chiều nay (15/3)", "Sáng thứ Hai (15/7)", "Trong 2 ngày 14 và
15/7", "Từ ngày 14 đến 15/7". The year is often missing and comes from the article's date: a 30/12 meeting in a January
article belongs to the previous year. Without an article date, the lead sentence or the headline may
say which year the meeting reviews or plans ("tổng kết công tác năm 2023", "nhiệm vụ năm 2025"). With
no year anywhere, the date stays without one rather than being guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from loaders.parse.roman import CARDINAL_WORDS
from loaders.text import UPPER

_PART = r"(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:hôm\s+)?)?"
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/]|\.\d)"
)
_WORDS = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
# A meeting over several days: "14 và 15/7", "14-15/7", "14 - 15/7/2024": dated by its first day.
_RANGE = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?:-|và|đến)\s*(?:ngày\s+)?[0-3]?\d\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)"
    r"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/]|\.\d)",
    re.IGNORECASE,
)
# In a lead only, days listed with a comma: "Trong các ngày 17, 18/8".
_LEAD_LIST = re.compile(r"(?P<d>[0-3]?\d)\s*,\s*[0-3]?\d\s*/\s*(?P<m>[01]?\d)(?:\s*/\s*(?P<y>(?:19|20)\d\d))?(?![\d/])")
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r"\b(?:sáng|chiều|trưa|tối)\s+(?:nay|qua)\b|\bhôm (?:nay|qua)\b", re.IGNORECASE)
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_DAY_COUNT = r"(?:\d+|hai|ba|bốn|năm)"
_DAYS = rf"{_DAY_COUNT}\s+ngày"  # "3 ngày", "hai ngày"
# A newspaper's tag may open the lead: "(SLO) - Sáng 31/7, …", "(Baohatinh.vn) - …", "QTO - …", "Baophutho.vn - …",
# "(CMO) Ngày 13.8, …"; so may the place it was written in, in capitals: "TRI TÔN - Sáng 27-8, …", also before the
# tag: "VĂN LÃNG (LSO) – Chiều 29/12, …"; or the place written as a name, with its province: "Ý Yên (Nam Định) - Chiều
# 14/1, …".
_CAPITALS = rf"(?-i:[{UPPER}]{{1,12}})"  # a word in capitals
_NAME_WORD = rf"(?-i:[{UPPER}][^\W\d{UPPER}]{{0,8}})"  # a word of a name: "Ý", "Yên"
NEWS_TAG = (
    rf"(?:(?:{_CAPITALS}(?: {_CAPITALS}){{0,3}}\s*)?\([^()]{{1,40}}\)\s*(?:[-–—]\s*)?"
    rf"|{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}\s*\([^()]{{1,40}}\)\s*[-–—]\s*"
    r"|[A-ZĐ][A-ZĐ.]{1,12}\s*[-–—]\s*"
    rf"|{_CAPITALS}(?: {_CAPITALS}){{1,3}}\s*[-–—]\s*)"
)
# What may open a report before its date: "Vào sáng ngày", "Trong 2 ngày", "Chiều nay (", "Sáng thứ Hai (",
# "Sau 3 ngày làm việc (từ".
_LEAD = re.compile(
    rf"^\s*(?:{NEWS_TAG})?"
    # What a converted document leaves before the first word: "[bookmark: _GoBack]Trong 3 ngày, …".
    r"(?:\[[^\[\]]{1,40}\]\s*)?"
    # "Trước đó, ngày 12/12, đoàn công tác …": the story turns back to an earlier day
    r"(?:(?:trước|sau)\s+đó\s*,\s*)?"
    # "Sau 3 ngày làm việc (từ 21 - 23/7/2015), Đại hội …", "Trong 3 ngày (từ 22 đến 24/7/2015), …": the days it
    # sat, in brackets
    rf"(?:(?:sau|trong)\s+{_DAYS}(?:\s+làm việc)?\s*\(\s*)?"
    # "Trong 3 ngày, từ ngày 15 đến 17-7-2015, …"
    rf"(?:trong\s+{_DAYS}\s*,\s*)?"
    # "Trong chiều 20/12, …": "trong" before the part of the day too
    rf"(?:vào\s+|từ\s+)?(?:trong\s+(?:(?:{_DAYS}|(?:các\s+)?ngày)\s+)?)?"
    + _PART
    + r"(?:(?:nay|qua|hôm nay|hôm qua)\s*)?(?:"
    + WEEKDAY
    + r"\s*)?\(?\s*(?:(?:ngày|hôm)\s+)*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets within the searched text
    end: int
    day: int
    month: int
    year: int | None
    relative: bool = False


def find_dates(text: str) -> list[DateMention]:
    """Every day-month(-year) in the text, left to right (cached: several extractors ask)."""
    return list(_find_dates(text))


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text))


def _scan_dates(text: str) -> list[DateMention]:
    """Every day-month(-year) in the text, left to right (a range of days counts by its first)."""
    found: list[DateMention] = []
    lower = text.lower()
    # Each of these needs a digit; most sentences have none, and a digit is quicker to look for.
    # A date in words needs "tháng": a substring test skips that regex.
    regexes = (_RANGE, _WORDS, _NUMERIC) if "tháng" in lower else (_RANGE, _NUMERIC)
    for regex in regexes if _DIGIT.search(text) else ():
        for m in regex.finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            y = int(m.group("y")) if m.group("y") else None
            found.append(DateMention(m.start(), m.end(), d, mo, y))
    # Every relative date ends in "nay" or "qua"; most sentences have neither, and two substring
    # tests are far cheaper than running _RELATIVE, which tries its alternatives at every position.
    for m in _RELATIVE.finditer(text) if "nay" in lower or "qua" in lower else ():
        if not any(m.start() < f.end and f.start < m.end() for f in found):
            found.append(DateMention(m.start(), m.end(), 0, 0, None, relative=True))
    return sorted(found, key=lambda f: f.start)


# A day things have been so since, opening the text: "Từ ngày 1/7, …" (not the first of the days a meeting sat,
# "Từ ngày 15 đến 17/7, …").
_SINCE_DAY = re.compile(r"(?i)\s*từ\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*,")


def lead_date(text: str) -> DateMention | None:
    """The date a report opens with ("Chiều 30/12, …", "Ngày 6 tháng 8 năm 2020, …").

    "Chiều nay (15/3)" and "Sáng thứ Hai (15/7)" give the date in brackets; "Chiều nay" alone
    is a relative date, known only by the day of publication. "Từ ngày 1/7, …" gives the day things have been so
    since, no report's.
    """
    if _SINCE_DAY.match(text):
        return None
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    listed = _LEAD_LIST.match(text, start)
    if listed and 1 <= int(listed.group("d")) <= 31 and 1 <= int(listed.group("m")) <= 12:
        y = int(listed.group("y")) if listed.group("y") else None
        return DateMention(listed.start(), listed.end(), int(listed.group("d")), int(listed.group("m")), y)
    mentions = find_dates(text[:80])
    for mention in mentions:
        if mention.relative:
            continue
        if mention.start == start or (mention.start <= start + 2 and text[mention.start - 1 : mention.start] != "-"):
            return mention
    relative = _RELATIVE.match(text.lstrip(), 0)
    if relative is not None and text[: len(text) - len(text.lstrip())].strip() == "":
        offset = len(text) - len(text.lstrip())
        return DateMention(offset + relative.start(), offset + relative.end(), 0, 0, None, relative=True)
    return None


def clause_date(text: str) -> DateMention | None:
    """A date opening a clause after an introductory one, set off by commas: "Thực hiện Kế hoạch số
    12/KH-UBND, sáng 15/3, UBND xã tổ chức …". The mention starts where its clause does."""
    for comma in re.finditer(r",\s*", text[:240]):
        if not _DIGIT.search(text, comma.end()):
            break  # only a relative date ("sáng nay") has no digits, and it is not taken here
        rest = text[comma.end() :]
        mention = lead_date(rest)
        if mention is not None and not mention.relative and re.match(r"\s*,", rest[mention.end :]):
            # "Sau hai ngày làm việc khẩn trương, chiều 23-10-2025, Đại hội … bế mạc": the date written, the
            # closing day, is the meeting's (as annotators date it), not the first day counted back from it
            return DateMention(comma.end(), comma.end() + mention.end, mention.day, mention.month, mention.year)
    return None


def infer_year(month: int, article_year: int | None, article_month: int | None) -> int | None:
    """The year of a day/month written without one, from the article's year and month.

    News reports what happened just before publication: a month after the article's month
    means the previous year (30/12 in a January article).
    """
    if article_year is None:
        return None
    if article_month is not None and month > article_month + 1:
        return article_year - 1
    return article_year


# What a year is to the meeting, by the first verb of the phrase that leads to it: planned
# ("triển khai nhiệm vụ năm 2025") or reviewed ("tổng kết công tác năm 2023").
# A year the text names ("năm 2023"), not a horizon ("đến năm 2030", "tầm nhìn đến năm 2045") nor the
# start of a span ("năm 2021 - 2025", "từ năm 2021 đến năm 2025").
_NAMED_YEAR = re.compile(
    # "năm 2024", and a month of it: "phiên họp định kỳ tháng 9/2024"
    r"(?<!đến )(?<!tới )(?<!vọng )(?<!nhìn )\b(?:năm\s+|tháng\s+[01]?\d\s*/\s*)(?P<y>(?:19|20)\d\d)\b(?!\s*(?:[-–]|(?:đến|tới)\s))",
    re.I,
)
_AIM = re.compile(
    # the tasks set after a review ("kết quả năm 2018 và nhiệm vụ năm 2019"), not those carried out ("kết quả thực
    # hiện nhiệm vụ năm 2023")
    r"\b(?P<plan>triển khai|phát động|đề ra|giao chỉ tiêu|phương hướng|kế hoạch|dự toán|quyết định|(?:và|,)\s+nhiệm vụ)\b|"
    r"\b(?P<review>tổng kết|sơ kết|đánh giá|kết quả|kiểm điểm|công nhận)\b",
    re.IGNORECASE,
)
# A review of the years a document has been carried out: the meeting is about that many years after it.
_YEARS_OF = re.compile(
    r"\b(?:tổng kết|sơ kết)\s+(?P<n>\d{1,2})\s+năm\s+(?:\(\s*(?P<from>(?:19|20)\d\d)\s*[-–]\s*(?P<to>(?:19|20)\d\d)\s*\)\s+)?"
    r"(?:thực hiện|triển khai|thi hành)\b",
    re.I,
)
FULL_DATE = re.compile(r"\b(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)\b")  # "22-11-2014", "8/12/2023"
_SPAN_END = re.compile(r"(?i)(?<!\w)(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")
_TERM = re.compile(r"\bnhiệm kỳ\s+(?P<y>(?:19|20)\d\d)\s*-\s*(?P<end>(?:19|20)\d\d)\b", re.IGNORECASE)
# The span an anniversary counts, in brackets: "kỷ niệm 94 năm Ngày thành lập Đảng (3-2-1930 - 3-2-2024)",
# "(1930 - 2024)". Its end is this year's date.
_DAY_MONTH = r"(?:[0-3]?\d\s*[/.-]\s*[01]?\d\s*[/.-]\s*)?"
_ANNIVERSARY = re.compile(
    rf"(?i)\bkỷ niệm\b[^()]{{0,100}}\(\s*{_DAY_MONTH}(?:19|20)\d\d\s*[-–]\s*{_DAY_MONTH}(?P<y>(?:19|20)\d\d)\s*\)"
)


def year_hint(text: str, month: int, day: int, reported: int | None = None) -> int | None:
    """The year of a meeting on day/month, from the words of its lead or headline, else None.

    - A dated document cited in the lead ("Nghị quyết … ngày 8/12/2023") was issued before the
      meeting that implements it: the meeting is on or after that date (the latest of several), and in
      or after the year `reported`, of which the article reports a part gone by ("8 tháng đầu năm 2023"), and
      as many years after the first as a review of its years says ("tổng kết 10 năm thực hiện Chỉ thị
      … ngày 22-11-2014").
    - A year the meeting plans ("triển khai nhiệm vụ năm 2025") starts after a November or
      December meeting; a year it reviews ("tổng kết công tác năm 2023") ended before a January or
      February meeting. Otherwise the meeting is in the year named; of several ("tình hình năm 2023,
      quý I và kế hoạch năm 2024" in March), the latest. A horizon ("đến năm 2030") is none.
    - A round of awards named by its day ("trao Huy hiệu Đảng đợt 7/11/2025") is held that year, on a day before.
    - A review halfway through the period of what it reviews ("sơ kết giữa kỳ … giai đoạn 2021 - 2025") sits in
      the period's middle year, whatever documents it cites.
    - A congress of the term "nhiệm kỳ 2020 - 2025" sits in the term's first year; so do its election and
      its council's first session.
    - A meeting on an anniversary is in the year its span ends: "(3-2-1930 - 3-2-2024)".
    """
    if (anniversary := _ANNIVERSARY.search(text)) is not None:
        return int(anniversary.group("y"))
    full = [m for m in FULL_DATE.finditer(text) if 1 <= int(m.group("m")) <= 12]
    mid = _mid_review_year(text)
    if (occasion := next((m for m in full if _ROUND.search(text, 0, m.start())), None)) is not None:
        return int(occasion.group("y"))  # "Sáng 6-11, … trao Huy hiệu Đảng đợt 7/11/2025": the round's year
    if full:
        first = full[0]
        if (review := _YEARS_OF.search(text, 0, first.start())) is not None:
            # "tổng kết 10 năm thực hiện Chỉ thị … ngày 22-11-2014" on 18-9: 2024; not before a year the meeting
            # looks back on as well ("đánh giá … 6 tháng đầu năm 2024, sơ kết 5 năm thực hiện Nghị quyết …
            # ngày 28/9/2018" on 13.8: 2024, the five years rounded)
            issued = date(int(first.group("y")), int(first.group("m")), min(int(first.group("d")), 28))
            return max([_nearest_anniversary(issued, int(review.group("n")), month, day), *_named(text, month)])
        # On or after every document cited: "Quy định … ngày 23/9/2019 …; Nghị quyết … ngày 28/1/2022": 2022.
        # The end of a span is no document: a review of "từ ngày 1.7 đến ngày 31.12.2025" may sit on 29.12.
        after = max(_on_or_after(text, full, month, day), reported or 0)
        return after if mid is None else max(after, mid)  # a mid-term review is not before its period's middle
    if mid is not None:
        return mid
    if (review := _YEARS_OF.search(text)) and (span := _reviewed_span(text, review)):
        # "sơ kết 3 năm thực hiện Nghị quyết … giai đoạn 2021 - 2025" on 14/9: 2023. A review of the whole
        # span is not before its last year: "tổng kết 10 năm … giai đoạn 2010 - 2020" on 13.8 is in 2020.
        reviewed = int(review.group("n"))
        near = _nearest_anniversary(date(span[0], 1, 1), reviewed, month, day)
        return max(near, span[1]) if reviewed >= span[1] - span[0] else near
    years = _named(text, month)
    years += [
        _season_year(text, m, month) for m in _SEASON.finditer(text) if int(m.group("b")) == int(m.group("a")) + 1
    ]
    if years:
        return max(years)
    opened = term_opened(text)
    return opened[0] if opened else None


def _named(text: str, month: int) -> list[int]:
    """The year of the meeting each year the text names says: the year itself, or the one before or after it.
    A year inside a quoted name counts only when the text names no other: the campaign a meeting answers may aim
    further ("phát động Tháng cao điểm … năm 2024 và hưởng ứng phong trào "… trong năm 2025"" in October 2024)."""
    quoted = [m.span() for m in _QUOTED_NAME.finditer(text)]
    years = [*named_years(text)]
    named = [m for m in years if not any(a < m.start() < b for a, b in quoted)] or years
    aimed = [(m, _aim_before(text, m.start())) for m in named]
    years_reviewed = {int(m.group("y")) for m, aim in aimed if aim is not None and aim.group("review")}
    return [_meeting_year(text, m, aim, month, years_reviewed) for m, aim in aimed]


_QUOTED_NAME = re.compile(r'["“][^"“”]{1,200}["”]')
# A round of awards named by its day ("trao Huy hiệu Đảng đợt 7/11/2025"), held on the days before it: no document.
_ROUND = re.compile(r"(?i)(?<!\w)đợt\s+$")
# A review halfway through the period of what it reviews: "sơ kết giữa kỳ", "sơ kết giữa nhiệm kỳ".
_MID_REVIEW = re.compile(r"(?i)(?<!\w)sơ kết\s+giữa\s+(?:kỳ|nhiệm kỳ)(?!\w)")
# The period a reviewed document is carried out in, named in the review's sentence: a plan's, or a congress's term.
_PERIOD = re.compile(
    r"(?i)[^.;]*?(?<!\w)(?:giai đoạn|nhiệm kỳ)\s+(?P<from>(?:19|20)\d\d)\s*[-–]\s*(?P<to>(?:19|20)\d\d)"
)


def _mid_review_year(text: str) -> int | None:
    """The middle year of the period a mid-term review looks back on: "sơ kết giữa kỳ thực hiện Nghị quyết số
    04-NQ/HU ngày 15/3/2021 … giai đoạn 2021 - 2025" is held in 2023."""
    mid = _MID_REVIEW.search(text)
    period = _PERIOD.match(text, mid.end()) if mid is not None else None
    return (int(period.group("from")) + int(period.group("to")) + 1) // 2 if period is not None else None


def _reviewed_span(text: str, review: re.Match[str]) -> tuple[int, int] | None:
    """The first and last years of what a review looks back on: in brackets after its years ("sơ kết 3 năm (2021 -
    2023)") or the period of the document it reviews ("… giai đoạn 2021 - 2025")."""
    span = review if review.group("from") else _PERIOD.match(text, review.end())
    return (int(span.group("from")), int(span.group("to"))) if span else None


def _nearest_anniversary(start: date, years: int, month: int, day: int) -> int:
    """The year whose day/month is nearest to `years` years after `start`: a review of that many years sits around
    then, a little before ("sơ kết 5 năm (2018 - 2022)" of a resolution of 15/3/2018 on 20/12: 2022) or after."""
    due = start.replace(year=start.year + years)
    return min((due.year - 1, due.year, due.year + 1), key=lambda y: abs((date(y, month, min(day, 28)) - due).days))


def term_opened(text: str) -> tuple[int, int] | None:
    """The years of the term whose opening meeting the text tells of ("kỳ họp thứ nhất, nhiệm kỳ 2021 - 2026")."""
    term = _TERM.search(text)
    if term and _OPENS_TERM.search(text):
        return int(term.group("y")), int(term.group("end"))
    return None


def _on_or_after(text: str, dates: list[re.Match[str]], month: int, day: int) -> int:
    """The year of day/month on or after each of the full dates (a span's end excepted), the latest; on or before
    a day something decided takes effect ("… Bảng giá đất …, áp dụng từ ngày 01/01/2026" on 19/12: 2025)."""

    def year(m: re.Match[str]) -> int:
        y, dated = int(m.group("y")), (int(m.group("m")), int(m.group("d")))
        if _TAKES_EFFECT.search(text, 0, m.start()):
            return y - ((month, day) > dated)
        return y + ((month, day) < dated and not _SPAN_END.search(text, 0, m.start()))

    return max(year(m) for m in dates)


# What a meeting decides takes effect on a day after it.
_TAKES_EFFECT = re.compile(r"(?i)(?<!\w)(?:áp dụng|có hiệu lực|thi hành)\s+(?:kể\s+)?từ\s+(?:ngày\s+)?$")


# A decision announced or handed over, its number and date: "công bố Quyết định số 1085-QĐ/TU ngày 15/12/2021".
_ANNOUNCED = re.compile(
    r"(?i)(?<!\w)(?:công bố|trao|trao tặng)\s+(?:các\s+)?quyết định\s+(?:số\s+)?"
    r"\d+[a-z]?[-/][A-ZĐ][\w/-]*\s*,?\s*ngày\s+$"
)


def announced_year(text: str, month: int, day: int) -> int | None:
    """The year of a meeting on day/month that announces decisions the text dates: on or after the latest
    of them (days after, as a rule). A document only cited may be years older than the meeting."""
    dated = [m for m in FULL_DATE.finditer(text) if _ANNOUNCED.search(text, max(0, m.start() - 80), m.start())]
    return _on_or_after(text, dated, month, day) if dated else None


# What happens in a term's first year: its congress, its election, its council's first session.
_OPENS_TERM = re.compile(r"(?i)(?<!\w)(?:đại hội|bầu cử|kỳ họp thứ nhất)(?!\w)")


# Part of a year gone by, which a meeting reports on in that year: "9 tháng năm 2023", "6 tháng đầu năm 2024" (the
# months counted in digits or words: "Sáu tháng đầu năm 2024"), "quý III năm 2022" (not "6 tháng cuối năm 2025",
# which a July meeting plans).
_PART_OF_YEAR = re.compile(
    rf"(?i)(?<!\w)(?:(?:[1-9]|1[01]|{CARDINAL_WORDS}) tháng (?:đầu\s+)?|quý\s+(?:I|II|III|[123])\s+)năm\s+"
    r"(?P<y>(?:19|20)\d\d)\b"
)


# A month or day a count runs to, of what has been done: "tính đến hết tháng 9/2019, tỉnh đã hoàn thành …", "Đến
# ngày 15/12/2024, huyện đã hoàn thành …" (not a goal's horizon, "đến hết tháng 6/2026 phấn đấu …").
_DONE_BY = re.compile(
    r"(?i)(?<!\w)(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?(?:tháng|ngày\s+\d{1,2}\s*/)\s*(?:[1-9]|0[1-9]|1[0-2])\s*/\s*"
    r"(?P<y>(?:19|20)\d\d)\b(?=[^.;]{0,60}?(?<!\w)đã(?!\w))"
)


@lru_cache(maxsize=1)  # an article's text, asked again for each of its meetings dated without a year
def reported_year(text: str) -> int | None:
    """The latest year of which the text reports a part gone by ("9 tháng năm 2023", "đến hết tháng 9/2019 đã …"),
    else None."""
    found = [*_PART_OF_YEAR.finditer(text), *_DONE_BY.finditer(text)]
    return max((int(m.group("y")) for m in found), default=None)


def named_years(text: str) -> Iterator[re.Match[str]]:
    """The years the text names, as matches whose group "y" is the year; horizons and spans left out."""
    return _NAMED_YEAR.finditer(text)


def _aim_before(text: str, pos: int) -> re.Match[str] | None:
    """The nearest verb of planning or reviewing before pos: "đánh giá … năm 2022, bàn phương hướng, nhiệm vụ năm
    2023" plans 2023."""
    aims = [*_AIM.finditer(text, max(0, pos - 120), pos)]
    return aims[-1] if aims else None


_END_OF = re.compile(r"(?i)(?:cuối|quý\s+(?:IV|4))\s+$")


def _meeting_year(text: str, year: re.Match[str], aim: re.Match[str] | None, month: int, reviewed: set[int]) -> int:
    """The year of a meeting in `month` that names `year` after `aim`, its nearest verb of planning or reviewing:
    the year before a year it plans, when it sits in November or December, or between May and October after
    reviewing that year before (a season's review: "tổng kết … vải thiều năm 2024, triển khai kế hoạch … vụ vải năm
    2025" on 13.8); the year after a year it reviews, in January or February."""
    y = int(year.group("y"))
    planned = aim is not None and aim.group("plan")
    if (
        planned
        and (month >= 11 or (5 <= month <= 10 and y - 1 in reviewed))
        and not _END_OF.search(text, 0, year.start())
    ):
        return y - 1  # not the rest of the year: "triển khai nhiệm vụ 3 tháng cuối năm 2025" in November
    if aim is not None and aim.group("review") and month <= 2:
        return y + 1
    return y


# A span of two years that runs across New Year: a season, a school or crop year ("mùa khô 2019 - 2020", "năm học
# 2024-2025", "niên vụ 2023 - 2024"); not a term or a period, whose years are more.
_SEASON = re.compile(r"(?<![\d/.–-])(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\d/]|\.\d)")


def _season_year(text: str, season: re.Match[str], month: int) -> int:
    """The year of a meeting in `month` that names a season running across New Year: the year it ends, when the
    meeting reviews it ("tổng kết … mùa khô 2019 - 2020" on 12-6: 2020); the year it starts, when the meeting plans it
    ("triển khai nhiệm vụ năm học 2024 - 2025" on 28-8: 2024); else the half of the span the month falls in."""
    aim = _aim_before(text, season.start())
    if aim is not None and aim.group("review"):
        return int(season.group("b"))
    if aim is not None and aim.group("plan"):
        return int(season.group("a"))
    return int(season.group("a" if month >= 7 else "b"))


def resolve(
    mention: DateMention, year_hint: int | None, article_year: int | None, article_month: int | None
) -> date | tuple[int, int] | None:
    """A full date when a year is known, else (month, day), else None for relative dates."""
    if mention.relative:
        return None
    year = mention.year or infer_year(mention.month, article_year, article_month)
    if year is None:
        year = year_hint
    if year is None:
        return (mention.month, mention.day)
    try:
        return date(year, mention.month, mention.day)
    except ValueError:
        return None
