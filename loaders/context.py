"""What an extractor knows about the article as a whole: its subject unit, province and date.

Articles rarely repeat the unit: "Chủ tịch UBND huyện" means the district the article is about,
"UBND tỉnh" its province. The context decides these once per article so that every extractor
reads generic words the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from loaders.article import Article, Sentence
from loaders.gazetteer import KIND_ALTERNATION, KINDS, Gazetteer, Row, default_gazetteer
from loaders.model import Issue, Unit
from loaders.parse.dates import FULL_DATE
from loaders.text import CAPITALISED, LOWER, key

_YEAR = re.compile(r"\bnăm (?P<y>20\d\d|19\d\d)\b")


_NATIONAL = re.compile(r"Quốc hội|ĐBQH")
# An abbreviation defined in brackets after what it stands for: "… Tìm kiếm cứu nạn (PCTT&TKCN)".
_DEFINED = re.compile(r"\((?P<abbr>[A-ZĐ][A-ZĐ&]{1,11})\)")


def _initial(word: str) -> str:
    """The letter a word gives an abbreviation: its first, "&" for "và"."""
    return "&" if word.casefold() == "và" else word[:1].casefold()


# "… tổ chức hội nghị tại thành phố Đồng Hới": a unit named after these only says where something happened; but
# where a visitor works is whom the visit is about ("thăm, làm việc tại đặc khu Bạch Long Vĩ").
VENUE_BEFORE = re.compile(r"(?i)(?<!làm việc )(?<!kiểm tra )(?<!công tác )\btại\s+(?:hội trường\s+)?$")
_SEVERAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|những)\s+$")
_APPOSED = re.compile(r"\s*,\s*")


class Mention(NamedTuple):
    """A unit the article names, directly ("huyện Lệ Thủy") or by committee ("Huyện ủy Lệ Thủy")."""

    kind: str
    name: str
    sentence: Sentence
    venue: bool  # named as where something happened ("tại thành phố Đồng Hới")
    several: bool = False  # named as one of several ("lãnh đạo UBND các huyện Cao Lộc, Văn Lãng")
    former: bool = False  # named as a unit that was ("huyện Pác Nặm (tỉnh Bắc Kạn cũ)", "tỉnh Quảng Nam (cũ)")


@dataclass
class Context:
    article: Article
    gazetteer: Gazetteer
    subject: Unit | None = None
    province: Unit | None = None
    issues: list[Issue] = field(default_factory=list)
    _reported: set[tuple[str, str]] = field(default_factory=set)

    @property
    def year(self) -> int | None:
        return self.article.year

    @cached_property
    def abbreviations(self) -> dict[str, str]:
        """The abbreviations the article defines, by the words before them in brackets: "Ban Chỉ huy Phòng chống
        thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) huyện" gives PCTT&TKCN → "Phòng chống thiên tai và Tìm kiếm cứu
        nạn". The words are those whose initials spell it, "và" standing for "&"."""
        found: dict[str, str] = {}
        for m in _DEFINED.finditer(self.article.text):
            words = self.article.text[max(0, m.start() - 200) : m.start()].split()
            letters = list(m.group("abbr"))
            taken = 0
            while letters and taken < len(words) and _initial(words[-1 - taken]) == letters[-1].casefold():
                letters.pop()
                taken += 1
            if not letters and taken:
                found.setdefault(m.group("abbr"), " ".join(words[len(words) - taken :]))
        return found

    @cached_property
    def questions_a_council(self) -> bool:
        """Whether the article reports deputies of a People's Council questioning ("chất vấn"): not where deputies
        of the National Assembly are about ("Đại biểu Trương Văn Lộc thông tin đến cử tri …")."""
        text = self.article.text
        return "chất vấn" in text and _NATIONAL.search(text) is None

    @cached_property
    def before_two_levels(self) -> bool:
        """Whether the article is dated before July 2025, when districts were abolished and communes took
        over their offices: by its date line, else by the latest full date of its lead ("Ngày 21-7-2022, …").
        An article with neither is taken to be of the reader's time."""
        if self.article.year is not None:
            return (self.article.year, self.article.month or 1) < (2025, 7)
        lead = " ".join(s.text for s in self.article.sentences[:4])
        dates = [(int(m.group("y")), int(m.group("m"))) for m in FULL_DATE.finditer(lead)]
        return bool(dates) and max(dates) < (2025, 7)

    def report(self, kind: str, surface: str, sentence: Sentence, detail: str = "") -> None:
        """Record something the lexicons could not map (once per kind and surface)."""
        if (kind, key(surface)) in self._reported:
            return
        self._reported.add((kind, key(surface)))
        self.issues.append(Issue(kind, surface, self.article.stem, sentence.quote, detail))

    def unit_at(self, level: str, kind: str | None = None) -> Unit | None:
        """The unit a generic level word ("huyện", "tỉnh", "xã") refers to in this article.

        In an article about a commune the gazetteer places in no district, "huyện" is the district the
        article names ("Tổ đại biểu HĐND huyện Quỳnh Lưu … tiếp xúc cử tri xã Quỳnh Thạch"); so it is in one
        about a province that names a district of it ("Ban Thường vụ Thành ủy công bố quyết định … tại quận
        Sơn Trà. … thu ngân sách trên địa bàn quận").
        """
        if level == "province":
            return self.province
        unit = self.subject
        while unit is not None:
            if unit.level == level and (kind is None or unit.kind == kind or level == "commune"):
                return unit
            unit = unit.parent
        if level == "district" and self.subject is not None and self.subject.level in ("commune", "province"):
            district = self.named_district
            return district if district is not None and (kind is None or district.kind == kind) else None
        return None

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        """Every unit the article names, in text order: read once, for the province, the subject and the
        units that level words stand for."""
        out: list[Mention] = []
        for s in self.article.sentences:
            found: list[tuple[int, Mention]] = []
            venue, end = False, -1
            for start, stop, kind, name in self.gazetteer.find(s.text):
                # the unit after a venue and a comma says where the venue lies ("tại xã Long Tân, huyện Dầu Tiếng")
                venue = (venue and _APPOSED.fullmatch(s.text, end, start) is not None) or (
                    VENUE_BEFORE.search(s.text, 0, start) is not None
                )
                several = _SEVERAL_BEFORE.search(s.text, max(0, start - 8), start) is not None
                former = _FORMER_AFTER.match(s.text, stop) is not None
                found.append((start, Mention(kind, name, s, venue, several, former)))
                end = stop
            found.extend(
                (start, Mention(kind, name, s, False))
                for start, _, kind, name in self.gazetteer.find_committees(s.text)
            )
            # (a unit named by its committee counts where it stands: "Huyện ủy Mỏ Cày Nam tiếp Đoàn công tác huyện
            # Trà Cú" is first of all about Mỏ Cày Nam)
            out.extend(m for _, m in sorted(found, key=lambda f: f[0]))
        return tuple(out)

    def mentions_in(self, first: int, last: int | None = None) -> list[Mention]:
        """The mentions of the sentences first … last - 1 (to the end without last)."""
        return [m for m in self.mentions if first <= m.sentence.index and (last is None or m.sentence.index < last)]

    @cached_property
    def only_commune(self) -> Unit | None:
        """The one commune or ward the article names, if it names exactly one: in an article about a district
        that works with it, "xã" is that commune ("làm việc với UBND xã Thiện Kế … xã đã kiểm kê 91,2 ha")."""
        named = {(key(m.kind), key(m.name)): m for m in self.mentions if KINDS[m.kind][1] == "commune"}
        return self.named_unit(*next(iter(named.values()))[:3]) if len(named) == 1 else None

    @cached_property
    def named_district(self) -> Unit | None:
        """The district of the article's province it names most (first named on a tie)."""
        named = [self.named_unit(k, n, s) for k, n, s, *_ in self.mentions if KINDS[k][1] == "district"]
        local = [u for u in named if u.level == "district" and u.province() == self.province]
        if not local:
            return None
        counts = Counter(u.label for u in local)
        return max(local, key=lambda u: counts[u.label])

    def named_unit(self, kind: str, name: str, sentence: Sentence) -> Unit:
        """Resolve "huyện Thọ Xuân"; unknown units are reported and minted."""
        unit, known = self.gazetteer.resolve(kind, name, self.province)
        if unit.level == "commune" and self.subject is not None and unit.parent is None:
            parent = self.subject if self.subject.level == "district" else self.province
            unit = Unit(unit.kind, unit.name, unit.level, parent, unit.code)
        elif unit.level == "commune" and not known and unit.name.isdigit():
            # A ward known only by its number ("Phường 7") is the district's or city's the article is about or
            # names, else the same number in every district of a city would be one ward.
            unit = replace(unit, parent=self.unit_at("district") or self.named_district or unit.parent)
        if not known:
            self.report("unknown-unit", f"{kind} {name}", sentence)
        return unit

    def year_hint(self, sentence: Sentence) -> int | None:
        """A year for a date written without one: date line, else the sentence, else the text."""
        if self.article.year:
            return self.article.year
        for pattern in (FULL_DATE, _YEAR):
            m = pattern.search(sentence.text)
            if m:
                return int(m.group("y"))
        return None


