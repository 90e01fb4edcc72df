"""The embedded store: pyoxigraph, on disk under the build folder, or in memory.

Why pyoxigraph and not rdflib's memory store: it bulk-loads N-Quads an order of magnitude faster,
with a fraction of the memory, and answers aggregate queries tens of times faster (see
../shared/ECOSYSTEM.md and bench/); its default graph is made the union of the named graphs at query
time, so a query sees every article while each article stays its own replaceable graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import NamedNode, QuerySolutions, QueryTriples, Quad, RdfFormat, Store

from loaders import iri

Row = dict[str, str | None]


def open_store(path: Path | None, read_only: bool = True) -> Store:
    """The build's store; a clear error when it is missing."""
    if path is None:
        return Store()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no built graph here; run `govkg build` first")
    return Store.read_only(str(path)) if read_only else Store(str(path))


def load(store: Store, quads: Iterable[Quad]) -> None:
    store.bulk_extend(quads)


def load_file(store: Store, path: Path, graph: str | None = None) -> None:
    fmt = {".ttl": RdfFormat.TURTLE, ".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS}[path.suffix]
    to_graph = NamedNode(graph) if graph else None
    store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)


def select(store: Store, sparql: str) -> tuple[list[str], list[Row]]:
    """Run a SELECT over the union of all graphs; values as plain strings."""
    result = store.query(sparql, use_default_graph_as_union=True)
    if not isinstance(result, QuerySolutions):
        raise ValueError("not a SELECT query")
    names = [v.value for v in result.variables]
    rows = [{n: (_value(s[n]) if s[n] is not None else None) for n in names} for s in result]
    return names, rows


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


def graphs(store: Store) -> Iterator[str]:
    for g in store.named_graphs():
        yield str(getattr(g, "value", g))


def article_stems(store: Store) -> list[str]:
    return sorted(s for s in (iri.stem_of_graph(g) for g in graphs(store)) if s)


def construct(store: Store, sparql: str) -> QueryTriples:
    result = store.query(sparql, use_default_graph_as_union=True)
    if not isinstance(result, QueryTriples):
        raise ValueError("not a CONSTRUCT query")
    return result
