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

from collections.abc import Callable, Iterable
from dataclasses import asdict

from pyoxigraph import Store
from rdflib.namespace import RDFS

from govkg.remote import Remote
from govkg.shacl_sparql import validate_store_core
from govkg.validation import (
    SEVERITIES,
    Finding,
    Located,
    _chunks,
    _stem,
    _subclass_closure,
    class_hierarchy,
    compile_cross,
    finding_from_row,
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
    cross = cross_findings(remote)
    located = locate(remote, {f.focus for f in core + cross})
    return _sorted(_relocated(core, located)) + _sorted(_relocated(cross, located))


# -- cross-article rules on the endpoint ----------------------------------------------------------


def cross_findings(remote: Remote) -> list[Finding]:
    """shapes/cross.ttl as queries on the endpoint: one Finding per solution, as `validate_cross` makes."""
    subclasses = _subclass_closure(class_hierarchy(), _subclass_pairs(remote))
    findings: list[Finding] = []
    for compiled in compile_cross(subclasses=subclasses):
        for row in remote.select(compiled.query)[1]:
            finding = finding_from_row(compiled, row)
            if finding is not None:
                findings.append(finding)
    return findings


def _subclass_pairs(remote: Remote) -> list[tuple[str, str]]:
    """rdfs:subClassOf pairs in govkg's graphs (a server's own system graphs are not ours to read)."""
    query = (
        f"SELECT ?sub ?sup WHERE {{ GRAPH ?g {{ ?sub <{RDFS.subClassOf}> ?sup }} "
        f'FILTER(STRSTARTS(STR(?g), "{iri.GRAPH}")) }}'
    )
    return [(str(r["sub"]), str(r["sup"])) for r in remote.select(query)[1] if r["sub"] and r["sup"]]


# -- tracing findings to sentences, over the whole endpoint ----------------------------------------

LOCATE_BATCH = 200

_DIRECT = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT ?focus ?rank ?span WHERE {
  VALUES ?focus { %s }
  { ?focus prov:wasDerivedFrom ?span . BIND(1 AS ?rank) }
  UNION { ?focus oa:hasSource ?src . BIND(?focus AS ?span) BIND(2 AS ?rank) }
  UNION { ?span oa:hasSelector ?focus . BIND(3 AS ?rank) }
  UNION { ?focus a gov:Article . BIND(4 AS ?rank) }
}
"""

_HOP = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MIN(STR(?span)) AS ?first) WHERE { ?claim ?p <%s> . ?claim prov:wasDerivedFrom ?span . }
"""

_SPANS = """
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?span ?article ?quote WHERE {
  VALUES ?span { %s }
  OPTIONAL { ?span oa:hasSource ?article }
  OPTIONAL { ?span oa:hasSelector ?selector . ?selector a oa:TextQuoteSelector ; oa:exact ?quote }
}
"""


def locate(remote: Remote, foci: Iterable[str]) -> dict[str, Located]:
    """(article stem, quote) behind each focus IRI, by the preference order of the local validation:
    the node's own span; the node is a span; a selector of a span; an article; a claim pointing at it.
    Ties go to the smallest IRI, so reports are stable."""
    iris = sorted({f for f in foci if not f.startswith("_:")})
    best: dict[str, tuple[int, str | None]] = {}
    for chunk in _chunks(iris, LOCATE_BATCH):
        for row in remote.select(_DIRECT % " ".join(f"<{i}>" for i in chunk))[1]:
            focus, rank, span = row["focus"], int(row["rank"] or 9), row.get("span")
            if focus is None:
                continue
            current = best.get(focus)
            if current is None or (rank, span or "") < (current[0], current[1] or ""):
                best[focus] = (rank, span)
    for node in iris:
        if node not in best:
            rows = remote.select(_HOP % node)[1]
            first = rows[0].get("first") if rows else None
            if first:
                best[node] = (5, first)
    spans = sorted({span for _, span in best.values() if span})
    details: dict[str, Located] = {}
    for chunk in _chunks(spans, LOCATE_BATCH):
        for row in remote.select(_SPANS % " ".join(f"<{s}>" for s in chunk))[1]:
            span = row["span"] or ""
            old = details.get(span, (None, None))
            details[span] = (
                min(filter(None, (old[0], row.get("article"))), default=None),
                min(filter(None, (old[1], row.get("quote"))), default=None),
            )
    located: dict[str, Located] = {}
    for node, (rank, span) in best.items():
        if rank == 4:
            located[node] = (_stem(node, None), None)
        elif span:
            article, quote = details.get(span, (None, None))
            located[node] = (_stem(article, span), quote)
    return located


def _relocated(findings: Iterable[Finding], located: dict[str, Located]) -> list[Finding]:
    out = []
    for f in findings:
        article, quote = located.get(f.focus, (None, None))
        out.append(Finding(**{**asdict(f), "article": article, "quote": quote}))
    return out


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    """Exact repeats dropped (a node checked in two batches), in the local report's order."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(
        set(findings),
        key=lambda f: (rank.get(f.severity, 9), f.article or "\uffff", f.shape, f.focus, f.path or "", f.value or ""),
    )
