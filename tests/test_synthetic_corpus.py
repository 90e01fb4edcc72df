"""The synthetic corpus generator (`python -m bench.synthetic`): deterministic, complete, and its gold
says only what its text says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "gold" / "score.py"
N = 200
SEED = 7
STEM = re.compile(r"^syn_\d{6}_[0-9a-f]{8}$")


def _generate(out: Path, seed: int, n: int = N) -> Path:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.synthetic",
            "--articles",
            str(n),
            "--seed",
            str(seed),
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _articles(corpus: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(stem, text, gold) per article."""
    out = []
    for txt in sorted((corpus / "articles").glob("*.txt")):
        gold_file = corpus / "gold" / f"{txt.stem}.json"
        assert gold_file.exists(), f"no gold for {txt.name}"
        out.append((txt.stem, txt.read_text(encoding="utf-8"), json.loads(gold_file.read_text(encoding="utf-8"))))
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("synthetic") / "a", SEED)


def test_same_seed_writes_byte_identical_files(corpus: Path, tmp_path: Path) -> None:
    again = _generate(tmp_path / "b", SEED)
    first, second = _tree(corpus), _tree(again)
    assert len(first) == 2 * N + 1  # articles, gold, manifest
    assert first == second


def test_another_seed_writes_another_corpus(corpus: Path, tmp_path: Path) -> None:
    other = _generate(tmp_path / "c", SEED + 1)
    texts = {p.read_bytes() for p in (corpus / "articles").glob("*.txt")}
    other_texts = {p.read_bytes() for p in (other / "articles").glob("*.txt")}
    assert not texts & other_texts


def test_every_article_has_gold_of_the_scored_shape(corpus: Path) -> None:
    articles = _articles(corpus)
    assert len(articles) == N
    assert len(list((corpus / "gold").glob("*.json"))) == N
    for stem, _, gold in articles:
        assert STEM.match(stem), stem
        assert gold["id"] == stem
        for key in ("officials", "events", "congresses", "resolutions", "targets"):
            assert isinstance(gold[key], list), (stem, key)
        for o in gold["officials"]:
            assert o["name"] and o["titles"] and o["unit"], (stem, o)
        for e in gold["events"]:
            assert {"kind", "date", "chaired_by", "attended_by", "spoke"} <= e.keys(), (stem, e)
            assert e["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]), (stem, e["date"])
        for c in gold["congresses"]:
            assert {"ordinal", "party_org", "term"} <= c.keys(), (stem, c)
        for r in gold["resolutions"]:
            assert r["number"] and r["issuer"], (stem, r)
        for t in gold["targets"]:
            assert {"indicator", "value", "unit", "year", "unit_of_government", "kind"} <= t.keys(), (stem, t)
            assert isinstance(t["value"], int | float) and t["kind"] in ("target", "achieved"), (stem, t)


def test_named_officials_are_in_the_text(corpus: Path) -> None:
    for stem, text, gold in _articles(corpus):
        officials = gold["officials"]
        named = {o["name"] for o in officials}
        for o in officials:
            variants = o.get("variants_in_text", [])
            assert o["name"] in text or any(v in text for v in variants), (stem, o["name"])
            for v in variants:
                assert v in text, (stem, v)
                assert v not in named, (stem, v)
        for e in gold["events"]:
            assert set(e["chaired_by"]) | set(e["attended_by"]) | set(e["spoke"]) <= named, stem


def test_resolution_numbers_and_years_are_in_the_text(corpus: Path) -> None:
    seen_null_date = False
    for stem, text, gold in _articles(corpus):
        for r in gold["resolutions"]:
            assert all(run in text for run in re.findall(r"\d+", r["number"])), (stem, r["number"])
        for e in gold["events"]:
            if e["date"] is None:
                # No date line and no year anywhere: nothing in the text could give the year.
                seen_null_date = True
                assert not re.search(r"\b(19|20)\d\d\b", text), stem
            elif gold["article_date"]:
                assert text.startswith(f" date {gold['article_date']} "), stem
    assert seen_null_date, "the corpus should include articles whose event year cannot be known"


def test_the_national_congress_is_in_the_gold_wherever_the_text_cites_it(corpus: Path) -> None:
    """However it is cited (preparing for it, its resolution, a document's subject), as the hand-written
    gold counts a congress an article only cites."""
    cited = re.compile(r"Đại hội đại biểu toàn quốc lần thứ ([IVXLC]+)")
    seen = 0
    for stem, text, gold in _articles(corpus):
        national = {c["ordinal"] for c in gold["congresses"] if c["party_org"] == "Đảng Cộng sản Việt Nam"}
        assert set(cited.findall(text)) == national, stem
        seen += bool(national)
    assert seen, "the corpus should cite the national congress"


@pytest.mark.skipif(not SCORE.exists(), reason="shared/gold/score.py is not beside the repository")
def test_gold_scores_perfectly_against_itself(corpus: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCORE), str(corpus / "gold"), str(corpus / "gold"), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["articles_missing"] == []
    for category, row in scores["categories"].items():
        assert row["f1"] == 1.0, (category, row)
        assert row["gold"] > 0, category  # every category is exercised
    assert scores["macro_f1"] == 1.0
