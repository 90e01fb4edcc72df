"""The scale benchmark: `python -m bench.run` (from the repository root).

For each corpus size it generates a synthetic corpus (bench.synthetic, deterministic from --seed),
builds it end to end with `govkg build` in a child process (read → extract → graph → store →
validate) while sampling the memory of the whole process tree, and reports articles per second,
peak memory, the validation share, an incremental rebuild after one article changes, and each named
query's median latency on the embedded store. rdflib's in-memory store is the baseline, loaded and
queried in the same run on the same graph where it fits in memory, with the ratio printed. Extraction
quality on the generated corpus is scored against the generated gold on a sample.

Nothing here is asserted: the figures are for the README and the issue notes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from pyoxigraph import RdfFormat, Store

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def generate(n: int, seed: int, out: Path) -> Path:
    if not (out / "articles").exists() or len(list((out / "articles").glob("*.txt"))) != n:
        subprocess.run(
            [PY, "-m", "bench.synthetic", "--articles", str(n), "--seed", str(seed), "--out", str(out)],
            check=True,
            cwd=ROOT,
        )
    return out


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled every 100 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.1)

    def _rss(self) -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(stat[1])
                rss[int(entry.name)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            p = frontier.pop()
            children = [c for c, pp in parents.items() if pp == p and c not in tree]
            tree.update(children)
            frontier.extend(children)
        return sum(rss.get(p, 0) for p in tree)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def timed_build(articles: Path, out: Path, extra: list[str]) -> tuple[float, int, dict[str, float]]:
    stats = out.with_suffix(".stats.json")
    cmd = [
        PY,
        "-m",
        "govkg.cli",
        "build",
        str(articles),
        "-o",
        str(out),
        "-q",
        "--no-export",
        "--stats",
        str(stats),
        *extra,
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    peak = memory.stop()
    if proc.returncode not in (0, 2):
        raise SystemExit(f"build failed:\n{stderr}")
    return elapsed, peak, json.loads(stats.read_text())


def timed_validate(build: Path) -> float:
    """`govkg validate` on the built folder (exit 1 only means findings were reported)."""
    start = time.perf_counter()
    result = subprocess.run(
        [PY, "-m", "govkg.cli", "validate", "--build", str(build), "--format", "json"], cwd=ROOT, capture_output=True
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"validate failed:\n{result.stderr.decode()}")
    return time.perf_counter() - start


def query_latencies(
    store: Store, whole: bool = True, samples: int = 9, seed: int = 1
) -> dict[str, dict[str, float | int]]:
    """Each named query's median latency, the way it is asked and over the whole graph.

    A query with a `# scope:` parameter (one official, unit, term, article, …) is timed with that
    parameter set to `samples` values drawn from the graph: the question a journalist asks. Every
    query is also timed without parameters, listing everything; that cost follows the size of the
    answer, so slow listings are timed once rather than five times, and not at all without `whole`.
    """
    from govkg.backend import Embedded
    from govkg.queries import catalogue, choices, run_query

    backend = Embedded(store)
    rng = random.Random(seed)
    values: dict[str, list[str]] = {}
    out: dict[str, dict[str, float | int]] = {}
    for q in catalogue(ROOT / "queries"):
        row: dict[str, float | int] = {}
        if q.scope:
            if q.scope not in values:
                pool = choices(backend, q.scope)
                values[q.scope] = rng.sample(pool, min(samples, len(pool)))
            times = []
            for value in values[q.scope]:
                t = time.perf_counter()
                run_query(backend, q.text, {q.scope: value})
                times.append((time.perf_counter() - t) * 1000)
            row["scoped_ms"] = round(statistics.median(times), 2)
        if not whole:
            out[q.name] = row
            continue
        times, rows = [], 0
        for _ in range(5):
            t = time.perf_counter()
            rows = len(run_query(backend, q.text)[1])
            times.append((time.perf_counter() - t) * 1000)
            if times[-1] > 2000:
                break
        row["whole_ms"] = round(statistics.median(times), 1)
        row["whole_rows"] = rows
        out[q.name] = row
    return out


BASELINE_QUERIES = ("who-chaired-which-conference", "congresses-and-terms", "concurrent-posts")


def rdflib_baseline(build: Path) -> tuple[float, dict[str, float]]:
    """Load the same graphs into rdflib's memory store and run the same queries once each."""
    from rdflib import Dataset

    from govkg.queries import bind, catalogue, parse_query

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    for f in sorted((build / "graphs").glob("*.nq")):
        ds.parse(f, format="nquads")
    load = time.perf_counter() - t
    out = {}
    # rdflib takes minutes on some query shapes at this size; the baseline uses the questions the
    # README leads with, an aggregate and a lookup.
    for q in catalogue(ROOT / "queries"):
        if q.name not in BASELINE_QUERIES:
            continue
        sparql = bind(q.text, {}, parse_query(q.text).params)
        t = time.perf_counter()
        list(ds.query(sparql))
        out[q.name] = (time.perf_counter() - t) * 1000
    return load, out


def oxigraph_load(build: Path) -> float:
    t = time.perf_counter()
    store = Store()
    for f in sorted((build / "graphs").glob("*.nq")):
        store.bulk_load(path=str(f), format=RdfFormat.N_QUADS)
    return time.perf_counter() - t


