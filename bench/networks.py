"""Time the network projections, measures and exports on a built graph: `python -m bench.networks BUILD`.

Nothing is asserted; the figures are for the README and the issue notes. A graph of a million
triples: `python -m bench.synthetic --articles 4000 --seed 7 --out /tmp/syn` then
`govkg build /tmp/syn/articles -o /tmp/syn/build` (about 1.1 million quads).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govkg import exports, ftm, measures, networks, popolo
from govkg.backend import Embedded


def timed(results: list[dict[str, object]], what: str, run: Callable[[], Any], size: Callable[[Any], str]) -> Any:
    start = time.perf_counter()
    value = run()
    seconds = time.perf_counter() - start
    results.append({"what": what, "seconds": round(seconds, 2), "size": size(value)})
    print(f"{what:<48} {seconds:8.2f} s   {size(value)}", flush=True)
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("build", type=Path)
    ap.add_argument("--unit", default="tỉnh Thanh Hóa", help="unit for the filtered runs")
    ap.add_argument("--since", default="2024")
    ap.add_argument("--sample", type=int, default=0, help="also time betweenness sampled from K sources")
    ap.add_argument("--json", type=Path, help="write the timings here")
    args = ap.parse_args()

    backend = Embedded.open(args.build)
    quads = len(backend.store)
    print(f"{args.build}: {quads:,} quads")
    results: list[dict[str, object]] = []

    def graph_size(g: object) -> str:
        import networkx as nx

        assert isinstance(g, nx.Graph)
        return f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges"

    def rows(t: list[object]) -> str:
        return f"{len(t):,} rows"

    def projection(project: networks.Projection, **filters: str) -> Callable[[], Any]:
        return lambda: project(backend, **filters)

    graphs = {}
    for name, project in networks.PROJECTIONS.items():
        graphs[name] = timed(results, f"projection {name}", projection(project), graph_size)
    for name, project in networks.PROJECTIONS.items():
        filtered = projection(project, unit=args.unit, since=args.since)
        timed(results, f"projection {name} --unit --from", filtered, graph_size)
    timed(
        results,
        "centrality co-attendance (exact betweenness)",
        lambda: measures.centrality(graphs["co-attendance"]),
        rows,
    )
    timed(results, "centrality officials × meetings (exact)", lambda: measures.centrality(graphs["meetings"]), rows)
    if args.sample:
        timed(
            results,
            f"centrality co-attendance (k={args.sample})",
            lambda: measures.centrality(graphs["co-attendance"], sample=args.sample),
            rows,
        )
    timed(results, "communities co-attendance (louvain)", lambda: measures.communities(graphs["co-attendance"]), rows)
    timed(results, "bridges", lambda: measures.bridges(graphs["meetings"], graphs["careers"]), rows)
    timed(results, "timelines (all officials)", lambda: measures.timelines(graphs["careers"]), rows)
    timed(results, "top chairs by unit and year", lambda: measures.top_chairs(graphs["meetings"]), rows)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        tables = timed(
            results,
            "load export tables",
            lambda: exports.load_tables(backend),
            lambda t: f"{len(t.holdings):,} holdings",
        )
        timed(
            results, "write FtM entities", lambda: ftm.write_ftm(tables, out / "e.jsonl"), lambda n: f"{n:,} entities"
        )
        timed(
            results,
            "write Popolo",
            lambda: popolo.write_popolo(tables, out / "p.json"),
            lambda c: f"{sum(c.values()):,} records",
        )
        timed(
            results,
            "write GraphML co-attendance",
            lambda: exports.write_graph(graphs["co-attendance"], out / "c.graphml", "graphml"),
            str,
        )
        timed(
            results,
            "write GEXF officials × meetings",
            lambda: exports.write_graph(graphs["meetings"], out / "m.gexf", "gexf"),
            str,
        )
    if args.json:
        args.json.write_text(
            json.dumps({"quads": quads, "results": results}, ensure_ascii=False, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
