"""Validate govkg graphs against shapes/ and report findings a data steward can act on.

Two engines, one kind of result:

- `validate_core` runs pySHACL with the SHACL Core shapes (shapes/core.ttl) on an rdflib graph:
  one article graph or a batch. Core shapes are cheap in pySHACL; SPARQL-based shapes are not.
- `validate_cross` runs the SHACL-SPARQL shapes (shapes/cross.ttl) directly on a pyoxigraph
  Store, by compiling each sh:SPARQLConstraint into one plain SPARQL query over the union of the
  named graphs. pySHACL took minutes for one such constraint on a 181k-triple graph; the same
  check as one Oxigraph query takes milliseconds, and it sees facts from every article.

Both return `Finding`s that name the shape and constraint, carry the messages of the shape in
Vietnamese and English, and lead back to the article and sentence the offending node was read
from (its prov:wasDerivedFrom span). `render_report` prints them grouped by article and sentence;
`findings_to_json` gives the same for machines.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from loaders import iri

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
CORE_SHAPES = SHAPES_DIR / "core.ttl"
CROSS_SHAPES = SHAPES_DIR / "cross.ttl"
CLASS_HIERARCHY = SHAPES_DIR / "classes.ttl"

GOV = "https://w3id.org/govkg/ontology#"
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
OA_HAS_SOURCE = URIRef("http://www.w3.org/ns/oa#hasSource")
OA_HAS_SELECTOR = URIRef("http://www.w3.org/ns/oa#hasSelector")
OA_EXACT = URIRef("http://www.w3.org/ns/oa#exact")
OA_QUOTE_SELECTOR = URIRef("http://www.w3.org/ns/oa#TextQuoteSelector")
GOV_ARTICLE = URIRef(GOV + "Article")

SEVERITIES = ("Violation", "Warning", "Info")

# Prefixes for readable reports (longest namespaces first, so govc: wins over govid:).
PREFIXES: dict[str, str] = {
    "govc": "https://w3id.org/govkg/id/concept/",
    "govid": "https://w3id.org/govkg/id/",
    "gov": GOV,
    "gsh": "https://w3id.org/govkg/shapes#",
    "sh": str(SH),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@dataclass(frozen=True)
class Finding:
    """One validation result, self-contained enough to print, store as JSON, or compare in tests.

    `constraint` is the local name of the SHACL constraint component for Core constraints
    ("MinCountConstraintComponent") and the IRI of the sh:SPARQLConstraint for SPARQL ones, so a
    report names the rule that fired, not just the shape. `article` and `quote` point back to the
    sentence the focus node was read from, when it was read from one.
    """

    shape: str
    constraint: str
    severity: str
    focus: str
    path: str | None
    value: str | None
    message_vi: str
    message_en: str
    article: str | None
    quote: str | None


# --------------------------------------------------------------------------------------------
# Shapes files
# --------------------------------------------------------------------------------------------


@cache
def _parsed(path: Path) -> Graph:
    """Parse a shapes file once per process: pySHACL is called per article, parsing is not free."""
    return Graph().parse(path, format="turtle")


def core_shapes() -> Graph:
    """The SHACL Core shapes (shapes/core.ttl). Shared; do not modify."""
    return _parsed(CORE_SHAPES)


def cross_shapes() -> Graph:
    """The SHACL-SPARQL shapes (shapes/cross.ttl). Shared; do not modify."""
    return _parsed(CROSS_SHAPES)


def class_hierarchy() -> Graph:
    """The rdfs:subClassOf axioms of MODEL.md (shapes/classes.ttl). Shared; do not modify."""
    return _parsed(CLASS_HIERARCHY)


# --------------------------------------------------------------------------------------------
# Small helpers on terms
# --------------------------------------------------------------------------------------------


def compact(text: str) -> str:
    """Shorten an IRI, or every <IRI> inside a SPARQL path, to prefix:local for reading."""
    if "<" in text:
        return re.sub(r"<([^<>\s]+)>", lambda m: compact(m.group(1)), text)
    for prefix, ns in _BY_LENGTH:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def local_name(iri: str) -> str:
    """The part after the last '#' or '/': how reports name shapes and constraint components."""
    return re.split(r"[#/]", iri)[-1]


def _term_str(term: Node | None) -> str | None:
    """A term as plain text: IRI, lexical form of a literal, or _:id of a blank node."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _render_path(graph: Graph, path: Node) -> str:
    """A SHACL property path as SPARQL path syntax: a simple path stays a bare IRI string."""
    if isinstance(path, URIRef):
        return str(path)

    def sub(node: Node) -> str:
        return f"<{node}>" if isinstance(node, URIRef) else f"({_render_path(graph, node)})"

    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(sub(n) for n in Collection(graph, alternatives))
    for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(path, predicate)
        if inner is not None:
            return sub(inner) + suffix
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + sub(inverse)
    if graph.value(path, RDF.first) is not None:
        return "/".join(sub(n) for n in Collection(graph, path))
    raise ValueError(f"not a SHACL path: {path!r}")


