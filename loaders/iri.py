"""The one IRI policy: every resource the loaders mint gets its IRI here, and only here.

IRIs are built from stable keys (unit names, ordinals, article stems, character offsets), never
from counters over the corpus or hashes of Python objects, so building twice gives the same graph
and an article's IRIs do not change when other articles are added.
"""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from loaders.model import Unit
from loaders.text import slug

BASE = "https://w3id.org/govkg/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"

NATION = Unit(kind="quốc gia", name="Việt Nam", level="central")


def _node(path: str) -> NamedNode:
    return NamedNode(ID + path)


def unit_path(unit: Unit | None) -> str:
    """ "tinh-thanh-hoa/huyen-tho-xuan": the unit's slug under its parents'."""
    if unit is None or unit.level == "central":
        return "viet-nam"
    if unit.unnamed_in is not None:  # one article's own: "unnamed/<article>/tinh"
        return f"unnamed/{unit.unnamed_in}/{slug(unit.kind)}"
    parts: list[str] = []
    u: Unit | None = unit
    while u is not None:
        parts.append(slug(u.label))
        u = u.parent
    return "/".join(reversed(parts))


def article(stem: str) -> NamedNode:
    return _node(f"article/{stem}")


def span(stem: str, start: int, end: int) -> NamedNode:
    return _node(f"article/{stem}/span/{start}-{end}")


def selector(span_node: NamedNode, kind: str) -> NamedNode:
    return NamedNode(f"{span_node.value}/{kind}")


def unit(u: Unit | None) -> NamedNode:
    return _node(f"unit/{unit_path(u)}")


def party(u: Unit | None) -> NamedNode:
    return _node(f"party/{unit_path(u)}")


def organ(u: Unit | None, code: str) -> NamedNode:
    return _node(f"organ/{unit_path(u)}/{code}")


def term(u: Unit | None, ordinal: int) -> NamedNode:
    return _node(f"term/{unit_path(u)}/{ordinal}")


def congress(u: Unit | None, ordinal: int) -> NamedNode:
    return _node(f"congress/{unit_path(u)}/{ordinal}")


def plenum(u: Unit | None, term_ordinal: int, number: int) -> NamedNode:
    return _node(f"plenum/{unit_path(u)}/{term_ordinal}/{number}")


def event(stem: str, index: int) -> NamedNode:
    return _node(f"event/{stem}/{index}")


def participation(stem: str, event_index: int, person_slug: str, role: str) -> NamedNode:
    return _node(f"participation/{stem}/{event_index}/{person_slug}/{role}")


def person(person_slug: str) -> NamedNode:
    return _node(f"person/{person_slug}")


def post(u: Unit | None, organ_code: str, role: str) -> NamedNode:
    return _node(f"post/{unit_path(u)}/{organ_code}/{role}")


def holding(person_slug: str, u: Unit | None, organ_code: str, role: str) -> NamedNode:
    return _node(f"holding/{person_slug}/{unit_path(u)}/{organ_code}/{role}")


# The IRIs made from a person's slug (participation, person and holding above): the slug stands between
# these and a "/" or the ">".
_PERSON_SLUG_AT = rb"(<" + re.escape(ID.encode()) + rb"(?:person/|holding/|participation/[^/>]+/\d+/))"


def reslug(nquads: bytes, renames: dict[str, str]) -> bytes:
    """An article's serialised graph with some people's slugs renamed, in every IRI made from them.

    It is byte for byte the graph emitted with the new slugs, provided no two people of the article
    shared an old slug (their triples were merged, and no renaming can part them): identity
    resolution checks that, and re-reads such an article instead. Renaming costs a regex pass over
    a few kilobytes where re-reading costs the whole extraction."""
    if not renames:
        return nquads
    old = b"|".join(re.escape(s.encode()) for s in sorted(renames, key=len, reverse=True))
    new = {k.encode(): v.encode() for k, v in renames.items()}
    pattern = re.compile(_PERSON_SLUG_AT + rb"(" + old + rb")(?=[/>])")
    return pattern.sub(lambda m: m[1] + new[m[2]], nquads)


def document(issuer: Unit | None, issuer_organ: str, number: str) -> NamedNode:
    return _node(f"doc/{unit_path(issuer)}/{issuer_organ}/{slug(number)}")


def observation(stem: str, index: int) -> NamedNode:
    return _node(f"obs/{stem}/{index}")


def dataset() -> NamedNode:
    return _node("dataset/indicators")


def concept(scheme: str, code: str) -> NamedNode:
    return _node(f"concept/{scheme}/{code}")


def article_graph(stem: str) -> NamedNode:
    return NamedNode(f"{GRAPH}article/{stem}")


def stem_of_graph(graph: str) -> str | None:
    prefix = f"{GRAPH}article/"
    return graph[len(prefix) :] if graph.startswith(prefix) else None


ONTOLOGY_GRAPH = NamedNode(GRAPH + "ontology")
REFERENCE_GRAPH = NamedNode(GRAPH + "reference")
