"""The one write path: an article's facts become the quads of its named graph.

Every claim goes through `Sink.claim`, which types the node and links it to the sentence it was read
from (a Web Annotation span with the exact quote and its character offsets in the file). Nothing
else in the project creates triples from articles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

from loaders import iri
from loaders.gazetteer import committee_of, default_gazetteer
from loaders.model import (
    SPEECH_ROLES,
    ArticleFacts,
    Congress,
    Document,
    Event,
    Evidence,
    Observation,
    Person,
    Title,
    Unit,
)
from loaders.parse.roman import to_roman
from loaders.vocab import dcterms, eli, gov, oa, org, prov, qb, rdf, rdfs, schema, sdmx_attribute, sdmx_dimension, xsd

Object = NamedNode | Literal

ORGAN_CLASSES = {
    "bch": gov.PartyExecutiveCommittee,
    "btv": gov.PartyStandingCommittee,
    "thuong-truc": gov.PartyStandingOffice,
    "hdnd": gov.PeoplesCouncil,
    "ubnd": gov.PeoplesCommittee,
    "mttq": gov.FatherlandFront,
}
UNIT_CLASSES = {"province": gov.Province, "district": gov.DistrictLevelUnit, "commune": gov.CommuneLevelUnit}
MEETING_CLASSES = {"session": gov.CouncilSession, "conference": gov.Conference}
# The meeting's shortcut to a participant, by role; speeches have gov:speaker (SPEECH_ROLES).
_SHORTCUTS = {"chair": gov.chairedBy, "attend": gov.attendedBy, "lead-delegation": gov.attendedBy}
DOCUMENT_CLASSES = {"NQ": gov.Resolution, "KH": gov.Plan, "QĐ": gov.Decision, "CT": gov.Directive, "KL": gov.Conclusion}


def text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def typed(value: object, datatype: NamedNode) -> Literal:
    return Literal(str(value), datatype=datatype)


def day(d: date) -> Literal:
    return typed(d.isoformat(), xsd.date_)


class Sink:
    """Collects the quads of one article's graph; stamps provenance on every claim."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self.stem = facts.article.stem
        self.graph = iri.article_graph(self.stem)
        self.article = iri.article(self.stem)
        self.quads: list[Quad] = []
        self._seen: set[tuple[NamedNode, NamedNode, Object]] = set()
        self.described: set[str] = set()  # shared nodes (units, organs, posts, spans) already described
        self.fullest = _fullest_titles(facts, self.unit_of)

    def unit_of(self, t: Title) -> Unit | None:
        """The unit of a title's post and organ: one the article never names is the article's own (Unit.unnamed)."""
        return t.unit if t.unit is not None else Unit.unnamed(t.level, self.stem)

    def first_time(self, node: NamedNode) -> bool:
        """True the first time a shared node is described in this graph; later references only link."""
        if node.value in self.described:
            return False
        self.described.add(node.value)
        return True

    def add(self, s: NamedNode, p: NamedNode, o: Object | None) -> None:
        if o is None:
            return
        # Terms compare by value: hashing them is cheaper than serialising them. The set grows iff
        # the triple is new, so one add() hashes it once where a test and an add would twice.
        seen = self._seen
        size = len(seen)
        seen.add((s, p, o))
        if len(seen) > size:
            self.quads.append(Quad(s, p, o, self.graph))

    def claim(self, node: NamedNode, cls: NamedNode, ev: Evidence) -> NamedNode:
        """Type a claim node and derive it from the sentence of its evidence."""
        self.add(node, rdf.type_, cls)
        self.add(node, prov.wasDerivedFrom, self.span(ev))
        return node

    def span(self, ev: Evidence) -> NamedNode:
        s = ev.sentence
        node = iri.span(self.stem, s.original_start, s.original_end)
        if not self.first_time(node):
            return node  # a sentence backs many claims; its span is described once
        self.add(node, rdf.type_, gov.SourceSpan)
        self.add(node, oa.hasSource, self.article)
        quote, position = iri.selector(node, "quote"), iri.selector(node, "position")
        self.add(node, oa.hasSelector, quote)
        self.add(node, oa.hasSelector, position)
        self.add(quote, rdf.type_, oa.TextQuoteSelector)
        self.add(quote, oa.exact, text(s.quote))
        self.add(position, rdf.type_, oa.TextPositionSelector)
        self.add(position, oa.start_, typed(s.original_start, xsd.nonNegativeInteger))
        self.add(position, oa.end_, typed(s.original_end, xsd.nonNegativeInteger))
        if s.is_caption:
            self.add(node, gov.isCaption, typed("true", xsd.boolean_))
        return node