def _messages(shapes: Graph, *nodes: Node | None) -> dict[str, str]:
    """sh:message by language, from the first node (constraint, then shape) that has any."""
    for node in nodes:
        if node is None:
            continue
        found = {(m.language or "en"): str(m) for m in shapes.objects(node, SH.message) if isinstance(m, Literal)}
        if found:
            return found
    return {}


def _fill(template: str, bindings: dict[str, str | None]) -> str:
    """Substitute {?var} / {$var} in a SHACL message with the solution's values, as SHACL-SPARQL does."""

    def value(match: re.Match[str]) -> str:
        bound = bindings.get(match.group(1))
        return compact(bound) if bound is not None else match.group(0)

    return re.sub(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}", value, template)


def _severity(shapes: Graph, shape: Node) -> str:
    """The shape's severity as a word; SHACL's default is Violation."""
    severity = shapes.value(shape, SH.severity)
    return local_name(str(severity)) if severity is not None else "Violation"


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop exact repeats (a triple stated in several articles yields one result per copy) and sort."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(
        set(findings),
        key=lambda f: (rank.get(f.severity, 9), f.article or "\uffff", f.shape, f.focus, f.path or "", f.value or ""),
    )


# --------------------------------------------------------------------------------------------
# Provenance lookup: from a focus node to (article stem, quote)
# --------------------------------------------------------------------------------------------

Located = tuple[str | None, str | None]


def _stem(article: str | None, span: str | None) -> str | None:
    """Article stem: last segment of the article IRI, else read off the span IRI pattern."""
    if article:
        return article.rstrip("/").rsplit("/", 1)[-1]
    if span and "/article/" in span and "/span/" in span:
        return span.split("/article/", 1)[1].split("/span/", 1)[0]
    return None


def _locate_in_graph(graph: Graph, focus: Node) -> Located:
    """Find the sentence behind a focus node in an rdflib graph, by direct triple lookups.

    Order of preference: the node's own prov:wasDerivedFrom span; the node is a span; the node
    is a selector of a span; the node is an article; a claim that points at the node (so an
    official with a bad name leads to a sentence that names them). Ties go to the smallest IRI,
    so reports are stable.
    """
    span = _first(graph.objects(focus, PROV_DERIVED))
    if span is None and (focus, OA_HAS_SOURCE, None) in graph:
        span = focus
    if span is None:
        span = _first(graph.subjects(OA_HAS_SELECTOR, focus))
    if span is None and (focus, RDF.type, GOV_ARTICLE) in graph:
        return _stem(str(focus), None), None
    if span is None:
        span = _first(s for claim in graph.subjects(None, focus) for s in graph.objects(claim, PROV_DERIVED))
    if span is None:
        return None, None
    article = _first(graph.objects(span, OA_HAS_SOURCE))
    quotes = [
        q
        for sel in graph.objects(span, OA_HAS_SELECTOR)
        if (sel, RDF.type, OA_QUOTE_SELECTOR) in graph
        for q in graph.objects(sel, OA_EXACT)
    ]
    quote = str(min(quotes, key=str)) if quotes else None
    return _stem(_term_str(article), _term_str(span)), quote


def _first(nodes: Iterable[Node]) -> Node | None:
    """The smallest of some nodes (by string), or None: a deterministic 'any'."""
    return min(nodes, key=str, default=None)


_LOCATE_BATCH = 400

