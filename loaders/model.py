"""What the extractors find: plain facts with their evidence, before they become triples.

Extractors never write RDF. They return these records; `loaders.emit` is the one place that turns
them into quads and stamps provenance. Keeping the two apart lets identity resolution run between
extraction and emission, across all articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from loaders.article import Article, Sentence

LEVELS = ("central", "province", "district", "commune")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: its sentence and the phrase (normalised offsets) that says it."""

    sentence: Sentence
    start: int
    end: int
    surface: str  # the phrase exactly as written in the file


def evidence(article: Article, sentence: Sentence, start: int, end: int) -> Evidence:
    o_start, o_end = article.norm.original_span(start, end)
    return Evidence(sentence, start, end, article.norm.original[o_start:o_end])


# The kind of unit of each level, for a unit an article speaks of but never names ("Tỉnh ủy viên" alone).
_UNNAMED_KIND = {"province": "tỉnh", "district": "huyện", "commune": "xã"}


@dataclass(frozen=True)
class Unit:
    """An administrative unit: kind word ("huyện") + proper name ("Thọ Xuân")."""

    kind: str
    name: str
    level: str
    parent: Unit | None = None
    code: str | None = None
    # The article of a unit no word of it names ("Tỉnh ủy viên" where the province is never given): known only there.
    unnamed_in: str | None = None

    @classmethod
    def unnamed(cls, level: str, article: str) -> Unit | None:
        """The unit of a level that one article speaks of but never names: that article's own, not the nation's (a
        "Tỉnh ủy viên" of no province given is no member of the Central Committee). None for the central level."""
        kind = _UNNAMED_KIND.get(level)
        return cls(kind, "(không nêu tên)", level, unnamed_in=article) if kind else None

    @property
    def label(self) -> str:
        # The nation is "Việt Nam", as the reference graph names it, not "quốc gia Việt Nam".
        return self.name if self.level == "central" else f"{self.kind} {self.name}"

    @property
    def full_label(self) -> str:
        """The label a reader tells the unit apart by: a ward numbered within its district or city takes the
        parent's label after a comma ("phường 11, quận 5"), as every district of a city has its "Phường 1"."""
        if self.level == "commune" and self.name.isdigit() and self.parent is not None:
            return f"{self.label}, {self.parent.label}"
        return self.label

    def province(self) -> Unit | None:
        unit: Unit | None = self
        while unit is not None and unit.level != "province":
            unit = unit.parent
        return unit


@dataclass(frozen=True)
class Title:
    """One post title read from text, e.g. "Bí thư Huyện uỷ" → bi-thu of the district BCH."""

    role: str  # role concept code (govc:role/...)
    organ: str  # organ code: bch, btv, thuong-truc, hdnd, ubnd, mttq, or a slug of other organs
    organ_label: str  # generic organ words: "Huyện ủy", "HĐND huyện", "Sở Tài chính"
    level: str  # one of LEVELS
    generic: str  # gold-style generic title: "Bí thư Huyện ủy"
    unit: Unit | None  # the unit whose organ it is, when known
    surface: str  # as written
    # For an organ of a village of the unit, the village's name ("Nà Làng", "5"; "" when the text leaves it out), its
    # kind ending the generic title: "Trưởng thôn" of thôn Nà Làng. None for the organs of the unit itself.
    village: str | None = None


@dataclass
class Mention:
    """A person named in one sentence, with the titles the sentence gives them."""

    name: str  # canonical spelling of this mention (normalised text)
    surface: str  # as written
    titles: list[Title]
    evidence: Evidence
    former: list[Title] = field(default_factory=list)  # posts the sentence says were once held ("nguyên …")


@dataclass
class Person:
    """All mentions of one person within one article (spelling variants merged)."""

    key: str  # article-local key
    name: str  # chosen spelling
    spellings: list[str]
    mentions: list[Mention]
    iri_slug: str = ""  # assigned by identity resolution

    @property
    def titles(self) -> list[Title]:
        """The posts the article says the person holds."""
        return _distinct(t for m in self.mentions for t in m.titles)

    @property
    def former_titles(self) -> list[Title]:
        """The posts the article says the person once held ("nguyên Chủ tịch UBND xã")."""
        return _distinct(t for m in self.mentions for t in m.former)


def _distinct(titles: Iterable[Title]) -> list[Title]:
    """One title per post, the first mention's."""
    seen: dict[tuple[str, str, str], Title] = {}
    for t in titles:
        seen.setdefault((t.role, t.organ, t.unit.label if t.unit else ""), t)
    return list(seen.values())


# The participation roles that are speeches of some kind.
SPEECH_ROLES = frozenset({"directing-speech", "speech", "opening-speech", "closing-speech", "report", "voter-petition"})


@dataclass
class Participation:
    person: str  # Person.key
    role: str  # participation concept code: chair, attend, directing-speech, speech, report, ...
    evidence: Evidence
    capacity: Title | None = None


@dataclass
class Event:
    """A meeting the article reports (conference, plenum, session, congress sitting)."""

    index: int
    kind: str  # words naming it: "hội nghị triển khai nhiệm vụ ..."
    category: str  # conference, plenum, session
    evidence: Evidence
    day: date | None = None
    month_day: tuple[int, int] | None = None  # when no year can be inferred
    date_text: str | None = None
    organizer: Unit | None = None
    organizer_organ: str | None = None  # organ code of the organiser (ubnd, bch, ...)
    plenum: tuple[int, int] | None = None  # (term ordinal, plenum number)
    location: str | None = None
    implements: list[str] = field(default_factory=list)  # Document.number
    participations: list[Participation] = field(default_factory=list)


@dataclass
class Congress:
    party_unit: Unit  # the unit whose Đảng bộ holds the congress
    ordinal: int
    roman: str
    evidence: Evidence
    term: tuple[int, int] | None = None
    via_term: bool = False  # known only through "khóa N"


@dataclass
class Document:
    number: str  # canonical: 10-NQ/TU, 15/NQ-HĐND
    doc_type: str  # NQ, KH, QĐ, CT, KL, ...
    issuer_code: str  # TU, HU, TW, ĐU, HĐND, UBND, TTg, ...
    issuer_label: str  # "Ban Thường vụ Tỉnh ủy"
    issuer_unit: Unit | None
    issuer_organ: str  # organ code
    evidence: Evidence
    day: date | None = None
    subject: str | None = None


@dataclass
class Observation:
    """A target or an achievement: one number about one indicator of one unit in one period."""

    indicator_text: str
    indicator: str  # concept code in govc:indicator ("other" when unknown)
    value: float
    unit_text: str  # "%", "triệu đồng/năm", "xã"
    value_type: str  # target, achieved, estimated, ranking
    area: Unit
    evidence: Evidence
    unit_mult: int = 0  # power of ten of the unit's multiplier (triệu = 6, tỷ = 9)
    comparator: str | None = None  # at-least, at-most, more-than, less-than, about, exactly
    year: int | None = None
    period: tuple[int, int] | None = None
    out_of: float | None = None
    rank: int | None = None
    rank_scope: str | None = None


@dataclass(frozen=True)
class Issue:
    """Something the loaders could not map: reported, never silently defaulted."""

    kind: str  # unknown-title, unknown-unit, unknown-document-suffix, unknown-role, ...
    surface: str
    article: str
    sentence: str
    detail: str = ""


@dataclass
class ArticleFacts:
    article: Article
    subject_unit: Unit | None
    persons: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    congresses: list[Congress] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
