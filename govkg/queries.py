"""Named governance questions (queries/*.rq): find them, bind their parameters, run, format.

A query file opens with a header of `#` lines: `# title:`, `# question:`, and one `# param: name —
meaning` per parameter. Parameters are bound by a VALUES clause placed at the start of the outer
WHERE, which every SPARQL 1.1 store understands, so the same text runs embedded or on a server.

`# scope: name` promises that, with that parameter set, every row comes from article graphs that
mention its value (all the query's patterns sit inside `GRAPH ?g` and one of them matches the value
there), or that give another rdfs:label to a node the value labels (a unit two articles spell
differently); for a parameter of kind `article`, from that article's graph. The embedded store then reads
only those graphs: a question about one official or one district costs what its articles cost, not
what the whole corpus costs. tests/test_queries.py checks each promise against the unscoped answer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from govkg.backend import Backend, Within
from govkg.store import Row
from loaders import iri


class QueryError(Exception):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # string, label (a Vietnamese rdfs:label), iri, integer, article (a file stem)
    meaning: str
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    question: str
    params: dict[str, Param]
    text: str
    scope: str | None = None  # the parameter whose value narrows the graphs read (see the module doc)


_PARAM = re.compile(
    r"(?P<name>\w+)\s*(?:\[(?P<kind>\w+)\])?\s*[—-]*\s*(?P<meaning>.*?)(?:;\s*default:\s*(?P<default>\S+))?$"
)


def read_query(path: Path) -> NamedQuery:
    return parse_query(path.read_text(encoding="utf-8"), path)


def parse_query(text: str, path: Path = Path("inline.rq")) -> NamedQuery:
    """The header of a query: title, question and declared parameters."""
    header: dict[str, str] = {}
    params: dict[str, Param] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(\w+)\s*:\s*(.*)", line)
        if m and m.group(1) == "param":
            p = _PARAM.match(m.group(2).strip())
            if p:
                params[p["name"]] = Param(p["name"], p["kind"] or "string", p["meaning"], p["default"])
        elif m:
            header[m.group(1)] = m.group(2).strip()
    scope = header.get("scope")
    if scope is not None and scope not in params:
        raise QueryError(f"{path}: # scope: {scope} is not a declared parameter")
    return NamedQuery(path.stem, path, header.get("title", ""), header.get("question", ""), params, text, scope)


def catalogue(directory: Path) -> list[NamedQuery]:
    return [read_query(p) for p in sorted(directory.glob("*.rq"))]


def resolve_query(spec: str, directory: Path) -> str:
    """SPARQL text from a query name, a .rq path, or the text itself."""
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", spec, re.IGNORECASE) and "{" in spec:
        return spec
    path = Path(spec)
    if path.suffix == ".rq":
        if not path.exists():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    named = directory / f"{spec}.rq"
    if not named.exists():
        names = ", ".join(q.name for q in catalogue(directory))
        raise QueryError(f"no query named {spec!r}; known: {names}")
    return named.read_text(encoding="utf-8")


def bind(sparql: str, params: dict[str, str], declared: dict[str, Param] | None = None) -> str:
    """Bind ?name for each parameter (and declared defaults) with a VALUES clause in the outer WHERE."""
    declared = declared or {}
    unknown = set(params) - set(declared)
    if declared and unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: {', '.join(declared)}")
    values = {k: p.default for k, p in declared.items() if p.default is not None}
    values.update(params)
    params = {
        k: str(_term(v, declared[k].kind if k in declared else "string")) for k, v in values.items() if v is not None
    }
    if not params:
        return sparql
    m = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    values_clause = " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in params.items())
    return sparql[: m.end()] + " " + values_clause + sparql[m.end() :]


# The prefixes of the project's own SELECTs written in Python (CHOICES below, govkg.facts).
PREFIXES = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
"""

# What each scoping parameter can be set to, read from the graph: `govkg query NAME --choices PARAM`
# lists them, and the benchmark and tests draw parameter values from them. Keyed by parameter name,
# which means the same thing in every query that declares it.
CHOICES = {
    "name": "SELECT DISTINCT ?value WHERE { GRAPH ?g { ?h org:member ?p . ?p schema:name ?value } }",
    "unit": "SELECT DISTINCT ?value WHERE { GRAPH ?g { { ?o gov:jurisdiction ?u } UNION { ?obs sdmx-dimension:refArea ?u } "
    "?u rdfs:label ?value } }",  # units with an organ, and units with a target or a result
    "stem": 'SELECT ?value WHERE { GRAPH ?g { ?a a gov:Article } BIND(STRAFTER(STR(?g), "/article/") AS ?value) }',
    "term": "SELECT DISTINCT ?value WHERE { GRAPH ?g { ?c gov:elects ?t . ?t rdfs:label ?value } }",
    "party": "SELECT DISTINCT ?value WHERE { GRAPH ?g { ?c gov:congressOf ?o . ?o rdfs:label ?value } }",
    "number": "SELECT DISTINCT ?value WHERE { GRAPH ?g { ?d eli:id_local ?value } }",
    "indicator": "SELECT DISTINCT ?value WHERE { GRAPH ?g { ?obs gov:indicator ?value } }",
}


def choices(backend: Backend, param: str) -> list[str]:
    """The values a scoping parameter takes in the graph, sorted."""
    if param not in CHOICES:
        raise QueryError(f"no list of values for parameter {param!r}; known: {', '.join(CHOICES)}")
    _, rows = backend.select(PREFIXES + CHOICES[param])
    return sorted({str(r["value"]) for r in rows if r.get("value") is not None})


def run_query(
    backend: Backend, sparql: str, params: dict[str, str] | None = None, scoped: bool = True
) -> tuple[list[str], list[Row]]:
    """Bind the parameters (and declared defaults) and run the query on the backend.

    With `scoped` (the default), a query's `# scope:` parameter, when set, narrows the graphs read."""
    query = parse_query(sparql)
    params = params or {}
    text = bind(sparql, params, query.params)
    value = params.get(query.scope) if query.scope else None
    if not scoped or query.scope is None or value is None:
        return backend.select(text)
    kind = query.params[query.scope].kind
    if kind == "article":
        return backend.select(text, Within(graph=iri.article_graph(value)))
    return backend.select(text, Within(term=_term(value, kind)))


def _term(value: str, kind: str) -> NamedNode | Literal:
    """The RDF term a parameter value stands for in the graph; its N-Triples form is how `bind` writes
    it in SPARQL."""
    if kind == "iri":
        if not re.fullmatch(r"[^\s<>\"{}|^`\\]+", value):
            raise QueryError(f"not an IRI: {value!r}")
        return NamedNode(value)
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"not an integer: {value!r}")
        return Literal(value, datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return Literal(value, language="vi") if kind == "label" else Literal(value)


def format_rows(names: list[str], rows: list[Row], fmt: str, limit: int = 0) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows])
        return buf.getvalue()
    return _table(names, rows[:limit] if limit else rows, len(rows))


def _table(names: list[str], rows: list[Row], total: int) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False, expand=False)
    for r in rows:
        table.add_row(*[_short(r[n]) for n in names])
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(table)
    console.print(f"{total} rows")
    return console.export_text()


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix in ("https://w3id.org/govkg/id/", "https://w3id.org/govkg/ontology#"):
        if value.startswith(prefix):
            return value[len(prefix) :]
    return value
