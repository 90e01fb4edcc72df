"""Party congresses and plenums read from text.

A congress is named in three ways: as a congress ("Đại hội (đại biểu) Đảng bộ huyện lần thứ XXII",
"Nghị quyết Đại hội Đảng bộ huyện Hà Trung khóa XXII", "Đại hội XIII của Đảng"), through the committee
term it elected ("Ban Chấp hành Đảng bộ huyện khóa XXVII", "Huyện ủy khóa XXVI"), or inside a plenum
("hội nghị BCH Đảng bộ tỉnh lần thứ 15 (khóa XIX)"). One small phrase parser reads all three: an
opening cue, then organisation, ordinal, khóa, term and filler words in any order, separated by
spaces, commas or brackets. The words live in data/lookup/congress_cues.tsv; the grammar is here.
HĐND terms ("HĐND tỉnh khóa XVIII") never match: no party cue opens them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.article import Sentence
from loaders.context import Context
from loaders.gazetteer import AFTER_KIND, KIND_AGAIN, KIND_ALTERNATION, KINDS, LOOKUP, names_another_kind
from loaders.model import Congress, Evidence, Unit, evidence
from loaders.parse.roman import ORDINAL_PATTERN, is_roman, parse_ordinal, to_int, to_roman
from loaders.text import key, skip_space

CENTRAL = "central"
# The national party has no administrative unit of its own; emit maps level "central" to it.
NATIONAL_PARTY = Unit(kind="", name="Đảng Cộng sản Việt Nam", level=CENTRAL)
_LEVEL_OF_KIND = {kind: level for kind, level in KINDS.values()}
_SEP = re.compile(r"(?:\s+-\s+|[\s,()])*")
# What a unit is called now, in brackets after its name or its kind.
_NOW_CALLED = re.compile(r"\(?\s*nay là\s[^()]{1,60}\)", re.IGNORECASE)
_NOW_KIND = re.compile(rf"\s*\(\s*nay là\s+(?P<kind>{KIND_ALTERNATION})\s*\)", re.IGNORECASE)
_YEARS = r"(?P<y1>(?:19|20)\d\d)\s*-\s*(?P<y2>(?:19|20)\d\d)(?!\d)"
# Bare numerals only right after "Đại hội" and only in capitals: "Đại hội XIII của Đảng".
_KIND_AGAIN = re.compile(KIND_AGAIN)
_AFTER_KIND = re.compile(AFTER_KIND)
_ROMAN = re.compile(r"(?<!\w)(?P<n>[IVXLC]+)(?!\w)")


@dataclass(frozen=True)
class Org:
    """An organisation word of a phrase: unit kind (or "central"), proper name if written, cue role."""

    kind: str
    name: str | None
    role: str


@dataclass
class Phrase:
    """One congress, committee or plenum phrase; offsets into the sentence text."""

    anchor: str
    start: int
    end: int
    org: Org | None = None
    ordinal: int | None = None  # "lần thứ N"
    khoa: int | None = None  # "khóa N"
    roman: int | None = None  # bare numeral after "Đại hội"
    term: tuple[int, int] | None = None
    followed_by_name: bool = False  # "toàn quốc lần thứ V Hội Cựu chiến binh": not the party's


@dataclass
class Mention:
    unit: Unit
    ordinal: int
    via_term: bool
    term: tuple[int, int] | None
    evidence: Evidence


@dataclass(frozen=True)
class _Lexicon:
    kinds: dict[str, str]  # cue key → kind column
    anchors: re.Pattern[str]  # any cue that opens a phrase: congress, plenum, committee, party
    anchor_roles: dict[str, str]  # cue key → role
    org: re.Pattern[str]
    kind_word: re.Pattern[str]
    ordinal: re.Pattern[str]
    khoa: re.Pattern[str]
    term: re.Pattern[str]
    term_cue: re.Pattern[str]
    filler: re.Pattern[str]
    plenum_ref: re.Pattern[str]
    term_block: re.Pattern[str]
    name_stops: frozenset[str] = field(default_factory=frozenset)


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _alternation(phrases: list[str]) -> str:
    """Whole-word alternation, longest first so "của Đảng bộ" wins over "của Đảng"."""
    parts = [r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True)]
    return rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rows = _rows("congress_cues.tsv")
    by_role: dict[str, list[str]] = {}
    for r in rows:
        by_role.setdefault(r["role"], []).append(key(r["phrase"]))
    org_rows = [r for r in rows if r["role"] in ("committee", "party")]
    # "của Đảng", "toàn quốc" qualify a congress; alone they open nothing ("sự lãnh đạo của Đảng").
    opening = [
        r
        for r in rows
        if r["role"] in ("congress", "plenum", "committee", "party")
        and not (r["role"] == "party" and r["kind"] == CENTRAL)
    ]
    stops = {key(p).split()[0] for role in ("ordinal", "khoa", "term") for p in by_role[role]}
    return _Lexicon(
        kinds={key(r["phrase"]): r["kind"] for r in org_rows},
        anchors=_compile(_alternation([key(r["phrase"]) for r in opening])),
        anchor_roles={key(r["phrase"]): r["role"] for r in opening + org_rows},
        org=_compile(_alternation([key(r["phrase"]) for r in org_rows])),
        kind_word=_compile(_alternation(list(KINDS))),
        ordinal=_compile(rf"{_alternation(by_role['ordinal'])}\s+(?P<n>{ORDINAL_PATTERN})"),
        khoa=_compile(rf"{_alternation(by_role['khoa'])}\s+(?P<n>{ORDINAL_PATTERN})"),
        term=_compile(rf"(?:{_alternation(by_role['term'])}\s+)?{_YEARS}"),
        term_cue=_compile(rf"{_alternation(by_role['term'])}\s+{_YEARS}"),
        filler=_compile(_alternation(by_role["filler"])),
        plenum_ref=_compile(rf"{_alternation(by_role['plenum-ref'])}\s+$"),
        term_block=_compile(_alternation(by_role["term-block"])),
        name_stops=frozenset(stops),
    )


# ---------------------------------------------------------------------------------------------
# The phrase parser


def _spaces(text: str, pos: int) -> int:
    """Width of the white space at pos; a hard line break inside a sentence counts as a space."""
    return skip_space(text, pos) - pos


def name_after(ctx: Context, kind: str, text: str, pos: int) -> tuple[str, int] | None:
    """The proper name right after a kind word ("huyện| Thọ Xuân"), read as the gazetteer reads units.

    Titles are sometimes all capitals ("ĐẢNG BỘ PHƯỜNG HẠC THÀNH LẦN THỨ NHẤT"): the gazetteer reads such a
    run title-cased, which keeps every offset.
    """
    gap = _AFTER_KIND.match(text, pos)  # spaces, or a city's initials right after the kind: "Đảng bộ TP.HCM"
    if gap is None:
        return None
    again = _KIND_AGAIN.match(text, gap.end())  # "Thành ủy TP HCM", "Quận ủy Quận 5": the kind said again
    if again is not None and names_another_kind(again, kind):
        return None
    start = again.end() if again is not None else gap.end()
    found = ctx.gazetteer.read_after_kind(kind, text[start:])  # capitals it reads title-cased itself
    if found is None:
        return None
    end, _, name = found
    if key(name).split()[0] in _lexicon().name_stops:  # "Đảng bộ huyện Lần thứ ...": no name
        return None
    return name, start + end  # where the name as written ends: "HCM" is "Hồ Chí Minh"


def _org_at(ctx: Context, text: str, pos: int) -> tuple[Org, int] | None:
    lex = _lexicon()
    m = lex.org.match(text, pos)
    if m is None:
        return None
    cue = key(m.group(0))
    kind, end = lex.kinds[cue], m.end()
    if kind == CENTRAL:
        return Org(CENTRAL, None, lex.anchor_roles[cue]), end
    if kind == "+":  # the kind word must follow: "Đảng bộ huyện", "Đảng ủy xã"
        k = lex.kind_word.match(text, end + _spaces(text, end))
        if k is None:
            return _own_party(ctx, text, cue, end)
        kind, end = KINDS[key(k.group(0))][0], k.end()
        now = _NOW_KIND.match(text, end)
        if now is not None:  # "Đảng bộ thị xã (nay là thành phố) Phổ Yên": the unit as it is now
            kind, end = KINDS[key(now.group("kind"))][0], now.end()
    named = name_after(ctx, kind, text, end)
    if named is not None:
        return Org(kind, named[0], lex.anchor_roles[cue]), named[1]
    return Org(kind, None, lex.anchor_roles[cue]), end


def _own_party(ctx: Context, text: str, cue: str, end: int) -> tuple[Org, int] | None:
    """A bare "Đảng bộ" numbered right away ("Đại hội đại biểu Đảng bộ lần thứ I"): the article's own."""
    lex = _lexicon()
    numbered = lex.ordinal.match(text, end + _spaces(text, end)) or lex.khoa.match(text, end + _spaces(text, end))
    if lex.anchor_roles[cue] != "party" or numbered is None or ctx.subject is None:
        return None
    return Org(ctx.subject.kind, None, "party"), end


