"""Meetings and who did what at them.

A report opens with the meeting: "Chiều 30/12, UBND huyện Thọ Xuân tổ chức hội nghị …" (or, after an
introductory clause, "Thực hiện Kế hoạch …, sáng 15/3, UBND xã tổ chức …"). Later sentences and
captions say who chaired, attended or spoke. A role word applies to
- its subject right before it ("đồng chí X, Bí thư Huyện ủy phát biểu chỉ đạo"), with everyone
  listed with the subject ("A, …; B, … chủ tọa"), when only adverbs stand between them: in "X đánh
  giá cao báo cáo …" the role word is a noun, and in "A đề nghị đồng chí B báo cáo" B is only asked;
- when a sentence opens with it, the person after the first comma ("Phát biểu chỉ đạo tại hội nghị,
  đồng chí X …") or everyone listed after "có" ("Dự và chủ trì hội nghị có đồng chí A …; đồng chí B …");
- made a noun, the people after "của" ("có sự tham dự của đồng chí A …", "Dưới sự chủ trì của …").
Mentions by title only count when they point back to exactly one named holder of that title; no
one is invented.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from operator import itemgetter

from loaders.article import Article, Sentence
from loaders.context import VENUE_BEFORE, Context
from loaders.extract.people import Block, People
from loaders.gazetteer import COMMITTEES, LOOKUP
from loaders.model import SPEECH_ROLES, Event, Participation, Unit, evidence
from loaders.parse.dates import (
    FULL_DATE,
    NEWS_TAG,
    DateMention,
    announced_year,
    clause_date,
    find_dates,
    infer_year,
    lead_date,
    named_years,
    reported_year,
    resolve,
    term_opened,
    year_hint,
)
from loaders.text import BULLET, HAMLET, HONORIFIC, OFFICER_RANK, PhraseIndex

_CLAUSE_END = re.compile(r"[;:.]")
# Verbs that say a meeting took place, or a visit: "…, sáng 10-4, đoàn công tác … đã đến thăm, chúc Tết …".
_ORGANISED = re.compile(
    r"\b(?:đã\s+)?(?:tổ chức|khai mạc|bế mạc|diễn ra|họp|tiến hành|đến thăm|làm việc (?:với|tại))\b", re.IGNORECASE
)
_ORGAN_WORDS = (
    ("ubnd", re.compile(r"\b(?:UBND|Ủy ban nhân dân)\b", re.IGNORECASE)),
    ("hdnd", re.compile(r"\b(?:HĐND|Hội đồng nhân dân)\b", re.IGNORECASE)),
    ("btv", re.compile(r"\bBan Thường vụ\b", re.IGNORECASE)),
    ("bch", re.compile(rf"\b(?:{'|'.join(COMMITTEES.values())}|Đảng ủy|Ban Chấp hành|BCH)\b", re.IGNORECASE)),
    ("mttq", re.compile(r"\b(?:MTTQ|Mặt trận)\b", re.IGNORECASE)),
)

# The level of the organ that organises, in its own words ("đoàn công tác của UBND tỉnh", "Huyện ủy tổ chức").
_LEVEL_WORDS = (
    ("province", re.compile(r"\btỉnh\b|Tỉnh ủy", re.IGNORECASE)),
    ("district", re.compile(r"\bhuyện\b|Huyện ủy", re.IGNORECASE)),
    ("commune", re.compile(r"\bxã\b", re.IGNORECASE)),
)


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@dataclass(frozen=True)
class _Cue:
    regex: re.Pattern[str]
    roles: tuple[str, ...]
    # "fronted": only opening its sentence; "after": only after its subject; "listing": fronted, a list; "passive":
    # only after "do" and its subject
    where: str = ""


@lru_cache(maxsize=1)
def _event_kinds_by_surface() -> dict[str, str]:
    """The words that name a meeting, and the category of meeting they make."""
    return {r["surface"]: r["category"] for r in _rows("event_kinds.tsv")}


@lru_cache(maxsize=1)
def _event_kinds() -> PhraseIndex[tuple[re.Pattern[str], str]]:
    surfaces = sorted(_event_kinds_by_surface().items(), key=lambda sc: len(sc[0]), reverse=True)
    return PhraseIndex(
        (surface, (re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)", re.IGNORECASE), category))
        for surface, category in surfaces
    )


@lru_cache(maxsize=1)
def _cues() -> PhraseIndex[_Cue]:
    nots = {r["cue"]: r["not_followed_by"] for r in _rows("participation_not_cues.tsv")}
    cues = []
    for r in sorted(_rows("participation_cues.tsv"), key=lambda r: len(r["cue"]), reverse=True):
        words = r"\s+".join(re.escape(w) for w in r["cue"].split())
        last = r["cue"].split()[-1]
        exclude = nots.get(r["cue"]) or nots.get(last)
        tail = rf"(?!\s+(?:{exclude})(?!\w))" if exclude else ""
        regex = re.compile(rf"(?<!\w){words}(?!\w){tail}", re.IGNORECASE)
        cues.append((r["cue"], _Cue(regex, tuple(r["roles"].split(",")), r.get("where") or "")))
    return PhraseIndex(cues)


def extract_events(ctx: Context, people: People) -> list[Event]:
    events = _find_events(ctx)
    current: dict[int, Event] = {}  # sentence index → the meeting it tells of
    listed = False  # whether the sentence before listed attendees
    bulleted = False  # whether the lines before opened or went on with a list of attendees, one a line
    for sentence in ctx.article.sentences:
        if sentence.is_title:
            continue
        blocks = people.blocks.get(sentence.index, [])
        found = _roles_in(ctx, sentence, blocks)
        bulleted = bulleted and bool(_BULLET.match(sentence.text))
        if not found and ((listed and _HEADED_LIST.match(sentence.text)) or bulleted):
            # "Tham dự có các đại biểu Quốc hội: …. Các đại biểu HĐND tỉnh: bà A, …; ông B, …": the list goes on;
            # "Về dự Đại hội có:", then a line "- Bà A – Phó Chủ tịch …;" for each.
            found = [(b, ("attend",), sentence.start, sentence.start) for b in blocks]
        listed = any(roles == ("attend",) for _, roles, _, _ in found)
        bulleted = bulleted or bool(_ATTENDEES_FOLLOW.match(sentence.text))
        for block, roles, cue_start, cue_end in found:
            if block.person is None:
                continue
            if not events:
                events.append(_undated_event(ctx, sentence))
            current = current or _narrative(events, ctx.article)
            event = current[sentence.index]
            ev = evidence(ctx.article, sentence, min(block.start, cue_start), max(block.end, cue_end))
            capacity = block.title_values[0] if block.title_values else None
            if block.voter:
                # A voter takes part only by what they raise: "Cử tri A kiến nghị …" is a voter's petition.
                roles = ("voter-petition",) if SPEECH_ROLES.intersection(roles) else ()
            for role in roles:
                if not _said_already(event, block.person, role):
                    event.participations.append(Participation(block.person, role, ev, capacity))
    for event in events:
        _settle_visits(event)
    return events


def _settle_visits(event: Event) -> None:
    """A visitor who works with the hosts ("đồng chí X … đã đến thăm và làm việc với …") attended, unless the
    story says they chaired the meeting or led the delegation: that is their part in it."""
    placed = {p.person for p in event.participations if p.role in ("chair", "lead-delegation", "attend")}
    visits = [p for p in event.participations if p.role == "visit"]
    event.participations[:] = [p for p in event.participations if p.role != "visit"]
    for p in visits:
        if p.person not in placed:
            placed.add(p.person)
            event.participations.append(replace(p, role="attend"))


# A line that opens a list of attendees, one a line after it ("Về dự Đại hội có:"), and such a line.
_ATTENDEES_FOLLOW = re.compile(r"(?i)\s*(?:về\s+)?(?:tham\s+)?dự\s[^:.;]{0,80}:\s*$")
_BULLET = re.compile(rf"\s*{BULLET}\s")
# A sentence that is only a headed list of people: "Các đại biểu HĐND tỉnh: …", "Cùng các đồng chí …:".
_HEADED_LIST = re.compile(r"(?i)\s*(?:cùng\s+)?(?:các|những)\s+(?:đại biểu|đồng chí)\b[^:;.]{0,60}:")


def _find_events(ctx: Context) -> list[Event]:
    events: list[Event] = []
    anchor: date | None = None  # the last full date of an article without a date line
    # the report's first sentence that names a meeting: its lead, or the one after a quote that opens the story
    lead = next((s for s in ctx.article.sentences if not s.is_title and _first_kind(s.text) is not None), None)
    for sentence in ctx.article.sentences:
        if sentence.is_title:
            continue
        sitting: tuple[str, DateMention] | None = None
        mention = lead_date(sentence.text) or _clause_date(sentence)
        if mention is None and events:
            sitting = _dated_sitting(sentence.text)
            mention = sitting[1] if sitting else None
        if mention is None:
            mention = _held_on(sentence.text) or _held_by_on(sentence.text)
        if mention is None and not events and sentence is lead:
            mention = _done_on(sentence.text)
        if mention is None and events:
            mention = _same_day(sentence.text, events[-1])
        if mention is None:
            continue
        # only a dated sentence opens a meeting; a sitting of the one before keeps its category
        kind = (sitting[0], events[-1].category) if sitting else _kind(sentence)
        # Only a date with no year in an article with no date line needs a hint (a scan of the text).
        # A dated lead that opens no meeting ("Sáng 1-2, đồng chí A kiểm tra tiến độ … (3-2-1930 - 3-2-2024)")
        # still dates the meetings after it.
        hint = _year_hint(ctx, sentence, mention, anchor) if mention.year is None and ctx.article.year is None else None
        when = resolve(mention, hint, ctx.article.year, ctx.article.month)
        if isinstance(when, date) and ctx.article.year is None:
            anchor = when
        if kind is None:
            continue
        words, category = kind
        if events and events[-1].category == category and _NEXT_DAY_OF.match(sentence.text, mention.end):
            continue  # "Hôm nay (15/8), Đại hội tiếp tục thảo luận …": the meeting told already, on its next day
        event = Event(
            index=len(events) + 1,
            kind=words,
            category=category,
            evidence=evidence(ctx.article, sentence, sentence.start, sentence.end),
            date_text=_TAG_OPENS.sub("", sentence.text[: mention.end].split(",")[-1].strip()),
        )
        if isinstance(when, date):
            event.day = when
        elif isinstance(when, tuple):
            event.month_day = when
        event.organizer, event.organizer_organ = _organizer(ctx, sentence, mention.end)
        events.append(event)
    return events


# A meeting going on into another day: "Hôm nay (15/8), Đại hội tiếp tục thảo luận …".
_NEXT_DAY_OF = re.compile(r"(?i)\W*(?:đại hội|hội nghị|kỳ họp)\s+(?:tiếp tục|bước vào ngày)(?!\w)")


# What leads to the day a phrase dates something: "sáng 22-10", "vào chiều ngày 23/10".
_PART_OF_DAY = r"(?:sáng|chiều|tối|trưa)"
_ON_DAY = rf"(?:(?:vào\s+)?{_PART_OF_DAY}\s+)?(?:ngày\s+)?(?=\d)"
# A sitting of a meeting of several days, dated where the story turns to it: "Dự phiên khai mạc sáng 22-10 có
# …", "Tại phiên bế mạc chiều 23-10, Đại hội đã …".
_SITTING = re.compile(
    r"(?i)(?<!\w)(?P<words>phiên\s+(?:khai mạc|bế mạc|trọng thể|trù bị|thảo luận|làm việc thứ\s+\w+|thứ\s+\w+))\s+"
    r"(?:(?:của\s+)?(?:kỳ họp|hội nghị|đại hội)\s+)?" + _ON_DAY  # "tại phiên khai mạc kỳ họp chiều 6-12"
)


def _dated_sitting(text: str) -> tuple[str, DateMention] | None:
    """The words naming a dated sitting, and its date."""
    m = _SITTING.search(text)
    d = _date_at(text, m.end()) if m is not None else None
    return None if m is None or d is None else (m.group("words"), DateMention(m.start(), d.end, d.day, d.month, d.year))


# A meeting said to be held on a day, later than the lead: "Kỳ họp được tổ chức ngày 19/12, là kỳ họp thường lệ …".
_HELD_ON = re.compile(
    r"(?i)\s*(?P<words>[^,.;:]{2,60}?)\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc)\s+(?:vào\s+)?" + _ON_DAY
)


# A heading the sentence opens with: "* Về công tác kiểm tra, kỷ luật đảng: Tại kỳ họp thứ 27 diễn ra ngày 8/5 …".
_HEADING = re.compile(rf"\s*(?:{BULLET}\s*)?[^:.;]{{2,80}}:\s*")


def _held_on(text: str) -> DateMention | None:
    """The date of a sentence whose subject is a meeting, held on that day (after a heading, if any)."""
    m = _HELD_ON.match(text)
    if m is None and (heading := _HEADING.match(text)) is not None:
        m = _HELD_ON.match(text, heading.end())
    if m is None or _first_kind(m.group("words")) is None:
        return None
    return _date_at(text, m.end())


# …or that names a meeting and then (who held it) when, last: "… tại hội nghị tổng kết …, triển khai nhiệm vụ năm
# 2026 do UBND tỉnh tổ chức chiều 29/12.", "… báo cáo tại Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XXII, nhiệm kỳ
# 2024 - 2029, tổ chức ngày 26/6/2024."
_HELD_BY_ON = re.compile(r"(?i)(?<!\w)(?:do\s+[^.;:]{2,80}?\s+|(?<=,\s)(?:được\s+)?)tổ chức\s+(?:vào\s+)?" + _ON_DAY)
_ENDS_SENTENCE = re.compile(r"\s*[.;]?\s*$")


def _held_by_on(text: str) -> DateMention | None:
    """The date a sentence ends on, after the organiser of the meeting it named."""
    m = _HELD_BY_ON.search(text)
    if m is None or _first_kind(text[: m.start()]) is None:
        return None
    d = _date_at(text, m.end())
    return d if d is not None and _ENDS_SENTENCE.fullmatch(text, d.end) else None


# …or, in the report's first sentence, what was done and then "vào" its day: "Tổ đại biểu HĐND tỉnh … đã tiếp xúc
# cử tri xã Khánh Hòa vào chiều 20/12, sau kỳ họp thứ 22 …"; or the meeting named and when it closed or was held:
# "Với chủ đề …, Đại hội đại biểu Đảng bộ xã Lao Bảo lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc chiều 12/8 …"; or
# its day set off at the end: "Đó là yêu cầu của đồng chí A … khi làm việc với huyện Nhơn Trạch …, ngày 14/5/2024.";
# or the part of the day and the day last: "… được đặt ra tại buổi làm việc giữa lãnh đạo UBND tỉnh với huyện Hướng
# Hoá chiều 29/12."
_ON_DAY_AFTER = (
    rf"(?<!\w)(?:vào|(?:bế mạc|khai mạc|kết thúc|diễn ra)(?:\s+vào)?)\s+(?:buổi\s+)?{_ON_DAY}|"
    rf",\s*{_ON_DAY}(?=[^,;]*$)|"
    rf"(?<!\w){_PART_OF_DAY}\s+(?:ngày\s+)?(?=\d{{1,2}}\s*[/-]\s*\d{{1,2}}(?:\s*[/-]\s*\d{{4}})?\s*\.?\s*$)"
)
_DONE_ON = re.compile(_ON_DAY_AFTER, re.IGNORECASE)
_PLANNED = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|chuẩn bị)(?!\w)")


def _done_on(text: str) -> DateMention | None:
    """The date after "vào" in a lead that names a meeting before it, when the meeting is not one to come."""
    m = _DONE_ON.search(text)
    if m is None or _first_kind(text[: m.start()]) is None or _PLANNED.search(text, 0, m.start()):
        return None
    return _date_at(text, m.end())


# Another meeting the same day: "Chiều cùng ngày, HĐND huyện … tổ chức kỳ họp thứ 9", "Trước đó, sáng cùng ngày, …".
_SAME_DAY = re.compile(rf"(?i)\s*(?:trước đó\s*,\s*)?(?:(?:vào\s+)?(?:buổi\s+)?{_PART_OF_DAY}\s+)?cùng\s+ngày(?=\s*,)")


def _same_day(text: str, before: Event) -> DateMention | None:
    """The day of the meeting before, for a sentence that opens on the same day a meeting of another kind
    ("Chiều cùng ngày, Ban Chấp hành … tổ chức Hội nghị lần thứ nhất" after a congress). The meeting going on
    is not opened again: "Chiều cùng ngày, kỳ họp bế mạc", "Chiều cùng ngày, Đại hội tiến hành thảo luận"."""
    m = _SAME_DAY.match(text)
    if m is None or before.day is None or not _ORGANISED.search(text, m.end()):
        return None
    kinds = [(start, words) for start, words, _ in _kinds_in(text)]
    if not kinds or min(kinds)[1] in {words for _, words, _ in _kinds_in(before.evidence.sentence.text)}:
        return None  # no meeting, or one the sentence that opened the one before named
    start = len(text) - len(text.lstrip())
    return DateMention(start, m.end(), before.day.day, before.day.month, before.day.year)


def _date_at(text: str, pos: int) -> DateMention | None:
    """The date written at pos, a day of the calendar (not "hôm nay")."""
    return next((d for d in find_dates(text) if d.start == pos and not d.relative), None)


def _clause_date(sentence: Sentence) -> DateMention | None:
    """A meeting dated after an introductory clause, when something is organised right after it, or when the
    clause is set in a meeting: "Trong ngày làm việc thứ hai của kỳ họp thứ 5, …, ngày 10/12/2025, các đại biểu …"."""
    mention = clause_date(sentence.text)
    if mention is None:
        return None
    lead = sentence.text[: mention.start]
    if _SET_IN.match(lead) and _first_kind(lead) is not None:
        return mention
    organised = _ORGANISED.search(sentence.text, mention.end)
    if organised is None or re.search(r"(?i)\b(?:sẽ|dự kiến)\s+$", sentence.text[: organised.start()]):
        return None  # nothing organised, or only planned ("ngày 20/7, huyện sẽ tổ chức …")
    return mention


# An introductory clause that sets what follows in a meeting: "Trong ngày làm việc thứ hai của kỳ họp …", "Tại kỳ
# họp thứ 12, …", "Tiếp tục chương trình kỳ họp, …".
_TAG_OPENS = re.compile(rf"^(?:{NEWS_TAG})")  # "VĂN LÃNG (LSO) - " before "Chiều 29/12": the paper's, not the date's
_SET_IN = re.compile(rf"(?i)\s*(?:{NEWS_TAG})?(?:trong|tại|tiếp tục|tiếp theo)\s")  # after the paper's tag


def _year_hint(ctx: Context, sentence: Sentence, mention: DateMention, anchor: date | None) -> int | None:
    """For an article with no date: a meeting told as what came before ("Trước đó, ngày 24/12, …") is on or before
    the one dated before it; else the year its sentence, else its headline, implies; else that of the
    meeting dated before it ("Trong 3 ngày, từ ngày 14 đến ngày 16-10-2020, …. Sáng 14-10, …"); else that
    of the decisions it announces ("công bố Quyết định số 1085-QĐ/TU ngày 15/12/2021"); else the
    year of the part of a year the body reports on ("9 tháng năm 2023, giải ngân …"); else the latest year it
    names, or of the latest day it dates in full ("bàn giao toàn bộ mặt bằng trước ngày 30/9/2023")."""
    if mention.relative:
        return None
    if anchor is not None and _BEFORE_THAT.match(sentence.text):
        # "Trước đó, ngày 24/12, HĐND phường … tổ chức kỳ họp thứ sáu": on or before the meeting told before it
        return anchor.year - ((mention.month, mention.day) > (anchor.month, anchor.day))
    around = f"{sentence.text[: mention.start]} {sentence.text[mention.end :]}"
    reported = reported_year(ctx.article.text)
    for text in (around, ctx.article.title):
        hint = year_hint(text, mention.month, mention.day, reported)
        if hint is not None:
            return _mid_term(ctx.article.text, text, hint)
    if anchor is not None:
        return infer_year(mention.month, anchor.year, anchor.month)
    announced = announced_year(ctx.article.text, mention.month, mention.day)
    if announced is not None:
        return announced
    if reported is not None:
        return reported
    named = [int(m.group("y")) for m in named_years(ctx.article.text)]
    return max(named or [int(m.group("y")) for m in FULL_DATE.finditer(ctx.article.text)], default=None)


def _mid_term(article: str, text: str, hint: int) -> int:
    """A term's opening meeting sits in its first year, but for a unit formed in the middle of the term: a
    commune merged in 2025 holds the first session of the council's 2021 - 2026 term then, and the article dates
    other things of that year ("Từ ngày 01/7/2025, … vận hành …")."""
    opened = term_opened(text)
    if opened is None or opened[0] != hint:
        return hint
    later = [int(m.group("y")) for m in FULL_DATE.finditer(article) if hint < int(m.group("y")) <= opened[1]]
    return min(later, default=hint)


def _kinds_in(text: str) -> list[tuple[int, str, str]]:
    """Where words naming a kind of meeting stand in text, those words as the lexicon has them, and the category
    of meeting they make; in the lexicon's order."""
    found = ((regex.search(text), category) for regex, category in _event_kinds().candidates(text))
    return [(m.start(), m.group(0).lower(), category) for m, category in found if m]


