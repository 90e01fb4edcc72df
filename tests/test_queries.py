"""Every named query: a header a reader understands, and its golden answer on the seed graph.

Set GOVKG_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change; review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pyoxigraph import Store

from govkg.backend import Embedded
from govkg.queries import catalogue, run_query

from .conftest import ROOT

QUERIES = catalogue(ROOT / "queries")
GOLDEN = Path(__file__).parent / "queries" / "golden"


def test_there_are_at_least_twelve_questions() -> None:
    assert len(QUERIES) >= 12


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_header(query) -> None:  # type: ignore[no-untyped-def]
    assert query.title and query.question.endswith("?"), query.path
    for name in query.params:
        assert f"?{name}" in query.text, f"{query.name}: parameter {name} is not used"


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_golden_result(query, seed_store: Store) -> None:  # type: ignore[no-untyped-def]
    names, rows = run_query(Embedded(seed_store), query.text)
    golden = GOLDEN / f"{query.name}.json"
    if os.environ.get("GOVKG_UPDATE_GOLDEN"):
        golden.write_text(
            json.dumps({"columns": names, "rows": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert names == expected["columns"]
    # Compared as multisets: ORDER BY ties and collation are not part of a query's answer.
    assert sorted(rows, key=json.dumps) == sorted(expected["rows"], key=json.dumps)
