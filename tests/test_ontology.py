"""Ontology hygiene for ontology/govkg.ttl and ontology/concepts.ttl.

Each file in ontology/checks/*.rq is a SPARQL SELECT that must return no rows over the two files
together; a row names an offending term and what is wrong with it. Every check runs under rdflib
and under Oxigraph, and every check also has a deliberately broken graph below on which it must
return rows, so that no check can pass by being unable to fail.

Beyond the queries: both files parse with rdflib and Oxigraph to the same number of triples, every
term docs/MODEL.md names (gov:, reused prefixes, govc: schemes and codes) is defined, and the two
files keep to their own subjects (ontology terms vs. concepts).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "govkg.ttl"
CONCEPTS = ROOT / "ontology" / "concepts.ttl"
CHECK_DIR = ROOT / "ontology" / "checks"
MODEL = ROOT / "docs" / "MODEL.md"
CHECKS = sorted(CHECK_DIR.glob("*.rq"))

GOV = "https://w3id.org/govkg/ontology#"
GOVC = "https://w3id.org/govkg/id/concept/"
ONTOLOGY_IRI = URIRef("https://w3id.org/govkg/ontology")

PREFIXES = {
    "gov": GOV,
    "govc": GOVC,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
TERM_KINDS = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


# ---- loading --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    g.parse(CONCEPTS, format="turtle")
    return g


@pytest.fixture(scope="module")
def store() -> pyoxigraph.Store:
    s = pyoxigraph.Store()
    for path in (ONTOLOGY, CONCEPTS):
        s.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return s


def _rows_rdflib(g: Graph, query: str) -> list[tuple[str, ...]]:
    result = g.query(query)
    assert result.type == "SELECT", "a hygiene check must be a SELECT query"
    return [tuple("" if v is None else str(v) for v in row) for row in result if isinstance(row, tuple)]


def _rows_oxigraph(s: pyoxigraph.Store, query: str) -> list[tuple[str, ...]]:
    solutions = s.query(query)
    assert isinstance(solutions, pyoxigraph.QuerySolutions), "a hygiene check must be a SELECT query"
    names = solutions.variables
    return [tuple("" if sol[v] is None else sol[v].value for v in names) for sol in solutions]


def _report(check: Path, rows: list[tuple[str, ...]]) -> str:
    lines = "\n".join("  " + " | ".join(row) for row in rows)
    return f"{check.name} returned {len(rows)} row(s):\n{lines}"


# ---- the checks must return no rows ---------------------------------------------------------------


def test_checks_exist() -> None:
    assert len(CHECKS) >= 10, f"expected the hygiene queries in {CHECK_DIR}"


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_has_header(check: Path) -> None:
    text = check.read_text(encoding="utf-8")
    assert text.startswith("# Check:"), f"{check.name} must open with a '# Check:' header comment"
    assert "Must return no rows" in text, f"{check.name} header must say it must return no rows"


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_passes_rdflib(graph: Graph, check: Path) -> None:
    rows = _rows_rdflib(graph, check.read_text(encoding="utf-8"))
    assert not rows, _report(check, rows)


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_passes_oxigraph(store: pyoxigraph.Store, check: Path) -> None:
    rows = _rows_oxigraph(store, check.read_text(encoding="utf-8"))
    assert not rows, _report(check, rows)


# ---- ... and must be able to fail -----------------------------------------------------------------

_FIXTURE_PREFIXES = """
@prefix gov:  <https://w3id.org/govkg/ontology#> .
@prefix govc: <https://w3id.org/govkg/id/concept/> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

X = "https://w3id.org/govkg/id/concept/x/"