def _number(m: re.Match[str] | None) -> tuple[int, int] | None:
    """(value, end) of an ordinal match, None when the letters are no valid numeral."""
    if m is None:
        return None
    n = parse_ordinal(m.group("n"))
    return (n, m.end()) if n is not None else None


def _step(ctx: Context, phrase: Phrase, text: str, pos: int) -> int | None:
    """Read one more word group into the phrase; its end, or None when the phrase stops here."""
    lex = _lexicon()
    if phrase.org is not None and (renamed := _NOW_CALLED.match(text, pos)) is not None:
        return renamed.end()  # "Đảng bộ huyện Tân Thành (nay là thị xã Phú Mỹ) lần thứ VI": the party as it was
    t = lex.term.match(text, pos)
    if t is not None:
        if phrase.term is not None:
            return None
        phrase.term = (int(t.group("y1")), int(t.group("y2")))
        return t.end()
    org = _org_at(ctx, text, pos)
    if org is not None:
        # A second organisation starts another phrase, except the national party said twice:
        # "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng".
        if phrase.org is not None and not (phrase.org.kind == org[0].kind == CENTRAL):
            return None
        phrase.org = phrase.org or org[0]
        return org[1]
    for attr, pattern in (("ordinal", lex.ordinal), ("khoa", lex.khoa)):
        n = _number(pattern.match(text, pos))
        if n is not None:
            if getattr(phrase, attr) is not None:
                return None
            setattr(phrase, attr, n[0])
            return n[1]
    r = _ROMAN.match(text, pos) if phrase.anchor == "congress" and phrase.roman is None else None
    if r is not None and is_roman(r.group("n")):
        phrase.roman = to_int(r.group("n"))
        return r.end()
    f = lex.filler.match(text, pos)
    return f.end() if f is not None else None


