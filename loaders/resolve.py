"""Identity across articles: which person of which article is which node of the graph.

Within an article, spellings were already merged (loaders.extract.people). Across articles the
same diacritic-folded name is one person, unless the evidence says two people: their local posts
lie in different provinces. Such homonyms get the province in their IRI. A steward can force a merge
or a split in data/lookup/identity_overrides.tsv (article stem, name, person id); every decision is
written out with its reason so it can be inspected.

Resolution works on small per-person records, not on whole articles, so a corpus of 100,000
articles is resolved in memory in about a second and an incremental build can re-run it.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from loaders.gazetteer import LOOKUP
from loaders.model import Person
from loaders.names import compatible
from loaders.text import key, slug

OVERRIDES = LOOKUP / "identity_overrides.tsv"


@dataclass(frozen=True)
class PersonRecord:
    """What identity resolution needs to know of one person of one article."""

    article: str
    key: str  # the article-local key (Person.key)
    name: str
    spellings: tuple[str, ...]
    provinces: tuple[str, ...]  # slugs of the provinces of their local posts


@dataclass(frozen=True)
class Decision:
    article: str
    name: str
    spellings: tuple[str, ...]
    person_id: str
    reason: str


def record(article: str, person: Person) -> PersonRecord:
    provinces = set()
    for t in person.titles:
        province = t.unit.province() if t.unit is not None else None
        if province is not None:
            provinces.add(slug(province.label))
    return PersonRecord(article, person.key, person.name, tuple(person.spellings), tuple(sorted(provinces)))


def default_slug(name: str) -> str:
    """The folded name: what groups the people who may be one across articles."""
    return slug(name)


def first_slug(r: PersonRecord) -> str:
    """The IRI slug a person gets when their article is read: the name, with the province of their
    posts if they have any. Resolution keeps it for everyone but a steward's overrides, homonyms of
    another spelling (Hùng / Hưng), and people without posts whose name one province alone knows.

    So an IRI does not depend on the rest of the corpus: at 100k generated articles, when the slug
    was the bare name until a second province was seen, resolution renamed people in 47 % of the
    articles (a common name is seen in a second province sooner or later), and one new article
    could rename a name's people in thousands of others."""
    return _with_province(default_slug(r.name), r.provinces[0] if r.provinces else None)


def _with_province(base: str, province: str | None) -> str:
    return f"{base}--{province}" if province else base


def load_overrides(path: Path = OVERRIDES) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["article"], key(r["name"])): r["person_id"] for r in rows}


def resolve_identities(
    records: list[PersonRecord], overrides: dict[tuple[str, str], str] | None = None
) -> dict[tuple[str, str], Decision]:
    """(article, person key) → the decision naming its person IRI slug and why."""
    overrides = load_overrides() if overrides is None else overrides
    groups: dict[str, list[PersonRecord]] = defaultdict(list)
    for r in records:
        groups[default_slug(r.name)].append(r)
    decisions: dict[tuple[str, str], Decision] = {}
    for folded, everyone in groups.items():
        classes = _name_classes(everyone)
        for fullest, members in classes:
            # Different names that fold alike (Hùng / Hưng) get a short mark of their spelling.
            base = folded if len(classes) == 1 else f"{folded}-{hashlib.sha1(key(fullest).encode()).hexdigest()[:4]}"
            _decide(base, members, overrides, decisions)
    return decisions


def _name_classes(members: list[PersonRecord]) -> list[tuple[str, list[PersonRecord]]]:
    """Members grouped by name, diacritic variants together: (fullest spelling, members)."""
    names = sorted({m.name for m in members}, key=lambda n: (-_marks(n), n))
    classes: list[tuple[str, list[PersonRecord]]] = []
    for name in names:
        home = next((c for c in classes if compatible(c[0], name)), None)
        if home is None:
            classes.append((name, []))
    for m in members:
        next(c for c in classes if compatible(c[0], m.name))[1].append(m)
    return classes


def _marks(name: str) -> int:
    return len(unicodedata.normalize("NFD", name)) - len(name)


def _decide(
    base: str,
    members: list[PersonRecord],
    overrides: dict[tuple[str, str], str],
    decisions: dict[tuple[str, str], Decision],
) -> None:
    """One name's people: together, unless their posts lie in different provinces; the province in their
    IRI whenever one is known."""
    provinces = {p for m in members for p in m.provinces}
    articles = len({m.article for m in members})
    only = next(iter(provinces)) if len(provinces) == 1 else None
    for m in members:
        forced = overrides.get((m.article, key(m.name)))
        # One province's people of this name are one person, those without posts too.
        person_id = forced or _with_province(base, m.provinces[0] if m.provinces else only)
        if forced:
            reason = "forced by identity_overrides.tsv"
        elif len(provinces) > 1 and m.provinces:
            reason = f"same name seen in {len(provinces)} provinces; kept apart by province {m.provinces[0]}"
        else:
            reason = "same folded name" + (f" in {articles} articles" if articles > 1 else "")
        if len(m.spellings) > 1:
            reason += "; spellings merged within the article: " + " / ".join(m.spellings)
        decisions[(m.article, m.key)] = Decision(m.article, m.name, m.spellings, person_id, reason)