# VALUES sits inside every branch: a UNION is evaluated on its own and then joined, so a VALUES
# outside it would have every branch scan the whole store once per batch.
_LOCATE_DIRECT = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT ?focus ?rank ?span WHERE {
  { VALUES ?focus { %(foci)s } ?focus prov:wasDerivedFrom ?span . BIND(1 AS ?rank) }
  UNION { VALUES ?focus { %(foci)s } ?focus oa:hasSource ?src . BIND(?focus AS ?span) BIND(2 AS ?rank) }
  UNION { VALUES ?focus { %(foci)s } ?span oa:hasSelector ?focus . BIND(3 AS ?rank) }
  UNION { VALUES ?focus { %(foci)s } ?focus a gov:Article . BIND(4 AS ?rank) }
}
"""

# A node without provenance of its own (a unit, an official) is located through a claim that points at
# it; a unit of the reference data is pointed at by claims of most articles, so only the first claims
# in index order are compared (the answer stays deterministic for a given store).
_LOCATE_HOP = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MIN(STR(?span)) AS ?first) WHERE {
  { SELECT ?span WHERE { ?claim ?p %s . ?claim prov:wasDerivedFrom ?span . } LIMIT 64 }
}
"""

_LOCATE_SPANS = """
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?span ?article ?quote WHERE {
  { VALUES ?span { %(spans)s } ?span oa:hasSource ?article }
  UNION {
    VALUES ?span { %(spans)s }
    ?span oa:hasSelector ?selector . ?selector a oa:TextQuoteSelector ; oa:exact ?quote
  }
}
"""


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    """Split IRIs into VALUES-sized batches: one query per batch, not per finding."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _iri_ref(iri: str) -> str:
    """An IRI as a SPARQL term; only IRIs can be looked up (blank node labels are query-local)."""
    return f"<{iri}>"


Select = Callable[[str], Iterable[Mapping[str, str | None]]]  # a SELECT's rows as {variable: text or None}


def store_select(store: ox.Store) -> Select:
    return lambda query: _solutions(store, query)


def locate(select: Select, foci: Iterable[str]) -> dict[str, Located]:
    """(article stem, quote) behind many focus IRIs, a few batched queries in total, on a Store or an
    endpoint. The order of preference is `_locate_in_graph`'s; ties go to the smallest IRI."""
    iris = sorted({f for f in foci if not f.startswith("_:")})
    best: dict[str, tuple[int, str | None]] = {}
    for chunk in _chunks(iris, _LOCATE_BATCH):
        for row in select(_LOCATE_DIRECT % {"foci": " ".join(map(_iri_ref, chunk))}):
            focus, rank, span = row["focus"], int(row["rank"] or 9), row.get("span")
            if focus is None:
                continue
            current = best.get(focus)
            if current is None or (rank, span or "") < (current[0], current[1] or ""):
                best[focus] = (rank, span)
    for node in iris:
        if node not in best:
            rows = list(select(_LOCATE_HOP % _iri_ref(node)))
            first = rows[0].get("first") if rows else None
            if first:
                best[node] = (5, first)
    spans = sorted({span for _, span in best.values() if span})
    details: dict[str, tuple[str | None, str | None]] = {}
    for chunk in _chunks(spans, _LOCATE_BATCH):
        for row in select(_LOCATE_SPANS % {"spans": " ".join(map(_iri_ref, chunk))}):
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


def traced(findings: Iterable[Finding], select: Select) -> list[Finding]:
    """Findings with the article and sentence behind their focus node, exact repeats dropped, sorted."""
    findings = list(findings)
    located = locate(select, {f.focus for f in findings})
    return _dedupe(_with_provenance(f, located.get(f.focus, (None, None))) for f in findings)


def _solutions(store: ox.Store, query: str) -> Iterator[dict[str, str | None]]:
    """Run a SELECT on the union of all graphs and yield rows as {variable: text or None}."""
    result = store.query(query, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: _ox_str(solution[name]) for name in names}


