"""The embedded store: pyoxigraph, on disk under the build folder, or in memory.

Why pyoxigraph and not rdflib's memory store: it bulk-loads N-Quads an order of magnitude faster,
with a fraction of the memory, and answers aggregate queries tens of times faster (see
../shared/ECOSYSTEM.md and bench/); its default graph is made the union of the named graphs at query
time, so a query sees every article while each article stays its own replaceable graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Store

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
