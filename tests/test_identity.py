"""One person per node across articles; homonyms kept apart; a steward's merges and splits respected."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import Store

from govkg import build as builder
from loaders import iri

HUNG_THANH_HOA = (
    "Sáng 5-4, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ quý 2 năm 2024. "
    "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Thọ Xuân phát biểu chỉ đạo hội nghị."
)
HUNG_NGHE_AN = (
    "Sáng 6-4, UBND huyện Đô Lương, tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ quý 2 năm 2024. "
    "Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND huyện Đô Lương phát biểu khai mạc hội nghị."
)
HUNG_THANH_HOA_LATER = (
    "Chiều 8-5, Huyện ủy Thọ Xuân tổ chức hội nghị sơ kết công tác tháng 4 năm 2024. "
    "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị."
)


def _people(folder: Path, tmp: Path, identity: Path | None = None) -> dict[str, set[str]]:
    out = tmp / "build"
    cmd = [sys.executable, "-m", "govkg.cli", "build", str(folder), "-o", str(out), "-q", "--full"]
    if identity:
        cmd += ["--identity", str(identity)]
    subprocess.run(cmd, check=True, capture_output=True)
    store = Store.read_only(str(out / "store"))
    rows = store.query("SELECT ?p ?g WHERE { GRAPH ?g { ?p a <https://w3id.org/govkg/ontology#Official> } }")
    people: dict[str, set[str]] = {}
    for r in rows:
        people.setdefault(r["p"].value.rsplit("/", 1)[-1], set()).add(r["g"].value.rsplit("/", 1)[-1])
    return people


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body, date in (
        ("a", HUNG_THANH_HOA, "2024-04"),
        ("b", HUNG_NGHE_AN, "2024-04"),
        ("c", HUNG_THANH_HOA_LATER, "2024-05"),
    ):
        (folder / f"{name}.txt").write_text(f" date {date} Tin địa phương\n\n{body}\n", encoding="utf-8")
    return folder


def test_homonyms_in_different_provinces_stay_apart(corpus: Path, tmp_path: Path) -> None:
    people = _people(corpus, tmp_path)
    assert people == {"nguyen-van-hung--tinh-thanh-hoa": {"a", "c"}, "nguyen-van-hung--tinh-nghe-an": {"b"}}
    decisions = [
        json.loads(line) for line in (tmp_path / "build" / "identity.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert all("provinces" in d["reason"] for d in decisions)


def test_a_steward_can_force_a_split_and_a_merge(corpus: Path, tmp_path: Path) -> None:
    identity = tmp_path / "identity.tsv"
    identity.write_text(
        "article\tname\tperson_id\n"
        "c\tNguyễn Văn Hùng\tnguyen-van-hung-2024\n"  # split c from a
        "b\tNguyễn Văn Hùng\tnguyen-van-hung-2024\n",  # and merge it with b
        encoding="utf-8",
    )
    people = _people(corpus, tmp_path, identity)
    assert people == {"nguyen-van-hung--tinh-thanh-hoa": {"a"}, "nguyen-van-hung-2024": {"b", "c"}}


def test_names_that_fold_alike_are_different_people(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = (
        "Sáng 5-4, UBND huyện Thọ Xuân tổ chức hội nghị triển khai nhiệm vụ quý 2 năm 2024. "
        "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy phát biểu chỉ đạo; đồng chí Nguyễn Văn Hưng, "
        "Chủ tịch UBND huyện phát biểu bế mạc hội nghị."
    )
    (folder / "a.txt").write_text(f" date 2024-04 Tin địa phương\n\n{body}\n", encoding="utf-8")
    people = _people(folder, tmp_path)
    assert len(people) == 2 and all(p.startswith("nguyen-van-hung-") for p in people)


HUNG_WITHOUT_POST = (
    "Sáng 3-6, Hội Nông dân tổ chức buổi gặp mặt các hộ sản xuất giỏi năm 2024. "
    "Tại buổi gặp mặt, ông Nguyễn Văn Hùng đã phát biểu chia sẻ kinh nghiệm."
)


def _write(folder: Path, name: str, body: str, date: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(f" date {date} Tin địa phương\n\n{body}\n", encoding="utf-8")


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    process = builder.process

    def counted(path: Path, slugs: dict[str, str] | None = None) -> builder.ArticleResult | str:
        reads.append(path.stem)
        return process(path, slugs)

    monkeypatch.setattr(builder, "process", counted)
    return reads


def test_a_persons_iri_does_not_change_when_a_homonym_appears_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The IRI of a person with posts carries their province from the first reading: an article
    about a namesake in another province neither renames them nor has their article read again."""
    folder, out = tmp_path / "articles", tmp_path / "build"
    _write(folder, "a", HUNG_THANH_HOA, "2024-04")
    builder.build_folder([folder], out, full=True, export=False)
    before = (out / "graphs" / "a.nq").read_bytes()
    assert b"/person/nguyen-van-hung--tinh-thanh-hoa>" in before
    reads = _counting_reads(monkeypatch)
    _write(folder, "b", HUNG_NGHE_AN, "2024-04")
    result = builder.build_folder([folder], out, export=False)
    assert reads == ["b"] and sorted(result.articles) == ["b"]
    assert (out / "graphs" / "a.nq").read_bytes() == before
    assert b"/person/nguyen-van-hung--tinh-nghe-an>" in (out / "graphs" / "b.nq").read_bytes()


def test_people_renamed_by_resolution_are_renamed_in_their_graph_not_read_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Hùng without a post is read as the bare name; once resolution sees that one province alone
    knows the name, he is its Hùng. His graph is renamed where it stands: it is then byte for byte
    the graph of his article read with the decided slug, and no article is read twice."""
    folder = tmp_path / "one-province"
    _write(folder, "a", HUNG_THANH_HOA, "2024-04")
    _write(folder, "d", HUNG_WITHOUT_POST, "2024-06")
    reads = _counting_reads(monkeypatch)
    out = tmp_path / "build"
    result = builder.build_folder([folder], out, full=True, export=False)
    assert sorted(reads) == ["a", "d"]
    for stem, a in result.articles.items():
        assert a.slugs == {"nguyen van hung": "nguyen-van-hung--tinh-thanh-hoa"}
        fresh = builder.process(folder / f"{stem}.txt", a.slugs)
        assert isinstance(fresh, builder.ArticleResult)
        assert (out / "graphs" / f"{stem}.nq").read_bytes() == fresh.nquads
    assert sorted(reads) == ["a", "a", "d", "d"]  # only the checks above read them again


def test_a_person_without_a_post_stays_the_bare_name_where_provinces_differ(corpus: Path, tmp_path: Path) -> None:
    _write(corpus, "d", HUNG_WITHOUT_POST, "2024-06")
    people = _people(corpus, tmp_path)
    assert people["nguyen-van-hung"] == {"d"}  # which province's Hùng he is, nothing says


def test_reslug_renames_only_whole_person_slugs() -> None:
    person, holding = iri.person("le-van-an"), iri.holding("le-van-an", None, "ubnd", "chu-tich")
    near = iri.person("le-van-an-2")  # a longer slug that starts alike stays as it is
    part = iri.participation("a", 1, "le-van-an", "chair")
    graph = "".join(
        f"<{s.value}> <{p.value}> <{o.value}> .\n" for s, p, o in ((part, person, holding), (near, near, near))
    )
    renamed = iri.reslug(graph.encode(), {"le-van-an": "le-van-an--tinh-nghe-an"}).decode()
    assert renamed.count("le-van-an--tinh-nghe-an") == 3 and renamed.count("le-van-an-2") == 3
    assert renamed.count("le-van-an/") == 0
