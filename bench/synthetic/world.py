"""The world of facts articles are written from.

Drawn once from the seed, before any text: provinces → districts → communes (real names), a
population of invented officials whose careers move between posts and units over 2020–2025, party
congresses numbered per organisation, HĐND terms and sessions, numbered resolutions with their
issuers, and each unit's yearly plans and results. Articles then only read this world, so two
articles about the same district in the same month name the same people with the same posts.

Time is counted in months from January 2020 (month 0). The district level ends with June 2025
(month 66): from July 2025 the province's new communes and wards take over, with their party
congresses numbered I.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from typing import Final

from . import geo
from .indicators import YearFigures, figures
from .names import SEED_OFFICIALS, person_name
from .titles import Title

REFORM: Final = 66  # July 2025: two-tier local government
END: Final = 72  # January 2026, exclusive: the last month any event falls in is December 2025


def year_month(m: int) -> tuple[int, int]:
    return 2020 + m // 12, m % 12 + 1


def month_index(year: int, month: int) -> int:
    return (year - 2020) * 12 + month - 1


@dataclass(frozen=True, slots=True)
class Unit:
    uid: int
    level: str  # province | district | commune
    kind: str  # tỉnh, huyện, thị xã, thành phố, xã, phường
    name: str
    province: int  # uid of the province
    parent: int  # district for a district's successor commune, province for a district, self for a province
    start: int  # first month the unit exists
    end: int  # month it ceases (exclusive)
    upland: bool

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass(frozen=True, slots=True)
class Person:
    pid: int
    name: str
    female: bool


@dataclass(frozen=True, slots=True)
class Holding:
    """A person in one post of one unit for [start, end), with the titles that post bundles."""

    pid: int
    unit: int
    post: str
    rank: int
    start: int
    end: int
    titles: tuple[Title, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    number: str  # canonical id as written: 10-NQ/TU, 15/NQ-HĐND, 35-CT/TW
    doc: str  # Nghị quyết | Chỉ thị | Kết luận
    issuer: str  # as articles name it in context: "Ban Thường vụ Tỉnh ủy"
    issuer_full: str  # for the gold: "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    subject: str  # "về ..." without the "về"
    month: int
    day: int
    scope: int  # uid of the unit it was issued for, -1 for central documents


@dataclass(frozen=True, slots=True)
class Session:
    """A numbered HĐND session and the resolutions it passed."""

    unit: int
    month: int
    day: int
    ordinal: int
    resolutions: tuple[Resolution, ...]


# Posts per level: (post, rank). Rank orders seniority so careers move sideways or one step up.
_POSTS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "province": (("bt", 9), ("pbtt", 8), ("ct", 8), ("pctt", 7), ("tbtc", 7), ("pct1", 6), ("pct2", 6), ("pcthd", 6)),
    "district": (("bt", 5), ("pbtt", 4), ("ct", 4), ("pctt", 3), ("mt", 3), ("pct", 2), ("pcthd", 2)),
    "commune": (("bt", 5), ("pbtt", 4), ("ct", 4), ("mt", 3), ("pct", 3)),
}
_PARTY_POSTS: Final = frozenset({"bt", "pbtt", "tbtc", "mt"})

# Central documents articles cite, with their real numbers, issuers and subjects.
_CENTRAL: Final[tuple[tuple[str, str, str, str, int, int], ...]] = (
    (
        "05-CT/TW",
        "Chỉ thị",
        "Bộ Chính trị",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        -44,
        15,
    ),
    (
        "18-NQ/TW",
        "Nghị quyết",
        "Ban Chấp hành Trung ương Đảng",
        "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
        "hiệu lực, hiệu quả",
        -27,
        25,
    ),
    (
        "06-NQ/TW",
        "Nghị quyết",
        "Bộ Chính trị",
        "quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
        24,
        24,
    ),
    (
        "35-CT/TW",
        "Chỉ thị",
        "Bộ Chính trị",
        "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        53,
        14,
    ),
    (
        "57-NQ/TW",
        "Nghị quyết",
        "Bộ Chính trị",
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        59,
        22,
    ),
)

_PROVINCE_THEMES: Final[tuple[str, ...]] = (
    "đẩy mạnh chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030",
    "phát triển nông nghiệp theo hướng hiện đại, bền vững đến năm 2025",
    "nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu phát triển",
    "tăng cường sự lãnh đạo của Đảng đối với công tác giải phóng mặt bằng",
    "phát triển du lịch trở thành ngành kinh tế mũi nhọn",
    "đẩy mạnh thu hút đầu tư vào các khu công nghiệp, cụm công nghiệp",
    "xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực",
    "phát triển kinh tế - xã hội vùng miền núi đến năm 2025, định hướng đến năm 2030",
    "tăng cường công tác phòng, chống tham nhũng, tiêu cực",
    "bảo vệ và phát triển rừng bền vững",
)
_DISTRICT_THEMES: Final[tuple[str, ...]] = (
    "phát triển sản xuất nông nghiệp hàng hóa tập trung",
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "phát triển công nghiệp, tiểu thủ công nghiệp và ngành nghề nông thôn",
    "đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
    "phát triển đô thị và hạ tầng giao thông",
    "nâng cao chất lượng giáo dục và đào tạo",
    "phát triển du lịch gắn với bảo tồn di tích lịch sử, văn hóa",
    "chuyển đổi số trong các cơ quan đảng, chính quyền",
)
_COMMUNE_THEMES: Final[tuple[str, ...]] = (
    "lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội sau sắp xếp đơn vị hành chính",
    "xây dựng xã đạt chuẩn nông thôn mới kiểu mẫu",
    "đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
    "phát triển sản phẩm OCOP gắn với du lịch nông thôn",
)
_HDND_SUBJECTS: Final[tuple[str, ...]] = (
    "dự toán thu, chi ngân sách",
    "phân bổ vốn đầu tư công",
    "chương trình giám sát của HĐND",
    "kế hoạch đầu tư công trung hạn",
    "điều chỉnh chủ trương đầu tư một số dự án",
    "chính sách hỗ trợ phát triển sản xuất nông nghiệp",
)


@dataclass(slots=True)
class World:
    seed: int
    units: list[Unit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    holdings: dict[int, list[Holding]] = field(default_factory=dict)  # by unit
    careers: dict[int, list[Holding]] = field(default_factory=dict)  # by person
    provinces: list[int] = field(default_factory=list)
    province_weight: dict[int, int] = field(default_factory=dict)
    districts: dict[int, list[int]] = field(default_factory=dict)  # province → districts
    communes: dict[int, list[int]] = field(default_factory=dict)  # province → post-reform communes
    old_communes: dict[int, list[str]] = field(default_factory=dict)  # district → "xã X" before the reform
    congress: dict[int, int] = field(default_factory=dict)  # congress ordinal of the term current in 2020–2025
    congress_month: dict[int, tuple[int, int]] = field(default_factory=dict)  # (month, day)
    hdnd_khoa: dict[int, int] = field(default_factory=dict)  # HĐND term ordinal 2021–2026
    plenum_offset: dict[int, int] = field(default_factory=dict)
    bt_chairs_hdnd: dict[int, bool] = field(default_factory=dict)
    n_term_targets: dict[int, int] = field(default_factory=dict)
    n_breakthroughs: dict[int, int] = field(default_factory=dict)
    n_programs: dict[int, int] = field(default_factory=dict)
    resolutions: dict[int, list[Resolution]] = field(default_factory=dict)  # by issuing unit, -1 central
    sessions: dict[int, list[Session]] = field(default_factory=dict)
    _figures: dict[tuple[int, int], YearFigures] = field(default_factory=dict)

    # ---- queries -------------------------------------------------------------------------------

    def holders(self, uid: int, m: int) -> dict[str, Holding]:
        """Who holds each post of a unit in month m."""
        return {h.post: h for h in self.holdings.get(uid, ()) if h.start <= m < h.end}

    def figures(self, uid: int, year: int) -> YearFigures:
        key = (uid, year)
        found = self._figures.get(key)
        if found is None:
            u = self.units[uid]
            found = figures(self.seed, uid, u.level, u.upland, year)
            self._figures[key] = found
        return found

    def plenum(self, uid: int, m: int) -> int:
        """Number of the executive committee's plenum held in month m (about one every two months)."""
        u = self.units[uid]
        if u.level == "commune":
            start = self.congress_month[uid][0]
        elif u.level == "province":
            start = 69 if m >= 69 else 9
        else:
            start = self.congress_month[uid][0]
        return max(1, 1 + (m - start) * 3 // 5 + self.plenum_offset[uid])

    def issued_before(self, uid: int, m: int) -> list[Resolution]:
        return [r for r in self.resolutions.get(uid, ()) if r.month < m]

    # ---- construction --------------------------------------------------------------------------

    @staticmethod
    def build(seed: int) -> World:
        w = World(seed)
        rng = random.Random(f"world|{seed}")
        w._lay_out(rng)
        w._careers(rng)
        w._documents(rng)
        return w

    def _add(
        self, level: str, kind: str, name: str, province: int, parent: int, start: int, end: int, upland: bool
    ) -> Unit:
        u = Unit(len(self.units), level, kind, name, province, parent, start, end, upland)
        self.units.append(u)
        return u

    def _lay_out(self, rng: random.Random) -> None:
        for pname, weight, districts in geo.PROVINCES:
            p = self._add("province", "tỉnh", pname, -1, -1, 0, END + 12, False)
            p = Unit(p.uid, p.level, p.kind, p.name, p.uid, p.uid, p.start, p.end, p.upland)
            self.units[p.uid] = p
            self.provinces.append(p.uid)
            self.province_weight[p.uid] = weight
            self.congress[p.uid] = geo.PROVINCE_CONGRESS_2020[pname]
            self.congress_month[p.uid] = (9, rng.randint(12, 20))
            self.hdnd_khoa[p.uid] = geo.PROVINCE_HDND_2021[pname]
            self.districts[p.uid] = []
            self.communes[p.uid] = []
            taken: set[str] = set()
            for kind, dname, upland, communes in districts:
                d = self._add("district", kind, dname, p.uid, p.uid, 0, REFORM, upland)
                self.districts[p.uid].append(d.uid)
                self.congress[d.uid] = geo.KNOWN_DISTRICT_CONGRESS.get(dname) or rng.randint(19, 28)
                self.congress_month[d.uid] = (rng.choice((6, 7)), rng.randint(3, 28))
                self.hdnd_khoa[d.uid] = rng.randint(18, 22)
                self.old_communes[d.uid] = [_commune_full(c) for c in communes]
                # The successor communes: one takes the district's own name (as many did in 2025),
                # the rest take names of communes merged into them.
                ward = kind != "huyện"
                names = [dname] + [c.split(":", 1)[1] for c in rng.sample(communes, min(len(communes), 3))]
                count = rng.randint(2, 4)
                for cname in names:
                    if count == 0:
                        break
                    ckind = "phường" if ward else "xã"
                    if f"{ckind} {cname}" in taken:
                        continue
                    taken.add(f"{ckind} {cname}")
                    c = self._add("commune", ckind, cname, p.uid, d.uid, REFORM, END + 12, upland)
                    self.communes[p.uid].append(c.uid)
                    self.congress[c.uid] = 1
                    self.congress_month[c.uid] = (rng.randint(REFORM, REFORM + 2), rng.randint(5, 28))
                    count -= 1
        for u in self.units:
            self.plenum_offset[u.uid] = rng.randint(0, 2)
            self.bt_chairs_hdnd[u.uid] = rng.random() < (0.3 if u.level == "province" else 0.55)
            self.n_term_targets[u.uid] = rng.randint(19, 36)
            self.n_breakthroughs[u.uid] = rng.randint(2, 4)
            self.n_programs[u.uid] = rng.randint(3, 6)

    def _bundle(self, u: Unit, post: str, rng: random.Random) -> tuple[Title, ...]:
        """The titles one holding of a post carries (concurrent posts are normal)."""
        own = Title("", u.kind, u.name)
        prov = self.units[u.province]
        provt = Title("", prov.kind, prov.name)

        def t(code: str, base: Title = own) -> Title:
            return Title(code, base.kind, base.place)

        chairs = self.bt_chairs_hdnd[u.uid]
        out: list[Title] = []
        if u.level == "province":
            match post:
                case "bt":
                    out = [t("TW"), t("BT")] + ([t("CTHD")] if chairs else [])
                case "pbtt":
                    out = [t("PBTT")] + ([] if chairs else [t("CTHD")])
                case "ct":
                    out = [t("PBT"), t("CTUB")]
                case "pctt":
                    out = [t("BTV"), t("PCTTUB")]
                case "tbtc":
                    out = [t("BTV"), t("TBTC")]
                case "pcthd":
                    out = [t("BTV") if rng.random() < 0.4 else t("MEM"), t("PCTHD")]
                case _:
                    out = [t("MEM"), t("PCTUB")]
            return tuple(out)
        match post:
            case "bt":
                out = [t("MEM", provt)] if u.level == "district" and rng.random() < 0.85 else []
                out += [t("BT")] + ([t("CTHD")] if chairs else [])
            case "pbtt":
                out = [t("PBTT")] + ([] if chairs else [t("CTHD")])
            case "ct":
                out = [t("PBT"), t("CTUB")]
            case "pctt":
                out = [t("BTV"), t("PCTTUB")]
            case "mt":
                out = [t("BTV"), t("CTMT")]
            case "pcthd":
                out = ([t("MEM")] if rng.random() < 0.5 else []) + [t("PCTHD")]
            case _:
                out = [t("BTV")] if rng.random() < 0.3 else [t("MEM")] if rng.random() < 0.5 else []
                out += [t("PCTUB")]
        return tuple(out)

    def _new_person(self, rng: random.Random, upland: bool, taken: set[str]) -> Person:
        female = rng.random() < 0.2
        while True:
            name = person_name(rng, female, upland)
            if name not in taken and name not in SEED_OFFICIALS:
                break
        taken.add(name)
        p = Person(len(self.people), name, female)
        self.people.append(p)
        return p

    def _careers(self, rng: random.Random) -> None:
        """Fill every post over time. Posts change hands at the province's reshuffle months (the 2020
        congresses, the 2021 elections, a few rotations, the 2025 reform); whoever leaves a post is
        first in line for a post of similar rank starting that same month, in any district of the
        province: so people move, are promoted, and after the reform lead the new communes."""
        segments: list[tuple[int, int, int, int, str, int]] = []  # start, -rank, uid, end, post, horizon
        for puid in self.provinces:
            shuffles = sorted(rng.sample(range(20, 64), 4))
            for u in self.units:
                if u.province != puid:
                    continue
                for post, rank in _POSTS[u.level]:
                    party = post in _PARTY_POSTS
                    if u.level == "district":
                        start, horizon = 0, REFORM
                        cm = self.congress_month[u.uid][0]
                        chances = [(cm, 0.5 if party else 0.2), (17, 0.1 if party else 0.45)]
                        chances += [(s, 0.22) for s in shuffles]
                    elif u.level == "province":
                        start, horizon = 0, END
                        chances = [(9, 0.5 if party else 0.2), (17, 0.1 if party else 0.4), (69, 0.4)]
                        chances += [(s, 0.15) for s in shuffles]
                    else:
                        start, horizon = REFORM, END
                        chances = (
                            [(self.congress_month[u.uid][0], 0.1)] if self.congress_month[u.uid][0] > REFORM else []
                        )
                    points = sorted({m for m, p in chances if start < m < horizon and rng.random() < p})
                    bounds = [start, *points, horizon]
                    for a, b in itertools.pairwise(bounds):
                        segments.append((a, -rank, u.uid, b, post, horizon))
        segments.sort()
        released: dict[int, list[int]] = {}
        rank_of: dict[int, int] = {}
        taken: set[str] = set()
        for start, neg_rank, uid, end, post, horizon in segments:
            rank = -neg_rank
            u = self.units[uid]
            pool = released.get(start, [])
            fits = [
                pid
                for pid in pool
                if rank - 1 <= rank_of[pid] <= rank
                and self._home(pid).province == u.province
                and (self.careers[pid][-1].unit, self.careers[pid][-1].post) != (uid, post)
            ]
            if u.level == "commune":
                # After the reform the district's own leaders staff its successor communes first.
                local = [pid for pid in fits if self._home(pid).uid == u.parent]
                fits = local or fits
            if fits and rng.random() < 0.8:
                pid = rng.choice(fits)
                pool.remove(pid)
            else:
                pid = self._new_person(rng, u.upland, taken).pid
            h = Holding(pid, uid, post, rank, start, end, self._bundle(u, post, rng))
            self.holdings.setdefault(uid, []).append(h)
            self.careers.setdefault(pid, []).append(h)
            rank_of[pid] = rank
            if end < horizon or (u.level == "district" and end == REFORM):
                released.setdefault(end, []).append(pid)

    def _home(self, pid: int) -> Unit:
        return self.units[self.careers[pid][-1].unit]

    def _documents(self, rng: random.Random) -> None:
        self.resolutions[-1] = [
            Resolution(n, doc, issuer, issuer, subject, m, d, -1) for n, doc, issuer, subject, m, d in _CENTRAL
        ]
        for u in self.units:
            if u.level == "province":
                self._province_docs(u, rng)
            elif u.level == "district":
                self._district_docs(u, rng)
            else:
                self._commune_docs(u, rng)

    def _province_docs(self, p: Unit, rng: random.Random) -> None:
        docs: list[Resolution] = []
        own = [self.units[d] for d in self.districts[p.uid]]
        about = rng.sample(own, max(1, len(own) // 3))
        themes = list(_PROVINCE_THEMES)
        rng.shuffle(themes)
        n, m = rng.randint(1, 3), 10
        while m < END:
            if m >= 69 and (not docs or docs[-1].month < 69):
                n = 1  # a new committee term numbers its resolutions afresh
            if about and 11 <= m <= 40 and rng.random() < 0.6:
                d = about.pop()
                subject = f"xây dựng và phát triển {d.full} đến năm 2030, tầm nhìn đến năm 2045"
                scope = d.uid
            else:
                subject = themes[len(docs) % len(themes)]
                scope = p.uid
            issuer = "Ban Thường vụ Tỉnh ủy" if rng.random() < 0.7 else "Ban Chấp hành Đảng bộ tỉnh"
            docs.append(
                Resolution(
                    f"{n:02d}-NQ/TU", "Nghị quyết", issuer, f"{issuer} {p.name}", subject, m, rng.randint(1, 28), scope
                )
            )
            n += rng.randint(1, 3)
            m += rng.randint(2, 5)
        self.resolutions[p.uid] = docs
        self._hdnd_sessions(p, rng, 17, END)

    def _district_docs(self, d: Unit, rng: random.Random) -> None:
        docs: list[Resolution] = []
        committee = {"huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}[d.kind]
        bch = f"Ban Chấp hành Đảng bộ {d.kind}"
        n = 1
        for m in range(self.congress_month[d.uid][0] + 1, REFORM):
            year, month = year_month(m)
            if month == 12:
                subject = f"phương hướng, mục tiêu, nhiệm vụ năm {year + 1}"
                docs.append(
                    Resolution(
                        f"{n:02d}-NQ/HU", "Nghị quyết", bch, f"{bch} {d.name}", subject, m, rng.randint(15, 30), d.uid
                    )
                )
                n += 1
            elif rng.random() < 0.12:
                issuer = rng.choice((f"Ban Thường vụ {committee}", bch))
                docs.append(
                    Resolution(
                        f"{n:02d}-NQ/HU",
                        "Nghị quyết",
                        issuer,
                        f"{issuer} {d.name}",
                        rng.choice(_DISTRICT_THEMES),
                        m,
                        rng.randint(1, 28),
                        d.uid,
                    )
                )
                n += 1
        self.resolutions[d.uid] = docs
        self._hdnd_sessions(d, rng, 17, REFORM)

    def _commune_docs(self, c: Unit, rng: random.Random) -> None:
        start = self.congress_month[c.uid][0] + 1
        docs = []
        n = 1
        for m in range(start, END):
            if rng.random() < 0.5:
                issuer = f"Ban Chấp hành Đảng bộ {c.kind}"
                docs.append(
                    Resolution(
                        f"{n:02d}-NQ/ĐU",
                        "Nghị quyết",
                        issuer,
                        f"{issuer} {c.name}",
                        rng.choice(_COMMUNE_THEMES),
                        m,
                        rng.randint(1, 28),
                        c.uid,
                    )
                )
                n += 1
        self.resolutions[c.uid] = docs

    def _hdnd_sessions(self, u: Unit, rng: random.Random, first: int, end: int) -> None:
        """Mid-year and year-end sessions (with an occasional thematic one between), each passing a few
        resolutions numbered on from the year's count."""
        sessions: list[Session] = []
        ordinal = 1
        counter: dict[int, int] = {}
        for m in range(first, end):
            year, month = year_month(m)
            regular = m == first or (month in (7, 12) and m != first + 1) or (month == 6 and m == end - 1)
            if not regular and not (rng.random() < 0.06 and m > first):
                continue
            count = counter.get(year, rng.randint(1, 9) if month < 7 else rng.randint(20, 60))
            docs = []
            subjects = rng.sample(_HDND_SUBJECTS, rng.randint(2, 4) if regular else 1)
            if month == 12:
                subjects[0] = f"kế hoạch phát triển kinh tế - xã hội năm {year + 1}"
            for subject in subjects:
                count += 1
                number = f"{count}/NQ-HĐND"
                if u.level == "province" and rng.random() < 0.3:
                    number = f"{count}/{year}/NQ-HĐND"
                docs.append(Resolution(number, "Nghị quyết", f"HĐND {u.kind}", f"HĐND {u.full}", subject, m, 0, u.uid))
            counter[year] = count
            day = rng.randint(5, 28)
            docs = [
                Resolution(r.number, r.doc, r.issuer, r.issuer_full, r.subject, r.month, day, r.scope) for r in docs
            ]
            sessions.append(Session(u.uid, m, day, ordinal, tuple(docs)))
            ordinal += 1
        self.sessions[u.uid] = sessions


def _commune_full(entry: str) -> str:
    kind, name = entry.split(":", 1)
    return {"x": "xã", "tt": "thị trấn", "p": "phường"}[kind] + " " + name
