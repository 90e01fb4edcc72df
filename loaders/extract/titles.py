"""Post titles in text: "Bí thư Huyện uỷ", "PBT, Chủ tịch UBND huyện Thọ Xuân", "TUV".

A title is a role word followed by an organ ("Chủ tịch" + "UBND huyện"), a role followed by a named
body ("Trưởng Ban Tổ chức Tỉnh ủy", "Giám đốc Sở Tài chính", "Thứ trưởng Bộ Kế hoạch và Đầu tư",
"Trưởng phòng Nông nghiệp và PTNT huyện"), or a standalone title ("Tỉnh ủy viên", "Phó Thủ tướng
Chính phủ"). The words live in data/lookup/title_*.tsv and departments.tsv; this module only knows
the grammar. The unit name may follow the organ ("Huyện ủy Thọ Xuân"); when it does not, the
article context decides which unit a generic organ belongs to.

Where a standalone title and a role + organ title overlap ("Trưởng Đoàn ĐBQH tỉnh" contains
"ĐBQH"), the longer reading wins. A party role whose organ is left out ("… giữ chức Phó Bí thư
Thường trực và … Phó Bí thư Đảng ủy xã", "Bí thư, Chủ tịch HĐND xã") takes the committee named
beside it; with none, it is no title (and is reported).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.article import Sentence
from loaders.context import Context
from loaders.gazetteer import (
    AFTER_KIND,
    COMMITTEES,
    COMMUNE_KINDS,
    KIND_AGAIN,
    KIND_ALTERNATION,
    KINDS,
    LOOKUP,
    UNIT_NAME,
    committee_of,
    names_another_kind,
)
from loaders.model import Title, Unit
from loaders.names import name_tail, not_names
from loaders.text import (
    CAPITALISED,
    HAMLET,
    HELD_WITH,
    HONORIFIC,
    NAME_SYLLABLE,
    FirstMatch,
    PhraseIndex,
    canonical,
    key,
    skip_space,
    slug,
)

_B = r"(?<!\w)"  # word start
_E = r"(?!\w)"  # word end
_CAP = CAPITALISED
_NAME = NAME_SYLLABLE


# A village of a commune by its kind word and, if written, its name or number ("tổ dân phố số 4"); the one body of its
# kind an organ's name may end with ("Đồn Biên phòng Môn Sơn"). A holder's name the capitalised words run on into is
# taken back by `_name_written`.
_VILLAGE = rf"(?P<village>{HAMLET})(?P<place>(?:\s+(?-i:{_NAME})){{1,6}}|\s+(?:số\s+)?\d{{1,3}}(?!\w))?"
_BODY_NAME = rf"(?P<body>(?:\s+(?i:cửa khẩu)(?:\s+(?i:quốc tế))?)?(?:\s+(?-i:{_NAME})){{1,6}})"


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _pattern(surface: str) -> str:
    """Words of a lexicon entry as a regex: any spacing, "{kind}" a unit kind word, which may follow the
    abbreviation the text gives the name ("Ngân hàng Chính sách xã hội (NHCSXH) huyện"), "{name}" the proper
    name of one body of its kind, capitalised words after "cửa khẩu" if any ("Đồn Biên phòng Môn Sơn", "Chi cục Hải
    quan cửa khẩu Tân Thanh"), "{unit}" the bare
    name of a district or province that follows ("Hạt Kiểm lâm Quế Phong"). A word written in
    capitals is an abbreviation matched as written: "HU" is the Huyện ủy, "hu" nothing, "tu" a word. "{village}" is a
    village's kind word and its name or number, if written ("thôn Nà Làng", "thôn 5", "bản")."""
    out = ""
    for w in surface.split():
        if w == "{kind}":
            out += r"(?:\s*\(\w[\w&]*\))?\s+(?P<kind>" + KIND_ALTERNATION + ")"
        elif w == "{unit}":
            out += rf"(?=\s+(?-i:{_CAP}))"  # a district's or province's name without its kind word: see _organ_at
        elif w == "{name}":
            out += _BODY_NAME
        elif w == "{village}":
            out += (r"\s+" if out else "") + _VILLAGE
        else:
            out += (r"\s+" if out else "") + (f"(?-i:{re.escape(w)})" if w.isupper() else re.escape(w))
    return out


def _name_pattern(name: str) -> str:
    """A body name as a regex: "&" and "-" with or without spaces around them."""
    words = [re.escape(w) for w in name.replace("&", " & ").replace("-", " - ").split()]
    out = ""
    for w in words:
        if not out:
            out = w
        elif w in (r"\&", r"\-", "&", "-") or out.endswith(("&", "-", "]")):
            out += r"\s*" + ("[-–—]" if w in (r"\-", "-") else w)  # a hyphen may be written as a dash
        else:
            out += r"\s+" + w
    return out


@dataclass(frozen=True)
class _Organ:
    regex: re.Pattern[str]
    organ: str
    level: str
    label: str


@dataclass(frozen=True)
class _Role:
    code: str
    label: str
    body: str  # kind of named body it may head (so, bo, phong, ban) or ""
    party: bool  # exists only in a party committee
    council: bool  # held among a People's Council's deputies ("Tổ trưởng Tổ đại biểu")


@dataclass(frozen=True)
class Lexicon:
    roles: dict[str, _Role]  # surface → role
    role_of_code: dict[str, _Role]  # code → the role's plain form, its first row ("trưởng ban", not "… đại diện")
    role_re: re.Pattern[str]
    role_index: PhraseIndex[str]  # the role surfaces by their words: a sentence may lack them all
    organs: FirstMatch[_Organ]  # longest first: the first to match after a role word is its organ
    standalone: PhraseIndex[tuple[re.Pattern[str], dict[str, str]]]  # regex, row
    council_deputies: dict[str, dict[str, str]]  # unit kind → the standalone row "đại biểu hđnd {kind}"
    # organ code → where the text names one body of it and its label: "Đồn Biên phòng {name}" for the standalone
    # "Đồn trưởng", which names none
    named_bodies: dict[str, tuple[re.Pattern[str], str]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows = _rows("title_roles.tsv")
    roles = {
        r["surface"]: _Role(
            r["role"], r["label"], r.get("body") or "", r.get("party") == "yes", r.get("party") == "council"
        )
        for r in rows
    }
    role_alt = "|".join(_pattern(s) for s in sorted(roles, key=len, reverse=True))
    organs = [
        _Organ(re.compile(_pattern(r["surface"]) + _E, re.IGNORECASE), r["organ"], r["level"], r["label"])
        for r in sorted(_rows("title_organs.tsv"), key=lambda r: len(r["surface"]), reverse=True)
    ]
    standalone_rows = _rows("title_standalone.tsv")
    standalone = PhraseIndex(
        (r["surface"], (re.compile(_B + _pattern(r["surface"]) + _E, re.IGNORECASE), r))
        for r in sorted(standalone_rows, key=lambda r: len(r["surface"]), reverse=True)
    )
    deputy = "đại biểu hđnd "
    role_of_code: dict[str, _Role] = {}
    for role in roles.values():
        role_of_code.setdefault(role.code, role)
    return Lexicon(
        roles=roles,
        role_of_code=role_of_code,
        role_re=re.compile(_B + "(?:" + role_alt + ")" + _E, re.IGNORECASE),
        role_index=PhraseIndex((s, s) for s in roles),
        organs=FirstMatch((o.regex, o) for o in organs),
        standalone=standalone,
        council_deputies={r["surface"][len(deputy) :]: r for r in standalone_rows if r["surface"].startswith(deputy)},
        named_bodies={
            o.organ: (re.compile(_B + o.regex.pattern, re.IGNORECASE), o.label)
            for o in reversed(organs)  # the longest row of a code wins
            if "{name}" in o.label
        },
    )


@dataclass(frozen=True)
class TitleMatch:
    start: int  # offsets into the article's normalised text
    end: int
    title: Title
    former: bool = False  # "nguyên Bí thư Huyện ủy": a post once held, not one held now
    joined: bool = False  # "tham gia Ban Thường vụ": membership given by joining the board


@dataclass(frozen=True)
class _Bodies:
    regex: re.Pattern[str]
    canonical: dict[str, str]  # key(name as written, dashes spaced) → full name


# Heads of named bodies: the word that introduces the body when the role does not include it,
# and the level of government the body belongs to ("" = from the text or the article).
_BODY_HEAD = {"so": "Sở", "bo": "Bộ", "phong": "", "ban": ""}
_BODY_LEVEL = {"so": "province", "bo": "central", "phong": "", "ban": ""}
# An unknown body name: a capitalised word and at most two lower-case ones ("Sở Ngoại vụ").
_UNKNOWN_BODY = r"(?-i:" + _CAP + r"(?:\s+[a-zà-ỹđ]+){0,2})"


@lru_cache(maxsize=1)
def _bodies() -> dict[str, _Bodies]:
    """One regex per body kind matching a known name (longest first), else a short unknown one."""
    rows = _rows("departments.tsv")
    out = {}
    for kind in _BODY_HEAD:
        names = sorted((r for r in rows if r["kind"] == kind), key=lambda r: len(r["name"]), reverse=True)
        known = "|".join(_name_pattern(r["name"]) for r in names)
        # Party boards are matched case-sensitively: "Ban Tổ chức", never "ban hành".
        flags = 0 if kind == "ban" else re.IGNORECASE
        # A board may repeat its head word after a longer role ("Phó Trưởng Ban Thường trực Ban Tổ chức").
        head = rf"\s+{_BODY_HEAD[kind]}" if _BODY_HEAD[kind] else r"(?:\s+Ban)?" if kind == "ban" else ""
        regex = re.compile(rf"{head}\s+(?P<name>(?:{known})|{_UNKNOWN_BODY}){_E}", flags)
        out[kind] = _Bodies(regex, {key(_spaced(r["name"])): r.get("canonical") or r["name"] for r in names})
    return out


_PARTY_ORGAN_AHEAD = re.compile(r"(?=\s+(?:Tỉnh|Huyện|Quận|Thị|Thành|Đảng)\s+ủy|\s+(?:HĐND|TU|HU)(?!\w)|\s+Hội đồng)")
# The name may follow the unit's kind again: "Thành ủy Thành phố Vinh", "Quận ủy Quận Bình Thạnh".
_UNIT_AFTER = re.compile(rf"{AFTER_KIND}{KIND_AGAIN}(?P<name>{UNIT_NAME})")
# Wards of southern towns are numbered: "Bí thư Đảng ủy Phường 1", "Chủ tịch UBND Phường 13, kiến nghị …";
# a decimal or a share is no ward.
_WARD_NUMBER = re.compile(r"\s+(?P<name>\d{1,2})(?!\d|[.,]\d|\s*[/%])")
# What may follow a role whose organ is left out: a list separator, "và", the sentence end, or what befalls the
# holder ("đồng chí A, Ủy viên Ban Thường vụ được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã").
_ELIDED = re.compile(r"\s*(?:[,;.:)-]|\s+và\s|\s+được\s|\s+trình bày(?!\w)|\s*$)")


def find_titles(ctx: Context, sentence: Sentence) -> list[TitleMatch]:
    """Every title in the sentence, left to right, non-overlapping."""
    roles, unread = _role_titles(ctx, sentence)
    # Longest reading first, so "Trưởng Đoàn ĐBQH tỉnh" wins over the "ĐBQH" inside it.
    chosen: list[TitleMatch] = []
    # Joined boards first: at equal length they win over the same words read as a role ("BTV Huyện ủy").
    candidates = _joined_boards(ctx, sentence) + _standalone(ctx, sentence) + _group_deputies(ctx, sentence) + roles
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in chosen):
            chosen.append(c)
    chosen.sort(key=lambda t: t.start)
    for start, surface in unread:
        if all(not t.start <= start < t.end for t in chosen):
            ctx.report("unknown-title", surface, sentence, "role word followed by an unknown organ")
    return _mark_former(ctx.article.text, _complete_elided(ctx, sentence, _commune_kinds(ctx, chosen)))


# "nguyên" / "cựu" (former) before a title; it carries over the titles joined after it
# ("nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh").
_FORMER = re.compile(r"(?<!\w)(?:nguyên|cựu)\s+$", re.IGNORECASE)


def _mark_former(text: str, titles: list[TitleMatch]) -> list[TitleMatch]:
    out: list[TitleMatch] = []
    for t in titles:
        former = bool(_FORMER.search(text[max(0, t.start - 8) : t.start]))
        if not former and out and out[-1].former:
            former = _joined(text, out[-1], t)
        out.append(replace(t, former=True) if former else t)
    return out


# "chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Huyện ủy", "bầu bổ sung
# A vào Ban Thường vụ Quận ủy", "các đồng chí (còn lại) trong Ban Thường vụ Tỉnh ủy: A, …", "bầu Ban Thường vụ
# Huyện ủy gồm 11 đồng chí: A, …": whoever joins a committee or its standing board, or is listed as in
# it, is its member. The board names its committee, or takes the one of the post that follows
# (completed like an elided role, and dropped in silence without one: "bầu 45 đồng chí vào Ban Chấp
# hành Đảng bộ huyện" names no post).
_MEMBERS_OF = r"các\s+(?:đồng chí\s+)?"  # "Các (đồng chí) Ủy viên Ban Thường vụ …": the board's members listed
_JOINING = re.compile(
    rf"(?i)(?<!\w)(?:tham gia|vào|các đồng chí(?:\s+còn lại)?\s+trong|{_MEMBERS_OF}(?P<members>ủy viên)|bầu)\s+"
)
_BOARD = re.compile(r"(?i)(?:(?P<btv>Ban Thường vụ|BTV)|(?P<bch>Ban Chấp hành|BCH))(?!\w)")
_BOARD_HINT = re.compile(r"(?i)Ban Thường vụ|BTV|Ban Chấp hành|BCH")
_BOARD_SEP = re.compile(r"\s*(?:,|và)\s*")
_BOARD_ROLE = {"btv": "ủy viên ban thường vụ", "bch": "ủy viên ban chấp hành"}
_PARTY_OF_KIND = re.compile(r"(?i)\s+Đảng bộ\s+(?P<kind>" + KIND_ALTERNATION + r")(?!\w)")


def _joined_boards(ctx: Context, sentence: Sentence) -> list[TitleMatch]:
    text = ctx.article.text
    out: list[TitleMatch] = []
    if not _BOARD_HINT.search(sentence.text):
        return out  # most sentences name no board: skip the search for the words joining one
    for joining in _JOINING.finditer(text, sentence.start, sentence.end):
        pos = joining.end()
        while (board := _BOARD.match(text, pos, sentence.end)) is not None:
            match = _board_title(ctx, sentence, board)
            if joining.group("members") and pos == joining.end():
                # "Các Ủy viên Ban Thường vụ Đảng ủy xã còn lại gồm các đồng chí: A, …": the members' title is the
                # board's, and the list after it is of its members
                match = replace(match, start=joining.start("members"))
            out.append(replace(match, joined=True))
            sep = _BOARD_SEP.match(text, match.end, sentence.end)
            if sep is None:
                break
            pos = sep.end()
    # A board the sentence opens with and whose members it lists: "Ban Thường vụ còn có các đồng chí: A, …; B, …".
    # (None of the boards above opens its sentence: a joining word stands before each.)
    opening = _BOARD.match(text, skip_space(text, sentence.start), sentence.end)
    if opening is not None:
        match = _board_title(ctx, sentence, opening)
        if _MEMBERS_LISTED.match(text, match.end, sentence.end):
            out.append(replace(match, joined=True))
    return out


_MEMBERS_LISTED = re.compile(r"(?i)\s*(?:còn\s+có|gồm(?:\s+có)?)\s+(?:các|\d+)\s+đồng chí\s*:")


def _board_title(ctx: Context, sentence: Sentence, board: re.Match[str]) -> TitleMatch:
    """A member's title of the board named at `board`, with its committee when the words after name one."""
    role = lexicon().roles[_BOARD_ROLE[board.lastgroup or ""]]
    organ = _organ_after(ctx, sentence, board.end()) or _party_organisation(ctx, sentence, board.end())
    if organ is not None and organ.code == "bch":
        return _compose(ctx, board.start(), organ.end, role, "bch", organ.label, organ.level, organ.unit, None)
    return _bare(board, role)


def _party_organisation(ctx: Context, sentence: Sentence, pos: int) -> _OrganAt | None:
    """The committee of the party organisation named at pos: "(Ban Thường vụ) Đảng bộ huyện Đông Anh" is
    the Huyện ủy's board; "(Ban Chấp hành) Đảng bộ xã" the commune's Đảng ủy."""
    m = _PARTY_OF_KIND.match(ctx.article.text, pos, sentence.end)
    if m is None:
        return None
    kind = _kind_word(m.group("kind"))
    level = _kind_level(ctx, sentence, kind, m.end())
    unit, end = _unit_after(ctx, sentence, m.end(), level, kind)
    return _OrganAt("bch", _committee(kind, level), level, unit, end)


def _committee(kind: str, level: str) -> str:
    """The party committee of a unit of this kind at this level: "Huyện ủy", "Thành ủy", "Đảng ủy phường"."""
    return f"Đảng ủy {kind}" if level == "commune" else committee_of(kind, level)


_KIND_AT_END = re.compile(rf"(?:{KIND_ALTERNATION})$")


def _standalone(ctx: Context, sentence: Sentence) -> list[TitleMatch]:
    text = ctx.article.text
    out = []
    for regex, row in lexicon().standalone.candidates(sentence.text):
        level = row["level"]
        if row["generic"].startswith("Thành ủy") and _in_central_city(ctx):
            level = "province"  # "Thành ủy viên" in a quận of Hà Nội: of the city's committee
        for m in regex.finditer(text, sentence.start, sentence.end):
            if row["generic"].endswith("thành phố"):  # "đại biểu HĐND thành phố Hà Nội"
                level = _city_level(ctx, sentence, m.end())
            unit = ctx.unit_at(level) if level != "central" else None
            end = m.end()
            if (kind := _KIND_AT_END.search(row["generic"])) is not None:
                # "đại biểu HĐND thành phố Hà Nội": the unit named after the title is its unit, not a person.
                named, named_end = _unit_after(ctx, sentence, end, level, kind.group(0))
                if named_end > end:
                    unit, end = named, named_end
            title = Title(
                row["role"],
                row["organ"],
                row["organ_label"],
                level,
                row["generic"],
                unit,
                text[m.start() : end],
            )
            if (organ_label := _one_body_named(ctx, row["organ"])) is not None:
                # "Đồn trưởng" alone, in an article naming one border station: its head
                generic = row["generic"].replace(row["organ_label"], organ_label)
                title = replace(title, organ=slug(organ_label), organ_label=organ_label, generic=generic)
            out.append(TitleMatch(m.start(), end, title))
    return out


def _one_body_named(ctx: Context, organ: str) -> str | None:
    """The label of the one body of this organ the article names by its own name ("Đồn Biên phòng Môn Sơn"), if it
    names one only; None for an organ whose bodies have no names of their own."""
    return _one_body_named_in(ctx.article.text, organ) if organ in lexicon().named_bodies else None


@lru_cache(maxsize=256)  # asked at each standalone title of the organ: the article is read for its bodies once
def _one_body_named_in(text: str, organ: str) -> str | None:
    regex, label = lexicon().named_bodies[organ]
    names = set()
    for m in regex.finditer(text):
        words = m.group("body").split()
        if words := words[: name_tail(words)]:
            names.add(" ".join(words))
    return label.replace("{name}", names.pop()) if len(names) == 1 else None


# "đại biểu Trần Thị Mỹ Linh (tổ đại biểu phường Hộ Phòng) chất vấn …": a deputy of the council whose
# session the article reports, named with the group of deputies of the place that elected them.
_GROUP_DEPUTY = re.compile(rf"(?<!\w)[Đđ]ại biểu(?=\s+{_NAME}(?:\s+{_NAME}){{1,4}}\s*\(\s*[Tt]ổ đại biểu)")
# In a report of a council's questioning session, "Đại biểu Mai Thị Hằng chất vấn …" is one of its deputies too, when no
# title follows the name (`Context.questions_a_council`).
_QUESTIONING_DEPUTY = re.compile(rf"(?<!\w)[Đđ]ại biểu(?=\s+{_NAME}(?:\s+{_NAME}){{1,4}}(?!\s+{_NAME})(?!\s*[,(]))")


def _group_deputies(ctx: Context, sentence: Sentence) -> list[TitleMatch]:
    if ctx.subject is None:
        return []
    if "ổ đại biểu" in sentence.text:  # "Tổ" or "tổ": most sentences have neither
        deputy = _GROUP_DEPUTY
    elif "ại biểu" in sentence.text and ctx.questions_a_council:
        deputy = _QUESTIONING_DEPUTY
    else:
        return []
    row = lexicon().council_deputies.get(ctx.subject.kind)
    if row is None:
        return []
    text, level = ctx.article.text, row["level"]
    return [
        TitleMatch(
            m.start(),
            m.end(),
            Title(row["role"], row["organ"], row["organ_label"], level, row["generic"], ctx.unit_at(level), m.group(0)),
        )
        for m in deputy.finditer(text, sentence.start, sentence.end)
    ]


def _role_titles(ctx: Context, sentence: Sentence) -> tuple[list[TitleMatch], list[tuple[int, str]]]:
    """Role words completed by what follows them; a party role with nothing after it stays bare.

    Also returns the capitalised role words followed by a name the lexicons do not know, to be
    reported unless a standalone title covers them.
    """
    text = ctx.article.text
    out: list[TitleMatch] = []
    unread: list[tuple[int, str]] = []
    if not lexicon().role_index.may_match(sentence.text):
        return out, unread  # most sentences name no role: skip the regex, tried at every character
    for m in lexicon().role_re.finditer(text, sentence.start, sentence.end):
        if _inside_organ_name(text, m.start()):
            continue
        role = _role(m)
        match = _after_role(ctx, sentence, m)
        if (
            match is None
            and role.body == "ban"
            and not _CAPITAL_NEXT.match(text, m.end(), sentence.end)  # "Trưởng Ban Vận động Quỹ …" names its own
            and _in_apposition(text, sentence, m.start())
        ):
            match = _board_named_before(ctx, sentence, m, role)
        if match is not None:
            out.append(match)
        elif _ELIDED.match(text, m.end(), sentence.end) and (bare := _elided_post(ctx, sentence, m, role)):
            out.append(bare)
        elif _unreadable(text, m, sentence):
            # A capitalised role word followed by a name we cannot read: say so, never guess.
            surface = re.split(r"[,;.]", text[m.start() : min(sentence.end, m.end() + 40)])[0]
            unread.append((m.start(), surface.strip()))
    return out, unread


_CAPITAL_NEXT = re.compile(rf"\s+{_CAP}")


def _elided_post(ctx: Context, sentence: Sentence, m: re.Match[str], role: _Role) -> TitleMatch | None:
    """A role word whose organ is left out, as a post to complete, when it is one: a party or council role, a post
    held ("giữ chức Phó Chủ tịch"), the head of the organ its clause opens with ("… do đồng chí A làm Chủ nhiệm") or
    whose report its holder presents ("báo cáo của Chi cục Kiểm lâm do đồng chí A, Chi cục trưởng trình bày"), or a
    listed person's post in brackets ("các Phó Chủ tịch UBND tỉnh: A (Phó Chủ tịch Thường trực), B")."""
    text = ctx.article.text
    bare = _bare(m, role)
    if role.party or role.council or _HOLDS.search(text, max(sentence.start, m.start() - 12), m.start()):
        return bare
    if _HEADED_BY.search(text, max(sentence.start, m.start() - 100), m.start()) or _REPORT_OF.search(
        text, max(sentence.start, m.start() - 150), m.start()
    ):
        return bare if _clause_subject(ctx, sentence, bare) is not None else None
    if _LISTED_IN_BRACKETS.search(text, max(sentence.start, m.start() - 150), m.start()):
        return bare
    return None


def _unreadable(text: str, m: re.Match[str], sentence: Sentence) -> bool:
    """A capitalised role word before a capitalised name that is neither a plural ("Chủ tịch UBND
    các xã") nor a known non-official ("Chủ tịch Hồ Chí Minh")."""
    words = text[m.end() : sentence.end].split()[:3]
    if not m.group(0)[0].isupper() or not words or not words[0][0].isupper():
        return False
    if any(w in ("các", "những") for w in words):
        return False
    return key(" ".join(w.strip(",;.") for w in words)) not in not_names()


def _role(m: re.Match[str]) -> _Role:
    return lexicon().roles[re.sub(r"\s+", " ", m.group(0).lower())]


_BARE = "?"  # organ code of a role whose organ is elided, until completed
# A post given with its organ left out, which the sentence's other posts name: "… giữ chức Chủ tịch Ủy
# ban MTTQ Việt Nam huyện; bà A và ông B giữ chức Phó Chủ tịch.", or the organ it opens with: "Ủy ban
# Kiểm tra Huyện ủy gồm 7 đồng chí; đồng chí C được bầu làm Phó Chủ nhiệm."
# Verbs that give someone a post: "được bầu làm", "được điều động, bổ nhiệm giữ chức", "được hiệp thương cử giữ chức" (the
# Front's leaders are agreed by consultation, not elected).
APPOINTED = r"(?:bầu lại|bầu|tái cử|chỉ định|bổ nhiệm|điều động|luân chuyển|phân công|hiệp thương cử|hiệp thương|cử)"
_HOLDS = re.compile(r"(?i)(?<!\w)(?:giữ chức(?:\s+vụ)?|(?:bầu|cử)\s+làm)\s+$")
# … or heads the organ its sentence opens with: "Ủy ban Kiểm tra Đảng ủy xã gồm 7 đồng chí, do đồng chí A, Ủy viên BTV
# Đảng ủy xã làm Chủ nhiệm" (not a delegation: "Đoàn đại biểu … do đồng chí B, … làm Trưởng đoàn").
_HEADED_BY = re.compile(r"(?i)(?<!\w)do\s[^;:.]{2,80}\slàm\s+$")
# … or names, in brackets, a listed person's own post of the heading's organ: "các Phó Chủ tịch UBND tỉnh: Nguyễn Thị
# Mỹ Hằng (Phó Chủ tịch Thường trực), Võ Tấn Phát".
_LISTED_IN_BRACKETS = re.compile(r"(?i)(?<!\w)các\s[^:;.()]{3,60}:[^;:.()]{2,80}\(\s*$")
# … or is the presenter's post in the organ whose report it is: "Theo báo cáo của Chi cục Kiểm lâm do đồng chí A, Chi
# cục trưởng trình bày" (Chi cục trưởng Chi cục Kiểm lâm).
_REPORT_OF = re.compile(
    r"(?i)(?<!\w)(?:báo cáo|tham luận|tờ trình)(?:\s+[^\W\d]+){0,4}?\s+của\s+(?=[^;:.]{2,80}?\sdo\s)"
)


def _bare(m: re.Match[str], role: _Role) -> TitleMatch:
    """The role the words m stand for, its organ left to complete (`_complete_elided`)."""
    return TitleMatch(m.start(), m.end(), Title(role.code, _BARE, "", "", role.label, None, m.group(0)))


def _inside_organ_name(text: str, start: int) -> bool:
    """ "Ban Thường vụ Huyện ủy" names the board itself, not a member's title."""
    return text[max(0, start - 4) : start].lower() == "ban "


def _after_role(ctx: Context, sentence: Sentence, role_m: re.Match[str]) -> TitleMatch | None:
    """Complete a role word with the organ or named body that follows it."""
    role = _role(role_m)
    if role.code in _BOARD_HEADS and (board := _management_board(ctx, sentence, role_m, role)) is not None:
        return board
    body = _named_body(ctx, sentence, role_m, role) if role.body else None
    if body is not None:
        return body
    organ = _organ_after(ctx, sentence, role_m.end())
    if organ is None:
        return None
    if organ.village is not None:
        # "Trưởng ban" + "Ban Công tác Mặt trận thôn": the board's label has its head word
        label = role.label.removesuffix(" ban") if organ.label.startswith("Ban ") else role.label
        generic = f"{label} {organ.label}"
        surface = ctx.article.text[role_m.start() : organ.end]
        title = Title(role.code, organ.code, organ.label, organ.level, generic, organ.unit, surface, organ.village)
        return TitleMatch(role_m.start(), organ.end, title)
    return _compose(ctx, role_m.start(), organ.end, role, organ.code, organ.label, organ.level, organ.unit, None)


# The management board of an economic zone or of a province's industrial parks, a provincial agency: "Trưởng Ban
# Quản lý Khu kinh tế tỉnh", "Trưởng ban Quản lý các KCN tỉnh", "Trưởng BQL KKT Nghi Sơn và các KCN", "… Khu kinh tế
# mở Chu Lai", "… Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "… Khu kinh tế, công nghiệp thành phố". A zone's own
# name is the board's; a kind word after it names the unit whose board it is ("… Khu kinh tế tỉnh Long An").
_BOARD_HEADS = {"truong-ban", "pho-truong-ban", "pho-truong-ban-thuong-truc", "truong", "pho-truong"}
_PARKS = r"(?:[Kk]hu công nghiệp|KCN)"
_MANAGEMENT = re.compile(
    rf"\s+(?:(?:Ban\s+)?[Qq]uản lý|BQL)\s+(?P<zone>(?:[Kk]hu kinh tế|KKT|các\s+{_PARKS})(?:\s+(?:cửa khẩu|mở))?"
    rf"(?:(?:\s+-)?\s+{_CAP}(?!\s+{_NAME}\s+{_NAME})|\s+và\s+các\s+{_PARKS}|,\s+công nghiệp){{0,6}})"
    rf"(?:\s+(?P<kind>tỉnh|thành phố)(?!\w))?"
)
_PROVINCES_PARKS = re.compile(r"(các khu công nghiệp)\s+(?P<name>.+)")
_ZONE_ABBREVIATIONS = (
    (re.compile(r"^(?:[Kk]hu kinh tế|KKT)"), "Khu kinh tế"),
    (re.compile(rf"(?<!\w){_PARKS}"), "khu công nghiệp"),
)


def _management_board(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role) -> TitleMatch | None:
    m = _MANAGEMENT.match(ctx.article.text, role_m.end(), sentence.end)
    if m is None:
        return None
    zone = m.group("zone")
    for abbreviation, words in _ZONE_ABBREVIATIONS:
        zone = abbreviation.sub(words, zone)
    board = f"Ban Quản lý {zone}"
    if m.group("kind") is None:
        # "Trưởng Ban Quản lý các KCN Đồng Nai": the province's parks, its name without its kind word
        named = _PROVINCES_PARKS.match(zone)
        province = ctx.gazetteer.lookup(named.group("name"), "province") if named else None
        if named and province is not None and province.level == "province":
            return _compose(
                ctx, role_m.start(), m.end(), role, "", "tỉnh", "province", province, f"Ban Quản lý {named.group(1)}"
            )
        return _compose(ctx, role_m.start(), m.end(), role, "", "", "province", ctx.province, board)
    kind = _kind_word(m.group("kind"))
    level = _kind_level(ctx, sentence, kind, m.end())
    unit, end = _unit_after(ctx, sentence, m.end(), level, kind)
    return _compose(ctx, role_m.start(), end, role, "", kind, level, unit, board)


@dataclass(frozen=True)
class _OrganAt:
    code: str
    label: str  # generic label: "Huyện ủy", "UBND xã"
    level: str
    unit: Unit | None
    end: int
    village: str | None = None  # the name of the village whose organ it is ("" unnamed); None: the unit's own organ


def _organ_after(ctx: Context, sentence: Sentence, pos: int) -> _OrganAt | None:
    """The organ right after a role or board word, with its level and unit."""
    space = _SPACE.match(ctx.article.text, pos, sentence.end)
    return _organ_at(ctx, sentence, space.end()) if space else None


_SPACE = re.compile(r"\s+")


def _organ_at(ctx: Context, sentence: Sentence, pos: int) -> _OrganAt | None:
    """The organ named at pos, with its level and unit."""
    text = ctx.article.text
    found = lexicon().organs.match(text, pos, sentence.end)
    if found is None:
        return None
    om, organ = found
    if "{village}" in organ.label:
        return _village_organ(ctx, sentence, om, organ)
    if "{name}" in organ.label:  # "Đồn Biên phòng Môn Sơn": the body's name is its organ's, and its title's
        name, end = _name_written(ctx, sentence, om.start("body"), om.end("body"))
        label = organ.label.replace("{name}", name).rstrip()
        unit, end = _unit_after(ctx, sentence, end, organ.level, None)
        return _OrganAt(slug(label), label, organ.level, unit, end)
    kind = om.groupdict().get("kind")
    kind_word = _kind_word(kind) if kind else None
    level = organ.level
    if level == "unit":  # "Hạt Kiểm lâm Quế Phong", "Chi cục Kiểm lâm Nghệ An": the unit's kind is the known unit's
        named = _known_unit_at(ctx, sentence, om.end())
        if named is None:
            return None
        kind = kind_word = named.kind
        level = named.level
    elif level == "subject":  # "được bầu làm Chủ nhiệm Ủy ban Kiểm tra.": the committee of the article's unit
        if ctx.subject is None or not _ELIDED.match(text, om.end(), sentence.end):
            return None  # "Chủ nhiệm Ủy ban Kiểm tra tỉnh": not the article's own, and no committee named
        kind_word, level = ctx.subject.kind, ctx.subject.level
    elif kind_word is None and "{kind}" in organ.label:
        if _named_otherwise(ctx, sentence, om.end()):
            return None  # "Đảng ủy Khối cơ quan …", "Đảng ủy Quân sự": not a commune's committee
        kind_word = _context_commune_kind(ctx)  # "Đảng ủy" alone: the article's commune
    if level == "kind" and kind_word:
        level = _kind_level(ctx, sentence, kind_word, om.end())
    # "BCH Đảng bộ huyện" is the Huyện ủy: a committee named by its party organisation takes the scheme's name.
    committee = _committee(kind_word or "xã", level)
    label = organ.label.replace("{committee}", committee).replace("{kind}", kind_word or "xã")
    if label.endswith("Thành ủy") and _in_central_city(ctx) and not _UNIT_AFTER.match(text, om.end(), sentence.end):
        return _OrganAt(organ.organ, label, "province", ctx.province, om.end())
    unit, end = _unit_after(ctx, sentence, om.end(), level, kind or _implied_kind(label))
    return _OrganAt(organ.organ, label, level, unit, end)


# "Bí thư Chi bộ, Trưởng thôn 5", "Bí thư Chi bộ kiêm Trưởng bản": the cell's village is the one its holder heads.
_HEAD_OF_VILLAGE = re.compile(rf"(?i)\s*(?:,|\s+{HELD_WITH})\s+trưởng\s+{_VILLAGE}")
_WORD = re.compile(r"\S+")
# The commune of a village, after a comma: "thôn Hợp Nhất, xã Ba Vì".
_COMMUNE_AFTER = re.compile(rf"\s*,\s*(?P<kind>(?i:{'|'.join(COMMUNE_KINDS)}))(?=\s)")


def _village_organ(ctx: Context, sentence: Sentence, om: re.Match[str], organ: _Organ) -> _OrganAt | None:
    """A village's organ, of the commune named after it or else of the article's ("thôn Nà Làng", "Chi bộ bản Hôi
    Rấy", "Ban Công tác Mặt trận thôn Hợp Nhất, xã Ba Vì"). The village's name is the capitalised words after its
    kind, less a name that stands after them out of apposition: in "Trưởng bản Lủng Pảng Giàng A Lử phát biểu" the
    holder's ("ông Mùa A Chớ, Trưởng bản Nả Háng Tủa Chử": all of them the village's)."""
    text = ctx.article.text
    end = om.end()
    # "Chi bộ" alone: of the village its holder heads, if the text says
    village = om if om.groupdict().get("village") is not None else _HEAD_OF_VILLAGE.match(text, end, sentence.end)
    if village is None:
        return None
    kind = village.group("village").lower()
    name = ""
    if village.group("place") is not None:
        name, place_end = _name_written(ctx, sentence, village.start("place"), village.end("place"))
        if village is om:
            end = place_end
    unit, level = ctx.unit_at("commune"), "commune"
    commune = _COMMUNE_AFTER.match(text, end, sentence.end)
    if commune is not None:
        named, named_end = _unit_after(ctx, sentence, commune.end(), level, commune.group("kind"))
        if named_end > commune.end():
            unit, end = named, named_end
    own = slug(f"{kind} {name}")
    code = own if organ.organ == "village" else f"{organ.organ}-{own}"
    return _OrganAt(code, organ.label.replace("{village}", kind), level, unit, end, name)


def _name_written(ctx: Context, sentence: Sentence, start: int, end: int) -> tuple[str, int]:
    """The name of a village or body written in text[start:end], and where it ends: its words, less the holder's name
    they run on into out of apposition ("Trưởng bản Lủng Pảng Giàng A Lử phát biểu", "Đồn trưởng Đồn Biên phòng Môn
    Sơn Lương Đình Công"; but "ông Mùa A Chớ, Trưởng bản Nả Háng Tủa Chử": all the village's)."""
    text = ctx.article.text
    spans = [w.span() for w in _WORD.finditer(text, start, end)]
    words = [text[a:b] for a, b in spans]
    keep = len(words) if _in_apposition(text, sentence, start) else name_tail(words)
    return " ".join(words[:keep]), spans[keep - 1][1] if keep else start


def _known_unit_at(ctx: Context, sentence: Sentence, pos: int) -> Unit | None:
    """The district of the article's province, or the province, whose name the capitalised words at pos begin with."""
    m = _CAPITALISED_RUN.match(ctx.article.text, pos, sentence.end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:n])
        for level in ("district", "province"):
            unit = ctx.gazetteer.lookup(name, level, ctx.province)
            if unit is not None and unit.level == level and (level == "province" or unit.province() == ctx.province):
                return unit
    return None


