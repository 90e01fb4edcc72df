"""The shapes, W3C-test-suite style: each shape has a valid and an invalid case with its expected report.

tests/shapes/cases/<ShapeLocalName>/ holds valid.ttl, invalid.ttl and expected.json, the
(shape, constraint, focus, path) tuples the invalid case must produce; background.ttl is a small
valid world every case is loaded with. Reports are compared by structure, never by message text.
The cross.ttl cases also run through `validate_cross` on a pyoxigraph Store, which must find the
same thing as pySHACL: that is the test that compiling sh:select to plain SPARQL is faithful.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat, Store
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS

from govkg.validation import (
    Finding,
    class_hierarchy,
    compact,
    core_shapes,
    cross_shapes,
    findings_to_json,
    local_name,
    render_report,
    validate_core,
    validate_cross,
)

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "shapes" / "cases"
BACKGROUND = CASES / "background.ttl"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())
GSH = "https://w3id.org/govkg/shapes#"
REFERENCE_GRAPH = "https://w3id.org/govkg/graph/reference"
CASE_GRAPH = "https://w3id.org/govkg/graph/article/case"

Key = tuple[str, str, str, str | None]


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------


@cache
def _parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _with_background(case_file: Path) -> Graph:
    """A fresh graph: background plus one case file (never mutate the cached parses)."""
    return _parse(BACKGROUND) + _parse(case_file)


def _store(case_file: Path) -> Store:
    """The case as an article graph next to the background as the reference graph."""
    store = Store()
    store.load(path=str(BACKGROUND), format=RdfFormat.TURTLE, to_graph=NamedNode(REFERENCE_GRAPH))
    store.load(path=str(case_file), format=RdfFormat.TURTLE, to_graph=NamedNode(CASE_GRAPH))
    return store


def _key(finding: Finding) -> Key:
    """The structure of a finding, in the CURIE form expected.json uses; any blank node is '_:'."""
    focus = "_:" if finding.focus.startswith("_:") else compact(finding.focus)
    return (
        compact(finding.shape),
        compact(finding.constraint),
        focus,
        compact(finding.path) if finding.path is not None else None,
    )


def _expected(case: Path) -> list[Key]:
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    return sorted((r["shape"], r["constraint"], r["focus"], r["path"]) for r in data["invalid"])


def _shape_iris(graph: Graph) -> set[URIRef]:
    shapes = set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.subjects(RDF.type, SH.PropertyShape))
    return {s for s in shapes if isinstance(s, URIRef)}


def _is_cross(case: Path) -> bool:
    return URIRef(GSH + case.name) in _shape_iris(cross_shapes())


def _sort_key(k: Key) -> tuple[str, str, str, str]:
    return (k[0], k[1], k[2], k[3] or "")


# ------------------------------------------------------------------------------------------------
# the cases
# ------------------------------------------------------------------------------------------------


def test_background_has_no_findings() -> None:
    data = _parse(BACKGROUND)
    assert validate_core(data) == []
    assert validate_core(data, cross_shapes()) == []
    assert validate_cross(_store(BACKGROUND)) == []


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_valid_case_has_no_findings(case: Path) -> None:
    """A valid case is clean under every shape, core and cross, on both engines."""
    data = _with_background(case / "valid.ttl")
    assert [_key(f) for f in validate_core(data)] == []
    assert [_key(f) for f in validate_core(data, cross_shapes())] == []
    assert [_key(f) for f in validate_cross(_store(case / "valid.ttl"))] == []


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: p.name)
def test_invalid_case_gives_expected_report(case: Path) -> None:
    """The invalid case yields exactly the expected (shape, constraint, focus, path) tuples."""
    data = _with_background(case / "invalid.ttl")
    shapes = cross_shapes() if _is_cross(case) else core_shapes()
    got = sorted((_key(f) for f in validate_core(data, shapes)), key=_sort_key)
    assert got == sorted(_expected(case), key=_sort_key)


@pytest.mark.parametrize("case", [c for c in CASE_DIRS if _is_cross(c)], ids=lambda p: p.name)
def test_compiled_sparql_agrees_with_pyshacl(case: Path) -> None:
    """validate_cross on a Store finds what pySHACL finds, down to path and value."""
    data = _with_background(case / "invalid.ttl")

    def essence(findings: list[Finding]) -> list[tuple[str, str, str, str | None, str | None]]:
        return sorted(((*_key(f), f.value) for f in findings), key=lambda e: tuple(x or "" for x in e))

    by_pyshacl = essence(validate_core(data, cross_shapes()))
    by_oxigraph = essence(validate_cross(_store(case / "invalid.ttl")))
    assert by_oxigraph == by_pyshacl
    assert {(k[0], k[2]) for k in by_oxigraph} == {(k[0], k[2]) for k in _expected(case)}


def test_validate_cross_limited_to_one_graph() -> None:
    """With graph=…, only focus nodes of that graph are checked; the rest of the store is context."""
    case = CASES / "ReferenceResolvesShape" / "invalid.ttl"
    store = _store(case)
    everywhere = {_key(f) for f in validate_cross(store)}
    assert {_key(f) for f in validate_cross(store, CASE_GRAPH)} == everywhere
    assert validate_cross(store, REFERENCE_GRAPH) == []


def test_findings_lead_back_to_article_and_sentence() -> None:
    data = _with_background(CASES / "HoldingShape" / "invalid.ttl")
    findings = validate_core(data)
    traced = [f for f in findings if f.focus.endswith("/holding/le-dinh-hai")]
    assert traced, "the invalid holding case has a holding with provenance"
    assert {f.article for f in traced} == {"000_dfdbdb5315070305"}
    assert all(f.quote and f.quote.startswith("Phát biểu chỉ đạo tại hội nghị") for f in traced)
    cross = validate_cross(_store(CASES / "HoldingPostShape" / "invalid.ttl"))
    assert cross and all(f.article == "000_dfdbdb5315070305" and f.quote for f in cross)


# ------------------------------------------------------------------------------------------------
# coverage and hygiene of the shapes files
# ------------------------------------------------------------------------------------------------


def _top_level_shapes(graph: Graph) -> set[URIRef]:
    """Shapes with their own targets: each needs a case directory."""
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return {s for s in _shape_iris(graph) if any((s, t, None) in graph for t in targets)}


def test_every_shape_with_targets_has_a_case() -> None:
    names = {local_name(str(s)) for g in (core_shapes(), cross_shapes()) for s in _top_level_shapes(g)}
    assert names == {c.name for c in CASE_DIRS}


# SHACL parameters that make a shape constrain something by itself (not just group property shapes).
_PARAMETER_NAMES = """
    class datatype nodeKind minCount maxCount minInclusive maxInclusive minExclusive maxExclusive
    minLength maxLength pattern languageIn uniqueLang equals disjoint lessThan lessThanOrEquals
    not and or xone node qualifiedValueShape in hasValue sparql closed
