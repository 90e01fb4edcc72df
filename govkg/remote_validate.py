"""`govkg validate --endpoint`: validate a graph that lives on a SPARQL server, never copying it whole.

SHACL Core: the article graphs are fetched a batch at a time (a SELECT of their quads, so datatypes
and languages survive) into a temporary in-memory pyoxigraph Store together with the reference
graph, and the same engine as the local validation (`shacl_sparql.validate_store_core`) runs on each
batch; memory holds one batch, whatever the size of the remote graph. The reference graph is also
validated on its own once, as locally.

Cross-article rules (shapes/cross.ttl, compiled by `validation.compile_cross`) need every article at
once, so they run as SPARQL on the endpoint itself. Finally every finding is traced back to its
sentence with queries over the whole endpoint, as the local validation does over the whole store, so
a node stated in several articles is attributed as it is locally and not by whichever batch held it.
"""

from __future__ import annotations

from collections.abc import Callable

from pyoxigraph import Store

from govkg.remote import Remote
from govkg.shacl_sparql import validate_store_core
from govkg.validation import (
    Finding,
    Select,
    compile_cross,
    findings_from_rows,
    subclasses,
    traced,
)
from loaders import iri

BATCH = 50  # article graphs per fetch: a few tens of thousands of quads, well inside one page of rows
Tick = Callable[[int, int], None]


def validate_remote(remote: Remote, batch: int = BATCH, tick: Tick | None = None) -> list[Finding]:
    """Core findings per batch of article graphs, then the cross-article findings, all located globally."""
    graphs = remote.graph_names()
    articles = [g for g in graphs if iri.stem_of_graph(g) is not None]
    reference = remote.quads([iri.REFERENCE_GRAPH.value])
    alone = Store()
    alone.bulk_extend(reference)
    core = validate_store_core(alone)  # no article graph in it: the reference graph on its own
    for start in range(0, len(articles), batch):
        chunk = articles[start : start + batch]
        store = Store()
        store.bulk_extend(reference)
        store.bulk_extend(remote.quads(chunk))
        core.extend(validate_store_core(store, chunk))
        if tick:
            tick(min(start + batch, len(articles)), len(articles))
    select = remote_select(remote)
    return traced(core, select) + traced(cross_findings(remote), select)


def remote_select(remote: Remote) -> Select:
    return lambda query: remote.select(query)[1]


# -- cross-article rules on the endpoint ----------------------------------------------------------


def cross_findings(remote: Remote) -> list[Finding]:
    """shapes/cross.ttl as queries on the endpoint: one Finding per solution, as `validate_cross` makes."""
    select = remote_select(remote)
    return [f for c in compile_cross(subclasses=subclasses(select)) for f in findings_from_rows(c, select(c.query))]