_CAPITALISED_RUN = re.compile(rf"\s+((?-i:{_CAP})(?:\s+(?-i:{_CAP}))*)")


def _kind_level(ctx: Context, sentence: Sentence, kind: str, pos: int) -> str:
    """The level of a unit of this kind whose name (if any) starts at pos: a city's is read by `_city_level`."""
    return _city_level(ctx, sentence, pos) if kind == "thành phố" else KINDS[kind][1]


def _city_level(ctx: Context, sentence: Sentence, pos: int) -> str:
    """The level of a "thành phố" whose organ ends at pos: a province's city is a district, but Hà Nội and the
    other cities under the central government are provinces ("đại biểu HĐND thành phố Hà Nội"), and so is
    "the city" unnamed in an article about one of their districts ("Phó Chủ tịch UBND thành phố")."""
    named = ctx.gazetteer.find_at_start(f"thành phố{ctx.article.text[pos : sentence.end]}")
    if named is not None:
        return "province" if ctx.gazetteer.central_city(named[3]) else "district"
    in_city = _in_central_city(ctx) and ctx.unit_at("district", "thành phố") is None
    return "province" if in_city else "district"


def _in_central_city(ctx: Context) -> bool:
    """Whether the article is about a city under the central government (Hà Nội, Cần Thơ, …), whose
    Thành ủy is a province-level committee, not a city's Huyện ủy: its province is a thành phố, or
    it is about a quận, which exist only there."""
    province = ctx.province
    return (province is not None and province.kind == "thành phố") or ctx.unit_at("district", "quận") is not None


