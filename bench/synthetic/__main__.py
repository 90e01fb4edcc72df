"""python -m bench.synthetic --articles N --seed S --out DIR

Writes DIR/articles/<stem>.txt and DIR/gold/<stem>.json for N articles, deterministically from the
seed. Articles are drawn, rendered and written one at a time, so memory stays flat whatever N is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .gold import GENERATOR, dumps, gold
from .render import render
from .story import Drawer
from .world import World


def generate(n: int, seed: int, out: Path, progress: bool = False) -> dict[str, object]:
    articles = out / "articles"
    golds = out / "gold"
    articles.mkdir(parents=True, exist_ok=True)
    golds.mkdir(parents=True, exist_ok=True)
    # A smaller corpus written over a larger one must not leave the larger one's tail behind; only
    # files this generator names are removed.
    for stale in [*articles.glob("syn_*.txt"), *golds.glob("syn_*.json")]:
        stale.unlink()
    started = time.perf_counter()
    world = World.build(seed)
    drawer = Drawer(world, seed)
    for i in range(n):
        story = drawer.draw(i)
        rendered = render(story, seed)
        record = gold(story, rendered, seed)
        with open(articles / f"{story.stem}.txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(rendered.text)
        with open(golds / f"{story.stem}.json", "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(record))
        if progress and (i + 1) % 10000 == 0:
            print(f"{i + 1} articles", file=sys.stderr)
    elapsed = time.perf_counter() - started
    manifest: dict[str, object] = {
        "generator": GENERATOR,
        "seed": seed,
        "articles": n,
        "units": len(world.units),
        "officials": len(world.people),
    }
    # The manifest sits beside, not inside, gold/: score.py reads every JSON file in the gold folder.
    with open(out / "manifest.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return {**manifest, "seconds": round(elapsed, 2), "articles_per_second": round(n / elapsed, 1) if elapsed else 0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.synthetic",
        description="Write a synthetic corpus of Vietnamese local-governance articles with gold facts: "
        "OUT/articles/<stem>.txt and OUT/gold/<stem>.json, byte-identical for the same seed.",
    )
    ap.add_argument("--articles", type=int, required=True, help="how many articles to write")
    ap.add_argument("--seed", type=int, default=1, help="the same seed writes byte-identical files")
    ap.add_argument("--out", type=Path, required=True, help="output folder (articles/ and gold/ inside)")
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be 0 or more")
    stats = generate(args.articles, args.seed, args.out, progress=not args.quiet)
    if not args.quiet:
        # Timing goes to stderr: stdout carries nothing that varies between runs.
        print(
            f"wrote {stats['articles']} articles to {args.out} in {stats['seconds']} s "
            f"({stats['articles_per_second']} articles/s)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