"""
CONSTRAINT_PARAMETERS = {SH[p] for p in _PARAMETER_NAMES.split()}


def test_every_constraint_is_exercised_by_an_invalid_case() -> None:
    """Each shape that constrains anything itself is named by at least one expected finding."""
    expected_shapes = {k[0] for c in CASE_DIRS for k in _expected(c)}
    for graph in (core_shapes(), cross_shapes()):
        for shape in _shape_iris(graph):
            if any((shape, p, None) in graph for p in CONSTRAINT_PARAMETERS):
                assert compact(str(shape)) in expected_shapes, f"no invalid case exercises {shape}"


def _documented_nodes(graph: Graph) -> set[URIRef]:
    constraints = {c for c in graph.objects(None, SH.sparql) if isinstance(c, URIRef)}
    return _shape_iris(graph) | constraints


@pytest.mark.parametrize("which", ["core", "cross"])
def test_every_shape_is_named_documented_and_bilingual(which: str) -> None:
    graph = core_shapes() if which == "core" else cross_shapes()
    for node in _documented_nodes(graph):
        assert str(node).startswith(GSH) and re.fullmatch(r"[A-Za-z]+(-[A-Za-z]+)*", local_name(str(node))), node
        assert (node, RDFS.comment, None) in graph, f"{node}: rdfs:comment"
        languages = {m.language for m in graph.objects(node, SH.message) if isinstance(m, Literal)}
        assert {"vi", "en"} <= languages, f"{node}: sh:message in vi and en"
        if (node, RDF.type, SH.SPARQLConstraint) not in graph:
            severities = list(graph.objects(node, SH.severity))
            assert severities in ([SH.Violation], [SH.Warning], [SH.Info]), f"{node}: one sh:severity"


def test_claim_classes_require_provenance_in_core() -> None:
    """MODEL.md's provenance rule: each claim class has a minCount-1 prov:wasDerivedFrom to a span."""
    graph = core_shapes()
    prov = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    gov = "https://w3id.org/govkg/ontology#"
    covered = set()
    for shape in graph.subjects(RDF.type, SH.NodeShape):
        for prop in graph.objects(shape, SH.property):
            if (prop, SH.path, prov) in graph and (prop, SH.minCount, Literal(1)) in graph:
                assert (prop, SH["class"], URIRef(gov + "SourceSpan")) in graph
                covered |= {str(c) for c in graph.objects(shape, SH.targetClass)}
    claims = "Holding Participation Meeting PartyCongress CommitteeTerm LegalDocument IndicatorObservation"
    assert {gov + c for c in claims.split()} <= covered


def test_cross_queries_avoid_what_shacl_sparql_forbids() -> None:
    for select in cross_shapes().objects(None, SH.select):
        assert not re.search(r"\b(VALUES|MINUS|SERVICE)\b", str(select), re.I)


