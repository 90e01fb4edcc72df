"""The build end to end: stable IRIs, verbatim provenance, bad input isolated, atomic outputs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import Quad, RdfFormat, Store, serialize
from rdflib import Dataset
from rdflib.compare import isomorphic

from govkg import build as builder
from loaders import iri
from loaders.model import Unit
from loaders.vocab import eli, gov, org, rdf, rdfs, schema

from .conftest import SEEDS

GOVKG = [sys.executable, "-m", "govkg.cli"]


def _nquads(result: builder.Build) -> bytes:
    return serialize(sorted(result.quads, key=str), format=RdfFormat.N_QUADS) or b""


def test_building_twice_gives_the_same_graph(seed_build: builder.Build) -> None:
    again = builder.build([SEEDS])
    assert _nquads(again) == _nquads(seed_build)
    first, second = Dataset(), Dataset()
    first.parse(data=_nquads(seed_build).decode(), format="nquads")
    second.parse(data=_nquads(again).decode(), format="nquads")
    for g in first.graphs():
        assert isomorphic(g, second.graph(g.identifier))


def test_one_named_graph_per_article(seed_build: builder.Build) -> None:
    graphs = {q.graph_name.value for q in seed_build.quads}  # type: ignore[union-attr]
    assert graphs == {iri.article_graph(p.stem).value for p in SEEDS.glob("*.txt")}


def test_every_quote_is_verbatim_in_its_article(seed_store: Store) -> None:
    rows = seed_store.query(
        """PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?a ?exact ?start ?end WHERE { ?s oa:hasSource ?a ; oa:hasSelector ?q, ?p .
          ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""",
        use_default_graph_as_union=True,
    )
    n = 0
    for row in rows:
        stem = row["a"].value.rsplit("/", 1)[-1]
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        assert text[int(row["start"].value) : int(row["end"].value)] == row["exact"].value
        n += 1
    assert n > 20


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GOVKG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (folder / "cp1258.txt").write_bytes("Hội nghị\n".encode() + b"H\xf4i ngh\xec t\xe0i ch\xednh")
    (folder / "notes.txt").write_text("mua sữa, gọi điện\n", encoding="utf-8")
    return folder


def test_broken_articles_are_named_and_skipped(mixed_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    result = _run("build", mixed_folder, "-o", out, "-q")
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    for name in ("empty.txt", "binary.txt", "cp1258.txt", "notes.txt"):
        assert sum(name in e for e in errors) == 1, errors
    assert "Traceback" not in result.stderr
    store = Store.read_only(str(out / "store"))
    stems = {g.value.rsplit("/", 1)[-1] for g in store.named_graphs() if "/graph/article/" in g.value}
    assert stems == {p.stem for p in SEEDS.glob("*.txt")}
    assert (out / "graph.trig").stat().st_size > 0 and (out / "graph.nq").stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_build_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "build"
    assert _run("build", SEEDS / "000_dfdbdb5315070305.txt", "-o", out, "-q").returncode == 0
    before = (out / "graph.nq").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = _run("build", bad, "-o", out, "-q")
    assert result.returncode == 1 and "bad.txt: empty file" in result.stderr
    assert (out / "graph.nq").read_bytes() == before


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("build", tmp_path / "nowhere", "-o", tmp_path / "out", "-q")
    assert result.returncode == 1
    assert "nowhere: no such file or folder" in result.stderr and "Traceback" not in result.stderr


def test_the_ontology_and_reference_graphs_are_loaded(seed_store: Store) -> None:
    names = {g.value for g in seed_store.named_graphs()}
    assert iri.ONTOLOGY_GRAPH.value in names and iri.REFERENCE_GRAPH.value in names


def test_a_folder_build_stores_exactly_its_graph_files(tmp_path: Path) -> None:
    """The store is bulk-loaded from graphs/*.nq at the end of a first build: the two must agree, quad
    for quad, including articles whose people were renamed by identity resolution."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    homonym = "Sáng 6-4, UBND huyện Đô Lương, tỉnh Nghệ An họp. Đồng chí {}, Chủ tịch UBND huyện Đô Lương phát biểu.\n"
    (folder / "homonym.txt").write_text(" date 2024-04 Tin\n\n" + homonym.format("Lê Đình Hải"), encoding="utf-8")
    out = tmp_path / "build"
    result = builder.build_folder([folder], out, full=True)
    store = Store.read_only(str(out / "store"))
    files = Store()  # a store too: both hold literals in canonical form ("34.0"^^xsd:decimal as "34")
    for f in (out / "graphs").glob("*.nq"):
        files.load(path=str(f), format=RdfFormat.N_QUADS)
    stored = {q for q in store if q.graph_name not in (iri.ONTOLOGY_GRAPH, iri.REFERENCE_GRAPH)}
    assert stored == set(files) and len(list(files.named_graphs())) == len(result.articles) == 6
    people = {q.subject.value.rsplit("/", 1)[-1] for q in stored if q.object == gov.Official}
    assert {"le-dinh-hai--tinh-thanh-hoa", "le-dinh-hai--tinh-nghe-an"} <= people  # re-emitted, then loaded


def _quads_of_one(tmp_path: Path, date_and_title: str, body: str) -> list[Quad]:
    """The quads built from one article written with this date line and body."""
    article = tmp_path / "one.txt"
    article.write_text(f" date {date_and_title}\n\n{body}\n", encoding="utf-8")
    return list(builder.build([article]).quads)


def _organ_labels(quads: list[Quad]) -> set[str]:
    """The labels the graph gives its organs."""
    return {q.object.value for q in quads if q.predicate == rdfs.label and "/organ/" in q.subject.value}


def test_a_standing_board_brings_its_committee(tmp_path: Path) -> None:
    # The article names only the Ban Thường vụ: the Huyện ủy it belongs to is still a node of the graph.
    quads = _quads_of_one(
        tmp_path,
        "2024-05 Hội nghị",
        "Sáng 3/5, Ban Thường vụ Huyện ủy Vũ Thư tổ chức hội nghị. Đồng chí Nguyễn Văn Phúc, Ủy viên Ban Thường "
        "vụ Huyện ủy, Phó Chủ tịch UBND huyện phát biểu.",
    )
    typed = {(q.subject, q.object) for q in quads if q.predicate == rdf.type_}
    boards = [s for s, o in typed if o == gov.PartyStandingCommittee]
    committees = {q.object for q in quads if q.predicate == org.subOrganizationOf and q.subject in boards}
    assert boards and committees and all((c, gov.PartyExecutiveCommittee) in typed for c in committees)


def test_a_unit_spelt_otherwise_keeps_the_reference_name(tmp_path: Path) -> None:
    # "Mù Cang Chải" is the reference's "Mù Căng Chải": one schema:name (the reference's), the article's
    # spelling as another name, and the label as the article writes it.
    quads = _quads_of_one(
        tmp_path,
        "2015-07 Đại hội",
        "Sáng 12/7, Đảng bộ huyện Mù Cang Chải, tỉnh Yên Bái tổ chức đại hội lần thứ XIX. Đồng chí Giàng A Tông, "
        "Bí thư Huyện ủy phát biểu khai mạc.",
    )
    district = next(q.subject for q in quads if q.predicate == schema.name and q.object.value == "Mù Căng Chải")
    about = {(q.predicate, q.object.value) for q in quads if q.subject == district}
    assert (schema.alternateName, "Mù Cang Chải") in about
    assert [v for p, v in about if p == schema.name] == ["Mù Căng Chải"]
    assert (rdfs.label, "huyện Mù Cang Chải") in about


def test_a_central_organ_is_labelled_by_its_name(tmp_path: Path) -> None:
    # A post written as one standalone title ("Ủy viên Trung ương Đảng", "Đại biểu Quốc hội") is in an organ
    # whose label is its name, not its code.
    quads = _quads_of_one(
        tmp_path,
        "2024-01 Hội nghị",
        "Sáng 3/1, UBND huyện Thọ Xuân tổ chức hội nghị. Dự có đồng chí Lê Văn An, Ủy viên Trung ương Đảng, Đại "
        "biểu Quốc hội.",
    )
    labels = _organ_labels(quads)
    assert {"Ban Chấp hành Trung ương Đảng", "Quốc hội"} <= labels


def test_a_post_of_a_unit_never_named_is_the_articles_own(tmp_path: Path) -> None:
    # "Tỉnh ủy viên" with no province given anywhere is a member of that article's provincial committee: not of the
    # Central Committee (the nation), nor of every unnamed province's.
    quads = _quads_of_one(
        tmp_path,
        "2024-01 Hội nghị",
        "Sáng 3/1, Huyện ủy tổ chức hội nghị. Dự có đồng chí Lê Văn An, Ủy viên Trung ương Đảng và đồng chí Trần Văn "
        "Bình, Tỉnh ủy viên, Bí thư Huyện ủy.",
    )
    posts = {q.object.value: q.subject.value for q in quads if q.predicate == gov.genericTitle}
    assert len({posts["Ủy viên Trung ương Đảng"], posts["Tỉnh ủy viên"], posts["Bí thư Huyện ủy"]}) == 3
    assert all("/unnamed/" in posts[t] for t in ("Tỉnh ủy viên", "Bí thư Huyện ủy"))
    assert {"Tỉnh ủy (không nêu tên)", "Huyện ủy (không nêu tên)", "Ban Chấp hành Trung ương Đảng"} <= _organ_labels(
        quads
    )
    # "Huyện ủy tổ chức hội nghị": the organiser is that unnamed district's Huyện ủy, the one its Bí thư belongs to,
    # named as such and not by its code ("bch")
    organisers = {q.object.value for q in quads if q.predicate == schema.organizer}
    organ_of = {q.subject.value: q.object.value for q in quads if q.predicate == org.postIn}
    assert organisers == {organ_of[posts["Bí thư Huyện ủy"]]}
    assert all(" " in label for label in _organ_labels(quads))
    # A standing board's committee is named by the board's label ("Ban Thường vụ Tỉnh ủy": "Tỉnh ủy").
    (tmp_path / "board").mkdir()  # a second article, built on its own
    board = _quads_of_one(
        tmp_path / "board",
        "2024-01 Hội nghị",
        "Sáng 3/1, Huyện ủy tổ chức hội nghị. Dự có đồng chí Lê Thị Cúc, Ủy viên Ban Thường vụ Tỉnh ủy.",
    )
    assert {"Ban Thường vụ Tỉnh ủy (không nêu tên)", "Tỉnh ủy (không nêu tên)"} <= _organ_labels(board)


def test_a_centrally_run_citys_committee_is_its_thanh_uy(tmp_path: Path) -> None:
    # Hồ Chí Minh City is a province-level unit whose party committee is a Thành ủy, not a Tỉnh ủy.
    quads = _quads_of_one(
        tmp_path,
        "2025-08 Đại hội",
        "Ngày 13/8, Đảng bộ phường Chợ Lớn tổ chức đại hội. Dự có đồng chí Trịnh Minh Quang, Ủy viên Ban Thường vụ "
        "Thành ủy TP HCM.",
    )
    labels = _organ_labels(quads)
    assert "Ban Thường vụ Thành ủy Hồ Chí Minh" in labels
    assert not any("Tỉnh ủy" in label for label in labels)


def test_each_village_has_posts_of_its_own(tmp_path: Path) -> None:
    # "Trưởng thôn" is the generic title of every village head; the post, and the organ, are the village's.
    quads = _quads_of_one(
        tmp_path,
        "2025-12 Xã Minh Quang tổng kết năm",
        "Chiều 29/12, xã Minh Quang (Hà Nội) tổ chức hội nghị tổng kết. Ông Hoàng Văn Đoàn, trưởng thôn Nà Làng đề "
        "nghị sửa kênh; bà Lý Thị Mai, Bí thư Chi bộ, Trưởng thôn Khuổi Ún kiến nghị mở lớp nghề.",
    )
    posts = {q.subject for q in quads if q.predicate == gov.genericTitle and q.object.value == "Trưởng thôn"}
    labels = {q.object.value for q in quads if q.predicate == rdfs.label and q.subject in posts}
    assert labels == {"Trưởng thôn Nà Làng, xã Minh Quang", "Trưởng thôn Khuổi Ún, xã Minh Quang"}
    assert "Chi bộ thôn Khuổi Ún, xã Minh Quang" in _organ_labels(quads)


def test_a_post_written_two_ways_is_labelled_by_the_fuller(tmp_path: Path) -> None:
    # The headline names the post short, the body in full: one post, labelled in full whoever is named first.
    quads = _quads_of_one(
        tmp_path,
        "2024-05 Bà Nguyễn Thị Kim Ngân giữ chức Chủ tịch Ủy ban MTTQ huyện Ninh Phước",
        "Sáng 20/5, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức đại hội. Dự có ông Đàng Văn Hiệp, Chủ tịch Ủy ban "
        "MTTQ Việt Nam huyện.",
    )
    titles = {q.object.value for q in quads if q.predicate == gov.genericTitle}
    assert titles == {"Chủ tịch Ủy ban MTTQ Việt Nam huyện"}


def test_a_former_post_is_a_holding_ended_by_the_articles_day(tmp_path: Path) -> None:
    # "nguyên Chủ tịch UBND xã": the person held the post once; the article's day bounds its end, and never
    # attests it as held.
    quads = _quads_of_one(
        tmp_path,
        "2024-02 Trao Huy hiệu Đảng",
        "Ngày 3/2/2024, Đảng ủy xã Tân Phú tổ chức lễ trao Huy hiệu Đảng. Đồng chí Võ Văn Ba, Bí thư Đảng ủy xã trao "
        "Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Hai, nguyên Chủ tịch UBND xã.",
    )
    holdings = {q.subject for q in quads if q.predicate == rdf.type_ and q.object == gov.Holding}
    members = {q.subject: q.object for q in quads if q.predicate == org.member and q.subject in holdings}
    names = {q.subject: q.object.value for q in quads if q.predicate == schema.name}
    (former,) = [h for h, person in members.items() if names[person] == "Lê Văn Hai"]
    dated = {
        (q.predicate, q.object.value)
        for q in quads
        if q.subject == former and q.predicate in (gov.attestedOn, gov.endedBefore)
    }
    assert dated == {(gov.endedBefore, "2024-02-03")}
    (held,) = [h for h, person in members.items() if names[person] == "Võ Văn Ba"]
    assert {q.predicate for q in quads if q.subject == held} >= {gov.attestedOn}


def test_a_meeting_is_organised_by_who_held_it_not_where(tmp_path: Path) -> None:
    # "tại thành phố Quy Nhơn" says where the provincial committee met: its plenum is the province's.
    quads = _quads_of_one(
        tmp_path,
        "2024-12 Hội nghị Tỉnh ủy",
        "Sáng 17/12, tại thành phố Quy Nhơn, Ban Chấp hành Đảng bộ tỉnh Bình Định khóa XX tổ chức Hội nghị lần thứ "
        "19. Đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy chủ trì hội nghị.",
    )
    plenums = {q.subject.value for q in quads if q.predicate == rdf.type_ and q.object == gov.Plenum}
    assert plenums == {iri.plenum(Unit("tỉnh", "Bình Định", "province"), 20, 19).value}


def test_an_organiser_and_an_issuer_of_a_unit_never_named_are_the_articles_own(tmp_path: Path) -> None:
    # "đoàn công tác của UBND tỉnh" and "Nghị quyết số 15-NQ/HU" where the article names no province and no district:
    # that province's people's committee and that district's resolution, not the nation's.
    quads = _quads_of_one(
        tmp_path,
        "2024-10 Làm việc",
        "Ngày 9/10, đoàn công tác của UBND tỉnh do đồng chí Đinh Công Khoa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã "
        "đến làm việc với Đảng ủy xã về việc thực hiện Nghị quyết số 15-NQ/HU của Huyện ủy về giảm nghèo.",
    )
    organisers = {q.object.value for q in quads if q.predicate == schema.organizer}
    documents = {q.subject.value for q in quads if q.predicate == eli.passed_by}
    assert organisers and all("/unnamed/" in o for o in organisers)
    assert documents and all("/unnamed/" in d for d in documents)
    assert "UBND tỉnh (không nêu tên)" in _organ_labels(quads)
