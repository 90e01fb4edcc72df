"""Named governance questions (queries/*.rq): find them, bind their parameters, run, format.

A query file opens with a header of `#` lines: `# title:`, `# question:`, and one `# param: name —
meaning` per parameter. Parameters are bound by a VALUES clause placed at the start of the outer
WHERE, which every SPARQL 1.1 store understands, so the same text runs embedded or on a server.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store

from govkg.store import Row, select


class QueryError(Exception):
    pass


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    question: str
    params: dict[str, str]
    text: str


def read_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(\w+)\s*:\s*(.*)", line)
        if m and m.group(1) == "param":
            name, _, meaning = m.group(2).partition(" ")
            params[name] = meaning.strip(" —-")
        elif m:
            header[m.group(1)] = m.group(2).strip()
    return NamedQuery(path.stem, path, header.get("title", ""), header.get("question", ""), params, text)


def catalogue(directory: Path) -> list[NamedQuery]:
    return [read_query(p) for p in sorted(directory.glob("*.rq"))]


def resolve_query(spec: str, directory: Path) -> str:
    """SPARQL text from a query name, a .rq path, or the text itself."""
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", spec, re.IGNORECASE) and "{" in spec:
        return spec
    path = Path(spec)
    if path.suffix == ".rq":
        if not path.exists():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    named = directory / f"{spec}.rq"
    if not named.exists():
        names = ", ".join(q.name for q in catalogue(directory))
        raise QueryError(f"no query named {spec!r}; known: {names}")
    return named.read_text(encoding="utf-8")


def bind(sparql: str, params: dict[str, str]) -> str:
    """Bind ?name to a literal for each parameter with a VALUES clause in the outer WHERE."""
    if not params:
        return sparql
    m = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    values = " ".join(f"VALUES ?{k} {{ {_literal(v)} }}" for k, v in params.items())
    return sparql[: m.end()] + " " + values + sparql[m.end() :]


def _literal(value: str) -> str:
    if re.fullmatch(r"https?://\S+", value):
        return f"<{value}>"
    if re.fullmatch(r"-?\d+", value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run_query(store: Store, sparql: str, params: dict[str, str] | None = None) -> tuple[list[str], list[Row]]:
    return select(store, bind(sparql, params or {}))


def format_rows(names: list[str], rows: list[Row], fmt: str, limit: int = 0) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows])
        return buf.getvalue()
    return _table(names, rows[:limit] if limit else rows, len(rows))


def _table(names: list[str], rows: list[Row], total: int) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False, expand=False)
    for r in rows:
        table.add_row(*[_short(r[n]) for n in names])
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(table)
    console.print(f"{total} rows")
    return console.export_text()


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix in ("https://w3id.org/govkg/id/", "https://w3id.org/govkg/ontology#"):
        if value.startswith(prefix):
            return value[len(prefix) :]
    return value
