"""The gold record of one synthetic article, in the shape of the hand-written gold files.

Built from the Story (the facts) and what the renderer reports it wrote (surface details such as the
date expression, the misspelling actually used, values as written). score.py reads only officials,
events, congresses, resolutions and targets; the rest documents the article for a human reader.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .render import Rendered
from .story import ATTEND_ACTS, CHAIR_ACTS, NATIONAL_PARTY, SPEAK_ACTS, Story
from .titles import gold_title
from .vn import roman
from .world import year_month

GENERATOR = "bench.synthetic"
# A document's subject can cite the national congress ("… tiến tới Đại hội đại biểu toàn quốc lần thứ
# XIV của Đảng"). Where the article writes the subject out, that congress is cited, as a congress
# named in "Nghị quyết Đại hội …" is in the hand-written gold.
_NATIONAL_IN_SUBJECT = re.compile(r"Đại hội đại biểu toàn quốc lần thứ ([IVXLC]+) của Đảng")
# One encoder for every leaf: json.dumps with non-default options builds a new encoder per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def gold(story: Story, out: Rendered, seed: int) -> dict[str, Any]:
    s = story
    officials: list[dict[str, Any]] = []
    chaired: list[str] = []
    attended: list[str] = []
    spoke: list[str] = []
    roles: dict[str, str] = {}
    for c in s.cast:
        o: dict[str, Any] = {"name": c.person.name, "titles": [gold_title(t) for t in c.titles], "unit": c.unit.full}
        if c.variant and out.variant_used:
            o["variants_in_text"] = [c.variant]
        officials.append(o)
        acts = set(c.acts)
        if acts & CHAIR_ACTS:
            chaired.append(c.person.name)
        if acts & ATTEND_ACTS:
            attended.append(c.person.name)
        if acts & SPEAK_ACTS:
            spoke.append(c.person.name)
        roles[c.person.name] = "; ".join(_ACT_WORDS[a] for a in c.acts)

    congresses: dict[tuple[str, str], dict[str, Any]] = {}  # by Roman numeral and party organisation
    for ref in s.congresses:
        entry = congresses.setdefault(
            (roman(ref.ordinal), ref.org), {"ordinal": roman(ref.ordinal), "party_org": ref.org, "term": None}
        )
        # One congress cited twice (khóa XXVII here, lần thứ XXVII there): its term counts if any
        # citation states it.
        if ref.term:
            entry["term"] = ref.term

    for d in s.docs:
        cited = _NATIONAL_IN_SUBJECT.search(d.res.subject) if d.with_subject else None
        if cited:
            numeral = cited.group(1)
            congresses.setdefault(
                (numeral, NATIONAL_PARTY), {"ordinal": numeral, "party_org": NATIONAL_PARTY, "term": None}
            )

    # Numbered resolutions; directives and conclusions apart, as the seed gold keeps a plan apart.
    resolutions: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    seen: set[str] = set()
    for d in s.docs:
        if d.res.number in seen:
            continue
        seen.add(d.res.number)
        entry = {"number": d.res.number, "issuer": d.res.issuer_full, "subject": d.res.subject}
        if d.res.doc == "Nghị quyết":
            resolutions.append(entry)
        else:
            others.append({**entry, "type": d.res.doc})

    targets: list[dict[str, Any]] = []
    for t in [*s.achieved, *s.planned]:
        as_written, unit = out.surface.get(id(t), (t.value.text(), t.unit))
        row: dict[str, Any] = {
            "indicator": t.label,
            "value": t.value.json(),
            "unit": unit,
            "year": t.year,
            "unit_of_government": t.gov.full,
            "kind": t.kind,
        }
        if t.period:
            row["period"] = t.period
        if t.qualifier:
            row["qualifier"] = t.qualifier
        if t.rank:
            row["rank_in_province"] = t.rank
        if t.out_of:
            row["out_of"] = t.out_of
        if t.share:
            row["share_pct"] = t.share.json()
        if as_written != t.value.text():
            row["as_written"] = as_written
        targets.append(row)

    year, month = year_month(s.pub)
    event = {
        "kind": _KIND_LABEL[s.kind],
        "date": s.gold_date(),
        "chaired_by": chaired,
        "attended_by": attended,
        "spoke": spoke,
        "organizer": out.organiser,
        "date_text": out.date_text,
        "roles_detail": roles,
    }
    return {
        "id": s.stem,
        "generator": {"name": GENERATOR, "seed": seed, "index": s.index, "template": s.kind},
        "title": out.title,
        "article_date": f"{year:04d}-{month:02d}" if s.date_line else None,
        "district": s.unit.full if s.unit.level == "district" else None,
        "former_district": s.district.full if s.unit.level == "commune" and s.district else None,
        "subject_unit": s.unit.full,
        "province": s.province.full,
        "officials": officials,
        "events": [event],
        "congresses": list(congresses.values()),
        "resolutions": resolutions,
        "other_documents": others,
        "targets": targets,
        "notes": _notes(s, out),
    }


def dumps(record: dict[str, Any]) -> str:
    """JSON laid out for reading: one top-level key per line and one list item (an official, a target)
    per line. Leaves go through the C encoder; the pure-Python indenting encoder would cost more than
    drawing and writing the article together."""
    lines = []
    for key, value in record.items():
        head = f" {_ENCODE(key)}: "
        if isinstance(value, list) and value:
            items = ",\n".join("  " + _ENCODE(v) for v in value)
            lines.append(f"{head}[\n{items}\n ]")
        else:
            lines.append(head + _ENCODE(value))
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _notes(s: Story, out: Rendered) -> list[str]:
    notes = []
    if s.yearless:
        notes.append("No date line and no year anywhere in the text: the event date is null.")
    elif s.date_line and not s.year_in_date and year_month(s.pub)[0] != s.year:
        notes.append("Year rollover: the event month is later than the date line's month, so the previous year.")
    elif s.date_line and not s.year_in_date:
        notes.append("Year of the event from the date line.")
    elif s.lead_year:
        notes.append("Year of the event from the lead sentence.")
    if out.variant_used:
        notes.append("One later mention misspells a name (see variants_in_text): still one person.")
    if out.title_only:
        notes.append("Some mentions name only a title: they add no person.")
    if out.style != "new":
        notes.append(f"Tone marks: {out.style} style outside names.")
    if s.awards != (0, 0) or s.online_points or s.delegates != (0, 0):
        notes.append("Counts of awards, connection points and delegates are not targets.")
    return notes


_ACT_WORDS = {
    "chair": "chủ trì",
    "cochair": "đồng chủ trì",
    "preside": "chủ tọa",
    "attend": "dự",
    "attend_chair": "dự và chủ trì",
    "attend_direct": "dự và chỉ đạo",
    "open": "phát biểu khai mạc",
    "report": "trình bày báo cáo",
    "direct": "phát biểu chỉ đạo",
    "speak": "phát biểu",
    "close": "phát biểu kết luận",
    "award": "trao Giấy khen",
    "elected": "được bầu",
}
_KIND_LABEL = {
    "plan": "hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội",
    "plenum": "hội nghị Ban Chấp hành Đảng bộ",
    "hdnd": "kỳ họp HĐND",
    "review": "hội nghị sơ kết, quán triệt nghị quyết",
    "visit": "buổi làm việc của đoàn công tác tỉnh",
    "midterm": "hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ",
    "congress": "đại hội đại biểu Đảng bộ",
}
