"""SHACL Core shapes (shapes/core.ttl) compiled to SPARQL that a pyoxigraph Store runs over every article graph.

pySHACL validates about 8k triples a second, so a 100,000-article corpus (~40M quads) would take more
than an hour article by article. Here the shapes are compiled once into about 250 SPARQL queries that
the Store runs over all article graphs at once; the few rows they return (candidate violations) are
judged in Python with pySHACL's own rules, so the result is the same set of `Finding`s (shape,
constraint component, severity, focus, path, value, messages). `validate_store_core(store)` checks
every article graph; `validate_store_core(store, [graph, ...])` only those (an incremental build).

Semantics: what pySHACL saw for one article
-------------------------------------------
`govkg validate` gave pySHACL an article graph plus the reference units plus the class hierarchy of
shapes/classes.ttl. So a *context* here is one article graph G plus the reference graph R: focus nodes
are the nodes with a target (rdf:type of a target class or of a subclass per classes.ttl, subject or
object of a target predicate, target nodes) in G ∪ R, their values are read from G ∪ R, sh:class looks
at rdf:type triples in G ∪ R, and counts count the distinct values in G ∪ R. Nothing from another
article leaks into an article's verdict (the union of all graphs would merge what different articles
say about one holding and break every sh:maxCount). Tests compare with pySHACL article by article.

Deliberate differences (tested in tests/test_shacl_sparql.py):
- The reference graph is also validated on its own (a context "R alone"), so a broken reference unit
  is reported once, not once per article. A node described only in R is re-validated in an article's
  context only if that article types it or states one of the checked predicates about it; otherwise
  its verdict there is the R-alone verdict. An article that only adds an rdf:type to one of its
  *values* could change a non-monotone verdict (sh:not, sh:qualifiedMaxCount) that pySHACL would then
  report and this engine does not.
- Values are what the store holds: Oxigraph keeps valid literals in canonical form ("12.0"^^xsd:decimal
  is read back as "12", "5"^^xsd:positiveInteger as "5"^^xsd:integer), so a reported value, or a
  datatype check on an integer subtype, can differ from pySHACL run on the article file. A plain
  literal and an xsd:string literal are the same term in the store (shapes/README.md).
- A shape without sh:message gets the component's name as message (pySHACL's generic texts are not
  reproduced; every shape of core.ttl has its messages). The article and sentence of a finding are
  looked up over the whole store, as for the cross-article rules.

How the queries are shaped (measured on Oxigraph at 20,000 articles, 8M quads)
------------------------------------------------------------------------------
- Every reference to a term in an expression decodes it again (~3 µs, more for a term seen once), so
  value checks run once per *distinct* value where values repeat (`GROUP BY ?value HAVING(...)`, 6x
  cheaper for labels and codes) and as a plain FILTER where they do not (quotes, span IRIs: grouping
  them is 3x dearer); a 300-row sample of the index decides. The few failing values are traced back
  to their (graph, node) with a hash join on the focus types.
- Counts and classes never decode: MINUS (a hash anti-join) for sh:minCount, sh:hasValue, sh:class and
  qualified minimums; `GROUP BY ?g ?s HAVING(COUNT(?x) > n)` over the predicate alone for sh:maxCount.
  FILTER (NOT) EXISTS and joins inside one GRAPH pattern were 10-30x slower (an index seek per row),
  as was a UNION joined to rows (evaluated per row): focus joins are two hash-joined sub-selects.
- One pass per predicate (or path) for all the shapes that constrain it, not one per shape.
- Rows are candidates, a superset of the violations: each SPARQL test of a value is written to be true
  only where pySHACL's rule surely passes (`Local.ok`), and Python applies the exact rule (rdflib
  lexical checks for sh:datatype, rdflib comparisons for ranges and sh:lessThan, Python `re` for
  sh:pattern) and decides which shapes the node is a focus of in that context. sh:pattern is first
  run by Oxigraph's regex engine; a value that engine accepts and Python's `re` rejects would be
  missed (core.ttl's patterns use the syntax both read alike).
- Node-level sh:not / sh:or / sh:and / sh:node over shapes with paths or classes (ProvinceShape,
  PercentRangeShape) are evaluated in Python (`_Evaluator`) on candidates from one query: for sh:or the
  nodes failing every member that can only fail through a bad value, for sh:not [T] the nodes with a
  value T may accept.

Supported: targets sh:targetClass (with rdfs:subClassOf from classes.ttl, and implicit class targets),
sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf; paths: a predicate, sh:inversePath of a
predicate, sh:alternativePath of those; components sh:class, sh:datatype, sh:nodeKind, sh:minCount,
sh:maxCount, sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive, sh:minLength,
sh:maxLength, sh:pattern (+ sh:flags), sh:languageIn, sh:uniqueLang, sh:in, sh:hasValue, sh:lessThan,
sh:lessThanOrEquals, sh:not, sh:and, sh:or, sh:node, sh:qualifiedValueShape (on a property shape, with
a shape holding one sh:class, sh:qualifiedMinCount 0 or 1), sh:property, sh:deactivated. sh:not / sh:or /
sh:and / sh:node over non-local shapes are supported on node shapes, not on the values of a property
shape. Anything else (sh:closed, sh:xone, sh:equals, sh:disjoint, sequence or * paths, SPARQL-based
constraints, unknown parameters) raises `UnsupportedShapeError` when the shapes are compiled, so a new
shape can never be skipped silently.

With `workers` > 1 and a `store_path`, queries run in spawned processes (each opening the store read
only): a script calling it needs the usual `if __name__ == "__main__":` guard.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path as FilePath

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node, _toPythonMapping

from govkg.validation import (
    CompiledConstraint,
    Finding,
    _fill,
    _messages,
    _ox_str,
    _render_path,
    _subclass_closure,
    class_hierarchy,
    compile_cross,
    core_shapes,
    findings_from_rows,
    local_name,
    store_select,
    subclasses,
    traced,
)
from loaders import iri

REFERENCE_GRAPH = iri.REFERENCE_GRAPH.value
ARTICLE_GRAPH_PREFIX = iri.GRAPH + "article/"
RDF_TYPE = str(RDF.type)
_TYPE = ox.NamedNode(RDF_TYPE)

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class UnsupportedShapeError(ValueError):
    """A shape uses something this compiler does not implement; raised at compile time, never skipped."""


# ================================================================================================
# The shapes, read into a small model
# ================================================================================================


@dataclass(frozen=True)
class Step:
    """One predicate of a path, forwards or (sh:inversePath) backwards."""

    predicate: str
    inverse: bool = False

    def triple(self, subject: str, value: str) -> str:
        """The triple pattern linking a node to its value through this step."""
        return f"{value} <{self.predicate}> {subject} ." if self.inverse else f"{subject} <{self.predicate}> {value} ."


PathKey = tuple[Step, ...]  # the alternatives of a path; a plain predicate is one step


@dataclass(frozen=True)
class Targets:
    """The focus nodes of a top-level shape; `classes` is already closed under rdfs:subClassOf."""

    classes: frozenset[str] = frozenset()
    subjects_of: frozenset[str] = frozenset()
    objects_of: frozenset[str] = frozenset()
    nodes: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.classes or self.subjects_of or self.objects_of or self.nodes)

    def __or__(self, other: Targets) -> Targets:
        return Targets(
            self.classes | other.classes,
            self.subjects_of | other.subjects_of,
            self.objects_of | other.objects_of,
            self.nodes | other.nodes,
        )


@dataclass(frozen=True)
class Reporter:
    """The shape a finding names (sh:sourceShape), with its severity, messages and rendered path."""

    shape: str
    severity: str
    path: str | None
    message_en: str
    message_vi: str


@dataclass(frozen=True)
class Local:
    """A check that depends on one term only (datatype, pattern, ...).

    `ok(v)` is a SPARQL expression that is true only if the term surely conforms, `bad(v)` one that is
    true only if it surely does not; `check(term)` is pySHACL's exact rule on the rdflib term. Candidates
    (`!ok`) are re-checked with `check`, so a conservative `ok` costs time, never correctness.
    """

    ok: Callable[[str], str]
    bad: Callable[[str], str]
    check: Callable[[Node], bool]


@dataclass(frozen=True)
class Rule:
    """One constraint of one shape, as a pass evaluates it for the focus nodes of `targets`."""

    reporter: Reporter
    component: str
    targets: Targets
    local: Local | None = None
    count: int = 0
    term: str | None = None  # sh:hasValue, as a SPARQL term
    term_node: Node | None = None
    other: str | None = None  # sh:lessThan(OrEquals) property
    strict: bool = True
    classes: frozenset[str] = frozenset()


@dataclass
class Plan:
    """Every constraint of the shapes, grouped into the passes that evaluate them."""

    values: dict[Step, list[Rule]] = field(default_factory=lambda: defaultdict(list))
    nodes: list[Rule] = field(default_factory=list)
    classes: dict[tuple[PathKey, frozenset[str]], list[Rule]] = field(default_factory=lambda: defaultdict(list))
    min_counts: dict[PathKey, list[Rule]] = field(default_factory=lambda: defaultdict(list))
    max_counts: dict[PathKey, list[Rule]] = field(default_factory=lambda: defaultdict(list))
    has_values: dict[tuple[PathKey, str], list[Rule]] = field(default_factory=lambda: defaultdict(list))
    unique_langs: dict[PathKey, list[Rule]] = field(default_factory=lambda: defaultdict(list))
    pairs: dict[tuple[PathKey, str, bool], list[Rule]] = field(default_factory=lambda: defaultdict(list))
    qualified_min: dict[tuple[PathKey, frozenset[str]], list[Rule]] = field(default_factory=lambda: defaultdict(list))
    qualified_max: dict[tuple[PathKey, frozenset[str]], list[Rule]] = field(default_factory=lambda: defaultdict(list))
    generic: list[Generic] = field(default_factory=list)
    compiler: _Compiler | None = None

    def size(self) -> int:
        """How many constraint rules the plan holds (for reports and tests)."""
        tables: list[Iterable[list[Rule]]] = [
            self.values.values(),
            self.classes.values(),
            self.min_counts.values(),
            self.max_counts.values(),
            self.has_values.values(),
            self.unique_langs.values(),
            self.pairs.values(),
            self.qualified_min.values(),
            self.qualified_max.values(),
        ]
        return len(self.nodes) + len(self.generic) + sum(len(rules) for table in tables for rules in table)


@dataclass(frozen=True)
class Generic:
    """A constraint checked in Python (`_Evaluator`) on candidate focus nodes found by one query.

    Used for what the passes cannot express as one scan: sh:not / sh:or / sh:and / sh:node over shapes
    with paths or classes, node-level sh:class, and node-level checks of shapes whose targets are not
    classes. `candidates(scope)` gives the candidate pairs; it is written so that every focus node that
    can violate the constraint is among them (often far fewer than all focus nodes).
    """

    reporter: Reporter
    component: str
    targets: Targets
    shape: Node
    param: URIRef
    candidates: Callable[[Scope], Candidates]


@dataclass(frozen=True)
class Candidates:
    """A query whose rows (?g ?this; ?g unbound for nodes described in the reference graph only) include
    every focus node that can violate a `Generic` constraint."""

    sparql: str


SetBuilder = Callable[["Scope"], str]  # a group pattern binding ?this, and ?g unless only from the reference graph


# Parameters of constraint components, by how they are compiled.
_LOCAL_PARAMS = {
    SH.datatype,
    SH.nodeKind,
    SH.pattern,
    SH.minLength,
    SH.maxLength,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH["in"],
    SH.languageIn,
}
_LOGICAL_PARAMS = {SH["not"], SH["and"], SH["or"], SH.node}
_FOCUS_PARAMS = {SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals}
_HELPER_PARAMS = {SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
_NON_CONSTRAINT = {
    SH.path,
    SH.severity,
    SH.message,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.deactivated,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
}
_SUPPORTED = (
    _LOCAL_PARAMS
    | _LOGICAL_PARAMS
    | _FOCUS_PARAMS
    | _HELPER_PARAMS
    | _NON_CONSTRAINT
    | {SH["class"], SH.qualifiedValueShape, SH.property}
)
_COMPONENT = {
    SH["class"]: "ClassConstraintComponent",
    SH.datatype: "DatatypeConstraintComponent",
    SH.nodeKind: "NodeKindConstraintComponent",
    SH.minCount: "MinCountConstraintComponent",
    SH.maxCount: "MaxCountConstraintComponent",
    SH.minInclusive: "MinInclusiveConstraintComponent",
    SH.maxInclusive: "MaxInclusiveConstraintComponent",
    SH.minExclusive: "MinExclusiveConstraintComponent",
    SH.maxExclusive: "MaxExclusiveConstraintComponent",
    SH.minLength: "MinLengthConstraintComponent",
    SH.maxLength: "MaxLengthConstraintComponent",
    SH.pattern: "PatternConstraintComponent",
    SH["in"]: "InConstraintComponent",
    SH.languageIn: "LanguageInConstraintComponent",
    SH.uniqueLang: "UniqueLangConstraintComponent",
    SH.hasValue: "HasValueConstraintComponent",
    SH.lessThan: "LessThanConstraintComponent",
    SH.lessThanOrEquals: "LessThanOrEqualsConstraintComponent",
    SH["not"]: "NotConstraintComponent",
    SH["and"]: "AndConstraintComponent",
    SH["or"]: "OrConstraintComponent",
    SH.node: "NodeConstraintComponent",
}


# ================================================================================================
# SPARQL text helpers
# ================================================================================================


def _string(text: str) -> str:
    """A SPARQL string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _term(node: Node) -> str:
    """An rdflib IRI or literal as SPARQL syntax (blank nodes cannot be written in a query)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        if node.language:
            return f"{_string(str(node))}@{node.language}"
        if node.datatype is not None:
            return f"{_string(str(node))}^^<{node.datatype}>"
        return _string(str(node))
    raise UnsupportedShapeError(f"a blank node cannot be compared in SPARQL: {node!r}")


def _any(exprs: Iterable[str]) -> str:
    items = list(dict.fromkeys(exprs))
    return "(" + " || ".join(items) + ")" if items else "false"


def _all(exprs: Iterable[str]) -> str:
    items = list(dict.fromkeys(exprs))
    return "(" + " && ".join(items) + ")" if items else "true"


def _not(expr: str) -> str:
    return "true" if expr == "false" else "false" if expr == "true" else f"(!{expr})"


def _iris(values: Iterable[str]) -> str:
    return " ".join(f"<{v}>" for v in sorted(values))


# ================================================================================================
# Where to look: the contexts (article graphs + the reference graph)
# ================================================================================================


@dataclass(frozen=True)
class Scope:
    """Which graphs are contexts.

    With `graphs=None` every named graph except `excluded` (the ontology, …) is a context, the
    reference graph included (validated on its own). With a list, only those graphs are contexts (an
    incremental build validates the articles it rebuilt); the reference graph still adds its values
    and types to every context.
    """

    reference: str = REFERENCE_GRAPH
    graphs: tuple[str, ...] | None = None
    excluded: tuple[str, ...] = ()

    def in_contexts(self, pattern: str, var: str = "?g") -> str:
        """`pattern` inside a context graph bound to `var`."""
        if self.graphs is None:
            keep = _all(f"{var} != <{g}>" for g in self.excluded) if self.excluded else ""
            return f"{{ GRAPH {var} {{ {pattern} }} {f'FILTER{keep}' if keep else ''} }}"
        return f"{{ VALUES {var} {{ {_iris(self.graphs)} }} GRAPH {var} {{ {pattern} }} }}"

    def in_articles(self, pattern: str, var: str = "?g") -> str:
        """`pattern` inside a context graph that is not the reference graph."""
        if self.graphs is None:
            keep = _all(f"{var} != <{g}>" for g in (self.reference, *self.excluded))
            return f"{{ GRAPH {var} {{ {pattern} }} FILTER{keep} }}"
        articles = [g for g in self.graphs if g != self.reference]
        return f"{{ VALUES {var} {{ {_iris(articles)} }} GRAPH {var} {{ {pattern} }} }}"

    def in_data(self, pattern: str, var: str = "?g") -> str:
        """`pattern` in a context graph or the reference graph, for joins where `var` is already bound."""
        if self.graphs is None:
            return f"{{ GRAPH {var} {{ {pattern} }} }}"
        graphs = sorted({*self.graphs, self.reference})
        return f"{{ VALUES {var} {{ {_iris(graphs)} }} GRAPH {var} {{ {pattern} }} }}"

    def in_reference(self, pattern: str) -> str:
        return f"{{ GRAPH <{self.reference}> {{ {pattern} }} }}"

    @property
    def reference_is_context(self) -> bool:
        return self.graphs is None or self.reference in self.graphs

    def is_context(self, graph: str) -> bool:
        if self.graphs is None:
            return graph not in self.excluded
        return graph in self.graphs


# ================================================================================================
# Value-local checks: SPARQL prefilter + pySHACL's exact rule
# ================================================================================================

XSD_NS = str(XSD)
# Lexical forms that rdflib surely accepts for a datatype; others are re-checked in Python.
_SAFE_LEXICAL = {
    XSD_NS + "integer": r"^-?[0-9]+$",
    XSD_NS + "decimal": r"^-?[0-9]+(\.[0-9]+)?$",
    XSD_NS + "boolean": r"^(true|false)$",
    XSD_NS + "date": (
        r"^[1-9][0-9]{3}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)$"
    ),
}
_PYSHACL_VALUE_TYPES = {
    XSD_NS + "string",
    XSD_NS + "integer",
    XSD_NS + "float",
    XSD_NS + "decimal",
    XSD_NS + "boolean",
    XSD_NS + "date",
    XSD_NS + "time",
    XSD_NS + "dateTime",
}
_NUMERIC = {
    XSD_NS + t
    for t in [
        *("integer", "decimal", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger"),
        *("long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"),
    ]
}
_TZ = r"(Z|[+-][0-9][0-9]:[0-9][0-9])$"


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal it meets; pySHACL's run does too, we need not."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _rdflib_checks_lexically(datatype: str) -> bool:
    """Whether rdflib (hence pySHACL) looks at the lexical form of this datatype at all."""
    with _quiet_rdflib():
        checked = Literal("\x00", datatype=URIRef(datatype)).ill_typed is not None
    return checked or datatype in _PYSHACL_VALUE_TYPES


def _pyshacl_value_matches(value: object, datatype: str) -> bool:
    """pySHACL's DatatypeConstraintComponent._assert_actual_datatype."""
    kinds: dict[str, type | tuple[type, ...]] = {
        XSD_NS + "string": (str, bytes),
        str(RDF.langString): (str, bytes),
        XSD_NS + "integer": int,
        XSD_NS + "float": float,
        XSD_NS + "decimal": Decimal,
        XSD_NS + "boolean": bool,
        XSD_NS + "date": date,
        XSD_NS + "time": time,
        XSD_NS + "dateTime": datetime,
    }
    kind = kinds.get(datatype)
    return True if kind is None else isinstance(value, kind)


