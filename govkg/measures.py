"""What a researcher measures on the projections, each as a table (a list of flat rows).

The functions take the networkx graphs of govkg.networks, never the store, so a measure is the same
whatever backend the graph came from. Rows are dicts of str/int/float, ready for CSV or JSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from govkg.lazy import networkx as nx

Table = list[dict[str, str | int | float]]

SEED = 20250107  # Louvain and sampled betweenness are randomised: a fixed seed makes tables repeatable.


def _label(g: nx.Graph, node: str) -> str:
    return str(g.nodes[node].get("label", node))


def centrality(g: nx.Graph, sample: int | None = None, seed: int = SEED) -> Table:
    """Degree, weighted degree, degree centrality and betweenness of every node.

    Betweenness treats a heavier edge as a shorter path (distance = 1/weight): officials who share
    many meetings are closer. `sample` estimates it from that many source nodes, for large graphs."""
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    distance = {(u, v): 1.0 / float(d.get("weight", 1) or 1) for u, v, d in und.edges(data=True)}
    h = nx.Graph(und)
    nx.set_edge_attributes(h, distance, "distance")
    k = sample if sample and sample < h.number_of_nodes() else None
    between = nx.betweenness_centrality(h, k=k, weight="distance", seed=seed if k else None)
    degree_c = nx.degree_centrality(h)
    rows: Table = [
        {
            "node": n,
            "label": _label(g, n),
            "kind": str(g.nodes[n].get("kind", "")),
            "degree": int(h.degree(n)),
            "weighted_degree": int(h.degree(n, weight="weight")),
            "degree_centrality": round(float(degree_c[n]), 6),
            "betweenness": round(float(between[n]), 6),
        }
        for n in h.nodes
    ]
    rows.sort(key=lambda r: (-float(r["betweenness"]), -int(r["degree"]), str(r["label"]), str(r["node"])))
    return rows


def communities(g: nx.Graph, seed: int = SEED, resolution: float = 1.0) -> Table:
    """Louvain communities (fixed seed), numbered from the largest; one row per node."""
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    found = nx.community.louvain_communities(und, weight="weight", resolution=resolution, seed=seed)
    # Number them by size, then by their smallest member, so the numbering does not depend on set order.
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return [
        {
            "community": i,
            "size": len(members),
            "node": n,
            "label": _label(g, n),
            "kind": str(g.nodes[n].get("kind", "")),
        }
        for i, members in enumerate(ordered)
        for n in members
    ]


def bridges(meetings: nx.Graph, careers: nx.DiGraph | None = None) -> Table:
    """Officials who connect units: seen at meetings of, or holding posts in, two or more units."""
    meeting_units: dict[str, set[str]] = defaultdict(set)
    post_units: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for person, data in meetings.nodes(data=True):
        if data.get("kind") != "official":
            continue
        labels[person] = str(data.get("label", person))
        for m in meetings[person]:
            if meetings.nodes[m].get("unit_label"):
                meeting_units[person].add(str(meetings.nodes[m]["unit_label"]))
    for person, data in careers.nodes(data=True) if careers is not None else []:
        if data.get("kind") != "official" or careers is None:
            continue
        labels[person] = str(data.get("label", person))
        for post in careers.successors(person):
            for organ in careers.successors(post):
                post_units[person].update(str(careers.nodes[u].get("label", u)) for u in careers.successors(organ))
    rows: Table = []
    for person, label in labels.items():
        units = meeting_units[person] | post_units[person]
        if len(units) > 1:
            rows.append(
                {
                    "official": label,
                    "person": person,
                    "units": len(units),
                    "all_units": " | ".join(sorted(units)),
                    "meeting_units": " | ".join(sorted(meeting_units[person])),
                    "post_units": " | ".join(sorted(post_units[person])),
                }
            )
    rows.sort(key=lambda r: (-int(r["units"]), str(r["official"]), str(r["person"])))
    return rows


def timelines(careers: nx.DiGraph, official: str | None = None) -> Table:
    """Each official's posts in the order they were first seen (then last seen), with the days seen.

    `official` is a name (schema:name) or an IRI; None gives every official."""
    rows: Table = []
    people = [n for n, d in careers.nodes(data=True) if d.get("kind") == "official"]
    if official:
        people = [n for n in people if official in (n, careers.nodes[n].get("label"))]
    for person in sorted(people, key=lambda n: (_label(careers, n), n)):
        held = []
        for post in careers.successors(person):
            e = careers.edges[person, post]
            organ = next(iter(careers.successors(post)), None)
            unit = next(iter(careers.successors(organ)), None) if organ else None
            held.append(
                (
                    str(e.get("first_seen", "9999")),
                    str(e.get("last_seen", "9999")),
                    _label(careers, post),
                    post,
                    organ,
                    unit,
                    e,
                )
            )
        for step, (_, _, post_label, post, organ, unit, e) in enumerate(sorted(held), start=1):
            rows.append(
                {
                    "official": _label(careers, person),
                    "person": person,
                    "step": step,
                    "post": post_label,
                    "role": str(careers.nodes[post].get("role", "")),
                    "organ": _label(careers, organ) if organ else "",
                    "unit": _label(careers, unit) if unit else "",
                    "first_seen": str(e.get("first_seen", "")),
                    "last_seen": str(e.get("last_seen", "")),
                    "days_seen": int(e.get("days_seen", 0)),
                    "start_date": str(e.get("start_date", "")),
                    "end_date": str(e.get("end_date", "")),
                }
            )
    return rows


def _period(date: str, by: str) -> str:
    if not date:
        return "undated"
    return date[:4] if by == "year" else "all"


def top_chairs(meetings: nx.Graph, by: str = "year") -> Table:
    """Who chaired most meetings in each unit and period (`by` = "year" or "all"); ties are all kept."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    chaired: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, v, data in meetings.edges(data=True):
        if "chair" not in str(data.get("role", "")).split("|"):
            continue
        person, meeting = (u, v) if meetings.nodes[u].get("kind") == "official" else (v, u)
        m = meetings.nodes[meeting]
        key = (str(m.get("unit_label", "")), _period(str(m.get("date", "")), by))
        counts[key][person] += 1
        chaired[key].add(meeting)
    rows: Table = []
    for (unit, period), c in sorted(counts.items()):
        best = max(c.values())
        for person in sorted((p for p, n in c.items() if n == best), key=lambda p: _label(meetings, p)):
            rows.append(
                {
                    "unit": unit,
                    "period": period,
                    "official": _label(meetings, person),
                    "person": person,
                    "chaired": best,
                    "meetings_chaired_in_period": len(chaired[(unit, period)]),
                }
            )
    return rows
