"""Real SPARQL servers on loopback, for the tests and the benchmarks: Oxigraph server and Virtuoso.

Both are started as child processes bound to 127.0.0.1 on free ports, with their data in a folder
the caller owns, and stopped by their own process id. Nothing here is needed to *use* govkg against
a server; it exists so that the same test suite runs against the embedded store and real servers.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
VIRTUOSO_VAD = Path("/usr/share/virtuoso-opensource-7/vad")


@dataclass
class Server:
    """A running server: where to query, update and use the Graph Store Protocol, and how to stop it."""

    kind: str  # "oxigraph" or "virtuoso"
    query: str
    update: str
    store: str
    process: subprocess.Popen[bytes]
    folder: Path
    sql_port: int = 0  # Virtuoso's isql port, for its bulk loader
    log: Path = field(default_factory=Path)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str | None:
    """The `oxigraph` command of the PyPI wheel: beside this interpreter, else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    return shutil.which(VIRTUOSO)


def start_oxigraph(folder: Path, union: bool = True, port: int | None = None, timeout_s: int | None = None) -> Server:
    """`oxigraph serve` on 127.0.0.1; `union` makes the default graph the union of the named graphs.

    `timeout_s` is the server's own query time limit (a client that gives up does not stop a query on
    Oxigraph); past it the server cuts the results off mid-stream, which the client reports."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    folder.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log = folder.parent / f"{folder.name}.log"
    args = [binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    if timeout_s is not None:
        args += ["--timeout-s", str(timeout_s)]
    if union:
        args.append("--union-default-graph")
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    server = Server("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store", process, folder, log=log)
    _wait(server, 30)
    return server


def oxigraph_load(folder: Path, file: Path) -> None:
    """Oxigraph's own bulk loader (the server must be stopped: it holds the database lock)."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph binary is missing: pip install oxigraph")
    subprocess.run([binary, "load", "--location", str(folder), "--file", str(file)], check=True, capture_output=True)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
; The stock ini listens on every interface; a test server answers on loopback only.
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
; ld_dir reads bulk-load files only from these folders.
DirsAllowed = ., {db}, {load}, {vad}
VADInstallDir = {vad}/
; About 1.4 GB of buffers: enough for a few million triples on a 24 GB machine.
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 1G
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}/vsp
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
EnabledDavVSP = 0

[SPARQL]
; Kept at the stock values on purpose: the client must cope with the row cap as users' servers have it.
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
DefaultGraph =
"""

# The anonymous SPARQL user may update (SPARQL UPDATE and the unauthenticated Graph Store endpoint):
# acceptable for a throwaway server on loopback; a shared server would use /sparql-auth with digest.
_GRANTS = (
    'GRANT SPARQL_UPDATE TO "SPARQL";',
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
)


def start_virtuoso(folder: Path, port: int | None = None) -> Server:
    """virtuoso-t in the foreground with a private ini in `folder`; updates granted to the SPARQL user."""
    binary = virtuoso_binary()
    if binary is None:
        raise RuntimeError("Virtuoso is missing: apt-get install -y virtuoso-opensource")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vsp").mkdir(exist_ok=True)
    (folder / "load").mkdir(exist_ok=True)
    http_port, sql_port = port or free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(db=folder, load=folder / "load", vad=VIRTUOSO_VAD, sql_port=sql_port, http_port=http_port),
        encoding="utf-8",
    )
    log = folder / "console.log"
    with log.open("wb") as out:
        args = [binary, "+foreground", "+configfile", str(ini)]
        process = subprocess.Popen(args, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    server = Server(
        "virtuoso", f"{base}/sparql", f"{base}/sparql", f"{base}/sparql-graph-crud", process, folder, sql_port, log
    )
    _wait(server, 120)
    isql(server, " ".join(_GRANTS))
    return server


def isql(server: Server, sql: str, timeout: float = 3600) -> str:
    """Run SQL on a local Virtuoso through isql-vt (default dba account of a fresh database)."""
    binary = shutil.which(ISQL)
    if binary is None:
        raise RuntimeError("isql-vt is missing: apt-get install -y virtuoso-opensource")
    done = subprocess.run(
        [binary, f"127.0.0.1:{server.sql_port}", "dba", "dba", f"exec={sql}"],
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    if done.returncode != 0 or "*** Error" in out:
        raise RuntimeError(f"isql failed: {out.strip().splitlines()[-1] if out.strip() else done.returncode}")
    return out


def virtuoso_bulk_load(server: Server, folder: Path, pattern: str = "*.nq") -> None:
    """Virtuoso's own bulk loader: ld_dir registers the files, rdf_loader_run loads them, then a checkpoint.

    N-Quads keep their graph names; the folder must be among the ini's DirsAllowed (the `load`
    folder of a server started here is).
    """
    fallback = "https://w3id.org/govkg/graph/unnamed"  # only for triples without a graph; N-Quads have theirs
    isql(server, f"ld_dir('{folder}', '{pattern}', '{fallback}'); rdf_loader_run(); checkpoint;")


def _wait(server: Server, seconds: float) -> None:
    """Poll until the server answers a query; fail with the end of its log if it exits or never does."""
    deadline = time.monotonic() + seconds
    url = server.query + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    server.stop()
    text = server.log.read_text(encoding="utf-8", errors="replace") if server.log.exists() else ""
    tail = text.strip().splitlines()[-5:]
    raise RuntimeError(f"{server.kind} did not start on {server.query}: {' / '.join(tail)}")