# check stem -> broken cases: (case name, broken Turtle, an IRI or text that must appear in the rows).
# One case per branch of the check, so that every branch is shown to be able to fire.
BROKEN: dict[str, list[tuple[str, str, str]]] = {
    "concept-hierarchy": [
        (
            "not-top",
            """<https://w3id.org/govkg/id/concept/x/a> a skos:Concept ; skos:inScheme govc:x .
                       <https://w3id.org/govkg/id/concept/x/b> a skos:Concept ; skos:inScheme govc:x ;
                           skos:broader <https://w3id.org/govkg/id/concept/x/a> .""",
            X + "a",
        ),
        (
            "broader-and-top",
            """<https://w3id.org/govkg/id/concept/x/b> a skos:Concept ; skos:inScheme govc:x ;
                           skos:topConceptOf govc:x ; skos:broader <https://w3id.org/govkg/id/concept/x/a> .""",
            "yet is skos:topConceptOf",
        ),
        (
            "broader-elsewhere",
            """<https://w3id.org/govkg/id/concept/y/a> a skos:Concept ; skos:inScheme govc:y .
                       <https://w3id.org/govkg/id/concept/x/b> a skos:Concept ; skos:inScheme govc:x ;
                           skos:broader <https://w3id.org/govkg/id/concept/y/a> .""",
            "not a concept of the same scheme",
        ),
        (
            "top-outside-scheme",
            "<https://w3id.org/govkg/id/concept/x/a> a skos:Concept ; skos:topConceptOf govc:x .",
            "without skos:inScheme",
        ),
        (
            "cycle",
            """<https://w3id.org/govkg/id/concept/x/a> skos:broader <https://w3id.org/govkg/id/concept/x/b> .
                     <https://w3id.org/govkg/id/concept/x/b> a skos:Concept ;
                         skos:broader <https://w3id.org/govkg/id/concept/x/a> .""",
            "cycle",
        ),
    ],
    "concept-iri": [
        (
            "iri-not-code",
            """govc:x a skos:ConceptScheme .
                   <https://w3id.org/govkg/id/concept/x/wrong> a skos:Concept ; skos:inScheme govc:x ;
                       skos:notation "right" .""",
            X + "wrong",
        ),
        (
            "undeclared-scheme",
            """<https://w3id.org/govkg/id/concept/x/a> a skos:Concept ; skos:inScheme govc:x ;
                       skos:notation "a" .""",
            "is not a skos:ConceptScheme",
        ),
        (
            "two-schemes",
            """govc:x a skos:ConceptScheme . govc:y a skos:ConceptScheme .
                   <https://w3id.org/govkg/id/concept/x/a> a skos:Concept ; skos:inScheme govc:x , govc:y ;
                       skos:notation "a" .""",
            "more than one scheme",
        ),
        (
            "two-notations",
            """govc:x a skos:ConceptScheme .
                   <https://w3id.org/govkg/id/concept/x/a> a skos:Concept ; skos:inScheme govc:x ;
                       skos:notation "a" , "b" .""",
            "more than one skos:notation",
        ),
        (
            "bad-code",
            """govc:x a skos:ConceptScheme .
                   <https://w3id.org/govkg/id/concept/x/Bad_Code> a skos:Concept ; skos:inScheme govc:x ;
                       skos:notation "Bad_Code" .""",
            "not a lower-case hyphenated code",
        ),
    ],
    "concept-labels": [
        (
            "subclass-instance",
            """gov:Role rdfs:subClassOf skos:Concept .
           <https://w3id.org/govkg/id/concept/role/nobody> a gov:Role ; skos:prefLabel "nobody"@en .""",
            GOVC + "role/nobody",
        ),
    ],
    "concept-scheme-labels": [
        ("unlabelled", "<http://example.org/scheme> a skos:ConceptScheme .", "no skos:prefLabel@vi"),
        ("outside-govc", "<http://example.org/scheme> a skos:ConceptScheme .", "not under"),
        (
            "empty",
            """govc:x a skos:ConceptScheme . govc:y a skos:ConceptScheme .
                     <https://w3id.org/govkg/id/concept/y/a> skos:inScheme govc:y .""",
            "scheme has no concepts",
        ),
    ],
    "declared-references": [
        ("superclass", "gov:Foo a owl:Class ; rdfs:subClassOf gov:Undeclared .", GOV + "Undeclared"),
        (
            "union-member",
            """gov:p a owl:ObjectProperty ;
                              rdfs:domain [ a owl:Class ; owl:unionOf ( gov:Undeclared ) ] .""",
            GOV + "Undeclared",
        ),
        ("type-of-term", "gov:p a owl:ObjectProperty , gov:UndeclaredKind .", GOV + "UndeclaredKind"),
    ],
    "indicator-direction": [
        ("no-direction", "<https://w3id.org/govkg/id/concept/indicator/x> a gov:Indicator .", GOVC + "indicator/x"),
        (
            "two-directions",
            """<https://w3id.org/govkg/id/concept/indicator/x> a gov:Indicator ;
               gov:direction <https://w3id.org/govkg/id/concept/direction/a> ,
                             <https://w3id.org/govkg/id/concept/direction/b> .""",
            "more than one gov:direction",
        ),
        (
            "foreign-direction",
            """<https://w3id.org/govkg/id/concept/indicator/x> a gov:Indicator ;
               gov:direction <http://example.org/up> .""",
            "is not in govc:direction",
        ),
        (
            "not-an-indicator",
            """<https://w3id.org/govkg/id/concept/x/a> a skos:Concept ;
               gov:direction <https://w3id.org/govkg/id/concept/direction/a> .""",
            "not a gov:Indicator",
        ),
        (
            "other-with-direction",
            """<https://w3id.org/govkg/id/concept/indicator/other> a gov:Indicator ;
               gov:direction <https://w3id.org/govkg/id/concept/direction/higher-is-better> .""",
            "must not have a direction",
        ),
    ],
    "inverse-properties": [
        ("one-way", "gov:a owl:inverseOf gov:b .", "does not state owl:inverseOf back"),
        (
            "domain-mismatch",
            "gov:a owl:inverseOf gov:b ; rdfs:domain gov:C . gov:b owl:inverseOf gov:a .",
            "is not the range of the inverse",
        ),
        (
            "range-mismatch",
            "gov:a owl:inverseOf gov:b ; rdfs:range gov:C . gov:b owl:inverseOf gov:a .",
            "is not the domain of the inverse",
        ),
    ],
    "language-tags": [
        ("untagged", 'gov:Foo a owl:Class ; rdfs:label "no language tag" .', GOV + "Foo"),
        ("other-language", 'gov:Foo a owl:Class ; rdfs:comment "ein Kommentar"@de .', GOV + "Foo"),
        (
            "two-preflabels",
            'govc:x skos:prefLabel "one"@en , "two"@en .',
            "two http://www.w3.org/2004/02/skos/core#prefLabel",
        ),
    ],
    "ontology-header": [
        (
            "imports",
            "<https://w3id.org/govkg/ontology> a owl:Ontology ; owl:imports <http://www.w3.org/ns/org> .",
            "owl:imports",
        ),
        ("bare-header", "<https://w3id.org/govkg/ontology> a owl:Ontology .", "no dcterms:title@vi"),
        ("no-header", "gov:Foo a owl:Class .", "no owl:Ontology"),
    ],
    "property-domain-range": [
        ("no-domain", "gov:p a owl:ObjectProperty ; rdfs:range gov:Official .", GOV + "p"),
    ],
    "property-kind": [
        ("untyped-kind", "gov:p a rdf:Property .", "neither owl:ObjectProperty nor owl:DatatypeProperty"),
        ("both-kinds", "gov:p a owl:ObjectProperty , owl:DatatypeProperty .", "typed both"),
        ("datatype-to-class", "gov:p a owl:DatatypeProperty ; rdfs:range gov:Official .", GOV + "p"),
        (
            "bad-union",
            """gov:p a owl:DatatypeProperty ;
                            rdfs:range [ a rdfs:Datatype ; owl:unionOf ( gov:Official ) ] .""",
            "non-xsd member",
        ),
        ("object-to-datatype", "gov:p a owl:ObjectProperty ; rdfs:range xsd:string .", "range is a datatype"),
    ],
    "scheme-label-clash": [
        (
            "shared-word",
            """<https://w3id.org/govkg/id/concept/x/a> skos:inScheme govc:x ; skos:prefLabel "dự"@vi .
           <https://w3id.org/govkg/id/concept/x/b> skos:inScheme govc:x ; skos:altLabel "Dự"@vi .""",
            X + "b",
        ),
        (
            "alt-repeats-pref",
            """<https://w3id.org/govkg/id/concept/x/a> skos:prefLabel "dự"@vi ;
               skos:altLabel "dự"@vi .""",
            "repeats the preferred label",
        ),
    ],
    "term-defined-by": [
        ("missing", "gov:Foo a owl:Class .", "no rdfs:isDefinedBy"),
        ("wrong-vocabulary", "gov:Foo a owl:Class ; rdfs:isDefinedBy <http://www.w3.org/ns/org#> .", GOV + "Foo"),
        (
            "reused-wrong",
            "org:Post a owl:Class ; rdfs:isDefinedBy <https://w3id.org/govkg/ontology> .",
            "http://www.w3.org/ns/org#Post",
        ),
    ],
    "term-labels": [
        ("english-only", 'gov:Foo a owl:Class ; rdfs:label "Foo"@en ; rdfs:comment "A foo."@en .', GOV + "Foo"),
    ],
    "undefined-gov-terms": [
        (
            "typo",
            """<https://w3id.org/govkg/id/concept/indicator/x>
               gov:directon <https://w3id.org/govkg/id/concept/direction/higher-is-better> .""",
            GOV + "directon",
        ),
    ],
    "unique-english-labels": [
        ("case-insensitive", 'gov:Post rdfs:label "Post"@en . org:Post rdfs:label "post"@en .', GOV + "Post"),
    ],
    "vocabulary-used-is-declared": [
        (
            "predicate",
            '<https://w3id.org/govkg/id/concept/x/a> skos:prefLabel "a"@en .',
            "http://www.w3.org/2004/02/skos/core#prefLabel",
        ),
        (
            "class",
            "<https://w3id.org/govkg/id/concept/x/a> a skos:Concept .",
            "http://www.w3.org/2004/02/skos/core#Concept",
        ),
    ],
}
BROKEN_CASES = [(stem, *case) for stem, cases in sorted(BROKEN.items()) for case in cases]


