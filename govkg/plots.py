"""Pictures: a network drawing and an official's career timeline, as PNG or SVG (by file suffix).

Labels are Vietnamese, so the font is pinned to DejaVu Sans, which ships with matplotlib and covers
the Vietnamese letters with their stacked diacritics (ằ, ễ, ự, …); a system default may not. SVG
text is written as paths, so the file looks the same where the font is missing.
"""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display; must precede pyplot

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from govkg.measures import Table

FONT = "DejaVu Sans"
COLOURS = {
    "official": "#d95f02",
    "meeting": "#1b9e77",
    "post": "#7570b3",
    "organ": "#e7298a",
    "unit": "#66a61e",
    "document": "#e6ab02",
}
LABELS_SHOWN = 80  # beyond this many nodes only the best connected are labelled, or the picture is ink
DRAWN = 1500  # a bigger network is drawn as its best-connected nodes: more is ink, and slow to lay out


def _style() -> None:
    plt.rcParams.update({"font.family": FONT, "svg.fonttype": "path", "axes.unicode_minus": False})


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _node_label(g: nx.Graph, n: str) -> str:
    d = g.nodes[n]
    if d.get("kind") == "meeting":  # meeting names are sentences; the day and unit say which one
        return "\n".join(x for x in (str(d.get("date", "")), str(d.get("unit_label", ""))) if x) or _short(
            str(d.get("label", n))
        )
    return _short(str(d.get("label", n)))


def _layout(g: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own and the components set in a grid, largest
    first: one spring layout of many small components scatters them and piles labels together."""
    parts = sorted(nx.connected_components(g.to_undirected(as_view=True)), key=lambda c: (-len(c), min(map(str, c))))
    columns = max(1, round(len(parts) ** 0.5))
    pos: dict[str, tuple[float, float]] = {}
    for i, part in enumerate(parts):
        sub = g.subgraph(part)
        # Kamada-Kawai places a small component by its path lengths, so clusters joined by one bridge
        # stay readable; past a few hundred nodes it is too slow and the spring layout takes over.
        if len(part) == 1:
            local = {n: (0.0, 0.0) for n in part}
        elif len(part) <= 300:
            local = nx.kamada_kawai_layout(sub, pos=nx.spring_layout(sub, seed=seed))
        else:
            local = nx.spring_layout(sub, seed=seed, k=1.5 / len(part) ** 0.5, iterations=100)
        scale = 0.42 * (len(part) ** 0.5 / max(len(parts[0]), 1) ** 0.5 if i else 1.0)
        row, col = divmod(i, columns)
        for n, (x, y) in local.items():
            pos[n] = (col + 0.5 + scale * float(x), -(row + 0.5) + scale * float(y))
    return pos


# Projections whose nodes come in kinds that follow one another are drawn in columns, left to right:
# a career reads official → post → organ → unit, a cascade document → meeting → unit, meetings
# (in order of date) → the officials who took part.
LAYERS = (("official", "post", "organ", "unit"), ("document", "meeting", "unit"), ("meeting", "official"))
LAYERED_UP_TO = 150  # nodes in the fullest column; beyond that a column is a smear and the force layout is used


def _columns(g: nx.Graph) -> tuple[str, ...] | None:
    kinds = {str(d.get("kind")) for _, d in g.nodes(data=True)}
    return next((order for order in LAYERS if kinds == set(order) or (kinds < set(order) and len(kinds) > 1)), None)


def _layered(g: nx.Graph, order: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Columns by kind; within a column nodes sit at the mean height of their neighbours in the
    columns already placed (barycentre ordering), so edges cross little."""
    und = g.to_undirected(as_view=True)
    pos: dict[str, tuple[float, float]] = {}
    for x, kind in enumerate(order):
        column = [n for n, d in g.nodes(data=True) if d.get("kind") == kind and n not in pos]

        def height(n: str) -> tuple[float, str]:
            placed = [pos[m][1] for m in und[n] if m in pos]
            return (-sum(placed) / len(placed) if placed else 0.0, str(g.nodes[n].get("date", "")) + _node_label(g, n))

        for rank, n in enumerate(sorted(column, key=height)):
            pos[n] = (float(x), -float(rank) * max(1.0, 12.0 / max(len(column), 1)))
    return pos


def plot_network(g: nx.Graph, path: Path, title: str = "", seed: int = 7) -> Path:
    """Draw a projection: nodes coloured by kind, sized by degree, edges widened by weight."""
    _style()
    total = g.number_of_nodes()
    if total > DRAWN:
        degree = dict(g.degree())
        g = g.subgraph(sorted(g.nodes, key=lambda v: (-degree[v], str(v)))[:DRAWN])
        title = f"{title or g.graph.get('name', '')}: the {DRAWN:,} best-connected of {total:,} nodes"
    n = g.number_of_nodes()
    size = min(24.0, 8.0 + n**0.5)
    fig, ax = plt.subplots(figsize=(size, size * 0.75))
    if n:
        order = _columns(g)
        fullest = (
            max((sum(1 for _, d in g.nodes(data=True) if d.get("kind") == k) for k in order), default=0) if order else 0
        )
        pos = _layered(g, order) if order and fullest <= LAYERED_UP_TO else _layout(g, seed)
        degree = dict(g.degree())
        colours = [COLOURS.get(str(g.nodes[v].get("kind")), "#999999") for v in g.nodes]
        top = max(degree.values()) or 1
        sizes = [(60 + 500 * degree[v] / top) * (1.0 if n <= 200 else 0.4) for v in g.nodes]
        widths = [0.6 + float(d.get("weight", 1)) for _, _, d in g.edges(data=True)]
        arrows = {"arrows": True, "arrowsize": 8} if g.is_directed() else {}
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, alpha=0.45, edge_color="#555555", **arrows)
        nx.draw_networkx_nodes(
            g, pos, ax=ax, node_color=colours, node_size=sizes, alpha=0.9, linewidths=0.5, edgecolors="white"
        )
        shown = sorted(g.nodes, key=lambda v: (-degree[v], str(v)))[:LABELS_SHOWN]
        nx.draw_networkx_labels(
            g, pos, labels={v: _node_label(g, v) for v in shown}, ax=ax, font_size=9, font_family=FONT
        )
        kinds = sorted({str(g.nodes[v].get("kind")) for v in g.nodes})
        handles = [Line2D([], [], marker="o", ls="", color=COLOURS.get(k, "#999999"), label=k) for k in kinds]
        ax.legend(handles=handles, loc="lower right", frameon=False)
    else:
        ax.text(0.5, 0.5, "no nodes match these filters", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title or str(g.graph.get("name", "")), fontsize=14)
    ax.margins(0.15)  # room for the labels of the outermost nodes
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _day(text: str, end: bool = False) -> date:
    """An attestation as a day: "2024" and "2024-05" become the first (or last) day they cover."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1] if end else 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def _num(d: date) -> float:
    """A day on the x axis: days since 1970-01-01, matplotlib's date epoch."""
    return float((d - date(1970, 1, 1)).days)


