"""Files other tools open: GraphML and GEXF (Gephi, Cytoscape), node-link JSON (D3), CSV (pandas,
spreadsheets).

Graphs are written through networkx's own writers after `safe_graph`, which leaves only the
attribute types both formats can declare (str, int, float, bool), so the files read back with
networkx's readers (and Gephi's) with the same nodes, edges and attributes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from govkg.atomic import replacing, write_text
from govkg.backend import Backend
from govkg.lazy import networkx as nx
from govkg.networks import holdings, select

GRAPH_FORMATS = ("graphml", "gexf", "json", "csv")
Scalar = str | int | float | bool
TableRow = Mapping[str, str | int | None]  # a query row, or a row folded from query rows


def _scalar(value: object) -> Scalar | None:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "|".join(sorted(str(v) for v in value))
    return str(value)


def _clean(data: Mapping[str, object]) -> dict[str, Scalar]:
    return {k: v for k, v in ((k, _scalar(v)) for k, v in data.items()) if v is not None}


def safe_graph(g: nx.Graph) -> nx.Graph:
    """A copy whose graph, node and edge attributes are all GraphML/GEXF scalars (None dropped)."""
    h = g.__class__()
    h.graph.update(_clean(g.graph))
    h.add_nodes_from((n, _clean(d)) for n, d in g.nodes(data=True))
    h.add_edges_from((u, v, _clean(d)) for u, v, d in g.edges(data=True))
    return h


def node_link(g: nx.Graph) -> dict[str, object]:
    """D3's shape: {"nodes": [{"id": …}], "links": [{"source": …, "target": …}]}."""
    data: dict[str, object] = nx.node_link_data(safe_graph(g), edges="links")
    return data


def write_graph(g: nx.Graph, path: Path, fmt: str) -> list[Path]:
    """Write a projection as graphml, gexf, json (node-link) or csv (edges, plus nodes beside them)."""
    safe = safe_graph(g)
    if fmt == "graphml":
        with replacing(path) as tmp:
            nx.write_graphml(safe, tmp, encoding="utf-8")
    elif fmt == "gexf":
        with replacing(path) as tmp:
            nx.write_gexf(safe, tmp, encoding="utf-8")
    elif fmt == "json":
        write_text(path, json.dumps(node_link(g), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        nodes = path.with_name(path.stem + ".nodes.csv")
        edges = [{"source": u, "target": v, **d} for u, v, d in safe.edges(data=True)]
        write_table(edges, path, "csv", first=("source", "target"))
        write_table([{"id": n, **d} for n, d in safe.nodes(data=True)], nodes, "csv", first=("id", "kind", "label"))
        return [path, nodes]
    else:
        raise ValueError(f"unknown graph format {fmt!r}; known: {', '.join(GRAPH_FORMATS)}")
    return [path]


def _columns(table: Sequence[Mapping[str, object]], first: Iterable[str] = ()) -> list[str]:
    """Every key that occurs, the given ones first, the rest in order of appearance."""
    names = list(dict.fromkeys(first))
    for row in table:
        names.extend(k for k in row if k not in names)
    return names


def format_table(table: Sequence[Mapping[str, object]], fmt: str, first: Iterable[str] = ()) -> str:
    if fmt == "json":
        return json.dumps(list(table), ensure_ascii=False, indent=1) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_columns(table, first), lineterminator="\n")
    writer.writeheader()
    writer.writerows([{k: "" if v is None else v for k, v in r.items()} for r in table])
    return buf.getvalue()


def write_table(table: Sequence[Mapping[str, object]], path: Path, fmt: str = "csv", first: Iterable[str] = ()) -> None:
    write_text(path, format_table(table, fmt, first))


# The CSV tables: file name → the named query whose rows it holds (holdings are folded from
# network-careers by govkg.networks.holdings: one row per official and post, not per day seen).
TABLES = {
    "officials": "table-officials",
    "holdings": "network-careers",
    "meetings": "table-meetings",
    "participations": "network-official-meetings",
    "organs": "table-organs",
    "units": "table-units",
    "resolutions": "table-resolutions",
    "targets": "table-targets",
}


@dataclass(frozen=True)
class Tables:
    """The rows the entity exports (FollowTheMoney, Popolo) are made of, one query each."""

    officials: list[TableRow]
    holdings: list[TableRow]
    meetings: list[TableRow]
    participations: list[TableRow]
    organs: list[TableRow]
    units: list[TableRow]


def _table(backend: Backend, name: str) -> tuple[list[str], list[TableRow]]:
    if name == "holdings":
        folded = holdings(backend)
        return list(folded[0]) if folded else [], list(folded)
    columns, found = select(backend, TABLES[name])
    return columns, list(found)


def load_tables(backend: Backend) -> Tables:
    return Tables(**{f.name: _table(backend, f.name)[1] for f in fields(Tables)})


def write_tables(backend: Backend, folder: Path) -> list[Path]:
    """One CSV per table in `folder`: officials, holdings (posts), meetings, participations (meetings
    with participants), organs, units, resolutions, targets (and other indicator values)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        path = folder / f"{name}.csv"
        columns, table = _table(backend, name)
        write_table(table, path, "csv", first=columns)
        written.append(path)
    return written
