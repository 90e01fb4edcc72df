"""Post titles in text: "Bí thư Huyện uỷ", "PBT, Chủ tịch UBND huyện Thọ Xuân", "TUV".

A title is a role word followed by an organ ("Chủ tịch" + "UBND huyện"), a role followed by a named
board or department ("Trưởng Ban Tổ chức Tỉnh ủy", "Giám đốc Sở Tài chính"), or a standalone title
("Tỉnh ủy viên", "Phó Thủ tướng Chính phủ"). The words live in data/lookup/title_*.tsv; this module
only knows the grammar. The unit name may follow the organ ("Huyện ủy Thọ Xuân"); when it does not,
the article context decides which unit a generic organ belongs to.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.article import Sentence
from loaders.context import Context
from loaders.gazetteer import KINDS, LOOKUP
from loaders.model import Title, Unit
from loaders.text import CAPITALISED, canonical, slug

_KIND_WORDS = sorted({k for k in KINDS if not k.startswith("tp")} | {"tp."}, key=len, reverse=True)
_KIND_ALT = "|".join(re.escape(k) for k in _KIND_WORDS)
_B = r"(?<![\wÀ-ỹ])"  # word start
_E = r"(?![\wÀ-ỹ])"  # word end
_CAP = CAPITALISED


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _pattern(surface: str) -> str:
    words = [r"(?P<kind>" + _KIND_ALT + ")" if w == "{kind}" else re.escape(w) for w in surface.split()]
    return r"\s+".join(words)


@dataclass(frozen=True)
class _Organ:
    regex: re.Pattern[str]
    organ: str
    level: str
    label: str


@dataclass(frozen=True)
class Lexicon:
    roles: dict[str, tuple[str, str]]  # surface → (role code, label)
    role_re: re.Pattern[str]
    organs: list[_Organ]
    standalone: list[tuple[re.Pattern[str], dict[str, str]]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roles = {r["surface"]: (r["role"], r["label"]) for r in _rows("title_roles.tsv")}
    role_alt = "|".join(_pattern(s) for s in sorted(roles, key=len, reverse=True))
    organs = [
        _Organ(re.compile(_pattern(r["surface"]) + _E, re.IGNORECASE), r["organ"], r["level"], r["label"])
        for r in sorted(_rows("title_organs.tsv"), key=lambda r: len(r["surface"]), reverse=True)
    ]
    standalone = [
        (re.compile(_B + _pattern(r["surface"]) + _E, re.IGNORECASE), r)
        for r in sorted(_rows("title_standalone.tsv"), key=lambda r: len(r["surface"]), reverse=True)
    ]
    return Lexicon(
        roles=roles,
        role_re=re.compile(_B + "(?:" + role_alt + ")" + _E, re.IGNORECASE),
        organs=organs,
        standalone=standalone,
    )


@dataclass(frozen=True)
class TitleMatch:
    start: int  # offsets into the article's normalised text
    end: int
    title: Title


_PARTY_ORGAN_AHEAD = r"(?=\s+(?:Tỉnh|Huyện|Thị|Thành|Đảng)\s+ủy|\s+HĐND|\s+Hội đồng)"


@lru_cache(maxsize=1)
def _departments() -> dict[str, re.Pattern[str]]:
    """One regex per kind (so, ban) matching a known name, longest first, else a short unknown one."""
    rows = _rows("departments.tsv")
    out = {}
    for kind in ("so", "ban"):
        names = sorted((r["name"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        known = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
        unknown = _CAP + r"(?:\s+[a-zà-ỹđ]+){0,2}"
        out[kind] = re.compile(rf"\s+(?P<name>(?:{known})|{unknown})(?![\wÀ-ỹ])", re.IGNORECASE if kind == "so" else 0)
    return out


_UNIT_AFTER = re.compile(r"\s+(?P<name>" + _CAP + r"(?:(?:\s+-\s+|\s+|-)" + _CAP + r"){0,3})")


def find_titles(ctx: Context, sentence: Sentence) -> list[TitleMatch]:
    """Every title in the sentence, left to right, non-overlapping."""
    text = ctx.article.text
    found: list[TitleMatch] = []
    taken: list[tuple[int, int]] = []
    for regex, row in lexicon().standalone:
        for m in regex.finditer(text, sentence.start, sentence.end):
            if _free(taken, m.start(), m.end()):
                unit = ctx.unit_at(row["level"]) if row["level"] != "central" else None
                title = Title(
                    row["role"], row["organ"], _organ_label(row), row["level"], row["generic"], unit, m.group(0)
                )
                found.append(TitleMatch(m.start(), m.end(), title))
                taken.append((m.start(), m.end()))
    for m in lexicon().role_re.finditer(text, sentence.start, sentence.end):
        if not _free(taken, m.start(), m.end()) or _inside_organ_name(text, m.start()):
            continue
        match = _after_role(ctx, sentence, m)
        if match is not None and _free(taken, match.start, match.end):
            found.append(match)
            taken.append((match.start, match.end))
    return sorted(found, key=lambda t: t.start)


def _inside_organ_name(text: str, start: int) -> bool:
    """ "Ban Thường vụ Huyện ủy" names the board itself, not a member's title."""
    return text[max(0, start - 4) : start].lower() == "ban "


