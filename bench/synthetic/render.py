"""Vietnamese text from a Story: headline, lead, who did what, results, targets, speeches, captions,
filler and byline.

The renderer states every fact of the story and adds none: numbers outside the story only appear in
forms the gold conventions exclude (award counts, connection points, delegate counts, deadlines).
Names are written as placeholders while the text is assembled and substituted last, so tone-mark
restyling and non-breaking spaces never touch a name: a name in the gold is in the text verbatim, or
as the one recorded misspelling.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Final

from . import phrases
from .names import byline
from .story import CHAIR_ACTS, Cast, CongressRef, DocRef, Story, TargetFact, with_year
from .titles import COMMITTEE, Title, plain_title, surface_stack
from .vn import Num, day_month, old_style, roman
from .world import year_month

_TOKEN: Final = re.compile("\x00(\\d+)(v?)\x01")


@dataclass(slots=True)
class Rendered:
    text: str
    title: str
    date_text: str
    organiser: str
    style: str  # new | old | mixed: tone-mark placement used outside names
    surface: dict[int, tuple[str, str]] = field(default_factory=dict)  # id(target) → (as written, unit)
    variant_used: bool = False
    title_only: bool = False  # someone was referred to by title alone


class _Words:
    """How the article's unit and its organs are named."""

    def __init__(self, s: Story) -> None:
        u = s.unit
        self.lvl = u.kind
        self.full = u.full
        self.name = u.name
        self.committee = COMMITTEE[u.kind]
        self.committee_named = f"Đảng ủy {u.full}" if u.level == "commune" else f"{self.committee} {u.name}"
        self.party = f"Đảng bộ {u.kind}"
        self.party_named = f"Đảng bộ {u.full}"
        self.bch = f"Ban Chấp hành Đảng bộ {u.kind}"
        self.bch_named = f"Ban Chấp hành Đảng bộ {u.full}"
        self.btv_named = f"Ban Thường vụ {self.committee_named}"
        self.ubnd_named = f"UBND {u.full}"
        self.hdnd_named = f"HĐND {u.full}"
        self.sub = {
            "tỉnh": "các huyện, thị xã, thành phố",
            "huyện": "các xã, thị trấn",
            "thị xã": "các xã, phường",
            "thành phố": "các xã, phường",
            "xã": "các thôn",
            "phường": "các khu phố",
        }[u.kind]
        self.prov = s.province.name


