"""`govkg build`: article files → one named graph per article → the store, incrementally.

Workers read, extract and emit each article on their own (all cores), returning its graph as
N-Quads plus a small record of its people. Identity resolution then runs over those records; the
rare article whose people resolve to other IRIs than the default (homonyms, steward overrides) is
emitted again. A manifest (SQLite) keys every article by its content hash, so a rebuild re-reads only
new or changed files, replaces only their named graphs, and drops the graphs of removed files.

Bad input never stops the build: each unreadable article is reported in one line naming the file
and skipped. A first build is written to a temporary folder and swapped in whole; later builds
update file by file and commit the manifest last, so an interrupted build is redone next time and
never leaves half-written output.
"""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import shutil
import sqlite3
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from multiprocessing.synchronize import Lock
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, parse, serialize

from govkg.atomic import replacing, write_bytes
from govkg.lazy import lazy_module
from govkg.patch import patch_blocks
from loaders import iri
from loaders.article import ArticleError
from loaders.emit import emit, reference_quads
from loaders.resolve import (
    Decision,
    PersonRecord,
    default_slug,
    first_slug,
    load_overrides,
    record,
    resolve_identities,
)

if TYPE_CHECKING:
    from loaders import pipeline
else:
    # The readers are imported by the processes that read articles. With worker processes, this one
    # need not read one, and its start is a tenth of a second shorter (see `Workers`).
    pipeline = lazy_module("loaders.pipeline")

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILES = ("govkg.ttl", "concepts.ttl")
Progress = Callable[[int, int], None]


@dataclass
class ArticleResult:
    """One article, processed: what the store, the manifest and identity resolution need."""

    stem: str
    path: str
    content_hash: str
    stat: tuple[int, int]  # size and mtime (ns) of the file before it was read: see Manifest.unchanged
    persons: list[PersonRecord]
    slugs: dict[str, str]  # person key → IRI slug used in the graph
    nquads: bytes
    issues: list[dict[str, str]]


def process(path: Path, slugs: dict[str, str] | None = None) -> ArticleResult | str:
    """Extract and emit one article; a one-line error naming the file if it is not an article."""
    try:
        stat = _stat(path)
        facts = pipeline.extract(path)
    except ArticleError as e:
        return str(e)
    except Exception as e:  # an extractor bug must not spoil the other articles
        return f"{path}: could not be read ({type(e).__name__}: {e})"
    stem = facts.article.stem
    records = [record(stem, p) for p in facts.persons]
    used = {}
    for person, r in zip(facts.persons, records, strict=True):
        person.iri_slug = (slugs or {}).get(person.key) or first_slug(r)
        used[person.key] = person.iri_slug
    return ArticleResult(
        stem=stem,
        path=str(path),
        content_hash=facts.article.content_hash,
        stat=stat,
        persons=records,
        slugs=used,
        nquads=serialize(emit(facts), format=RdfFormat.N_QUADS) or b"",
        issues=[{**asdict(i), "file": str(path)} for i in facts.issues],
    )


_Job = tuple[Path, dict[str, str] | None]  # an article file, and the person IRI slugs to use if not the defaults


def _process_pair(job: _Job) -> ArticleResult | str:
    return process(*job)


@dataclass
class Build:
    """The outcome of a build: processed articles, errors, identity decisions, removed articles."""

    articles: dict[str, ArticleResult] = field(default_factory=dict)  # processed in this run
    issue_counts: dict[str, int] = field(default_factory=dict)  # unknown values per processed article
    names: set[str] = field(default_factory=set)  # default slugs of the people in processed articles
    errors: list[str] = field(default_factory=list)
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    @property
    def quads(self) -> Iterator[Quad]:
        for a in self.articles.values():
            yield from parse(a.nquads, format=RdfFormat.N_QUADS)


# ---------------------------------------------------------------------------------------------
# Finding the input


def discover(paths: list[Path]) -> tuple[dict[str, str], list[str]]:
    """Article files under the given files and folders (*.txt) by stem, the name of their graph, in
    path order; and errors for missing paths and for a second file of the same stem.

    Paths stay strings here: a hundred thousand Path objects cost a second of an incremental build."""
    found: dict[str, str] = {}
    errors: list[str] = []
    for p in paths:
        if p.is_dir():
            candidates = _texts_under(p)
        elif p.is_file():
            candidates = [(p.stem, str(p))]
        else:
            errors.append(f"{p}: no such file or folder")
            continue
        if not found and len(unique := dict(candidates)) == len(candidates):
            found = unique  # the usual case, one folder of distinct names, at C speed
            continue
        for stem, f in candidates:
            if found.setdefault(stem, f) is not f:
                errors.append(f"{f}: same article name as {found[stem]}; skipped (stems name the graphs)")
    return found, errors


