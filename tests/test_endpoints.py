"""The same answers from the embedded store, Oxigraph server and Virtuoso; and a test for each quirk.

The seed articles are built once, pushed to each real server (started on
loopback by the session fixtures in conftest.py), and every named query, the facts export and the
validation are compared with the embedded store. Rows are compared as multisets; the only
normalisation is the order of the parts of a GROUP_CONCAT, which SPARQL leaves unspecified (and
Oxigraph and Virtuoso order differently).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from govkg.backend import Embedded
from govkg.config import Auth, settings
from govkg.facts import article_facts
from govkg.push import push
from govkg.queries import catalogue, run_query
from govkg.remote import Remote, RemoteError
from govkg.servers import Server, free_port
from govkg.store import Row, open_store

from .conftest import ROOT

DEVSET = ROOT / "tests" / "devset"

QUERIES = catalogue(ROOT / "queries")
# Parameters bound with Vietnamese labels and IRIs: VALUES binding must match stored literals on every server.
PARAMETERS = [
    ("posts-of-official", {"name": "Lê Đình Hải"}),
    ("district-leaders", {"unit": "huyện Thọ Xuân"}),
    ("targets-by-district-year", {"unit": "huyện Như Xuân"}),
    ("network-official-meetings", {"role": "chair"}),
    ("network-careers", {"from": "2024"}),
]
_SEPARATOR = re.compile(
    r'GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s*\?(\w+)', re.IGNORECASE
)


def normalised(rows: list[Row], sparql: str) -> list[str]:
    """Rows as sorted JSON, with the parts of each GROUP_CONCAT column sorted (their order is unspecified)."""
    lists = {name: sep for sep, name in _SEPARATOR.findall(sparql)}
    out = []
    for row in rows:
        row = dict(row)
        for name, sep in lists.items():
            if row.get(name):
                row[name] = sep.join(sorted(str(row[name]).split(sep)))
        out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(out)


@pytest.fixture(scope="session")
def embedded(shared_build: Path) -> Embedded:
    return Embedded(open_store(shared_build / "store"))


@pytest.fixture
def remote(server: Server, shared_build: Path) -> Remote:
    """The server holding the shared build (pushed the first time; later pushes find nothing to send)."""
    push(shared_build, _settings(server))
    return Remote(server.query, timeout=60)


def _settings(server: Server) -> Any:
    found = settings(server.query, 60, update=server.update, store=server.store)
    assert found is not None
    return found


def _raw(server: Server, sparql: str, **params: str) -> tuple[dict[str, Any], dict[str, str]]:
    """A query sent without govkg's client: to show what the server itself answers."""
    data = urllib.parse.urlencode({"query": sparql, **params}).encode()
    request = urllib.request.Request(server.query, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read()), dict(response.headers)


# -- the same answers -------------------------------------------------------------------------------


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_named_query_same_rows(query, remote: Remote, embedded: Embedded) -> None:  # type: ignore[no-untyped-def]
    names, rows = run_query(embedded, query.text)
    remote_names, remote_rows = run_query(remote, query.text)
    assert remote_names == names
    assert normalised(remote_rows, query.text) == normalised(rows, query.text)