def _first_kind(text: str) -> tuple[int, str] | None:
    """Where the first words naming a meeting stand in text, and the category of meeting they make."""
    found = _kinds_in(text)
    if not found:
        return None
    start, _, category = min(found, key=itemgetter(0))  # the first in the lexicon's order among equals
    return start, category


# Where the words naming a meeting end: the clause's end, its aim, its guests, its form or its day ("tiếp xúc cử tri
# xã Khánh Hòa vào chiều 20/12").
_KIND_ENDS = re.compile(rf"[.;]|\s+(?:nhằm|với sự tham dự|dưới hình thức)\b|\s+{_ON_DAY_AFTER}", re.IGNORECASE)


def _kind(sentence: Sentence) -> tuple[str, str] | None:
    """The words naming the meeting, from its noun to the end of the clause."""
    best = _first_kind(sentence.text)
    if best is None:
        return None
    start, category = best
    rest = sentence.text[start:]
    stop = _KIND_ENDS.search(rest)
    words = rest[: stop.start()] if stop else rest
    if rest[:5].lower() == "phiên":
        # "phiên chính thức Đại hội đại biểu lần thứ XXVI": a sitting of the congress (or council session) it names
        category = next((c for _, _, c in sorted(_kinds_in(words)) if c in _SITTINGS_OF), category)
    return words.strip(" ,")[:200], category


