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
from govkg.build import build, to_store
from govkg.queries import QueryError, catalogue, choices, parse_query, run_query

from .conftest import ROOT, SEEDS

QUERIES = catalogue(ROOT / "queries")
QUERY = {q.name: q for q in QUERIES}
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


SCOPED = [q for q in QUERIES if q.scope]


def test_the_questions_about_one_thing_are_scoped() -> None:
    """Each question a journalist asks about one official, unit, term or article reads only its graphs."""
    assert {q.scope for q in SCOPED} >= {"name", "unit", "stem", "term", "party", "number"}


# A commune's target and its result, reported by two articles that spell its name differently (the
# gazetteer does not know it; both spellings fold to one IRI): the seeds have no target met or missed.
SPELLED_TWO_WAYS = {
    "target": " date 2025-01 Xã đề ra chỉ tiêu\n\nUBND xã Hùng Tiến đề ra 12 chỉ tiêu chủ yếu năm 2025, trong "
    "đó: tổng vốn đầu tư phát triển toàn xã hội 200 tỷ đồng; thu ngân sách 30 tỷ đồng.\n",
    "result": " date 2026-01 Xã tổng kết\n\nTheo báo cáo của UBND xã Hưng Tiến, trong năm 2025, huy động vốn "
    "đầu tư phát triển toàn xã hội đạt 210 tỷ đồng; thu ngân sách đạt 28 tỷ đồng.\n",
}


@pytest.fixture(scope="module")
def scope_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The seeds and the two articles above."""
    folder = tmp_path_factory.mktemp("spelled")
    for name, text in SPELLED_TWO_WAYS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    store = Store()
    to_store(build([SEEDS, folder]), store)
    return store


def test_a_result_is_matched_to_its_target_whatever_its_spelling(scope_store: Store) -> None:
    """Asked with the target's spelling, the scoped question also reads the result's article."""
    query = QUERY["achievements-against-targets"].text
    _, rows = run_query(Embedded(scope_store), query, {"unit": "xã Hùng Tiến"})
    assert {(r["target"], r["achieved"], r["met"]) for r in rows} == {("200", "210", "true"), ("30", "28", "false")}
    assert {(r["targetArticle"], r["resultArticle"]) for r in rows} == {("target", "result")}


@pytest.mark.parametrize("query", SCOPED, ids=[q.name for q in SCOPED])
def test_scope_gives_the_unscoped_answer(query, scope_store: Store) -> None:  # type: ignore[no-untyped-def]
    """The `# scope:` promise holds: reading only the graphs that mention the value changes nothing,
    and the rows are those of the unparameterised question that concern the value."""
    backend = Embedded(scope_store)
    _, everything = run_query(backend, query.text)
    answered = 0
    for value in choices(backend, query.scope):
        _, scoped = run_query(backend, query.text, {query.scope: value})
        _, unscoped = run_query(backend, query.text, {query.scope: value}, scoped=False)
        assert sorted(scoped, key=json.dumps) == sorted(unscoped, key=json.dumps), value
        assert all(row in everything for row in scoped), value
        answered += bool(scoped)
    assert answered, f"{query.name}: no value of {query.scope} gives an answer"


def test_choices_list_the_values_of_a_parameter(seed_store: Store) -> None:
    units = choices(Embedded(seed_store), "unit")
    assert "huyện Thọ Xuân" in units and units == sorted(set(units))
    with pytest.raises(QueryError, match="known: name"):
        choices(Embedded(seed_store), "colour")


def test_a_scope_must_be_a_declared_parameter() -> None:
    with pytest.raises(QueryError, match="not a declared parameter"):
        parse_query("# title: t\n# scope: name\nSELECT * WHERE { ?s ?p ?o }")
