"""The SHACL Core shapes compiled to SPARQL (govkg.shacl_sparql) find exactly what pySHACL finds.

pySHACL sees one article graph plus the reference units (plus shapes/classes.ttl); the compiled
queries see a Store with every article as its own named graph beside the reference graph. For every
case of tests/shapes/cases, both valid and invalid, the findings must be the same (shape, constraint
component, severity, focus, path, value, messages), in two layouts:

- "reference": the background as the reference graph and the case as an article graph, so focus
  nodes of the background are reached through the reference graph (the paths for reference data);
- "article": background and case together in one article graph (the paths for article data).

Values are compared in the store's canonical form: Oxigraph reads "12.0"^^xsd:decimal back as "12".
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from govkg.shacl_sparql import (
    REFERENCE_GRAPH,
    UnsupportedShapeError,
    compile_core,
    validate_store_core,
)
from govkg.validate import _reference, _triples_of
from govkg.validation import Finding, core_shapes, validate_core

CASES = Path(__file__).resolve().parent / "shapes" / "cases"
BACKGROUND = CASES / "background.ttl"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())
CASE_GRAPH = "https://w3id.org/govkg/graph/article/case"
OTHER_GRAPH = "https://w3id.org/govkg/graph/article/other"
GSH = "https://w3id.org/govkg/shapes#"
XSD = "http://www.w3.org/2001/XMLSchema#"

Essence = tuple[str, str, str, str, str | None, str | None, str, str]

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix gsh: <https://w3id.org/govkg/shapes#> .
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix schema: <http://schema.org/> .
"""


@cache
def _parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _canonical(data: Graph) -> dict[str, str]:
    """Lexical form of each typed literal of the data -> the form the store reads it back in."""
    store = ox.Store()
    subject, predicate = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    out: dict[str, str] = {}
    for term in set(data.objects()):
        if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) != XSD + "string":
            literal = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            store.add(ox.Quad(subject, predicate, literal, ox.DefaultGraph()))
            out[str(term)] = next(iter(store)).object.value
            store.clear()
    return out


def _essence(findings: Iterable[Finding], canonical: dict[str, str] | None = None) -> set[Essence]:
    """Everything but provenance; blank nodes as "_:", values in the store's lexical form."""

    def node(text: str | None) -> str | None:
        if text is None:
            return None
        if text.startswith("_:"):
            return "_:"
        return canonical.get(text, text) if canonical else text

    return {
        (f.shape, f.constraint, f.severity, node(f.focus) or "", f.path, node(f.value), f.message_en, f.message_vi)
        for f in findings
    }


def _store(*graphs: tuple[str, Iterable[Path]]) -> ox.Store:
    store = ox.Store()
    for name, files in graphs:
        for file in files:
            store.load(path=str(file), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(name))
    return store


# ------------------------------------------------------------------------------------------------
# every case, valid and invalid, both layouts
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["reference", "article"])
@pytest.mark.parametrize("kind", ["valid", "invalid"])
@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_compiled_core_agrees_with_pyshacl(case: Path, kind: str, layout: str) -> None:
    case_file = case / f"{kind}.ttl"
    data = _parse(BACKGROUND) + _parse(case_file)
    expected = _essence(validate_core(data), _canonical(data))
    if layout == "reference":
        store = _store((REFERENCE_GRAPH, [BACKGROUND]), (CASE_GRAPH, [case_file]))
    else:
        store = _store((CASE_GRAPH, [BACKGROUND, case_file]))
    got = _essence(validate_store_core(store))
    assert got == expected
    if kind == "valid":
        assert got == set()


def test_invalid_cases_are_not_trivial() -> None:
    """The equivalence above is not vacuous: the compiled queries find something in most invalid cases."""
    found = 0
    for case in CASE_DIRS:
        store = _store((REFERENCE_GRAPH, [BACKGROUND]), (CASE_GRAPH, [case / "invalid.ttl"]))
        found += bool(validate_store_core(store))
    assert found >= 30


