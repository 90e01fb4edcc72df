"""What one article reports, drawn from the world before any wording.

A Story holds every fact the text will state (the event, who did what at it, the titles the text
gives them, the congresses, resolutions and targets it cites) and every choice that changes what a
reader can know (whether a date line is printed, whether the year is written, which name is
misspelt). The renderer states exactly these facts; the gold lists exactly these facts. Keeping both
downstream of one record is what makes "the gold only says what the text says" hold by construction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Final, TypeVar

from .indicators import BY_CODE
from .names import misspell
from .titles import Title
from .vn import Num
from .world import REFORM, Holding, Person, Resolution, Session, Unit, World, month_index, year_month

NATIONAL_PARTY = "Đảng Cộng sản Việt Nam"  # the party whose congress is the national one

K = TypeVar("K")

# Acts a named person performs at the event, grouped the way the gold's roles are.
CHAIR_ACTS: Final = frozenset({"chair", "cochair", "preside", "attend_chair"})
ATTEND_ACTS: Final = frozenset({"attend", "attend_chair", "attend_direct"})
SPEAK_ACTS: Final = frozenset({"open", "report", "direct", "speak", "close"})
LEAD_ACTS: Final = CHAIR_ACTS | ATTEND_ACTS
# Titles that only qualify a main post; the main post is what later mentions use.
_QUALIFIERS: Final = frozenset({"TW", "MEM", "BTV", "PBT"})

KINDS: Final[tuple[tuple[str, int], ...]] = (
    ("plan", 22),
    ("plenum", 20),
    ("hdnd", 12),
    ("review", 10),
    ("visit", 9),
    ("midterm", 5),
    ("congress", 10),
)
NOUN: Final[dict[str, str]] = {
    "plan": "hội nghị",
    "plenum": "hội nghị",
    "hdnd": "kỳ họp",
    "review": "hội nghị",
    "visit": "buổi làm việc",
    "midterm": "hội nghị",
    "congress": "đại hội",
}


@dataclass(slots=True)
class Cast:
    """A person the article names."""

    person: Person
    unit: Unit  # the unit of the post they hold now: the gold "unit"
    titles: tuple[Title, ...]  # the titles the text gives them: the gold "titles"
    primary: Title  # their main post, used when the text refers to them by title alone
    acts: list[str]
    caption: bool = False  # a photo caption names them before their speech
    later: bool = False  # referred to again by title only ("đồng chí Bí thư Huyện ủy nhấn mạnh")
    variant: str | None = None  # a misspelling used once, in a later mention

    @property
    def acts_set(self) -> frozenset[str]:
        return frozenset(self.acts)


@dataclass(frozen=True, slots=True)
class CongressRef:
    ordinal: int
    org: str  # the gold party_org
    level_word: str  # "huyện", "tỉnh", "xã", "" for the national congress
    term: str | None  # "2020-2025" when the text states it with the mention
    form: str  # event | resolution | khoa | delegates | national


@dataclass(frozen=True, slots=True)
class DocRef:
    res: Resolution
    with_date: bool
    with_subject: bool


@dataclass(frozen=True, slots=True)
class TargetFact:
    code: str
    label: str
    value: Num
    unit: str
    year: int | None
    period: str | None
    kind: str  # target | achieved
    gov: Unit
    qualifier: str | None = None  # trở lên, ước đạt, giảm còn
    rank: int | None = None  # "đứng thứ 12 toàn tỉnh", said of this result
    out_of: int | None = None  # 11/27 chỉ tiêu
    share: Num | None = None  # chiếm 40,7%
    pad: bool = False


@dataclass(slots=True)
class Story:
    index: int
    stem: str
    kind: str
    unit: Unit
    province: Unit
    district: Unit | None  # the district, or for a post-reform commune the former district
    month: int
    day: int
    daypart: str  # Sáng | Chiều | ""
    pub: int  # month of publication (the date line), within a month after the event
    date_line: bool
    year_in_date: bool
    lead_year: bool  # the lead names the event's year ("quý I năm 2022")
    yearless: bool  # no date line and no year anywhere: the gold date is null
    organiser: str  # ubnd | unit | joint | committee | bch | hdnd | party | delegation
    cast: list[Cast] = field(default_factory=list)
    unnamed: list[tuple[Title, str]] = field(default_factory=list)  # roles said of a title, no name
    congresses: list[CongressRef] = field(default_factory=list)
    docs: list[DocRef] = field(default_factory=list)
    achieved: list[TargetFact] = field(default_factory=list)
    planned: list[TargetFact] = field(default_factory=list)
    plan_year: int | None = None
    period: str = ""  # the reporting period: "quý I", "6 tháng đầu năm", "9 tháng", "năm"
    next_period: str = ""
    number: int = 0  # plenum number, session ordinal, years since the reviewed resolution
    hdnd_khoa: int = 0
    session: Session | None = None
    subject_doc: DocRef | None = None
    online_points: int = 0
    awards: tuple[int, int] = (0, 0)
    delegates: tuple[int, int] = (0, 0)
    sign: bool = False
    deadline: tuple[int, int] | None = None

    @property
    def year(self) -> int:
        return year_month(self.month)[0]

    @property
    def month_of_year(self) -> int:
        return year_month(self.month)[1]

    @property
    def noun(self) -> str:
        return NOUN[self.kind]

    def gold_date(self) -> str | None:
        if self.yearless:
            return None
        year, month = year_month(self.month)
        return f"{year:04d}-{month:02d}-{self.day:02d}"


def primary_title(titles: tuple[Title, ...]) -> Title:
    for t in titles:
        if t.code not in _QUALIFIERS:
            return t
    return titles[-1]


class Drawer:
    """Draws one Story per article index from the world, with that index's own random stream."""

    def __init__(self, world: World, seed: int) -> None:
        self.w = world
        self.seed = seed
        self.rng = random.Random(0)
        self.prov_table = tuple((p, world.province_weight[p]) for p in world.provinces)

    def draw(self, index: int) -> Story:
        rng = random.Random(f"syn|{self.seed}|{index}")
        self.rng = rng  # the article's own stream, shared by the helpers below
        stem = f"syn_{index:06d}_{rng.getrandbits(32):08x}"
        kind = _weighted(rng, KINDS)
        builders = {
            "plan": self._plan,
            "plenum": self._plenum,
            "hdnd": self._hdnd,
            "review": self._review,
            "visit": self._visit,
            "midterm": self._midterm,
            "congress": self._congress_event,
        }
        story = builders[kind](rng, index, stem)
        if story is None:  # the chosen unit had no such event; every unit has yearly plans
            story = self._plan(rng, index, stem)
        assert story is not None
        self._finish(story, rng)
        return story

    # ---- shared pieces ------------------------------------------------------------------------

    def _province(self, rng: random.Random) -> Unit:
        return self.w.units[_weighted(rng, self.prov_table)]

    def _new(
        self, rng: random.Random, index: int, stem: str, kind: str, unit: Unit, m: int, day: int, organiser: str
    ) -> Story:
        province = self.w.units[unit.province]
        district = unit if unit.level == "district" else self.w.units[unit.parent] if unit.level == "commune" else None
        r = rng.random()
        daypart = "Sáng" if r < 0.55 else "Chiều" if r < 0.9 else ""
        pub = m + 1 if day >= 25 and rng.random() < 0.6 else m
        return Story(
            index, stem, kind, unit, province, district, m, day, daypart, pub, False, False, False, False, organiser
        )

    def _cast(self, story: Story, h: Holding | None, *acts: str, keep: float = 0.75) -> Cast | None:
        """Name the holder of a post with the given acts; the text states their main post and, each
        with probability `keep`, the posts held with it."""
        if h is None:
            return None
        for c in story.cast:
            if c.person.pid == h.pid:
                c.acts.extend(a for a in acts if a not in c.acts)
                return c
        rng = self.rng
        prim = primary_title(h.titles)
        shown = tuple(t for t in h.titles if t == prim or rng.random() < keep)
        c = Cast(self.w.people[h.pid], self.w.units[h.unit], shown, prim, list(acts))
        story.cast.append(c)
        return c

    def _unnamed(self, story: Story, h: Holding | None, act: str) -> None:
        if h is not None:
            story.unnamed.append((primary_title(h.titles), act))

    def _congress(self, story: Story, rng: random.Random, form: str, term_p: float, unit: Unit | None = None) -> None:
        """Cite the party congress of the unit's current term."""
        u = unit or story.unit
        ordinal = self.w.congress[u.uid]
        # The provincial congress of October 2025 opens the next term; a commune congress held just
        # before it elects delegates to that upcoming congress.
        if u.level == "province" and (story.month >= 69 or (form == "delegates" and story.month >= REFORM)):
            ordinal += 1
        first = 2025 if (u.level == "commune" or ordinal > self.w.congress[u.uid]) else 2020
        term = f"{first}-{first + 5}" if not story.yearless and rng.random() < term_p else None
        story.congresses.append(CongressRef(ordinal, f"Đảng bộ {u.full}", u.kind, term, form))

    def _national(self, story: Story) -> None:
        ordinal = 14 if story.month >= 53 else 13
        story.congresses.append(CongressRef(ordinal, NATIONAL_PARTY, "", None, "national"))

    def _doc(
        self, story: Story, rng: random.Random, res: Resolution | None, date_p: float = 0.3, subject_p: float = 0.6
    ) -> None:
        if res is None or any(d.res.number == res.number for d in story.docs):
            return
        with_subject = rng.random() < subject_p
        if story.yearless and any(ch.isdigit() for ch in res.subject):
            with_subject = False
        story.docs.append(DocRef(res, rng.random() < date_p and not story.yearless, with_subject))

    def _province_doc_about(self, story: Story, rng: random.Random) -> Resolution | None:
        d = story.district
        docs = [r for r in self.w.issued_before(story.province.uid, story.month) if d and r.scope == d.uid]
        return rng.choice(docs) if docs else None

    def _annual_doc(self, story: Story, year: int) -> Resolution | None:
        if story.unit.level != "district":
            return None
        for r in self.w.issued_before(story.unit.uid, story.month):
            if r.subject.endswith(f"năm {year}"):
                return r
        return None

    def _visitor(self, story: Story, rng: random.Random, posts: tuple[str, ...]) -> Holding | None:
        """A provincial leader who comes to a district or commune event."""
        if story.unit.level == "province":
            return None
        ph = self.w.holders(story.province.uid, story.month)
        options = [ph[p] for p in posts if p in ph]
        return rng.choice(options) if options else None

    def _figures_achieved(
        self,
        story: Story,
        rng: random.Random,
        year: int,
        k: int,
        period: str | None = None,
        fraction: tuple[float, float] | None = None,
    ) -> None:
        """Results for a year (or a period of it, as a share of the year's result)."""
        if year < 2020:
            return
        figs = self.w.figures(story.unit.uid, year)
        codes = list(figs.actual)
        if fraction is not None:
            codes = [c for c in codes if c in ("growth", "budget", "invest", "enterprise", "jobs")]
        for code in rng.sample(codes, min(k, len(codes))):
            ind = BY_CODE[code]
            value = figs.actual[code]
            if fraction is not None and code != "growth":
                value = Num.of(value.scaled / 10**value.decimals * rng.uniform(*fraction), ind.decimals)
            elif fraction is not None:
                value = Num.of(value.scaled / 10**value.decimals * rng.uniform(0.85, 1.15), 2)
            qualifier = "ước đạt" if rng.random() < 0.55 else None
            if code == "poverty":
                qualifier = "giảm còn"
            rank = rng.randint(2, 20) if rng.random() < 0.12 and story.unit.level == "district" else None
            story.achieved.append(
                TargetFact(
                    code, ind.label, value, ind.unit, year, period, "achieved", story.unit, qualifier, rank, pad=ind.pad
                )
            )

    def _figures_planned(self, story: Story, rng: random.Random, year: int, k: int) -> None:
        figs = self.w.figures(story.unit.uid, year)
        codes = list(figs.plan)
        for code in rng.sample(codes, min(k, len(codes))):
            ind = BY_CODE[code]
            qualifier = None
            if code == "growth" and rng.random() < 0.5:
                qualifier = "trở lên"
            elif code == "poverty":
                qualifier = "giảm còn"
            story.planned.append(
                TargetFact(
                    code, ind.label, figs.plan[code], ind.unit, year, None, "target", story.unit, qualifier, pad=ind.pad
                )
            )
        story.plan_year = year

    def _count_target(self, story: Story, code: str, value: int, year: int | None, period: str | None) -> None:
        label, unit = _COUNTS[code]
        story.planned.append(TargetFact(code, label, Num(value), unit, year, period, "target", story.unit))

    def _dates(self, story: Story, rng: random.Random, lead_ok: bool, yearless_ok: bool) -> None:
        """Decide how the event's year reaches the reader: printed in the date, taken from the date
        line (with the December → January rollover), named in the lead, or not at all."""
        story.date_line = rng.random() < 0.55
        story.year_in_date = rng.random() < 0.3
        if story.date_line or story.year_in_date:
            return
        if lead_ok and rng.random() < 0.6:
            story.lead_year = True
        elif yearless_ok and rng.random() < 0.5:
            story.yearless = True
        else:
            story.year_in_date = True

    # ---- kinds of event -----------------------------------------------------------------------

    def _plan(self, rng: random.Random, index: int, stem: str) -> Story:
        p = self._province(rng)
        r = rng.random()
        if r < 0.7:
            year = rng.randint(2021, 2025)
            unit = self.w.units[rng.choice(self.w.districts[p.uid])]
            december = rng.random() < 0.45
        elif r < 0.88:
            year = rng.randint(2021, 2026)
            unit = p
            december = year == 2026 or rng.random() < 0.45
        else:
            year = 2026
            unit = self.w.units[rng.choice(self.w.communes[p.uid])]
            december = True
        m = month_index(year - 1, 12) if december else month_index(year, 1)
        day = rng.randint(20, 31) if december else rng.randint(2, 16)
        organiser = rng.choice(("ubnd", "ubnd", "ubnd", "unit", "unit", "joint"))
        s = self._new(rng, index, stem, "plan", unit, m, day, organiser)
        self._dates(s, rng, False, False)
        s.plan_year = year
        h = self.w.holders(unit.uid, m)
        deputy = h.get("pctt") or h.get("pct") or h.get("pct1")
        mode = rng.random()
        if mode < 0.35:
            self._cast(s, h.get("ct"), "chair")
            self._cast(s, h.get("bt"), "direct")
            if rng.random() < 0.5:
                self._cast(s, deputy, "report")
        elif mode < 0.6:
            self._cast(s, h.get("bt"), "attend_chair", "speak")
            self._cast(s, h.get("ct"), "attend_chair", "close")
        elif mode < 0.8:
            self._unnamed(s, h.get("ct"), "chair")
            self._cast(s, h.get("bt"), "direct")
            if rng.random() < 0.5:
                self._cast(s, self._visitor(s, rng, ("pctt", "pct1", "pct2")), "attend")
        else:
            visitor = self._visitor(s, rng, ("bt", "ct", "pctt", "pbtt"))
            if visitor is not None:
                self._cast(s, visitor, "attend_direct", "direct")
                self._cast(s, h.get("bt"), "chair")
            else:
                self._cast(s, h.get("bt"), "chair", "direct")
            self._cast(s, h.get("ct"), "report")
        if rng.random() < 0.3:
            self._cast(s, h.get("pcthd") or deputy, "award")
        s.awards = (rng.randint(8, 40), rng.randint(10, 60)) if rng.random() < 0.4 else (0, 0)
        s.sign = rng.random() < 0.3
        s.online_points = rng.randint(10, 45) if rng.random() < 0.4 and unit.level != "commune" else 0
        s.deadline = (rng.randint(5, 28), (m + 1) % 12 + 1) if rng.random() < 0.2 else None
        self._figures_planned(s, rng, year, rng.randint(3, 8))
        if rng.random() < 0.5:
            self._count_target(s, "n_targets", self.w.n_term_targets[unit.uid], year, None)
        if rng.random() < 0.4:
            self._count_target(s, "n_tasks", self.w.figures(unit.uid, year).n_tasks, year, None)
        if rng.random() < 0.65:
            self._figures_achieved(s, rng, year - 1, rng.randint(2, 4))
        if unit.level != "province" and rng.random() < 0.5:
            self._congress(s, rng, "resolution", 0.5)
        elif unit.level == "province" and rng.random() < 0.3 and m >= 12:
            self._national(s)
        if rng.random() < 0.45:
            self._doc(s, rng, self._annual_doc(s, year))
        if rng.random() < 0.35:
            self._doc(s, rng, self._province_doc_about(s, rng))
        if unit.level == "commune" and rng.random() < 0.4:
            docs = self.w.issued_before(unit.uid, m)
            self._doc(s, rng, rng.choice(docs) if docs else None)
        return s

    def _plenum(self, rng: random.Random, index: int, stem: str) -> Story | None:
        p = self._province(rng)
        r = rng.random()
        if r < 0.75:
            unit = self.w.units[rng.choice(self.w.districts[p.uid])]
            months = range(self.w.congress_month[unit.uid][0] + 2, REFORM)
        elif r < 0.9:
            unit = p
            months = range(10, 72)
        else:
            unit = self.w.units[rng.choice(self.w.communes[p.uid])]
            months = range(self.w.congress_month[unit.uid][0] + 1, 72)
        choices = [m for m in months if 3 <= m % 12 + 1 <= 12 and m != 69]
        if not choices:
            return None
        m = rng.choice(choices)
        s = self._new(
            rng, index, stem, "plenum", unit, m, rng.randint(1, 28), rng.choice(("committee", "committee", "bch"))
        )
        moy = s.month_of_year
        s.period, s.next_period = _periods(moy)
        self._dates(s, rng, moy <= 11, True)
        s.number = self.w.plenum(unit.uid, m)
        h = self.w.holders(unit.uid, m)
        r = rng.random()
        if r < 0.55:
            self._cast(s, h.get("bt"), "chair")
        elif r < 0.75:
            for post in ("bt", "pbtt", "ct"):
                self._cast(s, h.get(post), "chair")
        else:
            self._unnamed(s, h.get("bt"), "chair")
        if rng.random() < 0.6:
            self._cast(s, h.get("ct"), "report")
        if rng.random() < 0.3:
            self._cast(s, h.get("pbtt"), "report")
        if rng.random() < 0.7 and not any(t.code == "BT" for t, _ in s.unnamed):
            self._cast(s, h.get("bt"), "close")
        if rng.random() < 0.2:
            self._cast(s, self._visitor(s, rng, ("tbtc", "pctt", "pbtt")), "attend")
        if not s.yearless:
            year = s.year
            if s.period == "năm":
                self._figures_achieved(s, rng, year, rng.randint(2, 4))
                if unit.end > m + 1 and rng.random() < 0.7:
                    self._figures_planned(s, rng, year + 1, rng.randint(2, 5))
            else:
                frac = {"quý I": (0.2, 0.3), "6 tháng đầu năm": (0.45, 0.6), "9 tháng": (0.68, 0.8)}[s.period]
                self._figures_achieved(s, rng, year, rng.randint(1, 3), with_year(s.period, year), frac)
                if rng.random() < 0.5:
                    self._figures_planned(s, rng, year, rng.randint(1, 3))
            if rng.random() < 0.12 and unit.level == "district":
                s.achieved.append(
                    TargetFact(
                        "hsg_rank",
                        "xếp hạng thi học sinh giỏi lớp 9 toàn tỉnh",
                        Num(rng.randint(1, 20)),
                        "thứ hạng",
                        year,
                        None,
                        "achieved",
                        unit,
                    )
                )
        # The committee's term is named after its congress: "khóa XXVII" cites congress XXVII.
        if unit.level != "commune" or rng.random() < 0.4:
            self._congress(s, rng, "khoa", 0.5)
        if rng.random() < 0.3:
            self._congress(s, rng, "resolution", 0.3)
        if not s.yearless and rng.random() < 0.35:
            self._doc(s, rng, self._annual_doc(s, s.year))
        if rng.random() < 0.3:
            own = [r for r in self.w.issued_before(unit.uid, m) if not r.subject.startswith("phương hướng")]
            self._doc(s, rng, rng.choice(own) if own else None)
        if rng.random() < 0.2:
            central = [r for r in self.w.issued_before(-1, m) if r.month > m - 14]
            self._doc(s, rng, rng.choice(central) if central else None)
        s.online_points = rng.randint(10, 45) if rng.random() < 0.2 and unit.level != "commune" else 0
        return s

    def _hdnd(self, rng: random.Random, index: int, stem: str) -> Story | None:
        p = self._province(rng)
        unit = p if rng.random() < 0.2 else self.w.units[rng.choice(self.w.districts[p.uid])]
        sessions = self.w.sessions.get(unit.uid)
        if not sessions:
            return None
        session = rng.choice(sessions)
        s = self._new(rng, index, stem, "hdnd", unit, session.month, session.day, "hdnd")
        s.session = session
        s.number = session.ordinal
        s.hdnd_khoa = self.w.hdnd_khoa[unit.uid]
        moy = s.month_of_year
        regular = moy in (6, 7, 12)
        s.period, s.next_period = _periods(moy) if regular else ("", "")
        self._dates(s, rng, moy in (6, 7), False)
        h = self.w.holders(unit.uid, s.month)
        hd_chair = h.get("bt") if self.w.bt_chairs_hdnd[unit.uid] else h.get("pbtt")
        self._cast(s, hd_chair, "preside", "open", *(("close",) if rng.random() < 0.6 else ()))
        if rng.random() < 0.7:
            self._cast(s, h.get("pcthd"), "preside")
        if not self.w.bt_chairs_hdnd[unit.uid] and rng.random() < 0.6:
            self._cast(s, h.get("bt"), "attend", *(("speak",) if rng.random() < 0.5 else ()))
        if regular and rng.random() < 0.7:
            self._cast(
                s, h.get("ct") if rng.random() < 0.5 else h.get("pctt") or h.get("pct") or h.get("pct1"), "report"
            )
        if rng.random() < 0.3:
            self._cast(s, self._visitor(s, rng, ("pcthd",)), "attend")
        for res in session.resolutions[: rng.randint(1, len(session.resolutions))]:
            story_doc = DocRef(res, False, True)
            s.docs.append(story_doc)
        year = s.year
        if moy == 12:
            self._figures_achieved(s, rng, year, rng.randint(2, 4))
            if rng.random() < 0.8:
                self._figures_planned(s, rng, year + 1, rng.randint(3, 7))
        elif regular:
            self._figures_achieved(s, rng, year, rng.randint(1, 3), f"6 tháng đầu năm {year}", (0.45, 0.6))
        if rng.random() < 0.3:
            self._congress(s, rng, "resolution", 0.4)
        return s

    def _review(self, rng: random.Random, index: int, stem: str) -> Story | None:
        p = self._province(rng)
        unit = self.w.units[rng.choice(self.w.districts[p.uid])]
        candidates: list[tuple[Resolution, int, str]] = []
        pool = [r for r in self.w.resolutions[p.uid] if r.scope in (unit.uid, p.uid)]
        pool += [r for r in self.w.resolutions[unit.uid] if not r.subject.startswith("phương hướng")]
        pool += self.w.resolutions[-1]
        for r in pool:
            if 0 < (m := r.month + rng.randint(1, 3)) < REFORM and m >= 8 and r.scope == -1:
                candidates.append((r, m, "learn"))
            for k in range(1, 9):
                m = r.month + 12 * k
                if 8 <= m < REFORM:
                    candidates.append((r, m, f"{k}"))
        if not candidates:
            return None
        res, m, how = rng.choice(candidates)
        s = self._new(
            rng, index, stem, "review", unit, m, rng.randint(1, 28), rng.choice(("committee", "committee", "unit"))
        )
        self._dates(s, rng, False, True)
        s.number = 0 if how == "learn" else int(how)
        s.subject_doc = DocRef(
            res, rng.random() < 0.4 and not s.yearless, not (s.yearless and any(ch.isdigit() for ch in res.subject))
        )
        s.docs.append(s.subject_doc)
        h = self.w.holders(unit.uid, m)
        if rng.random() < 0.6:
            self._cast(s, h.get("bt"), "chair", *(("close",) if rng.random() < 0.6 else ()))
        else:
            self._cast(s, h.get("pbtt"), "chair")
            self._cast(s, h.get("bt"), "direct")
        if rng.random() < 0.5:
            self._cast(s, h.get("pbtt") if rng.random() < 0.5 else h.get("mt"), "report")
        if rng.random() < 0.3:
            self._cast(s, self._visitor(s, rng, ("tbtc", "pctt", "pct1")), "attend")
        s.online_points = rng.randint(10, 45) if rng.random() < 0.4 else 0
        if rng.random() < 0.3:
            self._congress(s, rng, "resolution", 0.4)
        return s

    def _visit(self, rng: random.Random, index: int, stem: str) -> Story | None:
        p = self._province(rng)
        unit = self.w.units[rng.choice(self.w.districts[p.uid])]
        m = rng.randint(10, REFORM - 1)
        s = self._new(rng, index, stem, "visit", unit, m, rng.randint(1, 28), "delegation")
        moy = s.month_of_year
        s.period, s.next_period = _periods(moy) if moy >= 3 else ("", "")
        self._dates(s, rng, 3 <= moy <= 11, True)
        head = self._visitor(s, rng, ("bt", "ct", "pbtt", "pctt"))
        if head is None:
            return None
        self._cast(s, head, "chair", "close")
        ph = self.w.holders(p.uid, m)
        for post in rng.sample(("pct1", "pct2", "tbtc", "pcthd"), rng.randint(0, 2)):
            self._cast(s, ph.get(post), "attend")
        h = self.w.holders(unit.uid, m)
        self._cast(s, h.get("bt"), "report")
        if rng.random() < 0.5:
            self._cast(s, h.get("ct"), "speak")
        if not s.yearless and moy >= 3:
            frac = (0.2, 0.3) if moy < 6 else (0.45, 0.6) if moy < 9 else (0.68, 0.8)
            self._figures_achieved(s, rng, s.year, rng.randint(1, 3), f"từ đầu năm {s.year}", frac)
            if rng.random() < 0.4:
                self._figures_planned(s, rng, s.year, rng.randint(1, 3))
        if rng.random() < 0.5:
            self._doc(s, rng, self._province_doc_about(s, rng), subject_p=0.8)
        if rng.random() < 0.4:
            self._congress(s, rng, "resolution", 0.4)
        return s

    def _midterm(self, rng: random.Random, index: int, stem: str) -> Story:
        p = self._province(rng)
        unit = p if rng.random() < 0.15 else self.w.units[rng.choice(self.w.districts[p.uid])]
        m = rng.randint(month_index(2023, 5), month_index(2023, 8))
        s = self._new(rng, index, stem, "midterm", unit, m, rng.randint(1, 28), rng.choice(("bch", "committee")))
        self._dates(s, rng, False, False)
        h = self.w.holders(unit.uid, m)
        self._cast(s, self._visitor(s, rng, ("bt", "ct", "pctt", "pbtt")), "attend_direct", "direct")
        if rng.random() < 0.5:
            self._cast(s, h.get("bt"), "chair")
        reporter = h.get("pbtt") if rng.random() < 0.5 else h.get("ct")
        self._cast(s, reporter, "report")
        if rng.random() < 0.6:
            self._cast(s, h.get("bt"), "speak")
        self._congress(s, rng, "event", 0.7)
        total = self.w.n_term_targets[unit.uid]
        met = rng.randint(total // 3, total - 2)
        share = Num.of(100 * met / total, 1)
        s.achieved.append(
            TargetFact(
                "met_targets",
                "số chỉ tiêu đạt và vượt kế hoạch",
                Num(met),
                "chỉ tiêu",
                2023,
                None,
                "achieved",
                unit,
                out_of=total,
                share=share,
            )
        )
        growth = self.w.figures(unit.uid, 2022).actual.get("growth")
        if growth is not None:
            rank = rng.randint(2, 20) if rng.random() < 0.5 and unit.level == "district" else None
            s.achieved.append(
                TargetFact(
                    "growth_avg",
                    "tốc độ tăng trưởng giá trị sản xuất bình quân",
                    growth,
                    "%",
                    None,
                    "2021-2023",
                    "achieved",
                    unit,
                    "ước đạt",
                    rank,
                )
            )
        self._figures_achieved(s, rng, 2023, rng.randint(1, 2))
        self._count_target(s, "met_all", total, None, "2020-2025")
        if rng.random() < 0.5:
            self._count_target(s, "n_programs", self.w.n_programs[unit.uid], None, "2020-2025")
            self._count_target(s, "n_breakthroughs", self.w.n_breakthroughs[unit.uid], None, "2020-2025")
        if rng.random() < 0.3:
            self._doc(s, rng, self._province_doc_about(s, rng))
        return s

    def _congress_event(self, rng: random.Random, index: int, stem: str) -> Story:
        p = self._province(rng)
        r = rng.random()
        if r < 0.45:
            unit = self.w.units[rng.choice(self.w.districts[p.uid])]
        elif r < 0.85:
            unit = self.w.units[rng.choice(self.w.communes[p.uid])]
        else:
            unit = p
        if unit.level == "province":
            m = 9 if rng.random() < 0.5 else 69
            day = self.w.congress_month[unit.uid][1]
        else:
            m, day = self.w.congress_month[unit.uid]
        s = self._new(rng, index, stem, "congress", unit, m, day, "party")
        self._dates(s, rng, False, False)
        h = self.w.holders(unit.uid, m)
        self._cast(s, self._visitor(s, rng, ("bt", "ct", "pbtt", "tbtc", "pctt")), "attend", "direct")
        if rng.random() < 0.4:
            self._cast(s, self._visitor(s, rng, ("pct1", "pct2", "pcthd")), "attend")
        if rng.random() < 0.7:
            for post in ("bt", "ct", "pbtt"):
                self._cast(s, h.get(post), "preside")
        self._cast(s, h.get("bt"), "open", *(("elected",) if rng.random() < 0.5 else ()))
        if rng.random() < 0.7:
            self._cast(s, h.get("ct"), "report")
        if rng.random() < 0.3:
            self._cast(s, h.get("mt"), "speak")
        self._congress(s, rng, "event", 1.0)
        start = 2025 if m >= REFORM else 2020
        if rng.random() < 0.4 and unit.level != "province":
            self._congress(s, rng, "delegates", 0.8, p)
        if rng.random() < 0.3:
            self._national(s)
        members = {"commune": (600, 4000), "district": (4000, 16000), "province": (200000, 300000)}[unit.level]
        s.delegates = (rng.randint(150, 350), rng.randint(*members))
        prev = f"{start - 4}-{start}"  # the five years of the closing term: 2016-2020, 2021-2025
        nxt = f"{start}-{start + 5}"
        figs = self.w.figures(unit.uid, start)
        if "growth" in figs.actual:
            s.achieved.append(
                TargetFact(
                    "growth_avg",
                    "tốc độ tăng trưởng giá trị sản xuất bình quân",
                    figs.actual["growth"],
                    "%/năm",
                    None,
                    prev,
                    "achieved",
                    unit,
                )
            )
            s.planned.append(
                TargetFact(
                    "growth_avg",
                    "tốc độ tăng trưởng giá trị sản xuất bình quân",
                    Num.of(figs.plan["growth"].scaled / 10 ** figs.plan["growth"].decimals * rng.uniform(1.0, 1.2), 1),
                    "%/năm",
                    None,
                    nxt,
                    "target",
                    unit,
                    "trở lên",
                )
            )
        income = figs.actual["income"]
        s.achieved.append(
            TargetFact(
                "income",
                "thu nhập bình quân đầu người",
                income,
                "triệu đồng/năm",
                start,
                None,
                "achieved",
                unit,
                "ước đạt",
            )
        )
        goal = Num.of(income.scaled / 10**income.decimals * rng.uniform(1.45, 1.8), 0)
        s.planned.append(
            TargetFact(
                "income", "thu nhập bình quân đầu người", goal, "triệu đồng/năm", start + 5, None, "target", unit
            )
        )
        self._count_target(s, "n_targets", self.w.n_term_targets[unit.uid], None, nxt)
        if rng.random() < 0.6:
            self._count_target(s, "n_breakthroughs", self.w.n_breakthroughs[unit.uid], None, nxt)
        if start == 2025 and rng.random() < 0.5:
            self._doc(s, rng, next(r for r in self.w.resolutions[-1] if r.number == "35-CT/TW"), subject_p=0.7)
        return s

    def _finish(self, s: Story, rng: random.Random) -> None:
        """Photo captions, title-only mentions and the one misspelt name."""
        for c in s.cast:
            if any(a in SPEAK_ACTS for a in c.acts):
                c.caption = rng.random() < 0.4
                c.later = rng.random() < 0.5
        if rng.random() < 0.15:
            eligible = [
                c
                for c in s.cast
                if any(a in SPEAK_ACTS for a in c.acts) and (c.caption or any(a in LEAD_ACTS for a in c.acts))
            ]
            if eligible:
                c = rng.choice(eligible)
                v = misspell(c.person.name, rng)
                others = {o.person.name.casefold() for o in s.cast}
                if v and v.casefold() not in others:
                    c.variant = v


_COUNTS: Final[dict[str, tuple[str, str]]] = {
    "n_targets": ("số chỉ tiêu chủ yếu", "chỉ tiêu"),
    "n_tasks": ("số nhiệm vụ trọng tâm", "nhiệm vụ"),
    "met_all": ("số chỉ tiêu chủ yếu phấn đấu hoàn thành và hoàn thành vượt mức", "chỉ tiêu"),
    "n_programs": ("số chương trình trọng tâm", "chương trình"),
    "n_breakthroughs": ("số khâu đột phá", "khâu"),
}


def with_year(phrase: str, year: int | None) -> str:
    """A reporting period with its year: "quý I năm 2022", "6 tháng đầu năm 2024", "năm 2023"; without a
    year the bare period ("năm" alone reads as "năm nay")."""
    if year is None:
        return "năm nay" if phrase == "năm" else phrase
    return f"{phrase} {year}" if phrase.endswith("năm") else f"{phrase} năm {year}"


def _periods(month: int) -> tuple[str, str]:
    if month <= 5:
        return "quý I", "quý II"
    if month <= 8:
        return "6 tháng đầu năm", "6 tháng cuối năm"
    if month <= 11:
        return "9 tháng", "3 tháng cuối năm"
    return "năm", "năm tới"


def _weighted(rng: random.Random, table: tuple[tuple[K, int], ...]) -> K:
    total = sum(w for _, w in table)
    pick = rng.randrange(total)
    for key, weight in table:
        pick -= weight
        if pick < 0:
            return key
    return table[-1][0]