def _after_separators(text: str, pos: int) -> int:
    m = _SEP.match(text, pos)
    return m.end() if m else pos


def parse_phrase(ctx: Context, text: str, anchor: re.Match[str]) -> Phrase:
    """The phrase opened by an anchor cue, read as far as its words go."""
    role = _lexicon().anchor_roles[key(anchor.group(0))]
    phrase = Phrase(anchor=role, start=anchor.start(), end=anchor.end())
    pos = anchor.end() if role in ("congress", "plenum") else anchor.start()
    while True:
        start = _after_separators(text, pos) if pos > phrase.start else pos
        end = _step(ctx, phrase, text, start)
        if end is None:
            break
        pos = phrase.end = end
    span = text[phrase.start : phrase.end]
    if span.count("(") > span.count(")") and text.startswith(")", phrase.end):
        phrase.end += 1  # "(khóa XIX)": the evidence quotes the bracket it opened
    after = re.match(r" +(\w)", text[phrase.end :])
    phrase.followed_by_name = after is not None and after.group(1).isupper()
    return phrase


@lru_cache(maxsize=4096)
def _anchors(text: str) -> tuple[re.Match[str], ...]:
    """The cues of a text that may open a phrase (cached: congresses, plenums and committees all ask)."""
    return tuple(_lexicon().anchors.finditer(text))


def phrases(ctx: Context, text: str, roles: frozenset[str]) -> Iterator[Phrase]:
    """Phrases of the sentence opened by cues of the given roles, left to right, not nested."""
    lex = _lexicon()
    consumed = -1
    for anchor in _anchors(text):
        if anchor.start() < consumed or lex.anchor_roles[key(anchor.group(0))] not in roles:
            continue
        phrase = parse_phrase(ctx, text, anchor)
        if phrase.org is not None:
            consumed = phrase.end
        yield phrase