def test_real_articles_agree_with_pyshacl_article_by_article(seed_build, seed_store) -> None:  # type: ignore[no-untyped-def]
    """The seed articles, each validated by pySHACL with the reference units, as `govkg validate` used to."""
    reference = _reference()
    expected: set[Essence] = set()
    for article in seed_build.articles.values():
        data = Graph()
        data.parse(data=reference, format="nt")
        data.parse(data=_triples_of(article.nquads), format="nt")
        expected |= _essence(validate_core(data))
    alone = Graph().parse(data=reference, format="nt")
    expected |= _essence(validate_core(alone))  # the reference graph is validated on its own too
    assert expected, "the seed articles have known warnings (articles without a date line)"
    assert _essence(validate_store_core(seed_store)) == expected


# ------------------------------------------------------------------------------------------------
# semantics: contexts, the reference graph, incremental validation
# ------------------------------------------------------------------------------------------------

OFFICIAL = """
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix schema: <http://schema.org/> .
<https://w3id.org/govkg/id/person/le-dinh-hai> a gov:Official ; schema:name "{name}" .
"""


def test_each_article_is_its_own_context(tmp_path: Path) -> None:
    """Two articles spelling a name differently: one name each, so no sh:maxCount violation (the union
    of the graphs would have two names); a third article with both spellings is reported alone."""
    files = []
    for i, name in enumerate(["Lê Đình Hải", "Lê Đình Hãi"]):
        files.append(tmp_path / f"a{i}.ttl")
        files[-1].write_text(OFFICIAL.format(name=name), encoding="utf-8")
    store = _store((CASE_GRAPH, [files[0]]), (OTHER_GRAPH, [files[1]]))
    assert validate_store_core(store) == []
    both = _parse(files[0]) + _parse(files[1])
    assert {f.constraint for f in validate_core(both)} == {"MaxCountConstraintComponent"}
    store.load(path=str(files[0]), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(OTHER_GRAPH))
    found = validate_store_core(store)
    assert [(f.shape, f.constraint) for f in found] == [(GSH + "Official-name", "MaxCountConstraintComponent")]


def test_reference_graph_is_validated_on_its_own() -> None:
    """A reference unit breaking a shape is reported although no article mentions it (deliberate: a
    reference problem is reported once, not once per article); pySHACL on the reference graph agrees."""
    store = _store((REFERENCE_GRAPH, [BACKGROUND, CASES / "AdministrativeUnitShape" / "invalid.ttl"]))
    data = _parse(BACKGROUND) + _parse(CASES / "AdministrativeUnitShape" / "invalid.ttl")
    got = _essence(validate_store_core(store))
    assert got and got == _essence(validate_core(data), _canonical(data))


def test_graphs_limits_validation_to_some_articles() -> None:
    invalid = CASES / "HoldingShape" / "invalid.ttl"
    store = _store(
        (REFERENCE_GRAPH, [BACKGROUND]), (CASE_GRAPH, [invalid]), (OTHER_GRAPH, [CASES / "HoldingShape" / "valid.ttl"])
    )
    everything = _essence(validate_store_core(store))
    assert everything
    assert _essence(validate_store_core(store, [CASE_GRAPH])) == everything
    assert validate_store_core(store, [OTHER_GRAPH]) == []


def test_ontology_and_other_graphs_are_not_articles() -> None:
    """Named graphs that are neither article graphs nor the reference graph are not validated."""
    invalid = CASES / "HoldingShape" / "invalid.ttl"
    store = _store((REFERENCE_GRAPH, [BACKGROUND]), ("https://w3id.org/govkg/graph/ontology", [invalid]))
    assert validate_store_core(store) == []