def build_context(article: Article, gazetteer: Gazetteer | None = None) -> Context:
    gaz = gazetteer or default_gazetteer()
    ctx = Context(article=article, gazetteer=gaz)
    ctx.province = _province(ctx)
    ctx.subject = _subject(ctx)
    # A commune the gazetteer does not know is in the one known district the article names ("Ban Thường vụ Huyện ủy
    # Đakrông làm việc với … xã A Ngo"): its posts and the district's are placed, not left unnamed (nor placed
    # straight in the province, when the article names a district of it: "tại xã Long Tân, huyện Dầu Tiếng").
    if (
        ctx.subject is not None
        and ctx.subject.level == "commune"
        and ctx.subject.code is None
        and (district := _one_known_district(ctx)) is not None
        and ctx.subject.parent in (None, district.parent)
    ):
        ctx.subject = replace(ctx.subject, parent=district)
    if ctx.province is None and ctx.subject is not None:
        ctx.province = ctx.subject.province() or _namesake_province(ctx, ctx.subject)
        if ctx.subject.parent is None and ctx.subject.level == "commune":
            ctx.subject = replace(ctx.subject, parent=ctx.province)
    return ctx


def _districts_provinces(ctx: Context) -> Counter[Unit | None]:
    """The provinces of the districts the text names with their kind or by their committee, by how often."""
    return Counter(
        unit.province()
        for kind, name, *_ in ctx.mentions
        if KINDS[kind][1] == "district"
        and (unit := ctx.gazetteer.lookup(name, "district")) is not None
        and unit.level == "district"
    )