def _organizer(ctx: Context, sentence: Sentence, after: int) -> tuple[Unit | None, str | None]:
    """The organ before "tổ chức" in the lead sentence, and its unit."""
    m = _ORGANISED.search(sentence.text, after)
    if not m:
        return ctx.subject, None
    span = sentence.text[after : m.start()]
    organ = next((code for code, regex in _ORGAN_WORDS if regex.search(span)), None)
    for start, _, kind, name in ctx.gazetteer.find(span):
        if not VENUE_BEFORE.search(span, 0, start):  # "tại thành phố Quy Nhơn, Ban Chấp hành Đảng bộ tỉnh …"
            return ctx.named_unit(kind, name, sentence), organ
    level = next((level for level, regex in _LEVEL_WORDS if regex.search(span)), None)
    if level == "province":
        return ctx.province or Unit.unnamed(level, ctx.article.stem), organ
    if ctx.subject is None and organ is not None and level is not None:
        return Unit.unnamed(level, ctx.article.stem), organ  # "Huyện ủy tổ chức hội nghị" of no district named
    return ctx.subject, organ


def _undated_event(ctx: Context, sentence: Sentence) -> Event:
    """A meeting the article reports without a dated lead: the first one it names."""
    for s in ctx.article.sentences:
        kind = _kind(s)
        if kind is not None:
            return Event(1, kind[0], kind[1], evidence(ctx.article, s, s.start, s.end), organizer=ctx.subject)
    return Event(
        1,
        "hội nghị",
        "conference",
        evidence(ctx.article, sentence, sentence.start, sentence.end),
        organizer=ctx.subject,
    )