def incremental(corpus: Path, build: Path, repeat: int = 3) -> dict[str, float]:
    """Median seconds to rebuild after one article gains a sentence naming a new official: `govkg
    build` over the corpus folder (every file's size and time checked), and `govkg build --add FILE`
    (only that file). The article is put back, and rebuilt untimed, after each run."""
    victim = sorted((corpus / "articles").glob("*.txt"))[0]
    original = victim.read_bytes()
    changed = original + "\nĐồng chí Trịnh Xuân Khải, Phó Bí thư Huyện ủy phát biểu bế mạc hội nghị.\n".encode()
    modes = {"folder": [str(corpus / "articles")], "add": ["--add", str(victim)]}

    def rebuild(paths: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(
            [PY, "-m", "govkg.cli", "build", *paths, "-o", str(build), "-q", "--no-export"],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        return time.perf_counter() - t

    seconds: dict[str, float] = {}
    try:
        for mode, paths in modes.items():
            runs = []
            for _ in range(repeat):
                victim.write_bytes(changed)
                runs.append(rebuild(paths))
                victim.write_bytes(original)
                rebuild(paths)
            seconds[mode] = round(statistics.median(runs), 2)
    finally:
        victim.write_bytes(original)
    return seconds


def extraction_score(corpus: Path, sample: int, work: Path) -> dict[str, float]:
    """F1 per category of the first `sample` articles against their generated gold."""
    files = sorted((corpus / "articles").glob("*.txt"))[:sample]
    gold = work / "gold-sample"
    shutil.rmtree(gold, ignore_errors=True)
    gold.mkdir(parents=True)
    for f in files:
        shutil.copy(corpus / "gold" / f"{f.stem}.json", gold)
    facts = work / "facts.jsonl"
    subprocess.run(
        [PY, "-m", "govkg.cli", "facts", *map(str, files), "-o", str(facts)], check=True, cwd=ROOT, capture_output=True
    )
    result = subprocess.run(
        [PY, "-m", "govkg.cli", "eval", str(gold), "--facts", str(facts), "--format", "json"],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    scores = json.loads(result.stdout)
    return {c: v["f1"] for c, v in scores.items() if v["gold"] or v["pred"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--baseline-max-articles", type=int, default=10000, help="largest corpus rdflib is asked to load")
    ap.add_argument(
        "--whole-max-articles",
        type=int,
        default=10000,
        help="largest corpus on which queries are also timed listing everything (their cost follows the answer)",
    )
    ap.add_argument("--no-validate", action="store_true")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {}
    for n in map(int, args.sizes.split(",")):
        corpus = generate(n, args.seed, args.out / f"corpus-{n}")
        build = args.out / f"build-{n}"
        # A first build is measured: an earlier run's build would be deleted inside the timed run
        # (13 s at 100k, which is the file system's time, not the build's).
        shutil.rmtree(build, ignore_errors=True)
        extra = ["--full", "-j", str(os.cpu_count() or 1)]
        elapsed, peak, stages = timed_build(corpus / "articles", build, extra)
        if not args.no_validate:
            stages["validate"] = timed_validate(build)
            elapsed += stages["validate"]
        row: dict[str, object] = {
            "articles": n,
            "seconds": round(elapsed, 1),
            "articles_per_second": round(n / elapsed, 1),
            "peak_memory_mib": round(peak / 2**20),
            "stages": stages,
            "validation_share": round(stages.get("validate", 0.0) / max(elapsed, 1e-9), 3),
        }
        store = Store.read_only(str(build / "store"))
        row["quads"] = len(store)
        row["queries"] = query_latencies(store, whole=n <= args.whole_max_articles)
        del store
        row["incremental_seconds"] = incremental(corpus, build)
        if n <= args.baseline_max_articles:
            ox_load = oxigraph_load(build)
            rd_load, rd_queries = rdflib_baseline(build)
            row["load_seconds"] = {
                "oxigraph": round(ox_load, 2),
                "rdflib": round(rd_load, 2),
                "ratio": round(rd_load / ox_load, 1),
            }
            ox_q = row["queries"]
            assert isinstance(ox_q, dict)
            row["query_rdflib_ms"] = {k: round(v, 1) for k, v in rd_queries.items()}
            row["query_ratio_rdflib_over_oxigraph"] = {
                k: round(rd_queries[k] / max(float(ox_q[k]["whole_ms"]), 1e-3), 1) for k in rd_queries
            }
        row["extraction_f1_sample"] = extraction_score(corpus, min(n, 1000), args.out)
        report[str(n)] = row
        print(json.dumps({str(n): row}, ensure_ascii=False, indent=1), flush=True)
    (args.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    _summary(report)
    return 0


def _summary(report: dict[str, Any]) -> None:
    print("\nsize      art/s   peak MiB  valid.%  incr s (folder / --add)  scoped query median ms (max over queries)")
    for n, row in report.items():
        scoped = [q["scoped_ms"] for q in row["queries"].values() if "scoped_ms" in q]
        print(
            f"{n:>7} {row['articles_per_second']:>8} {row['peak_memory_mib']:>9} {100 * row['validation_share']:>7.1f} "
            f"{row['incremental_seconds']['folder']:>9} / {row['incremental_seconds']['add']:<11} {max(scoped):>12.1f}"
        )
    print("\nquery                            " + "".join(f"{n + ' scoped/whole ms (rows)':>40}" for n in report))
    names = sorted({q for row in report.values() for q in row["queries"]})
    for name in names:
        cells = []
        for row in report.values():
            q = row["queries"][name]
            one = f"{q['scoped_ms']:.1f}" if "scoped_ms" in q else "-"
            all_ = f"{q['whole_ms']:.0f} ({q['whole_rows']})" if "whole_ms" in q else "-"
            cells.append(f"{one} / {all_}".rjust(40))
        print(f"{name:32s} " + "".join(cells))


if __name__ == "__main__":
    sys.exit(main())