def _one_known_district(ctx: Context) -> Unit | None:
    """The district the article names, when it names one the gazetteer knows and no other."""
    known = {
        u
        for m in ctx.mentions
        if KINDS[m.kind][1] == "district" and (u := ctx.gazetteer.resolve(m.kind, m.name, ctx.province)[0]).code
    }
    return known.pop() if len(known) == 1 else None


def _province(ctx: Context) -> Unit | None:
    """The province the title and lead name, else the one the text names most, else the one of a known district
    named in it. The lead says whose the story is: "Ban Thường vụ Tỉnh ủy Phú Yên tổ chức …" stays Phú Yên's
    though its background names the province it is to merge into again and again."""
    for mentions in (ctx.mentions_in(0, 2), ctx.mentions):
        counts: Counter[Unit] = Counter()
        for kind, name, *_ in (m for m in mentions if not m.former):
            unit = ctx.gazetteer.lookup(name, "province") if kind in ("tỉnh", "thành phố") else None
            if unit is not None and unit.level == "province":
                counts[unit] += 1
        if counts:
            top = max(counts.values())
            tied = [unit for unit, n in counts.items() if n == top]
            if len(tied) > 1:
                # "cao tốc Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh (tỉnh Cao Bằng)": the province whose districts the
                # text names, else the first named
                districts = _districts_provinces(ctx)
                return max(tied, key=lambda u: districts[u])
            return tied[0]
    # A district named with its kind or by its committee ("huyện Kbang", "Huyện ủy Kbang") whose name
    # no other province gives a district: the article is in that district's province.
    districts = _districts_provinces(ctx)
    if districts:
        return districts.most_common(1)[0][0]
    # The lead's sentences joined by a line break, which is no word character: a name is found in
    # the join exactly where it is found in one of them, and every district is looked up in one text.
    lead = "\n".join(s.text for s in ctx.article.sentences[:4])
    # A bare name the lead also gives a commune or ward ("Quảng Trạch …", then "xã Quảng Trạch") is
    # that commune, which need not lie in the province of the district of that name.
    communes = {key(m.name) for m in ctx.mentions_in(0, 4) if KINDS[m.kind][1] == "commune"}
    for row, name_key in ctx.gazetteer.unique_districts:
        if name_key not in communes and _bare(row.name, lead):
            return ctx.gazetteer.unit(row).province()
    return None