def _said_already(event: Event, person: object, role: str) -> bool:
    """A plain "speech" adds nothing to a person known to have made a speech of some kind ("Phát biểu
    kết thúc hội nghị, X yêu cầu …" is one closing speech)."""
    mine = {p.role for p in event.participations if p.person == person}
    return role in mine or (role == "speech" and bool(mine & SPEECH_ROLES))


def _narrative(events: list[Event], article: Article) -> dict[int, Event]:
    """The meeting each sentence tells of: the last one opened so far, unless the sentence names the
    kind of an earlier one ("Trước đó, sáng 8/1, kỳ họp … Phát biểu tại buổi lễ, …" returns to the
    ceremony), which the story then follows again. A meeting told as what came before ("Trước đó,
    chiều 20-7, Đại hội đã tiến hành phiên trù bị …") is told of only in its paragraph: the next one
    returns to the meeting before it, and no later sentence naming its kind returns to it."""
    opened = {e.evidence.sentence.index: e for e in events}
    current = events[0]
    resume: Event | None = None  # the meeting to return to after a paragraph told of an earlier one
    out: dict[int, Event] = {}
    for paragraph in article.paragraphs:
        if resume is not None:
            current, resume = resume, None
        for sentence in paragraph:
            if sentence.index in opened:
                told_before = _BEFORE_THAT.match(sentence.text) or _dated_before(opened[sentence.index], current)
                if told_before and current is not opened[sentence.index]:
                    resume = current
                current = opened[sentence.index]
            elif (m := _meeting_reference().search(sentence.text)) is not None and not (
                m.group(1).lower().startswith("phiên") and current.category in _SITTINGS_OF
            ):  # "Tại phiên thảo luận, …" of a congress or a council session is a sitting of that one
                category = _event_kinds_by_surface()[m.group(1).lower()]
                earlier = [
                    e
                    for e in events
                    if e.evidence.sentence.index < sentence.index
                    and e.category == category
                    and not _BEFORE_THAT.match(
                        e.evidence.sentence.text
                    )  # "Về dự Đại hội có …" is not of the day before
                ]
                if earlier and current.category != category:
                    current = earlier[-1]
            elif current.category not in _SITTINGS_OF and _CLOSING.search(sentence.text):
                # "Phát biểu bế mạc, đồng chí A …" after the first plenum a congress held: the congress closes
                current = next(
                    (e for e in reversed(events[: events.index(current)]) if e.category in _SITTINGS_OF), current
                )
            out[sentence.index] = current
    return out


