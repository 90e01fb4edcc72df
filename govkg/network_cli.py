"""The network commands of `govkg`: network, measures, export, plot.

Kept out of cli.py so the network work has one module; cli.parser() calls `register(sub)` once.
Errors are one line naming what is wrong, like the other commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from govkg import exports, measures, networks
from govkg.backend import Backend, Embedded
from govkg.lazy import networkx as nx
from govkg.queries import QueryError

DEFAULT_BUILD = Path(__file__).resolve().parent.parent / "data" / "build"
MEASURES = ("centrality", "communities", "bridges", "timeline", "chairs")
err = Console(stderr=True, highlight=False)


def open_backend(args: argparse.Namespace) -> Backend:
    """The graph to read: a SPARQL endpoint when --endpoint is given, else the build's store."""
    if args.endpoint:
        from govkg.remote import Remote

        return Remote(args.endpoint)
    return Embedded.open(args.build)


def _failures() -> tuple[type[Exception], ...]:
    """The errors reported in one line: bad input, a missing build, an endpoint that fails."""
    try:
        from govkg.remote import RemoteError
    except ImportError:  # the remote backend is optional here
        return (QueryError, FileNotFoundError, ValueError, SyntaxError)
    return (QueryError, FileNotFoundError, ValueError, SyntaxError, RemoteError)


def _filters(p: argparse.ArgumentParser, doc_type: bool = False) -> None:
    p.add_argument("--from", dest="since", metavar="DATE", help="from this day on (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="until", metavar="DATE", help="up to this day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--unit", metavar="LABEL", help='a unit label, e.g. "tỉnh Thanh Hóa" (units inside it count too)')
    p.add_argument(
        "--role", metavar="CODE", help="meeting role (chair, attend, …); for careers a post role (bi-thu, chu-tich, …)"
    )
    if doc_type:
        p.add_argument(
            "--type", dest="doc_type", metavar="CODE", help="cascade only: document type (NQ, KH, QĐ, CT, KL)"
        )
    _source(p)


def _source(p: argparse.ArgumentParser) -> None:
    p.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="build folder (default data/build)")
    p.add_argument("--endpoint", metavar="URL", help="read a SPARQL 1.1 endpoint instead of the build")


def project(backend: Backend, name: str, args: argparse.Namespace) -> nx.Graph:
    """Build the named projection with the filters given on the command line."""
    since, until, unit, role = args.since, args.until, args.unit, args.role
    doc_type = getattr(args, "doc_type", None)
    if name == "cascade":
        if role:
            raise QueryError("--role does not apply to the cascade (documents have no role); use --type")
        return networks.resolution_cascade(backend, since=since, until=until, unit=unit, doc_type=doc_type)
    if doc_type:
        raise QueryError("--type applies only to the cascade")
    return networks.PROJECTIONS[name](backend, since=since, until=until, unit=unit, role=role)


def cmd_network(args: argparse.Namespace) -> int:
    g = project(open_backend(args), args.projection, args)
    written = exports.write_graph(g, args.output, args.format)
    err.print(
        f"{args.projection}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges → {', '.join(map(str, written))}"
    )
    return 0


def _measure(backend: Backend, args: argparse.Namespace) -> measures.Table:
    if args.measure == "centrality":
        return measures.centrality(project(backend, args.projection, args), sample=args.sample)
    if args.measure == "communities":
        return measures.communities(project(backend, args.projection, args))
    if args.measure == "bridges":
        meetings = project(backend, "meetings", args)
        # The role filter is a meeting role; careers take post roles, so they are read unfiltered by role.
        careers = networks.careers(backend, since=args.since, until=args.until, unit=args.unit)
        return measures.bridges(meetings, careers)
    if args.measure == "timeline":
        return measures.timelines(project(backend, "careers", args), args.official)
    return measures.top_chairs(project(backend, "meetings", args), by=args.by)