# ---------------------------------------------------------------------------------------------
# From phrases to congresses


def party_unit(ctx: Context, org: Org, sentence: Sentence) -> Unit | None:
    """The unit whose Đảng bộ the organisation word names; generic words take the article's unit."""
    if org.kind == CENTRAL:
        return NATIONAL_PARTY
    if org.name:
        return ctx.named_unit(org.kind, org.name, sentence)
    level = _LEVEL_OF_KIND[org.kind]
    central_city = org.kind == "thành phố" and ctx.province is not None and ctx.province.kind == org.kind
    # "Đảng bộ thành phố" is the article's city of district level, if it has one and the article is dated before July
    # 2025, when such cities were abolished; else the centrally run city's ("Đảng bộ thành phố" in an article about a
    # huyện of Hải Phòng, or about a ward of the former city of Thủy Nguyên after the reform)
    unit = ctx.unit_at(level, org.kind) if ctx.before_two_levels or not central_city else None
    if unit is None and central_city:
        unit = ctx.province
    unit = unit or ctx.unit_at(level) or named_in_article(ctx, org.kind)
    if unit is None:
        ctx.report("unresolved-party-organisation", f"Đảng bộ {org.kind}", sentence)
    return unit


def named_in_article(ctx: Context, kind: str) -> Unit | None:
    """The one unit of this kind the article names in its party words ("Huyện ủy Lệ Thủy"), if only one.

    The article's subject comes from unit phrases ("huyện Lệ Thủy"); an article that names its
    district only as "Huyện ủy Lệ Thủy" leaves the generic "Đảng bộ huyện" without one.
    """
    roles = frozenset({"congress", "plenum", "committee", "party"})
    named: dict[tuple[str, str], Unit] = {}
    for sentence in ctx.article.sentences:
        for phrase in phrases(ctx, sentence.text, roles):
            if phrase.org is not None and phrase.org.kind == kind and phrase.org.name:
                unit = ctx.named_unit(kind, phrase.org.name, sentence)
                named.setdefault(unit_key(unit), unit)
    return next(iter(named.values())) if len(named) == 1 else None


def _congress_number(phrase: Phrase, org: Org | None) -> tuple[int, bool] | None:
    """(ordinal, via_term) of a phrase that names a congress, else None."""
    if org is None:
        return None
    if phrase.anchor == "congress":
        if org.kind == CENTRAL and phrase.followed_by_name:
            return None
        n = phrase.ordinal or phrase.khoa or phrase.roman
        return (n, False) if n else None
    if org.kind == CENTRAL:
        # "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII": the term names who issued a
        # resolution the article cites, not a congress it reports on; a local committee's term is its own story.
        return None
    return (phrase.khoa, True) if phrase.khoa else None


def _clause_end(text: str, pos: int) -> int:
    semicolon = text.find(";", pos)
    return semicolon if semicolon >= 0 else len(text)


def _term_in_clause(text: str, phrase: Phrase) -> tuple[int, int] | None:
    """A "nhiệm kỳ Y-Y" later in the clause, when nothing that has its own term stands between."""
    lex = _lexicon()
    end = _clause_end(text, phrase.end)
    m = lex.term_cue.search(text, phrase.end, end)
    if m is None or lex.term_block.search(text, phrase.end, m.start()):
        return None
    return int(m.group("y1")), int(m.group("y2"))


def _plausible(term: tuple[int, int] | None) -> tuple[int, int] | None:
    """Party terms run five years; anything else is another period."""
    return term if term is not None and term[1] - term[0] == 5 else None