def _fullest_titles(facts: ArticleFacts, unit_of: Callable[[Title], Unit | None]) -> dict[str, Title]:
    """The title each post of the article is labelled by: of the ways the article writes one post, the fullest
    ("Chủ tịch Ủy ban MTTQ Việt Nam huyện" over "Chủ tịch Ủy ban MTTQ huyện"), whoever is named first."""
    fullest: dict[str, Title] = {}
    for person in facts.persons:
        for mention in person.mentions:
            for t in (*mention.titles, *mention.former):
                node = iri.post(unit_of(t), t.organ, t.role).value
                if len(t.generic) > len(fullest[node].generic if node in fullest else ""):
                    fullest[node] = t
    return fullest


def emit(facts: ArticleFacts) -> list[Quad]:
    """All quads of one article's named graph."""
    sink = Sink(facts)
    _article(sink)
    attested = _attestation_date(facts)
    for person in facts.persons:
        _person(sink, person, attested)
    for event in facts.events:
        _event(sink, event)
    for congress in facts.congresses:
        _congress(sink, congress)
    for document in facts.documents:
        _document(sink, document)
    for i, observation in enumerate(facts.observations, start=1):
        _observation(sink, observation, i)
    return sink.quads


def _article(sink: Sink) -> None:
    a = sink.facts.article
    node = sink.article
    sink.add(node, rdf.type_, gov.Article)
    sink.add(node, schema.headline, text(a.title))
    if a.year and a.month:
        sink.add(node, schema.datePublished, typed(f"{a.year:04d}-{a.month:02d}", xsd.gYearMonth))
    if a.byline:
        sink.add(node, gov.byline, text(a.byline))
    sink.add(node, gov.sourceFile, text(a.path.name))
    sink.add(node, gov.contentHash, text(a.content_hash))
    sink.add(node, dcterms.language, text("vi"))


def _attestation_date(facts: ArticleFacts) -> Literal | None:
    """The day an article shows someone in post: its main meeting's date, else its month."""
    for event in facts.events:
        if event.day:
            return day(event.day)
    a = facts.article
    if a.year and a.month:
        return typed(f"{a.year:04d}-{a.month:02d}", xsd.gYearMonth)
    return None


def unit(sink: Sink, u: Unit | None) -> NamedNode:
    """Reference a unit, describing it enough for the article graph to stand alone."""
    node = iri.unit(u)
    if not sink.first_time(node):
        return node
    if u is None or u.level == "central":
        u = iri.NATION
        sink.add(node, rdf.type_, gov.AdministrativeUnit)
    else:
        sink.add(node, rdf.type_, UNIT_CLASSES[u.level])
    # The label is the unit as this article writes it; its one name is the reference's, and a spelling
    # of the article's own ("Mù Cang Chải" for "Mù Căng Chải") is another name of it.
    sink.add(node, rdfs.label, text(u.full_label.strip(), "vi"))
    name = default_gazetteer().reference_name(u)
    sink.add(node, schema.name, text(name))
    if u.name != name:
        sink.add(node, schema.alternateName, text(u.name))
    sink.add(node, gov.unitKind, text(u.kind))
    if u.parent is not None:
        sink.add(node, schema.containedInPlace, unit(sink, u.parent))
    return node


def party(sink: Sink, u: Unit | None) -> NamedNode:
    node = iri.party(u)
    if not sink.first_time(node):
        return node
    sink.add(node, rdf.type_, gov.PartyOrganisation)
    label = "Đảng Cộng sản Việt Nam" if u is None or u.level == "central" else f"Đảng bộ {u.full_label}"
    sink.add(node, rdfs.label, text(label, "vi"))
    sink.add(node, gov.jurisdiction, unit(sink, u))
    return node