@pytest.mark.parametrize(("name", "params"), PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_bound_parameters_same_rows(name: str, params: dict[str, str], remote: Remote, embedded: Embedded) -> None:
    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    _, rows = run_query(embedded, text, params)
    assert rows, f"{name} {params}: pick a parameter the shared build has"
    assert normalised(run_query(remote, text, params)[1], text) == normalised(rows, text)


def test_facts_same(remote: Remote, embedded: Embedded, shared_build: Path) -> None:
    stems = sorted(p.stem for p in (shared_build / "graphs").glob("*.nq"))
    assert len(stems) == len(list((ROOT / "data" / "articles").glob("*.txt")))
    for stem in stems:
        assert article_facts(remote, stem) == article_facts(embedded, stem), stem


def test_validation_same(remote: Remote, shared_build: Path) -> None:
    from govkg.remote_validate import validate_remote
    from govkg.shacl_sparql import validate_store_core
    from govkg.validation import validate_cross

    store = open_store(shared_build / "store")
    local = validate_store_core(store) + validate_cross(store)
    found = validate_remote(remote, batch=2)  # several batches, and a node seen in two of them
    assert local, "the shared build has findings to compare"
    assert sorted(map(_key, found)) == sorted(map(_key, local))


def _key(finding: Any) -> str:
    return json.dumps(asdict(finding), sort_keys=True, ensure_ascii=False)


def test_graph_names(remote: Remote, embedded: Embedded) -> None:
    ours = [g for g in remote.graph_names() if g.startswith("https://w3id.org/govkg/graph/")]
    assert ours == embedded.graph_names()


# -- the command line -------------------------------------------------------------------------------


def govkg(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "govkg.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_cli_query_endpoint_same_json(remote: Remote, shared_build: Path) -> None:
    query = "who-chaired-which-conference"
    local = govkg("query", query, "--build", str(shared_build), "-f", "json")
    served = govkg("query", query, "--endpoint", remote.url, "-f", "json")
    assert served.returncode == 0, served.stderr
    text = (ROOT / "queries" / f"{query}.rq").read_text(encoding="utf-8")
    assert normalised(json.loads(served.stdout), text) == normalised(json.loads(local.stdout), text)


@pytest.fixture(scope="module")
def devset_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    """The development set (with gold files) built and pushed to an Oxigraph server of its own."""
    from govkg.build import build_folder
    from govkg.servers import start_oxigraph

    build = tmp_path_factory.mktemp("devset") / "build"
    build_folder([DEVSET / "articles"], build)
    server = start_oxigraph(tmp_path_factory.mktemp("devset-oxigraph") / "db")
    push(build, _settings(server))
    yield server, build
    server.stop()


def test_cli_facts_and_eval_from_endpoint(devset_server: tuple[Server, Path], tmp_path: Path) -> None:
    server, _ = devset_server
    local_out, served_out = tmp_path / "local.jsonl", tmp_path / "served.jsonl"
    local = govkg("facts", str(DEVSET / "articles"), "-o", str(local_out))
    served = govkg("facts", str(DEVSET / "articles"), "-o", str(served_out), "--endpoint", server.query)
    assert local.returncode == served.returncode == 0, local.stderr + served.stderr
    assert served_out.read_text(encoding="utf-8") == local_out.read_text(encoding="utf-8")
    local_eval = govkg("eval", str(DEVSET / "gold"), "--format", "json")
    served_eval = govkg("eval", str(DEVSET / "gold"), "--endpoint", server.query, "--format", "json")
    assert served_eval.returncode == 0, served_eval.stderr
    assert json.loads(served_eval.stdout) == json.loads(local_eval.stdout)


def test_cli_facts_of_a_missing_article(remote: Remote, tmp_path: Path) -> None:
    done = govkg("facts", "no_such_article", "-o", str(tmp_path / "f.jsonl"), "--endpoint", remote.url)
    assert done.returncode == 2
    assert "no_such_article: no graph of this article" in done.stderr


def test_cli_validate_endpoint(remote: Remote) -> None:
    done = govkg("validate", "--endpoint", remote.url, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert isinstance(json.loads(done.stdout), list)


def test_endpoint_from_environment_and_config_file(remote: Remote, tmp_path: Path) -> None:
    env_run = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", "plenums-of-term", "-f", "csv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**_env(), "GOVKG_ENDPOINT": remote.url},
        timeout=120,
    )
    (tmp_path / "govkg.toml").write_text(f'endpoint = "{remote.url}"\ntimeout = 30\n', encoding="utf-8")
    file_run = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", "plenums-of-term", "-f", "csv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=120,
    )
    assert env_run.returncode == 0 and file_run.returncode == 0, env_run.stderr + file_run.stderr
    assert env_run.stdout == file_run.stdout and env_run.stdout.count("\n") > 1


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("GOVKG_")}


# -- one-line errors -------------------------------------------------------------------------------


def _one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_error_endpoint_down() -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    _one_line_error(govkg("query", "plenums-of-term", "--endpoint", url, "--timeout", "5"), "connection refused")
    _one_line_error(govkg("validate", "--endpoint", url), "connection refused")


def test_error_not_a_sparql_endpoint(oxigraph_server: Server) -> None:
    url = oxigraph_server.query.rsplit("/", 1)[0] + "/"  # the YASGUI page
    _one_line_error(govkg("query", "plenums-of-term", "--endpoint", url))