def _ox_str(term: object) -> str | None:
    """A pyoxigraph term as plain text, matching `_term_str` for rdflib terms."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


# --------------------------------------------------------------------------------------------
# validate_core: pySHACL
# --------------------------------------------------------------------------------------------


def validate_core(data: Graph, shapes: Graph | None = None, *, ontology: Graph | None = None) -> list[Finding]:
    """Validate an rdflib graph (one article, or a batch) with pySHACL; default shapes: core.ttl.

    The class hierarchy of MODEL.md (shapes/classes.ttl) is mixed into a copy of the data, so a
    gov:Conference is checked as a gov:Meeting without loading the whole ontology per article.
    Pass `ontology` to mix in more axioms. `shapes` may be any shapes graph (tests run cross.ttl
    through here to compare pySHACL with the compiled queries of `validate_cross`).
    """
    shapes = core_shapes() if shapes is None else shapes
    hierarchy = class_hierarchy()
    if ontology is not None:
        hierarchy = hierarchy + ontology
    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=hierarchy,
        inference="none",
        advanced=False,
        allow_warnings=True,
        allow_infos=True,
    )
    if not isinstance(report, Graph):
        raise TypeError("pySHACL did not return a results graph")
    return _dedupe(_report_findings(report, shapes, data))


def _report_findings(report: Graph, shapes: Graph, data: Graph) -> Iterator[Finding]:
    """Turn each sh:ValidationResult of a pySHACL report into a Finding."""
    located: dict[Node, Located] = {}
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        shape = report.value(result, SH.sourceShape)
        if focus is None or shape is None:
            continue
        sparql = report.value(result, SH.sourceConstraint)
        component = report.value(result, SH.sourceConstraintComponent)
        constraint = str(sparql) if isinstance(sparql, URIRef) else local_name(str(component))
        path_node = report.value(result, SH.resultPath)
        path = _render_path(report, path_node) if path_node is not None else None
        value = _term_str(report.value(result, SH.value))
        severity = report.value(result, SH.resultSeverity)
        if focus not in located:
            located[focus] = _locate_in_graph(data, focus)
        article, quote = located[focus]
        bindings = {"this": _term_str(focus), "value": value, "path": path}
        messages = _messages(shapes, sparql, shape)
        fallback = [str(m) for m in report.objects(result, SH.resultMessage)]
        message_en = _fill(messages.get("en", fallback[0] if fallback else ""), bindings)
        yield Finding(
            shape=str(shape),
            constraint=constraint,
            severity=local_name(str(severity)) if severity is not None else _severity(shapes, shape),
            focus=str(_term_str(focus)),
            path=path,
            value=value,
            message_vi=_fill(messages.get("vi", message_en), bindings),
            message_en=message_en,
            article=article,
            quote=quote,
        )


# --------------------------------------------------------------------------------------------
# validate_cross: SHACL-SPARQL compiled for Oxigraph
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledConstraint:
    """One sh:SPARQLConstraint turned into a plain query: what `validate_cross` runs."""

    shape: str
    constraint: str
    severity: str
    path: str | None
    messages: dict[str, str]
    query: str


def compile_cross(
    shapes: Graph | None = None, *, subclasses: dict[str, set[str]] | None = None, graph: str | None = None
) -> list[CompiledConstraint]:
    """Compile every active SPARQL constraint of a shapes graph (default cross.ttl) to SPARQL.

    $this becomes ?this, bound first by a sub-SELECT over the shape's targets (target classes
    expanded to their subclasses, so the store need not hold the ontology); $PATH becomes the
    property shape's path. With `graph`, only focus nodes typed in that named graph are checked,
    while everything else is still looked up in the union of all graphs.
    """
    shapes = cross_shapes() if shapes is None else shapes
    subclasses = _subclass_closure(class_hierarchy()) if subclasses is None else subclasses
    compiled: list[CompiledConstraint] = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql), key=lambda so: (str(so[0]), str(so[1]))):
        if _deactivated(shapes, shape) or _deactivated(shapes, constraint):
            continue
        select = shapes.value(constraint, SH.select)
        if select is None:
            raise ValueError(f"{constraint}: only sh:select SPARQL constraints are supported")
        path_node = shapes.value(shape, SH.path)
        path = _render_path(shapes, path_node) if path_node is not None else None
        targets = _target_pattern(shapes, shape, subclasses, graph)
        if targets is None:
            continue
        query = _prefix_block(shapes, constraint) + _rewrite_select(str(select), targets, path, str(constraint))
        compiled.append(
            CompiledConstraint(
                shape=str(shape),
                constraint=str(constraint),
                severity=_severity(shapes, shape),
                path=path,
                messages=_messages(shapes, constraint, shape),
                query=query,
            )
        )
    return compiled


def validate_cross(
    store: ox.Store, graph: str | None = None, *, shapes: Graph | None = None, hierarchy: Graph | None = None
) -> list[Finding]:
    """Run the SHACL-SPARQL shapes (default cross.ttl) as queries on a Store; union of graphs.

    `graph` limits the focus nodes to those typed in one named graph (validate a new article
    against everything already loaded). The subclass axioms of shapes/classes.ttl, plus any in
    `hierarchy` and any rdfs:subClassOf triples in the store, decide what counts as an instance.
    """
    select = store_select(store)
    findings = [
        f
        for compiled in compile_cross(shapes, subclasses=subclasses(select, hierarchy), graph=graph)
        for f in findings_from_rows(compiled, select(compiled.query))
    ]
    return traced(findings, select)


def findings_from_rows(compiled: CompiledConstraint, rows: Iterable[Mapping[str, str | None]]) -> Iterator[Finding]:
    """The solutions of a compiled SHACL-SPARQL constraint as Findings (not yet traced to sentences)."""
    for row in rows:
        focus = row.get("this")
        if focus is None:
            continue
        path = row.get("path") or compiled.path
        # SHACL-SPARQL: without ?value, a node shape's value node is the focus node itself.
        value = row.get("value")
        if value is None and compiled.path is None:
            value = focus
        bindings = {**row, "path": path, "value": value}
        message_en = _fill(compiled.messages.get("en", ""), bindings)
        yield Finding(
            shape=compiled.shape,
            constraint=compiled.constraint,
            severity=compiled.severity,
            focus=focus,
            path=path,
            value=value,
            message_vi=_fill(compiled.messages.get("vi", message_en), bindings),
            message_en=message_en,
            article=None,
            quote=None,
        )


def _with_provenance(finding: Finding, where: Located) -> Finding:
    """The finding with its article stem and quote filled in."""
    article, quote = where
    return Finding(**{**asdict(finding), "article": article, "quote": quote})


def _deactivated(shapes: Graph, node: Node) -> bool:
    """sh:deactivated true switches a shape or constraint off, in pySHACL and here alike."""
    flag = shapes.value(node, SH.deactivated)
    return isinstance(flag, Literal) and flag.toPython() is True


def subclasses(select: Select, hierarchy: Graph | None = None) -> dict[str, set[str]]:
    """Each class with its subclasses, from shapes/classes.ttl (plus `hierarchy`) and the
    rdfs:subClassOf triples of govkg's graphs (e.g. the ontology graph) in the store or endpoint
    `select` reads; a server's own system graphs are not ours to read. What counts as an instance of
    a target class."""
    axioms = class_hierarchy() if hierarchy is None else class_hierarchy() + hierarchy
    pairs = [(r["sub"], r["sup"]) for r in select(_SUBCLASS_PAIRS) if r["sub"] and r["sup"]]
    return _subclass_closure(axioms, pairs)


_SUBCLASS_PAIRS = (
    f"SELECT ?sub ?sup WHERE {{ GRAPH ?g {{ ?sub <{RDFS.subClassOf}> ?sup }} "
    f'FILTER(STRSTARTS(STR(?g), "{iri.GRAPH}")) }}'
)


def _subclass_closure(axioms: Graph, extra: Iterable[tuple[str, str]] = ()) -> dict[str, set[str]]:
    """For each class, itself and all its (transitive) subclasses: the classes a target covers."""
    children: dict[str, set[str]] = defaultdict(set)
    for sub, sup in axioms.subject_objects(RDFS.subClassOf):
        children[str(sup)].add(str(sub))
    for child, parent in extra:
        children[parent].add(child)

    def below(cls: str) -> set[str]:
        seen, todo = {cls}, [cls]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return seen

    return defaultdict(set, {cls: below(cls) for cls in list(children)})


def _target_pattern(shapes: Graph, shape: Node, subclasses: dict[str, set[str]], graph: str | None) -> str | None:
    """A sub-SELECT binding ?this to the shape's focus nodes, or None if the shape has no target.

    Choosing the focus nodes first, in their own sub-SELECT, keeps Oxigraph from evaluating the
    constraint body without them (the 100-3000x query-shape effect measured on this corpus).
    """
    branches: list[str] = []
    classes = {str(c) for c in shapes.objects(shape, SH.targetClass)}
    if (shape, RDF.type, RDFS.Class) in shapes:
        classes.add(str(shape))
    if classes:
        expanded = sorted(set().union(*({c} | subclasses.get(c, set()) for c in classes)))
        values = " ".join(f"<{c}>" for c in expanded)
        branches.append(f"VALUES ?class {{ {values} }} {_in_graph('?this a ?class .', graph)}")
    nodes = [n for n in shapes.objects(shape, SH.targetNode) if isinstance(n, URIRef)]
    if nodes:
        branches.append(f"VALUES ?this {{ {' '.join(f'<{n}>' for n in sorted(nodes, key=str))} }}")
    for predicate in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str):
        branches.append(_in_graph(f"?this <{predicate}> ?target_object .", graph))
    for predicate in sorted(shapes.objects(shape, SH.targetObjectsOf), key=str):
        branches.append(_in_graph(f"?target_subject <{predicate}> ?this .", graph))
    if not branches:
        return None
    body = " UNION ".join(f"{{ {b} }}" for b in branches)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {body} }} }}"


def _in_graph(pattern: str, graph: str | None) -> str:
    """Wrap a target pattern in GRAPH <g> when validating one graph against the union."""
    return f"GRAPH <{graph}> {{ {pattern} }}" if graph else pattern


def _prefix_block(shapes: Graph, constraint: Node) -> str:
    """PREFIX lines from the sh:prefixes / sh:declare of a SPARQL constraint."""
    lines = []
    for owner in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(owner, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines))) + "\n"


_SELECT_HEAD = re.compile(
    r"^\s*SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?(?P<projection>.*?)\s*(?:WHERE\s*)?\{", re.I | re.S
)
_PRE_BOUND = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def _rewrite_select(select: str, targets: str, path: str | None, constraint: str) -> str:
    """Substitute the pre-bound variables and put the target sub-SELECT first in the WHERE block."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "this":
            return "?this"
        if name == "PATH" and path is not None:
            return f"({path})" if "<" in path else f"<{path}>"
        raise ValueError(f"{constraint}: pre-bound variable ${name} is not supported")

    body = _PRE_BOUND.sub(substitute, select)
    head = _SELECT_HEAD.match(body)
    if head is None:
        raise ValueError(f"{constraint}: expected 'SELECT ... WHERE {{ ... }}'")
    projection = head.group("projection")
    if projection != "*" and not re.search(r"\?this\b", projection):
        projection = f"?this {projection}"
    return f"SELECT DISTINCT {projection} WHERE {{\n  {targets}\n" + body[head.end() :]


# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------


def render_report(findings: Sequence[Finding]) -> str:
    """A steward's report: grouped by article, then by sentence (quoted once), one line per finding.

    Articles in stem order, findings not traced to an article last; each line gives severity,
    shape, focus, path, value, and the English then the Vietnamese message.
    """
    if not findings:
        return "conforms: no findings\n"
    by_article: dict[str | None, dict[str | None, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for finding in findings:
        by_article[finding.article][finding.quote].append(finding)
    lines: list[str] = []
    for article in sorted(by_article, key=lambda a: (a is None, a or "")):
        lines.append(f"== article {article}" if article else "== not traced to an article")
        sentences = by_article[article]
        for quote in sorted(sentences, key=lambda q: (q is None, _worst(sentences[q]), q or "")):
            lines.append(f"  « {_one_line(quote)} »" if quote is not None else "  (no sentence)")
            lines.extend(f"    {_finding_line(f)}" for f in sorted(sentences[quote], key=_line_order))
        lines.append("")
    lines.append(_summary(findings))
    return "\n".join(lines) + "\n"


def _finding_line(finding: Finding) -> str:
    """One finding on one line: '[Severity] Shape focus=… path=… value=… — English / Vietnamese'."""
    parts = [f"[{finding.severity}]", local_name(finding.shape), f"focus={compact(finding.focus)}"]
    if finding.path is not None:
        parts.append(f"path={compact(finding.path)}")
    if finding.value is not None:
        parts.append(f"value={_one_line(compact(finding.value))!r}")
    return " ".join(parts) + f" — {finding.message_en} / {finding.message_vi}"


def _one_line(text: str) -> str:
    """Collapse white space so a quote or value cannot break the one-line-per-finding layout."""
    return " ".join(text.split())


def _line_order(finding: Finding) -> tuple[int, str, str, str]:
    """Severity first, then shape and focus: the worst problems of a sentence come first."""
    return (_severity_rank(finding.severity), finding.shape, finding.focus, finding.path or "")


def _worst(findings: Iterable[Finding]) -> int:
    """The most severe rank among some findings, to order sentences by how bad they are."""
    return min(_severity_rank(f.severity) for f in findings)


def _severity_rank(severity: str) -> int:
    """0 for Violation, 1 Warning, 2 Info, 3 anything else."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _summary(findings: Sequence[Finding]) -> str:
    """'N findings: a Violation, b Warning, c Info' over all findings."""
    counts = {s: 0 for s in SEVERITIES}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    detail = ", ".join(f"{n} {s}" for s, n in counts.items())
    return f"Summary: {len(findings)} finding{'s' if len(findings) != 1 else ''}: {detail}"


def findings_to_json(findings: Iterable[Finding]) -> list[dict[str, str | None]]:
    """Findings as JSON-ready dicts, field names as in `Finding`."""
    return [asdict(f) for f in findings]
