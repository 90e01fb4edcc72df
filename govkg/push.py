"""`govkg push`: publish a build to a SPARQL server, one named graph at a time, resumably.

Each article graph (graphs/<stem>.nq of the build) and the reference and ontology graphs are
replaced as a unit with a Graph Store Protocol PUT, so publishing again never duplicates a fact nor
keeps a stale one; graphs of articles gone from the build are DELETEd. What was pushed where is
kept in the build folder (push-state.json: endpoint → {graph IRI: sha256 of the N-Triples sent}),
written as the push goes, so an interrupted push resumes where it stopped and a push after a
rebuild sends only the graphs that changed. The server's own list of graphs is read first, so a
graph missing on the server (a wiped server) is sent again even if the state says it was pushed.

`bulk` sends many graphs per request, for large builds: on Oxigraph, the changed graphs are
dropped and their N-Quads POSTed in large batches with `no_transaction`; on other servers, batches
of `DROP SILENT GRAPH` + `INSERT DATA` in one SPARQL UPDATE each — except Virtuoso, whose SPARQL
compiler corrupts xsd:gYear literals in INSERT DATA, so it keeps one PUT per graph (its own bulk
loader, ld_dir + rdf_loader_run, is the fast path for a server on the same machine). Both stay
resumable: a graph is recorded as pushed only when its batch succeeded, and a graph not recorded is
dropped before it is sent again.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store, Triple, serialize

from govkg.atomic import write_text
from govkg.config import Auth, Settings
from govkg.remote import Remote, RemoteError, explain
from govkg.store import open_store
from loaders import iri

STATE = "push-state.json"
SAVE_EVERY = 2.0  # seconds between state writes: an interrupted push redoes at most this much
BULK_BYTES = 64 << 20  # N-Quads per Oxigraph bulk POST
UPDATE_BYTES = 2 << 20  # triples per SPARQL UPDATE on other servers (Virtuoso parses the whole text)
OURS = iri.GRAPH  # only graphs under this prefix are ever deleted

Tick = Callable[[int, int, str], None]  # graphs done, graphs to do, what is happening


@dataclass
class Outcome:
    sent: int = 0
    deleted: int = 0
    unchanged: int = 0
    triples: int = 0
    seconds: float = 0.0
    graphs: list[str] = field(default_factory=list)


# -- what to send -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Graph:
    """One graph of the build, read lazily: its IRI, where its N-Triples come from, and their hash."""

    iri: str
    source: Path | None  # graphs/<stem>.nq; None for the reference and ontology graphs (from the store)


def build_graphs(build: Path) -> list[Graph]:
    graphs = sorted((build / "graphs").glob("*.nq"))
    if not graphs and not (build / "store").exists():
        raise FileNotFoundError(f"{build}: no built graph here; run `govkg build` first")
    base = [Graph(iri.REFERENCE_GRAPH.value, None), Graph(iri.ONTOLOGY_GRAPH.value, None)]
    return base + [Graph(iri.article_graph(p.stem).value, p) for p in graphs]


class Reader:
    """N-Triples of a build's graphs; the base graphs come from the build's store."""

    def __init__(self, build: Path):
        self.build = build
        self._store: Store | None = None

    def ntriples(self, graph: Graph) -> bytes:
        if graph.source is not None:
            return _strip_graph(graph.source.read_bytes(), graph.iri)
        if self._store is None:
            self._store = open_store(self.build / "store")
        quads = self._store.quads_for_pattern(None, None, None, NamedNode(graph.iri))
        return serialize((Triple(q.subject, q.predicate, q.object) for q in quads), format=RdfFormat.N_TRIPLES) or b""


def _strip_graph(nquads: bytes, graph: str) -> bytes:
    """N-Quads of one graph → N-Triples, by text: every line ends ` <graph> .` (newlines in literals are escaped)."""
    tail = f" <{graph}> .\n".encode()
    if nquads.count(tail) != nquads.count(b"\n"):
        raise ValueError(f"{graph}: its file holds quads of other graphs")
    return nquads.replace(tail, b" .\n")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the state file -----------------------------------------------------------------------------------


class State:
    """push-state.json: {endpoint: {graph IRI: hash}}; saved atomically, at most every SAVE_EVERY s."""

    def __init__(self, build: Path, endpoint: str):
        self.path = build / STATE
        self.endpoint = endpoint
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else "{}"
        self.all: dict[str, dict[str, str]] = json.loads(text)
        self.pushed = self.all.setdefault(endpoint, {})
        self._saved = time.monotonic()

    def set(self, graph: str, hashed: str | None) -> None:
        if hashed is None:
            self.pushed.pop(graph, None)
        else:
            self.pushed[graph] = hashed
        if time.monotonic() - self._saved > SAVE_EVERY:
            self.save()

    def save(self) -> None:
        write_text(self.path, json.dumps(self.all, indent=1, sort_keys=True))
        self._saved = time.monotonic()


# -- the server side --------------------------------------------------------------------------------


class GraphStore:
    """Writes: Graph Store Protocol PUT/DELETE/POST and SPARQL UPDATE, with auth and one-line errors."""

    def __init__(self, store: str, update: str, auth: Auth | None, timeout: float):
        self.store, self.update_url, self.auth, self.timeout = store, update, auth, timeout
        self._opener = _opener(auth, store, update)

    def put(self, graph: str, ntriples: bytes) -> None:
        self._send("PUT", self._graph_url(graph), ntriples, "application/n-triples")

    def delete(self, graph: str) -> None:
        with contextlib.suppress(_MissingError):  # already gone: what we wanted
            self._send("DELETE", self._graph_url(graph), None, None)

    def post_nquads(self, nquads: bytes) -> None:
        """Oxigraph: add quads to the dataset without a transaction (its fast path for large loads)."""
        self._send("POST", f"{self.store}?no_transaction", nquads, "application/n-quads")

    def sparql_update(self, text: str) -> None:
        self._send("POST", self.update_url, text.encode(), "application/sparql-update")

    def _graph_url(self, graph: str) -> str:
        return f"{self.store}?{urllib.parse.urlencode({'graph': graph})}"

    def _send(self, method: str, url: str, body: bytes | None, content_type: str | None) -> None:
        request = urllib.request.Request(url, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.auth is not None and self.auth.kind == "bearer":
            request.add_header("Authorization", f"Bearer {self.auth.token}")
        elif self.auth is not None and self.auth.kind == "basic":
            token = base64.b64encode(f"{self.auth.user}:{self.auth.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as e:
            if e.code == 404 and method == "DELETE":
                raise _MissingError from None
            raise RemoteError(explain(url.split("?")[0], e, self.timeout)) from None
        except Exception as e:  # socket, urllib and http.client errors all become one line
            raise RemoteError(explain(url.split("?")[0], e, self.timeout)) from None


class _MissingError(Exception):
    pass


def _opener(auth: Auth | None, *urls: str) -> urllib.request.OpenerDirector:
    """Digest needs urllib's challenge-response handler; basic and bearer are plain headers."""
    if auth is None or auth.kind != "digest":
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in urls:
        passwords.add_password(None, url, auth.user, auth.password)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))


