"""Where the graph is read from: the embedded store, or any SPARQL 1.1 endpoint.

Everything that reads the graph (queries, facts, eval, validation, networks) goes through a Backend,
so the same questions get the same answers embedded or on a server. Values come back as plain
strings (IRIs as their text, literals as their lexical form), which is what tables, CSV and JSON show.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from pyoxigraph import QuerySolutions, QueryTriples, Store, Triple

from govkg.store import Row, open_store


class Backend(Protocol):
    """The read side of a graph store."""

    def select(self, sparql: str) -> tuple[list[str], list[Row]]:
        """Run a SELECT over the union of all graphs."""
        ...

    def construct(self, sparql: str) -> list[Triple]:
        """Run a CONSTRUCT over the union of all graphs."""
        ...

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs."""
        ...


class Embedded:
    """The build's pyoxigraph store (or any pyoxigraph Store, e.g. in memory)."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, build: Path) -> Embedded:
        return cls(open_store(build / "store"))

    def select(self, sparql: str) -> tuple[list[str], list[Row]]:
        result = self.store.query(sparql, use_default_graph_as_union=True)
        if not isinstance(result, QuerySolutions):
            raise ValueError("not a SELECT query")
        names = [v.value for v in result.variables]
        return names, [{n: _text(s[n]) for n in names} for s in result]

    def construct(self, sparql: str) -> list[Triple]:
        result = self.store.query(sparql, use_default_graph_as_union=True)
        if not isinstance(result, QueryTriples):
            raise ValueError("not a CONSTRUCT query")
        return list(result)

    def graph_names(self) -> list[str]:
        return sorted(str(getattr(g, "value", g)) for g in self.store.named_graphs())


def _text(term: object | None) -> str | None:
    return None if term is None else str(getattr(term, "value", term))


def rows_as_strings(names: Sequence[str], rows: list[Row]) -> list[list[str]]:
    return [["" if r[n] is None else str(r[n]) for n in names] for r in rows]
