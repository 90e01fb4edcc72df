"""`govkg push`: the server ends up holding exactly the build, whatever happened before.

Each test gets servers of its own (a fresh Oxigraph; a Virtuoso started for this module), since a
push deletes every govkg graph the build does not have.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode, Store

from govkg.build import build_folder
from govkg.config import Settings, settings
from govkg.push import STATE, GraphStore, push
from govkg.remote import Remote
from govkg.servers import Server, free_port, start_oxigraph, start_virtuoso
from govkg.store import open_store
from loaders import iri

from .conftest import ROOT, SEEDS, _need_virtuoso

OURS = iri.GRAPH


@pytest.fixture(scope="module")
def virtuoso_scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _need_virtuoso()
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-push"))
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "virtuoso":
        server: Server = request.getfixturevalue("virtuoso_scratch")
        _wipe(server)
        yield server
        return
    server = start_oxigraph(tmp_path / "oxigraph", union=True)
    yield server
    server.stop()


def _wipe(server: Server) -> None:
    remote = Remote(server.query)
    for graph in remote.graph_names():
        if graph.startswith(OURS):
            GraphStore(server.store, server.update, None, 60).delete(graph)


def _settings(server: Server) -> Settings:
    found = settings(server.query, 120, update=server.update, store=server.store)
    assert found is not None
    return found


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def _build(articles: Path, out: Path) -> Path:
    build_folder([articles], out)
    return out


def held(server: Server) -> dict[str, Counter[str]]:
    """The server's govkg graphs, read back and stored as the embedded store stores them."""
    remote = Remote(server.query)
    graphs = [g for g in remote.graph_names() if g.startswith(OURS)]
    store = Store()
    store.bulk_extend(remote.quads(graphs))  # canonical forms: decimals, integer subtypes, booleans
    return _by_graph(store)


def built(build: Path) -> dict[str, Counter[str]]:
    return _by_graph(open_store(build / "store"))


def _by_graph(store: Store) -> dict[str, Counter[str]]:
    """Each graph's quads as N-Quads lines; blank nodes (the ontology's) blanked: their labels differ."""
    out: dict[str, Counter[str]] = {}
    for quad in store:
        name = quad.graph_name
        if isinstance(name, NamedNode):
            line = re.sub(r"_:\w+", "_:b", str(quad))
            out.setdefault(name.value, Counter())[line] += 1
    return out


def test_push_twice_then_after_a_rebuild(target: Server, articles: Path, tmp_path: Path) -> None:
    build = _build(articles, tmp_path / "build")
    first = push(build, _settings(target))
    assert first.sent == len(list((build / "graphs").glob("*.nq"))) + 2  # and the reference and ontology graphs
    assert held(target) == built(build)
    again = push(build, _settings(target))
    assert (again.sent, again.deleted, again.unchanged) == (0, 0, first.sent)
    assert held(target) == built(build)
    # Rebuild with one article removed and another changed: one graph deleted, the changed replaced.
    removed, changed = sorted(articles.glob("*.txt"))[:2]
    removed.unlink()
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHội nghị kết thúc lúc 11 giờ.\n", encoding="utf-8")
    _build(articles, build)
    third = push(build, _settings(target))
    assert third.deleted == 1 and third.sent >= 1
    assert iri.article_graph(changed.stem).value in third.graphs
    after = held(target)
    assert iri.article_graph(removed.stem).value not in after
    assert after == built(build)  # exactly the new build: no stale facts, no duplicates


def test_interrupted_push_resumes(target: Server, articles: Path, tmp_path: Path) -> None:
    build = _build(articles, tmp_path / "build")
    total = len(list((build / "graphs").glob("*.nq"))) + 2

    def stop_after_three(done: int, _total: int, _what: str) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        push(build, _settings(target), tick=stop_after_three)
    state = json.loads((build / STATE).read_text(encoding="utf-8"))
    assert len(state[target.store]) == 3  # what reached the server is recorded
    assert len(held(target)) == 3
    rest = push(build, _settings(target))
    assert rest.sent == total - 3 and rest.unchanged == 3
    assert held(target) == built(build)


def test_a_graph_lost_on_the_server_is_sent_again(target: Server, articles: Path, tmp_path: Path) -> None:
    build = _build(articles, tmp_path / "build")
    push(build, _settings(target))
    lost = iri.article_graph(sorted(articles.glob("*.txt"))[0].stem).value
    GraphStore(target.store, target.update, None, 60).delete(lost)
    again = push(build, _settings(target))
    assert again.graphs == [lost]
    assert held(target) == built(build)


def test_bulk_push(target: Server, articles: Path, tmp_path: Path) -> None:
    build = _build(articles, tmp_path / "build")
    # A stale graph and a partly sent one (as an interrupted bulk batch leaves them) are put right.
    writer = GraphStore(target.store, target.update, None, 60)
    writer.put(iri.article_graph("gone_article").value, b"<urn:a> <urn:b> <urn:c> .\n")
    first = sorted(articles.glob("*.txt"))[0].stem
    writer.put(iri.article_graph(first).value, b"<urn:half> <urn:sent> <urn:graph> .\n")
    outcome = push(build, _settings(target), bulk=True)
    assert outcome.deleted == 1
    assert held(target) == built(build)
    assert push(build, _settings(target)).sent == 0  # the bulk path records what it sent


def test_cli_push_and_one_line_errors(articles: Path, tmp_path: Path) -> None:
    build = _build(articles, tmp_path / "build")
    server = start_oxigraph(tmp_path / "oxigraph", union=True)
    try:
        done = _govkg("push", "--build", str(build), "--endpoint", server.query)
        assert done.returncode == 0, done.stderr
        assert "pushed" in done.stderr and held(server) == built(build)
    finally:
        server.stop()
    down = _govkg("push", "--build", str(build), "--endpoint", f"http://127.0.0.1:{free_port()}/query")
    assert down.returncode == 1
    assert down.stderr.strip().count("\n") == 0 and "connection refused" in down.stderr
    none = _govkg("push", "--build", str(tmp_path / "nothing"), "--endpoint", "http://127.0.0.1:1/query")
    assert none.returncode == 1 and "Traceback" not in none.stderr


def _govkg(*args: str) -> subprocess.CompletedProcess[str]:
    env: dict[str, Any] = {}
    import os

    env.update({k: v for k, v in os.environ.items() if not k.startswith("GOVKG_")})
    return subprocess.run([sys.executable, "-m", "govkg.cli", *args], capture_output=True, text=True, cwd=ROOT, env=env)


def test_quirk_virtuoso_insert_data_corrupts_gyear(virtuoso_scratch: Server) -> None:
    """Why bulk pushes to Virtuoso use the Graph Store Protocol and never INSERT DATA."""
    graph = "https://example.org/gyear"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    data = f'<urn:s> <urn:month> "2025-01"^^<{xsd}gYearMonth> .\n<urn:s> <urn:year> "2025"^^<{xsd}gYear> .\n'
    writer = GraphStore(virtuoso_scratch.store, virtuoso_scratch.update, None, 60)
    query = f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <urn:s> <urn:year> ?o }} }}"
    try:
        writer.sparql_update(f"INSERT DATA {{ GRAPH <{graph}> {{ {data} }} }}")
        assert Remote(virtuoso_scratch.query).select(query)[1] == [{"o": "2025-01"}]  # the quirk
        writer.put(graph, data.encode())
        assert Remote(virtuoso_scratch.query).select(query)[1] == [{"o": "2025"}]
    finally:
        writer.delete(graph)