def mentions(ctx: Context) -> list[Mention]:
    """Every congress mention of the article, not deduplicated: in text order, then the congresses numbered with
    no party named, once the article's own are known."""
    roles = frozenset({"congress", "plenum", "committee", "party"})
    out: list[Mention] = []
    unowned: list[tuple[Sentence, Phrase, int]] = []
    for sentence in ctx.article.sentences:
        for phrase in phrases(ctx, sentence.text, roles):
            org = phrase.org
            if org is None and phrase.anchor in ("congress", "plenum"):
                # "Đảng bộ huyện Đô Lương khai mạc Đại hội đại biểu lần thứ XXVI", "Huyện ủy tổ chức
                # hội nghị lần thứ 14, khóa XXVI": the organisation is the subject of the clause.
                org = _org_before(ctx, sentence.text, phrase.start)
            if org is None and phrase.anchor == "congress" and phrase.ordinal:
                unowned.append((sentence, phrase, phrase.ordinal))
            number = _congress_number(phrase, org)
            if number is None or org is None:
                continue
            unit = party_unit(ctx, org, sentence)
            if unit is None:
                continue
            out.append(_mention(ctx, sentence, phrase, unit, number))
    for sentence, phrase, ordinal in unowned:
        # "18/22 chỉ tiêu Nghị quyết Đại hội lần thứ XXII đạt và vượt" in a report of the XXIII congress of one
        # party organisation: that organisation's congress before, or the one it holds.
        owners = {unit_key(m.unit): m.unit for m in out if not m.via_term and m.ordinal in (ordinal, ordinal + 1)}
        if len(owners) == 1:
            out.append(_mention(ctx, sentence, phrase, next(iter(owners.values())), (ordinal, False)))
    return out


def _mention(ctx: Context, sentence: Sentence, phrase: Phrase, unit: Unit, number: tuple[int, bool]) -> Mention:
    term = _plausible(phrase.term or _term_in_clause(sentence.text, phrase))
    ev = evidence(ctx.article, sentence, sentence.start + phrase.start, sentence.start + phrase.end)
    return Mention(unit, number[0], number[1], term, ev)


def unit_key(unit: Unit) -> tuple[str, str]:
    return unit.level, key(unit.label)


def extract_congresses(ctx: Context) -> list[Congress]:
    """One Congress per (party organisation, ordinal): first evidence, a term from any mention."""
    merged: dict[tuple[tuple[str, str], int], Congress] = {}
    for m in mentions(ctx):
        k = (unit_key(m.unit), m.ordinal)
        c = merged.get(k)
        if c is None:
            merged[k] = Congress(m.unit, m.ordinal, to_roman(m.ordinal), m.evidence, m.term, m.via_term)
            continue
        c.term = c.term or m.term
        c.via_term = c.via_term and m.via_term
    return list(merged.values())


# ---------------------------------------------------------------------------------------------
# Plenums


def find_plenum(ctx: Context, sentence: Sentence) -> tuple[int, int] | None:
    """(term ordinal, plenum number) of a local party committee plenum the sentence names, else None."""
    text = sentence.text
    lex = _lexicon()
    for phrase in phrases(ctx, text, frozenset({"plenum"})):
        if phrase.ordinal is None or lex.plenum_ref.search(text[: phrase.start]):
            continue
        org = phrase.org or _org_before(ctx, text, phrase.start)
        if org is None or org.kind == CENTRAL:
            continue
        term = phrase.khoa or _current_term(ctx, sentence, org)
        if term is None:
            ctx.report("unresolved-plenum-term", text[phrase.start : phrase.end], sentence)
            continue
        return term, phrase.ordinal
    return None


def _org_before(ctx: Context, text: str, pos: int) -> Org | None:
    """The committee that holds a plenum named before it: "Huyện ủy Thọ Xuân tổ chức hội nghị lần thứ 12"."""
    clause_start = text.rfind(";", 0, pos) + 1
    found = [p.org for p in phrases(ctx, text[:pos], frozenset({"committee", "party"})) if p.start >= clause_start]
    return found[-1] if found and found[-1] is not None else None


def _current_term(ctx: Context, sentence: Sentence, org: Org) -> int | None:
    """The term of a plenum written without "khóa": the article's khóa of that committee, else the
    congress whose term covers the year, else the only congress of that organisation it names."""
    unit = party_unit(ctx, org, sentence)
    if unit is None:
        return None
    own = [m for m in mentions(ctx) if unit_key(m.unit) == unit_key(unit)]
    via_term = [m.ordinal for m in own if m.via_term]
    if via_term:
        return max(via_term)
    year = ctx.year_hint(sentence)
    covering = {m.ordinal for m in own if m.term and year is not None and m.term[0] <= year <= m.term[1]}
    if len(covering) == 1:  # two terms meet in a congress year: then the year does not tell
        return covering.pop()
    ordinals = {m.ordinal for m in own}
    return ordinals.pop() if len(ordinals) == 1 else None