_BEFORE_THAT = re.compile(r"(?i)\s*trước đó\b")


def _dated_before(event: Event, current: Event) -> bool:
    """Whether a meeting is dated weeks before the one the story tells of: told as background ("Năm 2025 là năm
    đặc biệt … Ngày 13.8, Đảng bộ phường tổ chức thành công Đại hội …" in the report of a December conference).
    The days just before are the same story: a congress's preparatory sitting, a visit's first day."""
    return event.day is not None and current.day is not None and (current.day - event.day).days > _SAME_STORY_DAYS


_SAME_STORY_DAYS = 7

# A meeting said to be run by whom: "Đại hội do Đoàn Chủ tịch gồm …: A, B điều hành", "Phiên họp do đồng chí A điều hành".
_RUN_BY = re.compile(r"(?i)(?<!\w)do\s+[^;]{2,200}$")
_CLOSING = re.compile(r"(?i)(?<!\w)bế mạc(?!\w)")
_SITTINGS_OF = frozenset({"congress-sitting", "session"})  # meetings held in sittings (phiên)


@lru_cache(maxsize=1)
def _meeting_reference() -> re.Pattern[str]:
    """ "tại buổi lễ", "tại hội nghị", "Dự hội nghị có …", "Phát biểu bế mạc Đại hội, …": a sentence saying which
    meeting it is about."""
    surfaces = sorted(_event_kinds_by_surface(), key=len, reverse=True)
    return re.compile(
        rf"(?i)(?<!\w)(?:tại|(?:tham |về |đến )?dự|khai mạc|bế mạc)\s+({'|'.join(map(re.escape, surfaces))})(?!\w)"
    )


def _roles_in(ctx: Context, sentence: Sentence, blocks: list[Block]) -> list[tuple[Block, tuple[str, ...], int, int]]:
    """(block, roles, cue start, cue end) for each role word of the sentence and whom it applies to."""
    text = ctx.article.text
    out: list[tuple[Block, tuple[str, ...], int, int]] = []
    previous: tuple[int, list[Block]] | None = None  # end of the last cue that found its subject, and who
    for start, end, cue in _cue_matches(text, sentence, blocks):
        fronted = _is_fronted(text, sentence, start)
        nominal = bool(
            _NOMINAL_BEFORE.search(text, sentence.start, start) and _NOMINAL_AFTER.match(text, end, sentence.end)
        )
        if (cue.where in ("fronted", "listing") and not fronted) or (cue.where == "after" and (fronted or nominal)):
            continue
        if cue.where == "listing" and not _LISTING.match(text, end, sentence.end):
            continue
        if cue.where == "passive" and not _RUN_BY.search(text, sentence.start, start):
            continue
        if nominal:
            # "có sự tham dự của đồng chí A …; đồng chí B …", "Dưới sự chủ trì của đồng chí A, …"
            targets = _listed_after(text, blocks, end)
        elif fronted:
            targets = _after_fronted_cue(text, sentence, blocks, end)
        else:
            targets = _before_cue(text, blocks, start)
            if not targets and previous is not None and _CUE_CHAIN.fullmatch(text, previous[0], start):
                targets = previous[1]  # "X chủ trì hội nghị và phát biểu kết luận": the same subject
            if not targets and _MEMBERS_LISTED.match(text, end, sentence.end):
                # "Phiên bế mạc do Đoàn Chủ tịch Đại hội chủ trì, gồm các đồng chí: A, …; B, …": the group's members
                targets = [b for b in blocks if b.start >= end and b.person is not None]
        if targets:
            previous = (end, targets)
        out.extend((block, cue.roles, start, end) for block in targets)
    out.extend((block, ("speech",), start, end) for block, start, end in _quoted_or_answered(text, sentence, blocks))
    return out


