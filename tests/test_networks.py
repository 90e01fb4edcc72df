"""The network projections on the seed graph: exactly the nodes and edges the five seed articles support.

The expected edges are written by hand from data/articles/*.txt:
- 003 (Ngọc Lặc, 07/01/2025): Phạm Tiến Dũng and Bùi Huy Toàn "dự và chủ trì" (attend, chair); Dũng
  speaks ("Phát biểu tại hội nghị"), Toàn closes ("Phát biểu kết thúc hội nghị").
- 004 (Hà Trung, 29-6, 2023): Nguyễn Văn Thi "dự và chỉ đạo" (attend, directing speech), Nguyễn Văn
  Tuấn reports, Lê Văn Dậu speaks.
- 001 (Như Xuân, 3/1, 2024): Lương Thị Hoa gives the directing speech.
- 000 (Thọ Xuân, 30/12 in an article of 2025-01): Lê Đình Hải gives the directing speech.
- 002 (Thọ Xuân plenum 12, 5-4, 2022): no one named; it carries out 10-NQ/TU of the provincial Ban
  Thường vụ and 03-NQ/HU of the district committee.
"""

from __future__ import annotations

import networkx as nx
import pytest
from pyoxigraph import Store

from govkg import measures, networks
from govkg.backend import Embedded
from govkg.store import Row

NGOC_LAC = ("2025-01-07", "huyện Ngọc Lặc")
HA_TRUNG = ("2023-06-29", "huyện Hà Trung")
NHU_XUAN = ("2024-01-03", "huyện Như Xuân")
THO_XUAN = ("2024-12-30", "huyện Thọ Xuân")


class SelectOnly:
    """A backend with nothing but `select`: the projections must not reach past the protocol."""

    def __init__(self, inner: Embedded):
        self.inner = inner
        self.queries = 0

    def select(self, sparql: str) -> tuple[list[str], list[Row]]:
        self.queries += 1
        return self.inner.select(sparql)


@pytest.fixture(scope="module")
def backend(seed_store: Store) -> SelectOnly:
    return SelectOnly(Embedded(seed_store))


def _label(g: nx.Graph, n: str) -> str:
    return str(g.nodes[n]["label"])


def _meeting_edges(g: nx.Graph) -> set[tuple[str, str, str, str]]:
    """(official, meeting day, meeting unit, roles) for every edge."""
    out = set()
    for u, v, d in g.edges(data=True):
        person, meeting = (u, v) if g.nodes[u]["kind"] == "official" else (v, u)
        m = g.nodes[meeting]
        out.add((_label(g, person), m["date"], m["unit_label"], d["role"]))
    return out


def test_officials_meetings_has_exactly_the_seed_participations(backend: SelectOnly) -> None:
    g = networks.official_meetings(backend)  # type: ignore[arg-type]
    assert _meeting_edges(g) == {
        ("Phạm Tiến Dũng", *NGOC_LAC, "attend|chair|speech"),
        ("Bùi Huy Toàn", *NGOC_LAC, "attend|chair|closing-speech"),
        ("Nguyễn Văn Thi", *HA_TRUNG, "attend|directing-speech"),
        ("Nguyễn Văn Tuấn", *HA_TRUNG, "report"),
        ("Lê Văn Dậu", *HA_TRUNG, "speech"),
        ("Lương Thị Hoa", *NHU_XUAN, "directing-speech"),
        ("Lê Đình Hải", *THO_XUAN, "directing-speech"),
    }
    assert g.number_of_nodes() == 7 + 4  # seven officials, four meetings with someone named
    officials = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    assert nx.bipartite.is_bipartite_node_set(g, officials)
    toan = "https://w3id.org/govkg/id/person/bui-huy-toan--tinh-thanh-hoa"
    ngoc_lac = "https://w3id.org/govkg/id/event/003_1c29c3ebfa94c0f5/1"
    # "Phát biểu kết thúc hội nghị, Chủ tịch UBND huyện Bùi Huy Toàn": the capacity is on the edge.
    assert "Chủ tịch UBND huyện Ngọc Lặc" in g.edges[toan, ngoc_lac]["capacity"].split("|")
    assert g.nodes[ngoc_lac]["unit"] == "https://w3id.org/govkg/id/unit/tinh-thanh-hoa/huyen-ngoc-lac"
    assert backend.queries > 0


