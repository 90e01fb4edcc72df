"""Time `govkg push` of a graph of a million triples or more against the servers' own bulk loaders.

    python -m bench.push [--triples 1000000] [--no-virtuoso] [--json out.json]

The graph is assembled from the seed articles and the development set: their article graphs are
built once and copied under new stems (every IRI minted from the stem renamed, so each copy is a
graph of its own) until the target size is reached, into a build folder `push` can publish. The
same quads are also written as one N-Quads file for the bulk loaders. Then, each on a fresh server
on loopback:
- `govkg push` (one Graph Store PUT per graph, with progress) and `govkg push --bulk` to Oxigraph;
- `oxigraph load` of the N-Quads file (Oxigraph's bulk loader; the server must be stopped);
- with Virtuoso installed: `govkg push` to Virtuoso, and ld_dir + rdf_loader_run of the same file.
Each push is checked (the server's triple count); the ratios push time / bulk loader time are printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pyoxigraph import Store

from govkg.build import ROOT, build_folder, load_base
from govkg.config import settings
from govkg.push import push
from govkg.remote import Remote
from govkg.servers import (
    Server,
    oxigraph_load,
    start_oxigraph,
    start_virtuoso,
    virtuoso_binary,
    virtuoso_bulk_load,
)
from loaders import iri


def assemble(folder: Path, triples: int) -> tuple[Path, Path, int]:
    """A build folder of copied article graphs (>= `triples` quads in all) and the same as one .nq file."""
    seed = folder / "seed"
    build_folder([ROOT / "data" / "articles", ROOT / "tests" / "devset" / "articles"], seed)
    originals = {p.stem: p.read_text(encoding="utf-8") for p in sorted((seed / "graphs").glob("*.nq"))}
    build = folder / "build"
    (build / "graphs").mkdir(parents=True)
    store = Store(str(build / "store"))
    load_base(store)  # the reference and ontology graphs, which push reads from the store
    everything = folder / "all.nq"
    total = 0
    with everything.open("w", encoding="utf-8") as out:
        for quad in store:
            out.write(f"{quad} .\n")
            total += 1
        copy = 0
        while total < triples:
            for stem, text in originals.items():
                new = f"c{copy:04d}_{stem}"
                # Every article-scoped IRI carries the stem after a "/": rename them all at once.
                renamed = text.replace(f"/{stem}", f"/{new}")
                (build / "graphs" / f"{new}.nq").write_text(renamed, encoding="utf-8")
                out.write(renamed)
                total += renamed.count("\n")
            copy += 1
    store.flush()
    del store
    return build, everything, total


def count(server: Server) -> int:
    query = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{iri.GRAPH}")) }}'
    rows = Remote(server.query, timeout=600).select(query)[1]
    return int(str(rows[0]["n"]))


def timed_push(server: Server, build: Path, bulk: bool) -> float:
    from govkg.remote_cli import _Bar

    found = settings(server.query, 600, update=server.update, store=server.store)
    assert found is not None
    (build / "push-state.json").unlink(missing_ok=True)
    start = time.perf_counter()
    with _Bar(f"push{' --bulk' if bulk else ''} → {server.kind}") as tick:
        push(build, found, bulk=bulk, tick=lambda done, total, _what: tick(done, total))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--no-virtuoso", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    import os

    os.environ["GOVKG_PROGRESS"] = "1"  # show the bar even when stderr is not a terminal
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-push-"))
    figures: dict[str, float | int] = {}
    try:
        build, everything, total = assemble(work, args.triples)
        graphs = len(list((build / "graphs").glob("*.nq"))) + 2
        figures.update(triples=total, graphs=graphs)
        print(f"assembled {total} quads in {graphs} graphs ({everything.stat().st_size >> 20} MiB of N-Quads)")

        for bulk in (False, True):
            server = start_oxigraph(work / f"oxigraph-{bulk}")
            try:
                seconds = timed_push(server, build, bulk)
                assert count(server) == total, "the server does not hold the whole graph"
            finally:
                server.stop()
            figures[f"oxigraph_push{'_bulk' if bulk else ''}_s"] = round(seconds, 2)
        start = time.perf_counter()
        oxigraph_load(work / "oxigraph-load", everything)
        figures["oxigraph_load_s"] = round(time.perf_counter() - start, 2)

        if not args.no_virtuoso and virtuoso_binary():
            server = start_virtuoso(work / "virtuoso-push")
            try:
                figures["virtuoso_push_s"] = round(timed_push(server, build, False), 2)
                assert count(server) == total
            finally:
                server.stop()
            server = start_virtuoso(work / "virtuoso-load")
            try:
                shutil.copy(everything, server.folder / "load" / "all.nq")
                start = time.perf_counter()
                virtuoso_bulk_load(server, server.folder / "load")
                figures["virtuoso_ld_dir_s"] = round(time.perf_counter() - start, 2)
                assert count(server) == total
            finally:
                server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = figures["oxigraph_load_s"]
    print(json.dumps(figures, indent=1))
    print(
        f"Oxigraph: push {figures['oxigraph_push_s']} s = {float(figures['oxigraph_push_s']) / float(load):.1f}× "
        f"`oxigraph load` ({load} s); push --bulk {figures['oxigraph_push_bulk_s']} s = "
        f"{float(figures['oxigraph_push_bulk_s']) / float(load):.1f}×"
    )
    if "virtuoso_ld_dir_s" in figures:
        print(
            f"Virtuoso: push {figures['virtuoso_push_s']} s = "
            f"{float(figures['virtuoso_push_s']) / float(figures['virtuoso_ld_dir_s']):.1f}× ld_dir/rdf_loader_run "
            f"({figures['virtuoso_ld_dir_s']} s)"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