def test_roman_table_is_up_to_date() -> None:
    tool = ROOT / "shapes" / "tools" / "roman_table.py"
    result = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_every_list_of_concepts_is_its_whole_scheme() -> None:
    """An sh:in of concepts repeats a SKOS scheme of ontology/concepts.ttl: a concept the loaders may emit and the
    list forgets ("lead-delegation", "voter-petition") would be reported as a violation of sound data."""
    concepts = Graph().parse(ROOT / "ontology" / "concepts.ttl", format="turtle")
    shapes = core_shapes()
    lists = [list(Collection(shapes, node)) for node in shapes.objects(None, SH["in"])]
    checked = 0
    for members in lists:
        schemes = {s for m in members for s in concepts.objects(m, SKOS.inScheme)}
        if not schemes:
            continue  # a list of literals
        assert len(schemes) == 1, members
        scheme = schemes.pop()
        assert set(members) == set(concepts.subjects(SKOS.inScheme, scheme)), scheme
        checked += 1
    assert checked >= 4


def test_class_hierarchy_is_entailed_by_the_ontology() -> None:
    """shapes/classes.ttl repeats MODEL.md's hierarchy; the ontology must state (at least) the same."""
    ontology_file = ROOT / "ontology" / "govkg.ttl"
    if not ontology_file.exists():
        pytest.skip("ontology/govkg.ttl not written yet")
    ontology = Graph().parse(ontology_file, format="turtle")
    for sub, sup in class_hierarchy().subject_objects(RDFS.subClassOf):
        if not str(sub).startswith("https://w3id.org/govkg/"):
            continue
        assert sup in set(ontology.transitive_objects(sub, RDFS.subClassOf)), f"{sub} ⊑ {sup}"


DOCUMENT_NUMBERS_OK = [
    "10-NQ/TU",
    "03-NQ/HU",
    "35-CT/TW",
    "15/NQ-HĐND",
    "120/KH-UBND",
    "1339/QĐ-TTg",
    "05-NQ/ĐU",
    "11-KL/TW",
]
DOCUMENT_NUMBERS_BAD = ["NQ/TU", "10 NQ/TU", "số 10-NQ/TU", "10-NQ/TU/", "10-nq/tu", "10", "15/NQ-HĐND tỉnh"]


def _document_number_pattern() -> re.Pattern[str]:
    shape = URIRef(GSH + "LegalDocument-number")
    return re.compile(str(core_shapes().value(shape, SH.pattern)))


@pytest.mark.parametrize("number", DOCUMENT_NUMBERS_OK)
def test_document_number_pattern_accepts(number: str) -> None:
    assert _document_number_pattern().search(number)


@pytest.mark.parametrize("number", DOCUMENT_NUMBERS_BAD)
def test_document_number_pattern_rejects(number: str) -> None:
    assert not _document_number_pattern().search(number)


# ------------------------------------------------------------------------------------------------
# the report
# ------------------------------------------------------------------------------------------------


def _finding(shape: str, severity: str, focus: str, article: str | None, quote: str | None) -> Finding:
    return Finding(
        shape=GSH + shape,
        constraint="MinCountConstraintComponent",
        severity=severity,
        focus="https://w3id.org/govkg/id/" + focus,
        path="http://www.w3.org/ns/org#member",
        value=None,
        message_vi=f"thông điệp {shape}",
        message_en=f"message {shape}",
        article=article,
        quote=quote,
    )


def test_render_report_groups_by_article_then_sentence() -> None:
    s1, s2 = "Câu thứ nhất.", "Câu thứ hai."
    findings = [
        _finding("Holding-member", "Warning", "holding/b", "001_x", s1),
        _finding("Holding-post", "Violation", "holding/a", "000_x", s2),
        _finding("Holding-member", "Violation", "holding/a", "000_x", s1),
        _finding("Holding-role", "Info", "holding/a", "000_x", s1),
        _finding("Official-name", "Violation", "person/c", None, None),
    ]
    lines = render_report(findings).splitlines()
    assert [line for line in lines if line.startswith("==")] == [
        "== article 000_x",
        "== article 001_x",
        "== not traced to an article",
    ]
    # each sentence of an article is quoted once (worst first, then by text), its findings follow it
    quoted = [line.strip() for line in lines if line.strip().startswith("«")]
    assert quoted == [f"« {s2} »", f"« {s1} »", f"« {s1} »"]
    first = lines.index(f"  « {s1} »")
    assert lines[first + 1].startswith("    [Violation] Holding-member focus=govid:holding/a path=org:member")
    assert lines[first + 1].endswith("— message Holding-member / thông điệp Holding-member")
    assert lines[first + 2].startswith("    [Info] Holding-role")
    assert lines[-1] == "Summary: 5 findings: 3 Violation, 1 Warning, 1 Info"


def test_render_report_says_conforms_when_clean() -> None:
    assert render_report([]).strip() == "conforms: no findings"


def test_findings_to_json_is_plain_json() -> None:
    finding = _finding("Holding-member", "Violation", "holding/a", "000_x", "Câu.")
    rows = findings_to_json([finding])
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows
    assert rows[0]["shape"] == GSH + "Holding-member" and rows[0]["article"] == "000_x"
    assert set(rows[0]) == {f for f in Finding.__dataclass_fields__}
