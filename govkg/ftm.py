"""A FollowTheMoney entity export (JSON lines): Person, PublicBody, Position, Occupancy, Event, and an
UnknownLink per official and meeting carrying the participation roles.

FtM is what Aleph, OpenSanctions and the journalists' tools around them read. The export is plain
JSON built from the same named queries as the CSV tables; the tests check each entity with the
`followthemoney` package's own model (schema, property names, value types, references).

Why Occupancy carries `date` and not `startDate`/`endDate`: news attests that someone held a post on
a day; it rarely states a tenure. The days seen go in `date`; start and end only when a source says.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from govkg.atomic import write_text
from govkg.exports import TableRow, Tables

ID_BASE = "https://w3id.org/govkg/id/"
_VALID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")
Entity = dict[str, object]


def entity_id(iri: str) -> str:
    """A readable FtM id from a govkg IRI ("govkg.person.pham-tien-dung"); FtM ids allow only ASCII
    letters, digits, '.' and '-', so anything else is replaced and a short hash keeps ids distinct."""
    path = iri.removeprefix(ID_BASE)
    readable = "govkg." + path.replace("/", ".")
    if _VALID.match(readable) and len(readable) <= 200:
        return readable
    cleaned = re.sub(r"[^0-9a-zA-Z.\-]+", "-", readable).strip(".-")[:180]
    return f"{cleaned}-{hashlib.sha1(iri.encode()).hexdigest()[:10]}"


def _entity(schema: str, iri: str, **props: list[str]) -> Entity:
    properties = {k: sorted(set(v)) for k, v in props.items() if v}
    properties["sourceUrl"] = [iri]
    return {"id": entity_id(iri), "schema": schema, "properties": properties}


def _some(*values: object) -> list[str]:
    return [str(v) for v in values if v]


def entities(t: Tables) -> Iterator[Entity]:
    organs = {str(o["organ"]) for o in t.organs}
    posts_of: dict[str, set[str]] = defaultdict(set)
    for h in t.holdings:
        posts_of[str(h["person"])].add(str(h["postLabel"]))
    for o in t.organs:
        parent = str(o["parentOrgan"]) if o["parentOrgan"] in organs else None
        yield _entity(
            "PublicBody",
            str(o["organ"]),
            name=_some(o["label"]),
            classification=_some(o["kind"]),
            address=_some(o["areaLabel"]),
            country=["vn"],
            parent=[entity_id(parent)] if parent else [],
        )
    for p in t.officials:
        alternates = [a.strip() for a in str(p["alternateNames"] or "").split("|") if a.strip()]
        yield _entity(
            "Person",
            str(p["person"]),
            name=_some(p["name"]),
            alias=alternates,
            position=sorted(posts_of[str(p["person"])]),
            country=["vn"],
        )
    yield from _positions(t.holdings, organs)
    yield from _events(t.meetings, t.participations, organs)


def _positions(holdings: list[TableRow], organs: set[str]) -> Iterator[Entity]:
    seen: set[str] = set()
    for h in holdings:
        post = str(h["post"])
        if post not in seen:
            seen.add(post)
            yield _entity(
                "Position",
                post,
                name=_some(h["postLabel"]),
                organization=[entity_id(str(h["organ"]))] if h["organ"] in organs else [],
                subnationalArea=_some(h["areaLabel"]),
                country=["vn"],
            )
        yield _entity(
            "Occupancy",
            str(h["holding"] or f"{h['person']}#{post}"),
            holder=[entity_id(str(h["person"]))],
            post=[entity_id(post)],
            date=_some(h["firstSeen"], h["lastSeen"]),
            startDate=_some(h["startDate"]),
            endDate=_some(h["endDate"]),
            description=[f"seen in this post on {h['daysSeen']} day(s)"] if h["firstSeen"] else [],
        )


def _events(meetings: list[TableRow], participations: list[TableRow], organs: set[str]) -> Iterator[Entity]:
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in participations:
        roles[(str(p["person"]), str(p["meeting"]))].add(str(p["roleCode"]))
    involved: dict[str, set[str]] = defaultdict(set)
    for person, meeting in roles:
        involved[meeting].add(entity_id(person))
    done: set[str] = set()
    for m in meetings:
        iri = str(m["meeting"])
        if iri in done:  # one row per meeting and unit/organiser: the first is enough
            continue
        done.add(iri)
        yield _entity(
            "Event",
            iri,
            name=_some(m["name"] or m["kind"]),
            startDate=_some(m["date"]),
            summary=_some(m["kind"]),
            location=_some(m["areaLabel"]),
            organizer=[entity_id(str(m["organizer"]))] if m["organizer"] in organs else [],
            involved=sorted(involved[iri]),
            country=["vn"],
        )
    for (person, meeting), rs in sorted(roles.items()):
        yield _entity(
            "UnknownLink",
            f"{meeting}#{person}",
            subject=[entity_id(person)],
            object=[entity_id(meeting)],
            role=sorted(rs),
        )


def write_ftm(t: Tables, path: Path) -> int:
    """Write the entities as JSON lines; returns how many."""
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entities(t)]
    write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)
