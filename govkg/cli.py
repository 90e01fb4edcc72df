"""The `govkg` command: build, validate, query, facts.

Every command prints one-line errors that name the file at fault and exits non-zero; no traceback
reaches the user for bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from govkg import build as builder
from govkg import remote_cli
from govkg.atomic import write_text
from govkg.backend import Embedded
from govkg.queries import QueryError, choices, format_rows, parse_query, resolve_query, run_query

ROOT = builder.ROOT
DEFAULT_ARTICLES = ROOT / "data" / "articles"
DEFAULT_BUILD = ROOT / "data" / "build"
err = Console(stderr=True, highlight=False)


def _with_progress(quiet: bool, run: Callable[[builder.Progress | None], builder.Build]) -> builder.Build:
    """Run a build with a progress bar on a terminal (or when GOVKG_PROGRESS=1)."""
    if quiet or (not sys.stderr.isatty() and os.environ.get("GOVKG_PROGRESS") != "1"):
        return run(None)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
    ) as bar:
        task = bar.add_task("reading articles", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(tick)


def _report_errors(errors: list[str]) -> None:
    for e in errors:
        err.print(f"[red]error[/red]: {e}", soft_wrap=True)


def cmd_build(args: argparse.Namespace) -> int:
    paths = args.paths or [DEFAULT_ARTICLES]
    result = _with_progress(
        args.quiet,
        lambda tick: builder.build_folder(
            paths, args.out, args.workers, tick, args.full, not args.no_export, args.identity, not args.add
        ),
    )
    _report_errors(result.errors)
    if args.stats:
        args.stats.write_text(json.dumps({k: round(v, 3) for k, v in result.seconds.items()}), encoding="utf-8")
    if not result.articles and not result.unchanged:
        err.print("error: no article could be built; the previous build, if any, is untouched")
        return 1
    issues = sum(result.issue_counts.values())
    err.print(
        f"built {len(result.articles)} articles, {result.unchanged} unchanged, {len(result.removed)} removed, "
        f"{len(result.errors)} skipped → {args.out}  [{issues} unknown values → issues.jsonl]"
    )
    return 2 if result.errors else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from govkg.validate import report, validate_build

    try:
        server = remote_cli.remote(args)
        findings = remote_cli.validate(server) if server else validate_build(args.build, args.workers, args.engine)
    except FileNotFoundError as e:
        err.print(f"error: {e}")
        return 1
    print(report(findings, args.format), end="")
    return 1 if any(f.severity == "Violation" for f in findings) else 0


def cmd_query(args: argparse.Namespace) -> int:
    try:
        sparql = resolve_query(args.query, ROOT / "queries")
        if args.choices:
            declared = parse_query(sparql).params
            if declared and args.choices not in declared:
                raise QueryError(f"{args.query} has no parameter {args.choices!r}; it takes: {', '.join(declared)}")
            print("\n".join(choices(remote_cli.backend(args), args.choices)))
            return 0
        params = dict(p.split("=", 1) for p in args.param)
        names, rows = run_query(remote_cli.backend(args), sparql, params)
    except (QueryError, FileNotFoundError, ValueError, SyntaxError) as e:
        err.print(f"error: {e}")
        return 1
    print(format_rows(names, rows, args.format, args.limit))
    return 0


def _facts(paths: list[Path], workers: int, args: argparse.Namespace) -> tuple[list[dict[str, object]], list[str]]:
    """Build the articles into an in-memory store and read each article's facts back by SPARQL.

    With an endpoint, the facts of those articles' graphs are read from the server instead."""
    from pyoxigraph import Store

    from govkg.facts import article_facts

    server = remote_cli.remote(args)
    if server is not None:
        found, missing = remote_cli.remote_facts(server, paths)
        _report_errors(missing)
        return found, missing

    result = builder.build(paths, workers)
    _report_errors(result.errors)
    store = Store()
    builder.to_store(result, store)
    backend = Embedded(store)
    return [article_facts(backend, stem) for stem in sorted(result.articles)], result.errors