def _datatype_conforms(node: Node, datatype: str) -> bool:
    """pySHACL's sh:datatype on one value: same datatype IRI and, where rdflib checks, well-typed."""
    if not isinstance(node, Literal):
        return False
    rule = URIRef(datatype)
    if node.datatype == rule:
        if node.ill_typed is True:
            return False
        return _pyshacl_value_matches(node.value, datatype)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and node.datatype:
        return True
    if node.datatype is None and node.language is None and rule == XSD.string:
        return _pyshacl_value_matches(node.value, datatype)
    if rule == RDF.langString and node.language:
        return _pyshacl_value_matches(node.value, datatype)
    return False


def _datatype_local(datatype: str) -> Local:
    """sh:datatype: same datatype IRI, and a lexical form rdflib accepts where rdflib checks it."""

    def check(node: Node) -> bool:
        return _datatype_conforms(node, datatype)

    if datatype == str(RDF.langString):

        def tagged(v: str) -> str:
            return f'(isLiteral({v}) && LANG({v}) != "")'

        return Local(tagged, lambda v: _not(tagged(v)), check)
    if datatype == str(RDFS.Literal):
        return Local(lambda v: f"isLiteral({v})", lambda v: f"(!isLiteral({v}))", check)

    def same(v: str) -> str:
        return _has_datatype(v, datatype)

    def differs(v: str) -> str:
        return _not(same(v))

    safe = _SAFE_LEXICAL.get(datatype)
    if not _rdflib_checks_lexically(datatype) or datatype == XSD_NS + "string":
        return Local(same, differs, check)
    if safe is None:
        return Local(lambda v: "false", differs, check)
    pattern = _string(safe)

    def well_formed(v: str) -> str:
        return f"({_has_datatype(v, datatype)} && REGEX(STR({v}), {pattern}))"

    return Local(well_formed, differs, check)


_NODE_KINDS: dict[Node, tuple[str, Callable[[Node], bool]]] = {
    SH.IRI: ("isIRI({v})", lambda n: isinstance(n, URIRef)),
    SH.BlankNode: ("isBlank({v})", lambda n: isinstance(n, BNode)),
    SH.Literal: ("isLiteral({v})", lambda n: isinstance(n, Literal)),
    SH.BlankNodeOrIRI: ("(!isLiteral({v}))", lambda n: isinstance(n, URIRef | BNode)),
    SH.BlankNodeOrLiteral: ("(!isIRI({v}))", lambda n: isinstance(n, BNode | Literal)),
    SH.IRIOrLiteral: ("(!isBlank({v}))", lambda n: isinstance(n, URIRef | Literal)),
}


def _node_kind_local(kind: Node) -> Local:
    if kind not in _NODE_KINDS:
        raise UnsupportedShapeError(f"sh:nodeKind {kind} is not a SHACL node kind")
    template, test = _NODE_KINDS[kind]
    return Local(lambda v: template.format(v=v), lambda v: _not(template.format(v=v)), test)


# Datatypes whose lexical form rdflib keeps as written (it re-writes those it parses: " 7" -> "7").
_AS_WRITTEN = [
    XSD_NS + "string",
    str(RDF.langString),
    *(
        XSD_NS + t
        for t in ("gYear", "gYearMonth", "gMonthDay", "gDay", "gMonth")
        if URIRef(XSD_NS + t) not in _toPythonMapping
    ),
]


def _has_datatype(v: str, datatype: str) -> str:
    """A literal with this datatype: one reference to `v` (DATATYPE fails on IRIs and blank nodes)."""
    return f"COALESCE(sameTerm(DATATYPE({v}), <{datatype}>), false)"


def _lexical_as_rdflib(v: str) -> str:
    """True where STR(v) is the string pySHACL matches: IRIs, strings, unmapped datatypes, canonical forms.

    One reference to `v` in the common cases (each reference decodes the term again): DATATYPE fails on
    an IRI or a blank node, which COALESCE turns into true.
    """
    canonical = " || ".join(
        f"({_has_datatype(v, dt)} && REGEX(STR({v}), {_string(rx)}))" for dt, rx in sorted(_SAFE_LEXICAL.items())
    )
    plain = " || ".join(f"sameTerm(DATATYPE({v}), <{dt}>)" for dt in _AS_WRITTEN)
    return f"(COALESCE({plain}, true) || {canonical})"


def _shacl_string(node: Node) -> str:
    """pySHACL's value_node_to_string: the lexical form, or the IRI."""
    if isinstance(node, Literal) and node.value is not None and node.datatype in (None, RDF.langString, XSD.string):
        return str(node.value)
    return str(node)


def _pattern_local(patterns: Sequence[str], flags: str, literals: bool = True) -> Local:
    """sh:pattern with pySHACL's flag handling (only i and m) and Python `re.search`.

    A blank node fails (STR raises an error, COALESCE makes it false). With `literals` False the value
    is known not to be a literal (a focus node reached through its rdf:type), so no lexical guard.
    """
    py_flags = (re.I if "i" in flags else 0) | (re.M if "m" in flags else 0)
    compiled = [re.compile(p, py_flags) for p in patterns]
    sparql_flags = "".join(f for f in "im" if f in flags)
    suffix = f", {_string(sparql_flags)}" if sparql_flags else ""

    def ok(v: str) -> str:
        tests = [f"COALESCE(REGEX(STR({v}), {_string(p)}{suffix}), false)" for p in patterns]
        return _all([*tests, _lexical_as_rdflib(v)] if literals else tests)

    def check(node: Node) -> bool:
        if isinstance(node, BNode):
            return False
        text = _shacl_string(node)
        return all(c.search(text) for c in compiled)

    return Local(ok, lambda v: _not(ok(v)), check)


def _length_local(limit: int, longest: bool, literals: bool = True) -> Local:
    op = "<=" if longest else ">="

    def ok(v: str) -> str:
        if not longest and limit == 0:
            return "true"
        test = f"COALESCE(STRLEN(STR({v})) {op} {limit}, false)"
        return f"({test} && {_lexical_as_rdflib(v)})" if literals else test

    def check(node: Node) -> bool:
        if not longest and limit == 0:
            return True
        if isinstance(node, BNode):
            return False
        size = len(_shacl_string(node))
        return size <= limit if longest else size >= limit

    return Local(ok, lambda v: _not(ok(v)), check)


def _compare_literal(l1: Literal, l2: Literal) -> int:
    """pyshacl.rdfutil.compare.compare_literal."""
    if l1.eq(l2):
        return 0
    if isinstance(l1.value, datetime | time) and type(l1.value) in (datetime, time):
        if l1.value == l2.value:
            return 0
        if l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def _canonical_number(v: str) -> str:
    """An xsd:integer or xsd:decimal in a form both Oxigraph and rdflib read as the same number."""
    return _any(
        f"({_has_datatype(v, XSD_NS + t)} && REGEX(STR({v}), {_string(_SAFE_LEXICAL[XSD_NS + t])}))"
        for t in ("integer", "decimal")
    )


def _canonical_date(v: str) -> str:
    """An xsd:date without time zone that rdflib reads as a date (year 0001-9999, a real day)."""
    return f"({_has_datatype(v, XSD_NS + 'date')} && REGEX(STR({v}), {_string(_SAFE_LEXICAL[XSD_NS + 'date'])}))"


