"""Incremental builds: a rebuild reads only new, changed or removed articles and ends where a full build would."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from pyoxigraph import Quad, Store

from govkg import build as build_module
from govkg.build import build_folder
from loaders import iri

from .conftest import SEEDS

ADDED_SENTENCE = "\nĐồng chí Lê Văn Thử, Bí thư Huyện ủy phát biểu bế mạc hội nghị.\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def _quads(build: Path) -> set[Quad]:
    """The article and reference graphs (the ontology's blank nodes are new at every load)."""
    store = Store.read_only(str(build / "store"))
    return {q for q in store if q.graph_name != iri.ONTOLOGY_GRAPH}


def _full(articles: Path, out: Path) -> set[Quad]:
    build_folder([articles], out, full=True)
    return _quads(out)


def test_nothing_changed_nothing_read(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    before = _quads(out)
    again = build_folder([articles], out)
    assert not again.articles and again.unchanged == 5
    assert _quads(out) == before


def test_a_changed_article_is_rebuilt_alone_and_the_graph_equals_a_full_build(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    victim = sorted(articles.glob("*.txt"))[0]
    with victim.open("a", encoding="utf-8") as f:
        f.write(ADDED_SENTENCE)
    again = build_folder([articles], out)
    assert set(again.articles) == {victim.stem} and again.unchanged == 4
    assert _quads(out) == _full(articles, tmp_path / "full")
    assert any("Lê Văn Thử" in line for line in (out / "identity.jsonl").read_text(encoding="utf-8").splitlines())


def test_a_touched_but_identical_article_is_not_rebuilt(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    victim = sorted(articles.glob("*.txt"))[1]
    stat = victim.stat()
    os.utime(victim, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert not build_folder([articles], out).articles
    # ...and its new time is remembered, so the next build does not read it again either.
    recorded = sqlite3.connect(out / "manifest.sqlite").execute(
        "SELECT mtime FROM articles WHERE stem = ?", (victim.stem,)
    )
    assert recorded.fetchone()[0] == stat.st_mtime_ns + 10**9


def test_an_edit_of_the_same_size_is_found(articles: Path, tmp_path: Path) -> None:
    """Same size, new content: the time differs, so the file is hashed and rebuilt."""
    out = tmp_path / "build"
    build_folder([articles], out)
    victim = sorted(articles.glob("*.txt"))[2]
    text = victim.read_text(encoding="utf-8")
    edited = text.replace("huyện", "HUYỆN", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    victim.write_text(edited, encoding="utf-8")
    assert set(build_folder([articles], out).articles) == {victim.stem}


def test_a_removed_article_loses_its_graph(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    victim = sorted(articles.glob("*.txt"))[3]
    victim.unlink()
    again = build_folder([articles], out)
    assert again.removed == [victim.stem]
    assert _quads(out) == _full(articles, tmp_path / "full")
    assert not (out / "graphs" / f"{victim.stem}.nq").exists()


def test_a_manifest_from_before_file_times_still_works(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    _downgraded(
        articles,
        out,
        "CREATE TABLE old AS SELECT stem, path, hash, issues FROM articles; DROP TABLE articles;"
        "ALTER TABLE old RENAME TO articles;",
    )
    assert not build_folder([articles], out).articles  # hashed once, found identical


def test_reports_are_json_lines(tmp_path: Path, articles: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    identity = [json.loads(line) for line in (out / "identity.jsonl").read_text(encoding="utf-8").splitlines()]
    assert identity and set(identity[0]) == {"article", "name", "spellings", "person_id", "reason"}
    assert all(isinstance(r["spellings"], list) for r in identity)
    issues = [json.loads(line) for line in (out / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all({"kind", "surface", "article", "file"} <= set(i) for i in issues)


def _reports(build: Path) -> dict[str, bytes]:
    return {name: (build / name).read_bytes() for name in ("identity.jsonl", "issues.jsonl")}


def test_reports_after_a_change_equal_those_of_a_full_build(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_folder([articles], out)
    first, second = sorted(articles.glob("*.txt"))[:2]
    with first.open("a", encoding="utf-8") as f:
        f.write(ADDED_SENTENCE)  # a new person
    second.unlink()
    build_folder([articles], out)
    assert "Lê Văn Thử" in (out / "identity.jsonl").read_text(encoding="utf-8")
    assert _reports(out) == _reports(_built(articles, tmp_path / "full"))


def test_reports_patched_after_several_updates_equal_those_of_a_full_build(articles: Path, tmp_path: Path) -> None:
    """identity.jsonl is patched, block by block, once a build has written it: after a new person, a
    removed article and an article put back, it is still the file a full build writes."""
    out = tmp_path / "build"
    build_folder([articles], out)
    first, second = sorted(articles.glob("*.txt"))[:2]
    kept = second.read_bytes()
    with first.open("a", encoding="utf-8") as f:
        f.write(ADDED_SENTENCE)
    build_folder([articles], out)
    second.unlink()
    build_folder([articles], out)
    second.write_bytes(kept)
    build_folder([articles], out)
    assert _reports(out) == _reports(_built(articles, tmp_path / "full"))


def test_a_report_edited_since_the_build_wrote_it_is_written_whole(articles: Path, tmp_path: Path) -> None:
    """Blocks are patched only into the file the build last wrote: one edited by hand (or left by a
    build that stopped before committing its manifest) is written again from the manifest."""
    out = tmp_path / "build"
    build_folder([articles], out)
    with (out / "identity.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"person_id": "zzz-added-by-hand"}\n')
    with sorted(articles.glob("*.txt"))[0].open("a", encoding="utf-8") as f:
        f.write(ADDED_SENTENCE)
    build_folder([articles], out)
    assert _reports(out) == _reports(_built(articles, tmp_path / "full"))


@pytest.mark.parametrize("early", [False, True], ids=["workers-when-needed", "workers-before-listing"])
def test_worker_processes_build_what_one_process_builds(
    articles: Path, tmp_path: Path, early: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With worker processes (started when there is enough to share, or before a large corpus is
    listed), a build and an update end where they end in one process."""
    monkeypatch.setattr(build_module, "EARLY_WORKERS_FROM", 0 if early else 10**9)
    monkeypatch.setattr(build_module, "BATCH", 2)  # the five articles shared between the workers
    builds = {}
    for workers in (1, 2):
        out = tmp_path / f"build-{workers}"
        build_folder([articles], out, workers=workers)
        victim = sorted(articles.glob("*.txt"))[0]
        original = victim.read_bytes()
        with victim.open("a", encoding="utf-8") as f:
            f.write(ADDED_SENTENCE)
        assert set(build_folder([articles], out, workers=workers).articles) == {victim.stem}
        victim.write_bytes(original)
        builds[workers] = (_quads(out), _reports(out))
    assert builds[1] == builds[2]


def _built(articles: Path, out: Path) -> Path:
    build_folder([articles], out, full=True)
    return out


def test_reports_are_not_rewritten_when_their_rows_stay_the_same(articles: Path, tmp_path: Path) -> None:
    """A large corpus's reports are tens of megabytes: an update that changes none of their rows
    leaves the files alone."""
    out = tmp_path / "build"
    build_folder([articles], out)
    victim = sorted(articles.glob("*.txt"))[1]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # no new fact
    before = {name: (out / name).stat().st_mtime_ns for name in ("identity.jsonl", "issues.jsonl")}
    assert set(build_folder([articles], out).articles) == {victim.stem}
    assert {name: (out / name).stat().st_mtime_ns for name in before} == before


def test_adding_articles_keeps_the_others_and_ends_where_a_full_build_would(articles: Path, tmp_path: Path) -> None:
    """`govkg build --add FILE`: the given articles are added or replaced; the corpus is not listed."""
    out = tmp_path / "build"
    outside = tmp_path / "new"
    outside.mkdir()
    newcomer = sorted(articles.glob("*.txt"))[4]
    newcomer.rename(outside / newcomer.name)
    build_folder([articles], out)
    added = build_folder([outside / newcomer.name], out, prune=False)
    assert set(added.articles) == {newcomer.stem} and not added.removed
    shutil.move(outside / newcomer.name, articles / newcomer.name)
    assert _quads(out) == _full(articles, tmp_path / "full")
    assert _reports(out) == _reports(tmp_path / "full")


def test_a_manifest_from_before_identity_lines_still_reports_everyone(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    _downgraded(
        articles,
        out,
        "DROP TRIGGER persons_line_insert; DROP TRIGGER persons_line_update; DROP INDEX persons_report;"
        "ALTER TABLE persons DROP COLUMN line;",
    )
    expected = _reports(out)
    (out / "identity.jsonl").unlink()
    victim = sorted(articles.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + ADDED_SENTENCE, encoding="utf-8")
    build_folder([articles], out)
    assert _reports(out) == _reports(_built(articles, tmp_path / "full"))
    assert _reports(out) != expected


def test_a_manifest_from_before_identity_blocks_still_reports_everyone(articles: Path, tmp_path: Path) -> None:
    """identity.jsonl is joined from per-person blocks; a manifest made before them has its blocks
    built once, and the report after a change is the one a full build writes."""
    out = tmp_path / "build"
    _downgraded(
        articles,
        out,
        "DROP TRIGGER persons_line_insert; DROP TRIGGER persons_line_update; DROP TRIGGER persons_block_delete;"
        "DROP TABLE identity_blocks; DROP TABLE stale_blocks;",
    )
    victim = sorted(articles.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + ADDED_SENTENCE, encoding="utf-8")
    build_folder([articles], out)
    assert "Lê Văn Thử" in (out / "identity.jsonl").read_text(encoding="utf-8")
    assert _reports(out) == _reports(_built(articles, tmp_path / "full"))


def _downgraded(articles: Path, out: Path, script: str) -> None:
    """A build whose manifest is then taken back to an earlier version by a SQL script."""
    build_folder([articles], out)
    db = sqlite3.connect(out / "manifest.sqlite")
    db.executescript(script)
    db.commit()
    db.close()