def _body_name(bodies: _Bodies, m: re.Match[str]) -> str:
    """The full name the lexicon of departments gives the body matched, however the text writes it."""
    written = _spaced(m.group("name"))
    return bodies.canonical.get(key(written), written)


def _spaced(name: str) -> str:
    """A name normalised with its dashes spaced, as the lexicon writes them: "Kinh tế-Ngân sách" is "Kinh tế -
    Ngân sách"."""
    return _DASH.sub(" - ", canonical(name))


_DASH = re.compile(r"\s*-\s*")  # normalised text has no other dash


def _named_body(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role) -> TitleMatch | None:
    """ "Giám đốc Sở Tài chính", "Thứ trưởng Bộ KH&ĐT", "Trưởng Ban Tổ chức Tỉnh ủy", "Trưởng phòng Y tế huyện"."""
    text = ctx.article.text
    if role.body == "ban" and (steering := _steering_committee(ctx, sentence, role_m, role)) is not None:
        return steering
    if role.body == "to":
        return _working_group(ctx, sentence, role_m, role)
    bodies = _bodies()[role.body]
    m = bodies.regex.match(text, role_m.end(), sentence.end)
    if m is None:
        return None
    name = _body_name(bodies, m)
    if role.body == "ban":
        # A board of a committee or council: the organ follows ("Ban Tổ chức Tỉnh ủy", "Ban Pháp chế HĐND").
        organ = _board_owner(ctx, sentence, m.end())
        end = organ.end if organ is not None else m.end()
        if organ is None:
            provincial = _provincial_board(ctx, sentence, role_m, role, name, m.end())
            if provincial is not None:
                return provincial
            central = _CENTRAL_WORD.match(text, m.end(), sentence.end)
            if central is not None:  # "Phó Trưởng Ban Kinh tế Trung ương": a board of the Central Committee
                return _compose(
                    ctx, role_m.start(), central.end(), role, "", "Trung ương", "central", None, f"Ban {name}"
                )
            # Not part of this title; a board the lexicon does not know ("Ban Quản lý Khu kinh tế, công nghiệp
            # thành phố") may be no committee's or council's at all, and is not given another board's owner.
            known = key(_spaced(m.group("name"))) in bodies.canonical
            organ = _owner_of_another_board(ctx, sentence, role_m.start(), m.end()) if known else None
            if organ is None:
                return None
        return _compose(ctx, role_m.start(), end, role, organ.code, organ.label, organ.level, organ.unit, f"Ban {name}")
    if role.body == "phong":
        return _office(ctx, sentence, role_m, role, name, m.end())
    head = _BODY_HEAD[role.body]
    level = _BODY_LEVEL[role.body]
    body = f"{head} {name}"
    end = m.end()
    unit = None
    if level == "province":
        # "Sở Nông nghiệp và PTNT tỉnh Ninh Bình": the province is the post's unit, not its name.
        unit, end = _province_after(ctx, sentence, end)
    title = Title(role.code, slug(body), body, level, f"{role.label} {body}", unit, text[role_m.start() : end])
    return TitleMatch(role_m.start(), end, title)