def _range_local(limit: Literal, param: URIRef) -> Local:
    """sh:min/maxIn/Exclusive: SPARQL comparison where it surely agrees with rdflib, else Python."""
    comparisons: dict[URIRef, tuple[str, Callable[[int], bool]]] = {
        SH.minInclusive: (">=", lambda c: c >= 0),
        SH.minExclusive: (">", lambda c: c > 0),
        SH.maxInclusive: ("<=", lambda c: c <= 0),
        SH.maxExclusive: ("<", lambda c: c < 0),
    }
    op, passes = comparisons[param]
    dt = str(limit.datatype) if limit.datatype is not None else XSD_NS + "string"
    lim = _term(limit)
    limit_is_string = isinstance(limit.value, str)

    def ok(v: str) -> str:
        cmp = f"COALESCE({v} {op} {lim}, false)"
        if dt in _NUMERIC and limit.value is not None:
            return f"({_canonical_number(v)} && {cmp})"
        if dt == XSD_NS + "date" and not re.search(_TZ, str(limit)) and limit.value is not None:
            return f"({_canonical_date(v)} && {cmp})"
        if dt == XSD_NS + "string" and not limit.language:
            return f"({_has_datatype(v, XSD_NS + 'string')} && {cmp})"
        return "false"

    def check(node: Node) -> bool:
        if not isinstance(node, Literal):
            return False
        node_is_string = isinstance(node.value, str)
        if limit_is_string != node_is_string:
            return False
        try:
            return bool(passes(_compare_literal(node, limit)))
        except (TypeError, NotImplementedError, ArithmeticError):
            return False  # ArithmeticError ("NaN"^^xsd:decimal) stops pySHACL; a violation is the nearest report

    return Local(ok, lambda v: f"(!isLiteral({v}))", check)


def _in_local(members: Sequence[Node]) -> Local:
    terms = [_term(m) for m in members]
    members_set = set(members)

    def ok(v: str) -> str:
        return _any(f"sameTerm({v}, {t})" for t in terms)

    return Local(ok, lambda v: _not(ok(v)), lambda n: n in members_set)


def _language_in_local(languages: Sequence[str]) -> Local:
    """pySHACL's sh:languageIn: the tag, or its first subtag, lower-cased, is in the list; '*' = any tag."""
    wanted = {lang.lower() for lang in languages}

    def ok(v: str) -> str:
        if "*" in wanted:
            return f'(isLiteral({v}) && LANG({v}) != "")'
        items = ", ".join(_string(w) for w in sorted(wanted))
        first = f'LCASE(REPLACE(LANG({v}), "-.*$", ""))'
        return f'(isLiteral({v}) && LANG({v}) != "" && (LCASE(LANG({v})) IN ({items}) || {first} IN ({items})))'

    def check(node: Node) -> bool:
        if not isinstance(node, Literal) or not node.language:
            return False
        lang = str(node.language).lower()
        return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted

    return Local(ok, lambda v: f'(!isLiteral({v}) || LANG({v}) = "")', check)


def _has_value_local(value: Node) -> Local:
    term = _term(value)

    def ok(v: str) -> str:
        return f"sameTerm({v}, {term})"

    return Local(ok, lambda v: _not(ok(v)), lambda n: n == value)


def _conj(locals_: Sequence[Local]) -> Local:
    return Local(
        lambda v: _all(x.ok(v) for x in locals_),
        lambda v: _any(x.bad(v) for x in locals_),
        lambda n: all(x.check(n) for x in locals_),
    )


def _disj(locals_: Sequence[Local]) -> Local:
    return Local(
        lambda v: _any(x.ok(v) for x in locals_),
        lambda v: _all(x.bad(v) for x in locals_),
        lambda n: any(x.check(n) for x in locals_),
    )


def _neg(local: Local) -> Local:
    return Local(local.bad, local.ok, lambda n: not local.check(n))


_ALWAYS = Local(lambda v: "true", lambda v: "false", lambda n: True)


# ================================================================================================
# The compiler: shapes graph -> Plan
# ================================================================================================


