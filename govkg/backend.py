"""Where the graph is read from: the embedded store, or any SPARQL 1.1 endpoint.

Everything that reads the graph (queries, facts, eval, validation, networks) goes through a Backend,
so the same questions get the same answers embedded or on a server. Values come back as plain
strings (IRIs as their text, literals as their lexical form), which is what tables, CSV and JSON show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, QueryTriples, Store, Triple

from govkg.store import Row, open_store
from loaders import iri
from loaders.vocab import rdfs


@dataclass(frozen=True)
class Within:
    """The article graphs a query can draw rows from: those mentioning `term` (and those labelling a
    node `term` labels, under whatever spelling), or the one `graph`.

    A named query promises this with its `# scope:` header (see govkg.queries). The embedded store
    then reads only those graphs (plus the ontology and reference graphs), so a question about one
    official costs what their articles cost, not what the corpus costs. A server plans for itself and
    gets the same answer from the VALUES binding alone.
    """

    term: NamedNode | Literal | None = None
    graph: NamedNode | None = None


class Backend(Protocol):
    """The read side of a graph store."""

    def select(self, sparql: str, within: Within | None = None) -> tuple[list[str], list[Row]]:
        """Run a SELECT over the union of all graphs (a backend may read only the graphs `within` names)."""
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

    def select(self, sparql: str, within: Within | None = None) -> tuple[list[str], list[Row]]:
        if within is None:
            result = self.store.query(sparql, use_default_graph_as_union=True)
        else:
            result = self.store.query(sparql, use_default_graph_as_union=True, named_graphs=self._graphs(within))
        if not isinstance(result, QuerySolutions):
            raise ValueError("not a SELECT query")
        names = [v.value for v in result.variables]
        return names, [{n: _text(s[n]) for n in names} for s in result]

    def _graphs(self, within: Within) -> list[NamedNode | BlankNode]:
        graphs: set[NamedNode | BlankNode] = {iri.ONTOLOGY_GRAPH, iri.REFERENCE_GRAPH}
        if within.graph is not None:
            graphs.add(within.graph)
        if within.term is not None:
            labelled = set()
            for q in self.store.quads_for_pattern(None, None, within.term):
                if isinstance(q.graph_name, NamedNode):
                    graphs.add(q.graph_name)
                    if q.predicate == rdfs.label:
                        labelled.add(q.subject)
            # The same unit can be labelled differently by two articles (a spelling the gazetteer does
            # not know, folded alike into one IRI): the graphs that label the node the value labels
            # are read too, so a target and its result join whichever spelling each article used.
            for node in labelled:
                graphs.update(
                    q.graph_name
                    for q in self.store.quads_for_pattern(node, rdfs.label, None)
                    if isinstance(q.graph_name, NamedNode)
                )
        return list(graphs)

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