# A steering committee (or a standing command: "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện") is
# named by its task and the unit it steers: "Ban Chỉ đạo xây dựng nông thôn mới huyện",
# "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Ban Chỉ đạo các chương trình MTQG (…) huyện". The unit's
# kind word ends the task ("xã hội" is no unit); a comma before a capital, or before the words of a clause of time or
# place ("Ban Chỉ đạo Dự án, tính đến ngày 15/3/2024, trên địa bàn tỉnh có …"), or another person, ends the name.
# A steering committee's task is no clause: "… Phó Trưởng Ban Thường trực Ban Chỉ đạo trình bày cho thấy, toàn huyện …"
# names the committee without its task.
_REPORTS = r"(?<!không)(?<!không\s)\s?(?<!\w)(?:trình bày|báo cáo|phát biểu|cho biết|cho thấy)(?!\w)"
_TASK_AND_UNIT = (
    r"\s+(?P<task>(?:\([^()]{1,20}\)|,(?=\s*[a-zà-ỹđ])(?!\s*(?:tính|đến|tại|theo|trong|sau|từ)\s)"
    rf"|(?!\s(?:và\s+)?(?i:{HONORIFIC})\s|{_REPORTS})[^;.:(),]){{1,90}}?)"
    rf"\s+(?P<kind>(?i:{KIND_ALTERNATION}))(?!\w)(?!\s+hội)"
)
_STEERING_NAME = r"[Cc]hỉ (?P<head>đạo|huy(?!\s+(?:[Qq]uân sự|QS|[Bb]ộ đội|BĐBP)))" + _TASK_AND_UNIT
_STEERING = re.compile(rf"(?:\s+Ban)?\s+{_STEERING_NAME}")
_STEERING_NAMED = re.compile(rf"Ban {_STEERING_NAME}")
# "Trưởng ban Chỉ đạo" (or "Trưởng BCĐ") without its task: the steering committee the article is about.
_STEERING_BARE = re.compile(r"(?:(?:\s+Ban)?\s+[Cc]hỉ đạo|(?<=(?i:bcđ)))(?!\w)")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_OF_UNIT = re.compile(r"\s+của$")