class _Compiler:
    def __init__(self, shapes: Graph, subclasses: dict[str, set[str]]):
        self.g = shapes
        self.subclasses = subclasses
        self.plan = Plan()

    # ---- reading the shapes graph --------------------------------------------------------------

    def deactivated(self, shape: Node) -> bool:
        flag = self.g.value(shape, SH.deactivated)
        return isinstance(flag, Literal) and flag.toPython() is True

    def params(self, shape: Node) -> set[URIRef]:
        """The SHACL parameters a shape uses; an unknown one is an error, never skipped."""
        found = {p for p in self.g.predicates(shape, None) if isinstance(p, URIRef) and str(p).startswith(str(SH))}
        unknown = found - _SUPPORTED
        if unknown:
            names = ", ".join(sorted(f"sh:{local_name(str(p))}" for p in unknown))
            raise UnsupportedShapeError(f"{shape}: {names} not supported by govkg.shacl_sparql")
        return found

    def closure(self, classes: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for c in classes:
            out |= {c} | self.subclasses.get(c, set())
        return frozenset(out)

    def one(self, shape: Node, param: URIRef) -> Node:
        values = list(self.g.objects(shape, param))
        if len(values) != 1:
            raise UnsupportedShapeError(f"{shape}: expected exactly one sh:{local_name(str(param))}")
        return values[0]

    def integer(self, shape: Node, param: URIRef) -> int:
        value = self.one(shape, param)
        if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
            raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} must be an integer")
        return int(value.toPython())

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.g, node))

    def path(self, shape: Node) -> PathKey | None:
        node = self.g.value(shape, SH.path)
        if node is None:
            return None
        return self.path_of(shape, node)

    def path_of(self, shape: Node, node: Node) -> PathKey:
        if isinstance(node, URIRef):
            return (Step(str(node)),)
        inverse = self.g.value(node, SH.inversePath)
        if isinstance(inverse, URIRef):
            return (Step(str(inverse), True),)
        alternatives = self.g.value(node, SH.alternativePath)
        if alternatives is not None:
            steps: list[Step] = []
            for item in self.items(alternatives):
                steps.extend(self.path_of(shape, item))
            return tuple(dict.fromkeys(steps))
        raise UnsupportedShapeError(
            f"{shape}: only a predicate, sh:inversePath of a predicate and sh:alternativePath of those "
            "are supported as sh:path"
        )

    def reporter(self, shape: Node) -> Reporter:
        messages = _messages(self.g, shape)
        severity = self.g.value(shape, SH.severity)
        path_node = self.g.value(shape, SH.path)
        path = _render_path(self.g, path_node) if path_node is not None else None
        name = str(shape)  # as validation.py names pySHACL's sh:sourceShape, blank nodes included
        en = messages.get("en", "")
        return Reporter(
            shape=name,
            severity=local_name(str(severity)) if severity is not None else "Violation",
            path=path,
            message_en=en,
            message_vi=messages.get("vi", en),
        )

    def targets(self, shape: Node) -> Targets:
        classes = {str(c) for c in self.g.objects(shape, SH.targetClass)}
        if (shape, RDF.type, RDFS.Class) in self.g:
            classes.add(str(shape))
        nodes = set()
        for n in self.g.objects(shape, SH.targetNode):
            if not isinstance(n, URIRef):
                raise UnsupportedShapeError(f"{shape}: sh:targetNode must be an IRI")
            nodes.add(str(n))
        return Targets(
            classes=self.closure(classes),
            subjects_of=frozenset(str(p) for p in self.g.objects(shape, SH.targetSubjectsOf)),
            objects_of=frozenset(str(p) for p in self.g.objects(shape, SH.targetObjectsOf)),
            nodes=frozenset(nodes),
        )

    # ---- value-local shapes -------------------------------------------------------------------

    def local_component(self, shape: Node, param: URIRef, subjects: bool = False) -> Local:
        """The Local of one value-local parameter of a shape (`subjects`: the values are never literals)."""
        if param == SH.datatype:
            return _datatype_local(str(self.one(shape, param)))
        if param == SH.nodeKind:
            return _node_kind_local(self.one(shape, param))
        if param == SH.pattern:
            flags = self.g.value(shape, SH.flags)
            patterns = [str(p) for p in self.g.objects(shape, SH.pattern)]
            return _pattern_local(patterns, str(flags) if flags is not None else "", literals=not subjects)
        if param in (SH.minLength, SH.maxLength):
            return _length_local(self.integer(shape, param), param == SH.maxLength, literals=not subjects)
        if param in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
            limits = list(self.g.objects(shape, param))
            if not all(isinstance(x, Literal) for x in limits):
                raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} must be a literal")
            return _conj([_range_local(x, param) for x in limits if isinstance(x, Literal)])
        if param == SH["in"]:
            return _in_local(self.items(self.one(shape, param)))
        if param == SH.languageIn:
            return _language_in_local([str(x) for x in self.items(self.one(shape, param))])
        raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} is not value-local")

    def local_shape(self, shape: Node) -> Local | None:
        """A nested shape as a Local if it only looks at the value term itself, else None."""
        if self.deactivated(shape):
            return _ALWAYS
        params = self.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS
        if self.g.value(shape, SH.path) is not None:
            return None
        parts: list[Local] = []
        for param in sorted(params):
            if param in _LOCAL_PARAMS:
                parts.append(self.local_component(shape, param))
            elif param == SH.hasValue:
                parts.append(_has_value_local(self.one(shape, param)))
            elif param in _LOGICAL_PARAMS:
                local = self.local_logical(shape, param)
                if local is None:
                    return None
                parts.append(local)
            else:
                return None
        return _conj(parts) if parts else _ALWAYS

    def local_logical(self, shape: Node, param: URIRef) -> Local | None:
        """sh:not/and/or/node over value-local shapes as one Local, else None."""
        if param in (SH["not"], SH.node):
            inner = [self.local_shape(s) for s in self.g.objects(shape, param)]
            if any(x is None for x in inner):
                return None
            members = [x for x in inner if x is not None]
            return _conj([_neg(x) for x in members]) if param == SH["not"] else _conj(members)
        lists = [self.items(node) for node in self.g.objects(shape, param)]
        results: list[Local] = []
        for members_nodes in lists:
            found = [self.local_shape(s) for s in members_nodes]
            if any(x is None for x in found):
                return None
            ms = [x for x in found if x is not None]
            results.append(_disj(ms) if param == SH["or"] else _conj(ms))
        return _conj(results)

    def class_only(self, shape: Node) -> frozenset[str] | None:
        """The classes of a nested shape that has nothing but one sh:class (for or-of-classes)."""
        if self.deactivated(shape):
            return None
        params = self.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS
        if params != {SH["class"]} or self.g.value(shape, SH.path) is not None:
            return None
        classes = [str(c) for c in self.g.objects(shape, SH["class"])]
        if len(classes) != 1:
            return None
        return self.closure(classes)

    # ---- top level --------------------------------------------------------------------------------

    def compile(self) -> Plan:
        shapes = set(self.g.subjects(RDF.type, SH.NodeShape)) | set(self.g.subjects(RDF.type, SH.PropertyShape))
        shapes |= {
            s
            for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
            for s in self.g.subjects(p, None)
        }
        for shape in sorted(shapes, key=str):
            self.params(shape)  # every shape is checked for unsupported parameters, even if unused
            targets = self.targets(shape)
            if not targets or self.deactivated(shape):
                continue
            path = self.path(shape)
            if path is None:
                self.node_shape(shape, targets)
                for prop in sorted(self.g.objects(shape, SH.property), key=str):
                    if not self.deactivated(prop):
                        self.property_shape(prop, targets)
            else:
                self.property_shape(shape, targets)
        self.plan.compiler = self
        return self.plan

    def node_shape(self, shape: Node, targets: Targets) -> None:
        """The node-level constraints of a top-level node shape (value = the focus node)."""
        reporter = self.reporter(shape)
        for param in sorted(self.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS - {SH.property}):
            component = _COMPONENT.get(param)
            if param in _LOCAL_PARAMS:
                subjects = not (targets.objects_of or targets.nodes)  # class/subject targets: never literals
                local = self.local_component(shape, param, subjects=subjects)
                assert component is not None
                self.node_rule(shape, reporter, component, targets, local)
            elif param == SH.hasValue:
                self.node_rule(
                    shape, reporter, "HasValueConstraintComponent", targets, _has_value_local(self.one(shape, param))
                )
            elif param in _LOGICAL_PARAMS:
                assert component is not None
                logical = self.local_logical(shape, param)
                if logical is not None:
                    self.node_rule(shape, reporter, component, targets, logical)
                else:
                    self.generic(shape, reporter, component, targets, param, path=None)
            elif param == SH["class"]:
                self.generic(shape, reporter, "ClassConstraintComponent", targets, param, path=None)
            else:
                raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} on a node shape is not supported")

    def node_rule(self, shape: Node, reporter: Reporter, component: str, targets: Targets, local: Local) -> None:
        if targets.subjects_of or targets.objects_of or targets.nodes:
            self.plan.generic.append(
                Generic(reporter, component, targets, shape, self.param_of(component), self.all_focus(targets, ()))
            )
        else:
            self.plan.nodes.append(Rule(reporter, component, targets, local=local))

    @staticmethod
    def param_of(component: str) -> URIRef:
        for param, name in _COMPONENT.items():
            if name == component:
                return param
        raise UnsupportedShapeError(f"unknown constraint component {component}")

    def all_focus(self, targets: Targets, predicates: Iterable[str]) -> Callable[[Scope], Candidates]:
        preds = frozenset(predicates)
        return lambda scope: Candidates(f"SELECT ?g ?this WHERE {{ {_focus_source(scope, targets, preds)} }}")

    def property_shape(self, shape: Node, targets: Targets) -> None:
        """The constraints of a property shape, for the focus nodes of its parent (or its own targets)."""
        path = self.path(shape)
        if path is None:
            raise UnsupportedShapeError(f"{shape}: sh:property must point to a property shape (with sh:path)")
        reporter = self.reporter(shape)
        params = self.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS
        for param in sorted(params):
            component = _COMPONENT.get(param, "")
            if param in _LOCAL_PARAMS:
                local = self.local_component(shape, param)
                for step in path:
                    self.plan.values[step].append(Rule(reporter, component, targets, local=local))
            elif param == SH["class"]:
                for cls in self.g.objects(shape, param):
                    classes = self.closure([str(cls)])
                    self.plan.classes[(path, classes)].append(Rule(reporter, component, targets, classes=classes))
            elif param in _LOGICAL_PARAMS:
                logical = self.local_logical(shape, param)
                if logical is not None:
                    for step in path:
                        self.plan.values[step].append(Rule(reporter, component, targets, local=logical))
                    continue
                union = self.or_of_classes(shape, param)
                if union is not None:
                    self.plan.classes[(path, union)].append(Rule(reporter, component, targets, classes=union))
                    continue
                self.generic(shape, reporter, component, targets, param, path=path)
            elif param == SH.minCount:
                n = self.integer(shape, param)
                if n == 1:
                    self.plan.min_counts[path].append(Rule(reporter, component, targets, count=n))
                elif n > 1:
                    self.generic(shape, reporter, component, targets, param, path=path)
            elif param == SH.maxCount:
                self.plan.max_counts[path].append(Rule(reporter, component, targets, count=self.integer(shape, param)))
            elif param == SH.hasValue:
                for value in self.g.objects(shape, param):
                    self.plan.has_values[(path, _term(value))].append(
                        Rule(reporter, component, targets, term=_term(value), term_node=value)
                    )
            elif param == SH.uniqueLang:
                flag = self.one(shape, param)
                if isinstance(flag, Literal) and flag.toPython() is True:
                    self.plan.unique_langs[path].append(Rule(reporter, component, targets))
            elif param in (SH.lessThan, SH.lessThanOrEquals):
                for other in self.g.objects(shape, param):
                    if not isinstance(other, URIRef):
                        raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} must be an IRI")
                    strict = param == SH.lessThan
                    self.plan.pairs[(path, str(other), strict)].append(
                        Rule(reporter, component, targets, other=str(other), strict=strict)
                    )
            elif param == SH.qualifiedValueShape:
                self.qualified(shape, reporter, targets, path)
            elif param == SH.property:
                raise UnsupportedShapeError(f"{shape}: sh:property inside a property shape is not supported")
            else:
                raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} is not supported")

    def or_of_classes(self, shape: Node, param: URIRef) -> frozenset[str] | None:
        """sh:or of shapes that only have sh:class (or sh:node of one): the union of their classes."""
        if param == SH["or"]:
            lists = list(self.g.objects(shape, param))
            if len(lists) != 1:
                return None
            members = [self.class_only(m) for m in self.items(lists[0])]
        elif param == SH.node:
            members = [self.class_only(m) for m in self.g.objects(shape, param)]
            if len(members) != 1:
                return None
        else:
            return None
        if not members or any(m is None for m in members):
            return None
        return frozenset().union(*(m for m in members if m is not None))

    def qualified(self, shape: Node, reporter: Reporter, targets: Targets, path: PathKey) -> None:
        disjoint = self.g.value(shape, SH.qualifiedValueShapesDisjoint)
        if isinstance(disjoint, Literal) and disjoint.toPython() is True:
            raise UnsupportedShapeError(f"{shape}: sh:qualifiedValueShapesDisjoint is not supported")
        inner = self.one(shape, SH.qualifiedValueShape)
        classes = self.class_only(inner)
        if classes is None:
            raise UnsupportedShapeError(f"{shape}: sh:qualifiedValueShape is supported for a shape with one sh:class")
        if (shape, SH.qualifiedMinCount, None) in self.g:
            n = self.integer(shape, SH.qualifiedMinCount)
            if n > 1:
                raise UnsupportedShapeError(f"{shape}: sh:qualifiedMinCount above 1 is not supported")
            if n == 1:
                self.plan.qualified_min[(path, classes)].append(
                    Rule(reporter, "QualifiedMinCountConstraintComponent", targets, count=n, classes=classes)
                )
        if (shape, SH.qualifiedMaxCount, None) in self.g:
            self.plan.qualified_max[(path, classes)].append(
                Rule(
                    reporter,
                    "QualifiedMaxCountConstraintComponent",
                    targets,
                    count=self.integer(shape, SH.qualifiedMaxCount),
                    classes=classes,
                )
            )

    def generic(
        self, shape: Node, reporter: Reporter, component: str, targets: Targets, param: URIRef, path: PathKey | None
    ) -> None:
        """A constraint checked by `_Evaluator` on candidates (see `Generic`)."""
        if path is not None:
            raise UnsupportedShapeError(
                f"{shape}: sh:{local_name(str(param))} over shapes with paths or classes on the values of a "
                "property shape is not supported"
            )
        _Evaluator.check_supported(self, shape, param)
        candidates = self.selective_candidates(shape, param, targets)
        if candidates is None:
            candidates = self.all_focus(targets, self.predicates_of(shape, param))
        self.plan.generic.append(Generic(reporter, component, targets, shape, param, candidates))

    def selective_candidates(
        self, shape: Node, param: URIRef, targets: Targets
    ) -> Callable[[Scope], Candidates] | None:
        """A superset of the focus nodes that can violate a node-level logical constraint, or None (all).

        Built from supersets of the nodes that fail a member shape (a value failing a value-local check,
        a value without the class) and of those that conform to one (a value that is not surely bad and
        has the class, for shapes that need a value): sh:or fails only where every member fails, so its
        candidates are the intersection; sh:not [T] fails where T conforms.
        """
        found = self.param_fail_set(shape, param)
        if found is None:
            return None
        builder = found
        return lambda scope: Candidates(f"SELECT DISTINCT ?g ?this WHERE {{ {builder(scope)} }}")

    def param_fail_set(self, shape: Node, param: URIRef) -> SetBuilder | None:
        if param == SH["or"]:
            lists = list(self.g.objects(shape, param))
            sets = [self.fail_set(m) for lst in lists for m in self.items(lst)] if len(lists) == 1 else []
            known = [x for x in sets if x is not None]
            return _intersection(known) if known else None
        if param == SH["not"]:
            inner = list(self.g.objects(shape, param))
            return self.conform_set(inner[0]) if len(inner) == 1 else None
        if param == SH.node:
            inner = list(self.g.objects(shape, param))
            return self.fail_set(inner[0]) if len(inner) == 1 else None
        if param == SH["and"]:
            sets = [self.fail_set(m) for lst in self.g.objects(shape, param) for m in self.items(lst)]
            if not sets or any(x is None for x in sets):
                return None
            return _union([x for x in sets if x is not None])
        return None

    def fail_set(self, member: Node) -> SetBuilder | None:
        """Superset of the nodes failing `member`, or None when that could be any node."""
        if self.deactivated(member):
            return lambda scope: "FILTER(false)"
        path = self.path(member)
        if path is None:
            params = self.params(member) - _NON_CONSTRAINT - _HELPER_PARAMS
            if not params or not params <= _LOGICAL_PARAMS:
                return None
            sets = [self.param_fail_set(member, p) for p in sorted(params)]
            if any(x is None for x in sets):
                return None
            return _union([x for x in sets if x is not None])
        parts: list[SetBuilder] = []
        for param in sorted(self.params(member) - _NON_CONSTRAINT - _HELPER_PARAMS):
            if param in _LOCAL_PARAMS:
                local = self.local_component(member, param)
                parts.append(_values_where(path, _not(local.ok("?v"))))
            elif param in _LOGICAL_PARAMS and (logical := self.local_logical(member, param)) is not None:
                parts.append(_values_where(path, _not(logical.ok("?v"))))
            elif param == SH["class"]:
                for cls in self.g.objects(member, param):
                    parts.append(_values_untyped(path, self.closure([str(cls)])))
            else:
                return None  # fails on absence or on a combination of values: any node may fail
        return _union(parts) if parts else (lambda scope: "FILTER(false)")

    def conform_set(self, shape: Node) -> SetBuilder | None:
        """Superset of the nodes conforming to `shape` if it needs a value on its path, else None."""
        path = self.path(shape)
        if path is None or self.deactivated(shape):
            return None
        params = self.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS
        needs_value = (SH.minCount in params and self.integer(shape, SH.minCount) >= 1) or SH.hasValue in params
        if not needs_value:
            return None
        checks = [self.local_component(shape, p) for p in sorted(params & _LOCAL_PARAMS)]
        for param in sorted(params & _LOGICAL_PARAMS):
            logical = self.local_logical(shape, param)
            if logical is not None:
                checks.append(logical)
        if SH.hasValue in params:
            checks.append(_has_value_local(self.one(shape, SH.hasValue)))
        expr = _not(_conj(checks).bad("?v")) if checks else "true"
        classes = [self.closure([str(c)]) for c in self.g.objects(shape, SH["class"])]
        return _values_where(path, expr, classes)

    def predicates_of(self, shape: Node, param: URIRef) -> set[str]:
        """Every predicate used by the paths of the shapes nested under one parameter."""
        out: set[str] = set()
        todo = list(self.g.objects(shape, param))
        seen: set[Node] = set()
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            if self.g.value(node, RDF.first) is not None or node == RDF.nil:
                todo.extend(self.items(node))
                continue
            path = self.g.value(node, SH.path)
            if path is not None:
                out |= {s.predicate for s in self.path_of(node, path)}
            for p in (SH["not"], SH["and"], SH["or"], SH.node, SH.property, SH.qualifiedValueShape):
                todo.extend(self.g.objects(node, p))
        return out


def _focus_source(scope: Scope, targets: Targets, predicates: frozenset[str]) -> str:
    """A sub-select of all (context ?g, focus ?this) pairs of some targets.

    A focus typed in an article graph is checked there; one typed in the reference graph is checked
    in the reference context and in every article graph that states one of `predicates` about it.
    """
    local_targets = _target_patterns(targets, "?this")
    branches = [scope.in_contexts(t) for t in local_targets]
    if targets.nodes and scope.reference_is_context:
        branches.append(f"{{ VALUES ?this {{ {_iris(targets.nodes)} }} BIND(<{scope.reference}> AS ?g) }}")
    in_reference = [scope.in_reference(t) for t in local_targets]
    if targets.nodes:
        in_reference.append(f"{{ VALUES ?this {{ {_iris(targets.nodes)} }} }}")
    for pred in sorted(predicates):
        for ref in in_reference:
            branches.append(f"{{ {ref} {scope.in_articles(f'?this <{pred}> ?focus_value .')} }}")
    return f"{{ SELECT DISTINCT ?g ?this WHERE {{ {' UNION '.join(branches)} }} }}"


def _union(parts: Sequence[SetBuilder]) -> SetBuilder:
    if len(parts) == 1:
        return parts[0]
    return lambda scope: " UNION ".join(f"{{ {p(scope)} }}" for p in parts)


def _intersection(parts: Sequence[SetBuilder]) -> SetBuilder:
    if len(parts) == 1:
        return parts[0]
    return lambda scope: " ".join(f"{{ {p(scope)} }}" for p in parts)


def _values_where(path: PathKey, expr: str, classes: Sequence[frozenset[str]] = ()) -> SetBuilder:
    """Nodes with a value on `path` for which `expr` (over ?v) holds and that has each of `classes`.

    The values are judged once per distinct value (GROUP BY ... HAVING), then joined back; values from
    the reference graph give rows without ?g (they hold in every context).
    """

    def build(scope: Scope) -> str:
        branches = []
        for step in path:
            if expr == "true":
                chosen = ""
            else:
                any_graph = scope.in_data(step.triple("?sv", "?v"), "?gv")
                chosen = f"{{ SELECT ?v WHERE {{ {any_graph} }} GROUP BY ?v HAVING{expr} }}"
            typed = " ".join(
                f"{{ {{ SELECT ?g ?v WHERE {{ {scope.in_data(f'VALUES ?t {{ {_iris(c)} }} ?v a ?t .')} }} }} "
                f"UNION {{ SELECT ?v WHERE {{ {scope.in_reference(f'VALUES ?t {{ {_iris(c)} }} ?v a ?t .')} }} }} }}"
                for c in classes
            )
            in_article = scope.in_contexts(step.triple("?this", "?v"))
            in_reference = scope.in_reference(step.triple("?this", "?v"))
            branches.append(f"{{ SELECT DISTINCT ?g ?this WHERE {{ {chosen} {in_article} {typed} }} }}")
            branches.append(f"{{ SELECT DISTINCT ?g ?this WHERE {{ {chosen} {in_reference} {typed} }} }}")
        return " UNION ".join(branches)

    return build


