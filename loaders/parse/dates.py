"""Event dates as articles write them: "Chiều 30/12", "Sáng 5-4", "30.6", "ngày 07/01/2025",
"6 tháng 8 năm 2020", "Chiều nay". The year is often missing and comes from the article's date:
a 30/12 meeting in a January article belongs to the previous year. With no year anywhere, the date
stays without one rather than being guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PART = r"(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:hôm\s+)?)?"
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/]|\.\d)"
)
_WORDS = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:sáng|chiều|trưa|tối)\s+nay\b|\bhôm nay\b", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:vào\s+)?" + _PART + r"(?:(?:ngày|hôm)\s+)*", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets within the searched text
    end: int
    day: int
    month: int
    year: int | None
    relative: bool = False


def find_dates(text: str) -> list[DateMention]:
    """Every day-month(-year) in the text, left to right."""
    found: list[DateMention] = []
    for regex in (_WORDS, _NUMERIC):
        for m in regex.finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            y = int(m.group("y")) if m.group("y") else None
            found.append(DateMention(m.start(), m.end(), d, mo, y))
    for m in _RELATIVE.finditer(text):
        found.append(DateMention(m.start(), m.end(), 0, 0, None, relative=True))
    return sorted(found, key=lambda f: f.start)


def lead_date(text: str) -> DateMention | None:
    """The date a report opens with ("Chiều 30/12, …", "Ngày 6 tháng 8 năm 2020, …")."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    for mention in find_dates(text[:80]):
        if mention.start == start or (mention.start <= start + 2 and text[mention.start - 1 : mention.start] != "-"):
            return mention
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


def resolve(mention: DateMention, year_hint: int | None, article_year: int | None, article_month: int | None) -> date | tuple[int, int] | None:
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