class Renderer:
    def __init__(self, story: Story, rng: random.Random) -> None:
        self.s = story
        self.r = rng
        self.w = _Words(story)
        self.introduced: set[int] = set()
        self.variant_used = False
        self.surface: dict[int, tuple[str, str]] = {}
        self.y = story.year
        self.noun = story.noun
        self.style = "new"
        self.captioned: set[int] = set()
        self.by_title_done: set[int] = set()
        self.deadline_done = False
        self.title_only = False

    # ---- people -------------------------------------------------------------------------------

    def _tok(self, i: int, variant: bool = False) -> str:
        return f"\x00{i}{'v' if variant else ''}\x01"

    def _stack(self, c: Cast) -> str:
        return surface_stack(c.titles, self.r, self.r.random() < 0.35)

    def full(self, i: int, form: str = "comma") -> str:
        """First mention: the name with every title the story gives. Later calls fall back to ref."""
        if i in self.introduced:
            return self.ref(i) if form != "bare" else self._tok(i)
        self.introduced.add(i)
        c = self.s.cast[i]
        stack = self._stack(c)
        if form == "before":
            return f"{stack} {self._tok(i)}"
        if form == "bare":
            return f"{self._tok(i)}, {stack}"
        return f"đồng chí {self._tok(i)}, {stack}"

    def ref(self, i: int) -> str:
        """A later mention, by name (once with the misspelling, if the story has one) or title + name."""
        if i not in self.introduced:
            return self.full(i)
        c = self.s.cast[i]
        variant = c.variant is not None and not self.variant_used
        if variant:
            self.variant_used = True
        name = self._tok(i, variant)
        r = self.r.random()
        if r < 0.4:
            return f"đồng chí {name}"
        if r < 0.7:
            return f"{plain_title(c.primary)} {name}"
        return f"đồng chí {plain_title(c.primary)} {name}"

    def by_title(self, t: Title) -> str:
        return f"đồng chí {plain_title(t)}"

    def people_list(self, idx: list[int]) -> str:
        if len(idx) == 1:
            return self.full(idx[0])
        if self.r.random() < 0.6:
            return "các đồng chí: " + "; ".join(self.full(i, "bare") for i in idx)
        return "; ".join(self.full(i) for i in idx)

    def with_acts(self, *acts: str) -> list[int]:
        """Cast indexes, in story order, of everyone who performs any of the acts."""
        return [i for i, c in enumerate(self.s.cast) if not c.acts_set.isdisjoint(acts)]

    # ---- dates and words ----------------------------------------------------------------------

    def when(self) -> str:
        s = self.s
        _, month = year_month(s.month)
        text = day_month(s.day, month, self.r, self.y if s.year_in_date else None)
        ngay = "ngày " if self.r.random() < 0.3 else ""
        if ngay and self.r.random() < 0.05:
            ngay = "ngày ngày "  # word-processor duplication, as real copy has it
        if s.daypart:
            return f"{s.daypart} {ngay}{text}"
        return f"Ngày {text}"

    def dash(self) -> str:
        return " – " if self.r.random() < 0.15 else " - "

    def term(self, t: str) -> str:
        a, b = t.split("-")
        return f"{a} - {b}" if self.r.random() < 0.5 else t

    def num(self, t: TargetFact, pad_ok: bool = True) -> str:
        text = t.value.text(pad=2 if t.pad and pad_ok and self.r.random() < 0.6 else 0)
        return text

    # ---- congresses and documents -------------------------------------------------------------

    def congress(self, c: CongressRef) -> str:
        term = f", nhiệm kỳ {self.term(c.term)}" if c.term else ""
        if c.form == "national":
            return f"Đại hội đại biểu toàn quốc lần thứ {roman(c.ordinal)} của Đảng"
        body = "Đại hội đại biểu" if self.r.random() < 0.4 else "Đại hội"
        if c.form == "resolution" and self.r.random() < 0.2 and not term:
            return f"Đại hội Đảng bộ {c.level_word} khóa {roman(c.ordinal)}"
        return f"{body} Đảng bộ {c.level_word} lần thứ {roman(c.ordinal)}{term}"

    def doc(self, d: DocRef, issuer: bool = True) -> str:
        r = d.res
        text = f"{r.doc} số {r.number}" if self.r.random() < 0.85 else f"{r.doc} {r.number}"
        if d.with_date:
            year, month = year_month(r.month)
            text += f" ngày {r.day}/{month}/{year}"
        if issuer:
            text += f" của {r.issuer}"
        if d.with_subject:
            text += f" về {r.subject}"
        return text

    # ---- targets ------------------------------------------------------------------------------

    def item(self, t: TargetFact) -> str:
        v = self.num(t)
        unit = t.unit
        q = "ước đạt " if t.qualifier == "ước đạt" else "đạt "
        achieved = t.kind == "achieved"
        code = t.code
        if code == "income":
            unit = self.r.choice(("triệu đồng/năm", "triệu đồng/năm", "triệu đồng/người/năm", "triệu đồng"))
            if achieved:
                text = f"thu nhập bình quân đầu người {q}{v} {unit}"
            elif t.year and self.s.kind == "congress":
                text = f"đến năm {t.year}, thu nhập bình quân đầu người đạt {v} {unit}"
            else:
                text = self.r.choice(
                    (f"thu nhập bình quân đầu người đạt {v} {unit}", f"thu nhập bình quân đầu người {v} {unit}")
                )
        elif code == "growth_avg":
            per = f"giai đoạn {self.term(t.period)} " if t.period and achieved else ""
            more = " trở lên" if t.qualifier == "trở lên" else ""
            text = f"tốc độ tăng trưởng giá trị sản xuất bình quân {per}{q}{v}{unit}{more}"
        elif code == "met_targets":
            share = t.share.text() if t.share else ""
            text = self.r.choice(
                (
                    f"đạt và vượt {v}/{t.out_of} chỉ tiêu, chiếm {share}%",
                    f"có {v}/{t.out_of} chỉ tiêu đạt và vượt kế hoạch, chiếm {share}%",
                )
            )
        elif code == "hsg_rank":
            text = self.r.choice(
                (
                    f"thi học sinh giỏi lớp 9 xếp thứ {v} toàn tỉnh",
                    f"kết quả thi học sinh giỏi lớp 9 đứng thứ {v} toàn tỉnh",
                )
            )
        else:
            forms = _ACHIEVED[code] if achieved else _TARGET[code]
            text = self.r.choice(forms).format(v=v, q=q)
            if code == "growth" and t.qualifier == "trở lên":
                text += " trở lên"
        if t.rank:
            text += f", đứng thứ {t.rank} toàn tỉnh"
        self.surface[id(t)] = (v, unit)
        return text

    def items(self, ts: list[TargetFact]) -> str:
        return "; ".join(self.item(t) for t in ts)

    def achieved_par(self) -> str:
        """Results, grouped by the year or period they belong to, each group opened by it."""
        s = self.s
        groups: dict[tuple[int | None, str | None], list[TargetFact]] = {}
        out = []
        for t in s.achieved:
            # Term-long results carry their own period in the phrase; the rest are grouped under
            # an opener that states their year or period.
            if t.code == "met_targets":
                out.append(f"Qua nửa nhiệm kỳ, {self.w.full} {self.item(t)} so với kế hoạch.")
            elif t.code == "growth_avg":
                tail = self.r.choice(("", "; tỷ trọng nông nghiệp trong cơ cấu kinh tế giảm dần"))
                out.append(f"{_cap(self.item(t))}{tail}.")
            else:
                groups.setdefault((t.year, t.period), []).append(t)
        for (year, period), ts in groups.items():
            if period and year is None:
                opener = f"Giai đoạn {self.term(period)}, "
            elif period:
                opener = f"{_cap(period)}, " if not period.startswith("từ") else f"{_cap(period)} đến nay, "
            elif year is not None:
                opener = self.r.choice((f"Năm {year}, ", f"Trong năm {year}, ", f"Kết quả năm {year}: "))
            else:
                opener = ""
            out.append(f"{opener}{self.items(ts)}.")
        text = " ".join(_cap(p) for p in out)
        if self.r.random() < 0.5:
            text += " " + self.r.choice(phrases.RESULTS)
        return text

    def planned_par(self) -> list[str]:
        s = self.s
        out: list[str] = []
        counts = {t.code: t for t in s.planned if t.code in _COUNT_CODES}
        values = [t for t in s.planned if t.code not in _COUNT_CODES]
        subject = (
            self.r.choice((self.w.full, self.w.ubnd_named, self.w.party_named))
            if s.unit.level != "province"
            else f"tỉnh {self.w.name}"
        )
        if s.kind == "congress":
            nxt = counts.get("n_targets")
            term = self.term(nxt.period) if nxt and nxt.period else ""
            sent = f"Nhiệm kỳ {term}, {self.w.party} xác định"
            parts = []
            if nxt:
                parts.append(f"{nxt.value.text()} chỉ tiêu chủ yếu")
            if "n_breakthroughs" in counts:
                parts.append(f"{counts['n_breakthroughs'].value.text()} khâu đột phá")
            sent += " " + " và ".join(parts)
            if values:
                sent += "; trong đó phấn đấu " + self.items(values)
            out.append(sent + ".")
            return out
        if s.kind == "midterm":
            ma = counts.get("met_all")
            if ma:
                v = ma.value.text()
                extra = ""
                if "n_programs" in counts and "n_breakthroughs" in counts:
                    extra = (
                        f"; {counts['n_programs'].value.text()} chương trình trọng tâm và "
                        f"{counts['n_breakthroughs'].value.text()} khâu đột phá tiếp tục được triển khai đồng bộ"
                    )
                out.append(
                    f"Từ nay đến cuối nhiệm kỳ, {self.w.party} đặt quyết tâm hoàn thành toàn bộ {v}/{v} chỉ "
                    f"tiêu chủ yếu{extra}."
                )
            return out
        year = s.plan_year
        nt = counts.get("n_targets")
        if values:
            if nt and self.r.random() < 0.6:
                out.append(
                    f"{_cap(subject)} đề ra {nt.value.text()} chỉ tiêu chủ yếu năm {year}, trong đó: "
                    f"{self.items(values)}."
                )
                nt = None
            else:
                r = self.r.random()
                if r < 0.35:
                    out.append(f"Năm {year}, {subject} phấn đấu: {self.items(values)}.")
                elif r < 0.6:
                    out.append(f"Các chỉ tiêu chủ yếu năm {year}: {self.items(values)}.")
                else:
                    first, rest = values[0], values[1:]
                    sentences = [f"Năm {year}, {subject} phấn đấu {self.item(first)}."]
                    sentences += [_cap(self.item(t)) + "." for t in rest]
                    out.append(" ".join(sentences))
        if nt:
            out.insert(
                0, f"{_cap(subject)} đặt mục tiêu hoàn thành {nt.value.text()} chỉ tiêu chủ yếu trong năm {year}."
            )
        tasks = counts.get("n_tasks")
        if tasks:
            out.append(
                f"Kế hoạch của {self.w.ubnd_named} tập trung vào {tasks.value.text()} nhiệm vụ trọng tâm cho "
                f"năm {year}."
            )
        return out

    # ---- the article --------------------------------------------------------------------------

    def render(self) -> Rendered:
        s = self.s
        r = self.r
        paras: list[str] = []
        title = self.headline()
        date_text = self.when()
        lead, organiser = self.lead(date_text)
        if r.random() < 0.04:
            lead = "[bookmark: _GoBack]" + lead
        if r.random() < 0.3:
            paras.append(self.sapo())
        # The opening photo's caption sits before or after the lead, or there is none.
        cap_at = r.choice(("before", "after", "after", "none"))
        if cap_at == "before":
            paras.append(self.caption())
        paras.append(lead + self.lead_roles())
        if s.online_points:
            paras[-1] += f" {_cap(self.noun)} được kết nối trực tuyến tới {s.online_points} điểm cầu tại {self.w.sub}."
        if cap_at == "after":
            paras.append(self.caption())
        body: list[str] = []
        context = self.context()
        if context:
            body.append(context)
        body += self.speech_blocks()
        fillers = r.randint(1, 3)
        for _ in range(fillers):
            pos = r.randint(min(1, len(body)), len(body))
            body.insert(pos, phrases.filler(r, self.w.lvl, self.w.sub, self.w.committee))
        if r.random() < 0.4:
            body.insert(r.randint(0, len(body)), self.caption())
        paras += body
        if s.awards != (0, 0):
            paras.append(
                f"Dịp này, Chủ tịch UBND {self.w.lvl} tặng Giấy khen cho {s.awards[0]} tập thể, "
                f"{s.awards[1]} cá nhân có thành tích tiêu biểu."
            )
        if r.random() < 0.85:
            paras.append(byline(r))
        # Every named person was introduced once with all the titles the gold lists for them.
        if len(self.introduced) != len(s.cast):
            raise AssertionError(f"{s.stem}: a named person was never introduced")
        text = self.assemble(title, paras)
        return Rendered(
            text,
            title,
            date_text,
            organiser,
            self.style,
            self.surface,
            self.variant_used,
            self.title_only or bool(s.unnamed),
        )

    def assemble(self, title: str, paras: list[str]) -> str:
        s, r = self.s, self.r
        pick = r.random()
        self.style = "new" if pick < 0.55 else "old" if pick < 0.85 else "mixed"
        if self.style == "old":
            paras = [old_style(p) for p in paras]
            title = old_style(title)
        elif self.style == "mixed":
            paras = [old_style(p) if r.random() < 0.5 else p for p in paras]
        if r.random() < 0.1:
            # Copy pasted from a word processor: non-breaking spaces in one paragraph.
            k = r.randrange(len(paras))
            paras[k] = paras[k].replace(" ", "\u00a0", r.randint(1, 6))
        head = f" date {year_month(s.pub)[0]}-{year_month(s.pub)[1]:02d} {title}" if s.date_line else title
        sep = "\n\n" if r.random() < 0.8 else "\n"
        text = head + ("\n\n" if sep == "\n\n" or r.random() < 0.5 else "\n") + sep.join(paras) + "\n"
        cast = s.cast
        return _TOKEN.sub(
            lambda m: cast[int(m.group(1))].variant or "" if m.group(2) else cast[int(m.group(1))].person.name, text
        )

    def headline(self) -> str:
        s, r, w = self.s, self.r, self.w
        place = r.choice((w.name, _cap(w.full)))  # opens the headline
        here = r.choice((w.name, w.full))  # inside it
        y = "" if s.yearless else f" năm {s.plan_year or self.y}"
        nt = next((t for t in s.planned if t.code == "n_targets"), None)
        if s.kind == "plan":
            options = [
                f"{place} triển khai nhiệm vụ phát triển kinh tế - xã hội{y}",
                f"{w.ubnd_named} giao chỉ tiêu kế hoạch{y}",
                f"{place}: Tăng tốc thực hiện các mục tiêu{y}",
            ]
            if nt:
                options.append(f"{place} phấn đấu hoàn thành {nt.value.text()} chỉ tiêu{y}")
        elif s.kind == "plenum":
            options = [
                f"{place}: Hội nghị {w.bch} lần thứ {s.number}",
                f"{w.committee_named} đánh giá kết quả thực hiện nhiệm vụ "
                f"{with_year(s.period, None if s.yearless else self.y)}",
                f"{place} bàn giải pháp thực hiện nhiệm vụ trọng tâm {s.next_period}",
            ]
        elif s.kind == "hdnd":
            options = [
                f"Kỳ họp thứ {s.number if s.number > 1 else 'nhất'} {w.hdnd_named}",
                f"{w.hdnd_named} quyết định nhiều nội dung quan trọng",
            ]
        elif s.kind == "review":
            options = [f"{place} đánh giá kết quả thực hiện nghị quyết", f"{w.committee_named} sơ kết nghị quyết"]
            if s.number == 0:
                options = [
                    f"{place} quán triệt, triển khai {s.subject_doc.res.doc.lower() if s.subject_doc else ''}".strip()
                ]
        elif s.kind == "visit":
            options = [f"Đoàn công tác của tỉnh làm việc với {w.full}", f"Lãnh đạo tỉnh làm việc tại {here}"]
        elif s.kind == "midterm":
            options = [
                f"{place} sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ",
                f"Tập trung hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ {w.full}",
            ]
        else:
            c = s.congresses[0]
            term = self.term(c.term or "")
            options = [
                f"Đại hội đại biểu {w.party_named} lần thứ {roman(c.ordinal)}, nhiệm kỳ {term}",
                f"{w.party_named} tổ chức thành công đại hội lần thứ {roman(c.ordinal)}",
            ]
        return r.choice(options)

    def sapo(self) -> str:
        return self.r.choice(
            (
                f"{_cap(self.noun)} nhằm đánh giá kết quả đạt được, chỉ ra những tồn tại, hạn chế và đề ra nhiệm vụ, giải "
                "pháp trọng tâm trong thời gian tới.",
                f"Đây là dịp để {self.w.full} nhìn lại chặng đường đã qua, thống nhất nhận thức và hành động trong "
                "thực hiện nhiệm vụ chính trị của địa phương.",
                f"Tại {self.noun}, các đại biểu tập trung thảo luận, thống nhất nhiều giải pháp quan trọng.",
            )
        )

    def caption(self) -> str:
        n = self.noun
        caps = [
            f"Toàn cảnh {n}.",
            f"Quang cảnh {n}.",
            f"Các đại biểu dự {n}.",
            f"Toàn cảnh {n}",
            f"Đại biểu phát biểu tham luận tại {n}.",
        ]
        if self.s.kind in ("plan", "midterm", "plenum") and not self.with_acts(*CHAIR_ACTS):
            caps.append(f"Các đồng chí lãnh đạo {self.w.lvl} chủ trì {n}.")
        return self.r.choice(caps)

    def lead(self, when: str) -> tuple[str, str]:
        s, r, w = self.s, self.r, self.w
        y = s.plan_year or self.y
        organiser = {
            "ubnd": w.ubnd_named,
            "unit": w.full,
            "joint": f"{w.committee}, HĐND, UBND {w.full}",
            "committee": w.committee_named,
            "bch": w.bch_named,
            "hdnd": w.hdnd_named,
            "party": w.party_named,
            "delegation": "",
        }[s.organiser]
        verb = r.choice(("tổ chức", "tổ chức", "đã tổ chức"))
        if s.kind == "plan":
            qp = f"quốc phòng{self.dash()}an ninh"
            event = r.choice(
                (
                    f"hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội, {qp} năm {y}",
                    f"hội nghị triển khai kế hoạch phát triển kinh tế - xã hội, bảo đảm {qp} năm {y}",
                    f"hội nghị tổng kết công tác năm {y - 1}, triển khai nhiệm vụ năm {y}",
                    f"hội nghị giao chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm {y}",
                )
            )
            if r.random() < 0.3:
                event += f" và phát động phong trào thi đua năm {y}"
        elif s.kind == "plenum":
            khoa = next((c for c in s.congresses if c.form == "khoa"), None)
            if khoa:
                term = f", nhiệm kỳ {self.term(khoa.term)}" if khoa.term else ""
                part = f", khóa {roman(khoa.ordinal)}{term}"
            else:
                part = "" if s.yearless else f", nhiệm kỳ {self.term('2025-2030')}"
            event = r.choice(
                (f"hội nghị {w.bch} lần thứ {s.number}{part}", f"Hội nghị {w.bch} lần thứ {s.number}{part}")
            )
            if s.period == "năm":
                event += (
                    " để đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ và bàn giải pháp thời gian tới"
                    if s.yearless
                    else f" tổng kết công tác năm {self.y}, triển khai nhiệm vụ năm {self.y + 1}"
                )
            else:
                yr = self.y if s.lead_year or (not s.yearless and r.random() < 0.5) else None
                event += (
                    f" đánh giá tình hình thực hiện nhiệm vụ {s.period}, triển khai nhiệm vụ "
                    f"{with_year(s.next_period, yr)}"
                )
        elif s.kind == "hdnd":
            organiser = f"{w.hdnd_named} khóa {roman(s.hdnd_khoa)}, nhiệm kỳ {self.term('2021-2026')}"
            event = f"kỳ họp thứ {s.number}" if s.number > 1 else "kỳ họp thứ nhất"
            if s.period == "năm":
                event += f" để đánh giá kết quả thực hiện nhiệm vụ năm {self.y}, quyết định kế hoạch năm {self.y + 1}"
            elif s.period:
                yr = self.y if s.lead_year or r.random() < 0.5 else None
                event += (
                    " (kỳ họp thường lệ giữa năm) đánh giá tình hình thực hiện nhiệm vụ "
                    f"{with_year('6 tháng đầu năm', yr)}"
                )
            else:
                event += " (kỳ họp chuyên đề) để xem xét, quyết định một số nội dung thuộc thẩm quyền"
        elif s.kind == "review":
            d = s.subject_doc
            assert d is not None
            if s.number == 0:
                event = f"hội nghị học tập, quán triệt và triển khai thực hiện {self.doc(d)}"
            else:
                word = "sơ kết" if s.number < 5 else "tổng kết"
                event = f"hội nghị {word} {s.number} năm thực hiện {self.doc(d)}"
        elif s.kind == "visit":
            who = r.choice(("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", f"Ban Thường vụ Tỉnh ủy {w.prov}"))
            if s.period and not s.yearless:
                yr = self.y if s.lead_year or r.random() < 0.5 else None
                topic = f"tình hình thực hiện nhiệm vụ {with_year(s.period, yr)}"
            else:
                topic = "tình hình thực hiện nhiệm vụ chính trị và một số nội dung trọng tâm"
            host = r.choice((w.btv_named, f"lãnh đạo {w.full}"))
            return f"{when}, đoàn công tác của {who} đã có buổi làm việc với {host} về {topic}.", f"đoàn công tác {who}"
        elif s.kind == "midterm":
            c = next(c for c in s.congresses if c.form == "event")
            event = f"hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết {self.congress(c)}"
        else:
            c = s.congresses[0]
            term = self.term(c.term or "")
            verb = r.choice(("long trọng tổ chức phiên chính thức", "tổ chức", "long trọng tổ chức"))
            event = f"Đại hội đại biểu {w.party} lần thứ {roman(c.ordinal)}, nhiệm kỳ {term}"
        return f"{when}, {organiser} {verb} {event}.", organiser

    def lead_roles(self) -> str:
        """Who chaired, presided over and attended, in the sentences right after the lead."""
        s, r = self.s, self.r
        out: list[str] = []
        n = self.noun
        both = self.with_acts("attend_chair")
        if both:
            out.append(f"Dự và chủ trì {n} có {self.people_list(both)}.")
        chairs = [i for i in self.with_acts("chair", "cochair") if i not in both]
        if len(chairs) == 1:
            m = self.full(chairs[0])
            out.append(r.choice((f"{_cap(m)} chủ trì {n}.", f"Chủ trì {n} có {m}.")))
        elif chairs:
            # Mentions are built once: a mention introduces a person, so it must not be thrown away.
            listed = self.people_list(chairs)
            out.append(r.choice((f"Chủ trì {n} có {listed}.", f"Đồng chủ trì {n} có {listed}.")))
        for t, act in s.unnamed:
            if act == "chair":
                out.append(f"{_cap(self.by_title(t))} chủ trì {n}.")
        preside = self.with_acts("preside")
        if len(preside) == 1:
            out.append(f"{_cap(self.full(preside[0]))} chủ tọa {n}.")
        elif preside:
            out.append(f"Chủ tọa {n} gồm {self.people_list(preside)}.")
        direct = self.with_acts("attend_direct")
        for i in direct:
            out.append(f"{_cap(self.full(i))} dự và chỉ đạo {n}.")
        attend = self.with_acts("attend")
        if attend:
            verb = r.choice(("Dự", "Tham dự", "Về dự", "Đến dự"))
            provincial = any(self.s.cast[i].unit.level == "province" for i in attend) and s.unit.level != "province"
            tail = r.choice(
                (
                    "",
                    ", đại diện các sở, ban, ngành của tỉnh"
                    if provincial
                    else f", lãnh đạo các phòng, ban, ngành và {self.w.sub}",
                )
            )
            out.append(f"{verb} {n} có {self.people_list(attend)}{tail}.")
        if s.kind == "congress" and s.delegates != (0, 0):
            out.append(
                f"Tham dự đại hội có {s.delegates[0]} đại biểu thay mặt cho hơn {Num(s.delegates[1]).text()} "
                "đảng viên trong toàn Đảng bộ."
            )
        if not out:
            return ""
        return (" " if r.random() < 0.7 else "\n\n") + " ".join(out)

    def context(self) -> str:
        """Congress and resolution citations, in a paragraph of their own."""
        s, r = self.s, self.r
        sents: list[str] = []
        for c in s.congresses:
            if c.form == "resolution":
                sents.append(
                    r.choice(
                        (
                            f"Đây là thời điểm quan trọng để thực hiện thắng lợi Nghị quyết {self.congress(c)}.",
                            f"{_cap(self.w.full)} tiếp tục tập trung lãnh đạo, chỉ đạo thực hiện các mục tiêu, nhiệm vụ mà "
                            f"Nghị quyết {self.congress(c)} đã đề ra.",
                            f"Các chương trình trọng tâm mà Nghị quyết {self.congress(c)} xác định đang được cụ thể hóa bằng "
                            "nhiều đề án, kế hoạch.",
                        )
                    )
                )
            elif c.form == "national":
                sents.append(
                    f"Các cấp ủy đảng tích cực chuẩn bị, hướng tới {self.congress(c)}."
                    if c.ordinal == 14
                    else f"Các cấp ủy đảng tiếp tục quán triệt, thực hiện Nghị quyết {self.congress(c)}."
                )
        for d in s.docs:
            if d is s.subject_doc or s.kind == "hdnd":
                continue
            sents.append(
                r.choice(
                    (
                        f"{_cap(self.w.full)} đã triển khai thực hiện nghiêm túc {self.doc(d)}.",
                        f"Thực hiện {self.doc(d)}, các cấp ủy, chính quyền đã cụ thể hóa bằng các chương trình, kế hoạch.",
                        f"{_cap(self.noun)} cũng quán triệt, triển khai {self.doc(d)}.",
                    )
                )
            )
        if s.kind == "hdnd" and s.docs:
            total = len(s.session.resolutions) if s.session else len(s.docs)
            listed = "; ".join(self.doc(d, issuer=False) for d in s.docs)
            sents.append(f"Kỳ họp đã thảo luận và thông qua {total} nghị quyết, trong đó có {listed}.")
        r.shuffle(sents)
        return " ".join(sents)

    def speech_blocks(self) -> list[str]:
        """Opening, report with results, targets, discussion, speeches, directing speech, closing."""
        s, r = self.s, self.r
        out: list[str] = []
        n = self.noun
        for i in self.with_acts("open"):
            out += self._caption_for(i, f"phát biểu khai mạc {n}")
            m = self.ref(i)
            praise = r.choice(phrases.PRAISE).replace("{O}", self.w.full)
            out.append(r.choice((f"Phát biểu khai mạc, {m} {praise}.", f"{_cap(m)} phát biểu khai mạc {n}.")))
        reporters = self.with_acts("report")
        results = self.achieved_par() if s.achieved else ""
        for k, i in enumerate(reporters):
            out += self._caption_for(i, "trình bày báo cáo tại " + n)
            topic = _REPORT_TOPIC[s.kind]
            if k == 0 and results:
                m = self.ref(i)
                out.append(
                    r.choice(
                        (f"Theo báo cáo do {m} trình bày, {_lower(results)}", f"{_cap(m)} trình bày {topic}. {results}")
                    )
                )
                results = ""
            else:
                out.append(f"{_cap(self.ref(i))} trình bày {topic}.")
        if results:
            out.append(results)
        out += self.planned_par()
        if s.kind == "congress":
            for c in s.congresses:
                if c.form == "delegates":
                    out.append(f"Đại hội đã bầu Đoàn đại biểu dự {self.congress(c)} gồm {r.randint(8, 20)} đồng chí.")
            for i in self.with_acts("elected"):
                out.append(
                    f"Đồng chí {self._tok(i)} được Ban Chấp hành bầu giữ chức Bí thư {self.w.committee} khóa "
                    f"{roman(s.congresses[0].ordinal)}."
                )
        if r.random() < 0.5:
            out.append(r.choice(phrases.DISCUSSION))
        for i in self.with_acts("speak"):
            out += self._caption_for(i, f"phát biểu tại {n}")
            out.append(self._speech(i, f"Phát biểu tại {n}, "))
        for i in self.with_acts("direct"):
            out += self._caption_for(i, f"phát biểu chỉ đạo {n}")
            out.append(self._speech(i, r.choice((f"Phát biểu chỉ đạo {n}, ", f"Phát biểu chỉ đạo tại {n}, "))))
        for i in self.with_acts("award"):
            out.append(f"{_cap(self.ref(i))} trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.")
        if s.sign:
            out.append(
                f"Cũng tại {n}, {self.w.sub} nhận giao chỉ tiêu"
                f"{'' if s.yearless or not s.plan_year else f' năm {s.plan_year}'} và cam kết hoàn thành."
            )
        for i in self.with_acts("close"):
            out += self._caption_for(i, f"kết luận {n}")
            word = r.choice(
                ("Phát biểu kết luận", "Phát biểu bế mạc" if s.kind in ("congress", "hdnd") else "Kết luận")
            )
            out.append(self._speech(i, f"{word} {n}, "))
        return out

    def _caption_for(self, i: int, what: str) -> list[str]:
        c = self.s.cast[i]
        if not c.caption or i in self.captioned:
            return []
        self.captioned.add(i)  # one caption per person
        if i in self.introduced:
            return [f"{_cap(self.ref(i))} {what}."]
        return [_cap(self.full(i, self.r.choice(("before", "comma")))) + f" {what}."]

    def _speech(self, i: int, opener: str) -> str:
        s, r = self.s, self.r
        c = s.cast[i]
        praise = r.choice(phrases.PRAISE).replace("{O}", self.w.full)
        t1, t2, t3 = phrases.tasks(r, 3)
        first = f"{opener}{self.ref(i)} {praise}."
        who = "Đồng chí"
        if c.later and i not in self.by_title_done:
            # One title-only mention per person is enough to test coreference.
            self.by_title_done.add(i)
            self.title_only = True
            who = _cap(self.by_title(c.primary))
        sub = phrases.fill(r.choice(phrases.SUBJECTS), self.w.lvl, self.w.sub, "")
        second = f"{who} {r.choice(phrases.EMPHASIS)} {sub} {t1}; {t2}; {t3}."
        if s.deadline and not self.deadline_done and r.random() < 0.5:
            d, m = s.deadline
            second += f" Các đơn vị hoàn thành kế hoạch cụ thể trước ngày {d}/{m}."
            self.deadline_done = True
        return f"{first} {second}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _lower(s: str) -> str:
    # After "Theo báo cáo ..., " the results go on in the same sentence; only the openers this module
    # writes are lowered, never a name or an abbreviation.
    if s.startswith(("Năm", "Trong năm", "Kết quả", "Qua", "Quý", "Từ", "Giai đoạn", "Tốc độ", "Tăng")):
        return s[0].lower() + s[1:]
    return s