def organ_name(code: str, u: Unit | None, given: str) -> str:
    """One label per organ, whatever words the article used for it ("BCH Đảng bộ huyện" = "Huyện ủy")."""
    if u is None or u.level == "central":
        return given
    if u.unnamed_in is not None and given != code:
        # "Thành ủy (không nêu tên)": the article's words tell a Thành ủy from a Tỉnh ủy; a bare organ code does not
        return f"{given} {u.name}"
    committee = committee_of(u.kind, u.level)
    canonical = {
        "bch": f"{committee} {u.name}" if u.level != "commune" else f"Đảng ủy {u.full_label}",
        "btv": f"Ban Thường vụ {committee} {u.name}",
        "thuong-truc": f"Thường trực {committee} {u.name}",
        "hdnd": f"HĐND {u.full_label}",
        "ubnd": f"UBND {u.full_label}",
        "mttq": f"Ủy ban MTTQ {u.full_label}",
        "doan-dbqh": f"Đoàn đại biểu Quốc hội {u.full_label}",  # with or without "chuyên trách": one delegation
    }
    if code in canonical:
        return canonical[code]
    return given if u.name in given else f"{given} {u.name}"


def organ(sink: Sink, u: Unit | None, code: str, label: str) -> NamedNode:
    node = iri.organ(u, code)
    if not sink.first_time(node):
        return node
    sink.add(node, rdf.type_, ORGAN_CLASSES.get(code, gov.OtherOrgan))
    sink.add(node, rdfs.label, text(organ_name(code, u, label), "vi"))
    sink.add(node, gov.jurisdiction, unit(sink, u))
    if code == "bch" and u is not None:
        sink.add(node, org.subOrganizationOf, party(sink, u))
    elif code in ("btv", "thuong-truc") and u is not None:
        # The committee a standing board belongs to exists whether or not the article names it; the board's label
        # names it ("Ban Thường vụ Tỉnh ủy": "Tỉnh ủy").
        committee = (
            "Ban Chấp hành Trung ương Đảng"
            if u.level == "central"
            else label.removeprefix("Ban Thường vụ ").removeprefix("Thường trực ")
        )
        sink.add(node, org.subOrganizationOf, organ(sink, u, "bch", committee))
    return node


def post(sink: Sink, t: Title) -> NamedNode:
    u = sink.unit_of(t)
    node = iri.post(u, t.organ, t.role)
    if not sink.first_time(node):
        return node
    t = sink.fullest.get(node.value, t)
    sink.add(node, rdf.type_, gov.Post)
    organ_label, label = t.organ_label, t.generic
    if t.village is not None:  # "Trưởng thôn" of thôn Nà Làng: the village's name and its commune's tell it apart
        where = f" {t.village}".rstrip() + (f", {u.full_label}" if u is not None else "")
        organ_label, label = organ_label + where, label + where
    elif u is not None and t.level != "central":
        label = f"{t.generic} {u.name}"
    sink.add(node, org.postIn, organ(sink, u, t.organ, organ_label))
    sink.add(node, org.role, iri.concept("role", t.role))
    sink.add(node, rdfs.label, text(label, "vi"))
    sink.add(node, gov.genericTitle, text(t.generic))
    return node


def _person(sink: Sink, person: Person, attested: Literal | None) -> None:
    node = iri.person(person.iri_slug)
    sink.add(node, rdf.type_, gov.Official)
    sink.add(node, schema.name, text(person.name))
    for spelling in person.spellings[1:]:
        sink.add(node, schema.alternateName, text(spelling))
    held = {_holding_iri(sink, person, t) for t in person.titles}
    for mention in person.mentions:
        for t in mention.titles:
            _holding(sink, node, person, t, mention.evidence, gov.attestedOn, attested)
        for t in mention.former:
            # "nguyên Chủ tịch UBND xã": the same holding as one seen while held, ended by the article's day
            # (unless the article also has the person in it now).
            if _holding_iri(sink, person, t) not in held:
                _holding(sink, node, person, t, mention.evidence, gov.endedBefore, attested)


def _holding_iri(sink: Sink, person: Person, t: Title) -> NamedNode:
    return iri.holding(person.iri_slug, sink.unit_of(t), t.organ, t.role)