def _steering_committee(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role) -> TitleMatch | None:
    """ "Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện": a post of the unit's steering committee. Without
    its task ("Phó Trưởng ban Chỉ đạo"), the committee the sentence opens with or else the article's first;
    the role alone, the one the sentence opens with ("Ban Chỉ đạo … tỉnh do đồng chí A làm Trưởng ban")."""
    text = ctx.article.text
    m = _STEERING.match(text, role_m.end(), sentence.end)
    if m is not None:
        end = m.end()
    elif (bare := _STEERING_BARE.match(text, role_m.end(), sentence.end)) is not None:
        m, end = (
            _STEERING_NAMED.match(text, skip_space(text, sentence.start)) or _STEERING_NAMED.search(text),
            bare.end(),
        )
    elif _ELIDED.match(text, role_m.end(), sentence.end):
        m, end = _STEERING_NAMED.match(text, skip_space(text, sentence.start)), role_m.end()
    if m is None:
        return None
    return _board_of_task(ctx, sentence, role_m, role, m, end, f"Ban Chỉ {m.group('head')}")


# A working group is named by its task and unit as a steering committee is: "Tổ trưởng Tổ công tác triển khai Đề án 06
# huyện", "Tổ công tác đẩy nhanh tiến độ giải ngân vốn đầu tư công huyện".
_WORKING_GROUP = re.compile(rf"\s+[Tt]ổ\s+công\s+tác{_TASK_AND_UNIT}")


