"""Projections of the knowledge graph into networkx graphs, one function per projection.

Each projection is one named query in queries/ (network-*.rq) read through the Backend protocol, so
it gives the same graph on the embedded store and on a SPARQL endpoint. The filters (time window,
unit, role) are query parameters: they run in SPARQL, where they cut the rows the store produces,
instead of trimming a whole-graph projection afterwards in Python.

Nodes are keyed by IRI and carry a `kind` ("official", "meeting", "post", "organ", "unit",
"document") and a human `label`; attribute values are strings or integers, never None, so every
graph can be written to GraphML and GEXF as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from govkg.backend import Backend
from govkg.lazy import networkx as nx
from govkg.queries import read_query, run_query
from govkg.store import Row

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@cache
def _sparql(name: str) -> str:
    return read_query(QUERIES / f"{name}.rq").text


def select(backend: Backend, query: str, **params: str | None) -> tuple[list[str], list[Row]]:
    """Columns and rows of a named query, with the parameters that were given (None: not filtered)."""
    return run_query(backend, _sparql(query), {k: v for k, v in params.items() if v})


def rows(backend: Backend, query: str, **params: str | None) -> list[Row]:
    return select(backend, query, **params)[1]


def _attrs(**values: str | int | None) -> dict[str, str | int]:
    """Attributes without the missing ones: GraphML and GEXF have no null."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def _add_node(g: nx.Graph, node: str | None, **values: str | int | None) -> None:
    if node is not None and node not in g:
        g.add_node(node, **_attrs(**values))


def _add_meeting(g: nx.Graph, r: Row, **extra: int) -> None:
    """A meeting node from a row of the network queries (meeting, meetingName, date, area, areaLabel)."""
    _add_node(
        g,
        r["meeting"],
        kind="meeting",
        label=r["meetingName"],
        date=r["date"],
        unit=r["area"],
        unit_label=r["areaLabel"],
        **extra,
    )


def _joined(values: set[str]) -> str:
    """A set of values as one string ("attend|chair"): GraphML and GEXF attributes are scalars."""
    return "|".join(sorted(values))


def official_meetings(
    backend: Backend,
    *,
    since: str | None = None,
    until: str | None = None,
    unit: str | None = None,
    role: str | None = None,
) -> nx.Graph:
    """Officials × meetings (bipartite: officials 0, meetings 1). An edge's `role` joins every role the
    official had at that meeting ("attend|chair"), `capacity` the posts they acted in."""
    g = nx.Graph(name="officials × meetings")
    roles: dict[tuple[str, str], set[str]] = {}
    capacities: dict[tuple[str, str], set[str]] = {}
    for r in rows(backend, "network-official-meetings", **{"from": since, "to": until, "unit": unit, "role": role}):
        person, meeting = str(r["person"]), str(r["meeting"])
        _add_node(g, person, kind="official", label=r["official"], bipartite=0)
        _add_meeting(g, r, bipartite=1)
        roles.setdefault((person, meeting), set()).add(str(r["roleCode"]))
        if r["capacity"]:
            capacities.setdefault((person, meeting), set()).add(r["capacity"])
    for (person, meeting), rs in roles.items():
        g.add_edge(
            person, meeting, **_attrs(role=_joined(rs), capacity=_joined(capacities.get((person, meeting), set())))
        )
    return g


def co_attendance(
    backend: Backend,
    *,
    since: str | None = None,
    until: str | None = None,
    unit: str | None = None,
    role: str | None = None,
) -> nx.Graph:
    """Officials linked when they took part in the same meeting; `weight` is the number of shared
    meetings, `first`/`last` the first and last shared day, `dates` every shared day."""
    g = nx.Graph(name="co-attendance")
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    days: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows(backend, "network-co-attendance", **{"from": since, "to": until, "unit": unit, "role": role}):
        _add_node(g, r["x"], kind="official", label=r["a"])
        _add_node(g, r["y"], kind="official", label=r["b"])
        pair = (str(r["x"]), str(r["y"]))
        shared[pair].add(str(r["meeting"]))
        if r["date"]:
            days[pair].add(r["date"])
    for (x, y), meetings in shared.items():
        d = sorted(days[(x, y)])
        g.add_edge(
            x,
            y,
            **_attrs(weight=len(meetings), first=d[0] if d else None, last=d[-1] if d else None, dates=" ".join(d)),
        )
    return g