def _month(x: float, _pos: int | None = None) -> str:
    return date.fromordinal(int(x) + date(1970, 1, 1).toordinal()).strftime("%Y-%m")


def plot_timeline(timeline: Table, path: Path, title: str = "") -> Path:
    """An official's posts (rows of measures.timelines) as bars from first to last day seen.

    Homonyms are kept apart by the graph, so rows of two people with one name are drawn with a
    number per person; posts never seen on a known day are listed under the chart."""
    _style()
    people = list(dict.fromkeys(str(r["person"]) for r in timeline))
    dated = [r for r in timeline if r.get("first_seen")]
    undated = [r for r in timeline if not r.get("first_seen")]
    fig, ax = plt.subplots(figsize=(11, 1.8 + 0.55 * max(len(dated), 1) + 0.25 * len(undated)))

    def name(r: dict[str, str | int | float]) -> str:
        post = _short(str(r["post"]), 60)
        return f"{post}  [{people.index(str(r['person'])) + 1}]" if len(people) > 1 else post

    if dated:
        for i, r in enumerate(dated):
            start, stop = _day(str(r["first_seen"])), _day(str(r["last_seen"] or r["first_seen"]), end=True)
            ax.barh(i, max((stop - start).days, 1), left=_num(start), height=0.5, color=COLOURS["post"], alpha=0.85)
            ax.plot(_num(start), i, "o", color=COLOURS["official"])
            ax.text(_num(stop), i, f"  {r['first_seen']} → {r['last_seen']}", va="center", fontsize=8)
        ax.set_yticks(range(len(dated)), [name(r) for r in dated])
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(FuncFormatter(_month))
        lo = min(_num(_day(str(r["first_seen"]))) for r in dated)
        hi = max(_num(_day(str(r["last_seen"] or r["first_seen"]), end=True)) for r in dated)
        ax.set_xlim(lo - 120, hi + 240)
        ax.grid(axis="x", alpha=0.3)
    else:
        ax.text(0.5, 0.5, "no post seen on a known day", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    if undated:
        note = "seen without a known day: " + "; ".join(name(r) for r in undated)
        fig.text(0.01, 0.01, note, fontsize=8, ha="left", va="bottom", wrap=True)
    who = str(timeline[0]["official"]) if timeline else ""
    several = f" ({len(people)} officials of this name)" if len(people) > 1 else ""
    ax.set_title(title or f"{who}{several}: các chức vụ theo thời gian (posts over time)", fontsize=12)
    fig.tight_layout(rect=(0, 0.05 if undated else 0, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