def _namesake_province(ctx: Context, commune: Unit) -> Unit | None:
    """The province of the district whose name a commune carries, for an article that names no province.

    Since the 2025 mergers many communes bear the name of the district they replaced ("xã Triệu Sơn",
    "xã Đô Lương"); with nothing else to go on, that district's province is the likeliest. Before them a
    commune's name said nothing of the kind (xã Quảng Trạch lay in Thanh Hóa, huyện Quảng Trạch in
    Quảng Bình), so an article dated earlier gets no guess.
    """
    if commune.level != "commune" or ctx.before_two_levels:
        return None
    namesake = ctx.gazetteer.lookup(commune.name, "district")
    return namesake.province() if namesake is not None and namesake.level == "district" else None


def _subject(ctx: Context) -> Unit | None:
    """The most specific unit named in the title, else in the lead, else anywhere.

    A place where a meeting was held ("tại thành phố Đồng Hới") is not what the article is about;
    a bare name in the title that is also a province's ("Thanh Hóa: …") means the province.
    """
    if _province_acts(ctx):
        return ctx.province
    for first, last in ((0, 1), (1, 4)):
        if (named := _named_in(ctx, first, last)) is not None:
            return named
    if _lead_speaks_of_the_province(ctx):
        return ctx.province
    return _named_in(ctx, 0, None)


def _named_in(ctx: Context, first: int, last: int | None) -> Unit | None:
    """The most specific unit sentences first … last - 1 name, the one they name most among equals."""
    sentences = ctx.article.sentences
    # A photo's caption in the lead says where the picture was taken ("Vườn cà phê … ở thôn Kon Gung, xã Đăk Mar"),
    # not what the article is about.
    mentions = [m for m in ctx.mentions_in(first, last) if not m.several and not (first and m.sentence.credited)]
    named = [ctx.named_unit(m.kind, m.name, m.sentence) for m in mentions if not m.venue]
    if (first, last) == (0, 1) and all(u.level == "province" for u in named):
        # A title that names a commune only as where something was done is about that commune ("Thẩm định … tại xã
        # Long Tân, huyện Dầu Tiếng", "Chủ tịch UBND tỉnh kiểm tra … tại xã Diên Điền").
        named += [
            ctx.named_unit(m.kind, m.name, m.sentence) for m in mentions if m.venue and KINDS[m.kind][1] == "commune"
        ]
    candidates = named or (_bare_districts(ctx, sentences[first]) if len(sentences) > first else [])
    local = [u for u in candidates if u.level != "province"]
    if local:
        counts = Counter(u.label for u in local)
        order = {"commune": 0, "district": 1}
        return min(local, key=lambda u: (order[u.level], -counts[u.label]))
    # provinces alone: the article's, if named among them ("Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh (tỉnh Cao Bằng)")
    return next((u for u in candidates if u == ctx.province), candidates[0] if candidates else None)


def _lead_speaks_of_the_province(ctx: Context) -> bool:
    """ "Bình Thuận: …", then "Ban Chỉ đạo … tỉnh tổ chức …": the first unit the lead names by its kind word alone
    ("UBND tỉnh", "toàn tỉnh") is the province, and title and lead name no lower unit, not even as the venue. A
    district named further on is not what the article is about."""
    if ctx.province is None or any(KINDS[m.kind][1] != "province" for m in ctx.mentions_in(0, 4) if not m.several):
        return False
    m = _BARE_KIND.search("\n".join(s.text for s in ctx.article.sentences[1:4]))
    return m is not None and KINDS[m.group(1).casefold()][1] == "province"