def test_every_check_has_a_broken_case() -> None:
    stems = {p.stem for p in CHECKS}
    assert stems == set(BROKEN), (
        f"checks without a broken case: {sorted(stems - set(BROKEN))}; "
        f"broken cases without a check: {sorted(set(BROKEN) - stems)}"
    )


@pytest.mark.parametrize(
    "stem,case,turtle,expected", BROKEN_CASES, ids=[f"{stem}:{case}" for stem, case, _, _ in BROKEN_CASES]
)
def test_check_catches_broken_graph(stem: str, case: str, turtle: str, expected: str) -> None:
    query = (CHECK_DIR / f"{stem}.rq").read_text(encoding="utf-8")
    data = _FIXTURE_PREFIXES + turtle
    rows = _rows_rdflib(Graph().parse(data=data, format="turtle"), query)
    assert any(expected in cell for row in rows for cell in row), (
        f"{stem}.rq should report {expected!r} on broken case {case!r} under rdflib; got {rows}"
    )
    s = pyoxigraph.Store()
    s.load(input=data, format=pyoxigraph.RdfFormat.TURTLE)
    rows = _rows_oxigraph(s, query)
    assert any(expected in cell for row in rows for cell in row), (
        f"{stem}.rq should report {expected!r} on broken case {case!r} under Oxigraph; got {rows}"
    )


