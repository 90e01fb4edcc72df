"""`govkg facts`: each article's facts in the shape of the gold files, read back from the graph.

Everything here is SPARQL over the article's named graph, so the export shows what the graph says
(and works the same on any store), not what the extractors held in memory.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from govkg.backend import Backend, Within
from govkg.queries import PREFIXES, Param, bind
from govkg.store import Row
from loaders import iri
from loaders.model import SPEECH_ROLES

OFFICIALS = (
    PREFIXES
    + """
SELECT ?person ?name ?title ?unit ?ended ?seen WHERE {
  GRAPH ?g {
    ?person a gov:Official ; schema:name ?name .
    OPTIONAL {
      ?h org:member ?person ; gov:post ?post .
      ?post gov:genericTitle ?title ; org:postIn ?organ .
      ?organ gov:jurisdiction ?u .
      ?u rdfs:label ?unit .
      # A post the article gives only as a former one ("nguyên Chủ tịch UBND xã") has an end and no sighting.
      # (OPTIONALs, not EXISTS in a BIND, which Virtuoso does not take.)
      OPTIONAL { ?h gov:endedBefore ?ended }
      OPTIONAL { ?h gov:attestedOn ?seen }
    }
  }
} ORDER BY ?name ?title
"""
)

EVENTS = (
    PREFIXES
    + """
SELECT ?event ?kind ?date ?role ?name WHERE {
  GRAPH ?g {
    ?event gov:reportedIn ?article ; schema:name ?kind .
    OPTIONAL { ?event gov:eventDate ?date }
    OPTIONAL {
      ?p gov:inMeeting ?event ; gov:participationRole ?role ; gov:participant ?person .
      ?person schema:name ?name .
    }
  }
} ORDER BY ?event ?role ?name
"""
)

CONGRESSES = (
    PREFIXES
    + """
SELECT ?ordinal ?roman ?party ?start ?end WHERE {
  GRAPH ?g {
    ?c a gov:PartyCongress ; gov:ordinal ?ordinal ; gov:romanNumeral ?roman ; gov:congressOf ?org .
    ?org rdfs:label ?party .
    OPTIONAL { ?c gov:elects ?t . ?t gov:startYear ?start ; gov:endYear ?end }
  }
} ORDER BY ?party ?ordinal
"""
)

RESOLUTIONS = (
    PREFIXES
    + """
SELECT ?number ?issuer ?type WHERE {
  GRAPH ?g {
    ?d eli:id_local ?number ; gov:documentType ?type .
    OPTIONAL { ?d eli:passed_by ?o . ?o rdfs:label ?issuer }
  }
} ORDER BY ?number
"""
)

TARGETS = (
    PREFIXES
    + """
SELECT ?obs ?indicator ?value ?unit ?year ?start ?end ?area ?type WHERE {
  GRAPH ?g {
    ?obs gov:indicatorText ?indicator ; gov:value ?value ; gov:unitText ?unit ; gov:valueType ?type ;
         sdmx-dimension:refArea ?a .
    ?a rdfs:label ?area .
    OPTIONAL { ?obs sdmx-dimension:refPeriod ?year }
    OPTIONAL { ?obs gov:periodStart ?start ; gov:periodEnd ?end }
  }
} ORDER BY ?obs
"""
)


_GRAPH = {"g": Param("g", "iri", "the article's named graph")}


def _rows(backend: Backend, query: str, stem: str) -> list[Row]:
    # Scoped like a named query about one article: the embedded store reads only that graph. Bound
    # by VALUES alone, Oxigraph evaluated `GRAPH ?g` over every graph before the join, so `govkg facts`
    # grew with the square of the corpus (2,031 articles took 7 minutes).
    graph = iri.article_graph(stem)
    return backend.select(bind(query, {"g": graph.value}, _GRAPH), Within(graph=graph))[1]


def article_facts(backend: Backend, stem: str) -> dict[str, Any]:
    """One article's facts: officials, events, congresses, resolutions, targets."""
    events = _rows(backend, EVENTS, stem)
    return {
        "article": stem,
        "officials": _officials(_rows(backend, OFFICIALS, stem), _voters(events)),
        "events": _events(events),
        "congresses": [
            {
                "ordinal": r["roman"],
                "party_org": r["party"],
                "term": f"{r['start']}-{r['end']}" if r["start"] and r["end"] else None,
            }
            for r in _rows(backend, CONGRESSES, stem)
        ],
        **_documents(_rows(backend, RESOLUTIONS, stem)),
        "targets": [_target(r) for r in _rows(backend, TARGETS, stem)],
    }