def _province_acts(ctx: Context) -> bool:
    """A title that opens with the province doing something ("Tây Ninh công bố Chỉ số DDCI: Thị xã Trảng Bàng
    dẫn đầu") is about the province, whatever lower unit it names after, when the lead names the province
    first too ("UBND tỉnh Tây Ninh tổ chức …"). A province's name and a colon ("Thanh Hóa: xã … đạt chuẩn")
    only says where the news is."""
    province, sentences = ctx.province, ctx.article.sentences
    if province is None or len(sentences) < 2:
        return False
    opener = _PROVINCE_OPENS.match(sentences[0].text)
    if opener is None or key(opener.group(1)) != key(province.name):
        return False
    lead = ctx.mentions_in(1, 2)
    return bool(lead) and ctx.gazetteer.lookup(lead[0].name, "province") == province


def _bare_districts(ctx: Context, sentence: Sentence) -> list[Unit]:
    """Districts a sentence names without their kind ("Đông Sơn triển khai …"), other than provinces'.

    Such a name is the unit the lead names in full ("UBND phường Đông Sơn") when it does: since the
    2025 mergers many communes and wards carry the name of a former district. The lead's first
    mention of a name counts; it is read only when a bare name was found.
    """
    rows = [
        r
        for r, name_key in ctx.gazetteer.bare_districts(ctx.province)
        if name_key not in ctx.gazetteer.province_keys and _bare(r.name, sentence.text)
    ]
    if not rows:
        return []
    lead = {key(n): (k, n, s) for k, n, s, *_ in reversed(ctx.mentions_in(1, 4))}
    return [ctx.named_unit(*lead[key(r.name)]) if key(r.name) in lead else _bare_unit(ctx, r) for r in rows]


def _bare_unit(ctx: Context, row: Row) -> Unit:
    """The unit a bare name means that the lead does not name in full. A name that ends the province's is the
    province: "Du lịch di sản Huế: …", then "Thừa Thiên Huế đón 2,42 triệu lượt khách", speaks of the province
    of Thừa Thiên Huế, not of its city of Huế."""
    province = ctx.province
    if province is not None and key(province.name).endswith(f" {key(row.name)}") and row.parent == province.code:
        return province
    return ctx.gazetteer.unit(row)


# A title's opening name and the lower-case verb after it.
_PROVINCE_OPENS = re.compile(rf"((?:{CAPITALISED}\s+)*?{CAPITALISED})\s+(?=[{LOWER}])")
_NEXT_SYLLABLE = re.compile(rf"\s+{CAPITALISED}(?!\w)")
_LAST_WORD = re.compile(r"(\w+)\s+$")
_KIND_BEFORE = re.compile(rf"(?<!\w)({KIND_ALTERNATION})\s+$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(CAPITALISED)
_FORMER_AFTER = re.compile(r"\s*\)?\s*\(?\s*cũ(?!\w)")  # "… (tỉnh Bắc Kạn cũ)", "… tỉnh Quảng Nam (cũ)"
_PAIRED_BEFORE = re.compile(rf"{CAPITALISED}\s*[-–—]\s*$")
_BARE_KIND = re.compile(rf"(?<!\w)((?i:{KIND_ALTERNATION}))(?!\w)(?!\s+(?:{CAPITALISED}|\d))")


def _bare(name: str, text: str) -> bool:
    """The text names a district without its kind word ("Thọ Xuân triển khai …") or with a district-level
    one, and not as part of a longer name: "Nguyễn Kim Sơn" is a person and "xã Thành Vinh" a commune,
    though Kim Sơn and Vinh are districts. A commune named like a district ("xã Quảng Trạch") does not
    count either: since 2025 many communes carry the name of a former district, and not always of one in
    their own province."""
    # Asked for every gazetteer row: the substring test rules out almost all of them cheaply.
    if name not in text:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if _NEXT_SYLLABLE.match(text, m.end()):
            continue
        kind = _KIND_BEFORE.search(text, 0, m.start())
        if kind is not None:
            if KINDS[kind.group(1).casefold()][1] == "district":
                return True
            continue
        before = _LAST_WORD.search(text, 0, m.start())
        if before is not None and _CAPITALISED_WORD.fullmatch(before.group(1)):
            continue
        if _PAIRED_BEFORE.search(text, 0, m.start()):
            continue  # "cao tốc Đồng Đăng - Trà Lĩnh": one end of a route, not the place the news is of
        return True
    return False