def _holding(
    sink: Sink, node: NamedNode, person: Person, t: Title, ev: Evidence, dated: NamedNode, day: Literal | None
) -> None:
    h = _holding_iri(sink, person, t)
    sink.claim(h, gov.Holding, ev)
    sink.add(h, org.member, node)
    sink.add(h, gov.post, post(sink, t))
    sink.add(h, org.organization, iri.organ(sink.unit_of(t), t.organ))
    sink.add(h, org.role, iri.concept("role", t.role))
    sink.add(h, dated, day)
    sink.add(h, gov.surfaceForm, text(t.surface))


def _event(sink: Sink, event: Event) -> None:
    facts = sink.facts
    u = event.organizer
    if event.plenum is not None:
        term_ordinal, plenum_number = event.plenum
        node = iri.plenum(u, term_ordinal, plenum_number)
        sink.claim(node, gov.Plenum, event.evidence)
        sink.add(node, gov.plenumOf, iri.term(u, term_ordinal))
        sink.add(node, gov.ordinal, typed(plenum_number, xsd.positiveInteger))
    else:
        node = iri.event(sink.stem, event.index)
        sink.claim(node, MEETING_CLASSES.get(event.category, gov.Meeting), event.evidence)
    sink.add(node, schema.name, text(event.kind, "vi"))
    if event.day:
        sink.add(node, gov.eventDate, day(event.day))
    elif event.month_day:
        sink.add(node, gov.eventMonthDay, typed(f"--{event.month_day[0]:02d}-{event.month_day[1]:02d}", xsd.gMonthDay))
    if event.date_text:
        sink.add(node, gov.dateText, text(event.date_text))
    if event.location:
        sink.add(node, schema.location, text(event.location))
    if event.organizer_organ:
        sink.add(node, schema.organizer, organ(sink, u, event.organizer_organ, event.organizer_organ))
    elif u is not None:
        sink.add(node, schema.organizer, unit(sink, u))
    sink.add(node, gov.reportedIn, sink.article)
    documents = {d.number: d for d in facts.documents}
    for number in event.implements:
        if number in documents:
            d = documents[number]
            sink.add(node, gov.implements, iri.document(d.issuer_unit, d.issuer_organ, d.number))
    people = {p.key: p for p in facts.persons}
    for part in event.participations:
        person = people[part.person]
        p_node = iri.participation(sink.stem, event.index, person.iri_slug, part.role)
        sink.claim(p_node, gov.Participation, part.evidence)
        sink.add(p_node, gov.inMeeting, node)
        sink.add(p_node, gov.participant, iri.person(person.iri_slug))
        sink.add(p_node, gov.participationRole, iri.concept("participation", part.role))
        sink.add(p_node, gov.surfaceForm, text(_name_as_written(person, part.evidence)))
        if part.capacity is not None:
            sink.add(p_node, gov.inCapacityOf, post(sink, part.capacity))
        shortcut = _SHORTCUTS.get(part.role)
        if shortcut is None and part.role in SPEECH_ROLES:
            shortcut = gov.speaker
        if shortcut is not None:
            sink.add(node, shortcut, iri.person(person.iri_slug))


def _name_as_written(person: Person, ev: Evidence) -> str:
    for m in person.mentions:
        if m.evidence.sentence.index == ev.sentence.index:
            return m.surface
    return person.name


def _congress(sink: Sink, c: Congress) -> None:
    u = None if c.party_unit.level == "central" else c.party_unit
    node = iri.congress(u, c.ordinal)
    roman = to_roman(c.ordinal)
    party_node = party(sink, u)
    party_label = "Đảng Cộng sản Việt Nam" if u is None else f"Đảng bộ {u.full_label}"
    sink.claim(node, gov.PartyCongress, c.evidence)
    sink.add(node, rdfs.label, text(f"Đại hội {party_label} lần thứ {roman}", "vi"))
    sink.add(node, gov.congressOf, party_node)
    sink.add(node, gov.ordinal, typed(c.ordinal, xsd.positiveInteger))
    sink.add(node, gov.romanNumeral, text(roman))
    t = iri.term(u, c.ordinal)
    sink.claim(t, gov.CommitteeTerm, c.evidence)
    sink.add(t, rdfs.label, text(f"Ban Chấp hành {party_label} khóa {roman}", "vi"))
    sink.add(t, gov.termOf, organ(sink, u, "bch", "Ban Chấp hành Trung ương Đảng"))
    sink.add(t, gov.ordinal, typed(c.ordinal, xsd.positiveInteger))
    sink.add(t, gov.romanNumeral, text(roman))
    sink.add(t, gov.electedBy, node)
    sink.add(node, gov.elects, t)
    if c.term:
        sink.add(t, gov.startYear, typed(c.term[0], xsd.gYear))
        sink.add(t, gov.endYear, typed(c.term[1], xsd.gYear))