def holdings(
    backend: Backend,
    *,
    since: str | None = None,
    until: str | None = None,
    unit: str | None = None,
    role: str | None = None,
) -> list[dict[str, str | int | None]]:
    """One row per official and post, with the first and last day seen and the number of days.

    The query gives a row per day seen; the days are folded here because MIN/MAX over a group that
    mixes days and missing days give nothing at all on some stores."""
    held: dict[tuple[str, str], dict[str, str | int | None]] = {}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows(backend, "network-careers", **{"from": since, "to": until, "unit": unit, "role": role}):
        key = (str(r["person"]), str(r["post"]))
        row = held.setdefault(key, {k: v for k, v in r.items() if k not in ("seen", "startDate", "endDate")})
        if r["seen"]:
            seen[key].add(r["seen"])
        # A stated tenure: the earliest start and the latest end any source gives.
        if r["startDate"] and (not row.get("startDate") or r["startDate"] < str(row["startDate"])):
            row["startDate"] = r["startDate"]
        if r["endDate"] and (not row.get("endDate") or r["endDate"] > str(row["endDate"])):
            row["endDate"] = r["endDate"]
    for key, row in held.items():
        days = sorted(seen[key])
        row.update(firstSeen=days[0] if days else None, lastSeen=days[-1] if days else None, daysSeen=len(days))
        row.setdefault("startDate", None)
        row.setdefault("endDate", None)
    return sorted(held.values(), key=lambda r: (str(r["official"]), str(r["firstSeen"] or "~"), str(r["postLabel"])))


def careers(
    backend: Backend,
    *,
    since: str | None = None,
    until: str | None = None,
    unit: str | None = None,
    role: str | None = None,
) -> nx.DiGraph:
    """Career paths: official → post (`first_seen`, `last_seen`, `days_seen` of the holding) → organ →
    unit. `role` filters on the post's role code (bi-thu, chu-tich, …), not a meeting role; with a
    time window, first and last seen are taken within it."""
    g = nx.DiGraph(name="careers")
    for r in holdings(backend, since=since, until=until, unit=unit, role=role):
        person, post, organ, area = (str(r[k]) if r[k] else None for k in ("person", "post", "organ", "area"))
        assert person and post and organ  # the query requires them
        _add_node(g, person, kind="official", label=r["official"])
        _add_node(g, post, kind="post", label=r["postLabel"], role=r["roleCode"])
        _add_node(g, organ, kind="organ", label=r["organLabel"])
        g.add_edge(
            person,
            post,
            **_attrs(
                relation="held",
                first_seen=r["firstSeen"],
                last_seen=r["lastSeen"],
                days_seen=r["daysSeen"],
                start_date=r["startDate"],
                end_date=r["endDate"],
            ),
        )
        g.add_edge(post, organ, relation="post-in")
        if area:
            _add_node(g, area, kind="unit", label=r["areaLabel"])
            g.add_edge(organ, area, relation="jurisdiction")
    return g


def resolution_cascade(
    backend: Backend,
    *,
    since: str | None = None,
    until: str | None = None,
    unit: str | None = None,
    doc_type: str | None = None,
) -> nx.DiGraph:
    """How a document travels: issuing unit → document → implementing meeting → the meeting's unit.
    The time window and the unit filter apply to the implementing meetings."""
    g = nx.DiGraph(name="resolution cascade")
    for r in rows(
        backend, "network-resolution-cascade", **{"from": since, "to": until, "unit": unit, "type": doc_type}
    ):
        _add_node(g, r["doc"], kind="document", label=r["number"], doc_type=r["docType"], issuer=r["issuerLabel"])
        _add_meeting(g, r)
        g.add_edge(r["doc"], r["meeting"], **_attrs(relation="implemented-by", date=r["date"]))
        if r["issuerArea"]:
            _add_node(g, r["issuerArea"], kind="unit", label=r["issuerAreaLabel"])
            g.add_edge(r["issuerArea"], r["doc"], **_attrs(relation="issued", issuer=r["issuerLabel"]))
        if r["area"]:
            _add_node(g, r["area"], kind="unit", label=r["areaLabel"])
            g.add_edge(r["meeting"], r["area"], relation="held-in")
    return g


Projection = Callable[..., "nx.Graph"]  # a string: naming nx.Graph here would import networkx

# The CLI's names for the projections; each takes since/until/unit and its own third filter.
PROJECTIONS: dict[str, Projection] = {
    "meetings": official_meetings,
    "co-attendance": co_attendance,
    "careers": careers,
    "cascade": resolution_cascade,
}