# Speakers a sentence names without a verb of their own: "(Còn) theo ông A, …" reports what A said; "Trả lời
# (chất vấn của) đại biểu A …, B cho biết …" answers what A asked.
_ATTRIBUTED = re.compile(
    rf"(?i)(?:còn\s+)?(?:(?P<quoted>theo)|trả lời|giải trình|tiếp thu)\s+(?:(?:chất vấn|câu hỏi|ý kiến|kiến nghị)\s+(?:của\s+)?)?"
    rf"(?:các\s+)?(?:{HONORIFIC}\s+|(?:đại biểu|cử tri)\s+)?"
)
_SAID_AFTER = re.compile(r"\s*(?:,|thì\s)")


def _quoted_or_answered(text: str, sentence: Sentence, blocks: list[Block]) -> list[tuple[Block, int, int]]:
    """Those whose words the sentence, or a clause of it after a semicolon, opens with: (block, cue start, cue
    end)."""
    out: list[tuple[Block, int, int]] = []
    clauses = [sentence.start] + [sentence.start + m.end() for m in re.finditer(r";\s*", sentence.text)]
    for clause in clauses:
        m = _ATTRIBUTED.match(text, clause, sentence.end)
        if m is None:
            continue
        first = next((b for b in blocks if m.start() <= b.start <= m.end()), None)
        if first is None:
            continue
        chosen = [first]
        for b in blocks:
            if b.start > chosen[-1].end:
                if not _NEXT_NAMED.fullmatch(text, chosen[-1].end, b.start):
                    break
                chosen.append(b)
        if m.group("quoted") and not _SAID_AFTER.match(text, chosen[-1].end):
            continue  # "Theo ông A, …", "Theo ông A thì …": what follows is A's words
        out.extend((b, m.start(), m.end()) for b in chosen if b.person is not None)
    return out


def _cue_matches(text: str, sentence: Sentence, blocks: list[Block]) -> list[tuple[int, int, _Cue]]:
    """Role words of the sentence, longest first where they overlap, in text order."""
    found: list[tuple[int, int, _Cue]] = []
    for cue in _cues().candidates(sentence.text):
        for m in cue.regex.finditer(text, sentence.start, sentence.end):
            start, end = m.start(), m.end()
            if any(start < e and s < end for s, e, _ in found) or _inside_block(blocks, start):
                continue
            found.append((start, end, cue))
    return sorted(found, key=lambda f: f[0])


# A second role word of the same subject: "… chủ trì hội nghị và phát biểu kết luận", also after another thing it did
# ("A dự, trao quyết định và phát biểu giao nhiệm vụ").
_CUE_CHAIN = re.compile(
    r"(?:\s*,\s*[^\W\d][^,;:.]{0,40}?)?[^,;:.]{0,60}?\s(?:và|đồng thời)\s+(?:có\s+(?:bài|ý kiến)\s+)?", re.IGNORECASE
)


def _inside_block(blocks: list[Block], pos: int) -> bool:
    return any(b.start <= pos < b.end for b in blocks)


# Words that may open a sentence before a fronted role word without being its subject; "Thay mặt Đoàn Chủ
# tịch, đồng chí X phát biểu …": X speaks for the presidium, so is on it. "Các đồng chí chủ toạ kỳ họp: A, …; B …":
# those the list after the role word names.
_FRONT_FILLER = re.compile(
    r"(?i)^(?:tại (?:hội nghị|kỳ họp|đại hội|buổi lễ)|về phía [^,;:.]{1,60}|đồng thời|sau đó|thay mặt|cùng|cũng|về|xúc động|"
    r"đến|tới|(?:các|những) (?:đồng chí|đại biểu))"
    r"\s*,?\s*"
)


# A role word made a noun: "sự tham dự của", "sự chủ trì của", "bài phát biểu của", "theo báo cáo của",
# "(đã) nghe (các) tham luận của", "trong đó có tham luận của".
_MEMBERS_LISTED = re.compile(rf"\s*,\s*gồm\s+(?:có\s+)?(?:các\s+)?(?:{HONORIFIC})?\s*:", re.IGNORECASE)
_NOMINAL_BEFORE = re.compile(r"(?<!\w)(?:sự|bài|ý kiến|theo|các|những|có|nghe)\s+$", re.IGNORECASE)
_NOMINAL_AFTER = re.compile(r"\s+của\b", re.IGNORECASE)
# What one listed person spoke about, before the next: "các tham luận của ông A, … về …; bà B, … về …", "… về … và
# ông B, …" (an honorific after "và" opens the next person, not more of the topic).
_TOPIC_THEN_NEXT = re.compile(
    rf"\s+về\s[^;.]{{0,150}}?(?:;\s*(?:{HONORIFIC}\s*)?|\s+và\s+(?:{HONORIFIC})\s+)", re.IGNORECASE
)
_OF_WHOM = re.compile(rf"\s+của\s+(?:các\s+)?(?:{HONORIFIC}\s*:?\s*)?", re.IGNORECASE)


