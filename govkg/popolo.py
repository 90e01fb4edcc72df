"""A Popolo JSON export: persons, organizations, areas, posts, memberships and events.

Popolo (popoloproject.com) is what civic-tech tools for people in office read (EveryPolitician's
tooling, Pupa/Open Civic Data, django-popolo). Ids are the graph's IRIs, so every record leads back
to the graph. No registry publishes the Popolo JSON Schemas, so schemas/popolo.json is ours, written
from the published spec's fields; the tests validate the export against it.

Two extensions the spec has no field for, named as such in the schema: a membership's `first_seen`,
`last_seen` and `days_seen` (news attests a holding on a day; Popolo's start_date/end_date mean a
stated tenure and are set only when a source states one), and an event's `participants` with their
participation roles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from govkg.atomic import write_text
from govkg.exports import TableRow, Tables

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "popolo.json"
Record = dict[str, object]


def _record(**values: object) -> Record:
    """A Popolo record without empty fields (the spec's fields are optional, not nullable)."""
    return {k: v for k, v in values.items() if v not in (None, "", [])}


def _sources(*iris: object) -> list[dict[str, str]]:
    return [{"url": str(i)} for i in dict.fromkeys(iris) if i]


def popolo(t: Tables) -> dict[str, list[Record]]:
    organs = {str(o["organ"]) for o in t.organs}
    units = {str(u["area"]) for u in t.units}
    return {
        "persons": [
            _record(
                id=p["person"],
                name=p["name"],
                other_names=[{"name": a.strip()} for a in str(p["alternateNames"] or "").split("|") if a.strip()],
                sources=_sources(p["person"]),
            )
            for p in t.officials
        ],
        "organizations": [
            _record(
                id=o["organ"],
                name=o["label"],
                classification=o["kind"],
                area_id=o["area"] if o["area"] in units else None,
                parent_id=o["parentOrgan"] if o["parentOrgan"] in organs else None,
                sources=_sources(o["organ"]),
            )
            for o in t.organs
        ],
        "areas": [
            _record(
                id=u["area"],
                name=u["label"],
                classification=u["kind"],
                identifiers=[{"scheme": "gso", "identifier": u["gsoCode"]}] if u["gsoCode"] else [],
                parent_id=u["within"] if u["within"] in units else None,
            )
            for u in t.units
        ],
        "posts": _posts(t.holdings, organs, units),
        "memberships": [_membership(h, organs) for h in t.holdings],
        "events": _events(t.meetings, t.participations, organs),
    }


def _posts(holdings: list[TableRow], organs: set[str], units: set[str]) -> list[Record]:
    posts: dict[str, Record] = {}
    for h in holdings:
        posts.setdefault(
            str(h["post"]),
            _record(
                id=h["post"],
                label=h["postLabel"],
                role=h["roleCode"],
                organization_id=h["organ"] if h["organ"] in organs else None,
                area_id=h["area"] if h["area"] in units else None,
                sources=_sources(h["post"]),
            ),
        )
    return list(posts.values())


def _membership(h: TableRow, organs: set[str]) -> Record:
    return _record(
        id=h["holding"] or f"{h['person']}#{h['post']}",
        label=h["postLabel"],
        role=h["roleCode"],
        person_id=h["person"],
        post_id=h["post"],
        organization_id=h["organ"] if h["organ"] in organs else None,
        start_date=h["startDate"],
        end_date=h["endDate"],
        first_seen=h["firstSeen"],
        last_seen=h["lastSeen"],
        days_seen=int(h["daysSeen"] or 0) or None,
        sources=_sources(h["holding"]),
    )


def _events(meetings: list[TableRow], participations: list[TableRow], organs: set[str]) -> list[Record]:
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in participations:
        roles[str(p["meeting"])][str(p["person"])].add(str(p["roleCode"]))
    events: dict[str, Record] = {}
    for m in meetings:
        iri = str(m["meeting"])
        events.setdefault(
            iri,
            _record(
                id=iri,
                name=m["name"] or m["kind"],
                classification=m["kind"],
                start_date=m["date"],
                location=m["areaLabel"],
                organization_id=m["organizer"] if m["organizer"] in organs else None,
                participants=[{"person_id": p, "roles": sorted(rs)} for p, rs in sorted(roles[iri].items())],
                sources=_sources(iri, f"https://w3id.org/govkg/id/article/{m['article']}" if m["article"] else None),
            ),
        )
    return list(events.values())


def write_popolo(t: Tables, path: Path) -> dict[str, int]:
    """Write the Popolo document; returns the number of records of each kind."""
    doc = popolo(t)
    write_text(path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return {k: len(v) for k, v in doc.items()}
