"""Exports others' tools open: GraphML/GEXF/node-link JSON read back by networkx's own readers, CSV
tables, FollowTheMoney entities checked with the followthemoney model, Popolo JSON checked against
schemas/popolo.json, and the pictures."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from pyoxigraph import Store

from govkg import exports, ftm, measures, networks, plots, popolo
from govkg.backend import Embedded
from loaders.gazetteer import default_gazetteer

from .conftest import SEEDS

PROJECTIONS = sorted(networks.PROJECTIONS)


@pytest.fixture(scope="module")
def backend(seed_store: Store) -> Embedded:
    return Embedded(seed_store)


@pytest.fixture(scope="module")
def tables(backend: Embedded) -> exports.Tables:
    return exports.load_tables(backend)


def _edges(g: nx.Graph) -> dict[object, dict[str, object]]:
    key = (lambda u, v: (u, v)) if g.is_directed() else (lambda u, v: frozenset((u, v)))
    return {key(u, v): dict(d) for u, v, d in g.edges(data=True)}


@pytest.mark.parametrize("name", PROJECTIONS)
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_files_round_trip_through_networkx_readers(
    backend: Embedded, tmp_path: Path, name: str, fmt: str
) -> None:
    g = networks.PROJECTIONS[name](backend)
    assert g.number_of_edges() > 0
    path = tmp_path / f"{name}.{fmt}"
    exports.write_graph(g, path, fmt)
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path, node_type=str)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert back.is_directed() == g.is_directed()
    assert set(back.nodes) == set(g.nodes)
    assert _edges(back).keys() == _edges(g).keys()
    for n, d in g.nodes(data=True):
        got = dict(back.nodes[n])
        got.pop("id", None)  # GEXF keeps the node id as an attribute too
        assert got == d, n
    expected, got_edges = _edges(g), _edges(back)
    for k, d in expected.items():
        got = dict(got_edges[k])
        got.pop("id", None)
        assert got == d, k


def test_safe_graph_drops_nulls_and_joins_lists() -> None:
    g = nx.Graph()
    g.add_node("a", label="Lê Đình Hải", missing=None, roles=["chair", "attend"], n=3)
    safe = exports.safe_graph(g)
    assert safe.nodes["a"] == {"label": "Lê Đình Hải", "roles": "attend|chair", "n": 3}


def test_graph_as_csv_edges_and_nodes(backend: Embedded, tmp_path: Path) -> None:
    written = exports.write_graph(networks.co_attendance(backend), tmp_path / "co.csv", "csv")
    edges = list(csv.DictReader(written[0].open(encoding="utf-8")))
    nodes = list(csv.DictReader(written[1].open(encoding="utf-8")))
    assert len(edges) == 4 and {"source", "target", "weight", "dates"} <= set(edges[0])
    assert {n["label"] for n in nodes} == {
        "Phạm Tiến Dũng",
        "Bùi Huy Toàn",
        "Nguyễn Văn Thi",
        "Nguyễn Văn Tuấn",
        "Lê Văn Dậu",
    }


def test_csv_tables(backend: Embedded, tmp_path: Path) -> None:
    written = exports.write_tables(backend, tmp_path / "tables")
    counts = {p.stem: list(csv.DictReader(p.open(encoding="utf-8"))) for p in written}
    assert {k: len(v) for k, v in counts.items()} == {
        "officials": 7,
        "holdings": 12,
        "meetings": 9,  # four conferences, the Thọ Xuân plenum, four congresses cited
        "participations": 12,
        "organs": 16,
        "units": len(default_gazetteer().rows) + 1,  # the reference units, and the nation
        "resolutions": 2,
        "targets": 32,
    }
    hai = [r for r in counts["holdings"] if r["official"] == "Lê Đình Hải"]
    assert {(r["postLabel"], r["firstSeen"], r["lastSeen"], r["daysSeen"]) for r in hai} == {
        ("Bí thư Huyện ủy Thọ Xuân", "2024-12-30", "2024-12-30", "1"),
        ("Chủ tịch HĐND huyện Thọ Xuân", "2024-12-30", "2024-12-30", "1"),
    }
    assert {r["number"]: r["meetings"] for r in counts["resolutions"]} == {"10-NQ/TU": "1", "03-NQ/HU": "1"}


def test_followthemoney_entities_validate_with_its_model(tables: exports.Tables, tmp_path: Path) -> None:
    fmodel = pytest.importorskip("followthemoney").model
    path = tmp_path / "e.ftm.jsonl"
    n = ftm.write_ftm(tables, path)
    entities = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(entities) == n
    schemata = {e["id"]: e["schema"] for e in entities}
    assert len(schemata) == n, "entity ids are unique"
    counts: dict[str, int] = {}
    for e in entities:
        counts[e["schema"]] = counts.get(e["schema"], 0) + 1
        schema = fmodel.get(e["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(e) is None  # raises InvalidData on a bad value
        assert set(schema.required) <= set(e["properties"]), e
        for name, values in e["properties"].items():
            prop = schema.get(name)
            assert prop is not None and not prop.stub, (e["schema"], name)
            for value in values:
                assert prop.type.validate(value), (name, value)
                if prop.type.name == "entity":  # references resolve, to an entity of the right schema
                    assert fmodel.get(schemata[value]).is_a(prop.range), (name, value)
        # Already clean: FtM's own cleaning changes nothing.
        assert fmodel.get_proxy(e).to_dict()["properties"] == e["properties"]
    assert counts == {"PublicBody": 16, "Person": 7, "Position": 12, "Occupancy": 12, "Event": 9, "UnknownLink": 7}
    dung = next(e for e in entities if e["schema"] == "Person" and e["properties"]["name"] == ["Phạm Tiến Dũng"])
    assert dung["properties"]["alias"] == ["Phạm Tiến Dung"]


def test_followthemoney_ids_are_valid_for_any_iri() -> None:
    assert ftm.entity_id("https://w3id.org/govkg/id/person/pham-tien-dung") == "govkg.person.pham-tien-dung"
    odd = ftm.entity_id("https://w3id.org/govkg/id/event/dev_101_hau_loc/1")
    assert odd.startswith("govkg.event.dev-101-hau-loc.1-") and odd != ftm.entity_id(
        "https://w3id.org/govkg/id/event/dev-101-hau-loc/1"
    )


def _popolo_validator() -> object:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(popolo.SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_popolo_validates_against_the_schema(tables: exports.Tables, tmp_path: Path) -> None:
    validator = _popolo_validator()
    path = tmp_path / "p.json"
    counts = popolo.write_popolo(tables, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]  # type: ignore[attr-defined]
    assert errors == []
    areas = len(default_gazetteer().rows) + 1  # the reference units, and the nation
    assert counts == {"persons": 7, "organizations": 16, "areas": areas, "posts": 12, "memberships": 12, "events": 9}
    ids = {kind: {r["id"] for r in doc[kind]} for kind in counts}
    for m in doc["memberships"]:  # every reference resolves
        assert (
            m["person_id"] in ids["persons"]
            and m["post_id"] in ids["posts"]
            and m["organization_id"] in ids["organizations"]
        )
    for e in doc["events"]:
        assert all(p["person_id"] in ids["persons"] for p in e.get("participants", []))
    for o in doc["organizations"]:
        assert o["area_id"] in ids["areas"]
        assert "parent_id" not in o or o["parent_id"] in ids["organizations"]
    plenum = next(e for e in doc["events"] if e["classification"] == "Plenum")
    assert plenum["start_date"] == "2022-04-05" and "participants" not in plenum


def test_popolo_schema_rejects_what_the_spec_does_not_allow() -> None:
    validator = _popolo_validator()
    bad = {
        "persons": [{"id": "x"}],
        "memberships": [{"person_id": "x", "start_date": "30/12/2024"}],
        "events": [{"name": "e", "when": "?"}],
    }
    messages = [e.message for e in validator.iter_errors(bad)]  # type: ignore[attr-defined]
    assert len(messages) == 3, messages


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_pictures_render(backend: Embedded, tmp_path: Path, suffix: str) -> None:
    net = plots.plot_network(networks.official_meetings(backend), tmp_path / f"net{suffix}")
    timeline = measures.timelines(networks.careers(backend), "Phạm Tiến Dũng")
    line = plots.plot_timeline(timeline, tmp_path / f"timeline{suffix}")
    for path in (net, line):
        data = path.read_bytes()
        if suffix == ".png":
            assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
            from PIL import Image

            with Image.open(path) as im:
                im.verify()
        else:
            assert ET.fromstring(data).tag.endswith("svg")


def _govkg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govkg.cli", *map(str, args)], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("net") / "build"
    result = _govkg("build", SEEDS, "-o", out, "-q")
    assert result.returncode == 0, result.stderr
    return out


def test_cli_network_measures_export_plot(built: Path, tmp_path: Path) -> None:
    graphml = tmp_path / "co.graphml"
    assert _govkg("network", "co-attendance", "--build", built, "-o", graphml).returncode == 0
    assert nx.read_graphml(graphml).number_of_edges() == 4
    ran = _govkg(
        "network", "meetings", "--build", built, "--unit", "huyện Hà Trung", "-f", "json", "-o", tmp_path / "m.json"
    )
    assert ran.returncode == 0 and "4 nodes, 3 edges" in ran.stderr
    chairs = _govkg("measures", "chairs", "--build", built, "-f", "json")
    assert {r["official"] for r in json.loads(chairs.stdout)} == {"Phạm Tiến Dũng", "Bùi Huy Toàn"}
    timeline = list(
        csv.DictReader(
            _govkg("measures", "timeline", "--official", "Nguyễn Văn Thi", "--build", built).stdout.splitlines()
        )
    )
    assert [r["post"] for r in timeline] == [
        "Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa",
        "Ủy viên Ban Thường vụ Tỉnh ủy Thanh Hóa",
    ]
    for what, out in [("ftm", tmp_path / "e.jsonl"), ("popolo", tmp_path / "p.json"), ("csv", tmp_path / "tables")]:
        assert _govkg("export", what, "--build", built, "-o", out).returncode == 0, what
    assert (tmp_path / "tables" / "participations.csv").exists()
    assert _govkg("plot", "timeline", "Lê Đình Hải", "--build", built, "-o", tmp_path / "t.png").returncode == 0
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["network", "cascade", "--role", "chair"], "--role does not apply to the cascade"),
        (["network", "meetings", "--type", "NQ"], "--type applies only to the cascade"),
        (["measures", "timeline", "--official", "Không Có Ai"], "no official named"),
        (["plot", "network", "meetings", "-o", "x.pdf"], "must be a .png or .svg"),
    ],
    ids=["role-on-cascade", "type-on-meetings", "unknown-official", "bad-picture-type"],
)
def test_cli_errors_are_one_line(built: Path, tmp_path: Path, args: list[str], message: str) -> None:
    if "-o" not in args and args[0] == "network":
        args = [*args, "-o", str(tmp_path / "x.graphml")]
    result = _govkg(*args, "--build", built)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