@pytest.mark.parametrize(
    ("filters", "officials"),
    [
        ({"role": "chair"}, {"Phạm Tiến Dũng", "Bùi Huy Toàn"}),
        ({"unit": "huyện Hà Trung"}, {"Nguyễn Văn Thi", "Nguyễn Văn Tuấn", "Lê Văn Dậu"}),
        # A province contains its districts: every seed meeting is in Thanh Hóa, none in Nghệ An.
        (
            {"unit": "tỉnh Thanh Hóa"},
            {
                "Phạm Tiến Dũng",
                "Bùi Huy Toàn",
                "Nguyễn Văn Thi",
                "Nguyễn Văn Tuấn",
                "Lê Văn Dậu",
                "Lương Thị Hoa",
                "Lê Đình Hải",
            },
        ),
        ({"unit": "tỉnh Nghệ An"}, set()),
        ({"since": "2024", "until": "2024-12"}, {"Lương Thị Hoa", "Lê Đình Hải"}),
        ({"since": "2025-01-07", "until": "2025-01-07"}, {"Phạm Tiến Dũng", "Bùi Huy Toàn"}),
        ({"until": "2023-12-31"}, {"Nguyễn Văn Thi", "Nguyễn Văn Tuấn", "Lê Văn Dậu"}),
    ],
    ids=["role", "district", "province", "other-province", "year-window", "one-day", "until"],
)
def test_filters_run_in_sparql(backend: SelectOnly, filters: dict[str, str], officials: set[str]) -> None:
    g = networks.official_meetings(backend, **filters)  # type: ignore[arg-type]
    assert {_label(g, n) for n, d in g.nodes(data=True) if d["kind"] == "official"} == officials
    if "role" in filters:
        assert {d["role"] for _, _, d in g.edges(data=True)} == {"chair"}


def _pairs(g: nx.Graph) -> dict[frozenset[str], tuple[int, str]]:
    return {frozenset((_label(g, u), _label(g, v))): (d["weight"], d["dates"]) for u, v, d in g.edges(data=True)}


def test_co_attendance_weights_and_dates(backend: SelectOnly) -> None:
    g = networks.co_attendance(backend)  # type: ignore[arg-type]
    assert _pairs(g) == {
        frozenset(("Phạm Tiến Dũng", "Bùi Huy Toàn")): (1, "2025-01-07"),
        frozenset(("Nguyễn Văn Thi", "Nguyễn Văn Tuấn")): (1, "2023-06-29"),
        frozenset(("Nguyễn Văn Thi", "Lê Văn Dậu")): (1, "2023-06-29"),
        frozenset(("Nguyễn Văn Tuấn", "Lê Văn Dậu")): (1, "2023-06-29"),
    }
    # Hoa and Hải met no one named: they are not in the co-attendance network.
    assert g.number_of_nodes() == 5
    # Only Dũng and Toàn chaired together; from 2024 on, only they shared a meeting.
    assert set(_pairs(networks.co_attendance(backend, role="chair"))) == {frozenset(("Phạm Tiến Dũng", "Bùi Huy Toàn"))}  # type: ignore[arg-type]
    assert set(_pairs(networks.co_attendance(backend, since="2024"))) == {frozenset(("Phạm Tiến Dũng", "Bùi Huy Toàn"))}  # type: ignore[arg-type]


def test_careers_official_post_organ_unit(backend: SelectOnly) -> None:
    g = networks.careers(backend)  # type: ignore[arg-type]
    paths = set()
    for person, post, d in g.edges(data=True):
        if d["relation"] != "held":
            continue
        (organ,) = g.successors(post)
        (unit,) = g.successors(organ)
        paths.add(
            (_label(g, person), _label(g, post), _label(g, organ), _label(g, unit), d["first_seen"], d["last_seen"])
        )
    ngoc_lac, ha_trung, tho_xuan, province = "2025-01-07", "2023-06-29", "2024-12-30", "tỉnh Thanh Hóa"
    assert paths == {
        ("Bùi Huy Toàn", "Chủ tịch UBND huyện Ngọc Lặc", "UBND huyện Ngọc Lặc", "huyện Ngọc Lặc", ngoc_lac, ngoc_lac),
        ("Bùi Huy Toàn", "Phó Bí thư Huyện ủy Ngọc Lặc", "Huyện ủy Ngọc Lặc", "huyện Ngọc Lặc", ngoc_lac, ngoc_lac),
        ("Phạm Tiến Dũng", "Bí thư Huyện ủy Ngọc Lặc", "Huyện ủy Ngọc Lặc", "huyện Ngọc Lặc", ngoc_lac, ngoc_lac),
        ("Phạm Tiến Dũng", "Tỉnh ủy viên Thanh Hóa", "Tỉnh ủy Thanh Hóa", province, ngoc_lac, ngoc_lac),
        ("Lê Văn Dậu", "Bí thư Huyện ủy Hà Trung", "Huyện ủy Hà Trung", "huyện Hà Trung", ha_trung, ha_trung),
        ("Nguyễn Văn Tuấn", "Phó Bí thư Huyện ủy Hà Trung", "Huyện ủy Hà Trung", "huyện Hà Trung", ha_trung, ha_trung),
        (
            "Nguyễn Văn Tuấn",
            "Chủ tịch HĐND huyện Hà Trung",
            "HĐND huyện Hà Trung",
            "huyện Hà Trung",
            ha_trung,
            ha_trung,
        ),
        (
            "Nguyễn Văn Thi",
            "Ủy viên Ban Thường vụ Tỉnh ủy Thanh Hóa",
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
            province,
            ha_trung,
            ha_trung,
        ),
        (
            "Nguyễn Văn Thi",
            "Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa",
            "UBND tỉnh Thanh Hóa",
            province,
            ha_trung,
            ha_trung,
        ),
        (
            "Lương Thị Hoa",
            "Bí thư Huyện ủy Như Xuân",
            "Huyện ủy Như Xuân",
            "huyện Như Xuân",
            "2024-01-03",
            "2024-01-03",
        ),
        ("Lê Đình Hải", "Bí thư Huyện ủy Thọ Xuân", "Huyện ủy Thọ Xuân", "huyện Thọ Xuân", tho_xuan, tho_xuan),
        ("Lê Đình Hải", "Chủ tịch HĐND huyện Thọ Xuân", "HĐND huyện Thọ Xuân", "huyện Thọ Xuân", tho_xuan, tho_xuan),
    }
    kinds = [d["kind"] for _, d in g.nodes(data=True)]
    assert (kinds.count("official"), kinds.count("post"), kinds.count("organ"), kinds.count("unit")) == (7, 12, 10, 5)
    # Post roles filter careers; "bi-thu" is the party secretaries only.
    secretaries = networks.careers(backend, role="bi-thu")  # type: ignore[arg-type]
    assert {_label(secretaries, n) for n, d in secretaries.nodes(data=True) if d["kind"] == "official"} == {
        "Phạm Tiến Dũng",
        "Lê Văn Dậu",
        "Lương Thị Hoa",
        "Lê Đình Hải",
    }


