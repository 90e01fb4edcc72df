"""Administrative units: the reference table, and finding "huyện Thọ Xuân" in text.

Known units come from data/lookup/units.tsv with their statistical codes. A unit the table does not
know is still read from the text (with the kind word and the capitalised name that follows) and
minted without a code; the caller reports it as an issue.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from loaders.model import Unit
from loaders.text import NAME_SYLLABLE, UPPER, canonical, fold, key

LOOKUP = Path(__file__).resolve().parent.parent / "data" / "lookup"

# Kind words, longest first so "thành phố" wins over a bare "phố"; abbreviations map to kinds.
KINDS: dict[str, tuple[str, str]] = {
    "thành phố": ("thành phố", "district"),
    "tp.": ("thành phố", "district"),
    "tp": ("thành phố", "district"),
    "thị xã": ("thị xã", "district"),
    "thị trấn": ("thị trấn", "commune"),
    "tỉnh": ("tỉnh", "province"),
    "huyện": ("huyện", "district"),
    "xã": ("xã", "commune"),
    "phường": ("phường", "commune"),
    "quận": ("quận", "district"),
    "đặc khu": ("đặc khu", "commune"),
}
# The kinds of commune-level unit ("đặc khu": the island districts became special zones on 1 July 2025).
COMMUNE_KINDS = tuple(kind for kind, (_, level) in KINDS.items() if level == "commune")
# The party committee of a province or district-level unit, by the unit's kind. A committee named after
# its unit names the unit too: "Huyện ủy Lệ Thủy", "Thành ủy Vinh".
COMMITTEES: dict[str, str] = {
    "tỉnh": "Tỉnh ủy",
    "huyện": "Huyện ủy",
    "thị xã": "Thị ủy",
    "thành phố": "Thành ủy",
    "quận": "Quận ủy",
}
COMMITTEE_KINDS: dict[str, str] = {committee.lower(): kind for kind, committee in COMMITTEES.items()}


def committee_of(kind: str, level: str) -> str:
    """The party committee of a unit by its kind and level: "Tỉnh ủy", "Thành ủy" (of a city, centrally run or
    not), "Huyện ủy", "Thị ủy", "Quận ủy"; a commune's is its "Đảng ủy"."""
    if level == "commune":
        return "Đảng ủy"
    return COMMITTEES.get(kind, "Tỉnh ủy" if level == "province" else "Huyện ủy")


