"""Identity across articles: which person of which article is which node of the graph.

Within an article, spellings were already merged (loaders.extract.people). Across articles the
same diacritic-folded name is one person, unless the evidence says two people: their local posts
lie in different provinces. Such homonyms get the province in their IRI. A steward can force a merge
or a split in data/lookup/identity_overrides.tsv (article stem, name, person id); every decision is
written out with its reason so it can be inspected.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from loaders.gazetteer import LOOKUP
from loaders.model import ArticleFacts, Person
from loaders.text import key, slug

OVERRIDES = LOOKUP / "identity_overrides.tsv"


@dataclass(frozen=True)
class Decision:
    article: str
    name: str
    spellings: tuple[str, ...]
    person_id: str
    reason: str


def load_overrides(path: Path = OVERRIDES) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["article"], key(r["name"])): r["person_id"] for r in rows}


def _provinces(person: Person) -> set[str]:
    out = set()
    for t in person.titles:
        if t.unit is not None:
            province = t.unit.province()
            if province is not None:
                out.add(slug(province.label))
    return out


def resolve_identities(articles: list[ArticleFacts], overrides: dict[tuple[str, str], str] | None = None) -> list[Decision]:
    """Assign Person.iri_slug across the corpus; return one decision per article person."""
    overrides = load_overrides() if overrides is None else overrides
    groups: dict[str, list[tuple[ArticleFacts, Person]]] = defaultdict(list)
    for facts in articles:
        for person in facts.persons:
            groups[slug(person.name)].append((facts, person))
    decisions: list[Decision] = []
    for base, members in sorted(groups.items()):
        provinces = {p for _, person in members for p in _provinces(person)}
        homonyms = len(provinces) > 1
        for facts, person in members:
            forced = overrides.get((facts.article.stem, key(person.name)))
            if forced:
                person.iri_slug, reason = forced, "forced by identity_overrides.tsv"
            elif homonyms and _provinces(person):
                own = sorted(_provinces(person))[0]
                person.iri_slug = f"{base}--{own}"
                reason = f"same name seen in {len(provinces)} provinces; kept apart by province {own}"
            else:
                person.iri_slug = base
                reason = "same folded name" + (f" ({len(members)} articles)" if len(members) > 1 else "")
                if len(person.spellings) > 1:
                    reason += "; spellings merged within the article: " + " / ".join(person.spellings)
            decisions.append(Decision(facts.article.stem, person.name, tuple(person.spellings), person.iri_slug, reason))
    return decisions