# -- pushing ----------------------------------------------------------------------------------------


def push(build: Path, settings: Settings, *, bulk: bool = False, tick: Tick | None = None) -> Outcome:
    """Make the server hold exactly the build's graphs (under OURS), sending only what changed."""
    start = time.perf_counter()
    remote = Remote.from_settings(settings)
    writer = GraphStore(settings.store, settings.update, settings.auth, settings.timeout)
    state = State(build, settings.store)
    reader = Reader(build)
    graphs = build_graphs(build)
    on_server = {g for g in remote.graph_names() if g.startswith(OURS)}
    wanted = {g.iri for g in graphs}
    outcome = Outcome()
    # What the state claims but the server lacks (a wiped server) is sent again.
    for g in list(state.pushed):
        if g not in on_server:
            state.pushed.pop(g)
    stale = sorted(on_server - wanted)
    todo: list[tuple[Graph, int, str]] = []  # graph, size, hash: the data is read again when sent
    try:
        for g in graphs:
            data = reader.ntriples(g)
            h = digest(data)
            if state.pushed.get(g.iri) == h:
                outcome.unchanged += 1
            else:
                todo.append((g, len(data), h))
        total = len(todo) + len(stale)
        if tick:
            tick(0, total, "sending")
        if bulk:
            _bulk(remote, writer, reader, state, todo, on_server, outcome, tick, total)
        else:
            for g, _, h in todo:
                data = reader.ntriples(g)
                writer.put(g.iri, data)
                state.set(g.iri, h)
                _sent(outcome, g, data, tick, total)
        for graph in stale:
            writer.delete(graph)
            state.set(graph, None)
            outcome.deleted += 1
            if tick:
                tick(outcome.sent + outcome.deleted, total, "deleting")
    finally:
        state.save()
        outcome.seconds = time.perf_counter() - start
    return outcome


