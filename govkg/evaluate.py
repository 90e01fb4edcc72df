"""`govkg eval`: score the graph's facts against a gold folder, with every miss and extra listed.

The categories and matching rules are those of the project's scorer (../shared/gold/score.py):
names and titles compared after the one normalisation of Vietnamese text and case folding, a gold
name variant counts as its person, congress ordinals as integers, targets matched on unit, year,
kind and a value within 0.5 %.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.parse.roman import to_int
from loaders.text import key

CATEGORIES = (
    "persons",
    "titles",
    "chairs",
    "attendees",
    "speakers",
    "event_dates",
    "congresses",
    "resolutions",
    "targets",
)
Fact = tuple[Any, ...]


def _norm(s: object) -> str:
    return key(str(s).replace("—", "-")) if s else ""


def _ordinal(value: object) -> int | None:
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    if text.isdigit():
        return int(text)
    try:
        return to_int(text)
    except ValueError:
        return None


def facts_of(article: dict[str, Any], variants: dict[str, str]) -> dict[str, set[Fact]]:
    """The scored facts of one article (gold or predicted)."""

    def person(name: object) -> str:
        k = _norm(name)
        return variants.get(k, k)

    out: dict[str, set[Fact]] = {c: set() for c in CATEGORIES}
    for o in article.get("officials") or []:
        p = person(o.get("name"))
        if p:
            out["persons"].add((p,))
            out["titles"].update((p, _norm(t)) for t in o.get("titles") or [])
    for e in article.get("events") or []:
        day = (e.get("date") or "")[:10] or None
        if day:
            out["event_dates"].add((day,))
        for k, cat in (("chaired_by", "chairs"), ("attended_by", "attendees"), ("spoke", "speakers")):
            out[cat].update((day, person(n)) for n in e.get(k) or [])
    for c in article.get("congresses") or []:
        out["congresses"].add((_ordinal(c.get("ordinal")), _norm(c.get("party_org"))))
    for r in article.get("resolutions") or []:
        number = r.get("number") if isinstance(r, dict) else r
        if number:
            out["resolutions"].add((_norm(number).replace(" ", "").replace("đ", "d"),))
    for t in article.get("targets") or []:
        try:
            value = round(float(t.get("value")), 4)
        except (TypeError, ValueError):
            continue
        unit = re.sub(r"\(.*?\)", "", _norm(t.get("unit_of_government"))).strip()
        out["targets"].add((unit, t.get("year"), (t.get("kind") or "target").lower(), value))
    return out


def _matches(gold: set[Fact], pred: set[Fact], category: str) -> tuple[set[Fact], set[Fact]]:
    """(matched gold facts, matched predicted facts)."""
    if category != "targets":
        both = gold & pred
        return both, both
    used_gold: set[Fact] = set()
    used_pred: set[Fact] = set()
    for g in sorted(gold, key=str):
        for p in sorted(pred - used_pred, key=str):
            if g[:3] == p[:3] and abs(g[3] - p[3]) <= 0.005 * max(abs(g[3]), 1e-9):
                used_gold.add(g)
                used_pred.add(p)
                break
    return used_gold, used_pred


@dataclass
class Score:
    matched: int = 0
    gold: int = 0
    pred: int = 0
    misses: list[tuple[str, Fact]] = field(default_factory=list)
    extras: list[tuple[str, Fact]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for f in sorted(folder.glob("*.json")):
        if f.name != "INDEX.json":
            data = json.loads(f.read_text(encoding="utf-8"))
            out[data.get("id") or f.stem] = data
    return out


def evaluate(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> dict[str, Score]:
    scores = {c: Score() for c in CATEGORIES}
    for stem, g in gold.items():
        variants = {
            _norm(v): _norm(o["name"]) for o in g.get("officials") or [] for v in o.get("variants_in_text") or []
        }
        fg, fp = facts_of(g, variants), facts_of(predicted.get(stem, {}), variants)
        for c in CATEGORIES:
            matched_gold, matched_pred = _matches(fg[c], fp[c], c)
            s = scores[c]
            s.matched += len(matched_gold)
            s.gold += len(fg[c])
            s.pred += len(fp[c])
            s.misses += [(stem, f) for f in sorted(fg[c] - matched_gold, key=str)]
            s.extras += [(stem, f) for f in sorted(fp[c] - matched_pred, key=str)]
    return scores


def render(scores: dict[str, Score], details: bool = True) -> str:
    lines = [f"{'category':12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for c, s in scores.items():
        lines.append(f"{c:12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.gold:5d} {s.pred:5d}")
    lines.append(f"macro F1 {sum(s.f1 for s in scores.values()) / len(scores):.3f}")
    if details:
        for c, s in scores.items():
            for label, items in (("missed", s.misses), ("extra", s.extras)):
                for stem, fact in items:
                    lines.append(f"[{stem}] {c} {label}: {' | '.join('—' if x is None else str(x) for x in fact)}")
    return "\n".join(lines)


def to_json(scores: dict[str, Score]) -> dict[str, Any]:
    return {
        c: {
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
            "gold": s.gold,
            "pred": s.pred,
            "misses": [{"article": a, "fact": list(f)} for a, f in s.misses],
            "extras": [{"article": a, "fact": list(f)} for a, f in s.extras],
        }
        for c, s in scores.items()
    }
