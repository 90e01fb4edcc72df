"""The command-line side of SPARQL servers: `--endpoint` on the reading commands, and `govkg push`.

Kept out of cli.py so that file only gains one option call per subcommand and one `register`.
Every server failure arrives here as a RemoteError (or ConfigError) and is printed as one line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

from govkg.backend import Backend, Embedded
from govkg.config import ConfigError, settings
from govkg.remote import Remote, RemoteError

err = Console(stderr=True, highlight=False)
ERRORS = (RemoteError, ConfigError)


def add_endpoint_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="SPARQL query endpoint to read instead of the local build "
        "(default: $GOVKG_ENDPOINT, ./govkg.toml, ~/.config/govkg/config.toml)",
    )
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="per request, for --endpoint (default 60)")


def remote(args: argparse.Namespace) -> Remote | None:
    """The configured endpoint (command line, environment, config file), or None for the local build."""
    found = settings(getattr(args, "endpoint", None), getattr(args, "timeout", None))
    return Remote.from_settings(found) if found else None


def backend(args: argparse.Namespace) -> Backend:
    return remote(args) or Embedded.open(args.build)


def stems(paths: list[Path]) -> list[str]:
    """Article stems named on the command line: folders of articles, article files, or bare stems."""
    from govkg.build import discover

    out: list[str] = []
    for p in paths:
        if p.is_dir():
            out.extend(discover([p])[0])
        else:
            out.append(p.stem if p.suffix == ".txt" else p.name)
    return sorted(set(out))


def remote_facts(server: Remote, paths: list[Path]) -> tuple[list[dict[str, Any]], list[str]]:
    """Each named article's facts read from its graph on the server; an error for each one it lacks."""
    from govkg.facts import article_facts
    from loaders import iri

    held = set(server.graph_names())
    facts, errors = [], []
    for stem in stems(paths):
        if iri.article_graph(stem).value in held:
            facts.append(article_facts(server, stem))
        else:
            errors.append(f"{stem}: no graph of this article on {server.url}")
    return facts, errors


def validate(server: Remote) -> list[Any]:
    from govkg.remote_validate import validate_remote

    with _Bar("validating article graphs") as tick:
        return validate_remote(server, tick=tick)


# -- govkg push -------------------------------------------------------------------------------------


def register(sub: Any) -> None:
    from govkg.cli import DEFAULT_BUILD

    p = sub.add_parser("push", help="publish a build to a SPARQL server (one named graph per article, resumable)")
    p.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="the build folder to publish (default data/build)")
    add_endpoint_options(p)
    p.add_argument("--store", metavar="URL", help="Graph Store Protocol endpoint (default: derived from --endpoint)")
    p.add_argument("--update", metavar="URL", help="SPARQL UPDATE endpoint (default: derived from --endpoint)")
    p.add_argument("--bulk", action="store_true", help="many graphs per request: for large builds")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_push)


def cmd_push(args: argparse.Namespace) -> int:
    from govkg.push import push

    try:
        found = settings(args.endpoint, args.timeout, update=args.update, store=args.store)
        if found is None:
            err.print("error: no endpoint: give --endpoint URL (or set GOVKG_ENDPOINT, or endpoint in govkg.toml)")
            return 1
        with _Bar("pushing graphs", args.quiet) as bar:
            outcome = push(args.build, found, bulk=args.bulk, tick=lambda done, total, _what: bar(done, total))
    except (*ERRORS, FileNotFoundError, ValueError) as e:
        err.print(f"error: {e}", soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; what was sent is recorded in push-state.json: run the same command to resume")
        return 130
    err.print(
        f"pushed {outcome.sent} graphs ({outcome.triples} triples), deleted {outcome.deleted}, "
        f"{outcome.unchanged} unchanged → {found.store}  [{outcome.seconds:.1f} s]"
    )
    return 0


class _Bar:
    """A rich progress bar on stderr when it is a terminal (or GOVKG_PROGRESS=1); else silent."""

    def __init__(self, what: str, quiet: bool = False):
        show = not quiet and (sys.stderr.isatty() or os.environ.get("GOVKG_PROGRESS") == "1")
        self.progress = (
            Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err,
            )
            if show
            else None
        )
        self.what = what

    def __enter__(self) -> Any:
        if self.progress is None:
            return lambda done, total: None
        self.progress.start()
        task = self.progress.add_task(self.what, total=None)
        progress = self.progress

        def tick(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return tick

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