def _listed_after(text: str, blocks: list[Block], end: int) -> list[Block]:
    """The person right after a role noun and those listed with them ("A …; B …", "A và B")."""
    after = [b for b in blocks if b.start >= end]
    if not after or not _OF_WHOM.fullmatch(text, end, after[0].start):
        return []
    chosen = [after[0]]
    for b in after[1:]:
        if not (
            _SUBJECTS_JOIN.fullmatch(text, chosen[-1].end, b.start)
            or _TOPIC_THEN_NEXT.fullmatch(text, chosen[-1].end, b.start)
        ):
            break
        chosen.append(b)
    return [b for b in chosen if b.person is not None]


def _is_fronted(text: str, sentence: Sentence, start: int) -> bool:
    """Whether a role word opens its sentence ("Phát biểu chỉ đạo tại hội nghị, đồng chí X …") or a clause of
    it after a semicolon ("A … chủ trì phiên họp; dự có bà B …")."""
    lead = text[sentence.clause_start(start) : start].strip()
    if not re.search(r"\w", _FRONT_FILLER.sub("", lead)):
        return True
    # "Tại buổi làm việc do A chủ trì, cùng dự có B …; C …": "cùng" opens a clause of its own after a comma, and
    # so does a word of attending that lists people ("…, tham dự về phía huyện Lạc Sơn có các đồng chí: A, …")
    if "," not in lead:
        return False
    after_comma = lead.rsplit(",", 1)[1].strip().lower()
    return after_comma == "cùng" or (not after_comma and _ATTENDING_LISTS.match(text, start, sentence.end) is not None)


_ATTENDING_LISTS = re.compile(rf"(?i)(?:tham\s+)?dự\b[^,;:.]{{0,60}}?\bcó\s+(?:các\s+)?{HONORIFIC}\b")


# A fronted role word that opens a list: "Dự hội nghị có …", "Về phía huyện Trùng Khánh có …", "Dự hội nghị,
# về phía tỉnh có …", "Tham dự buổi làm việc về phía huyện Đình Lập còn có …"; or a colon: "Đoàn Chủ tịch Đại
# hội: đồng chí A, …; đồng chí B, …". The meeting may be told at length before them: "Tham dự buổi làm việc chiều cùng
# ngày tại UBND huyện có ông A, …".
_LISTING = re.compile(r"[^,;:.]{0,60}?(?:(?:,?\s*về phía [^,;:.]{1,60}?)?\b(?:có|gồm|là)\b|\s*:)")


def _after_fronted_cue(text: str, sentence: Sentence, blocks: list[Block], end: int) -> list[Block]:
    """ "Dự hội nghị có các đồng chí: A …; B …" → all listed; "Phát biểu …, đồng chí X" → X."""
    after = [b for b in blocks if b.start >= end]
    if not after:
        return []
    if _LISTING.match(text, end, sentence.end):
        return [b for b in after if b.person is not None]
    comma = text.find(",", end, sentence.end)
    first = after[0]
    # The person right after the comma; a title that names nobody ("đồng chí Bí thư") gives no one.
    if comma < 0 or first.start <= comma or first.person is None:
        return []
    # … and those joined to them by "và": "Thảo luận tại hội nghị, đồng chí A, Phó Chủ tịch UBND huyện và đồng chí
    # B, Bí thư Đảng ủy xã Tùng Lộc đã tham luận …"
    chosen = [first]
    for b in after[1:]:
        if not _AND_NEXT.fullmatch(text, chosen[-1].end, b.start):
            break
        chosen.append(b)
    return [b for b in chosen if b.person is not None]


_AND_NEXT = re.compile(rf"\s*,?\s*và\s+(?:{HONORIFIC}\s+)?", re.IGNORECASE)