def _document(sink: Sink, d: Document) -> None:
    node = iri.document(d.issuer_unit, d.issuer_organ, d.number)
    sink.claim(node, DOCUMENT_CLASSES.get(d.doc_type, gov.LegalDocument), d.evidence)
    sink.add(node, eli.id_local, text(d.number))
    sink.add(node, gov.documentType, text(d.doc_type))
    sink.add(node, gov.issuerCode, text(d.issuer_code))
    sink.add(node, eli.passed_by, organ(sink, d.issuer_unit, d.issuer_organ, d.issuer_label))
    if d.day:
        sink.add(node, eli.date_document, day(d.day))
    if d.subject:
        sink.add(node, eli.title_, text(d.subject, "vi"))


def _observation(sink: Sink, o: Observation, index: int) -> None:
    node = iri.observation(sink.stem, index)
    sink.claim(node, gov.IndicatorObservation, o.evidence)
    sink.add(node, qb.dataSet, iri.dataset())
    sink.add(node, sdmx_dimension.refArea, unit(sink, o.area))
    if o.year is not None:
        sink.add(node, sdmx_dimension.refPeriod, typed(o.year, xsd.gYear))
    if o.period is not None:
        sink.add(node, gov.periodStart, typed(o.period[0], xsd.gYear))
        sink.add(node, gov.periodEnd, typed(o.period[1], xsd.gYear))
    sink.add(node, gov.indicator, iri.concept("indicator", o.indicator))
    sink.add(node, gov.indicatorText, text(o.indicator_text, "vi"))
    sink.add(node, gov.valueType, iri.concept("value-type", o.value_type))
    sink.add(node, gov.value_, typed(_decimal(o.value), xsd.decimal_))
    sink.add(node, gov.unitText, text(o.unit_text))
    if o.unit_mult:
        sink.add(node, sdmx_attribute.unitMult, typed(o.unit_mult, xsd.integer_))
    if o.comparator:
        sink.add(node, gov.comparator, iri.concept("comparator", o.comparator))
    if o.out_of is not None:
        sink.add(node, gov.outOf, typed(_decimal(o.out_of), xsd.decimal_))
    if o.rank is not None:
        sink.add(node, gov.rank, typed(o.rank, xsd.positiveInteger))
    if o.rank_scope:
        sink.add(node, gov.rankScope, text(o.rank_scope, "vi"))
    sink.add(node, gov.surfaceForm, text(o.evidence.surface))


def _decimal(v: float) -> str:
    s = f"{v:.6f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def reference_quads() -> list[Quad]:
    """The reference graph: every unit the gazetteer knows, with code and validity interval."""
    gaz = default_gazetteer()
    graph = iri.REFERENCE_GRAPH
    quads: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: Object) -> None:
        quads.append(Quad(s, p, o, graph))

    nation = iri.unit(None)
    add(nation, rdf.type_, gov.AdministrativeUnit)
    add(nation, rdfs.label, text("Việt Nam", "vi"))
    add(nation, schema.name, text("Việt Nam"))
    add(nation, gov.unitKind, text(iri.NATION.kind))
    for row in gaz.rows:
        u = gaz.unit(row)
        node = iri.unit(u)
        add(node, rdf.type_, UNIT_CLASSES[u.level])
        add(node, rdfs.label, text(u.full_label, "vi"))
        add(node, schema.name, text(u.name))
        add(node, gov.unitKind, text(u.kind))
        if row.code:  # a code passed on to the unit that took a former one's place is the new unit's
            add(node, gov.gsoCode, text(row.code))
        add(node, schema.containedInPlace, iri.unit(u.parent) if u.parent else nation)
        if row.valid_from:
            add(node, gov.validFrom, typed(row.valid_from, xsd.date_))
        if row.valid_until:
            add(node, gov.validUntil, typed(row.valid_until, xsd.date_))
    return quads