def cmd_facts(args: argparse.Namespace) -> int:
    facts, errors = _facts(args.paths, args.workers, args)
    write_text(args.output, "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts))
    err.print(f"wrote facts of {len(facts)} articles → {args.output}")
    return 2 if errors else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from govkg import evaluate

    if not args.gold.is_dir():
        err.print(f"error: {args.gold}: not a folder of gold files")
        return 1
    gold = evaluate.load_gold(args.gold)
    if args.facts:
        lines = args.facts.read_text(encoding="utf-8").splitlines()
        predicted = {Path(str(o["article"])).stem: o for o in map(json.loads, filter(str.strip, lines))}
    else:
        facts, _ = _facts(args.paths or [args.gold.parent / "articles"], args.workers, args)
        predicted = {str(f["article"]): f for f in facts}
    scores = evaluate.evaluate(gold, predicted)
    if args.format == "json":
        print(json.dumps(evaluate.to_json(scores), ensure_ascii=False, indent=1))
    else:
        print(evaluate.render(scores, details=not args.summary))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govkg", description="A knowledge graph of Vietnamese local governance.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph from article files or folders")
    b.add_argument("paths", nargs="*", type=Path, help=f"article files or folders (default {DEFAULT_ARTICLES})")
    b.add_argument("-o", "--out", type=Path, default=DEFAULT_BUILD, help="output folder (default data/build)")
    b.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1)
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    scope = b.add_mutually_exclusive_group()
    scope.add_argument("--full", action="store_true", help="rebuild from scratch instead of updating an earlier build")
    scope.add_argument(
        "--add",
        action="store_true",
        help="add or replace only these articles in the earlier build, keeping all others (no scan of the corpus)",
    )
    b.add_argument("--no-export", action="store_true", help="skip writing graph.trig and graph.nq")
    b.add_argument("--stats", type=Path, help="write the seconds spent in each stage to this JSON file")
    b.add_argument(
        "--identity", type=Path, help="a steward's merges and splits (default data/lookup/identity_overrides.tsv)"
    )
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("validate", help="check the built graph against the SHACL shapes")
    v.add_argument("--build", type=Path, default=DEFAULT_BUILD)
    v.add_argument("--format", choices=("text", "json"), default="text")
    v.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1)
    v.add_argument(
        "--engine",
        choices=("sparql", "pyshacl"),
        default="sparql",
        help="core shapes as SPARQL on the store (default) or with pySHACL on the article files",
    )
    remote_cli.add_endpoint_options(v)
    v.set_defaults(func=cmd_validate)

    q = sub.add_parser("query", help="run a named query, a .rq file, or inline SPARQL")
    q.add_argument("query", help="query name (see queries/), path to a .rq file, or SPARQL text")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE")
    q.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=int, default=0, help="table rows to show (0: all)")
    q.add_argument("--choices", metavar="PARAM", help="list the values a parameter can take (name, unit, stem, …)")
    q.add_argument("--build", type=Path, default=DEFAULT_BUILD)
    remote_cli.add_endpoint_options(q)
    q.set_defaults(func=cmd_query)

    f = sub.add_parser("facts", help="build from articles and write each article's facts as JSON lines")
    f.add_argument("paths", nargs="+", type=Path)
    f.add_argument("-o", "--output", type=Path, required=True)
    f.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1)
    remote_cli.add_endpoint_options(f)
    f.set_defaults(func=cmd_facts)

    e = sub.add_parser("eval", help="score the facts of articles against a folder of gold files")
    e.add_argument("gold", type=Path, help="folder of <article stem>.json gold files")
    e.add_argument("paths", nargs="*", type=Path, help="article files or folders (default: GOLD/../articles)")
    e.add_argument("--facts", type=Path, help="score this facts.jsonl instead of building")
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.add_argument("--summary", action="store_true", help="only the table, not every miss and extra")
    e.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1)
    remote_cli.add_endpoint_options(e)
    e.set_defaults(func=cmd_eval)

    from govkg import network_cli  # network, measures, export, plot: their own module

    network_cli.register(sub)
    remote_cli.register(sub)  # push: publish a build to a SPARQL server
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        err.print("interrupted; nothing was written")
        return 130
    except OSError as e:
        err.print(f"error: {e.filename or ''}: {e.strerror or e}")
        return 1
    except remote_cli.ERRORS as e:  # a SPARQL server down, refusing, failing or too slow: one line
        err.print(f"error: {e}", soft_wrap=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