def _working_group(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role) -> TitleMatch | None:
    """ "Tổ trưởng Tổ công tác triển khai Đề án 06 huyện": a post of the unit's working group."""
    m = _WORKING_GROUP.match(ctx.article.text, role_m.end(), sentence.end)
    return None if m is None else _board_of_task(ctx, sentence, role_m, role, m, m.end(), "Tổ công tác")


def _board_of_task(
    ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role, m: re.Match[str], end: int, head: str
) -> TitleMatch:
    """The post of a board named by its task and unit (m) after its head words, the post's words ending at end: the
    unit is the one named after the kind word when the board's name ends the post, else the one the article means."""
    kind = _kind_word(m.group("kind"))
    level = _kind_level(ctx, sentence, kind, m.end())
    if end == m.end():
        unit, end = _unit_after(ctx, sentence, end, level, kind)
    else:
        unit = ctx.unit_at(level, kind)
    # The task as named, without the quotes a campaign's name is written in ("phong trào thi đua “Dân vận khéo”").
    # Nor the "của" before the unit: "Tổ công tác đẩy nhanh tiến độ giải ngân vốn đầu tư công của huyện".
    task = _OF_UNIT.sub("", canonical(_ASIDE.sub("", m.group("task"))).replace('"', ""))
    board = f"{head} {ctx.abbreviations.get(task, task)}"  # "Ban Chỉ huy PCTT&TKCN" spelt out
    return _compose(ctx, role_m.start(), end, role, "", kind, level, unit, board)


def _board_owner(ctx: Context, sentence: Sentence, pos: int) -> _OrganAt | None:
    """The committee or council named right after a board's name ("Ban Tổ chức Tỉnh ủy", "Ban Pháp chế HĐND")."""
    if not _PARTY_ORGAN_AHEAD.match(ctx.article.text, pos, sentence.end):
        return None
    return _organ_after(ctx, sentence, pos)


def _owner_of_another_board(ctx: Context, sentence: Sentence, start: int, end: int) -> _OrganAt | None:
    """The owner of the next board of the sentence that names one, else of the last before: in "A giữ chức
    Trưởng Ban Kinh tế - Xã hội; B giữ chức Trưởng Ban Dân tộc HĐND huyện" both boards are the HĐND's, and so
    they are in "thành lập Ban Kinh tế – Xã hội và Ban Pháp chế HĐND huyện; A được bầu làm Trưởng Ban Pháp chế"."""
    text = ctx.article.text
    words = [
        *_BOARD_WORD.finditer(text, end, sentence.end),
        *reversed([*_BOARD_WORD.finditer(text, sentence.start, start)]),
    ]
    return next((owner for _, owner in _owned_boards(ctx, sentence, words, sentence.end)), None)


def _board_named_before(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role) -> TitleMatch | None:
    """The board its clause names before the holder of its post, the post written bare after the holder's name:
    "Báo cáo thẩm tra của Ban Kinh tế - Xã hội HĐND huyện do ông A, Trưởng ban trình bày"."""
    start, end = role_m.span()
    before = reversed([*_BOARD_WORD.finditer(ctx.article.text, sentence.clause_start(start), start)])
    found = next(_owned_boards(ctx, sentence, before, start), None)
    if found is None:
        return None
    m, owner = found
    board = f"Ban {_body_name(_bodies()['ban'], m)}"
    return _compose(ctx, start, end, role, owner.code, owner.label, owner.level, owner.unit, board)


def _owned_boards(
    ctx: Context, sentence: Sentence, words: Iterable[re.Match[str]], stop: int
) -> Iterator[tuple[re.Match[str], _OrganAt]]:
    """The boards named after the words "Ban" given, up to stop, whose owner follows them ("Ban Pháp chế HĐND
    huyện"), in the order of the words: each board's name, and its owner."""
    bodies = _bodies()["ban"]
    for word in words:
        m = bodies.regex.match(ctx.article.text, word.end(), stop)
        owner = _board_owner(ctx, sentence, m.end()) if m is not None else None
        if m is not None and owner is not None:
            yield m, owner


_BOARD_WORD = re.compile(r"(?<!\w)Ban(?!\w)")
_PROVINCE_WORD = re.compile(r"\s+tỉnh(?!\w)")
_CENTRAL_WORD = re.compile(r"\s+Trung ương(?!\w)")


def _provincial_board(
    ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role, name: str, pos: int
) -> TitleMatch | None:
    """ "Phó Trưởng Ban Dân tộc tỉnh": a board of the provincial People's Committee, named with "tỉnh"."""
    if not _PROVINCE_WORD.match(ctx.article.text, pos, sentence.end):
        return None
    unit, end = _province_after(ctx, sentence, pos)
    return _compose(ctx, role_m.start(), end, role, "", "tỉnh", "province", unit, f"Ban {name}")


def _province_after(ctx: Context, sentence: Sentence, pos: int) -> tuple[Unit | None, int]:
    """ "Sở Tài chính (tỉnh) Hà Nam": the province is the post's unit, not part of its name."""
    text = ctx.article.text
    tail = re.match(r"\s+(?P<kind>tỉnh\b)?\s*(?P<run>" + _CAP + r"(?:\s+" + _CAP + r")*)?", text[pos : sentence.end])
    if tail is None or not (tail.group("kind") or tail.group("run")):
        return ctx.province, pos
    words = (tail.group("run") or "").split()
    name = " ".join(words[: min(name_tail(words), 2)])  # "tỉnh Lê Văn An": a person, no province
    if name and (tail.group("kind") or ctx.gazetteer.lookup(name, "province") is not None):
        return ctx.named_unit("tỉnh", name, sentence), pos + tail.start("run") + len(name)
    if tail.group("kind"):
        return ctx.province, pos + tail.end("kind")
    return ctx.province, pos


def _office(ctx: Context, sentence: Sentence, role_m: re.Match[str], role: _Role, name: str, end: int) -> TitleMatch:
    """ "Trưởng phòng Nông nghiệp và PTNT huyện": an office of a district or commune committee."""
    text = ctx.article.text
    kind_m = re.match(r"\s+(?P<kind>" + KIND_ALTERNATION + ")" + _E, text[end : sentence.end], re.IGNORECASE)
    if kind_m:
        kind_word = _kind_word(kind_m.group("kind"))
        level = KINDS[kind_word][1]
        unit, end = _unit_after(ctx, sentence, end + kind_m.end(), level, kind_m.group("kind"))
    else:
        unit = _office_unit(ctx)
        kind_word = unit.kind if unit is not None else ""
        level = unit.level if unit is not None else "district"
    body = f"phòng {name} {kind_word}".strip()
    generic = f"{role.label} {name} {kind_word}".strip()
    title = Title(role.code, slug(body), body[0].upper() + body[1:], level, generic, unit, text[role_m.start() : end])
    return TitleMatch(role_m.start(), end, title)