# ---- parsing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY, CONCEPTS], ids=lambda p: p.name)
def test_parses_alike_in_rdflib_and_oxigraph(path: Path) -> None:
    g = Graph().parse(path, format="turtle")
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(g) > 0
    assert len(g) == len(triples), f"{path.name}: rdflib read {len(g)} triples, Oxigraph {len(triples)}"


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_parses(check: Path) -> None:
    query = check.read_text(encoding="utf-8")
    prepareQuery(query)
    pyoxigraph.Store().query(query)


def test_files_keep_to_their_subjects() -> None:
    onto = Graph().parse(ONTOLOGY, format="turtle")
    concepts = Graph().parse(CONCEPTS, format="turtle")
    stray_onto = {str(s) for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(GOVC)}
    stray_concepts = {str(s) for s in concepts.subjects() if not str(s).startswith(GOVC)}
    assert not stray_onto, f"concepts defined in govkg.ttl: {sorted(stray_onto)}"
    assert not stray_concepts, f"non-concept subjects in concepts.ttl: {sorted(stray_concepts)}"


# ---- every term MODEL.md names is defined ---------------------------------------------------------

_MODEL_TEXT = MODEL.read_text(encoding="utf-8")
_TERM = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in PREFIXES if p != "govc") + r"):([A-Za-z_]\w*)")
_GOVC = re.compile(r"(?<![\w-])govc:([a-z][a-z-]*)(?:/([a-z][a-z-]*))?")