def _values_untyped(path: PathKey, classes: frozenset[str]) -> SetBuilder:
    """Nodes with a value on `path` that has no type in `classes` in the context (a superset for values
    in the reference graph, whose types may also come from an article)."""

    def build(scope: Scope) -> str:
        values = f"VALUES ?t {{ {_iris(classes)} }}"
        branches = []
        for step in path:
            in_article = scope.in_contexts(step.triple("?this", "?v"))
            branches.append(
                f"{{ SELECT DISTINCT ?g ?this WHERE {{ {in_article} "
                f"MINUS {{ {scope.in_data(values + ' ?v a ?t .')} }} "
                f"MINUS {{ {scope.in_reference(values + ' ?v a ?t .')} }} }} }}"
            )
            branches.append(
                f"{{ SELECT DISTINCT ?this WHERE {{ {scope.in_reference(step.triple('?this', '?v'))} "
                f"MINUS {{ {scope.in_reference(values + ' ?v a ?t .')} }} }} }}"
            )
        return " UNION ".join(branches)

    return build


def _target_patterns(targets: Targets, var: str) -> list[str]:
    """Triple patterns (one per target kind) that make `var` a focus node."""
    out = []
    if targets.classes:
        out.append(f"VALUES ?target_class {{ {_iris(targets.classes)} }} {var} a ?target_class .")
    for p in sorted(targets.subjects_of):
        out.append(f"{var} <{p}> ?target_object .")
    for p in sorted(targets.objects_of):
        out.append(f"?target_subject <{p}> {var} .")
    return out


# ================================================================================================
# Compiling and caching
# ================================================================================================


def compile_core(shapes: Graph | None = None, *, hierarchy: Graph | None = None) -> Plan:
    """Compile a SHACL Core shapes graph (default shapes/core.ttl) into passes over a Store.

    Raises UnsupportedShapeError for any SHACL parameter, path or nesting this compiler does not
    implement, so a shape is never skipped silently.
    """
    shapes = core_shapes() if shapes is None else shapes
    axioms = class_hierarchy() if hierarchy is None else class_hierarchy() + hierarchy
    subclasses = _subclass_closure(axioms)
    return _Compiler(shapes, subclasses).compile()


_DEFAULT_PLAN: Plan | None = None


def default_plan() -> Plan:
    """The compiled core.ttl, once per process."""
    global _DEFAULT_PLAN
    if _DEFAULT_PLAN is None:
        _DEFAULT_PLAN = compile_core()
    return _DEFAULT_PLAN


# ================================================================================================
# Running a plan: pass queries -> candidate rows -> pySHACL's rules in Python -> Findings
# ================================================================================================

Row = dict[str, Term]


@dataclass(frozen=True)
class _Job:
    """One query of one pass; `handle` turns its rows into findings."""

    name: str
    sparql: str
    handle: Callable[[list[Row]], Iterator[Finding]]
    union: bool = False  # run over the union of all graphs (the cross-article rules), not graph by graph