def test_worker_processes_give_the_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govkg import shacl_sparql

    monkeypatch.setattr(shacl_sparql, "_PARALLEL_FROM", 0)  # processes even for one article
    path = tmp_path / "store"
    store = ox.Store(str(path))
    for name, file in (
        (REFERENCE_GRAPH, BACKGROUND),
        (CASE_GRAPH, CASES / "IndicatorObservationShape" / "invalid.ttl"),
    ):
        store.load(path=str(file), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(name))
    store.flush()
    alone = validate_store_core(store)
    del store
    reopened = ox.Store.read_only(str(path))
    assert validate_store_core(reopened, store_path=path, workers=2) == alone


@pytest.mark.parametrize("case", ["RomanNumeralShape", "MeetingDateShape", "TermYearsShape", "DocumentNumberShape"])
def test_cross_rules_in_the_workers_give_validate_cross_findings(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`govkg validate` runs shapes/cross.ttl in the Core passes' workers; the findings are validate_cross's."""
    from govkg import shacl_sparql
    from govkg.validation import validate_cross

    monkeypatch.setattr(shacl_sparql, "_PARALLEL_FROM", 0)
    path = tmp_path / "store"
    store = ox.Store(str(path))
    for name, file in ((REFERENCE_GRAPH, BACKGROUND), (CASE_GRAPH, CASES / case / "invalid.ttl")):
        store.load(path=str(file), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(name))
    store.flush()
    core = validate_store_core(store)
    cross = validate_cross(store)
    assert any(f.shape.endswith(case) for f in cross)
    del store
    reopened = ox.Store.read_only(str(path))
    together = validate_store_core(reopened, store_path=path, workers=2, cross=True)
    assert sorted(map(repr, together)) == sorted(map(repr, core + cross))


# ------------------------------------------------------------------------------------------------
# the compiler refuses what it does not implement
# ------------------------------------------------------------------------------------------------

UNSUPPORTED = {
    "closed": "sh:closed true",
    "xone": "sh:xone ( [ sh:datatype xsd:string ] [ sh:datatype xsd:integer ] )",
    "equals": "sh:property [ sh:path schema:name ; sh:equals schema:alternateName ]",
    "sequence path": "sh:property [ sh:path ( schema:author schema:name ) ; sh:minCount 1 ]",
    "sparql": 'sh:sparql [ sh:select "SELECT $this WHERE { }" ]',
    "unknown parameter": "sh:property [ sh:path schema:name ; sh:someFutureParameter 1 ]",
    "disjoint qualified": (
        "sh:property [ sh:path schema:name ; sh:qualifiedValueShape [ sh:class gov:Official ] ; "
        "sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true ]"
    ),
}


@pytest.mark.parametrize("what", sorted(UNSUPPORTED))
def test_unsupported_component_raises_at_compile_time(what: str) -> None:
    shapes = Graph().parse(
        data=PREFIXES + f"gsh:FutureShape a sh:NodeShape ; sh:targetClass gov:Official ; {UNSUPPORTED[what]} .",
        format="turtle",
    )
    with pytest.raises(UnsupportedShapeError, match=r"FutureShape|sh:"):
        compile_core(shapes)


def test_core_shapes_compile_completely() -> None:
    """Every constraint of core.ttl ends up in the plan: the shapes use nothing unsupported."""
    plan = compile_core(core_shapes())
    assert plan.size() > 250


def test_a_new_supported_shape_is_checked(tmp_path: Path) -> None:
    """A shape added to the shapes graph is compiled and checked, with no change to the compiler."""
    shapes = core_shapes() + Graph().parse(
        data=PREFIXES + "gsh:OfficialInitialShape a sh:NodeShape ; sh:targetClass gov:Official ; sh:severity sh:Info ; "
        'sh:message "tên"@vi , "name"@en ; sh:property [ sh:path schema:name ; sh:pattern "^Z" ; '
        'sh:severity sh:Info ; sh:message "chữ Z"@vi , "starts with Z"@en ] .',
        format="turtle",
    )
    file = tmp_path / "a.ttl"
    file.write_text(OFFICIAL.format(name="Lê Đình Hải"), encoding="utf-8")
    data = _parse(file)
    expected = _essence(validate_core(data, shapes))
    got = _essence(validate_store_core(_store((CASE_GRAPH, [file])), shapes=shapes))
    assert got == expected and any(e[1] == "PatternConstraintComponent" for e in got)


# ------------------------------------------------------------------------------------------------
# the SPARQL prefilters never pass a value pySHACL would reject
# ------------------------------------------------------------------------------------------------

LEXICAL = {
    "integer": ["5", "-5", "+5", "05", " 5", "5.0", "abc", "", "1_000", "٣"],
    "positiveInteger": ["5", "0", "-5", "abc", "+3", " 7"],
    "nonNegativeInteger": ["0", "-1", "abc", "5", "-0"],
    "decimal": ["1.5", "1", "-0.5", ".5", "5.", "abc", "1e3", "+1.0", "1,5", "NaN", "12.0"],
    "boolean": ["true", "false", "1", "0", "TRUE", "yes"],
    "date": [
        "2025-01-05",
        "2025-1-5",
        "2025-02-30",
        "2024-02-29",
        "2025-02-29",
        "2025-01-05Z",
        "20250105",
        "0000-01-01",
    ],
    "gYear": ["2025", "25", "abcd"],
    "gYearMonth": ["2025-01", "2025-13", "abc"],
    "string": ["abc", ""],
}
CHECKS = """
    [ sh:datatype xsd:integer ] [ sh:datatype xsd:positiveInteger ] [ sh:datatype xsd:nonNegativeInteger ]
    [ sh:datatype xsd:decimal ] [ sh:datatype xsd:boolean ] [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ]
    [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:string ] [ sh:nodeKind sh:Literal ] [ sh:minLength 2 ]
    [ sh:minInclusive 0 ] [ sh:maxExclusive 1000 ] [ sh:maxInclusive "2025-07-01"^^xsd:date ] [ sh:pattern "^[0-9]+$" ]
    [ sh:pattern "^A" ; sh:flags "i" ] [ sh:languageIn ( "vi" ) ] [ sh:in ( 1 "a" ) ]
"""


def test_prefilters_are_sound_for_rdflib_lexical_rules() -> None:
    """Where a value-local check's SPARQL expression says "surely conforms", pySHACL's rule agrees
    (the other values are re-checked in Python, so a sound prefilter means exact results)."""
    from govkg.shacl_sparql import _Compiler, _to_rdflib

    shapes = Graph().parse(data=PREFIXES + f"gsh:S gsh:members ( {CHECKS} ) .", format="turtle")
    compiler = _Compiler(shapes, {})
    members_list = shapes.value(URIRef(GSH + "S"), URIRef(GSH + "members"))
    assert members_list is not None
    store = ox.Store()
    literals: list[ox.NamedNode | ox.Literal] = [
        ox.Literal(text, datatype=ox.NamedNode(XSD + name)) for name, texts in LEXICAL.items() for text in texts
    ]
    literals += [ox.Literal("A", language="vi"), ox.Literal("a", language="en"), ox.NamedNode("urn:x")]
    for i, literal in enumerate(literals):
        store.add(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), literal, ox.NamedNode("urn:g")))
    surely, rejected = 0, 0
    for member in compiler.items(members_list):
        local = compiler.local_shape(member)
        assert local is not None
        sparql = (
            f"SELECT ?v ?ok WHERE {{ GRAPH ?g {{ ?s <urn:p> ?v }} BIND(COALESCE({local.ok('?v')}, false) AS ?ok) }}"
        )
        result = store.query(sparql)
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            value, ok = row["v"], row["ok"]
            assert isinstance(value, ox.NamedNode | ox.Literal) and isinstance(ok, ox.Literal)
            if ok.value == "true":
                surely += 1
                assert local.check(_to_rdflib(value)), (member, value)
            elif not local.check(_to_rdflib(value)):
                rejected += 1
    assert surely > 50 and rejected > 50