# The term of the post just named: "Bí thư Huyện ủy khóa XXV".
_POST_TERM = r"khóa\s+[IVXLC\d]+"
# What may stand between a subject and its role word: the dash closing their titles ("Ông A - Chủ tịch HĐND tỉnh -
# chủ trì"), the words closing a quote ("…", ông A, Bí thư Đảng ủy xã xúc động nói khi phát biểu khai mạc), a contrast ("Bà B, Phó Chủ tịch UBND huyện Ngọc Hiển thì kiến nghị …"), those who joined them ("A, Chủ tịch UBND huyện cùng trưởng một số phòng chuyên môn đã làm rõ …"),
# adverbs (of manner too: "thẳng thắn nhìn nhận"), "thay mặt …", "có bài …", the term of the post just named
# ("Bí thư Huyện ủy khóa XXV phát biểu khai mạc", "Chủ tịch HĐND xã khóa trước triệu tập, khai mạc và chủ tọa kỳ
# họp"), a deputy's constituency ("đại biểu HĐND tỉnh đơn vị huyện Hưng Hà nêu …") or a voter's village, who was
# appointed to do it ("A, Bí thư Đảng ủy xã, được Thường trực HĐND tỉnh chỉ định triệu tập, chủ tọa kỳ họp"), also
# in brackets ("Đại biểu A (Tổ đại biểu xã B) phản ánh …").
_SUBJECT_GAP = re.compile(
    rf"(?:\s|,|\)|(?<=\s)-(?=\s)|đã|cũng|cùng|đều|thì|lần lượt|trực tiếp|tiếp tục|về|thẳng thắn|xúc động|ân cần|phấn khởi|nói khi|thay mặt [^,;:.]{{1,60}}?(?=\s)|{_POST_TERM}|"
    r"được(?: [^,;:.]{1,40}?)? (?:chỉ định|phân công|ủy quyền|bầu)(?=\s)|"
    r"(?:khóa|nhiệm kỳ) (?:trước|mới|này)|(?:triệu tập|khai mạc)(?:,| và)|"
    r"(?:và|cùng(?: với)?) (?:các đồng chí|lãnh đạo|đại diện|(?:thủ )?trưởng|một số)(?:[^,;:.]|, (?=ban|ngành|đoàn thể)){0,60}?(?=\s)|"
    r"(?:nhiệm kỳ|giai đoạn) \d{4}\s*-\s*\d{4}|đơn vị (?:bầu cử )?[^,;:.]{1,40}?(?=\s)|"
    # the field a deputy is in charge of, as an aside: "A, phụ trách lĩnh vực đô thị, đề xuất …"
    r"phụ trách [^,;:.]{1,50}?(?=,)|"
    # … and what one who holds no post owns: "Bà A, chủ một homestay tại thôn Nà Tông, đề nghị …"
    r"chủ (?!trì|tọa|toạ|tịch|nhiệm|động|trương)[^,;:.]{1,50}?(?=,)|"
    # … or who they are: "Cử tri Hồ Văn Lâm, người Vân Kiều, đề nghị …", "Ông Ka Sim, người Chăm, kiến nghị …"
    r"người [^,;:.]{1,40}?(?=,)|"
    # … or whom they speak for on a resolution: "đồng chí A, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, báo cáo viên Tỉnh ủy
    # truyền đạt …"
    r"báo cáo viên(?: [^,;:.]{1,30}?)?(?=[\s,])|"
    r"tại (?:hội nghị|kỳ họp|đại hội|buổi lễ|phiên [^,;:.]{1,30}?(?=\s))|có (?:bài|ý kiến)|\([^()]{1,60}\)|"
    # where a voter lives: "Cử tri Lò Văn Pọm, bản Tà Số 1 phản ánh …"
    rf"{HAMLET} [^,;:.]{{1,30}}?(?=\s)|"
    # what a visitor did before working with the hosts: "… đã đến thăm và làm việc với", "đã kiểm tra, làm việc tại",
    # also as the delegation's leader: "… dẫn đầu đoàn công tác đến khảo sát vùng điều tại xã Đak Ơ, sau đó chủ trì …"
    r"dẫn đầu đoàn(?: công tác)?(?: của (?:tỉnh|huyện|thành phố))?(?=\s)|sau đó|"
    r"(?:đến|tới|đi) (?=thăm|kiểm tra|khảo sát)|(?:thăm|kiểm tra|khảo sát)(?: [^,;:.]{1,40}?)?(?:,| và)(?=\s))*",
    re.IGNORECASE,
)
# What joins several subjects of one role word: "A và B", "A, B", "A …; B …" (a listing), "… C và các đồng
# chí trong Ban Thường vụ chủ trì"; the term of the post just named may end a subject ("A, Bí thư Huyện ủy
# khóa XXIII; đồng chí B, …"); the post the next ones share may open them, its organ left out ("Chủ tịch HĐND xã A
# cùng hai Phó Chủ tịch B, C chủ tọa …"); they may be listed ("A, Bí thư Huyện ủy cùng các đồng chí: B, …; C, …
# chủ trì Đại hội").
_SUBJECTS_JOIN = re.compile(
    rf"(?:\s+{_POST_TERM})?\s*(?:,|;|và|cùng|cùng với)\s*(?:các\s+)?(?:(?:{HONORIFIC}|{OFFICER_RANK})\s*:?\s*)?"
    r"(?:(?:trong|thuộc)\s+)?(?:(?:hai|ba|bốn|\d+)\s+(?:Phó\s+)?(?:Chủ tịch|Bí thư|Chủ nhiệm|Trưởng ban)\s+)?",
    re.IGNORECASE,
)
# The next of several named: "đại biểu A (tổ đại biểu xã B) và C".
_NEXT_NAMED = re.compile(r"(?:\s*\([^()]{1,60}\))?" + _SUBJECTS_JOIN.pattern, re.IGNORECASE)


# A title the lexicons cannot read, in apposition after the named person: ", Trưởng Công an huyện".
_APPOSITION = re.compile(
    r"\s*,\s*(?:Phó\s+|Tổng\s+)?(?:Trưởng|Tổ trưởng|Tổ phó|Giám đốc|Chủ tịch|Bí thư|Chánh|Chủ nhiệm|Ủy viên|Chỉ huy|Đại biểu)\b"
    r"(?:[^,;:.()]|\([^()]{1,20}\)){0,80}"  # "… Ngân hàng Chính sách xã hội (NHCSXH) huyện"
)


# A verb of asking before the person: they are its object, and the role word what is asked.
_OBJECT_OF = re.compile(
    r"(?i)(?<!\w)(?:đề nghị|yêu cầu|giao(?: cho)?|chỉ đạo|mời|đề xuất|phân công|cử)\s+"
    rf"(?:các\s+)?(?:{HONORIFIC}\s+)?$"
)

# … unless what B is given is to go on with it there and then: "A giao đồng chí B, Phó Chủ tịch Thường trực UBND huyện
# tiếp tục điều hành phiên họp" (the chair hands the sitting over).
_GOES_ON = re.compile(r"\s*(?:,\s*)?tiếp tục\s+$")


def _before_cue(text: str, blocks: list[Block], start: int) -> list[Block]:
    """The subject: the person block right before the role word, with any joined by "và", ",", ";".

    Only adverbs may stand between subject and role word: in "X đánh giá cao báo cáo …" the
    "báo cáo" is a noun, not something X did.
    """
    before = [b for b in blocks if b.end <= start]
    if not before:
        return []
    gap_ok = _SUBJECT_GAP.fullmatch(text, before[-1].end, start) is not None
    if not gap_ok and before[-1].name and _APPOSITION.fullmatch(text, before[-1].end, start):
        gap_ok = True
    if not gap_ok:
        return []
    chosen = [before[-1]]
    for b in reversed(before[:-1]):
        if _SUBJECTS_JOIN.fullmatch(text, b.end, chosen[0].start):
            chosen.insert(0, b)
        else:
            break
    if _OBJECT_OF.search(text[max(0, chosen[0].start - 40) : chosen[0].start]) and not _GOES_ON.match(
        text, chosen[-1].end, start
    ):
        return []  # "A đề nghị đồng chí B báo cáo …": B is asked to, not reported as doing it
    return [b for b in chosen if b.person is not None]