def _sent(outcome: Outcome, g: Graph, data: bytes, tick: Tick | None, total: int) -> None:
    outcome.sent += 1
    outcome.triples += data.count(b"\n")
    outcome.graphs.append(g.iri)
    if tick:
        tick(outcome.sent + outcome.deleted, total, "sending")


def _bulk(
    remote: Remote,
    writer: GraphStore,
    reader: Reader,
    state: State,
    todo: list[tuple[Graph, int, str]],
    on_server: set[str],
    outcome: Outcome,
    tick: Tick | None,
    total: int,
) -> None:
    """Many graphs per request; a graph is recorded only once its whole batch went through."""
    oxigraph = remote.flavour == "oxigraph"
    limit = BULK_BYTES if oxigraph else UPDATE_BYTES
    for batch in _batches(todo, limit):
        datas = [reader.ntriples(g) for g, _, _ in batch]
        if remote.flavour == "virtuoso":
            # Virtuoso's SPARQL compiler turns "2025"^^xsd:gYear in INSERT DATA into "2025-01"^^xsd:gYearMonth;
            # its Graph Store loader keeps it. Its real bulk path is ld_dir/rdf_loader_run (README).
            for (g, _, _), data in zip(batch, datas, strict=True):
                writer.put(g.iri, data)
        elif oxigraph:
            present = [g.iri for g, _, _ in batch if g.iri in on_server]
            for part in range(0, len(present), 500):
                writer.sparql_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in present[part : part + 500]))
            writer.post_nquads(b"".join(_with_graph(data, g.iri) for (g, _, _), data in zip(batch, datas, strict=True)))
        else:
            # Virtuoso refuses blank nodes in INSERT DATA (SP031); such graphs (the ontology) go by PUT.
            plain = [(g, data) for (g, _, _), data in zip(batch, datas, strict=True) if not _BLANK.search(data)]
            for (g, _, _), data in zip(batch, datas, strict=True):
                if _BLANK.search(data):
                    writer.put(g.iri, data)
            if plain:
                writer.sparql_update(
                    " ;\n".join(
                        f"DROP SILENT GRAPH <{g.iri}> ;\nINSERT DATA {{ GRAPH <{g.iri}> {{\n{data.decode()}}} }}"
                        for g, data in plain
                    )
                )
        for (g, _, h), data in zip(batch, datas, strict=True):
            on_server.add(g.iri)
            state.set(g.iri, h)
            _sent(outcome, g, data, tick, total)


_BLANK = re.compile(rb"(?:^|\s)_:\w", re.MULTILINE)


def _with_graph(ntriples: bytes, graph: str) -> bytes:
    return ntriples.replace(b" .\n", f" <{graph}> .\n".encode())


def _batches(todo: list[tuple[Graph, int, str]], limit: int) -> Iterator[list[tuple[Graph, int, str]]]:
    batch: list[tuple[Graph, int, str]] = []
    size = 0
    for item in todo:
        if batch and size + item[1] > limit:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item[1]
    if batch:
        yield batch