def test_error_refused_credentials(virtuoso_server: Server) -> None:
    url = virtuoso_server.query.replace("/sparql", "/sparql-auth")  # Virtuoso's digest-protected endpoint
    env = {**_env(), "GOVKG_USER": "dba", "GOVKG_PASSWORD": "wrong", "GOVKG_AUTH": "digest"}
    done = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", "plenums-of-term", "--endpoint", url],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    _one_line_error(done, "HTTP 401", "refused the credentials")
    token = Remote(url, auth=Auth("bearer", token="not-a-token"))
    with pytest.raises(RemoteError, match="HTTP 401"):
        token.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    right = Remote(url, auth=Auth("digest", user="dba", password="dba"))
    assert right.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")[1]


SLOW = (  # every pair of statements: seconds on the seed graph, on either server
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } "
    "FILTER(STRLEN(CONCAT(STR(?c), STR(?f))) > 5) }"
)


def test_error_timeout(remote: Remote) -> None:
    done = govkg("query", SLOW, "--endpoint", remote.url, "--timeout", "0.5")
    _one_line_error(done)
    assert "timeout" in done.stderr or "time limit" in done.stderr


# -- quirks, one test each ---------------------------------------------------------------------------


def test_quirk_oxigraph_default_graph_is_not_the_union(
    oxigraph_server: Server, remote: Remote, embedded: Embedded
) -> None:
    if remote.flavour != "oxigraph":
        pytest.skip("an Oxigraph quirk")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    raw, _ = _raw(oxigraph_server, count)
    assert raw["results"]["bindings"][0]["n"]["value"] == "0"  # started without --union-default-graph
    assert remote.select(count)[1] == embedded.select(count)[1]  # the client asks for the union per query
    with pytest.raises(RemoteError, match="not the union"):
        Remote(oxigraph_server.query, flavour="generic").select(count)  # any other server: detected, explained


CROSS = (  # every statement of our graphs once per official: more rows than Virtuoso's cap on the seed
    "PREFIX gov: <https://w3id.org/govkg/ontology#>\nPREFIX schema: <http://schema.org/>\n"
    "SELECT ?s ?n WHERE { GRAPH ?g { ?s ?p ?o } "
    "FILTER(isIRI(?s) && STRSTARTS(STR(?g), 'https://w3id.org/govkg/graph/')) "
    "?b a gov:Official ; schema:name ?n } ORDER BY ?n"
)


def test_quirk_virtuoso_caps_rows_at_10000(virtuoso_server: Server, remote: Remote, embedded: Embedded) -> None:
    if remote.flavour != "virtuoso":
        pytest.skip("a Virtuoso quirk")
    expected = embedded.select(CROSS)[1]
    assert len(expected) > 10_000
    raw, _ = _raw(virtuoso_server, CROSS)
    assert len(raw["results"]["bindings"]) == 10_000  # silently truncated by ResultSetMaxRows
    rows = remote.select(CROSS)[1]  # paged: ORDER BY in a sub-SELECT, LIMIT/OFFSET outside
    assert sorted(map(str, rows)) == sorted(map(str, expected))
    assert [r["n"] for r in rows] == sorted(r["n"] for r in rows)  # the query's own order is kept


def test_quirk_virtuoso_concat_mangles_vietnamese(virtuoso_server: Server, remote: Remote) -> None:
    if remote.flavour != "virtuoso":
        pytest.skip("a Virtuoso quirk")
    query = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        'SELECT (CONCAT(STR(?l), " – Thọ") AS ?c) ?l WHERE { '
        "<https://w3id.org/govkg/id/unit/tinh-thanh-hoa/huyen-tho-xuan> rdfs:label ?l }"
    )
    raw, _ = _raw(virtuoso_server, query)
    row = raw["results"]["bindings"][0]
    assert row["c"]["value"] != row["l"]["value"] + " – Thọ"  # UTF-8 bytes read as Latin-1: "huyá»\x87n…"
    # So no named query CONCATs a stored string with a non-ASCII constant (the cases that mangle).
    for q in QUERIES:
        for args in re.findall(r"CONCAT\s*\(((?:[^()]|\([^()]*\))*)\)", q.text, re.IGNORECASE):
            constants = re.findall(r'"([^"]*)"', args)
            assert all(c.isascii() for c in constants), f"{q.name}: CONCAT with a non-ASCII constant"