def _organ_label(row: dict[str, str]) -> str:
    return {"bch": {"province": "Tỉnh ủy", "district": "Huyện ủy", "commune": "Đảng ủy xã"}.get(row["level"], "")}.get(
        row["organ"], row["organ"]
    )


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def _after_role(ctx: Context, sentence: Sentence, role_m: re.Match[str]) -> TitleMatch | None:
    """Complete a role word with the organ, board or department that follows it."""
    text = ctx.article.text
    role, label = lexicon().roles[re.sub(r"\s+", " ", role_m.group(0).lower())]
    pos = role_m.end()
    board = None
    if role in ("truong-ban", "pho-truong-ban"):
        ban = _departments()["ban"].match(text, pos, sentence.end)
        if ban and re.match(_PARTY_ORGAN_AHEAD, text[ban.end() : sentence.end]):
            board, pos = "Ban " + canonical(ban.group("name")), ban.end()
            label = label.replace(" ban", "")
    so = re.match(r"\s+Sở", text[pos : sentence.end]) if role in ("giam-doc", "pho-giam-doc") else None
    dept_m = _departments()["so"].match(text, pos + so.end(), sentence.end) if so else None
    if dept_m:
        dept = "Sở " + canonical(dept_m.group("name"))
        title = Title(
            role, slug(dept), dept, "province", f"{label} {dept}", ctx.province, text[role_m.start() : dept_m.end()]
        )
        return TitleMatch(role_m.start(), dept_m.end(), title)
    space = re.match(r"\s+", text[pos : sentence.end])
    if not space:
        return None
    organ_start = pos + space.end()
    for organ in lexicon().organs:
        om = organ.regex.match(text, organ_start, sentence.end)
        if om is None:
            continue
        kind = om.groupdict().get("kind")
        kind_word = _kind_word(kind) if kind else None
        level = KINDS[kind_word][1] if kind_word and organ.level == "kind" else organ.level
        if kind_word == "thành phố" and organ.level == "kind":
            level = "district"
        organ_label = organ.label.replace("{kind}", kind_word or "")
        end = om.end()
        unit, end = _unit_after(ctx, sentence, end, level, kind_word)
        return _compose(ctx, role_m.start(), end, role, label, organ.organ, organ_label, level, unit, board)
    return None


def _kind_word(kind: str) -> str:
    k = kind.lower()
    return "thành phố" if k in ("tp.", "tp") else k


def _unit_after(ctx: Context, sentence: Sentence, pos: int, level: str, kind: str | None) -> tuple[Unit | None, int]:
    """The unit named right after an organ ("Huyện ủy Thọ Xuân"), else the context's unit."""
    text = ctx.article.text
    m = _UNIT_AFTER.match(text, pos, sentence.end)
    if m:
        for start, end, k, name in ctx.gazetteer.find(f"{kind or _default_kind(level)} {m.group('name')}"):
            if start == 0:
                unit_kind = kind or _default_kind(level)
                known = ctx.gazetteer.lookup(name, level, ctx.province)
                if known is not None or kind is not None:
                    return ctx.named_unit(unit_kind if kind else known.kind if known else k, name, sentence), m.start(
                        "name"
                    ) + len(name)
    return ctx.unit_at(level, kind), pos


def _default_kind(level: str) -> str:
    return {"province": "tỉnh", "district": "huyện", "commune": "xã"}.get(level, "huyện")


def _compose(
    ctx: Context,
    start: int,
    end: int,
    role: str,
    label: str,
    organ: str,
    organ_label: str,
    level: str,
    unit: Unit | None,
    board: str | None,
) -> TitleMatch:
    text = ctx.article.text
    if board:  # "Trưởng Ban Tổ chức Tỉnh ủy": the board is its own organ of the committee
        organ_label = f"{board} {organ_label}"
        organ = slug(organ_label)
        generic = f"{label} {organ_label}"
    elif role == "uy-vien-btv" and organ == "bch":
        organ, generic = "btv", f"{label} {organ_label}"
        organ_label = f"Ban Thường vụ {organ_label}"
    elif role == "uy-vien-bch" and organ == "bch" and organ_label.endswith("ủy"):
        generic = f"{organ_label} viên"
    else:
        generic = f"{label} {organ_label}"
    title = Title(role, organ, organ_label, level, generic, unit, text[start:end])
    return TitleMatch(start, end, title)