def _texts_under(folder: Path) -> list[tuple[str, str]]:
    """(stem, path) of the *.txt files below a folder, sorted by path.

    Names are listed as plain strings, sorted as strings and cut into stems: DirEntry or Path objects,
    os.path calls or a sort key per file cost a tenth of a second at 100k files. Only names that are
    not *.txt are checked for being folders; a folder named *.txt is reported when it is read."""
    listed: list[tuple[str, list[str]]] = []  # (a folder's path and separator, its *.txt names)
    folders = [os.fspath(folder)]
    while folders:
        prefix = os.path.join(folders.pop(), "")
        names = os.listdir(prefix)
        if texts := [name for name in names if name.endswith(".txt")]:
            listed.append((prefix, texts))
        for name in names:
            if not name.endswith(".txt") and os.path.isdir(prefix + name) and not os.path.islink(prefix + name):
                folders.append(prefix + name)
    if len(listed) == 1:  # one folder: its names sort as its paths do, and faster
        prefix, names = listed[0]
        names.sort()
        return [(name[:-4], prefix + name) for name in names]
    paths = sorted(prefix + name for prefix, names in listed for name in names)
    return [(path[path.rfind(os.sep) + 1 : -4], path) for path in paths]


def _hash(path: str | Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _stat(path: str | Path) -> tuple[int, int]:
    s = os.stat(path)
    return s.st_size, s.st_mtime_ns


# ---------------------------------------------------------------------------------------------
# The manifest


class Manifest:
    """Per-article content hash, graph slugs, people and issues, in SQLite beside the store.

    It also knows which of the reports it renders (issues.jsonl, identity.jsonl) have changed since
    it was opened, so an update that leaves them as they were does not rewrite them.
    """

    # A person's line of identity.jsonl is kept in its row (by triggers, so it follows every change of
    # slug or reason), and the lines of each person are kept joined in identity_blocks: the 50 MB
    # report of 100k articles is one scan of a block per person, not of 268k lines, and an update joins
    # again only the blocks of the people whose rows it touched (listed in stale_blocks by triggers).
    IDENTITY_LINE = (
        "json_object('article', stem, 'name', name, 'spellings', json(spellings), 'person_id', slug, 'reason', reason)"
    )
    SCHEMA = """
    CREATE TABLE IF NOT EXISTS articles (stem TEXT PRIMARY KEY, path TEXT, hash TEXT, issues TEXT,
                                         size INTEGER, mtime INTEGER);
    CREATE TABLE IF NOT EXISTS persons (stem TEXT, key TEXT, name TEXT, spellings TEXT, provinces TEXT,
                                        base TEXT, slug TEXT, reason TEXT, line TEXT, PRIMARY KEY (stem, key));
    CREATE INDEX IF NOT EXISTS persons_base ON persons (base);
    """
    REPORT_TABLES = """
    CREATE TABLE IF NOT EXISTS identity_blocks (slug TEXT PRIMARY KEY, block TEXT);
    CREATE TABLE IF NOT EXISTS stale_blocks (slug TEXT PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS report_files (name TEXT PRIMARY KEY, size INTEGER, mtime INTEGER);
    """
    TRIGGERS_AND_INDEXES = f"""
    CREATE TRIGGER IF NOT EXISTS persons_line_insert AFTER INSERT ON persons
    BEGIN UPDATE persons SET line = {IDENTITY_LINE} WHERE rowid = NEW.rowid;
          INSERT OR IGNORE INTO stale_blocks VALUES (NEW.slug); END;
    CREATE TRIGGER IF NOT EXISTS persons_line_update AFTER UPDATE OF slug, reason ON persons
    BEGIN UPDATE persons SET line = {IDENTITY_LINE} WHERE rowid = NEW.rowid;
          INSERT OR IGNORE INTO stale_blocks VALUES (OLD.slug), (NEW.slug); END;
    CREATE TRIGGER IF NOT EXISTS persons_block_delete AFTER DELETE ON persons
    BEGIN INSERT OR IGNORE INTO stale_blocks VALUES (OLD.slug); END;
    CREATE INDEX IF NOT EXISTS persons_report ON persons (slug, stem, line);
    -- What a rebuild compares with every file: read off this index, not the rows with their issues.
    CREATE INDEX IF NOT EXISTS articles_stats ON articles (stem, size, mtime);
    """
    PERSON_COLUMNS = "stem, key, name, spellings, provinces, base, slug"  # what an article says of a person

    def __init__(self, path: Path | None):
        self.db = sqlite3.connect(str(path) if path else ":memory:")
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages: lookups by name stay in memory
        self.db.executescript(self.SCHEMA)
        self.changed: set[str] = set()  # "issues", "identity": reports whose rows changed
        self._migrate()
        self.db.executescript(self.TRIGGERS_AND_INDEXES)

    def _migrate(self) -> None:
        """Manifests of earlier versions get the new columns (files without size and mtime are hashed
        once more; identity lines are rendered once) and the report tables (every block stale)."""
        articles = {row[1] for row in self.db.execute("PRAGMA table_info(articles)")}
        for column in ("size", "mtime"):
            if column not in articles:
                self.db.execute(f"ALTER TABLE articles ADD COLUMN {column} INTEGER")
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.db.executescript(self.REPORT_TABLES)
        persons = {row[1] for row in self.db.execute("PRAGMA table_info(persons)")}
        if "line" not in persons:
            self.db.execute("ALTER TABLE persons ADD COLUMN line TEXT")
            self.db.execute(f"UPDATE persons SET line = {self.IDENTITY_LINE}")
        if "identity_blocks" not in tables or "line" not in persons:
            self.db.execute("DROP TRIGGER IF EXISTS persons_line_insert")  # earlier versions' triggers
            self.db.execute("DROP TRIGGER IF EXISTS persons_line_update")  # did not mark blocks stale
            self.db.execute("INSERT OR IGNORE INTO stale_blocks SELECT slug FROM persons")

    def compare(self, files: dict[str, str], prune: bool) -> tuple[set[str], list[str]]:
        """Stems of the files whose content the manifest already has; and, if `prune`, the stems it
        has of files not among them (sorted).

        A file with the recorded size and modification time is taken as unchanged without reading
        it, as make and git do, so a rebuild of a large corpus reads only what was touched; any
        other file is hashed, and a touched but identical file gets its new time recorded.
        """
        known = self._stats(files, whole=prune)
        same = set()
        stat = os.stat
        for stem, f in files.items():
            recorded = known.get(stem)
            if recorded is None:
                continue
            try:
                now = stat(f)
            except OSError:
                continue
            if now.st_mtime_ns == recorded[1] and now.st_size == recorded[0]:
                same.add(stem)
            elif _hash(f) == self._hash_of(stem):
                same.add(stem)
                self.db.execute(
                    "UPDATE articles SET size = ?, mtime = ? WHERE stem = ?", (now.st_size, now.st_mtime_ns, stem)
                )
        return same, sorted(known.keys() - files.keys()) if prune else []

    def _stats(self, files: dict[str, str], whole: bool) -> dict[str, tuple[int, int]]:
        """Recorded size and mtime of every article if `whole` or for a corpus, else of the given stems."""
        query = "SELECT stem, size, mtime FROM articles"
        if whole or len(files) > 500:
            rows = self.db.execute(query)
        else:
            rows = self.db.execute(f"{query} WHERE stem IN ({', '.join('?' * len(files))})", list(files))
        return {stem: (size, mtime) for stem, size, mtime in rows}

    def count(self) -> int:
        """How many articles the manifest has."""
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def _hash_of(self, stem: str) -> str:
        return str(self.db.execute("SELECT hash FROM articles WHERE stem = ?", (stem,)).fetchone()[0])

    def replace(self, a: ArticleResult) -> None:
        """Record a processed article. Its people's rows are kept as they are when the article names
        the same people as before (their identity decisions stand until resolution revisits them)."""
        issues = json.dumps(a.issues, ensure_ascii=False)
        before = self.db.execute("SELECT issues FROM articles WHERE stem = ?", (a.stem,)).fetchone()
        if before is None or before[0] != issues:
            self.changed.add("issues")
        self.db.execute("DELETE FROM articles WHERE stem = ?", (a.stem,))
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)", (a.stem, a.path, a.content_hash, issues, *a.stat)
        )
        people = sorted(
            (
                p.article,
                p.key,
                p.name,
                json.dumps(p.spellings),
                json.dumps(p.provinces),
                default_slug(p.name),
                a.slugs[p.key],
            )
            for p in a.persons
        )
        recorded = self.db.execute(
            f"SELECT {self.PERSON_COLUMNS} FROM persons WHERE stem = ? ORDER BY key",
            (a.stem,),
        ).fetchall()
        if recorded != people:
            self.changed.add("identity")
            self.db.execute("DELETE FROM persons WHERE stem = ?", (a.stem,))
            self.db.executemany(
                f"INSERT INTO persons ({self.PERSON_COLUMNS}, reason) VALUES (?, ?, ?, ?, ?, ?, ?, '')", people
            )

    def remove(self, stem: str) -> None:
        if self.db.execute("DELETE FROM articles WHERE stem = ?", (stem,)).rowcount:
            self.changed.add("issues")
        if self.db.execute("DELETE FROM persons WHERE stem = ?", (stem,)).rowcount:
            self.changed.add("identity")

    def group(self, bases: Iterable[str]) -> list[tuple[PersonRecord, str]]:
        """Everyone sharing a default slug with the given ones, with the slug their graph uses."""
        out = []
        for base in set(bases):
            for stem, k, name, spellings, provinces, slug in self.db.execute(
                "SELECT stem, key, name, spellings, provinces, slug FROM persons WHERE base = ?", (base,)
            ):
                out.append(
                    (PersonRecord(stem, k, name, tuple(json.loads(spellings)), tuple(json.loads(provinces))), slug)
                )
        return out

    def set_decisions(self, decided: Iterable[tuple[Decision, str]]) -> None:
        """Record identity decisions (each with the person's key in its article); one statement for
        all, as a common name's group has thousands of members whose rows mostly stay as they were."""
        before = self.db.total_changes
        self.db.executemany(
            "UPDATE persons SET slug = ?, reason = ? WHERE stem = ? AND key = ? AND (slug != ? OR reason != ?)",
            ((d.person_id, d.reason, d.article, key, d.person_id, d.reason) for d, key in decided),
        )
        if self.db.total_changes != before:
            self.changed.add("identity")

    def paths(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT stem, path FROM articles"))

    def issues_jsonl(self) -> bytes:
        """issues.jsonl: every article's unknown values, one JSON object a line (rendered by SQLite)."""
        return self._lines("SELECT value AS x FROM articles, json_each(articles.issues) ORDER BY stem, key")

    def decisions_jsonl(self) -> bytes:
        """identity.jsonl: which mention became which person, and why, by person (off the blocks)."""
        self._join_stale_blocks()
        # Joined here: SQLite's group_concat of a few thousand long blocks is 3x slower than bytes.join.
        with self._as_bytes():
            blocks = [block for (block,) in self.db.execute("SELECT block FROM identity_blocks ORDER BY slug")]
        return b"\n".join(blocks) + b"\n" if blocks else b""

    def changed_blocks(self, most: int = 1000) -> dict[str, bytes] | None:
        """The blocks of identity.jsonl that changed since it was last written, by person slug (b""
        for a person no longer named); None when there are more than `most` of them."""
        stale = [slug for (slug,) in self.db.execute("SELECT slug FROM stale_blocks")]
        if len(stale) > most:
            return None
        self._join_stale_blocks()
        with self._as_bytes():
            blocks = {
                slug.decode(): block
                for slug, block in self.db.execute(
                    f"SELECT slug, block FROM identity_blocks WHERE slug IN ({', '.join('?' * len(stale))})", stale
                )
            }
        return {slug: blocks.get(slug, b"") for slug in stale}

    def record_report(self, path: Path) -> None:
        """Remember the size and time of a report just written, to know it later for the same file."""
        self.db.execute("INSERT OR REPLACE INTO report_files VALUES (?, ?, ?)", (path.name, *_stat(path)))

    def wrote(self, path: Path) -> bool:
        """Whether the report at `path` is the one this manifest last wrote (same size and time): no
        one has edited it, and no build stopped between writing it and committing the manifest."""
        recorded = self.db.execute("SELECT size, mtime FROM report_files WHERE name = ?", (path.name,)).fetchone()
        try:
            return recorded is not None and tuple(recorded) == _stat(path)
        except OSError:
            return False

    def _join_stale_blocks(self) -> None:
        """Join again the lines of the people whose rows changed since the report was last written."""
        self.db.execute("DELETE FROM identity_blocks WHERE slug IN (SELECT slug FROM stale_blocks)")
        # CROSS JOIN keeps the stale slugs as the outer loop: planned freely, SQLite scans every person.
        self.db.execute(
            "INSERT INTO identity_blocks SELECT slug, group_concat(line, char(10)) FROM"
            " (SELECT persons.slug, line FROM stale_blocks CROSS JOIN persons ON persons.slug = stale_blocks.slug"
            "  ORDER BY persons.slug, stem) GROUP BY slug"
        )
        self.db.execute("DELETE FROM stale_blocks")

    def _lines(self, query: str) -> bytes:
        """The one-column rows of a query as lines of UTF-8, joined by SQLite and taken as its bytes
        (a Python object per row, or decoding tens of megabytes only to encode them again, costs as
        much as the query)."""
        with self._as_bytes():
            (joined,) = self.db.execute(f"SELECT group_concat(x, char(10)) FROM ({query})").fetchone()
        return joined + b"\n" if joined else b""

    @contextmanager
    def _as_bytes(self) -> Iterator[None]:
        """Text read back as the UTF-8 bytes it is stored as, for reports written as they are."""
        self.db.text_factory = bytes
        try:
            yield
        finally:
            self.db.text_factory = str

    def commit(self) -> None:
        self.db.commit()


# ---------------------------------------------------------------------------------------------
# Building


Consumer = Callable[[ArticleResult], None]


def build(
    paths: list[Path],
    workers: int = 1,
    progress: Progress | None = None,
    manifest: Manifest | None = None,
    prune: bool = True,
    consume: Consumer | None = None,
    overrides: Path | None = None,
) -> Build:
    """Process new and changed articles, resolve identities, and re-emit articles whose people moved.

    With a manifest of an earlier build, unchanged files are skipped and, when `prune`, articles
    whose files are gone are listed in `removed`. With `consume`, each article's graph is handed
    over as soon as it is made (and again if re-emitted) and not kept, so memory stays flat.
    """
    manifest = manifest or Manifest(None)
    result = Build()
    early = workers > 1 and any(p.is_dir() for p in paths) and manifest.count() >= EARLY_WORKERS_FROM
    with Workers(workers, early) as readers:
        with result.stage("discover"):
            files, result.errors = discover(paths)
            same, result.removed = manifest.compare(files, prune)
            result.unchanged = len(same)
        todo = [Path(f) for stem, f in files.items() if stem not in same]
        for stem in result.removed:
            manifest.remove(stem)
        with result.stage("extract"):
            for r in readers.run(((f, None) for f in todo), len(todo), progress):
                if isinstance(r, str):
                    result.errors.append(r)  # an earlier good graph of that file, if any, is kept
                else:
                    _accept(result, manifest, r, consume)
        with result.stage("resolve"):
            _resolve(result, manifest, readers, consume, load_overrides(overrides) if overrides else load_overrides())
    return result


def _accept(result: Build, manifest: Manifest, r: ArticleResult, consume: Consumer | None) -> None:
    manifest.replace(r)
    result.issue_counts[r.stem] = len(r.issues)
    result.names.update(default_slug(p.name) for p in r.persons)
    _hand_over(result, r, consume)


def _hand_over(result: Build, r: ArticleResult, consume: Consumer | None) -> None:
    """Give an article's graph to the consumer, if any, and keep the article's record."""
    if consume is not None:
        consume(r)
        # Handed over, and its people and issues are in the manifest: a build of 100k articles keeps
        # only a small record of each.
        r.nquads, r.persons, r.issues = b"", [], []
    result.articles[r.stem] = r


# Listing and comparing cost ~5 µs an article: below 20k, over before the readers are imported.
EARLY_WORKERS_FROM = 20_000  # articles in the manifest for workers to start before the corpus is listed
BATCH = 32  # articles a worker reads per task; fewer are read in this process
IN_FLIGHT = 16  # chunks of BATCH articles per worker: ~500 articles, ~20 MB of N-Quads each


class Workers:
    """The processes that read articles, one per core (none for one worker: this one reads them).

    They start when there are enough articles to share (a few are read here, sooner), having imported
    the readers from this process. To update a large corpus they start before it is listed instead,
    and each imports the readers and reads an invented article while this process lists: that costs a
    sixth of a second, which an update of one article in 100k would otherwise spend after listing them.
    Use as a context manager."""

    def __init__(self, count: int, early: bool):
        self.count = count
        self.pool = self._start(warm=True) if early and count > 1 else None

    def _start(self, warm: bool) -> ProcessPoolExecutor:
        if not warm:
            pipeline.extract  # noqa: B018 (imported here, before the workers fork, not in each of them)
            return ProcessPoolExecutor(max_workers=self.count)
        # One at a time, so this process, listing the corpus meanwhile, always has a core of its own.
        turn = multiprocessing.get_context().Lock()
        pool = ProcessPoolExecutor(max_workers=self.count, initializer=_warm_up, initargs=(turn,))
        pool.submit(int)  # starts every worker now (under fork, all at the first task)
        return pool

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is None:
            return
        # Every result is in. A worker still reading the invented article (a small corpus is listed
        # sooner than that) is stopped, not waited for: Python 3.14 has a method for it.
        terminate = getattr(self.pool, "terminate_workers", None)
        if terminate is not None:
            terminate()
        else:
            for process in list(self.pool._processes.values()):
                process.terminate()
        self.pool.shutdown(cancel_futures=True)

    def run(self, jobs: Iterable[_Job], total: int, progress: Progress | None) -> Iterator[ArticleResult | str]:
        """Process articles (in order), reporting progress.

        A bounded number of chunks is in flight: enough to keep the workers busy while the consumer
        writes files or (in an update) bulk-loads a batch into the store, not a whole corpus of
        results piling up in memory whenever the consumer falls behind."""
        if self.pool is None and self.count > 1 and total > BATCH:
            self.pool = self._start(warm=False)
        if self.pool is None:
            for done, job in enumerate(jobs, start=1):
                if progress:
                    progress(done, total)
                yield _process_pair(job)
            return
        batches = _batched(jobs, BATCH)
        pending: deque[Future[list[ArticleResult | str]]] = deque(
            self.pool.submit(_process_batch, b) for b in islice(batches, IN_FLIGHT * self.count)
        )
        done = 0
        while pending:
            results = pending.popleft().result()
            following = next(batches, None)
            if following is not None:
                pending.append(self.pool.submit(_process_batch, following))
            for r in results:
                done += 1
                if progress:
                    progress(done, total)
                yield r


def _warm_up(turn: Lock) -> None:
    with turn:
        pipeline.warm_up()


def _batched(jobs: Iterable[_Job], size: int) -> Iterator[list[_Job]]:
    batch: list[_Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _process_batch(batch: list[_Job]) -> list[ArticleResult | str]:
    return [_process_pair(job) for job in batch]


def _resolve(
    result: Build,
    manifest: Manifest,
    readers: Workers,
    consume: Consumer | None,
    overrides: dict[tuple[str, str], str],
) -> None:
    """Resolve the name groups the processed articles touch; re-emit articles whose IRIs change."""
    bases = result.names | {default_slug(name) for (_, name) in overrides}
    members = manifest.group(bases)
    decisions = resolve_identities([m for m, _ in members], overrides)
    redo: dict[str, dict[str, str]] = {}
    decided = []
    for m, used in members:
        d = decisions[(m.article, m.key)]
        result.decisions[(m.article, m.key)] = d
        decided.append((d, m.key))
        if d.person_id != used:
            redo.setdefault(m.article, {})[m.key] = d.person_id
    manifest.set_decisions(decided)
    for stem, slugs in sorted(redo.items()):
        renamed = _renamed(result.articles.get(stem), slugs, consume)
        if renamed is not None:
            _hand_over(result, renamed, consume)
            del redo[stem]
    paths = manifest.paths() if redo else {}
    jobs = [(Path(paths[stem]), {**_slugs(manifest, stem), **slugs}) for stem, slugs in sorted(redo.items())]
    for r in readers.run(jobs, len(jobs), None):
        if isinstance(r, ArticleResult):
            _accept(result, manifest, r, consume)
            manifest.set_decisions((result.decisions[(r.stem, k)], k) for k in r.slugs)


def _renamed(a: ArticleResult | None, slugs: dict[str, str], consume: Consumer | None) -> ArticleResult | None:
    """An article of this run with some people's IRI slugs changed, its graph renamed in place; None
    when it must be read again: it was built in an earlier run (its result is in the manifest, not
    here), or two of its people shared a slug that resolution now parts.

    At 10k generated articles, resolution moves people in two fifths of them (a common name seen in
    a second province); reading those again cost over a third of the extraction."""
    if a is None:
        return None
    shared = Counter(a.slugs.values())
    if any(shared[a.slugs[k]] > 1 for k in slugs):
        return None
    nquads = a.nquads or (consume.read(a.stem) if isinstance(consume, GraphFiles) else b"")
    if not nquads:
        return None
    renames = {a.slugs[k]: new for k, new in slugs.items()}
    return replace(a, slugs={**a.slugs, **slugs}, nquads=iri.reslug(nquads, renames))


def _slugs(manifest: Manifest, stem: str) -> dict[str, str]:
    return dict(manifest.db.execute("SELECT key, slug FROM persons WHERE stem = ?", (stem,)))


# ---------------------------------------------------------------------------------------------
# Writing


def ontology_quads() -> list[Quad]:
    store = Store()
    for name in ONTOLOGY_FILES:
        path = ROOT / "ontology" / name
        if path.exists():
            store.bulk_load(path=str(path), format=RdfFormat.TURTLE, to_graph=iri.ONTOLOGY_GRAPH)
    return list(store)


def to_store(result: Build, store: Store) -> None:
    """Load a whole in-memory build (one built without a consumer) into an empty store."""
    load_base(store)
    store.bulk_load(input=b"".join(a.nquads for a in result.articles.values()), format=RdfFormat.N_QUADS)


def load_base(store: Store) -> None:
    """The graphs every build has: the ontology and the reference data."""
    store.bulk_extend(ontology_quads())
    store.bulk_extend(reference_quads())


class GraphFiles:
    """Consumes articles as they are made: writes graphs/<stem>.nq (again when an article is re-emitted).

    A first build uses it alone and bulk-loads every file into the store at the end (`load_into`);
    an update uses `GraphWriter`, which also keeps the existing store in step.
    """

    def __init__(self, out: Path):
        self.graphs = out / "graphs"
        self.graphs.mkdir(parents=True, exist_ok=True)

    def __call__(self, a: ArticleResult) -> None:
        # A first build's folder is swapped in whole, so a file needs no rename of its own (100k
        # renames cost the main process ~2 s); an update writes each file atomically.
        self.path(a.stem).write_bytes(a.nquads)

    def path(self, stem: str) -> Path:
        return self.graphs / f"{stem}.nq"

    def read(self, stem: str) -> bytes:
        return self.path(stem).read_bytes()

    def remove(self, stem: str) -> None:
        self.path(stem).unlink(missing_ok=True)

    def load_into(self, store: Store, stems: Iterable[str]) -> None:
        """Bulk-load the graph files of these articles into a store in one pass.

        One bulk load of the whole corpus, streamed from the files, costs a third less than loading
        it in batches as the articles come: every batch adds sorted runs that the store's LSM trees
        must merge again, more and more of them as the store grows. The files were written by this
        build from serialised graphs, so the loader skips re-validating IRIs (`lenient`)."""
        reader = io.BufferedReader(_Concatenation(map(self.path, stems)), 1 << 20)
        store.bulk_load(input=reader, format=RdfFormat.N_QUADS, lenient=True)


class GraphWriter(GraphFiles):
    """Writes the graph files of an update and replaces the same graphs in the build's store.

    An article graph seen again (changed since the last build, or re-emitted after identity
    resolution) replaces the old one. Large batches go through the bulk loader; a handful of graphs
    are inserted in one ordinary transaction, which is far cheaper than a bulk load for small inputs.
    """

    BATCH = 1000

    def __init__(self, out: Path, store: Store):
        super().__init__(out)
        self.store = store
        self.pending: dict[str, bytes] = {}

    def __call__(self, a: ArticleResult) -> None:
        write_bytes(self.path(a.stem), a.nquads)
        graph = iri.article_graph(a.stem)
        self._drop(graph)
        self.pending[graph.value] = a.nquads
        if len(self.pending) >= self.BATCH:
            self.flush()

    def remove(self, stem: str) -> None:
        graph = iri.article_graph(stem)
        self.pending.pop(graph.value, None)
        self._drop(graph)
        super().remove(stem)

    def _drop(self, graph: NamedNode) -> None:
        """The store's copy of a graph, if it has one (asked of the store, not listed up front: a
        corpus has a hundred thousand graphs and an update touches a few)."""
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)

    def flush(self) -> None:
        if not self.pending:
            return
        data = b"".join(self.pending.values())
        if len(self.pending) >= 50:
            self.store.bulk_load(input=data, format=RdfFormat.N_QUADS, lenient=True)
        else:
            self.store.extend(parse(data, format=RdfFormat.N_QUADS))
        self.pending = {}


class _Concatenation(io.RawIOBase):
    """The bytes of several files one after the other, read one file at a time."""

    def __init__(self, paths: Iterable[Path]):
        self._paths = iter(paths)
        self._data = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._data:
            path = next(self._paths, None)
            if path is None:
                return 0
            self._data = memoryview(path.read_bytes())
        n = min(len(buffer), len(self._data))
        buffer[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def _write_reports(result: Build, out: Path, manifest: Manifest, store: Store | None) -> None:
    write_bytes(out / "errors.txt", "".join(e + "\n" for e in result.errors).encode())
    # A large corpus's reports are 60 MB: they are written only when their rows changed, and
    # identity.jsonl, when few people changed, by replacing their blocks in the file last written.
    issues, identity = out / "issues.jsonl", out / "identity.jsonl"
    if "issues" in manifest.changed or not issues.exists():
        write_bytes(issues, manifest.issues_jsonl())
    if "identity" in manifest.changed or not identity.exists():
        blocks = manifest.changed_blocks() if manifest.wrote(identity) else None
        if blocks is None:
            write_bytes(identity, manifest.decisions_jsonl())
        else:
            patch_blocks(identity, blocks, _person_of_line)
        manifest.record_report(identity)
    if store is not None:
        with replacing(out / "graph.trig") as tmp:
            store.dump(output=str(tmp), format=RdfFormat.TRIG, prefixes=PREFIXES)
        with replacing(out / "graph.nq") as tmp:
            store.dump(output=str(tmp), format=RdfFormat.N_QUADS)


def _person_of_line(line: bytes) -> str:
    """The person a line of identity.jsonl is about: the order of its lines, and of its blocks."""
    return str(json.loads(line)["person_id"])


def _swap(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` with renames only, so readers see the old build or the new one."""
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


def build_folder(
    paths: list[Path],
    out: Path,
    workers: int = 1,
    progress: Progress | None = None,
    full: bool = False,
    export: bool = True,
    overrides: Path | None = None,
    prune: bool = True,
) -> Build:
    """Build into `out`: update an earlier build in place, or build from scratch in a temporary folder.

    An update makes the build hold exactly the articles under `paths`; without `prune` it only adds
    or replaces those (the others are kept, and the corpus is not even listed)."""
    if not full and (out / "manifest.sqlite").exists() and (out / "store").exists():
        return _update(paths, out, workers, progress, export, overrides, prune)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        # On disk from the start (the folder is swapped in whole, so no half-built manifest is ever
        # seen): held in memory, a 100k-article manifest costs a few hundred MB at the peak.
        manifest = Manifest(tmp / "manifest.sqlite")
        # The graphs go to their files first and into the store in one bulk load once identities
        # are resolved: articles re-emitted by resolution are then rewritten, never dropped and
        # reloaded.
        files = GraphFiles(tmp)
        result = build(paths, workers, progress, manifest, consume=files, overrides=overrides)
        if not result.articles:
            raise _NothingBuiltError
        store = Store(str(tmp / "store"))
        with result.stage("store"):
            load_base(store)
            files.load_into(store, sorted(result.articles))
        with result.stage("optimize"):
            # One bulk load of the corpus leaves each index of the store as many overlapping sorted
            # runs. Merging them now (one core, ~60 s at 100k articles) pays for itself at once:
            # validating that build took 110 s after, and over four minutes without. (The export reads
            # it too.)
            store.optimize()
            store.flush()
        with result.stage("files"):
            _write_reports(result, tmp, manifest, store if export else None)
        with result.stage("close"):
            del store
            manifest.commit()
            manifest.db.close()
            _swap(tmp, out)
        return result
    except _NothingBuiltError:
        shutil.rmtree(tmp, ignore_errors=True)
        return result
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


class _NothingBuiltError(Exception):
    pass


def _update(
    paths: list[Path],
    out: Path,
    workers: int,
    progress: Progress | None,
    export: bool,
    overrides: Path | None,
    prune: bool,
) -> Build:
    """Later builds: only new, changed and removed articles touch the store; the manifest commits last."""
    manifest = Manifest(out / "manifest.sqlite")
    store = Store(str(out / "store"))
    writer = GraphWriter(out, store)
    result = build(paths, workers, progress, manifest, prune, consume=writer, overrides=overrides)
    if not result.articles and not result.unchanged:
        manifest.db.rollback()  # nothing readable: leave the earlier build exactly as it was
        return result
    with result.stage("store"):
        for stem in result.removed:
            writer.remove(stem)
        writer.flush()
    with result.stage("files"):
        _write_reports(result, out, manifest, store if export else None)
    with result.stage("close"):
        store.flush()
        manifest.commit()
    return result


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