def _to_rdflib(term: Term) -> Node:
    """A stored term as the rdflib term pySHACL would see (a plain string stays plain, as in the files)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == XSD_NS + "string":
        return Literal(term.value)
    with _quiet_rdflib():
        return Literal(term.value, datatype=URIRef(datatype))


def _finding(reporter: Reporter, component: str, focus: Term, value: Term | None) -> Finding:
    focus_text = _ox_str(focus) or ""
    value_text = _ox_str(value) if value is not None else None
    bindings = {"this": focus_text, "value": value_text, "path": reporter.path}
    # core.ttl gives every shape its messages; pySHACL's generic texts for a shape without any are not
    # reproduced, the component's name stands in for them.
    message_en = _fill(reporter.message_en, bindings) if reporter.message_en else component
    return Finding(
        shape=reporter.shape,
        constraint=component,
        severity=reporter.severity,
        focus=focus_text,
        path=reporter.path,
        value=value_text,
        message_vi=_fill(reporter.message_vi, bindings) if reporter.message_vi else message_en,
        message_en=message_en,
        article=None,
        quote=None,
    )


class _Resolver:
    """Answers "is this node a focus node of these targets in that context?" by index lookups.

    A context is an article graph plus the reference graph (or the reference graph alone). Only
    candidate rows are resolved, so a lookup per row is cheap next to scanning the store.
    """

    def __init__(self, store: ox.Store, scope: Scope):
        self.store = store
        self.scope = scope
        self.reference = ox.NamedNode(scope.reference)
        self._types: dict[tuple[str, Term], frozenset[str]] = {}
        self._has: dict[tuple[str, Term, str, bool], bool] = {}

    def types(self, graph: str, node: Term) -> frozenset[str]:
        key = (graph, node)
        if key not in self._types:
            if isinstance(node, ox.Literal):
                self._types[key] = frozenset()
            else:
                quads = self.store.quads_for_pattern(node, _TYPE, None, ox.NamedNode(graph))
                self._types[key] = frozenset(q.object.value for q in quads if isinstance(q.object, ox.NamedNode))
        return self._types[key]

    def has(self, graph: str, node: Term, predicate: str, inverse: bool) -> bool:
        key = (graph, node, predicate, inverse)
        if key not in self._has:
            g, p = ox.NamedNode(graph), ox.NamedNode(predicate)
            if inverse:
                found = next(iter(self.store.quads_for_pattern(None, p, node, g)), None)
            elif isinstance(node, ox.Literal):
                found = None
            else:
                found = next(iter(self.store.quads_for_pattern(node, p, None, g)), None)
            self._has[key] = found is not None
        return self._has[key]

    def _focus_in(self, graphs: Sequence[str], node: Term, targets: Targets) -> bool:
        if isinstance(node, ox.NamedNode) and node.value in targets.nodes:
            return True
        for graph in graphs:
            if targets.classes and self.types(graph, node) & targets.classes:
                return True
            if any(self.has(graph, node, p, False) for p in targets.subjects_of):
                return True
            if any(self.has(graph, node, p, True) for p in targets.objects_of):
                return True
        return False

    def is_focus(self, graph: str, node: Term, targets: Targets) -> bool:
        """Focus in the context of `graph` (that graph plus the reference graph)."""
        if not self.scope.is_context(graph):
            return False
        graphs = [graph] if graph == self.scope.reference else [graph, self.scope.reference]
        return self._focus_in(graphs, node, targets)

    def article_contexts(self, node: Term, targets: Targets) -> Iterator[str]:
        """Article graphs (contexts) in which `node` has a target of its own.

        One lookup per target class or predicate, with the graph left open (or per listed graph): a
        unit typed in thousands of articles is not walked through when it has another class.
        """
        seen: set[str] = set()
        patterns: list[tuple[ox.NamedNode | ox.BlankNode | None, ox.NamedNode, Term | None]] = []
        if not isinstance(node, ox.Literal):
            patterns.extend((node, _TYPE, ox.NamedNode(c)) for c in sorted(targets.classes))
            patterns.extend((node, ox.NamedNode(p), None) for p in sorted(targets.subjects_of))
        patterns.extend((None, ox.NamedNode(p), node) for p in sorted(targets.objects_of))
        graphs: list[ox.NamedNode | None] = [None]
        if self.scope.graphs is not None:
            graphs = [ox.NamedNode(g) for g in self.scope.graphs if g != self.scope.reference]
        for subject, predicate, obj in patterns:
            for graph_name in graphs:
                for quad in self.store.quads_for_pattern(subject, predicate, obj, graph_name):
                    graph = quad.graph_name
                    if not isinstance(graph, ox.NamedNode) or graph.value in seen:
                        continue
                    name = graph.value
                    if name == self.scope.reference or not self.scope.is_context(name):
                        continue
                    seen.add(name)
                    yield name

    def is_focus_anywhere(self, node: Term, targets: Targets) -> bool:
        """Focus in some context: for verdicts that do not depend on the context, or only grow with it."""
        if isinstance(node, ox.NamedNode) and node.value in targets.nodes:
            return True
        if self._focus_in([self.scope.reference], node, targets):
            return True  # the reference graph's types hold in every context
        return next(self.article_contexts(node, targets), None) is not None


class _Evaluator:
    """pySHACL's semantics for one node in one context (an article graph plus the reference graph),
    by index lookups. Only used on the candidates of `Generic` checks, which are few."""

    SUPPORTED = _LOCAL_PARAMS | _LOGICAL_PARAMS | _FOCUS_PARAMS | {SH["class"], SH.property, SH.qualifiedValueShape}

    @classmethod
    def check_supported(cls, compiler: _Compiler, shape: Node, param: URIRef) -> None:
        """Raise at compile time if a nested shape uses something the evaluator does not implement."""
        todo = [(shape, param)]
        seen: set[tuple[Node, URIRef]] = set()
        while todo:
            node, p = todo.pop()
            if (node, p) in seen:
                continue
            seen.add((node, p))
            if p not in cls.SUPPORTED:
                raise UnsupportedShapeError(f"{node}: sh:{local_name(str(p))} is not supported inside nested shapes")
            if p == SH.qualifiedValueShape:
                disjoint = compiler.g.value(node, SH.qualifiedValueShapesDisjoint)
                if isinstance(disjoint, Literal) and disjoint.toPython() is True:
                    raise UnsupportedShapeError(f"{node}: sh:qualifiedValueShapesDisjoint is not supported")
            if p in (SH["not"], SH.node, SH.property, SH.qualifiedValueShape):
                nested = list(compiler.g.objects(node, p))
            elif p in (SH["and"], SH["or"]):
                nested = [m for lst in compiler.g.objects(node, p) for m in compiler.items(lst)]
            else:
                continue
            for inner in nested:
                compiler.path(inner)
                for q in compiler.params(inner) - _NON_CONSTRAINT - _HELPER_PARAMS:
                    todo.append((inner, q))

    def __init__(self, compiler: _Compiler, resolver: _Resolver):
        self.c = compiler
        self.r = resolver
        self._locals: dict[tuple[Node, URIRef], Local] = {}

    def graphs(self, graph: str) -> list[str]:
        reference = self.r.scope.reference
        return [graph] if graph == reference else [graph, reference]

    def values(self, node: Term, path: PathKey, graph: str) -> list[Term]:
        out: dict[Term, None] = {}
        for name in self.graphs(graph):
            g = ox.NamedNode(name)
            for step in path:
                p = ox.NamedNode(step.predicate)
                if step.inverse:
                    quads = self.r.store.quads_for_pattern(None, p, node, g)
                    out.update((q.subject, None) for q in quads if isinstance(q.subject, ox.NamedNode | ox.BlankNode))
                elif not isinstance(node, ox.Literal):
                    quads = self.r.store.quads_for_pattern(node, p, None, g)
                    out.update(
                        (q.object, None)
                        for q in quads
                        if isinstance(q.object, ox.NamedNode | ox.BlankNode | ox.Literal)
                    )
        return list(out)

    def local(self, shape: Node, param: URIRef) -> Local:
        key = (shape, param)
        if key not in self._locals:
            self._locals[key] = self.c.local_component(shape, param)
        return self._locals[key]

    def conforms(self, shape: Node, node: Term, graph: str) -> bool:
        if self.c.deactivated(shape):
            return True
        for param in sorted(self.c.params(shape) - _NON_CONSTRAINT - _HELPER_PARAMS):
            if param == SH.property:
                if not all(self.conforms(prop, node, graph) for prop in self.c.g.objects(shape, param)):
                    return False
            elif self.violations(shape, param, node, graph):
                return False
        return True

    def typed(self, node: Term, classes: frozenset[str], graph: str) -> bool:
        return any(self.r.types(g, node) & classes for g in self.graphs(graph))

    def violations(self, shape: Node, param: URIRef, node: Term, graph: str) -> list[Term | None]:
        """The values (None for count-like constraints) for which pySHACL reports `param` of `shape`."""
        c = self.c
        path = c.path(shape)
        values = [node] if path is None else self.values(node, path, graph)
        if param in _LOCAL_PARAMS:
            local = self.local(shape, param)
            with _quiet_rdflib():
                return [v for v in values if not local.check(_to_rdflib(v))]
        if param == SH["class"]:
            out: list[Term | None] = []
            for cls in c.g.objects(shape, param):
                classes = c.closure([str(cls)])
                out.extend(v for v in values if not self.typed(v, classes, graph))
            return out
        if param == SH.hasValue:
            wanted = c.one(shape, param)
            if path is None:
                return [node] if _to_rdflib(node) != wanted else []
            return [] if any(_to_rdflib(v) == wanted for v in values) else [None]
        if param == SH["not"]:
            inner = list(c.g.objects(shape, param))
            return [v for v in values if any(self.conforms(s, v, graph) for s in inner)]
        if param == SH.node:
            inner = list(c.g.objects(shape, param))
            return [v for v in values if not all(self.conforms(s, v, graph) for s in inner)]
        if param in (SH["and"], SH["or"]):
            lists = [c.items(lst) for lst in c.g.objects(shape, param)]
            combine = all if param == SH["and"] else any
            return [v for v in values if not all(combine(self.conforms(m, v, graph) for m in ms) for ms in lists)]
        if param == SH.minCount:
            return [None] if len(values) < c.integer(shape, param) else []
        if param == SH.maxCount:
            return [None] if len(values) > c.integer(shape, param) else []
        if param == SH.uniqueLang:
            langs = [v.language.lower() for v in values if isinstance(v, ox.Literal) and v.language]
            return [None] if len(langs) != len(set(langs)) else []
        if param in (SH.lessThan, SH.lessThanOrEquals):
            out = []
            for other in c.g.objects(shape, param):
                others = self.values(node, (Step(str(other)),), graph)
                with _quiet_rdflib():
                    for v in values:
                        if any(not _pyshacl_less(_to_rdflib(v), _to_rdflib(o), param == SH.lessThan) for o in others):
                            out.append(v)
            return out
        if param == SH.qualifiedValueShape:
            qualified = c.one(shape, param)
            count = sum(1 for v in values if self.conforms(qualified, v, graph))
            low = c.integer(shape, SH.qualifiedMinCount) if (shape, SH.qualifiedMinCount, None) in c.g else None
            high = c.integer(shape, SH.qualifiedMaxCount) if (shape, SH.qualifiedMaxCount, None) in c.g else None
            return [None] if (low is not None and count < low) or (high is not None and count > high) else []
        raise UnsupportedShapeError(f"{shape}: sh:{local_name(str(param))} is not supported inside nested shapes")


def _union_targets(rules: Iterable[Rule]) -> Targets:
    out = Targets()
    for rule in rules:
        out = out | rule.targets
    return out


def _chunked(items: Sequence[Term], size: int) -> Iterator[Sequence[Term]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _focus_joins(scope: Scope, targets: Targets, left: str, variables: str, var: str) -> list[str]:
    """Queries keeping the rows of `left` (a sub-select binding ?g and `var`) whose `var` has a target of
    `targets` in the context ?g or in the reference graph.

    One query per target kind and graph, each a join of two sub-selects: Oxigraph hash-joins those,
    where a UNION of focus patterns joined to the rows was evaluated row by row (30x slower).
    """
    queries = []
    for pattern in _target_patterns(targets, var):
        in_context = f"{{ SELECT DISTINCT ?g {var} WHERE {{ {scope.in_data(pattern)} }} }}"
        in_reference = f"{{ SELECT DISTINCT {var} WHERE {{ {scope.in_reference(pattern)} }} }}"
        queries.append(f"SELECT DISTINCT {variables} WHERE {{ {left} {in_context} }}")
        queries.append(f"SELECT DISTINCT {variables} WHERE {{ {left} {in_reference} }}")
    if targets.nodes:
        queries.append(f"SELECT DISTINCT {variables} WHERE {{ {left} VALUES {var} {{ {_iris(targets.nodes)} }} }}")
    return queries


def _focus_pattern(scope: Scope, targets: Targets) -> str:
    """(?g, ?this): nodes with a target in a context graph (the reference graph is a context of its own)."""
    branches = [scope.in_contexts(t) for t in _target_patterns(targets, "?this")]
    if targets.nodes and scope.reference_is_context:
        branches.append(f"{{ VALUES ?this {{ {_iris(targets.nodes)} }} BIND(<{scope.reference}> AS ?g) }}")
    return " UNION ".join(branches) if branches else "FILTER(false)"


class _Runner:
    """Builds the jobs of a plan for a scope, and turns their rows into findings."""

    def __init__(self, plan: Plan, store: ox.Store, scope: Scope, reference_predicates: set[str]):
        self.plan = plan
        self.scope = scope
        self.resolver = _Resolver(store, scope)
        self.store = store
        self.ref_preds = reference_predicates
        self.articles = 0  # article graphs in scope: worker processes only pay off for large stores

    def in_reference(self, path: PathKey) -> bool:
        return any(step.predicate in self.ref_preds for step in path)

    def jobs(self) -> list[_Job]:
        out: list[_Job] = []
        for step, rules in self.plan.values.items():
            out.append(self.value_job(step, rules))
        if self.plan.nodes:
            out.extend(self.node_jobs(self.plan.nodes))
        for (path, classes), rules in self.plan.classes.items():
            out.append(self.class_job(path, classes, rules))
        for path, rules in self.plan.min_counts.items():
            out.append(self.min_count_job(path, rules))
        for path, rules in self.plan.max_counts.items():
            out.extend(self.max_count_jobs(path, rules))
        for (path, term), rules in self.plan.has_values.items():
            out.append(self.has_value_job(path, term, rules))
        for path, rules in self.plan.unique_langs.items():
            out.extend(self.unique_lang_jobs(path, rules))
        for (path, other, strict), rules in self.plan.pairs.items():
            out.extend(self.pair_jobs(path, other, strict, rules))
        out.extend(self.qualified_jobs())
        for generic in self.plan.generic:
            out.append(self.generic_job(generic))
        return out

    # ---- value-local checks on values: one pass per predicate, each distinct value decoded once ----

    def repeated(self, pattern: str, var: str) -> bool:
        """Whether `var` repeats a lot in `pattern` (judged on the first 300 rows of the index).

        A check on a term decodes it: once per distinct term with `GROUP BY var HAVING(...)`, which pays
        off when terms repeat (labels, roles, units: 0.4 µs a row instead of 2.6); for terms seen once
        (span IRIs, quotes) a plain FILTER is 3x cheaper than grouping (5.7 µs instead of 17).
        """
        if self.scope.graphs is not None:
            return False
        rows = _rows(self.store, f"SELECT {var} WHERE {{ GRAPH ?g {{ {pattern} }} }} LIMIT 300")
        distinct = len({row.get(var[1:]) for row in rows})
        return bool(rows) and len(rows) >= 4 * distinct

    def bad_values_query(self, step: Step, candidate: str) -> str:
        triple = step.triple("?s", "?value")
        if self.repeated(triple, "?value"):
            return f"SELECT ?value WHERE {{ {self.scope.in_contexts(triple)} }} GROUP BY ?value HAVING{candidate}"
        return f"SELECT DISTINCT ?value WHERE {{ {self.scope.in_contexts(triple)} FILTER{candidate} }}"

    def traced(self, step: Step, value: Term) -> Iterator[tuple[str, Term]]:
        """(graph, node) pairs that have `value` on `step`, in context graphs."""
        predicate = ox.NamedNode(step.predicate)
        if step.inverse:
            if isinstance(value, ox.Literal):
                return
            quads = self.store.quads_for_pattern(value, predicate, None, None)
        else:
            quads = self.store.quads_for_pattern(None, predicate, value, None)
        for quad in quads:
            graph = quad.graph_name
            node = quad.object if step.inverse else quad.subject
            if (
                isinstance(graph, ox.NamedNode)
                and self.scope.is_context(graph.value)
                and isinstance(node, ox.NamedNode | ox.BlankNode | ox.Literal)
            ):
                yield graph.value, node

    def value_job(self, step: Step, rules: list[Rule]) -> _Job:
        candidate = _any(_not(rule.local.ok("?value")) for rule in rules if rule.local is not None)
        sparql = self.bad_values_query(step, candidate)

        def handle(rows: list[Row]) -> Iterator[Finding]:
            failing: dict[Targets, dict[Term, list[Rule]]] = defaultdict(lambda: defaultdict(list))
            for row in rows:
                value = row["value"]
                node = _to_rdflib(value)
                with _quiet_rdflib():
                    for rule in rules:
                        if rule.local is not None and not rule.local.check(node):
                            failing[rule.targets][value].append(rule)
            for targets, by_value in failing.items():
                yield from self.trace_values(step, targets, by_value)

        return _Job(f"value {step.predicate}", sparql, handle)

    def trace_values(self, step: Step, targets: Targets, by_value: dict[Term, list[Rule]]) -> Iterator[Finding]:
        """Findings for bad values: the focus nodes (of `targets`) that have them, in their contexts.

        Article values are traced in SPARQL, joined with the focus types (so a value that is bad only
        for another class costs nothing); values in the reference graph, and blank nodes, in Python.
        """
        named = [v for v in by_value if not isinstance(v, ox.BlankNode)]
        seen: set[tuple[Term, Term]] = set()
        for chunk in _chunked(named, 300):
            values = " ".join(str(v) for v in chunk)
            stated = self.scope.in_articles(step.triple("?s", "?value"))
            left = f"{{ SELECT ?g ?s ?value WHERE {{ VALUES ?value {{ {values} }} {stated} }} }}"
            for sparql in _focus_joins(self.scope, targets, left, "?s ?value", "?s"):
                for row in _rows(self.store, sparql):
                    if (row["s"], row["value"]) in seen:
                        continue
                    seen.add((row["s"], row["value"]))
                    for rule in by_value.get(row["value"], []):
                        yield _finding(rule.reporter, rule.component, row["s"], row["value"])
        reference = ox.NamedNode(self.scope.reference)
        predicate = ox.NamedNode(step.predicate)
        for value, rules in by_value.items():
            pairs: list[tuple[str, object]] = []
            if isinstance(value, ox.BlankNode):
                pairs.extend(self.traced(step, value))
            elif step.inverse and not isinstance(value, ox.Literal):
                quads = self.store.quads_for_pattern(value, predicate, None, reference)
                pairs.extend((self.scope.reference, q.object) for q in quads)
            elif not step.inverse:
                quads = self.store.quads_for_pattern(None, predicate, value, reference)
                pairs.extend((self.scope.reference, q.subject) for q in quads)
            for graph, focus in pairs:
                if not isinstance(focus, ox.NamedNode | ox.BlankNode | ox.Literal):
                    continue
                for rule in rules:
                    if graph == self.scope.reference:
                        is_focus = self.resolver.is_focus_anywhere(focus, rule.targets)
                    else:
                        is_focus = self.resolver.is_focus(graph, focus, rule.targets)
                    if is_focus:
                        yield _finding(rule.reporter, rule.component, focus, value)

    def refined(self, sparql: str, rows: list[Row], targets: Targets, node: str) -> list[Row]:
        """Many candidate rows (a predicate shared with other classes): keep, in SPARQL, those whose node
        is a focus of `targets` in the row's context; rows from the reference graph are kept as they are."""
        if len(rows) <= 1000:
            return rows
        kept = [row for row in rows if row["g"].value == self.scope.reference]
        names = " ".join(f"?{name}" for name in rows[0])
        left = f"{{ {sparql} }} FILTER(?g != <{self.scope.reference}>)"
        unique: dict[tuple[Term, ...], Row] = {}
        for query in _focus_joins(self.scope, targets, f"{{ {left} }}", names, node):
            for row in _rows(self.store, query):
                unique[tuple(row.values())] = row
        return kept + list(unique.values())

    # ---- value-local checks on focus nodes themselves (IRI patterns, node kinds) -------------------

    def node_jobs(self, rules: list[Rule]) -> list[_Job]:
        """One query per target class: its focus nodes failing a node-level check of some shape."""
        jobs = []
        for cls in sorted(frozenset().union(*(r.targets.classes for r in rules))):
            mine = [r for r in rules if cls in r.targets.classes and r.local is not None]
            # A focus node is an IRI or a blank node; a pattern fails on a blank node (STR is an error),
            # so with a pattern in the filter, "is an IRI" needs no test (and no second decode) of its own.
            has_pattern = any(r.component == "PatternConstraintComponent" for r in mine)
            filtered = [r for r in mine if not (has_pattern and r.component == "NodeKindConstraintComponent")]
            candidate = _any(_not(r.local.ok("?this")) for r in filtered if r.local is not None)
            if candidate == "false":
                continue
            triple = f"?this a <{cls}> ."
            pattern = self.scope.in_contexts(triple)
            if self.repeated(triple, "?this"):
                sparql = f"SELECT ?this WHERE {{ {pattern} }} GROUP BY ?this HAVING{candidate}"
            else:
                sparql = f"SELECT DISTINCT ?this WHERE {{ {pattern} FILTER{candidate} }}"
            jobs.append(_Job(f"node {cls}", sparql, self._node_handler(mine)))
        return jobs

    @staticmethod
    def _node_handler(rules: list[Rule]) -> Callable[[list[Row]], Iterator[Finding]]:
        def handle(rows: list[Row]) -> Iterator[Finding]:
            for row in rows:
                focus = row["this"]
                node = _to_rdflib(focus)
                for rule in rules:
                    if rule.local is not None:
                        with _quiet_rdflib():
                            conforms = rule.local.check(node)
                        if not conforms:
                            yield _finding(rule.reporter, rule.component, focus, focus)

        return handle

    # ---- sh:class (and sh:or of classes): values without such a type in the context ----------------

    def class_job(self, path: PathKey, classes: frozenset[str], rules: list[Rule]) -> _Job:
        scope = self.scope
        values = f"VALUES ?t {{ {_iris(classes)} }}"
        branches = " UNION ".join(scope.in_contexts(step.triple("?s", "?value")) for step in path)
        sparql = (
            f"SELECT DISTINCT ?g ?s ?value WHERE {{ {{ {branches} }} "
            f"MINUS {{ {scope.in_data(values + ' ?value a ?t .')} }} "
            f"MINUS {{ {scope.in_reference(values + ' ?value a ?t .')} }} }}"
        )

        def handle(rows: list[Row]) -> Iterator[Finding]:
            rows = self.refined(sparql, rows, _union_targets(rules), "?s")
            for row in rows:
                graph, focus, value = row["g"].value, row["s"], row["value"]
                for rule in rules:
                    if graph != scope.reference:
                        if self.resolver.is_focus(graph, focus, rule.targets):
                            yield _finding(rule.reporter, rule.component, focus, value)
                        continue
                    # The value is stated in the reference graph: every context where the focus is one.
                    if self.resolver.is_focus(graph, focus, rule.targets):
                        yield _finding(rule.reporter, rule.component, focus, value)
                        continue
                    for article in self.resolver.article_contexts(focus, rule.targets):
                        if not self.resolver.types(article, value) & classes:
                            yield _finding(rule.reporter, rule.component, focus, value)
                            break

        return _Job(f"class {_path_name(path)}", sparql, handle)

    # ---- sh:minCount 1 and sh:hasValue: focus nodes MINUS those with a (matching) value -----------

    def _missing(self, name: str, path: PathKey, obj: str | None, rules: list[Rule], component_value: bool) -> _Job:
        scope = self.scope
        focus = _focus_pattern(scope, _union_targets(rules))
        minus = []
        for step in path:
            target = obj if obj is not None else "?z"
            minus.append(f"MINUS {scope.in_data(step.triple('?this', target))}")
            minus.append(f"MINUS {scope.in_reference(step.triple('?this', target))}")
        sparql = f"SELECT DISTINCT ?g ?this WHERE {{ {{ {focus} }} {' '.join(minus)} }}"

        exact = len({r.targets for r in rules}) == 1  # the rows are then exactly focus nodes of every rule

        def handle(rows: list[Row]) -> Iterator[Finding]:
            done: set[Term] = set()
            for row in rows:
                graph, node = row["g"].value, row["this"]
                if exact and node in done:
                    continue
                done.add(node)
                for rule in rules:
                    if exact or self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)

        return _Job(name, sparql, handle)

    def min_count_job(self, path: PathKey, rules: list[Rule]) -> _Job:
        return self._missing(f"minCount {_path_name(path)}", path, None, rules, False)

    def has_value_job(self, path: PathKey, term: str, rules: list[Rule]) -> _Job:
        return self._missing(f"hasValue {_path_name(path)} {term}", path, term, rules, False)

    # ---- sh:maxCount: count values per (graph, node) without decoding them --------------------------

    def _reference_values_jobs(
        self,
        name: str,
        path: PathKey,
        judge: Callable[[dict[tuple[str, Term], set[Term]], dict[Term, set[Term]]], Iterator[Finding]],
    ) -> list[_Job]:
        """For nodes with values in the reference graph: their reference values, and the other values
        each article adds. Both are small (articles restate the reference values), and Python merges them."""
        scope = self.scope
        in_ref = " UNION ".join(scope.in_reference(step.triple("?s", "?x")) for step in path)
        subjects = f"{{ SELECT DISTINCT ?s WHERE {{ {in_ref} }} }}"
        added = " UNION ".join(scope.in_articles(step.triple("?s", "?x")) for step in path)
        minus = " ".join(f"MINUS {scope.in_reference(step.triple('?s', '?x'))}" for step in path)
        reference_sparql = f"SELECT DISTINCT ?s ?x WHERE {{ {in_ref} }}"
        added_sparql = f"SELECT DISTINCT ?g ?s ?x WHERE {{ {subjects} {{ {added} }} {minus} }}"

        def handle(rows: list[Row]) -> Iterator[Finding]:
            # The reference values are read here, not by a job of their own: jobs may come back in
            # any order when they run in other processes. The reference graph is small.
            reference: dict[Term, set[Term]] = defaultdict(set)
            for row in _rows(self.store, reference_sparql):
                reference[row["s"]].add(row["x"])
            added_values: dict[tuple[str, Term], set[Term]] = defaultdict(set)
            for row in rows:
                added_values[(row["g"].value, row["s"])].add(row["x"])
            return judge(added_values, reference)

        return [_Job(f"{name} (values added to reference nodes)", added_sparql, handle)]

    def max_count_jobs(self, path: PathKey, rules: list[Rule]) -> list[_Job]:
        scope = self.scope
        least = min(r.count for r in rules)
        branches = " UNION ".join(scope.in_contexts(step.triple("?s", "?x")) for step in path)
        distinct = "DISTINCT " if len(path) > 1 else ""
        in_reference = self.in_reference(path)
        minus = (
            " ".join(f"MINUS {scope.in_reference(step.triple('?s', '?y'))}" for step in path) if in_reference else ""
        )
        sparql = (
            f"SELECT ?g ?s (COUNT({distinct}?x) AS ?n) WHERE {{ {{ {branches} }} {minus} }} "
            f"GROUP BY ?g ?s HAVING(COUNT({distinct}?x) > {least})"
        )

        def handle(rows: list[Row]) -> Iterator[Finding]:
            rows = self.refined(sparql, rows, _union_targets(rules), "?s")
            for row in rows:
                graph, node, n = row["g"].value, row["s"], int(row["n"].value)
                for rule in rules:
                    if n > rule.count and self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)

        jobs = [_Job(f"maxCount {_path_name(path)}", sparql, handle)]
        if in_reference:

            def judge(added: dict[tuple[str, Term], set[Term]], reference: dict[Term, set[Term]]) -> Iterator[Finding]:
                for node, values in reference.items():
                    for rule in rules:
                        if len(values) > rule.count and self.resolver.is_focus_anywhere(node, rule.targets):
                            yield _finding(rule.reporter, rule.component, node, None)
                for (graph, node), values in added.items():
                    total = len(values | reference.get(node, set()))
                    for rule in rules:
                        if total > rule.count and self.resolver.is_focus(graph, node, rule.targets):
                            yield _finding(rule.reporter, rule.component, node, None)

            jobs.extend(self._reference_values_jobs(f"maxCount {_path_name(path)}", path, judge))
        return jobs

    # ---- sh:uniqueLang: two values with the same language tag --------------------------------------

    def unique_lang_jobs(self, path: PathKey, rules: list[Rule]) -> list[_Job]:
        scope = self.scope
        branches = " UNION ".join(scope.in_contexts(step.triple("?s", "?x")) for step in path)
        values_again = " UNION ".join(scope.in_data(step.triple("?s", "?x")) for step in path)
        in_reference = self.in_reference(path)
        minus = (
            " ".join(f"MINUS {scope.in_reference(step.triple('?s', '?y'))}" for step in path) if in_reference else ""
        )
        several = (
            f"{{ SELECT ?g ?s WHERE {{ {{ {branches} }} {minus} }} GROUP BY ?g ?s HAVING(COUNT(DISTINCT ?x) > 1) }}"
        )
        sparql = (
            f"SELECT DISTINCT ?g ?s WHERE {{ {{ SELECT ?g ?s ?lang (COUNT(DISTINCT ?x) AS ?n) WHERE {{ "
            f"{several} {{ {values_again} }} FILTER(isLiteral(?x)) BIND(LCASE(LANG(?x)) AS ?lang) }} "
            f'GROUP BY ?g ?s ?lang }} FILTER(?n > 1 && ?lang != "") }}'
        )

        def handle(rows: list[Row]) -> Iterator[Finding]:
            for row in rows:
                graph, node = row["g"].value, row["s"]
                for rule in rules:
                    if self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)

        jobs = [_Job(f"uniqueLang {_path_name(path)}", sparql, handle)]
        if in_reference:

            def duplicated(values: set[Term]) -> bool:
                langs = [v.language.lower() for v in values if isinstance(v, ox.Literal) and v.language]
                return len(langs) != len(set(langs))

            def judge(added: dict[tuple[str, Term], set[Term]], reference: dict[Term, set[Term]]) -> Iterator[Finding]:
                for node, values in reference.items():
                    for rule in rules:
                        if duplicated(values) and self.resolver.is_focus_anywhere(node, rule.targets):
                            yield _finding(rule.reporter, rule.component, node, None)
                for (graph, node), values in added.items():
                    for rule in rules:
                        if duplicated(values | reference.get(node, set())) and self.resolver.is_focus(
                            graph, node, rule.targets
                        ):
                            yield _finding(rule.reporter, rule.component, node, None)

            jobs.extend(self._reference_values_jobs(f"uniqueLang {_path_name(path)}", path, judge))
        return jobs

    # ---- sh:lessThan / sh:lessThanOrEquals ---------------------------------------------------------

    def pair_jobs(self, path: PathKey, other: str, strict: bool, rules: list[Rule]) -> list[_Job]:
        scope = self.scope
        op = "<" if strict else "<="
        left = " UNION ".join(scope.in_contexts(step.triple("?s", "?value")) for step in path)
        right = scope.in_contexts(f"?s <{other}> ?other .")
        sparql = (
            f"SELECT ?g ?s ?value ?other WHERE {{ {{ SELECT ?g ?s ?value WHERE {{ {left} }} }} "
            f"{{ SELECT ?g ?s ?other WHERE {{ {right} }} }} FILTER{_not(_surely_ordered('?value', '?other', op))} }}"
        )
        jobs = [_Job(f"pair {_path_name(path)} {other}", sparql, self._pair_handler(rules, strict))]
        if self.in_reference(path) or other in self.ref_preds:
            # Pairs with one side in the reference graph and the other in an article.
            ref_left = " UNION ".join(scope.in_reference(step.triple("?s", "?y")) for step in path)
            subjects = (
                f"{{ SELECT DISTINCT ?s WHERE {{ {ref_left} UNION {scope.in_reference(f'?s <{other}> ?y .')} }} }}"
            )
            mentioned = " UNION ".join(
                [scope.in_articles(step.triple("?s", "?w")) for step in path]
                + [scope.in_articles(f"?s <{other}> ?w .")]
            )
            values = " UNION ".join(
                [scope.in_data(step.triple("?s", "?value")) for step in path]
                + [scope.in_reference(step.triple("?s", "?value")) for step in path]
            )
            others = f"{scope.in_data(f'?s <{other}> ?other .')} UNION {scope.in_reference(f'?s <{other}> ?other .')}"
            mixed = (
                f"SELECT DISTINCT ?g ?s ?value ?other WHERE {{ {subjects} {{ SELECT DISTINCT ?g ?s WHERE {{ {subjects} "
                f"{{ {mentioned} }} }} }} {{ {values} }} {{ {others} }} "
                f"FILTER{_not(_surely_ordered('?value', '?other', op))} }}"
            )
            jobs.append(_Job(f"pair {_path_name(path)} {other} (reference)", mixed, self._pair_handler(rules, strict)))
        return jobs

    def _pair_handler(self, rules: list[Rule], strict: bool) -> Callable[[list[Row]], Iterator[Finding]]:
        def handle(rows: list[Row]) -> Iterator[Finding]:
            for row in rows:
                graph, node, value, other = row["g"].value, row["s"], row["value"], row["other"]
                with _quiet_rdflib():
                    ordered = _pyshacl_less(_to_rdflib(value), _to_rdflib(other), strict)
                if ordered:
                    continue
                for rule in rules:
                    if self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, value)

        return handle

    # ---- sh:qualifiedValueShape [ sh:class C ] with sh:qualifiedMin/MaxCount ------------------------

    def _conforming(self, path: PathKey, kinds: Sequence[frozenset[str]]) -> str:
        """(?g, ?s, ?x, ?k): values of the path having a type of class set number ?k in the context
        (?g unbound when both the value and its type come from the reference graph: every context)."""
        scope = self.scope
        pairs = sorted({(c, k) for k, classes in enumerate(kinds) for c in classes})
        values = "VALUES (?t ?k) { " + " ".join(f"(<{c}> {k})" for c, k in pairs) + " }"
        stated = " UNION ".join(scope.in_data(step.triple("?s", "?x")) for step in path)
        typed = scope.in_data(f"{values} ?x a ?t .")
        typed_in_reference = f"{{ SELECT ?x ?k WHERE {{ {scope.in_reference(values + ' ?x a ?t .')} }} }}"
        branches = [
            f"{{ {{ SELECT ?g ?s ?x WHERE {{ {stated} }} }} {{ SELECT ?g ?x ?k WHERE {{ {typed} }} }} }}",
            f"{{ {{ SELECT ?g ?s ?x WHERE {{ {stated} }} }} {typed_in_reference} }}",
        ]
        if self.in_reference(path):
            in_ref = " UNION ".join(scope.in_reference(step.triple("?s", "?x")) for step in path)
            branches.append(f"{{ {{ SELECT ?s ?x WHERE {{ {in_ref} }} }} {{ SELECT ?g ?x ?k WHERE {{ {typed} }} }} }}")
            branches.append(f"{{ {{ SELECT ?s ?x WHERE {{ {in_ref} }} }} {typed_in_reference} }}")
        return " UNION ".join(branches)

    def qualified_jobs(self) -> list[_Job]:
        """sh:qualifiedValueShape [ sh:class C ]: one query per path for the minimums, one for the maximums."""
        by_path: dict[PathKey, dict[frozenset[str], tuple[list[Rule], list[Rule]]]] = defaultdict(dict)
        for (path, classes), rules in self.plan.qualified_min.items():
            by_path[path].setdefault(classes, ([], []))[0].extend(rules)
        for (path, classes), rules in self.plan.qualified_max.items():
            by_path[path].setdefault(classes, ([], []))[1].extend(rules)
        jobs = []
        for path, table in by_path.items():
            kinds = sorted(table, key=lambda c: sorted(c))
            conforming = self._conforming(path, kinds)
            minimums = [(k, table[c][0]) for k, c in enumerate(kinds) if table[c][0]]
            maximums = [(k, table[c][1]) for k, c in enumerate(kinds) if table[c][1]]
            if minimums:
                focus = _focus_pattern(self.scope, _union_targets(r for _, rules in minimums for r in rules))
                ks = " ".join(str(k) for k, _ in minimums)
                sparql = (
                    f"SELECT DISTINCT ?g ?this ?k WHERE {{ {{ {focus} }} VALUES ?k {{ {ks} }} "
                    f"MINUS {{ SELECT ?g (?s AS ?this) ?k WHERE {{ {conforming} }} }} }}"
                )
                jobs.append(
                    _Job(
                        f"qualifiedMin {_path_name(path)}",
                        sparql,
                        self._qualified_handler(dict(minimums), "this", None),
                    )
                )
            if maximums:
                least = min(r.count for _, rules in maximums for r in rules)
                sparql = (
                    f"SELECT ?g ?s ?k (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {conforming} }} "
                    f"GROUP BY ?g ?s ?k HAVING(COUNT(DISTINCT ?x) > {least})"
                )
                jobs.append(
                    _Job(f"qualifiedMax {_path_name(path)}", sparql, self._qualified_handler(dict(maximums), "s", "n"))
                )
                if self.in_reference(path):
                    raw = f"SELECT ?g ?s ?k ?x WHERE {{ {conforming} }}"
                    jobs.append(
                        _Job(
                            f"qualifiedMax {_path_name(path)} (reference)",
                            raw,
                            self._qualified_reference_handler(dict(maximums)),
                        )
                    )
        return jobs

    def _qualified_handler(
        self, rules_by_kind: dict[int, list[Rule]], node_var: str, count_var: str | None
    ) -> Callable[[list[Row]], Iterator[Finding]]:
        def handle(rows: list[Row]) -> Iterator[Finding]:
            for row in rows:
                if "g" not in row:
                    continue  # counted by the reference job
                graph, node, kind = row["g"].value, row[node_var], int(row["k"].value)
                n = int(row[count_var].value) if count_var else 0
                for rule in rules_by_kind.get(kind, []):
                    if count_var and n <= rule.count:
                        continue
                    if self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)

        return handle

    def _qualified_reference_handler(
        self, rules_by_kind: dict[int, list[Rule]]
    ) -> Callable[[list[Row]], Iterator[Finding]]:
        def handle(rows: list[Row]) -> Iterator[Finding]:
            everywhere: dict[tuple[Term, int], set[Term]] = defaultdict(set)
            per_context: dict[tuple[str, Term, int], set[Term]] = defaultdict(set)
            for row in rows:
                kind = int(row["k"].value)
                if "g" in row:
                    per_context[(row["g"].value, row["s"], kind)].add(row["x"])
                else:
                    everywhere[(row["s"], kind)].add(row["x"])
            for (node, kind), values in everywhere.items():
                for rule in rules_by_kind.get(kind, []):
                    if len(values) > rule.count and self.resolver.is_focus_anywhere(node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)
            for (graph, node, kind), values in per_context.items():
                total = len(values | everywhere.get((node, kind), set()))
                for rule in rules_by_kind.get(kind, []):
                    if total > rule.count and self.resolver.is_focus(graph, node, rule.targets):
                        yield _finding(rule.reporter, rule.component, node, None)

        return handle

    # ---- generic queries (nested shapes with paths) ------------------------------------------------

    def generic_job(self, generic: Generic) -> _Job:
        compiler = self.plan.compiler
        if compiler is None:
            raise ValueError("a plan with generic checks needs its compiler")
        evaluator = _Evaluator(compiler, self.resolver)
        candidates = generic.candidates(self.scope)
        targets = generic.targets

        def contexts(graph: str, node: Term) -> Iterator[str]:
            if graph != self.scope.reference:
                yield graph
                return
            yield graph  # the reference graph alone, and every article context where the node is a focus
            yield from self.resolver.article_contexts(node, targets)

        def judge(graph: str, node: Term) -> Iterator[Finding]:
            for context in contexts(graph, node):
                if self.resolver.is_focus(context, node, targets):
                    for value in evaluator.violations(generic.shape, generic.param, node, context):
                        yield _finding(generic.reporter, generic.component, node, value)

        def handle(rows: list[Row]) -> Iterator[Finding]:
            seen: set[tuple[str, Term]] = set()
            for row in rows:
                graph = row["g"].value if "g" in row else self.scope.reference
                if (graph, row["this"]) not in seen:
                    seen.add((graph, row["this"]))
                    yield from judge(graph, row["this"])

        sparql = candidates.sparql
        return _Job(f"generic {generic.reporter.shape} {generic.component}", sparql, handle)


