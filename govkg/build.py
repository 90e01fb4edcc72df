"""`govkg build`: article files → facts → identities → one named graph per article → files and store.

Bad input never stops the build: each unreadable article is reported in one line naming the file
and skipped. Outputs are written to a temporary folder beside the target and swapped in at the end,
so a failed or interrupted build never leaves half-written files.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store, serialize

from govkg.store import load, load_file
from loaders import iri
from loaders.article import ArticleError
from loaders.emit import emit, reference_quads
from loaders.model import ArticleFacts
from loaders.pipeline import extract
from loaders.resolve import Decision, resolve_identities

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILES = ("govkg.ttl", "concepts.ttl")
Progress = Callable[[int, int], None]


@dataclass
class Build:
    facts: list[ArticleFacts] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    graphs: dict[str, list[Quad]] = field(default_factory=dict)  # article stem → its quads

    @property
    def quads(self) -> Iterable[Quad]:
        for quads in self.graphs.values():
            yield from quads


def discover(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Article files under the given files and folders (*.txt), and errors for missing paths."""
    files: list[Path] = []
    errors: list[str] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
        elif p.is_file():
            files.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    seen: dict[str, Path] = {}
    unique: list[Path] = []
    for f in files:
        if f.stem in seen:
            errors.append(f"{f}: same article name as {seen[f.stem]}; skipped (stems name the graphs)")
            continue
        seen[f.stem] = f
        unique.append(f)
    return unique, errors


def _extract_one(path: Path) -> ArticleFacts | str:
    try:
        return extract(path)
    except ArticleError as e:
        return str(e)
    except Exception as e:  # an extractor bug must not spoil the other articles
        return f"{path}: could not be read ({type(e).__name__}: {e})"


def extract_all(files: list[Path], workers: int, progress: Progress | None = None) -> tuple[list[ArticleFacts], list[str]]:
    facts: list[ArticleFacts] = []
    errors: list[str] = []
    results: Iterable[ArticleFacts | str]
    if workers > 1 and len(files) > 20:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_extract_one, files, chunksize=16)
    else:
        pool = None
        results = map(_extract_one, files)
    try:
        for done, r in enumerate(results, start=1):
            if isinstance(r, str):
                errors.append(r)
            else:
                facts.append(r)
            if progress:
                progress(done, len(files))
    finally:
        if pool is not None:
            pool.shutdown()
    return facts, errors


def build(paths: list[Path], workers: int = 1, progress: Progress | None = None) -> Build:
    files, errors = discover(paths)
    facts, bad = extract_all(files, workers, progress)
    result = Build(facts=facts, errors=errors + bad)
    result.decisions = resolve_identities(facts)
    for f in facts:
        result.graphs[f.article.stem] = emit(f)
    return result


def ontology_quads() -> list[Quad]:
    store = Store()
    for name in ONTOLOGY_FILES:
        path = ROOT / "ontology" / name
        if path.exists():
            load_file(store, path, iri.ONTOLOGY_GRAPH.value)
    return list(store)


def to_store(result: Build, store: Store) -> None:
    load(store, ontology_quads())
    load(store, reference_quads())
    load(store, result.quads)


def write(result: Build, out: Path, with_store: bool = True) -> None:
    """Write graph.trig, graph.nq, issues.jsonl, identity.jsonl, errors.txt and the store, atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        everything = [*reference_quads(), *result.quads]
        (tmp / "graph.trig").write_bytes(serialize(everything, format=RdfFormat.TRIG, prefixes=PREFIXES) or b"")
        (tmp / "graph.nq").write_bytes(serialize(everything, format=RdfFormat.N_QUADS) or b"")
        _jsonl(tmp / "issues.jsonl", (asdict(i) for f in result.facts for i in f.issues))
        _jsonl(tmp / "identity.jsonl", (asdict(d) for d in result.decisions))
        (tmp / "errors.txt").write_text("".join(e + "\n" for e in result.errors), encoding="utf-8")
        if with_store:
            store = Store(str(tmp / "store"))
            to_store(result, store)
            store.flush()
            del store
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _jsonl(path: Path, rows: Iterable[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _swap(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` with renames only, so readers see the old build or the new one."""
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


PREFIXES = {
    "gov": "https://w3id.org/govkg/ontology#",
    "govid": iri.ID,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "schema": "http://schema.org/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