def cmd_measures(args: argparse.Namespace) -> int:
    table = _measure(open_backend(args), args)
    if args.measure == "timeline" and args.official and not table:
        raise QueryError(f"no official named {args.official!r} holds a post in this selection")
    if args.output:
        exports.write_table(table, args.output, args.format)
        err.print(f"{args.measure}: {len(table)} rows → {args.output}")
    else:
        sys.stdout.write(exports.format_table(table, args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from govkg import ftm, popolo

    backend = open_backend(args)
    if args.what == "csv":
        out = args.output or Path("govkg-tables")
        written = exports.write_tables(backend, out)
        err.print(f"wrote {len(written)} tables → {out}/ ({', '.join(p.name for p in written)})")
    elif args.what == "ftm":
        out = args.output or Path("govkg.ftm.jsonl")
        err.print(f"wrote {ftm.write_ftm(exports.load_tables(backend), out)} FollowTheMoney entities → {out}")
    else:
        out = args.output or Path("govkg.popolo.json")
        counts = popolo.write_popolo(exports.load_tables(backend), out)
        err.print(f"wrote Popolo {', '.join(f'{n} {k}' for k, n in counts.items())} → {out}")
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    from govkg import plots

    if args.output.suffix.lower() not in (".png", ".svg"):
        raise QueryError(f"{args.output}: the picture must be a .png or .svg file")
    backend = open_backend(args)
    if args.what == "timeline":
        if not args.target:
            raise QueryError('name the official: govkg plot timeline "Lê Đình Hải" -o FILE')
        table = measures.timelines(project(backend, "careers", args), args.target)
        if not table:
            raise QueryError(f"no official named {args.target!r} holds a post in this selection")
        plots.plot_timeline(table, args.output)
    else:
        name = args.target or "co-attendance"
        if name not in networks.PROJECTIONS:
            raise QueryError(f"no projection {name!r}; known: {', '.join(networks.PROJECTIONS)}")
        g = project(backend, name, args)
        plots.plot_network(
            g,
            args.output,
            title=f"{g.graph.get('name', name)}  ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)",
        )
    err.print(f"drew {args.what} → {args.output}")
    return 0


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn a bad filter, a missing build or a query error into one line and exit status 1."""

    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except _failures() as e:
            err.print(f"error: {e}")
            return 1

    return run


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the network, measures, export and plot commands to govkg's parser."""
    projections = list(networks.PROJECTIONS)

    n = sub.add_parser("network", help="write a network projection as GraphML, GEXF, node-link JSON or CSV")
    n.add_argument(
        "projection", choices=projections, help="meetings (officials × meetings), co-attendance, careers, cascade"
    )
    _filters(n, doc_type=True)
    n.add_argument("--format", "-f", choices=exports.GRAPH_FORMATS, default="graphml")
    n.add_argument("-o", "--output", type=Path, required=True)
    n.set_defaults(func=_guarded(cmd_network))

    m = sub.add_parser("measures", help="centrality, communities, bridging officials, career timelines, top chairs")
    m.add_argument("measure", choices=MEASURES)
    m.add_argument("--projection", choices=projections, default="co-attendance", help="for centrality and communities")
    m.add_argument("--official", metavar="NAME", help="timeline: one official (name or IRI)")
    m.add_argument("--by", choices=("year", "all"), default="year", help="chairs: period")
    m.add_argument(
        "--sample", type=int, metavar="K", help="centrality: estimate betweenness from K sources (large graphs)"
    )
    _filters(m, doc_type=True)
    m.add_argument("--format", "-f", choices=("csv", "json"), default="csv")
    m.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    m.set_defaults(func=_guarded(cmd_measures))

    e = sub.add_parser("export", help="FollowTheMoney entities, Popolo JSON, or CSV tables")
    e.add_argument("what", choices=("ftm", "popolo", "csv"))
    e.add_argument("-o", "--output", type=Path, help="file (ftm, popolo) or folder (csv)")
    _source(e)
    e.set_defaults(func=_guarded(cmd_export))

    p = sub.add_parser("plot", help="draw a network or an official's timeline as PNG or SVG")
    p.add_argument("what", choices=("network", "timeline"))
    p.add_argument(
        "target", nargs="?", help="network: a projection (default co-attendance); timeline: the official's name"
    )
    _filters(p, doc_type=True)
    p.add_argument("-o", "--output", type=Path, required=True, help="a .png or .svg file")
    p.set_defaults(func=_guarded(cmd_plot))