def _path_name(path: PathKey) -> str:
    return "|".join(("^" if s.inverse else "") + s.predicate for s in path)


_UNMAPPED_ORDERED = [XSD_NS + "gYear", XSD_NS + "gYearMonth", XSD_NS + "gMonthDay"]


def _surely_ordered(v: str, o: str, op: str) -> str:
    """True only where SPARQL's comparison surely agrees with pySHACL's (rdflib) comparison."""
    cmp = f"COALESCE({v} {op} {o}, false)"
    both_literal = f"isLiteral({v}) && isLiteral({o})"
    same_kind = _any(
        [
            f"({_canonical_number(v)} && {_canonical_number(o)})",
            f"({_canonical_date(v)} && {_canonical_date(o)})",
            f"({_has_datatype(v, XSD_NS + 'string')} && {_has_datatype(o, XSD_NS + 'string')})",
        ]
    )
    unmapped = _any(f"({_has_datatype(v, dt)} && {_has_datatype(o, dt)})" for dt in _UNMAPPED_ORDERED)
    return (
        f"(({both_literal} && {same_kind} && {cmp}) || ({both_literal} && {unmapped} && STR({v}) {op} STR({o})) "
        f"|| (isIRI({v}) && isIRI({o}) && STR({v}) {op} STR({o})))"
    )