def _documents(rows: list[Row]) -> dict[str, list[dict[str, Any]]]:
    """Numbered resolutions (NQ), and apart from them the plans, decisions and directives the article
    cites, as the gold keeps them ("other_documents")."""
    docs: dict[str, list[dict[str, Any]]] = {"resolutions": [], "other_documents": []}
    for r in rows:
        entry = {"number": r["number"], "issuer": r["issuer"]}
        if r["type"] == "NQ":
            docs["resolutions"].append(entry)
        else:
            docs["other_documents"].append({**entry, "type": r["type"]})
    return docs


def _role_code(row: Row) -> str:
    """The notation of a participation's role concept: ".../participation/chair" → "chair"."""
    return str(row["role"]).rsplit("/", 1)[-1]


def _voters(event_rows: list[Row]) -> set[str]:
    """The names whose only part in the article's meetings is a voter's petition."""
    roles: dict[str, set[str]] = defaultdict(set)
    for r in event_rows:
        if r["role"] and r["name"]:
            roles[r["name"]].add(_role_code(r))
    return {name for name, codes in roles.items() if codes == {"voter-petition"}}


def _officials(rows: list[Row], voters: set[str]) -> list[dict[str, Any]]:
    """The persons with their posts, held or former ("nguyên X"); a voter with no post is no official."""
    people: dict[str, dict[str, Any]] = {}
    for r in rows:
        person = people.setdefault(str(r["person"]), {"name": r["name"], "titles": [], "unit": None})
        if not r["title"]:
            continue
        former = bool(r["ended"]) and not r["seen"]
        title = f"nguyên {r['title']}" if former else r["title"]
        if title not in person["titles"]:
            person["titles"].append(title)
            # The unit of a person's most local post held: "huyện Thọ Xuân" over "tỉnh Thanh Hóa".
            if not former and (person["unit"] is None or str(person["unit"]).startswith("tỉnh")):
                person["unit"] = r["unit"]
    return [p for p in people.values() if p["titles"] or p["name"] not in voters]


def _events(rows: list[Row]) -> list[dict[str, Any]]:
    events: dict[str, dict[str, Any]] = {}
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    led: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        events.setdefault(str(r["event"]), {"kind": r["kind"], "date": r["date"]})
        if r["role"] and r["name"]:
            code = _role_code(r)
            if code == "lead-delegation":
                led[str(r["event"])].append(str(r["name"]))
                continue
            key = (
                "chaired_by"
                if code == "chair"
                else "attended_by"
                if code == "attend"
                else "spoke"
                if code in SPEECH_ROLES
                else None
            )
            if key and r["name"] not in roles[str(r["event"])][key]:
                roles[str(r["event"])][key].append(str(r["name"]))
    for event, leaders in led.items():
        # A delegation's head is there; one who also chairs the working session is given as its chair only.
        attended = roles[event]["attended_by"]
        attended += [n for n in leaders if n not in attended and n not in roles[event]["chaired_by"]]
    out = []
    for event, e in events.items():
        out.append({**e, **{k: roles[event].get(k, []) for k in ("chaired_by", "attended_by", "spoke")}})
    return out


def _target(r: Row) -> dict[str, Any]:
    kind = "target" if str(r["type"]).endswith("/target") else "achieved"
    out: dict[str, Any] = {
        "indicator": r["indicator"],
        "value": float(str(r["value"])),
        "unit": r["unit"],
        "year": int(str(r["year"])) if r["year"] else None,
        "unit_of_government": r["area"],
        "kind": kind,
    }
    if r["start"] and r["end"]:
        out["period"] = f"{r['start']}-{r['end']}"
    return out
