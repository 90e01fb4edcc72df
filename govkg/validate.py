"""`govkg validate`: the built graph against the shapes, as a report a data steward can act on.

Per-article shapes (SHACL Core, shapes/core.ttl) run by default as SPARQL on the store
(`govkg.shacl_sparql`: the shapes compiled into a few hundred queries over all article graphs at once,
giving the same findings as pySHACL on each article graph plus the reference units); with
`engine="pyshacl"` they run with pySHACL on batches of article graphs read from the build's per-article
files instead. The cross-article rules (shapes/cross.ttl) run as SPARQL on the store either way. Both
give the same kind of Finding, grouped in one report by article and sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from pyoxigraph import RdfFormat, Triple, parse, serialize
from rdflib import Graph

from govkg.shacl_sparql import validate_store_core
from govkg.store import open_store
from govkg.validation import Finding, render_report, validate_core, validate_cross
from loaders.emit import reference_quads

BATCH = 200  # articles per pySHACL call: large enough to amortise its per-call cost
ENGINES = ("sparql", "pyshacl")


def _triples_of(nquads: bytes) -> bytes:
    triples = (Triple(q.subject, q.predicate, q.object) for q in parse(nquads, format=RdfFormat.N_QUADS))
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b""


def _reference() -> bytes:
    return (
        serialize((Triple(q.subject, q.predicate, q.object) for q in reference_quads()), format=RdfFormat.N_TRIPLES)
        or b""
    )


def validate_files(files: Sequence[Path]) -> list[Finding]:
    """SHACL Core with pySHACL on a batch of article graph files (with the reference units they point to)."""
    data = Graph()
    data.parse(data=_reference(), format="nt")
    for f in files:
        data.parse(data=_triples_of(f.read_bytes()), format="nt")
    return validate_core(data)


def _batches(files: list[Path], size: int) -> Iterator[list[Path]]:
    for i in range(0, len(files), size):
        yield files[i : i + size]


def _core_with_pyshacl(build: Path, workers: int) -> list[Finding]:
    files = sorted((build / "graphs").glob("*.nq"))
    findings: list[Finding] = []
    if workers > 1 and len(files) > BATCH:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(validate_files, _batches(files, BATCH)):
                findings.extend(part)
    else:
        for batch in _batches(files, BATCH):
            findings.extend(validate_files(batch))
    return findings


def validate_build(build: Path, workers: int = 1, engine: str = "sparql") -> list[Finding]:
    """Every finding of a build folder: core shapes per article (SPARQL on the store, or pySHACL on the
    article files), cross-article rules on the store."""
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; choose one of {', '.join(ENGINES)}")
    store = open_store(build / "store")
    if engine == "pyshacl":
        return _core_with_pyshacl(build, workers) + validate_cross(store)
    return validate_store_core(store, store_path=build / "store", workers=workers, cross=True)


def report(findings: list[Finding], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=1)
    return render_report(findings)