def _pyshacl_less(value: Node, other: Node, strict: bool) -> bool:
    """pySHACL's LessThan(OrEquals)ConstraintComponent comparison of one pair (True = conforms)."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        return False  # pySHACL stops with an error here; a violation is the closest report
    left: object = value
    right: object = other
    left_string = isinstance(value, URIRef) or (isinstance(value, Literal) and isinstance(value.value, str))
    right_string = isinstance(other, URIRef) or (isinstance(other, Literal) and isinstance(other.value, str))
    if isinstance(value, URIRef):
        left = str(value)
    elif left_string and isinstance(value, Literal):
        left = value.value
    if isinstance(other, URIRef):
        right = str(other)
    elif right_string and isinstance(other, Literal):
        right = other.value
    if left_string != right_string:
        return False
    try:
        return bool(left < right) if strict else bool(left <= right)  # type: ignore[operator]
    except (TypeError, ArithmeticError):
        return False


# ================================================================================================
# Entry points
# ================================================================================================


def _reference_predicates(store: ox.Store, reference: str) -> set[str]:
    query = f"SELECT DISTINCT ?p WHERE {{ GRAPH <{reference}> {{ ?s ?p ?o }} }}"
    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected solutions")
    return {row["p"].value for row in result if isinstance(row["p"], ox.NamedNode)}


def _graphs(store: ox.Store, reference: str) -> tuple[tuple[str, ...], int]:
    """Named graphs that are neither article graphs nor the reference graph (e.g. the ontology), and
    the number of article graphs."""
    out, articles = [], 0
    for graph in store.named_graphs():
        name = getattr(graph, "value", str(graph))
        if name.startswith(ARTICLE_GRAPH_PREFIX):
            articles += 1
        elif name != reference:
            out.append(name)
    return tuple(sorted(out)), articles


def _rows(store: ox.Store, sparql: str, union: bool = False) -> list[Row]:
    result = store.query(sparql, use_default_graph_as_union=union)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    names = [v.value for v in result.variables]
    rows: list[Row] = []
    for solution in result:
        row: Row = {}
        for name in names:
            value = solution[name]
            if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
                row[name] = value
        rows.append(row)
    return rows


_WORKER_STORE: ox.Store | None = None


def _worker_init(path: str) -> None:
    global _WORKER_STORE
    _WORKER_STORE = ox.Store.read_only(path)


def _worker_rows(sparql: str, union: bool) -> tuple[list[Row], float]:
    import time as clock

    assert _WORKER_STORE is not None
    start = clock.perf_counter()
    return _rows(_WORKER_STORE, sparql, union), clock.perf_counter() - start


def plan_jobs(
    store: ox.Store,
    graphs: Sequence[str] | None = None,
    *,
    plan: Plan | None = None,
    reference: str = REFERENCE_GRAPH,
) -> list[tuple[str, str]]:
    """The (name, SPARQL) of every query `validate_store_core` would run: for reading and benchmarks."""
    runner = _make_runner(store, graphs, plan, reference)
    return [(job.name, job.sparql) for job in runner.jobs()]


def _make_runner(store: ox.Store, graphs: Sequence[str] | None, plan: Plan | None, reference: str) -> _Runner:
    excluded, articles = _graphs(store, reference) if graphs is None else ((), len(graphs))
    scope = Scope(
        reference=reference,
        graphs=tuple(sorted(set(graphs))) if graphs is not None else None,
        excluded=excluded,
    )
    runner = _Runner(plan or default_plan(), store, scope, _reference_predicates(store, reference))
    runner.articles = articles
    return runner


def validate_store_core(
    store: ox.Store,
    graphs: Sequence[str] | None = None,
    *,
    shapes: Graph | None = None,
    hierarchy: Graph | None = None,
    reference: str = REFERENCE_GRAPH,
    store_path: str | FilePath | None = None,
    workers: int = 1,
    timings: dict[str, float] | None = None,
    cross: bool = False,
) -> list[Finding]:
    """The SHACL Core findings of every article graph of a Store (or of `graphs` only), as pySHACL gives.

    With `cross`, the cross-article rules (shapes/cross.ttl, as `validate_cross` runs them) are run
    in the same workers, so both cores are busy with whichever queries are left.

    Each article graph is validated together with the reference graph (`reference`), as `govkg
    validate` did with pySHACL; the reference graph is also validated on its own when `graphs` is None.
    `shapes` defaults to shapes/core.ttl and `hierarchy` adds subclass axioms to shapes/classes.ttl.
    With `store_path` (the on-disk store `store` was opened from) and `workers` > 1 the queries run
    in that many processes, each with its own read-only handle. `timings`, if given, receives the
    seconds spent in each query.
    """
    plan = default_plan() if shapes is None and hierarchy is None else compile_core(shapes, hierarchy=hierarchy)
    runner = _make_runner(store, graphs, plan, reference)
    if runner.articles < _PARALLEL_FROM:
        workers = 1
    jobs = [*runner.jobs(), *(cross_jobs(store) if cross else [])]
    return traced(_run_jobs(store, jobs, store_path, workers, timings), store_select(store))


def cross_jobs(store: ox.Store) -> list[_Job]:
    """shapes/cross.ttl's SHACL-SPARQL constraints as jobs over the union of graphs: one per constraint."""

    def handler(compiled: CompiledConstraint) -> Callable[[list[Row]], Iterator[Finding]]:
        return lambda rows: findings_from_rows(compiled, ({k: _ox_str(v) for k, v in row.items()} for row in rows))

    return [
        _Job(f"cross {local_name(c.shape)} {i}", c.query, handler(c), union=True)
        for i, c in enumerate(compile_cross(subclasses=subclasses(store_select(store))))
    ]


# Worker processes start in a second or so (spawned, each opening the store read-only): worth it from
# a few hundred articles.
_PARALLEL_FROM = 500

# Rough cost of a pass, to start the expensive queries first when they run in several processes.
_WEIGHT = {
    "cross": 5,
    "node": 4,
    "qualifiedMin": 4,
    "qualifiedMax": 4,
    "minCount": 3,
    "class": 2,
    "generic": 2,
    "maxCount": 1,
}


def _run_jobs(
    store: ox.Store,
    jobs: Sequence[_Job],
    store_path: str | FilePath | None,
    workers: int,
    timings: dict[str, float] | None,
) -> Iterator[Finding]:
    """Run every job's query and hand its rows to the job; with workers, queries run in other processes
    (each with its own read-only handle on the store) while this one handles the rows that came back."""
    import time as clock

    if store_path is None or workers <= 1 or len(jobs) < 2:
        for job in jobs:
            start = clock.perf_counter()
            rows = _rows(store, job.sparql, job.union)
            if timings is not None:
                timings[job.name] = clock.perf_counter() - start
            yield from job.handle(rows)
        return
    order = sorted(range(len(jobs)), key=lambda i: -_WEIGHT.get(jobs[i].name.split()[0], 0))
    context = multiprocessing.get_context("spawn")  # no fork of a process holding a RocksDB handle
    with ProcessPoolExecutor(workers, context, initializer=_worker_init, initargs=(str(store_path),)) as pool:
        futures = {pool.submit(_worker_rows, jobs[i].sparql, jobs[i].union): i for i in order}
        # The rows are handled in the jobs' order, whichever process finishes first, so that the findings come in
        # the same order as without workers.
        done: dict[int, list[Row]] = {}
        following = 0
        for future in as_completed(futures):
            i = futures[future]
            done[i], seconds = future.result()
            if timings is not None:
                timings[jobs[i].name] = seconds
            while following in done:
                yield from jobs[following].handle(done.pop(following))
                following += 1