_COUNT_CODES: Final = frozenset({"n_targets", "n_tasks", "met_all", "n_programs", "n_breakthroughs"})

_REPORT_TOPIC: Final[dict[str, str]] = {
    "plan": "báo cáo tình hình thực hiện nhiệm vụ và dự thảo kế hoạch phát triển kinh tế - xã hội",
    "plenum": "báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh",
    "hdnd": "báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh",
    "review": "báo cáo kết quả thực hiện nghị quyết",
    "visit": "báo cáo kết quả thực hiện nhiệm vụ chính trị của địa phương",
    "midterm": "báo cáo tóm tắt sơ kết giữa nhiệm kỳ",
    "congress": "báo cáo chính trị trình đại hội",
}

_ACHIEVED: Final[dict[str, tuple[str, ...]]] = {
    "growth": ("tốc độ tăng giá trị sản xuất {q}{v}%", "tăng trưởng kinh tế {q}{v}%"),
    "budget": ("thu ngân sách nhà nước trên địa bàn {q}{v} tỷ đồng", "tổng thu ngân sách trên địa bàn {q}{v} tỷ đồng"),
    "invest": (
        "huy động vốn đầu tư phát triển toàn xã hội {q}{v} tỷ đồng",
        "tổng vốn đầu tư toàn xã hội {q}{v} tỷ đồng",
    ),
    "ntm_nc": ("có thêm {v} xã đạt chuẩn nông thôn mới nâng cao", "{v} xã được công nhận đạt chuẩn NTM nâng cao"),
    "ntm_km": ("{v} thôn đạt chuẩn NTM kiểu mẫu", "có thêm {v} thôn đạt chuẩn nông thôn mới kiểu mẫu"),
    "ocop": ("có thêm {v} sản phẩm OCOP đạt 3 sao trở lên", "{v} sản phẩm được công nhận OCOP từ 3 sao trở lên"),
    "bhyt": ("tỷ lệ dân số tham gia bảo hiểm y tế {q}{v}%",),
    "poverty": ("tỷ lệ hộ nghèo giảm còn {v}%", "tỷ lệ hộ nghèo còn {v}%"),
    "urban": ("tỷ lệ đô thị hóa {q}{v}%",),
    "forest": ("tỷ lệ che phủ rừng {q}{v}%",),
    "food": ("tổng sản lượng lương thực {q}{v} tấn",),
    "enterprise": ("thành lập mới {v} doanh nghiệp", "có thêm {v} doanh nghiệp thành lập mới"),
    "jobs": ("giải quyết việc làm mới cho {v} lao động",),
    "road": ("tỷ lệ đường giao thông được cứng hóa {q}{v}%",),
}
_TARGET: Final[dict[str, tuple[str, ...]]] = {
    "growth": (
        "tốc độ tăng giá trị sản xuất đạt {v}%",
        "tăng trưởng kinh tế (giá trị sản xuất) {v}%",
        "tốc độ tăng giá trị sản xuất {v}%",
    ),
    "budget": ("thu ngân sách nhà nước trên địa bàn đạt {v} tỷ đồng", "thu ngân sách {v} tỷ đồng"),
    "invest": (
        "huy động vốn đầu tư phát triển toàn xã hội đạt {v} tỷ đồng",
        "tổng vốn đầu tư phát triển toàn xã hội {v} tỷ đồng",
    ),
    "ntm_nc": ("{v} xã đạt chuẩn NTM nâng cao", "có thêm {v} xã đạt chuẩn nông thôn mới nâng cao"),
    "ntm_km": ("{v} thôn đạt chuẩn NTM kiểu mẫu", "xây dựng {v} thôn nông thôn mới kiểu mẫu"),
    "ocop": ("{v} sản phẩm OCOP đạt 3 sao trở lên", "phát triển mới {v} sản phẩm OCOP"),
    "bhyt": ("tỷ lệ dân số tham gia bảo hiểm y tế đạt {v}%", "tỷ lệ bao phủ bảo hiểm y tế {v}%"),
    "poverty": ("tỷ lệ hộ nghèo giảm còn {v}%", "giảm tỷ lệ hộ nghèo xuống còn {v}%"),
    "urban": ("tỷ lệ đô thị hóa {v}%", "tỷ lệ đô thị hóa đạt {v}%"),
    "forest": ("tỷ lệ che phủ rừng đạt {v}%", "duy trì tỷ lệ che phủ rừng {v}%"),
    "food": ("sản lượng lương thực đạt {v} tấn",),
    "enterprise": ("thành lập mới {v} doanh nghiệp",),
    "jobs": ("giải quyết việc làm mới cho {v} lao động",),
    "road": ("tỷ lệ đường giao thông được cứng hóa đạt {v}%", "tỷ lệ cứng hóa đường giao thông {v}%"),
}


def render(story: Story, seed: int) -> Rendered:
    """Render a story with its own random stream, separate from the one that drew the facts, so a
    change of wording never changes the facts of later articles."""
    return Renderer(story, random.Random(f"txt|{seed}|{story.index}")).render()