assert all(k.endswith("ủy") for k in COMMITTEE_KINDS)  # _scan skips texts without "ủy"
# A syllable of a minority language may run on past an apostrophe: "Cư M'gar", "Ea H'đinh", "Đắk R'lấp".
_SYLLABLE = rf"{NAME_SYLLABLE}(?!\w)"  # not the N of "xã NTM"
# Up to six syllables (a name and the personal name after it: "xã Nam Dương Hoàng Văn Dũng", cut by
# `_trim`), or two such names joined by a spaced dash ("Văn Miếu - Quốc Tử Giám", a ward
# named after both of the wards it merged).
_PART = rf"{_SYLLABLE}(?:(?: |-){_SYLLABLE}){{0,5}}"
# Since July 2025 a commune may carry a number after its name ("xã Đạ Tẻh 2", "xã Bảo Lâm 1"): one digit,
# not a count of what follows ("huyện Thọ Xuân 6 tháng đầu năm", "xã Tân Lập 3 thôn"; but "xã A Lưới 2 tổ chức
# Đại hội" is the commune holding a congress, not 2 groups, and "Đảng bộ xã A Lưới 2 lần thứ I" its congress).
_NUMBER_AFTER = (
    r"(?: [1-9](?![\d.,/%]|\s*(?:tháng|năm|ngày|tuần|lần(?!\s+thứ)|quý|thôn|bản|ấp|xóm|tổ(?!\s+chức(?!\s+đảng))|khu|hộ|người"
    r"|xã|phường|huyện|dự án|công trình|chỉ tiêu|tiêu chí|sản phẩm|trường)(?!\w)))?"
)
# Cities known by their initials: "TP HCM", "TP.HCM", "TPHCM", "Thành ủy TP HCM".
INITIALS = {"HCM": "Hồ Chí Minh"}
_INITIALS = rf"(?:{'|'.join(INITIALS)})(?!\w)"
# A unit's name, and what may follow it, for `_trim` to cut; or a city's initials.
UNIT_NAME = rf"(?:{_INITIALS}|{_PART}(?: - {_PART})?{_NUMBER_AFTER})"
# Hồ Chí Minh City's urban districts and many towns' wards are numbered: "Quận 5", "Phường 1", and their
# committees "Quận ủy Quận 5". A number, not a decimal ("5,6"), a fraction or a share.
_NUMBER_NAME = r"(?:(?i:quận|phường)\s+)?(?P<number>\d{1,2})(?!\d|[.,]\d|\s*[/%])"
_NUMBERED_KINDS = frozenset({"quận", "phường"})
_COUNT_BEFORE = re.compile(r"\d\s+$")  # "5 quận 7 huyện": a count of units, not Quận 7
# The kind words as one regex alternation, longest first ("tp." before "tp": "TP. Sầm Sơn", "TP Thanh Hóa").
KIND_ALTERNATION = "|".join(re.escape(k) for k in sorted(KINDS, key=len, reverse=True))
# What parts a kind word from its unit's name: spaces, or a city's initials may follow with no space or
# a dot: "TP.HCM", "TPHCM", "Đoàn ĐBQH TP.HCM".
AFTER_KIND = rf"(?:\s+|\.?(?={_INITIALS}))"
# What a unit may be called between its kind word and its name: "xã biên giới Hoà Hiệp", "huyện miền núi Quế Phong".
_DESCRIBED = r"(?:(?:biên giới|vùng cao|miền núi|ven biển|bãi ngang|hải đảo|đảo)\s+)?"
UNIT_RE = re.compile(
    rf"(?<!\w)(?P<kind>(?i:{KIND_ALTERNATION})){AFTER_KIND}{_DESCRIBED}(?P<name>{_NUMBER_NAME}|{UNIT_NAME})"
)
# A committee or organ may repeat its unit's kind before the name: "Quận ủy Quận Bình Thạnh", "Thành ủy Thành
# phố Vinh". Another unit's kind there starts no name of its own (`names_another_kind`).
KIND_AGAIN = rf"(?:(?P<again>(?i:{KIND_ALTERNATION}))\s+(?=\d|[{UPPER}]))?"
_COMMITTEE_RE = re.compile(
    rf"(?<!\w)(?P<kind>(?i:{'|'.join(re.escape(k) for k in COMMITTEE_KINDS)}))\s+"
    rf"{KIND_AGAIN}(?P<name>{_NUMBER_NAME}|{UNIT_NAME})"
)


# Words after which a unit's kind word starts a place, never the end of a title a personal name follows.
_PLACE_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:tại|ở|thuộc|trên địa bàn|đại biểu|cử tri|nhân dân|bà con)\s+$")


def names_another_kind(m: re.Match[str], kind: str) -> bool:
    """Whether a match of KIND_AGAIN repeats a kind other than `kind`: "Huyện ủy Thị trấn …"."""
    again = m.groupdict().get("again")
    return again is not None and KINDS[again.lower()][0] != kind


_LOWER = re.compile(r"[^\W\d_A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ]")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LOWER = re.compile(r"[a-z]+")


# The quarters of a city whose names the wards made in 2025 took: "phường Quy Nhơn Nam".
_QUARTERS = frozenset({"Bắc", "Nam", "Đông", "Tây", "Trung"})
# Words of headlines that are never unit names, for capitals where case says nothing.
_COMMON_WORDS = frozenset(
    [
        "tổ",
        "chức",
        "hội",
        "nghị",
        "triển",
        "khai",
        "đại",
        "ủy",
        "ban",
        "nhân",
        "dân",
        "lần",
        "thứ",
        "khóa",
        "năm",
        "kỳ",
        "họp",
        "tổng",
        "kết",
        "sơ",
        "công",
        "tác",
        "và",
        "của",
    ]
)


@lru_cache(maxsize=4096)  # both scans of a sentence (units, committees) ask
def _mostly_upper(text: str) -> bool:
    """A headline in capitals: few lower-case letters (cheap regex counts, it runs on every sentence)."""
    if text.upper() != text and (
        # ASCII lower-case letters are some of _LOWER's, counted a run at a time rather than a match
        # per letter: in running text they alone decide, and the full count is rarely needed.
        sum(map(len, _ASCII_LOWER.findall(text))) > 0.4 * len(text) or len(_LOWER.findall(text)) > 0.4 * len(text)
    ):
        return False
    letters = len(_LETTER.findall(text))
    return letters > 8 and sum(1 for c in text if c.isupper()) > 0.6 * letters


@dataclass(frozen=True)
class Row:
    code: str
    level: str
    kind: str
    name: str
    parent: str
    valid_from: str
    valid_until: str


