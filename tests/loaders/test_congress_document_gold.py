"""Congresses, resolutions, plenums and implemented documents of the seed articles, against the gold.

The gold files (shared/gold, beside the repository) are scored the way shared/gold/score.py scores
them: congresses as (ordinal as an integer, normalised party organisation), resolutions by
normalised number, micro-averaged over the articles.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from loaders.article import read_article
from loaders.context import Context, build_context
from loaders.extract.congresses import extract_congresses, find_plenum
from loaders.extract.documents import extract_documents, implemented_documents
from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.parse.roman import parse_ordinal
from loaders.text import key

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "articles"
GOLD = ROOT.parent / "shared" / "gold"
DEVSET = ROOT / "tests" / "devset"
THRESHOLD = 0.95

Facts = dict[str, set[Any]]


def _ordinal(value: object) -> int | None:
    return value if isinstance(value, int) else parse_ordinal(str(value))


def _number(s: str) -> str:
    return key(s).replace(" ", "").replace("đ", "d")


def gold_facts(gold: dict[str, Any]) -> Facts:
    events = gold.get("events") or []
    return {
        "congresses": {(_ordinal(c["ordinal"]), key(c["party_org"])) for c in gold.get("congresses") or []},
        "resolutions": {_number(r["number"] if isinstance(r, dict) else r) for r in gold.get("resolutions") or []},
        "plenums": {(_ordinal(e["plenum"]["khoa"]), e["plenum"]["number"]) for e in events if e.get("plenum")},
        "implements": {_number(n) for e in events for n in e.get("implements") or []},
    }


def predicted_facts(ctx: Context) -> Facts:
    """What the extractors give, used as loaders.pipeline uses them: plenums of the event sentences,
    implemented documents of every sentence."""
    documents = extract_documents(ctx)
    sentences = ctx.article.sentences
    events = extract_events(ctx, extract_people(ctx))
    return {
        "congresses": {
            (c.ordinal, key(c.party_unit.name if c.party_unit.level == "central" else f"Đảng bộ {c.party_unit.label}"))
            for c in extract_congresses(ctx)
        },
        "resolutions": {_number(d.number) for d in documents},
        "plenums": {p for e in events if (p := find_plenum(ctx, e.evidence.sentence)) is not None},
        "implements": {_number(n) for s in sentences for n in implemented_documents(ctx, s, documents)},
    }


def f1(pairs: Iterable[tuple[set[Any], set[Any]]]) -> tuple[float, int, int, int]:
    """Micro F1 over (gold, predicted) pairs, with matched, gold and predicted counts."""
    matched = n_gold = n_pred = 0
    for gold, pred in pairs:
        matched += len(gold & pred)
        n_gold += len(gold)
        n_pred += len(pred)
    precision = matched / n_pred if n_pred else 1.0 if not n_gold else 0.0
    recall = matched / n_gold if n_gold else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return score, matched, n_gold, n_pred


def scored(articles: list[Path], gold_dir: Path) -> dict[str, list[tuple[set[Any], set[Any]]]]:
    """Per category, the (gold, predicted) facts of every article that has a gold file."""
    out: dict[str, list[tuple[set[Any], set[Any]]]] = {}
    for path in articles:
        gold_file = gold_dir / f"{path.stem}.json"
        if not gold_file.exists():
            continue
        gold = gold_facts(json.loads(gold_file.read_text(encoding="utf-8")))
        pred = predicted_facts(build_context(read_article(path)))
        for category, facts in gold.items():
            out.setdefault(category, []).append((facts, pred[category]))
    return out


@pytest.fixture(scope="module")
def seed_scores() -> dict[str, list[tuple[set[Any], set[Any]]]]:
    if not GOLD.is_dir():
        pytest.skip(f"no gold files at {GOLD}")
    return scored(sorted(SEEDS.glob("*.txt")), GOLD)


@pytest.mark.parametrize("category", ["congresses", "resolutions", "plenums", "implements"])
def test_seed_f1(seed_scores: dict[str, list[tuple[set[Any], set[Any]]]], category: str) -> None:
    score, matched, n_gold, n_pred = f1(seed_scores[category])
    misses = [(g - p, p - g) for g, p in seed_scores[category] if g != p]
    assert score >= THRESHOLD, f"{category}: F1 {score:.3f} ({matched}/{n_gold} gold, {n_pred} predicted): {misses}"


def test_devset_figure() -> None:
    """The devset's figures are reported, not asserted: it is written by hand as the project goes."""
    articles = sorted(DEVSET.rglob("*.txt")) if DEVSET.is_dir() else []
    gold_dirs = {p.parent for p in DEVSET.rglob("*.json")} if DEVSET.is_dir() else set()
    if not articles or not gold_dirs:
        pytest.skip("no devset articles with gold files yet")
    lines = []
    for gold_dir in sorted(gold_dirs):
        for category, pairs in scored(articles, gold_dir).items():
            score, matched, n_gold, n_pred = f1(pairs)
            lines.append(f"{category} F1 {score:.3f} ({matched}/{n_gold} gold, {n_pred} predicted)")
    warnings.warn("devset: " + "; ".join(lines), stacklevel=1)