def test_resolution_cascade_from_province_to_district(backend: SelectOnly) -> None:
    g = networks.resolution_cascade(backend)  # type: ignore[arg-type]
    edges = {(_label(g, u), _label(g, v), d["relation"]) for u, v, d in g.edges(data=True)}
    plenum = "hội nghị Ban chấp hành Đảng bộ huyện lần thứ 12, khóa XXVII, nhiệm kỳ 2020-2025 đánh giá về tình hình thực hiện nhiệm vụ quý 1, triển khai nhiệm vụ trọng tâm quý 2, năm 2022"
    assert edges == {
        ("tỉnh Thanh Hóa", "10-NQ/TU", "issued"),
        ("10-NQ/TU", plenum, "implemented-by"),
        ("huyện Thọ Xuân", "03-NQ/HU", "issued"),
        ("03-NQ/HU", plenum, "implemented-by"),
        (plenum, "huyện Thọ Xuân", "held-in"),
    }
    assert networks.resolution_cascade(backend, since="2023").number_of_nodes() == 0  # type: ignore[arg-type]
    assert networks.resolution_cascade(backend, doc_type="KH").number_of_nodes() == 0  # type: ignore[arg-type]


def test_measures_on_the_seed(backend: SelectOnly) -> None:
    co = networks.co_attendance(backend)  # type: ignore[arg-type]
    central = {r["label"]: r for r in measures.centrality(co)}
    assert {k: r["degree"] for k, r in central.items()} == {
        "Nguyễn Văn Thi": 2,
        "Nguyễn Văn Tuấn": 2,
        "Lê Văn Dậu": 2,
        "Phạm Tiến Dũng": 1,
        "Bùi Huy Toàn": 1,
    }
    assert all(r["betweenness"] == 0 for r in central.values())  # a triangle and a pair: no one in between
    groups: dict[int, set[str]] = {}
    for r in measures.communities(co):
        groups.setdefault(int(r["community"]), set()).add(str(r["label"]))
    assert sorted(groups.values(), key=len) == [
        {"Phạm Tiến Dũng", "Bùi Huy Toàn"},
        {"Nguyễn Văn Thi", "Nguyễn Văn Tuấn", "Lê Văn Dậu"},
    ]

    meetings = networks.official_meetings(backend)  # type: ignore[arg-type]
    careers = networks.careers(backend)  # type: ignore[arg-type]
    # Dũng and Thi hold provincial posts and were seen at district meetings.
    assert {(r["official"], r["all_units"]) for r in measures.bridges(meetings, careers)} == {
        ("Phạm Tiến Dũng", "huyện Ngọc Lặc | tỉnh Thanh Hóa"),
        ("Nguyễn Văn Thi", "huyện Hà Trung | tỉnh Thanh Hóa"),
    }
    timeline = measures.timelines(careers, "Lê Đình Hải")
    assert [(r["step"], r["post"], r["first_seen"]) for r in timeline] == [
        (1, "Bí thư Huyện ủy Thọ Xuân", "2024-12-30"),
        (2, "Chủ tịch HĐND huyện Thọ Xuân", "2024-12-30"),
    ]
    chairs = measures.top_chairs(meetings)
    assert {(r["unit"], r["period"], r["official"], r["chaired"]) for r in chairs} == {
        ("huyện Ngọc Lặc", "2025", "Bùi Huy Toàn", 1),
        ("huyện Ngọc Lặc", "2025", "Phạm Tiến Dũng", 1),
    }


def test_measures_on_an_empty_selection(backend: SelectOnly) -> None:
    empty = networks.co_attendance(backend, unit="tỉnh Nghệ An")  # type: ignore[arg-type]
    assert measures.centrality(empty) == [] and measures.communities(empty) == []