class Gazetteer:
    def __init__(self, rows: list[Row]):
        self.rows = rows
        self.by_code = {r.code: r for r in rows}
        self._by_name: dict[str, list[Row]] = {}
        for r in rows:
            self._by_name.setdefault(key(r.name), []).append(r)
        # Names several provinces give a district ("Châu Thành" ten times): without the province the
        # name alone says nothing of where the article is.
        ambiguous = {k for k, rs in self._by_name.items() if len({r.parent for r in rs if r.level == "district"}) > 1}
        # The districts a bare name may mean (with its key), read for every article: computed once.
        self.unique_districts = tuple(
            (r, key(r.name))
            for r in rows
            if r.level == "district" and key(r.name) not in ambiguous and not r.name.isdigit()  # "5" is no name alone
        )
        self.province_keys = frozenset(key(r.name) for r in rows if r.level == "province")
        # Those of them a bare name may mean once the province is known: "Châu Thành: …" in an article of Tây Ninh.
        self._shared_districts: dict[str, list[tuple[Row, str]]] = {}
        for r in rows:
            if r.level == "district" and key(r.name) in ambiguous:
                self._shared_districts.setdefault(r.parent, []).append((r, key(r.name)))
        # Names as spelt without their marks or with their syllables run together: "Mù Cang Chải", "Đak Đoa",
        # "Đakrông" are the table's "Mù Căng Chải", "Đăk Đoa", "Đa Krông". Units of one parent and level share a
        # folded name only where a town and a district bear one name ("thị xã Kỳ Anh", "huyện Kỳ Anh").
        self._by_folded: dict[str, list[Row]] = {}
        for r in rows:
            self._by_folded.setdefault(_loose(r.name), []).append(r)

    def bare_districts(self, province: Unit | None) -> Iterator[tuple[Row, str]]:
        """The districts a bare name may mean, with their keys: those no other province's district shares a name
        with, and of the province's own, those that share it."""
        shared = self._shared_districts.get(province.code or "", []) if province is not None else []
        return itertools.chain(self.unique_districts, shared)

    def unit(self, row: Row) -> Unit:
        parent = self.unit(self.by_code[row.parent]) if row.parent else None
        return Unit(kind=row.kind, name=row.name, level=row.level, parent=parent, code=row.code or None)

    def lookup(
        self, name: str, level: str | None = None, province: Unit | None = None, kind: str | None = None
    ) -> Unit | None:
        """A known unit by name, preferring the given level, province and kind ("thị xã Kỳ Anh" is not
        "huyện Kỳ Anh")."""
        rows = self._by_name.get(key(name), [])
        if level:
            rows = [r for r in rows if r.level == level] or rows
        if kind:
            rows = [r for r in rows if r.kind == kind] or rows
        if province is not None and province.code:
            inside = [r for r in rows if r.parent == province.code or r.code == province.code]
            rows = inside or rows
        if len({r.parent for r in rows}) > 1 and not any(r.level == "province" for r in rows):
            return None  # "huyện Châu Thành" with no province to tell which
        return self.unit(rows[0]) if rows else None

    def central_city(self, name: str) -> bool:
        """Whether "thành phố <name>" is a city under the central government (Hà Nội, Cần Thơ, …), a
        province, not one of a province's cities."""
        city = self.lookup(name, "province")
        return city is not None and (city.kind, city.level) == ("thành phố", "province")

    def knows(self, name: str) -> bool:
        """Whether the name is some unit's, wherever it lies."""
        return key(name) in self._by_name

    def may_know(self, name: str) -> bool:
        """Whether the name is some unit's, however its marks are spelt."""
        return _loose(name) in self._by_folded

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, name) of each unit phrase, the name cut to what the table knows.

        Several extractors ask about the same sentence, so answers are cached per text.
        """
        return self._scan(text, False)

    def find_at_start(self, text: str) -> tuple[int, int, str, str] | None:
        """The unit phrase that opens the text ("huyện Thọ Xuân …"), as `find` would list it first.

        Readers of a unit right after another word ask only this: one match at the start instead of
        a scan of the whole text (the regex's first match is the one at 0 whenever there is one).
        """
        capitals = _mostly_upper(text)
        m = UNIT_RE.match(text.title() if capitals else text)
        return self._found(m, False, capitals) if m is not None else None

    def read_after_kind(self, kind: str, text: str) -> tuple[int, str, str] | None:
        """The unit text names at its start, read as if it followed the kind word: (where its name as written
        ends in text, kind, name). "HCM" after "Thành ủy TP" is "Hồ Chí Minh", and ends at 3."""
        probe = f"{kind} "
        found = self.find_at_start(probe + text)
        return None if found is None else (found[1] - len(probe), found[2], found[3])

    def find_committees(self, text: str) -> list[tuple[int, int, str, str]]:
        """Units named through their party committee: "Huyện ủy Lệ Thủy" → (…, "huyện", "Lệ Thủy")."""
        return self._scan(text, True)

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer per process; the cache is meant to live with it
    def _scan(self, text: str, committees: bool) -> list[tuple[int, int, str, str]]:
        # Headlines in capitals ("PHƯỜNG HẠC THÀNH") are read title-cased; str.title keeps offsets.
        capitals = _mostly_upper(text)
        if capitals:
            text = text.title()
        out: list[tuple[int, int, str, str]] = []
        if committees and "ủy" not in text.lower():
            return out  # every committee word ends in "ủy", absent from most sentences
        for m in (_COMMITTEE_RE if committees else UNIT_RE).finditer(text):
            found = self._found(m, committees, capitals)
            if found is not None:
                out.append(found)
        return out

    def _found(self, m: re.Match[str], committees: bool, capitals: bool) -> tuple[int, int, str, str] | None:
        """A unit phrase matched by UNIT_RE or _COMMITTEE_RE, its name cut to what the table knows."""
        kind = COMMITTEE_KINDS[m.group("kind").lower()] if committees else KINDS[m.group("kind").lower()][0]
        number = m.group("number")
        if number is not None:
            if kind not in _NUMBERED_KINDS or _COUNT_BEFORE.search(m.string, 0, m.start()):
                return None
            return m.start(), m.end(), kind, number.lstrip("0") or number
        if names_another_kind(m, kind):
            return None  # "Huyện ủy Thành phố …" names no committee
        if m.group("name") in INITIALS:
            return m.start(), m.end(), kind, INITIALS[m.group("name")]
        level = KINDS[kind][1] if kind in KINDS else "district"
        placed = _PLACE_WORD_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
        name = self._trim(m.group("name"), level, placed)
        if level == "province" and self._spelling_variant(name, level, None) is None:
            # The provinces are all known: an unknown name after "tỉnh" is a person's, the title having ended in
            # the kind word ("Phó Chủ tịch UBND tỉnh Y Nhơn chủ trì …").
            return None
        if name and self._plausible(name, level, capitals):
            return m.start(), m.start("name") + len(name), kind, name
        return None

    def _plausible(self, name: str, level: str, capitals: bool) -> bool:
        """In capitals every word looks like a name ("UBND TỈNH TỔ CHỨC"); "Huyện Ủy" is a committee, "Huyện Đoàn"
        or "Tỉnh Đoàn" the youth union of a district or province (while "xã Đoàn Kết" is a commune)."""
        words = key(name).split()
        if words[0] in ("ủy", "uỷ") or (words[0] == "đoàn" and level != "commune"):
            return False
        return not capitals or key(name) in self._by_name or not set(words) & _COMMON_WORDS

    def _trim(self, name: str, level: str, placed: bool = False) -> str:
        """Longest known prefix of the capitalised run, else its first two syllables. `placed`: the kind word
        follows a word that says where, not a title ("tại xã", "Tổ đại biểu xã"), so no personal name comes next."""
        from loaders.names import is_surname, name_tail, not_names  # names reads the gazetteer's words

        words = name.replace(" - ", " -- ").split(" ")
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).replace(" -- ", " - ")
            if key(candidate) in self._by_name:
                if _split_letter(words, n):  # "xã Vĩnh Lộc A" (named like a district)
                    return f"{candidate} {words[n]}"
                if (
                    n < len(words)
                    and words[n] in _QUARTERS
                    and all(r.level != level for r in self._by_name[key(candidate)])
                ):
                    # "phường Quy Nhơn Nam": a ward of 2025 named for a quarter of the city it was part of
                    return f"{candidate} {words[n]}"
                return candidate
        # A historical figure's name is a ward's or a commune's, never an official's: "phường Trần Hưng Đạo".
        for n in range(len(words), 1, -1):
            candidate = " ".join(words[:n])
            if "--" not in words[:n] and key(candidate) in not_names():
                return candidate
        # Unknown: a run that ends in a personal name ("huyện Bùi Huy Toàn", "xã Xuân Lập Nguyễn
        # Văn An") keeps only what precedes the name. Unit names are mostly two syllables; a run of
        # exactly three that holds no name is one name ("quận Bắc Từ Liêm", "thành phố Buôn Ma
        # Thuột"), and so are three before a family name we know ("xã Bình Hòa Nam Huỳnh Văn Lượm");
        # a longer one is cut to two, since what follows is likely a name read without a family name
        # we know ("xã Ea Tiêu Y Khim Niê").
        letter = next((i for i in range(1, len(words)) if _split_letter(words, i)), None)
        if letter is not None and "--" not in words:
            return " ".join(words[: letter + 1])  # "xã Ninh Thạnh Lợi A", "xã Ninh Thạnh Lợi A Lê Văn Tư"
        dash = words.index("--") if "--" in words else -1
        second = words[dash + 1 : dash + 1 + min(name_tail(words[dash + 1 :]), 3)] if dash > 0 else []
        if second and key(" ".join(second)) not in self._by_name:
            # Two names joined by a dash, the second cut where a personal name starts; not a unit
            # and the place it lies in ("phường Hạc Thành - Thanh Hóa").
            return " ".join(words[: dash + 1 + len(second)]).replace(" -- ", " - ")
        cut = name_tail(words)
        if cut == 0 and len(words) == 3 and words[0] == "A" and not any(map(is_surname, words[1:])):
            # "xã A Mú Sung": "A" opens the names of Xơ Đăng and Ba Na men, but a three-syllable run that holds no
            # other family name, right after a kind word, is a commune's name ("A Khang" after one is two)
            cut = 3
        if cut == 0 and placed and len(words) <= 3:
            # "(Tổ đại biểu xã Sì Lở Lầu)": communes of the north-west open with syllables that are family names
            # too (Sì, Vàng, Lò, Sùng); where no title ends in the kind word, the run is the commune's name.
            return " ".join(words)
        three = cut == 3 and (len(words) == 3 or is_surname(words[3]))
        cut = cut if three else min(cut, 2)
        return " ".join(words[:cut]).replace(" -- ", " - ")

    def resolve(self, kind: str, name: str, province: Unit | None) -> tuple[Unit, bool]:
        """The unit named in text; (unit, known). Unknown units are minted under the province."""
        level = next(lv for k, lv in KINDS.values() if k == kind)
        if kind == "thành phố" and self.central_city(name):
            level = "province"
        known = self.lookup(name, level, province, kind)
        if known is not None and known.level == level:
            if known.kind != kind and level == "district":
                # The kind the text gives is the unit's at the article's date: "thị xã Từ Sơn" in
                # August 2021, a city from that November. The table holds the present kind.
                return replace(known, kind=kind), True
            return known, True
        variant = self._spelling_variant(name, level, province)
        if variant is not None:
            # Known under another spelling: the text's spelling is kept, as the kind is above; the
            # article graph names the unit as the table does and keeps this one as another name.
            return replace(variant, name=canonical(name)), True
        parent = province if level != "province" else None
        return Unit(kind=kind, name=canonical(name), level=level, parent=parent), False

    def reference_name(self, unit: Unit) -> str:
        """The name the table gives a known unit (the text may spell it otherwise)."""
        row = self.by_code.get(unit.code) if unit.code else None
        return row.name if row is not None else unit.name

    def _spelling_variant(self, name: str, level: str, province: Unit | None) -> Unit | None:
        """The one unit of this level (in the province, when known) whose name differs from the given
        one only in its marks."""
        rows = [r for r in self._by_folded.get(_loose(name), []) if r.level == level]
        if province is not None and province.code and level != "province":
            rows = [r for r in rows if r.parent == province.code]
        return self.unit(rows[0]) if len(rows) == 1 else None


def _loose(name: str) -> str:
    """A unit's name however it is spelt: no marks, no spaces or dashes between its syllables."""
    return _JOINS.sub("", fold(key(name)))


_JOINS = re.compile(r"[\s-]+")


def _split_letter(words: list[str], i: int) -> bool:
    """Whether words[i] is the letter that ends the name of a commune split from one ("xã Vĩnh Lộc A", "xã Tân
    Thạnh B"): it ends the run, or a family name follows it ("xã Vĩnh Lộc A Đặng Văn Phú"); it opens no person's
    name."""
    from loaders.names import is_surname  # names reads the gazetteer's words

    return 0 < i < len(words) and len(words[i]) == 1 and (i == len(words) - 1 or is_surname(words[i + 1]))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    with (LOOKUP / "units.tsv").open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = [Row(**r) for r in csv.DictReader(lines, delimiter="\t")]
    return Gazetteer(rows)