def _office_unit(ctx: Context) -> Unit | None:
    """The unit whose People's Committee has an office named without its unit: the article's district or
    commune. Communes have had offices only since July 2025; before, a commune article's is its district's."""
    subject = ctx.subject
    if subject is None or subject.level not in ("district", "commune"):
        return None
    return ctx.unit_at("district") if subject.level == "commune" and ctx.before_two_levels else subject


def _implied_kind(label: str) -> str | None:
    """The unit kind a committee's name implies: "Thành ủy Vinh" is of thành phố Vinh."""
    return next((kind for kind, committee in COMMITTEES.items() if label.endswith(committee)), None)


def _kind_word(kind: str) -> str:
    k = kind.lower()
    return "thành phố" if k in ("tp.", "tp") else k


def _named_otherwise(ctx: Context, sentence: Sentence, pos: int) -> bool:
    """Whether a committee written without its kind word is followed by a name other than the
    article's commune ("Đảng ủy Khối …"); "Đảng ủy Xuân Lập" in an article on xã Xuân Lập is its own."""
    m = _CAPITALISED_RUN.match(ctx.article.text, pos, sentence.end)
    if m is None:
        return False
    commune = ctx.unit_at("commune")
    return commune is None or not key(m.group(1)).startswith(key(commune.name))


_COMMUNE_KIND = re.compile(rf"(?i)(?:{'|'.join(COMMUNE_KINDS)})")
_COMMUNE_KIND_AT_END = re.compile(rf"\b(?:{'|'.join(COMMUNE_KINDS)})$")  # the kind word that follows an organ


def _context_commune_kind(ctx: Context) -> str:
    """The kind of commune-level unit the article is about (xã, phường, thị trấn, đặc khu); xã by default."""
    commune = ctx.unit_at("commune")
    return commune.kind if commune is not None and commune.kind in COMMUNE_KINDS else "xã"


def _unit_after(ctx: Context, sentence: Sentence, pos: int, level: str, kind: str | None) -> tuple[Unit | None, int]:
    """The unit named right after an organ ("Huyện ủy Thọ Xuân"), else the context's unit."""
    if level == "central":
        return None, pos
    kind = _kind_word(kind) if kind else None
    text = ctx.article.text
    m = _UNIT_AFTER.match(text, pos, sentence.end) or (
        _WARD_NUMBER.match(text, pos, sentence.end) if kind == "phường" else None
    )
    unit_kind = kind or _default_kind(level)
    if m and names_another_kind(m, unit_kind):
        m = None
    found = ctx.gazetteer.read_after_kind(unit_kind, m.group("name")) if m else None
    if m and found:
        end, k, name = found
        known = ctx.gazetteer.lookup(name, level, ctx.province)
        if known is None and level != "commune" and not ctx.gazetteer.may_know(name):
            # The gazetteer has every district and province, however spelt: words it does not know after
            # "Huyện uỷ" name the holder ("Bí thư Huyện uỷ A Pớt"); after a commune's kind they may name it.
            return ctx.unit_at(level, kind), pos
        if known is not None or kind is not None:
            unit = ctx.named_unit(kind or (known.kind if known else k), name, sentence)
            return unit, m.start("name") + end  # the name as written: "Thành ủy TP HCM"
    if m and kind is not None and level == "commune" and _in_apposition(text, sentence, pos):
        # "đồng chí A, Bí thư Đảng ủy phường Dư Hàng Kênh tham luận": the title already has its holder,
        # so the words after the commune's kind name the commune, though the gazetteer lacks it.
        return ctx.named_unit(kind, m.group("name"), sentence), m.end("name")
    context = ctx.unit_at(level, kind)
    if level == "commune" and kind is not None and (context is None or context.kind != kind):
        return _commune_named_before(ctx, sentence, pos, kind) or context, pos
    return context, pos


def _commune_named_before(ctx: Context, sentence: Sentence, pos: int, kind: str) -> Unit | None:
    """The one commune of this kind the sentence names before a title that gives only the kind, when the article
    is about no commune of that kind: "Tại điểm cầu xã Trà Leng, Q.Chủ tịch UBND xã Hồ Văn Mai cho biết"."""
    before = pos - sentence.start
    named = {
        (k, name) for start, _, k, name in ctx.gazetteer.find(sentence.text) if start < before and _kind_word(k) == kind
    }
    if len(named) != 1:
        return None
    k, name = named.pop()
    return ctx.named_unit(k, name, sentence)


# A name and a comma before the title (and nothing that opens another person's reference between).
_APPOSITION = re.compile(rf"(?:(?i:{HONORIFIC})\s+{_NAME}(?:\s+{_NAME}){{1,4}})\s*,(?P<between>[^;:]*)$")
_ANOTHER_HOLDER = re.compile(rf"(?i)(?<!\w)(?:{HONORIFIC}|và)(?!\w)")


def _in_apposition(text: str, sentence: Sentence, pos: int) -> bool:
    """Whether the title ending at pos is set beside a name: "đồng chí A, Ủy viên BTV, Bí thư Đảng ủy xã"."""
    m = _APPOSITION.search(text, max(sentence.start, pos - 160), pos)
    return m is not None and not _ANOTHER_HOLDER.search(m.group("between"))


def _default_kind(level: str) -> str:
    return {"province": "tỉnh", "district": "huyện", "commune": "xã"}.get(level, "huyện")


def _compose(
    ctx: Context,
    start: int,
    end: int,
    role: _Role,
    organ: str,
    organ_label: str,
    level: str,
    unit: Unit | None,
    board: str | None,
) -> TitleMatch:
    text = ctx.article.text
    label = role.label
    if board:  # "Trưởng Ban Tổ chức Tỉnh ủy": the board is its own organ of the committee
        label = label.removesuffix(" ban")
        organ_label = f"{board} {organ_label}".rstrip()
        organ = slug(organ_label)
        generic = f"{label} {organ_label}"
    elif role.code == "uy-vien-btv" and organ == "bch":
        organ, generic = "btv", f"{label} {organ_label}"
        organ_label = f"Ban Thường vụ {organ_label}"
    elif role.code == "uy-vien-btv" and organ == "btv":
        generic = f"Ủy viên {organ_label}"
    elif role.code == "uy-vien-bch" and organ == "bch" and level == "commune":
        generic = "Đảng ủy viên"  # a commune's committee member, whatever the commune's kind
    elif role.code == "uy-vien-bch" and organ == "bch" and organ_label.endswith("ủy"):
        generic = f"{organ_label} viên"
    else:
        generic = f"{label} {organ_label}"
    title = Title(role.code, organ, organ_label, level, generic, unit, text[start:end])
    return TitleMatch(start, end, title)


def _joined(text: str, a: TitleMatch, b: TitleMatch) -> bool:
    """Two titles of one person's chain: nothing but a comma or a dash between them."""
    return re.fullmatch(r"\s*(?:,|-)?\s*", text[a.end : b.start]) is not None


def _commune_kinds(ctx: Context, titles: list[TitleMatch]) -> list[TitleMatch]:
    """ "Bí thư Đảng ủy, Chủ tịch HĐND phường": a bare "Đảng ủy" is of the commune its neighbour names."""
    text = ctx.article.text
    out = list(titles)
    for i, t in enumerate(out):
        if t.title.level != "commune" or _COMMUNE_KIND.search(t.title.surface):
            continue  # only an organ written without its kind ("Đảng ủy") borrows one
        for j in (i + 1, i - 1):
            if not (0 <= j < len(out) and out[j].title.level == "commune"):
                continue
            moved = _in_neighbours_unit(t, out[j].title)
            if moved.title != t.title and _joined(text, *sorted((t, out[j]), key=lambda x: x.start)):
                out[i] = moved
                break
    return out


def _in_neighbours_unit(t: TitleMatch, neighbour: Title) -> TitleMatch:
    """The same title in the commune-level unit of the title beside it, or only of its kind where that unit is one
    the gazetteer does not know (a ward formed in 2025): "Bí thư Đảng ủy, Chủ tịch HĐND phường" is a ward's
    secretary all the same."""
    old = t.title
    if neighbour.unit is not None:
        kind = neighbour.unit.kind
    elif (kind_word := _COMMUNE_KIND_AT_END.search(neighbour.generic)) is not None:
        kind = kind_word.group(0)
    else:
        return t
    unit = neighbour.unit or (old.unit if old.unit is not None and old.unit.kind == kind else None)
    generic = _COMMUNE_KIND_AT_END.sub(kind, old.generic)
    label = _COMMUNE_KIND_AT_END.sub(kind, old.organ_label)
    return TitleMatch(t.start, t.end, replace(old, unit=unit, generic=generic, organ_label=label))


