"""`govkg query` and `govkg facts` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import SEEDS, SHARED

GOVKG = [sys.executable, "-m", "govkg.cli"]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GOVKG, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "build"
    result = _run("build", SEEDS, "-o", out, "-q")
    assert result.returncode == 0, result.stderr
    return out


def test_the_sample_build_breaks_no_shape(built: Path) -> None:
    # Every unit of the reference gazetteer and every fact read from the samples conforms: a violation here is
    # a bug of the loaders, the gazetteer or the shapes, not of the data steward's corpus.
    done = _run("validate", "--build", built, "--format", "json")
    violations = [f for f in json.loads(done.stdout) if f["severity"] == "Violation"]
    assert violations == [] and done.returncode == 0


def test_query_by_name_in_three_formats(built: Path) -> None:
    as_json = json.loads(_run("query", "who-chaired-which-conference", "--build", built, "-f", "json").stdout)
    as_csv = list(
        csv.DictReader(io.StringIO(_run("query", "who-chaired-which-conference", "--build", built, "-f", "csv").stdout))
    )
    table = _run("query", "who-chaired-which-conference", "--build", built).stdout
    assert {r["official"] for r in as_json} == {"Phạm Tiến Dũng", "Bùi Huy Toàn"}
    assert [r["official"] for r in as_csv] == [r["official"] for r in as_json]
    assert "Phạm Tiến Dũng" in table and f"{len(as_json)} rows" in table


def test_query_with_a_parameter(built: Path) -> None:
    rows = json.loads(
        _run("query", "posts-of-official", "-p", "name=Lê Đình Hải", "--build", built, "-f", "json").stdout
    )
    assert {r["post"] for r in rows} == {"Bí thư Huyện ủy Thọ Xuân", "Chủ tịch HĐND huyện Thọ Xuân"}


def test_choices_of_a_parameter(built: Path) -> None:
    units = _run("query", "district-leaders", "--choices", "unit", "--build", built).stdout.splitlines()
    assert "huyện Thọ Xuân" in units and units == sorted(units)
    leaders = json.loads(
        _run("query", "district-leaders", "-p", f"unit={units[0]}", "--build", built, "-f", "json").stdout
    )
    assert leaders and {r["unit"] for r in leaders} == {units[0]}
    wrong = _run("query", "district-leaders", "--choices", "name", "--build", built)
    assert wrong.returncode == 1 and "it takes: unit" in wrong.stderr


def test_inline_sparql_and_rq_file(built: Path, tmp_path: Path) -> None:
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/govkg/ontology#Official> }"
    assert json.loads(_run("query", q, "--build", built, "-f", "json").stdout) == [{"n": "7"}]
    f = tmp_path / "q.rq"
    f.write_text(q, encoding="utf-8")
    assert json.loads(_run("query", f, "--build", built, "-f", "json").stdout) == [{"n": "7"}]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["no-such-query"], "no query named 'no-such-query'"), (["SELECT * WHERE { ?s ?p }"], "error")],
    ids=["unknown-name", "syntax-error"],
)
def test_query_errors_are_one_line(built: Path, args: list[str], message: str) -> None:
    result = _run("query", *args, "--build", built)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_query_without_a_build(tmp_path: Path) -> None:
    result = _run("query", "who-chaired-which-conference", "--build", tmp_path / "none")
    assert result.returncode == 1 and "run `govkg build` first" in result.stderr


@pytest.mark.skipif(not (SHARED / "gold" / "score.py").exists(), reason="../shared/gold not beside the repository")
def test_facts_score_against_the_gold(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    assert _run("facts", SEEDS, "-o", out).returncode == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {line["article"] for line in lines} == {p.stem for p in SEEDS.glob("*.txt")}
    score = subprocess.run(
        [sys.executable, str(SHARED / "gold" / "score.py"), str(SHARED / "gold"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    categories = json.loads(score.stdout)["categories"]
    low = {c: v["f1"] for c, v in categories.items() if v["f1"] < 0.95}
    assert not low, low


def _facts_of_one(article: Path, tmp_path: Path) -> dict[str, Any]:
    """`govkg facts` of one article, as the one line it writes."""
    out = tmp_path / "facts.jsonl"
    assert _run("facts", article, "-o", out).returncode == 0
    (facts,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert isinstance(facts, dict)
    return facts


def test_facts_keep_plans_and_decisions_apart_from_resolutions(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    """As the gold does: numbered resolutions under "resolutions", other documents under "other_documents"."""
    article = write_article(
        "Sáng 3/1, Huyện ủy Thọ Xuân tổ chức hội nghị triển khai Nghị quyết số 10-NQ/TU của Ban Thường vụ "
        "Tỉnh ủy và Kế hoạch số 120/KH-UBND của UBND huyện Thọ Xuân."
    )
    facts = _facts_of_one(article, tmp_path)
    assert [r["number"] for r in facts["resolutions"]] == ["10-NQ/TU"]
    assert [(d["number"], d["type"]) for d in facts["other_documents"]] == [("120/KH-UBND", "KH")]


def test_facts_give_a_former_post_as_written(tmp_path: Path, write_article: Callable[..., Path]) -> None:
    article = write_article(
        "Ngày 3/2/2024, Đảng ủy xã Tân Phú tổ chức lễ trao Huy hiệu Đảng. Đồng chí Võ Văn Ba, Bí thư Đảng ủy xã "
        "trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Hai, nguyên Chủ tịch UBND xã."
    )
    facts = _facts_of_one(article, tmp_path)
    titles = {o["name"]: o["titles"] for o in facts["officials"]}
    assert titles == {"Võ Văn Ba": ["Bí thư Đảng ủy xã"], "Lê Văn Hai": ["nguyên Chủ tịch UBND xã"]}


def test_facts_give_a_voter_who_spoke_as_a_speaker_not_an_official(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    article = write_article(
        "Sáng 6/5/2024, Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Trùng Khánh. Bà Nông Thị Ngân, Phó Trưởng đoàn ĐBQH "
        "tỉnh chủ trì. Cử tri Nông Văn Thượng (xóm Pác Rằng) phản ánh giá vật tư nông nghiệp tăng cao."
    )
    facts = _facts_of_one(article, tmp_path)
    assert [o["name"] for o in facts["officials"]] == ["Nông Thị Ngân"]
    assert [e["spoke"] for e in facts["events"]] == [["Nông Văn Thượng"]]


def test_facts_give_a_delegations_head_as_attending_unless_chairing(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    article = write_article(
        "Sáng 10/4/2026, đoàn công tác của thành phố do đồng chí Huỳnh Văn Minh, Chủ tịch UBND thành phố làm trưởng "
        "đoàn đã đến thăm, chúc Tết chùa Som Rong.\n\nChiều 10/4/2026, đoàn công tác của Tỉnh ủy do đồng chí Lê Văn "
        "An, Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy. Đồng chí Lê Văn An chủ trì buổi "
        "làm việc."
    )
    facts = _facts_of_one(article, tmp_path)
    assert [(e["chaired_by"], e["attended_by"]) for e in facts["events"]] == [
        ([], ["Huỳnh Văn Minh"]),
        (["Lê Văn An"], []),
    ]


def test_filter_parameters(built: Path) -> None:
    chairs = json.loads(
        _run("query", "meeting-participants", "-p", "roleCode=chair", "--build", built, "-f", "json").stdout
    )
    assert {r["role"] for r in chairs} == {"chair"} and {r["official"] for r in chairs} == {
        "Phạm Tiến Dũng",
        "Bùi Huy Toàn",
    }
    one = json.loads(
        _run("query", "article-contributions", "-p", "stem=000_dfdbdb5315070305", "--build", built, "-f", "json").stdout
    )
    assert one and {r["article"] for r in one} == {"000_dfdbdb5315070305"}


def test_build_add_updates_one_article_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "build"
    first, *rest = sorted(SEEDS.glob("*.txt"))
    assert _run("build", *rest, "-o", out, "-q").returncode == 0
    added = _run("build", "--add", first, "-o", out, "-q")
    assert added.returncode == 0, added.stderr
    assert "built 1 articles" in added.stderr and "0 removed" in added.stderr
    listed = json.loads(_run("query", "article-contributions", "--build", out, "-f", "json").stdout)
    assert {r["article"] for r in listed} == {p.stem for p in [first, *rest]}


def test_build_add_and_full_exclude_each_other(tmp_path: Path) -> None:
    result = _run("build", "--add", "--full", SEEDS, "-o", tmp_path / "b")
    assert result.returncode == 2 and "not allowed with" in result.stderr


def test_commands_other_than_the_network_ones_do_not_import_networkx() -> None:
    """networkx is a third of the start-up of every command; only network, measures, export and plot use it."""
    probe = (
        "import sys, govkg.cli\n"
        "govkg.cli.parser().parse_args(['query', 'who-chaired-which-conference'])\n"
        "import govkg.networks\n"
        "loaded = 'networkx.classes' in sys.modules\n"
        "govkg.networks.nx.Graph()  # first use imports it\n"
        "print(loaded, 'networkx.classes' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