MODEL_TERMS = sorted({f"{p}:{local}" for p, local in _TERM.findall(_MODEL_TEXT)})
MODEL_GOVC = sorted({f"govc:{s}" + (f"/{c}" if c else "") for s, c in _GOVC.findall(_MODEL_TEXT)})


def _model_codes() -> list[tuple[str, tuple[str, ...]]]:
    """Bare `code`s in MODEL.md table rows that mention govc: schemes, with those schemes."""
    found = []
    for line in _MODEL_TEXT.splitlines():
        if not line.startswith("|") or "govc:" not in line:
            continue
        schemes = tuple(sorted({s for s, _ in _GOVC.findall(line)}))
        for code in re.findall(r"`([a-z][a-z0-9-]*)`", line):
            found.append((code, schemes))
    return sorted(set(found))


MODEL_CODES = _model_codes()


def test_model_scan_found_terms() -> None:
    assert len(MODEL_TERMS) > 100 and len(MODEL_GOVC) >= 5 and len(MODEL_CODES) >= 20


@pytest.mark.parametrize("term", MODEL_TERMS)
def test_model_term_is_defined(graph: Graph, term: str) -> None:
    prefix, local = term.split(":", 1)
    iri = URIRef(PREFIXES[prefix] + local)
    kinds = set(graph.objects(iri, RDF.type)) & TERM_KINDS
    assert kinds, f"{term} is named in docs/MODEL.md but not declared in ontology/govkg.ttl"
    assert graph.value(iri, RDFS.isDefinedBy) is not None


@pytest.mark.parametrize("term", MODEL_GOVC)
def test_model_concept_iri_exists(graph: Graph, term: str) -> None:
    iri = URIRef(GOVC + term.split(":", 1)[1])
    assert (iri, RDF.type, SKOS.ConceptScheme) in graph or (iri, SKOS.inScheme, None) in graph, (
        f"{term} is named in docs/MODEL.md but is neither a scheme nor a concept in concepts.ttl"
    )


@pytest.mark.parametrize("code,schemes", MODEL_CODES, ids=[f"{c}@{'+'.join(s)}" for c, s in MODEL_CODES])
def test_model_code_exists(graph: Graph, code: str, schemes: tuple[str, ...]) -> None:
    hits = [
        c
        for c in graph.subjects(SKOS.notation, Literal(code))
        if any((c, SKOS.inScheme, URIRef(GOVC + s)) in graph for s in schemes)
    ]
    assert hits, f"code `{code}` from docs/MODEL.md is not a concept of {', '.join('govc:' + s for s in schemes)}"


def test_ontology_is_ontology(graph: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