def _complete_elided(ctx: Context, sentence: Sentence, titles: list[TitleMatch]) -> list[TitleMatch]:
    """A role with its organ left out takes the organ named beside it, else is dropped.

    A party role: "Phó Bí thư Thường trực và … Phó Bí thư Đảng ủy xã": the committee of the sentence's
    other party title; "Bí thư, Chủ tịch HĐND xã X": the committee of the unit of the title it is joined
    to. Any other: the organ of the post before it ("giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; bà A
    giữ chức Phó Chủ tịch").
    """
    text = ctx.article.text
    out: list[TitleMatch] = []
    for i, t in enumerate(titles):
        if t.title.organ != _BARE:
            out.append(t)
            continue
        role = lexicon().role_of_code[t.title.role]
        if role.party or t.joined:  # a committee's post, or a board of it joined ("tham gia Ban Chấp hành")
            # The same person's posts say most; another person's, in the list, least.
            donor = (
                _board_donor(text, titles, i)
                or _party_donor(text, titles, i, same_item=True)
                or _unit_donor(text, titles, i)
                or _party_donor(text, titles, i, same_item=False)
                or _subject_committee(ctx, sentence, t)
            )
        elif role.council:
            donor = _council_donor(titles, i)
        else:
            donor = _organ_donor(titles, i) or _clause_subject(ctx, sentence, t)
        if donor is None:
            if not t.joined:  # a board joined with no post beside it names no committee: nothing unread
                ctx.report("unknown-title", text[t.start : t.end], sentence, "role without its organ")
            continue
        organ, organ_label, level, unit = donor
        out.append(replace(_compose(ctx, t.start, t.end, role, organ, organ_label, level, unit, None), joined=t.joined))
    return out


_OPENS_LIST = re.compile(rf"(?i)\s*(?:{_MEMBERS_OF})?")


def _subject_committee(ctx: Context, sentence: Sentence, t: TitleMatch) -> tuple[str, str, str, Unit | None] | None:
    """The committee of the article's unit for a board its sentence opens with and lists the members of ("Ban
    Thường vụ còn có các đồng chí: A, …", "Các Ủy viên Ban Thường vụ còn lại gồm: …"), or elects with its members
    listed ("BCH đã bầu Ban Thường vụ gồm 7 đồng chí: A, …"): the congress the article reports has just elected it."""
    unit = ctx.subject
    opening = _OPENS_LIST.match(ctx.article.text, sentence.start, sentence.end)
    opens = opening is not None and t.start == opening.end()
    if not t.joined or not (opens or _MEMBERS_LISTED.match(ctx.article.text, t.end, sentence.end)) or unit is None:
        return None
    if unit.level not in ("province", "district", "commune"):
        return None
    return "bch", _committee(unit.kind, unit.level), unit.level, unit


def _clause_subject(ctx: Context, sentence: Sentence, t: TitleMatch) -> tuple[str, str, str, Unit | None] | None:
    """The organ the clause or the sentence opens with: "Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, đồng chí A
    giữ chức Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy gồm 7 đồng chí; đồng chí B được bầu làm Phó Chủ nhiệm"; else the
    one the sentence elects first: "Hội nghị cũng bầu Ủy ban Kiểm tra Đảng ủy phường gồm 3 đồng chí, đồng chí C
    được bầu làm Chủ nhiệm"."""
    text = ctx.article.text
    clause = sentence.clause_start(t.start)
    elected = (m.end() for m in _ELECTS.finditer(text, sentence.start, t.start))
    reported = (m.end() for m in _REPORT_OF.finditer(text, sentence.start, t.start))
    # the clause's start, the sentence's, then "bầu", then whose report is presented
    for start in dict.fromkeys((clause, sentence.start, *elected, *reported)):
        organ = _organ_at(ctx, sentence, skip_space(text, start))
        if organ is not None:
            return organ.code, organ.label, organ.level, organ.unit
    return None


_ELECTS = re.compile(r"(?i)(?<!\w)bầu\s+")


def _organ_donor(titles: list[TitleMatch], i: int) -> tuple[str, str, str, Unit | None] | None:
    """The organ of the nearest earlier post of the sentence outside the party committees."""
    for t in reversed(titles[:i]):
        if t.title.organ not in ("bch", "btv", _BARE) and t.title.level in ("province", "district", "commune"):
            return t.title.organ, t.title.organ_label, t.title.level, t.title.unit
    return None


def _council_donor(titles: list[TitleMatch], i: int) -> tuple[str, str, str, Unit | None] | None:
    """The council of the nearest deputy's seat or council post of the sentence: "các vị đại biểu HĐND tỉnh: ông A,
    Bí thư Huyện ủy, Tổ trưởng Tổ đại biểu; …"."""
    for t in sorted(titles[:i] + titles[i + 1 :], key=lambda t: abs(t.start - titles[i].start)):
        if t.title.organ == "hdnd":
            return t.title.organ, t.title.organ_label, t.title.level, t.title.unit
    return None


def _party_donor(
    text: str, titles: list[TitleMatch], i: int, *, same_item: bool
) -> tuple[str, str, str, Unit | None] | None:
    """The committee of the nearest party-committee title of the sentence, or of its list item
    (no ";" between: "…; B, Ủy viên BTV, Chủ nhiệm UBKT Huyện ủy; C, Bí thư Đảng ủy xã …")."""
    me = titles[i]
    candidates = [
        t
        for t in titles
        if t.title.organ in ("bch", "btv")
        and not (same_item and ";" in text[min(t.end, me.start) : max(t.start, me.end)])
    ]
    # Nearest first; of two as near, the one before (a stable sort: the titles are in text order).
    others = sorted(candidates, key=lambda t: abs(t.start - me.start))
    for t in others:
        label = t.title.organ_label.removeprefix("Ban Thường vụ ")
        if t.title.organ == "btv" or t.title.role != "uy-vien-bch":
            return "bch", label, t.title.level, t.title.unit
    return None


# A party committee's name ends the label: "Ban Dân vận Huyện ủy", "Văn phòng Đảng ủy xã".
_COMMITTEE_AT_END = re.compile(
    "(?:{}|Đảng ủy (?:{}))$".format(
        "|".join(COMMITTEES.values()), "|".join(k for k, (_, level) in KINDS.items() if level == "commune")
    )
)


def _board_donor(text: str, titles: list[TitleMatch], i: int) -> tuple[str, str, str, Unit | None] | None:
    """The committee whose board the title joined right after it heads ("Ủy viên Ban Thường vụ, Trưởng Ban
    Dân vận Huyện ủy …"), or the title given to its holder next ("Ủy viên Ban Thường vụ được bầu làm Chủ nhiệm
    Ủy ban Kiểm tra Đảng ủy xã"): the same person's posts, named before any other post the sentence gives."""
    if i + 1 >= len(titles) or not _held_with(text, titles[i], titles[i + 1]):
        return None
    nxt = titles[i + 1].title
    committee = _COMMITTEE_AT_END.search(nxt.organ_label)
    if nxt.organ in ("bch", "btv") or committee is None:
        return None
    return "bch", committee.group(0), nxt.level, nxt.unit


def _held_with(text: str, a: TitleMatch, b: TitleMatch) -> bool:
    """Title b is of a's holder too: joined to it, or given to them next ("Ủy viên Ban Thường vụ được bầu làm …")."""
    return _joined(text, a, b) or _GIVEN_NEXT.fullmatch(text, a.end, b.start) is not None


_GIVEN_NEXT = re.compile(rf"\s+được\s+{APPOINTED}\s+(?:làm|giữ chức)\s+")


def _unit_donor(text: str, titles: list[TitleMatch], i: int) -> tuple[str, str, str, Unit | None] | None:
    """The party committee of the unit of the title joined right after it ("Bí thư, Chủ tịch UBND xã"), or given to
    its holder next ("Ủy viên Ban Thường vụ được phân công làm Phó Chủ tịch UBND xã")."""
    if i + 1 >= len(titles) or not _held_with(text, titles[i], titles[i + 1]):
        return None
    nxt = titles[i + 1].title
    if nxt.level not in ("province", "district", "commune"):
        return None
    # The kind of unit: the one resolved, else the kind word that ends the organ ("HĐND thị xã").
    written = re.search(r"(?:" + KIND_ALTERNATION + r")$", nxt.organ_label)
    kind = nxt.unit.kind if nxt.unit is not None else _kind_word(written.group(0)) if written else None
    if kind is None:
        return None
    return "bch", _committee("tỉnh" if nxt.level == "province" else kind, nxt.level), nxt.level, nxt.unit