def test_quirk_virtuoso_booleans_and_empty_group_concat(virtuoso_server: Server, remote: Remote) -> None:
    if remote.flavour != "virtuoso":
        pytest.skip("a Virtuoso quirk")
    raw, _ = _raw(virtuoso_server, "SELECT (1 < 2 AS ?b) (STR(1 < 2) AS ?s) WHERE {}")
    assert raw["results"]["bindings"][0]["b"]["value"] == "1"  # a computed boolean comes back as 1
    assert raw["results"]["bindings"][0]["s"]["value"] == "true"  # hence STR(comparison) in the queries
    caption = "PREFIX gov: <https://w3id.org/govkg/ontology#>\nSELECT ?c WHERE { ?s gov:isCaption ?c } LIMIT 1"
    raw, _ = _raw(virtuoso_server, caption)
    if raw["results"]["bindings"]:
        assert raw["results"]["bindings"][0]["c"]["value"] == "1"  # stored true is served as 1 …
        assert remote.select(caption)[1] == [{"c": "true"}]  # … and read back as the embedded store shows it
    empty = (
        "SELECT ?x (GROUP_CONCAT(?z; separator='|') AS ?g) WHERE "
        "{ VALUES ?x { 1 } OPTIONAL { ?x <https://example.org/none> ?z } } GROUP BY ?x"
    )
    raw, _ = _raw(virtuoso_server, empty)
    assert raw["results"]["bindings"][0]["g"]["value"] == ""  # Oxigraph leaves it unbound
    assert remote.select(empty)[1] == [{"x": "1", "g": None}]


def test_quirk_virtuoso_concat_of_unbound_is_empty(virtuoso_server: Server, remote: Remote) -> None:
    if remote.flavour != "virtuoso":
        pytest.skip("a Virtuoso quirk")
    query = 'SELECT (CONCAT(STR(?a), "-", STR(?b)) AS ?c) WHERE { OPTIONAL { <urn:x> <urn:y> ?a } }'
    raw, _ = _raw(virtuoso_server, query)
    assert raw["results"]["bindings"][0]["c"]["value"] == "-"  # SPARQL: an error, so unbound
    # Hence targets-by-district-year and table-targets build the period inside the OPTIONAL.
    for name in ("targets-by-district-year", "table-targets"):
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        assert "AS ?periodSpan) }" in text


DATATYPES = """\
<https://example.org/s> <https://example.org/positive> "27"^^<http://www.w3.org/2001/XMLSchema#positiveInteger> .
<https://example.org/s> <https://example.org/nonneg> "0120"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://example.org/s> <https://example.org/decimal> "45.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<https://example.org/s> <https://example.org/whole> "12.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<https://example.org/s> <https://example.org/year> "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> .
<https://example.org/s> <https://example.org/month> "2024-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
<https://example.org/s> <https://example.org/flag> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<https://example.org/s> <https://example.org/label> "huyện Thọ Xuân"@vi .
"""


def test_quirk_datatypes_same_lexical_forms(server: Server) -> None:
    """Integer subtypes, decimals, years, booleans: each server stores them its own way, rows agree."""
    from pyoxigraph import NamedNode, RdfFormat, Store

    from govkg.push import GraphStore

    graph = "https://example.org/datatypes"
    GraphStore(server.store, server.update, None, 30).put(graph, DATATYPES.encode())
    try:
        store = Store()
        store.load(input=DATATYPES.encode(), format=RdfFormat.N_TRIPLES, to_graph=NamedNode(graph))
        query = f"SELECT ?p ?o (DATATYPE(?o) AS ?t) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        rows = Remote(server.query).select(query)[1]
        expected = Embedded(store).select(query)[1]
        assert sorted((r["p"], r["o"]) for r in rows) == sorted((r["p"], r["o"]) for r in expected)
        # Oxigraph (embedded and server) reads integer subtypes as xsd:integer; Virtuoso keeps them.
        types = {r["p"]: r["t"] for r in rows}
        xsd = "http://www.w3.org/2001/XMLSchema#"
        assert types["https://example.org/positive"] in (xsd + "integer", xsd + "positiveInteger")
    finally:
        GraphStore(server.store, server.update, None, 30).delete(graph)


def test_quirk_sparqlwrapper_takes_a_comment_for_an_update(remote: Remote) -> None:
    # SPARQLWrapper reads "moves" in a comment as MOVE and would send the query as `update=`.
    assert remote.select("# who moves between units?\nSELECT (1 AS ?one) WHERE {}")[1] == [{"one": "1"}]


def test_get_for_short_queries_post_for_long(remote: Remote, embedded: Embedded) -> None:
    long = "SELECT ?x WHERE { VALUES ?x { " + " ".join(f'"{i}"' for i in range(2000)) + " } }"
    assert len(remote.select(long)[1]) == 2000 == len(embedded.select(long)[1])
